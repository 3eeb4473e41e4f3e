package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Importance;
import io.github.serviceculture.alignment.rules.Rule;
import io.github.serviceculture.alignment.rules.RuleContext;
import io.github.serviceculture.alignment.rules.RuleOutcome;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import org.junit.jupiter.api.Test;

class AlignmentEngineTest {

  /** A rule with a fixed compliance that raises one finding when below 1. */
  static Rule rule(String id, Dimension dimension, double compliance, Severity severity) {
    return rule(id, dimension, context -> {
      if (context.practices().isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      List<Finding> findings = compliance < 1
          ? List.of(Finding.builder().ruleId(id).dimension(dimension).severity(severity)
              .message(id + " is not met").recommendation("Fix " + id)
              .addEvidence(Evidence.practice("test", compliance)).build())
          : List.of();
      return RuleOutcome.compliance(compliance, findings);
    });
  }

  static Rule rule(String id, Dimension dimension, Function<RuleContext, RuleOutcome> evaluate) {
    return rule(id, dimension, Importance.ESSENTIAL, evaluate);
  }

  /** An advisory rule with a fixed compliance that raises one finding of the given severity when below 1. */
  static Rule advisory(String id, Dimension dimension, double compliance, Severity severity) {
    Rule essential = rule(id, dimension, compliance, severity);
    return rule(id, dimension, Importance.ADVISORY, essential::evaluate);
  }

  static Rule rule(String id, Dimension dimension, Importance importance,
      Function<RuleContext, RuleOutcome> evaluate) {
    return new Rule() {
      @Override
      public Importance importance() {
        return importance;
      }

      @Override
      public String id() {
        return id;
      }

      @Override
      public Dimension dimension() {
        return dimension;
      }

      @Override
      public String description() {
        return "test rule " + id;
      }

      @Override
      public RuleOutcome evaluate(RuleContext context) {
        return evaluate.apply(context);
      }
    };
  }

  private static final Organization ACME = Organization.builder().name("Acme").build();

  @Test
  void practiceScoreIsTheMeanComplianceOfApplicableRules() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(), List.of(
        rule("GOALS.A", Dimension.GOALS, 1.0, Severity.WARNING),
        rule("GOALS.B", Dimension.GOALS, 0.5, Severity.INFO),
        rule("HIRING.A", Dimension.HIRING, 0.25, Severity.WARNING)));
    AlignmentReport report = engine.assess(Assessment.builder().practices(ACME).build());
    DimensionResult goals = report.dimension(Dimension.GOALS);
    assertEquals(75.0, goals.practiceScore().value(), 1e-12);
    assertEquals(2, goals.practiceRulesApplied());
    assertFalse(goals.perceptionScore().isDefined());
    assertEquals(75.0, goals.alignmentScore().value(), 1e-12);
    assertEquals(Band.ALIGNED, goals.band().orElseThrow());
    assertEquals(Band.MISALIGNED, report.dimension(Dimension.HIRING).band().orElseThrow());
    assertFalse(report.dimension(Dimension.TRAINING).band().isPresent());
    assertEquals(Dimension.HIRING, report.weakestDimension().orElseThrow());
    assertEquals((75.0 + 25.0) / 2, report.alignmentIndex().value(), 1e-12);
  }

  @Test
  void aWarningOfAnEssentialRuleKeepsADimensionOutOfTheAlignedBandWhateverItsScore() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(), List.of(
        rule("GOALS.A", Dimension.GOALS, 1.0, Severity.WARNING),
        rule("GOALS.B", Dimension.GOALS, 1.0, Severity.WARNING),
        rule("GOALS.C", Dimension.GOALS, 0.9, Severity.WARNING)));
    DimensionResult goals = engine.assess(Assessment.builder().practices(ACME).build()).dimension(Dimension.GOALS);
    assertEquals(100 * 2.9 / 3, goals.practiceScore().value(), 1e-9);
    assertEquals(Band.DRIFTING, goals.band().orElseThrow());
  }

  @Test
  void advisoryRulesGiveAdviceButNeitherLowerNorPadThePracticeScore() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(), List.of(
        rule("GOALS.A", Dimension.GOALS, 0.8, Severity.INFO),
        advisory("GOALS.EASY", Dimension.GOALS, 1.0, Severity.INFO),
        advisory("GOALS.MISSED", Dimension.GOALS, 0.0, Severity.INFO),
        advisory("HIRING.ONLY_ADVICE", Dimension.HIRING, 0.0, Severity.INFO)));
    AlignmentReport report = engine.assess(Assessment.builder().practices(ACME).build());
    DimensionResult goals = report.dimension(Dimension.GOALS);
    assertEquals(80.0, goals.practiceScore().value(), 1e-12);
    assertEquals(1, goals.practiceRulesApplied());
    assertEquals(Band.ALIGNED, goals.band().orElseThrow(), "advice never caps the band");
    assertEquals(2, goals.findingCount());
    DimensionResult hiring = report.dimension(Dimension.HIRING);
    assertFalse(hiring.practiceScore().isDefined(), "a dimension with advice only has no practice score");
    assertEquals(1, hiring.findingCount());
  }

  @Test
  void anAdvisoryRuleThatWarnsIsRejected() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(),
        List.of(advisory("GOALS.LOUD", Dimension.GOALS, 0.0, Severity.WARNING)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> engine.assess(Assessment.builder().practices(ACME).build()));
    assertTrue(e.getMessage().contains("GOALS.LOUD") && e.getMessage().contains("ADVISORY"), e.getMessage());
  }

  @Test
  void aCriticalFindingKeepsADimensionOutOfTheAlignedBand() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(), List.of(
        rule("GOALS.A", Dimension.GOALS, 1.0, Severity.WARNING),
        rule("GOALS.B", Dimension.GOALS, 1.0, Severity.WARNING),
        rule("GOALS.C", Dimension.GOALS, 0.9, Severity.CRITICAL)));
    DimensionResult goals = engine.assess(Assessment.builder().practices(ACME).build()).dimension(Dimension.GOALS);
    assertTrue(goals.alignmentScore().value() >= 75);
    assertEquals(Band.DRIFTING, goals.band().orElseThrow());
  }

  @Test
  void findingsAreSortedBySeverityThenDimensionAndPrioritiesStartWithTheWeakest() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(), List.of(
        rule("VISION.A", Dimension.VISION, 0.9, Severity.WARNING),
        rule("GOALS.A", Dimension.GOALS, 0.8, Severity.INFO),
        rule("HIRING.A", Dimension.HIRING, 0.2, Severity.WARNING),
        rule("TRAINING.A", Dimension.TRAINING, 0.6, Severity.WARNING),
        rule("LEADERSHIP.A", Dimension.LEADERSHIP, 0.7, Severity.CRITICAL)));
    AlignmentReport report = engine.assess(Assessment.builder().practices(ACME).build());
    assertEquals(List.of("LEADERSHIP.A", "VISION.A", "HIRING.A", "TRAINING.A", "GOALS.A"),
        report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(List.of("LEADERSHIP.A", "HIRING.A", "TRAINING.A"),
        report.priorities().stream().map(Finding::ruleId).toList());
  }

  @Test
  void aDimensionWithoutPerceptionFiguresSaysWhy() {
    AlignmentEngine engine = AlignmentEngine.withDefaults();
    AlignmentReport small = engine.assess(Assessment.builder().practices(ACME)
        .responses(SurveyFixtures.generated(3, 3, 0)).build());
    for (DimensionResult d : small.dimensions()) {
      assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), d.perceptionNotReported(), d.dimension().name());
      assertEquals(0, d.respondents());
    }
    AlignmentReport practicesOnly = engine.assess(Assessment.builder().practices(ACME).build());
    assertEquals(Optional.of(NotReportedReason.NO_DATA),
        practicesOnly.dimension(Dimension.GOALS).perceptionNotReported());
    AlignmentReport large = engine.assess(Assessment.builder().responses(SurveyFixtures.generated(3, 40, 0)).build());
    assertEquals(Optional.empty(), large.dimension(Dimension.GOALS).perceptionNotReported());
  }

  @Test
  void aDimensionResultCannotHaveBothPerceptionFiguresAndAReasonNorNeither() {
    AlignmentEngine engine = AlignmentEngine.withDefaults();
    DimensionResult reported = engine.assess(Assessment.builder().responses(SurveyFixtures.generated(3, 40, 0)).build())
        .dimension(Dimension.GOALS);
    DimensionResult suppressed = engine.assess(Assessment.builder().responses(SurveyFixtures.generated(3, 3, 0)).build())
        .dimension(Dimension.GOALS);

    InvalidValueException both = assertThrows(InvalidValueException.class,
        () -> reported.withPerceptionNotReported(Optional.of(NotReportedReason.TOO_FEW_ITEMS_ANSWERED)));
    assertEquals("perceptionNotReported", both.field());
    assertFalse(both.getMessage().contains(String.valueOf(reported.respondents())), "no figure in the message");
    InvalidValueException neither = assertThrows(InvalidValueException.class,
        () -> suppressed.withPerceptionNotReported(Optional.empty()));
    assertEquals("DimensionResult.perceptionNotReported: must give a reason when respondents is 0, was absent",
        neither.getMessage());
    assertThrows(InvalidValueException.class, () -> suppressed.withRespondents(12));
    assertThrows(InvalidValueException.class, () -> suppressed.withPerceptionScore(reported.perceptionScore()));
    assertThrows(InvalidValueException.class, () -> suppressed.withReliability(reported.reliability()));
    assertThrows(InvalidValueException.class, () -> suppressed.withAgreement(reported.agreement()));
  }

  @Test
  void practiceAndPerceptionCombineByThePracticeWeight() {
    ResponseSet survey = SurveyFixtures.generated(3, 120, 0);
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults().withPracticeWeight(0.25),
        List.of(rule("GOALS.A", Dimension.GOALS, 0.4, Severity.WARNING)));
    AlignmentReport both = engine.assess(Assessment.builder().practices(ACME).responses(survey).build());
    DimensionResult goals = both.dimension(Dimension.GOALS);
    assertEquals(0.25 * 40 + 0.75 * goals.perceptionScore().value(), goals.alignmentScore().value(), 1e-12);
    assertTrue(goals.reliability().isDefined());
    assertTrue(goals.agreement().isDefined());
    assertEquals(120, both.metadata().respondentCount());
    assertEquals("service-culture-alignment", both.metadata().instrumentId().orElseThrow());

    AlignmentReport surveyOnly = engine.assess(Assessment.builder().responses(survey).build());
    DimensionResult goalsFromSurvey = surveyOnly.dimension(Dimension.GOALS);
    assertFalse(goalsFromSurvey.practiceScore().isDefined());
    assertEquals(goalsFromSurvey.perceptionScore(), goalsFromSurvey.alignmentScore());
    assertTrue(surveyOnly.perceptions().isPresent());
    assertTrue(surveyOnly.metadata().organization().isEmpty());
  }

  @Test
  void anAssessmentNeedsPracticesOrResponses() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Assessment.builder().build());
    assertEquals("practices", e.field());
    assertEquals("Assessment.practices: must be given when responses are absent, was absent", e.getMessage());
  }

  @Test
  void rulesAreCheckedWhenTheEngineIsMade() {
    Rule a = rule("GOALS.A", Dimension.GOALS, 1, Severity.INFO);
    assertEquals("rules", assertThrows(InvalidValueException.class,
        () -> AlignmentEngine.of(ScoringPolicy.defaults(), List.of(a, a))).field());
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> AlignmentEngine.of(ScoringPolicy.defaults().withDisabledRules("GOALS.TYPO"), List.of(a)));
    assertEquals("disabledRules", unknown.field());
    assertEquals("\"GOALS.TYPO\"", unknown.value());
  }

  @Test
  void aDisabledRuleIsNotEvaluated() {
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults().withDisabledRules("HIRING.A"), List.of(
        rule("GOALS.A", Dimension.GOALS, 1, Severity.INFO), rule("HIRING.A", Dimension.HIRING, 0, Severity.CRITICAL)));
    AlignmentReport report = engine.assess(Assessment.builder().practices(ACME).build());
    assertEquals(List.of("GOALS.A"), report.metadata().rulesEvaluated());
    assertTrue(report.findings().isEmpty());
    assertFalse(report.dimension(Dimension.HIRING).practiceScore().isDefined());
  }

  @Test
  void aRuleThatReportsUnderAnotherIdIsRejected() {
    Rule liar = rule("GOALS.A", Dimension.GOALS, ctx -> RuleOutcome.compliance(0, List.of(Finding.builder()
        .ruleId("GOALS.OTHER").dimension(Dimension.GOALS).severity(Severity.INFO).message("m")
        .recommendation("r").addEvidence(Evidence.practice("f", 1)).build())));
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(), List.of(liar));
    assertThrows(IllegalStateException.class, () -> engine.assess(Assessment.builder().practices(ACME).build()));
  }

  @Test
  void metadataRecordsTheVersionAndAFingerprintOfThePolicy() {
    List<Rule> rules = List.of(rule("GOALS.A", Dimension.GOALS, 1, Severity.INFO));
    String fingerprint = AlignmentEngine.of(ScoringPolicy.defaults(), rules)
        .assess(Assessment.builder().practices(ACME).build()).metadata().policyFingerprint();
    assertEquals(16, fingerprint.length());
    assertEquals(fingerprint, AlignmentEngine.of(ScoringPolicy.builder().build(), rules)
        .assess(Assessment.builder().practices(ACME).build()).metadata().policyFingerprint());
    ScoringPolicy stricter = ScoringPolicy.defaults()
        .withPerception(PerceptionPolicy.defaults().withAnonymityThreshold(8));
    assertNotEquals(fingerprint, AlignmentEngine.of(stricter, rules)
        .assess(Assessment.builder().practices(ACME).build()).metadata().policyFingerprint());
    String version = AlignmentEngine.of(ScoringPolicy.defaults(), rules)
        .assess(Assessment.builder().practices(ACME).build()).metadata().libraryVersion();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
  }

  @Test
  void theReportIsTheSameForAnyOrderOfRespondentsAndUnderConcurrentUse() throws Exception {
    ResponseSet survey = SurveyFixtures.generated(11, 200, 0.5);
    AlignmentEngine engine = AlignmentEngine.of(ScoringPolicy.defaults(),
        List.of(rule("GOALS.A", Dimension.GOALS, 0.5, Severity.WARNING)));
    Assessment assessment = Assessment.builder().practices(ACME).responses(survey).build();
    AlignmentReport expected = engine.assess(assessment);

    List<Response> shuffled = new ArrayList<>(survey.responses());
    Collections.shuffle(shuffled, new Random(5));
    assertEquals(expected, engine.assess(assessment.withResponses(survey.withResponses(shuffled))));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AlignmentReport>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> engine.assess(assessment)));
      }
      for (Future<AlignmentReport> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
