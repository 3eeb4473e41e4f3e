package io.github.serviceculture.alignment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ModelValidationTest {

  /** Asserts the build is rejected and the exception names the type, the field and the value. */
  private static InvalidValueException assertRejected(
      Executable build, String type, String field, String renderedValue) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(type, e.type());
    assertEquals(field, e.field());
    assertEquals(renderedValue, e.value());
    assertEquals("INVALID_VALUE", e.code());
    assertTrue(e.getMessage().startsWith(type + "." + field + ": "), e.getMessage());
    assertTrue(e.getMessage().endsWith("was " + renderedValue), e.getMessage());
    return e;
  }

  private static Goal.Builder validGoal() {
    return Goal.builder().statement("Raise CSAT").scope(GoalScope.TEAM)
        .focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.NONE);
  }

  @Test
  void goalWithBlankStatementIsRejected() {
    assertRejected(() -> validGoal().statement("  ").build(), "Goal", "statement", "\"  \"");
  }

  @Test
  void goalWhoseTargetEqualsItsBaselineIsRejected() {
    InvalidValueException e =
        assertRejected(() -> validGoal().baseline(80).target(80).build(), "Goal", "target", "80.0");
    assertTrue(e.getMessage().contains("must differ from baseline (80.0)"), e.getMessage());
  }

  @Test
  void goalWithNonFiniteNumbersIsRejected() {
    assertRejected(() -> validGoal().baseline(Double.NaN).build(), "Goal", "baseline", "NaN");
    assertRejected(() -> validGoal().target(Double.POSITIVE_INFINITY).build(), "Goal", "target", "Infinity");
  }

  @Test
  void goalWithBlankOptionalTextIsRejected() {
    assertRejected(() -> validGoal().metric("").build(), "Goal", "metric", "\"\"");
    assertRejected(() -> validGoal().owner(" ").build(), "Goal", "owner", "\" \"");
    assertRejected(() -> validGoal().incentiveDescription("\t").build(), "Goal", "incentiveDescription", "\"\t\"");
  }

  @Test
  void goalWithoutARequiredFieldNamesTheTypeAndTheMissingField() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Goal.builder().statement("Raise CSAT").focus(GoalFocus.CUSTOMER_OUTCOME)
            .incentive(Incentive.NONE).build());
    assertEquals("Goal.scope: is required, was absent", e.getMessage());
    assertEquals("Goal", e.type());
    assertEquals("scope", e.field());
  }

  @Test
  void goalWithSeveralRequiredFieldsMissingNamesTheFirstAndListsTheOthers() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Goal.builder().build());
    assertEquals("statement", e.field());
    assertEquals("is required (also not set: scope, focus, incentive)", e.problem());
  }

  @Test
  void aNullGivenToAWithMethodNamesTheTypeAndField() {
    Goal goal = validGoal().build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> goal.withStatement(null));
    assertEquals("Goal.statement: must not be null, was absent", e.getMessage());
  }

  @Test
  void aNullCollectionOrElementGivenToAWithMethodNamesTheField() {
    Organization organization = Organization.builder().name("Acme").build();
    InvalidValueException noList = assertThrows(InvalidValueException.class,
        () -> organization.withGoals((Iterable<Goal>) null));
    assertEquals("Organization.goals: must not be null, was absent", noList.getMessage());
    InvalidValueException noElement = assertThrows(InvalidValueException.class,
        () -> organization.withGoals(validGoal().build(), null));
    assertEquals("Organization.goals: must not contain null elements, was absent", noElement.getMessage());
  }

  @Test
  void aNullElementNamesTheCollectionWithoutEchoingTheOtherElements() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Organization.builder().addGoals(validGoal().build(), null));
    assertEquals("Organization", e.type());
    assertEquals("goals", e.field());
    assertEquals("must not contain null elements", e.problem());
  }

  @Test
  void longTextIsShortenedInTheMessage() {
    String longName = "x".repeat(500);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> HiringPractice.builder()
            .addProfileTrait(ProfileTrait.builder().name(longName).serviceTrait(true).build())
            .addProfileTrait(ProfileTrait.builder().name(longName.toUpperCase()).serviceTrait(true).build())
            .build());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
  }

  @Test
  void visionWithBlankStatementIsRejected() {
    assertRejected(() -> ServiceVision.of(""), "ServiceVision", "statement", "\"\"");
  }

  @Test
  void draftingGroupInvariantsAreChecked() {
    assertRejected(() -> DraftingGroup.builder().size(0).build(), "DraftingGroup", "size", "0");
    assertRejected(() -> DraftingGroup.builder().size(2)
        .addLevels(Level.EXECUTIVE, Level.MANAGER, Level.FRONTLINE).build(),
        "DraftingGroup", "levels", "[EXECUTIVE, MANAGER, FRONTLINE]");
    assertRejected(() -> DraftingGroup.builder().size(1).addFunctions("support", "IT").build(),
        "DraftingGroup", "functions", "[support, IT]");
    assertRejected(() -> DraftingGroup.builder().size(3).addFunction(" ").build(),
        "DraftingGroup", "functions", "\" \"");
  }

  @Test
  void gutCheckCannotHaveMoreYesThanPeopleAsked() {
    InvalidValueException e = assertRejected(() -> GutCheck.of(10, 11), "GutCheck", "recognized", "11");
    assertTrue(e.getMessage().contains("stakeholdersAsked (10)"), e.getMessage());
    assertRejected(() -> GutCheck.of(0, 0), "GutCheck", "stakeholdersAsked", "0");
    assertRejected(() -> GutCheck.of(5, -1), "GutCheck", "recognized", "-1");
  }

  @Test
  void profileTraitNeedsAName() {
    assertRejected(() -> ProfileTrait.builder().name("").serviceTrait(true).build(), "ProfileTrait", "name", "\"\"");
  }

  @Test
  void hiringProfileCannotNameATraitTwice() {
    assertRejected(() -> HiringPractice.builder()
        .addProfileTrait(ProfileTrait.builder().name("Trustworthy").serviceTrait(true).build())
        .addProfileTrait(ProfileTrait.builder().name("trustworthy").serviceTrait(true).build())
        .build(), "HiringPractice", "profileTraits", "\"trustworthy\"");
  }

  @Test
  void commitmentCheckInvariantsAreChecked() {
    CommitmentCheck.Builder valid = CommitmentCheck.builder().description("offer to quit");
    assertRejected(() -> CommitmentCheck.builder().description(" ").build(), "CommitmentCheck", "description", "\" \"");
    assertRejected(() -> valid.acceptancePercent(120).build(), "CommitmentCheck", "acceptancePercent", "120.0");
    assertRejected(() -> CommitmentCheck.builder().description("offer").acceptancePercent(-0.5).build(),
        "CommitmentCheck", "acceptancePercent", "-0.5");
    assertRejected(() -> CommitmentCheck.builder().description("offer").paymentOffered(-1).build(),
        "CommitmentCheck", "paymentOffered", "-1.0");
    assertRejected(() -> CommitmentCheck.builder().description("offer").offeredOnDay(0).build(),
        "CommitmentCheck", "offeredOnDay", "0");
  }

  @Test
  void turnoverFiguresInvariantsAreChecked() {
    assertRejected(() -> TurnoverFigures.builder().averageHeadcount(0).separationsPerYear(1).build(),
        "TurnoverFigures", "averageHeadcount", "0.0");
    assertRejected(() -> TurnoverFigures.builder().averageHeadcount(10).separationsPerYear(-2).build(),
        "TurnoverFigures", "separationsPerYear", "-2.0");
    assertRejected(() -> TurnoverFigures.builder().averageHeadcount(10).separationsPerYear(2)
        .costPerSeparation(Double.POSITIVE_INFINITY).build(), "TurnoverFigures", "costPerSeparation", "Infinity");
  }

  @Test
  void trainingProgramNameMustNotBeBlank() {
    assertRejected(() -> TrainingProgram.builder().name("").coverage(TrainingCoverage.ALL_EMPLOYEES)
        .teachesVision(true).hasFullyTrainedStandard(true).build(), "TrainingProgram", "name", "\"\"");
  }

  @Test
  void empowermentPolicyInvariantsAreChecked() {
    assertRejected(() -> EmpowermentPolicy.builder().writtenGuidelines(true).addAutonomousDecision("").build(),
        "EmpowermentPolicy", "autonomousDecisions", "\"\"");
    assertRejected(() -> EmpowermentPolicy.builder().writtenGuidelines(true).discretionaryLimit(-50).build(),
        "EmpowermentPolicy", "discretionaryLimit", "-50.0");
  }

  @Test
  void organizationNeedsAName() {
    assertRejected(() -> Organization.builder().name("").build(), "Organization", "name", "\"\"");
  }
}
