package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ServiceVision;
import java.time.LocalDate;
import java.util.List;

/**
 * Practices for the rule tests, equivalent in spirit to the examples module's seed practices but
 * built here (the core tests cannot depend on the examples), and assertions on outcomes.
 */
final class PracticeFixtures {
  static final LocalDate MONTH_END = LocalDate.of(2026, 3, 31);

  private PracticeFixtures() {}

  static RuleContext context(Organization org) {
    return RuleContext.builder().practices(org).thresholds(RuleThresholds.defaults()).build();
  }

  static RuleContext noPractices() {
    return RuleContext.builder().thresholds(RuleThresholds.defaults()).build();
  }

  static Organization org() {
    return Organization.builder().name("Harbor Outfitters").build();
  }

  static RuleContext withVision(ServiceVision vision) {
    return context(org().withVision(vision));
  }

  static RuleContext withGoals(Goal... goals) {
    return context(org().withGoals(List.of(goals)));
  }

  /** Each agent earns $100 a month for averaging 95 % CSAT: the canonical bad goal. */
  static Goal individualCsatBonus() {
    return Goal.builder()
        .statement("Agents whose own CSAT averages 95% this month get a $100 bonus")
        .metric("agent CSAT average").metricKind(MetricKind.CUSTOMER_SATISFACTION)
        .target(95).cadence(Cadence.MONTHLY)
        .scope(GoalScope.INDIVIDUAL).focus(GoalFocus.CUSTOMER_OUTCOME)
        .incentive(Incentive.MONETARY).incentiveDescription("$100 per agent per month")
        .build();
  }

  /** The team lifts its average CSAT from 80 % to 85 % by month end: the canonical good goal. */
  static Goal sharedTeamCsatGoal() {
    return Goal.builder()
        .statement("Together, move the team's CSAT average from 80% to 85% before the month closes")
        .metric("team CSAT average").metricKind(MetricKind.CUSTOMER_SATISFACTION)
        .baseline(80).target(85).deadline(MONTH_END)
        .scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.NONE)
        .build();
  }

  static ServiceVision rei() {
    return ServiceVision.of("We inspire, educate and outfit for a lifetime of outdoor adventure and stewardship");
  }

  static ServiceVision jetBlue() {
    return ServiceVision.of("Inspire Humanity");
  }

  static ServiceVision cleanVehicleRebateProject() {
    return ServiceVision.of("Make it easy to join the clean vehicle movement");
  }

  /** The single finding of an outcome, checking the rule id and severity. */
  static Finding onlyFinding(RuleOutcome outcome, String ruleId, Severity severity) {
    assertTrue(outcome.applicable(), "applicable");
    assertEquals(1, outcome.findings().size(), () -> "findings: " + outcome.findings());
    Finding f = outcome.findings().get(0);
    assertEquals(ruleId, f.ruleId());
    assertEquals(severity, f.severity());
    assertFalse(f.recommendation().isBlank());
    return f;
  }

  /** Checks that a finding has evidence with this reference. */
  static Evidence evidence(Finding f, String reference) {
    return f.evidence().stream().filter(e -> e.reference().equals(reference)).findFirst()
        .orElseThrow(() -> new AssertionError("no evidence " + reference + " in " + f.evidence()));
  }

  static void assertMessageContains(Finding f, String... parts) {
    for (String part : parts) {
      assertTrue(f.message().contains(part), () -> "message lacks \"" + part + "\": " + f.message());
    }
  }

  static void assertCompliant(RuleOutcome outcome) {
    assertTrue(outcome.applicable(), "applicable");
    assertEquals(1.0, outcome.compliance().orElseThrow(), 1e-12);
    assertEquals(List.of(), outcome.findings());
  }

  /**
   * Checks that an outcome says a fact is not recorded: one INFO observation, without compliance so
   * that it counts in no score, whose evidence gives the field as not recorded.
   */
  static Finding assertNotRecorded(RuleOutcome outcome, String ruleId, String field) {
    Finding f = onlyFinding(outcome, ruleId, Severity.INFO);
    assertTrue(outcome.compliance().isEmpty(), () -> "compliance " + outcome.compliance());
    assertEquals("not recorded", evidence(f, field).value());
    assertTrue(f.message().contains("not recorded"), f::message);
    return f;
  }

  static double compliance(RuleOutcome outcome) {
    return outcome.compliance().orElseThrow();
  }
}
