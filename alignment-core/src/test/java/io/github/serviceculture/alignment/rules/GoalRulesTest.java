package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertCompliant;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertMessageContains;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.compliance;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.context;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.evidence;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.individualCsatBonus;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.noPractices;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.onlyFinding;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.org;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.sharedTeamCsatGoal;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.withGoals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalRulesTest {
  private static final Rule CUSTOMER_FOCUS = new GoalRules.CustomerFocus();
  private static final Rule TEAMWORK = new GoalRules.Teamwork();
  private static final Rule INTERNAL_MOTIVATION = new GoalRules.InternalMotivation();
  private static final Rule INDIVIDUAL_REWARD = new GoalRules.IndividualReward();
  private static final Rule SMART = new GoalRules.Smart();

  @Test
  void individualCsatBonusFailsAllThreeKeys() {
    RuleContext context = withGoals(individualCsatBonus());
    Finding focus = onlyFinding(CUSTOMER_FOCUS.evaluate(context), "GOALS.CUSTOMER_FOCUS", Severity.WARNING);
    assertEquals("MONETARY", goalEvidence(focus, "incentive").value());
    assertMessageContains(focus, "$100 per agent per month");
    assertEquals(2.0 / 3, compliance(CUSTOMER_FOCUS.evaluate(context)), 1e-12);

    Finding team = onlyFinding(TEAMWORK.evaluate(context), "GOALS.TEAMWORK", Severity.WARNING);
    assertEquals("INDIVIDUAL", goalEvidence(team, "scope").value());
    assertMessageContains(team, "Goal \"" + individualCsatBonus().statement(), "INDIVIDUAL");
    assertEquals(0.0, compliance(TEAMWORK.evaluate(context)));

    Finding motivation = onlyFinding(INTERNAL_MOTIVATION.evaluate(context), "GOALS.INTERNAL_MOTIVATION",
        Severity.WARNING);
    assertEquals("MONETARY", goalEvidence(motivation, "incentive").value());
    assertMessageContains(motivation, "MONETARY ($100 per agent per month)");
    assertEquals(0.0, compliance(INTERNAL_MOTIVATION.evaluate(context)));
  }

  @Test
  void individualCsatBonusIsACriticalIndividualReward() {
    RuleOutcome outcome = INDIVIDUAL_REWARD.evaluate(withGoals(individualCsatBonus()));
    Finding f = onlyFinding(outcome, "GOALS.INDIVIDUAL_REWARD", Severity.CRITICAL);
    assertEquals(0.0, compliance(outcome));
    assertEquals("CUSTOMER_SATISFACTION", goalEvidence(f, "metricKind").value());
    assertEquals("INDIVIDUAL", goalEvidence(f, "scope").value());
    assertMessageContains(f, "$100 per agent per month", "CUSTOMER_SATISFACTION", "95", "easy customers");
  }

  @Test
  void sharedTeamGoalRaisesNothingOnAnyGoalRule() {
    RuleContext context = withGoals(sharedTeamCsatGoal());
    for (Rule rule : GoalRules.all()) {
      assertCompliant(rule.evaluate(context));
    }
  }

  @Test
  void evidenceNamesTheGoalByItsStatementAndComplianceIsAveraged() {
    RuleOutcome outcome = TEAMWORK.evaluate(withGoals(sharedTeamCsatGoal(), individualCsatBonus()));
    Finding f = onlyFinding(outcome, "GOALS.TEAMWORK", Severity.WARNING);
    // Named, not numbered, so that the report does not depend on the order goals were listed in.
    assertEquals("INDIVIDUAL",
        evidence(f, "goals[\"" + individualCsatBonus().statement() + "\"].scope").value());
    assertMessageContains(f, individualCsatBonus().statement());
    assertEquals(0.5, compliance(outcome), 1e-12);
  }

  @Test
  void goalRulesAreNotApplicableWithoutGoalsOrPractices() {
    for (Rule rule : GoalRules.all()) {
      assertFalse(rule.evaluate(context(org())).applicable(), rule.id());
      assertFalse(rule.evaluate(noPractices()).applicable(), rule.id());
    }
  }

  private static Goal handleTimeGoal() {
    return Goal.builder().statement("Keep average handle time under 300 seconds each week")
        .metric("average handle time").metricKind(MetricKind.SPEED).baseline(360).target(300)
        .cadence(Cadence.WEEKLY)
        .scope(GoalScope.TEAM).focus(GoalFocus.OPERATIONAL).incentive(Incentive.NONE).build();
  }

  @Test
  void aSpeedGoalMissesTheCustomerFocus() {
    RuleOutcome outcome = CUSTOMER_FOCUS.evaluate(withGoals(handleTimeGoal()));
    assertEquals(1.0 / 3, compliance(outcome), 1e-12);
    assertEquals(2, outcome.findings().size());
    Finding metric = outcome.findings().get(1);
    assertEquals(Severity.WARNING, metric.severity());
    assertEquals("SPEED", goalEvidence(metric, "metricKind").value());
    assertMessageContains(metric, "SPEED", "average handle time");
    assertMessageContains(outcome.findings().get(0), "OPERATIONAL");
  }

  @Test
  void switchingHandleTimeToFirstContactResolutionRestoresTheFocus() {
    Goal fcr = handleTimeGoal().withMetric("first-contact resolution")
        .withMetricKind(MetricKind.FIRST_CONTACT_RESOLUTION).withFocus(GoalFocus.CUSTOMER_OUTCOME)
        .withBaseline(70).withTarget(78);
    assertCompliant(CUSTOMER_FOCUS.evaluate(withGoals(fcr)));
  }

  @Test
  void recognitionIsInternalMotivationButAPrizeIsNot() {
    assertCompliant(INTERNAL_MOTIVATION.evaluate(
        withGoals(sharedTeamCsatGoal().withIncentive(Incentive.RECOGNITION))));
    Goal prize = sharedTeamCsatGoal().withIncentive(Incentive.NON_MONETARY_REWARD)
        .withIncentiveDescription("pizza lunch");
    Finding f = onlyFinding(INTERNAL_MOTIVATION.evaluate(withGoals(prize)), "GOALS.INTERNAL_MOTIVATION",
        Severity.WARNING);
    assertMessageContains(f, "NON_MONETARY_REWARD (pizza lunch)");
    assertEquals("NON_MONETARY_REWARD", goalEvidence(f, "incentive").value());
  }

  @Test
  void organizationWideGoalsPromoteTeamwork() {
    assertCompliant(TEAMWORK.evaluate(withGoals(sharedTeamCsatGoal().withScope(GoalScope.ORGANIZATION))));
  }

  @Test
  void individualPayOnAnotherCustomerOutcomeIsAWarningNotCritical() {
    Goal fcrBonus = individualCsatBonus().withMetricKind(MetricKind.FIRST_CONTACT_RESOLUTION)
        .withMetric("own first-contact resolution");
    RuleOutcome outcome = INDIVIDUAL_REWARD.evaluate(withGoals(fcrBonus));
    Finding f = onlyFinding(outcome, "GOALS.INDIVIDUAL_REWARD", Severity.WARNING);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "FIRST_CONTACT_RESOLUTION", "$100 per agent per month");
    assertEquals("MONETARY", goalEvidence(f, "incentive").value());
  }

  @Test
  void individualPayForSalesIsNotTheGamingRisk() {
    Goal salesBonus = individualCsatBonus().withMetricKind(MetricKind.REVENUE).withFocus(GoalFocus.FINANCIAL);
    assertCompliant(INDIVIDUAL_REWARD.evaluate(withGoals(salesBonus)));
  }

  @Test
  void aTeamBonusOnCsatIsNotAnIndividualReward() {
    assertCompliant(INDIVIDUAL_REWARD.evaluate(withGoals(individualCsatBonus().withScope(GoalScope.TEAM))));
  }

  @Test
  void theIndividualBonusWithoutABaselineIsFourFifthsSmart() {
    RuleOutcome outcome = SMART.evaluate(withGoals(individualCsatBonus()));
    Finding f = onlyFinding(outcome, "GOALS.SMART", Severity.INFO);
    assertEquals(0.8, compliance(outcome), 1e-12);
    assertMessageContains(f, "achievable (no baseline");
    assertEquals("none", goalEvidence(f, "baseline").value());
  }

  @Test
  void aVagueGoalListsEverythingItMisses() {
    Goal vague = Goal.builder().statement("Be more helpful").scope(GoalScope.TEAM)
        .focus(GoalFocus.OPERATIONAL).incentive(Incentive.NONE).build();
    RuleOutcome outcome = SMART.evaluate(withGoals(vague));
    Finding f = onlyFinding(outcome, "GOALS.SMART", Severity.INFO);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "\"Be more helpful\"", "specific", "measurable", "achievable",
        "relevant (focus OPERATIONAL", "time-bound");
    assertEquals(List.of("metric", "target", "baseline", "focus", "deadline"), f.evidence().stream()
        .map(e -> e.reference().substring(e.reference().lastIndexOf("].") + 2)).toList());
  }

  @Test
  void messagesNameTheGoalsStatement() {
    Finding f = onlyFinding(TEAMWORK.evaluate(withGoals(individualCsatBonus())), "GOALS.TEAMWORK",
        Severity.WARNING);
    assertTrue(f.message().contains(individualCsatBonus().statement()), f.message());
  }

  /** The evidence of one field of the (single) goal in a finding. */
  private static Evidence goalEvidence(Finding f, String field) {
    return f.evidence().stream().filter(e -> e.reference().matches("goals\\[\"[^\"]*\"\\]\\." + field))
        .findFirst().orElseThrow(() -> new AssertionError("no evidence of goal field " + field + " in " + f.evidence()));
  }
}
