package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.InputChannel;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical cases of the source articles, through the engine with its defaults. */
class SeedCasesTest {
  private static final AlignmentEngine ENGINE = AlignmentEngine.withDefaults();

  private static Set<String> findings(AlignmentReport report, Dimension dimension) {
    return report.findings().stream().filter(f -> f.dimension() == dimension).map(Finding::ruleId)
        .collect(Collectors.toSet());
  }

  private static AlignmentReport practices(Organization.Builder org) {
    return ENGINE.assess(Assessment.builder().practices(org.name("Seed").build()).build());
  }

  /** The vision findings as "RULE.ID SEVERITY", sorted. */
  private static List<String> outcomes(AlignmentReport report, Dimension dimension) {
    return report.findings().stream().filter(f -> f.dimension() == dimension)
        .map(f -> f.ruleId() + " " + f.severity()).sorted().toList();
  }

  /**
   * The visions the sources present as good examples. The advice every one of them gets as an
   * organization of its own: no employees' input and no gut check are recorded.
   */
  static Stream<Arguments> seedVisions() {
    List<String> processAdvice = List.of("VISION.EMPLOYEE_INPUT INFO", "VISION.GUT_CHECK INFO");
    return Stream.of(
        Arguments.of("REI", "We inspire, educate and outfit for a lifetime of outdoor adventure and stewardship",
            processAdvice),
        Arguments.of("JetBlue", "Inspire Humanity", processAdvice),
        Arguments.of("Clean Vehicle Rebate Project", "Make it easy to join the clean vehicle movement",
            processAdvice),
        Arguments.of("Shake Shack", "Stand for Something Good", processAdvice),
        Arguments.of("Publix", "Where Shopping is a Pleasure", processAdvice),
        // 31 words in one sentence: advice on the length, and plain enough (reading ease 28).
        Arguments.of("Safelite", "Achieve extraordinary results by looking at our business through the eyes of our"
            + " customers and making it easy for them to do business with us and ensuring their experience is"
            + " memorable.", List.of("VISION.EMPLOYEE_INPUT INFO", "VISION.GUT_CHECK INFO",
                "VISION.SHORT_AND_PLAIN INFO")),
        // 41 words in two sentences: advice on both, no warning.
        Arguments.of("Rackspace", "We cannot promise that hardware won't break, that software won't fail, or that we"
            + " will always be perfect. What we can promise is that if something goes wrong, we will rise to the"
            + " occasion, take action, and help resolve the issue.", List.of("VISION.EMPLOYEE_INPUT INFO",
                "VISION.GUT_CHECK INFO", "VISION.ONE_SENTENCE INFO", "VISION.SHORT_AND_PLAIN INFO")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedVisions")
  void everySeedVisionPassesEveryEssentialCriterionAndIsAligned(String organization, String statement,
      List<String> advice) {
    AlignmentReport report = practices(Organization.builder().vision(ServiceVision.of(statement)));
    assertEquals(advice, outcomes(report, Dimension.VISION), organization);
    DimensionResult vision = report.dimension(Dimension.VISION);
    assertEquals(100.0, vision.practiceScore().value(), 1e-9, organization);
    assertEquals(Band.ALIGNED, vision.band().orElseThrow(), organization);
  }

  @Test
  void aShareholderValueVisionStaysOutOfAlignedEvenWhenItWasMadeTheWayTheMethodAsks() {
    ServiceVision shareholders = ServiceVision.builder()
        .statement("Deliver superior returns and lasting value to our shareholders")
        .addInputChannels(InputChannel.SURVEY, InputChannel.FOCUS_GROUP)
        .draftingGroup(DraftingGroup.builder().size(8).addLevels(Level.EXECUTIVE, Level.MANAGER, Level.FRONTLINE)
            .addFunctions("support", "finance").facilitated(true).build())
        .gutCheck(GutCheck.of(20, 19)).build();
    AlignmentReport report = practices(Organization.builder().vision(shareholders));
    assertEquals(List.of("VISION.CUSTOMER_FOCUSED WARNING"), outcomes(report, Dimension.VISION));
    DimensionResult vision = report.dimension(Dimension.VISION);
    // Defined, plain and recognized, but not customer-focused: three of four essential criteria.
    assertEquals(75.0, vision.practiceScore().value(), 1e-9);
    assertEquals(4, vision.practiceRulesApplied());
    assertEquals(Band.DRIFTING, vision.band().orElseThrow());
  }

  @Test
  void theIndividualCsatBonusFailsAllThreeKeysAndCarriesTheGamingRisk() {
    Goal bonus = Goal.builder().statement("Average 95% CSAT this month to earn a $100 bonus")
        .metric("agent CSAT").metricKind(MetricKind.CUSTOMER_SATISFACTION).target(95).cadence(Cadence.MONTHLY)
        .scope(GoalScope.INDIVIDUAL).focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.MONETARY).build();
    AlignmentReport report = practices(Organization.builder().addGoal(bonus)
        .vision(ServiceVision.of("Make it easy to join the clean vehicle movement")));
    assertTrue(findings(report, Dimension.GOALS).containsAll(Set.of("GOALS.CUSTOMER_FOCUS", "GOALS.TEAMWORK",
        "GOALS.INTERNAL_MOTIVATION", "GOALS.INDIVIDUAL_REWARD")), findings(report, Dimension.GOALS).toString());
    Finding first = report.priorities().get(0);
    assertEquals("GOALS.INDIVIDUAL_REWARD", first.ruleId());
    assertEquals(Severity.CRITICAL, first.severity());
    // Customer focus: the goal's focus and metric are the customer's, but it pays individuals (one
    // of three criteria missed); no baseline is known, so the SMART worksheet has advice.
    assertEquals(List.of("GOALS.CUSTOMER_FOCUS WARNING", "GOALS.INDIVIDUAL_REWARD CRITICAL",
        "GOALS.INTERNAL_MOTIVATION WARNING", "GOALS.SMART INFO", "GOALS.TEAMWORK WARNING"),
        outcomes(report, Dimension.GOALS));
    DimensionResult goals = report.dimension(Dimension.GOALS);
    assertEquals(100 * (2.0 / 3) / 4, goals.practiceScore().value(), 1e-9);
    assertEquals(4, goals.practiceRulesApplied());
    assertEquals(Band.MISALIGNED, goals.band().orElseThrow());
  }

  @Test
  void theSharedTeamGoalPassesEveryGoalRule() {
    Goal team = Goal.builder().statement("Raise the team's average CSAT from 80% to 85% by month end")
        .metric("team CSAT").metricKind(MetricKind.CUSTOMER_SATISFACTION).baseline(80).target(85)
        .deadline(LocalDate.of(2026, 11, 30)).scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME)
        .incentive(Incentive.NONE).build();
    AlignmentReport report = practices(Organization.builder().addGoal(team));
    assertEquals(List.of(), outcomes(report, Dimension.GOALS));
    assertEquals(100.0, report.dimension(Dimension.GOALS).practiceScore().value(), 1e-9);
    assertEquals(4, report.dimension(Dimension.GOALS).practiceRulesApplied());
    assertEquals(Band.ALIGNED, report.dimension(Dimension.GOALS).band().orElseThrow());
  }

  @Test
  void theSeedVisionsPassTheSimplicityChecks() {
    for (String statement : List.of(
        "We inspire, educate and outfit for a lifetime of outdoor adventure and stewardship",
        "Inspire Humanity", "Make it easy to join the clean vehicle movement")) {
      AlignmentReport report = practices(Organization.builder().vision(ServiceVision.of(statement)));
      Set<String> vision = findings(report, Dimension.VISION);
      assertTrue(!vision.contains("VISION.ONE_SENTENCE") && !vision.contains("VISION.SHORT_AND_PLAIN")
          && !vision.contains("VISION.CUSTOMER_FOCUSED"), statement + ": " + vision);
    }
  }

  @Test
  void aThreeSentenceVisionGetsOnlyAnAdvisoryFinding() {
    AlignmentReport report = practices(Organization.builder().vision(ServiceVision.of(
        "When things break, we show up. We own the problem until it is fixed. Nobody is left waiting alone.")));
    List<Finding> sentences = report.findings().stream()
        .filter(f -> f.ruleId().equals("VISION.ONE_SENTENCE")).toList();
    assertEquals(1, sentences.size());
    assertEquals(Severity.INFO, sentences.get(0).severity());
  }

  @Test
  void trainingJudgedOnlyByAQuizStaysOutOfAlignedThoughEverythingElseIsInPlace() {
    AlignmentReport report = practices(Organization.builder().training(TrainingProgram.builder()
        .coverage(TrainingCoverage.ALL_EMPLOYEES).teachesVision(true).hasFullyTrainedStandard(true)
        .addEvaluation(TrainingEvaluation.QUIZ)
        .addReinforcements(Reinforcement.COACHING, Reinforcement.KNOWLEDGE_BASE_CONTRIBUTION).build()));
    assertEquals(List.of("TRAINING.PERFORMANCE_EVALUATION WARNING"), outcomes(report, Dimension.TRAINING));
    DimensionResult training = report.dimension(Dimension.TRAINING);
    assertEquals(75.0, training.practiceScore().value(), 1e-9);
    assertEquals(Band.DRIFTING, training.band().orElseThrow());
  }

  @Test
  void trainingJudgedByDemonstratedPerformanceIsAligned() {
    AlignmentReport report = practices(Organization.builder().training(TrainingProgram.builder()
        .coverage(TrainingCoverage.ALL_EMPLOYEES).teachesVision(true).hasFullyTrainedStandard(true)
        .addEvaluation(TrainingEvaluation.QUIZ).addEvaluation(TrainingEvaluation.ON_THE_JOB_OBSERVATION)
        .addReinforcements(Reinforcement.COACHING, Reinforcement.KNOWLEDGE_BASE_CONTRIBUTION).build()));
    assertEquals(List.of(), outcomes(report, Dimension.TRAINING));
    assertEquals(Band.ALIGNED, report.dimension(Dimension.TRAINING).band().orElseThrow());
  }

  /** Respondents per level, every item answered with {@code answer(level, item)}. */
  private static ResponseSet survey(int executives, int frontline, java.util.function.BiFunction<Level, Integer, Integer> answer) {
    List<Response> responses = new ArrayList<>();
    int id = 0;
    for (Level level : List.of(Level.EXECUTIVE, Level.FRONTLINE)) {
      int count = level == Level.EXECUTIVE ? executives : frontline;
      for (int i = 0; i < count; i++, id++) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : DefaultInstrument.instrument().items()) {
          int a = answer.apply(level, id);
          answers.put(item.id(), item.isReverseKeyed() ? 6 - a : a);
        }
        responses.add(Response.of(Respondent.builder().id("p" + id).level(level).build(), answers));
      }
    }
    return ResponseSet.of(DefaultInstrument.instrument(), responses);
  }

  @Test
  void leadersWhoRateEverythingAQuarterHigherProduceAPerceptionGapInEveryDimension() {
    // Executives answer 4 or 5, the frontline 3 or 4: one scale point, 25 points on 0-100.
    AlignmentReport report = ENGINE.assess(Assessment.builder()
        .responses(survey(8, 30, (level, id) -> (level == Level.EXECUTIVE ? 4 : 3) + id % 2)).build());
    for (Dimension d : Dimension.values()) {
      assertTrue(findings(report, d).contains(d + ".PERCEPTION_GAP"), d + ": " + findings(report, d));
    }
  }

  @Test
  void respondentsSplitBetweenOneAndFiveHaveNoSharedPerception() {
    AlignmentReport report = ENGINE.assess(Assessment.builder()
        .responses(survey(0, 20, (level, id) -> id % 2 == 0 ? 1 : 5)).build());
    assertEquals(0.0, report.dimension(Dimension.GOALS).agreement().value(), 0);
    for (Dimension d : Dimension.values()) {
      assertTrue(findings(report, d).contains(d + ".SHARED_PERCEPTION"), d + ": " + findings(report, d));
    }
  }
}
