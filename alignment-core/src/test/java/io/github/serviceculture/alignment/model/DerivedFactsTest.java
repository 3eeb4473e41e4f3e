package io.github.serviceculture.alignment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedFactsTest {

  @Test
  void turnoverRateAndCostFollowFromTheCalculatorInputs() {
    TurnoverFigures t = TurnoverFigures.builder()
        .averageHeadcount(80).separationsPerYear(36).costPerSeparation(4_500).build();
    assertEquals(45.0, t.turnoverRatePercent(), 1e-12);
    assertEquals(162_000.0, t.annualCost().getAsDouble(), 1e-9);
  }

  @Test
  void turnoverCostIsUnknownWithoutACostPerSeparation() {
    TurnoverFigures t = TurnoverFigures.builder().averageHeadcount(10).separationsPerYear(15).build();
    assertEquals(150.0, t.turnoverRatePercent(), 1e-12);
    assertFalse(t.annualCost().isPresent());
  }

  @Test
  void gutCheckRecognitionIsAPercentageOfThoseAsked() {
    assertEquals(95.0, GutCheck.of(20, 19).recognitionPercent(), 1e-12);
    assertEquals(0.0, GutCheck.of(3, 0).recognitionPercent(), 0);
  }

  @Test
  void aGoalIsTimeBoundByADeadlineOrACadence() {
    Goal open = Goal.builder().statement("Be nicer").scope(GoalScope.TEAM)
        .focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.NONE).build();
    assertFalse(open.isTimeBound());
    assertTrue(open.withDeadline(LocalDate.of(2026, 12, 31)).isTimeBound());
    assertTrue(open.withCadence(Cadence.MONTHLY).isTimeBound());
  }

  @Test
  void onlyDemonstrationAndObservationJudgeTrainingByPerformance() {
    TrainingProgram quizOnly = TrainingProgram.builder().coverage(TrainingCoverage.ALL_EMPLOYEES)
        .teachesVision(true).hasFullyTrainedStandard(false)
        .addEvaluations(TrainingEvaluation.ATTENDANCE, TrainingEvaluation.QUIZ).build();
    assertFalse(quizOnly.isEvaluatedByPerformance());
    assertTrue(quizOnly.withEvaluations(List.of(TrainingEvaluation.ON_THE_JOB_OBSERVATION))
        .isEvaluatedByPerformance());
  }

  @Test
  void serviceTraitsAreTheMarkedTraitsInProfileOrder() {
    ProfileTrait trust = ProfileTrait.builder().name("trustworthy").serviceTrait(true)
        .addAssessedBy(CandidateAssessment.BEHAVIORAL_INTERVIEW).build();
    ProfileTrait typing = ProfileTrait.builder().name("types 60 wpm").serviceTrait(false).build();
    ProfileTrait helps = ProfileTrait.builder().name("enjoys helping").serviceTrait(true).build();
    HiringPractice hiring = HiringPractice.builder().addProfileTraits(trust, typing, helps).build();
    assertEquals(List.of(trust, helps), hiring.serviceTraits());
    assertTrue(trust.isAssessed());
    assertFalse(helps.isAssessed());
  }

  @Test
  void frequenciesAreOrderedFromNeverToDaily() {
    assertTrue(Frequency.WEEKLY.isAtLeast(Frequency.MONTHLY));
    assertFalse(Frequency.ANNUALLY.isAtLeast(Frequency.QUARTERLY));
    assertEquals(4, Frequency.QUARTERLY.timesPerYear());
    assertEquals(0, Frequency.NEVER.timesPerYear());
  }

  @Test
  void setsCompareRegardlessOfInsertionOrder() {
    DraftingGroup a = DraftingGroup.builder().size(8).addLevels(Level.EXECUTIVE, Level.FRONTLINE).build();
    DraftingGroup b = DraftingGroup.builder().size(8).addLevels(Level.FRONTLINE, Level.EXECUTIVE).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b.withSize(9));
  }

  @Test
  void collectionsReturnedByValuesCannotBeModified() {
    Organization org = Organization.builder().name("Acme").build();
    org.goals();
    try {
      org.goals().add(null);
    } catch (UnsupportedOperationException expected) {
      return;
    }
    throw new AssertionError("goals() was modifiable");
  }
}
