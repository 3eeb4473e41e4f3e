package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertCompliance;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertCompliant;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertFinding;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertNotApplicable;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertNotRecorded;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.context;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.empty;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.onlyProblem;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {
  private static final Rule EVERYONE = new TrainingRules.Everyone();
  private static final Rule STANDARD = new TrainingRules.FullyTrainedStandard();
  private static final Rule EVALUATION = new TrainingRules.PerformanceEvaluation();
  private static final Rule REINFORCEMENT = new TrainingRules.ReinforcementOnTheJob();

  /** A program that meets every training criterion. */
  private static TrainingProgram sound() {
    return TrainingProgram.builder().coverage(TrainingCoverage.ALL_EMPLOYEES).teachesVision(true)
        .hasFullyTrainedStandard(true).addEvaluations(TrainingEvaluation.DEMONSTRATION)
        .addReinforcements(Reinforcement.COACHING, Reinforcement.KNOWLEDGE_BASE_CONTRIBUTION).build();
  }

  @Test
  void trainingJudgedOnlyByAQuizIsFlaggedByPerformanceEvaluation() {
    TrainingProgram quizOnly = TrainingProgram.builder().from(sound())
        .evaluations(List.of(TrainingEvaluation.QUIZ)).build();

    RuleOutcome outcome = EVALUATION.evaluate(context(quizOnly));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "TRAINING.PERFORMANCE_EVALUATION", Severity.WARNING,
        "training.evaluations", "QUIZ", "quizzes");
  }

  @Test
  void attendanceAndSmileSheetsAreNotPerformanceEither() {
    TrainingProgram program = TrainingProgram.builder().from(sound())
        .evaluations(List.of(TrainingEvaluation.ATTENDANCE, TrainingEvaluation.SATISFACTION_SURVEY)).build();

    Finding finding = onlyProblem(EVALUATION.evaluate(context(program)));

    assertFinding(finding, "TRAINING.PERFORMANCE_EVALUATION", Severity.WARNING, "training.evaluations",
        "[ATTENDANCE, SATISFACTION_SURVEY]", "attendance", "satisfaction surveys");
  }

  @Test
  void aProgramThatIsNotEvaluatedAtAllIsFlagged() {
    TrainingProgram program = TrainingProgram.builder().from(sound()).evaluations(List.of()).build();

    Finding finding = onlyProblem(EVALUATION.evaluate(context(program)));

    assertFinding(finding, "TRAINING.PERFORMANCE_EVALUATION", Severity.WARNING, "training.evaluations", "[]",
        "not evaluated");
  }

  @Test
  void evaluationsAndReinforcementsThatAreNotRecordedAreUnknownNotFailures() {
    TrainingProgram unknown = TrainingProgram.builder().coverage(TrainingCoverage.ALL_EMPLOYEES)
        .teachesVision(true).hasFullyTrainedStandard(true).build();

    assertNotRecorded(EVALUATION.evaluate(context(unknown)), "TRAINING.PERFORMANCE_EVALUATION",
        "training.evaluations");
    assertNotRecorded(REINFORCEMENT.evaluate(context(unknown)), "TRAINING.REINFORCEMENT",
        "training.reinforcements");
  }

  @Test
  void noneRecordedWithTheBuilderIsJudgedAsARealAbsence() {
    TrainingProgram none = TrainingProgram.builder().coverage(TrainingCoverage.ALL_EMPLOYEES)
        .teachesVision(true).hasFullyTrainedStandard(true).noEvaluations(true).noReinforcements(true).build();

    RuleOutcome evaluation = EVALUATION.evaluate(context(none));
    assertCompliance(0, evaluation);
    assertFinding(onlyProblem(evaluation), "TRAINING.PERFORMANCE_EVALUATION", Severity.WARNING,
        "training.evaluations", "[]", "not evaluated");
    RuleOutcome reinforcement = REINFORCEMENT.evaluate(context(none));
    assertCompliance(0, reinforcement);
    assertFinding(onlyProblem(reinforcement), "TRAINING.REINFORCEMENT", Severity.WARNING,
        "training.reinforcements", "[]", "no reinforcement");
  }

  @Test
  void oneDemonstrationBesideAQuizSatisfiesPerformanceEvaluation() {
    TrainingProgram program = TrainingProgram.builder().from(sound())
        .evaluations(List.of(TrainingEvaluation.QUIZ, TrainingEvaluation.ON_THE_JOB_OBSERVATION)).build();

    assertCompliant(EVALUATION.evaluate(context(program)));
  }

  @Test
  void trainingForEveryoneThatTeachesTheVisionPasses() {
    RuleOutcome outcome = EVERYONE.evaluate(context(sound()));

    assertCompliant(outcome);
    assertTrue(outcome.findings().isEmpty());
  }

  @Test
  void frontlineOnlyTrainingIsFlaggedAndHalvesCompliance() {
    TrainingProgram program = TrainingProgram.builder().from(sound())
        .coverage(TrainingCoverage.FRONTLINE_ONLY).build();

    RuleOutcome outcome = EVERYONE.evaluate(context(program));

    assertCompliance(0.5, outcome);
    assertFinding(onlyProblem(outcome), "TRAINING.EVERYONE", Severity.WARNING, "training.coverage",
        "FRONTLINE_ONLY", "frontline employees only");
  }

  @Test
  void trainingThatSkipsTheVisionIsFlaggedEvenForEveryone() {
    TrainingProgram program = TrainingProgram.builder().from(sound()).teachesVision(false).build();

    RuleOutcome outcome = EVERYONE.evaluate(context(program));

    assertCompliance(0.5, outcome);
    assertFinding(onlyProblem(outcome), "TRAINING.EVERYONE", Severity.WARNING, "training.teachesVision",
        "false", "teachesVision is false");
  }

  @Test
  void newHireOnlyTrainingWithoutTheVisionMissesBothCriteria() {
    TrainingProgram program = TrainingProgram.builder().from(sound())
        .coverage(TrainingCoverage.NEW_HIRES_ONLY).teachesVision(false).build();

    RuleOutcome outcome = EVERYONE.evaluate(context(program));

    assertCompliance(0, outcome);
    assertEquals(2, outcome.findings().size());
  }

  @Test
  void aFullyTrainedStandardPasses() {
    assertCompliant(STANDARD.evaluate(context(sound())));
  }

  @Test
  void noFullyTrainedStandardIsFlagged() {
    TrainingProgram program = TrainingProgram.builder().from(sound()).hasFullyTrainedStandard(false).build();

    RuleOutcome outcome = STANDARD.evaluate(context(program));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "TRAINING.FULLY_TRAINED_STANDARD", Severity.WARNING,
        "training.hasFullyTrainedStandard", "false", "hasFullyTrainedStandard is false");
  }

  @Test
  void onTheJobReinforcementPassesWithoutAdvice() {
    RuleOutcome outcome = REINFORCEMENT.evaluate(context(sound()));

    assertCompliant(outcome);
    assertTrue(outcome.findings().isEmpty());
  }

  @Test
  void noReinforcementIsFlagged() {
    TrainingProgram program = TrainingProgram.builder().from(sound()).reinforcements(List.of()).build();

    RuleOutcome outcome = REINFORCEMENT.evaluate(context(program));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "TRAINING.REINFORCEMENT", Severity.WARNING,
        "training.reinforcements", "[]", "no reinforcement");
  }

  @Test
  void reinforcementWithoutVeteransImprovingTheWorkflowGetsAdviceOnlyAndFullCompliance() {
    TrainingProgram program = TrainingProgram.builder().from(sound())
        .reinforcements(List.of(Reinforcement.TEAM_HUDDLES)).build();

    RuleOutcome outcome = REINFORCEMENT.evaluate(context(program));

    assertCompliant(outcome);
    assertEquals(1, outcome.findings().size());
    assertFinding(outcome.findings().get(0), "TRAINING.REINFORCEMENT", Severity.INFO,
        "training.reinforcements", "TEAM_HUDDLES", "team huddles");
  }

  @Test
  void everyTrainingRuleIsNotApplicableWithoutATrainingProgram() {
    for (Rule rule : TrainingRules.all()) {
      assertNotApplicable(rule.evaluate(empty()));
      assertNotApplicable(rule.evaluate(context(org().build())));
    }
  }

  @Test
  void aSoundProgramRaisesNoWarningUnderAnyTrainingRule() {
    for (Rule rule : TrainingRules.all()) {
      assertCompliant(rule.evaluate(context(sound())));
    }
  }
}
