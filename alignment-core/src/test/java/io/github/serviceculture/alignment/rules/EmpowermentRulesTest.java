package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertCompliance;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertCompliant;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertFinding;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertNotApplicable;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertNotRecorded;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.context;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.empty;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.onlyAdvice;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.onlyProblem;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmpowermentRulesTest {
  private static final Rule DECISIONS = new EmpowermentRules.Decisions();
  private static final Rule GUIDELINES = new EmpowermentRules.Guidelines();
  private static final Rule INGREDIENTS = new EmpowermentRules.Ingredients();
  private static final Rule SAY_NO = new EmpowermentRules.SayNoReview();
  private static final LocalDate ASSESSED = LocalDate.of(2024, 6, 30);

  private static EmpowermentPolicy sound() {
    return EmpowermentPolicy.builder().addAutonomousDecisions("refund a late delivery fee")
        .discretionaryLimit(50).writtenGuidelines(true)
        .addIngredients(EmpowermentIngredient.RESOURCES, EmpowermentIngredient.PROCESS,
            EmpowermentIngredient.AUTHORITY)
        .sayNoListReviewedOn(LocalDate.of(2024, 1, 15)).build();
  }

  private static RuleContext dated(EmpowermentPolicy policy) {
    return RuleContext.builder().from(context(policy)).assessedOn(ASSESSED).build();
  }

  @Test
  void someDecisionsWithoutApprovalPass() {
    assertCompliant(DECISIONS.evaluate(context(sound())));
  }

  @Test
  void everyExceptionNeedingAManagerIsFlagged() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound()).autonomousDecisions(List.of())
        .discretionaryLimit(0).build();

    RuleOutcome outcome = DECISIONS.evaluate(context(policy));

    assertCompliance(0, outcome);
    Finding finding = onlyProblem(outcome);
    assertFinding(finding, "EMPOWERMENT.DECISIONS", Severity.WARNING, "empowerment.autonomousDecisions", "[]",
        "0 autonomous decisions");
    assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().equals("empowerment.discretionaryLimit")));
  }

  @Test
  void writtenGuidelinesPass() {
    assertCompliant(GUIDELINES.evaluate(context(sound())));
  }

  @Test
  void unwrittenGuidelinesAreFlagged() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound()).writtenGuidelines(false).build();

    RuleOutcome outcome = GUIDELINES.evaluate(context(policy));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "EMPOWERMENT.GUIDELINES", Severity.WARNING,
        "empowerment.writtenGuidelines", "false", "writtenGuidelines is false");
  }

  @Test
  void allThreeIngredientsPass() {
    assertCompliant(INGREDIENTS.evaluate(context(sound())));
  }

  @Test
  void missingIngredientsAreNamedAndComplianceIsTheSharePresent() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound())
        .ingredients(List.of(EmpowermentIngredient.RESOURCES)).build();

    RuleOutcome outcome = INGREDIENTS.evaluate(context(policy));

    assertCompliance(1 / 3.0, outcome);
    Finding finding = onlyProblem(outcome);
    assertFinding(finding, "EMPOWERMENT.INGREDIENTS", Severity.WARNING, "empowerment.ingredients",
        "[RESOURCES]", "2 of 3", "process", "authority");
    assertFalse(finding.message().contains("resources"), finding.message());
  }

  @Test
  void noIngredientAtAllGivesZeroCompliance() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound()).ingredients(List.of()).build();

    RuleOutcome outcome = INGREDIENTS.evaluate(context(policy));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "EMPOWERMENT.INGREDIENTS", Severity.WARNING,
        "empowerment.ingredients", "[]", "3 of 3", "resources", "process", "authority");
  }

  @Test
  void aSayNoReviewWithinTheLimitPasses() {
    assertCompliant(SAY_NO.evaluate(dated(sound())));
  }

  @Test
  void aReviewExactlyAtTheLimitStillPasses() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound())
        .sayNoListReviewedOn(ASSESSED.minusDays(365)).build();

    assertCompliant(SAY_NO.evaluate(dated(policy)));
  }

  @Test
  void aStaleSayNoReviewIsFlaggedWithItsDateAndAge() {
    LocalDate reviewed = LocalDate.of(2022, 3, 1);
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound()).sayNoListReviewedOn(reviewed).build();

    RuleOutcome outcome = SAY_NO.evaluate(dated(policy));

    assertCompliance(0, outcome);
    Finding finding = onlyAdvice(outcome);
    assertFinding(finding, "EMPOWERMENT.SAY_NO_REVIEW", Severity.INFO, "empowerment.sayNoListReviewedOn",
        "2022-03-01", "2022-03-01", "852 days", "365 days");
    assertTrue(finding.evidence().stream().anyMatch(e -> e.source() == EvidenceSource.POLICY
        && e.reference().equals("sayNoReviewMaxAgeDays") && e.value().equals("365")));
  }

  @Test
  void theReviewAgeLimitComesFromTheThresholds() {
    RuleContext strict = RuleContext.builder().from(dated(sound()))
        .thresholds(RuleThresholds.defaults().withSayNoReviewMaxAgeDays(90)).build();

    RuleOutcome outcome = SAY_NO.evaluate(strict);

    assertFinding(onlyAdvice(outcome), "EMPOWERMENT.SAY_NO_REVIEW", Severity.INFO,
        "sayNoReviewMaxAgeDays", "90", "167 days", "90 days");
  }

  @Test
  void aSayNoListNeverReviewedIsFlaggedEvenWithoutAnAssessmentDate() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound())
        .sayNoListReviewedOn(java.util.Optional.empty()).sayNoListNeverReviewed(true).build();

    RuleOutcome outcome = SAY_NO.evaluate(context(policy));

    assertCompliance(0, outcome);
    assertFinding(onlyAdvice(outcome), "EMPOWERMENT.SAY_NO_REVIEW", Severity.INFO,
        "empowerment.sayNoListReviewedOn", "never", "never");
  }

  @Test
  void aSayNoReviewThatIsNotRecordedIsUnknownWithOrWithoutAnAssessmentDate() {
    EmpowermentPolicy policy = EmpowermentPolicy.builder().from(sound())
        .sayNoListReviewedOn(java.util.Optional.empty()).build();

    assertFalse(policy.sayNoListReviewRecorded());
    assertNotRecorded(SAY_NO.evaluate(context(policy)), "EMPOWERMENT.SAY_NO_REVIEW",
        "empowerment.sayNoListReviewedOn");
    assertNotRecorded(SAY_NO.evaluate(dated(policy)), "EMPOWERMENT.SAY_NO_REVIEW",
        "empowerment.sayNoListReviewedOn");
  }

  @Test
  void decisionsAndIngredientsThatAreNotRecordedAreUnknownNotFailures() {
    EmpowermentPolicy unknown = EmpowermentPolicy.builder().writtenGuidelines(true).build();

    assertNotRecorded(DECISIONS.evaluate(context(unknown)), "EMPOWERMENT.DECISIONS",
        "empowerment.autonomousDecisions");
    assertNotRecorded(INGREDIENTS.evaluate(context(unknown)), "EMPOWERMENT.INGREDIENTS",
        "empowerment.ingredients");
  }

  @Test
  void noneRecordedWithTheBuilderIsJudgedAsARealAbsence() {
    EmpowermentPolicy none = EmpowermentPolicy.builder().writtenGuidelines(true).noAutonomousDecisions(true)
        .noIngredients(true).build();

    assertCompliance(0, DECISIONS.evaluate(context(none)));
    assertFinding(onlyProblem(DECISIONS.evaluate(context(none))), "EMPOWERMENT.DECISIONS", Severity.WARNING,
        "empowerment.autonomousDecisions", "[]", "0 autonomous decisions");
    assertCompliance(0, INGREDIENTS.evaluate(context(none)));
    assertFinding(onlyProblem(INGREDIENTS.evaluate(context(none))), "EMPOWERMENT.INGREDIENTS",
        Severity.WARNING, "empowerment.ingredients", "[]", "3 of 3");
  }

  @Test
  void aReviewDateWithoutAnAssessmentDateIsNotApplicable() {
    assertNotApplicable(SAY_NO.evaluate(context(sound())));
  }

  @Test
  void everyEmpowermentRuleIsNotApplicableWithoutAPolicy() {
    for (Rule rule : EmpowermentRules.all()) {
      assertNotApplicable(rule.evaluate(empty()));
      assertNotApplicable(rule.evaluate(RuleContext.builder().from(context(org().build()))
          .assessedOn(ASSESSED).build()));
    }
    assertEquals(4, EmpowermentRules.all().size());
  }
}
