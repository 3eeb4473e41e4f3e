package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.rules.Importance;
import io.github.serviceculture.alignment.rules.Rule;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.testing.ModelGenerators;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AlignmentEnginePropertiesTest {
  private static final AlignmentEngine ENGINE = AlignmentEngine.withDefaults();

  private static void assertScore(Estimate e, String what) {
    e.asOptional().ifPresent(v -> assertTrue(v >= 0 && v <= 100, what + " = " + v));
  }

  @Test
  void everyScoreStaysBetweenZeroAndHundred() {
    qt().withExamples(150).forAll(ModelGenerators.organizations(), longs().all(), integers().between(0, 40))
        .checkAssert((org, seed, size) -> {
          Assessment.Builder b = Assessment.builder().practices(org);
          if (size >= 3) {
            b.responses(SurveyFixtures.generated(seed, size, 0.5));
          }
          AlignmentReport report = ENGINE.assess(b.build());
          assertScore(report.alignmentIndex(), "index");
          for (DimensionResult d : report.dimensions()) {
            assertScore(d.practiceScore(), d.dimension() + " practice");
            assertScore(d.perceptionScore(), d.dimension() + " perception");
            assertScore(d.alignmentScore(), d.dimension() + " alignment");
          }
          assertTrue(report.priorities().size() <= 3);
        });
  }

  @Test
  void aDimensionIsAlignedExactlyWhenItsScoreReachesTheThresholdWithoutAWarningAndAdviceIsOnlyInfo() {
    qt().withExamples(150).forAll(ModelGenerators.organizations(), longs().all(), integers().between(0, 40))
        .checkAssert((org, seed, size) -> {
          Assessment.Builder b = Assessment.builder().practices(org);
          if (size >= 3) {
            b.responses(SurveyFixtures.generated(seed, size, 0.5));
          }
          AlignmentReport report = ENGINE.assess(b.build());
          for (DimensionResult d : report.dimensions()) {
            boolean warned = report.findings().stream()
                .anyMatch(f -> f.dimension() == d.dimension() && f.severity() != Severity.INFO);
            d.band().ifPresent(band -> assertEquals(
                d.alignmentScore().value() >= ScoringPolicy.defaults().alignedAt() && !warned,
                band == Band.ALIGNED, () -> d + " warned " + warned));
          }
          List<String> advisory = ENGINE.rules().stream().filter(r -> r.importance() == Importance.ADVISORY)
              .map(Rule::id).toList();
          assertTrue(report.findings().stream().filter(f -> advisory.contains(f.ruleId()))
              .allMatch(f -> f.severity() == Severity.INFO), "advice is INFO");
          // One finding per problem: the organization-wide engagement shortfall and the groups' one,
          // and one gap finding per dimension.
          assertTrue(report.findings().stream().filter(f -> f.ruleId().equals("VISION.ENGAGEMENT")).count() <= 2);
          for (Dimension dim : Dimension.values()) {
            assertTrue(report.findings().stream().filter(f -> f.ruleId().equals(dim + ".PERCEPTION_GAP"))
                .count() <= 1, dim::name);
          }
        });
  }

  @Test
  void everyDimensionHasPerceptionFiguresOrExactlyOneReasonWithoutACount() {
    qt().withExamples(100).forAll(ModelGenerators.organizations(), longs().all(), integers().between(0, 40))
        .checkAssert((org, seed, size) -> {
          Assessment.Builder b = Assessment.builder().practices(org);
          if (size >= 1) {
            b.responses(SurveyFixtures.generated(seed, size, 0.5));
          }
          AlignmentReport report = ENGINE.assess(b.build());
          for (DimensionResult d : report.dimensions()) {
            boolean figures = report.perceptions().map(p -> p.dimensions().containsKey(d.dimension())).orElse(false);
            assertEquals(!figures, d.perceptionNotReported().isPresent(), d.dimension().name());
            if (d.perceptionNotReported().isPresent()) {
              assertEquals(0, d.respondents(), d.dimension().name());
              assertFalse(d.perceptionScore().isDefined(), d.dimension().name());
              assertEquals(d.perceptionNotReported(),
                  report.perceptions().flatMap(p -> p.dimension(d.dimension()).reason())
                      .or(() -> Optional.of(NotReportedReason.NO_DATA)));
            }
          }
        });
  }

  @Test
  void theReportIsIdenticalForAnyOrderOfGoalsAndRespondents() {
    qt().withExamples(40).forAll(ModelGenerators.organizations(), longs().all()).checkAssert((org, seed) -> {
      var survey = SurveyFixtures.generated(seed, 30, 0.3);
      AlignmentReport expected = ENGINE.assess(Assessment.builder().practices(org).responses(survey).build());
      Random random = new Random(seed);
      List<Goal> goals = new ArrayList<>(org.goals());
      Collections.shuffle(goals, random);
      List<Response> responses = new ArrayList<>(survey.responses());
      Collections.shuffle(responses, random);
      AlignmentReport shuffled = ENGINE.assess(Assessment.builder().practices(org.withGoals(goals))
          .responses(survey.withResponses(responses)).build());
      assertEquals(expected, shuffled);
    });
  }

  /** Improvements of one practice fact each; the dimension's practice score must not fall. */
  private static final List<Improvement> IMPROVEMENTS = List.of(
      new Improvement(Dimension.GOALS, o -> o.withGoals(o.goals().stream()
          .map(g -> g.scope() == GoalScope.INDIVIDUAL ? g.withScope(GoalScope.TEAM) : g).toList())),
      new Improvement(Dimension.GOALS, o -> o.withGoals(o.goals().stream()
          .map(g -> g.withIncentive(Incentive.NONE)).toList())),
      new Improvement(Dimension.TRAINING, o -> o.withTraining(o.training()
          .map(t -> t.withCoverage(TrainingCoverage.ALL_EMPLOYEES)))),
      new Improvement(Dimension.TRAINING, o -> o.withTraining(o.training().map(t -> {
        List<TrainingEvaluation> evaluations = new ArrayList<>(t.evaluations());
        evaluations.add(TrainingEvaluation.ON_THE_JOB_OBSERVATION);
        return t.withEvaluations(evaluations);
      }))),
      new Improvement(Dimension.EMPOWERMENT, o -> o.withEmpowerment(o.empowerment().map(e -> {
        List<EmpowermentIngredient> ingredients = new ArrayList<>(e.ingredients());
        ingredients.add(EmpowermentIngredient.AUTHORITY);
        return e.withIngredients(ingredients).withWrittenGuidelines(true);
      }))),
      new Improvement(Dimension.LEADERSHIP, o -> o.withLeadership(o.leadership()
          .map(l -> l.withLeadersServeCustomers(true).withExecutiveVisits(Frequency.WEEKLY)))),
      new Improvement(Dimension.HIRING, o -> o.withHiring(o.hiring().map(h -> h.withRealisticJobPreview(true)))));

  private record Improvement(Dimension dimension, UnaryOperator<Organization> apply) {}

  @Test
  void improvingOnePracticeNeverLowersThatDimensionsPracticeScore() {
    qt().withExamples(200).forAll(ModelGenerators.organizations(), integers().between(0, IMPROVEMENTS.size() - 1))
        .checkAssert((org, which) -> {
          Improvement improvement = IMPROVEMENTS.get(which);
          Estimate before = ENGINE.assess(Assessment.builder().practices(org).build())
              .dimension(improvement.dimension()).practiceScore();
          Estimate after = ENGINE.assess(Assessment.builder().practices(improvement.apply().apply(org)).build())
              .dimension(improvement.dimension()).practiceScore();
          if (before.isDefined()) {
            assertTrue(after.value() >= before.value() - 1e-9,
                improvement.dimension() + " fell from " + before + " to " + after + " for " + org);
          }
        });
  }
}
