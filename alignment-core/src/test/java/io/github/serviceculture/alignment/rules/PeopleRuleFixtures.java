package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import java.util.List;
import java.util.stream.Collectors;

/** Contexts and assertions shared by the tests of the training, empowerment, leadership and perception rules. */
final class PeopleRuleFixtures {
  private PeopleRuleFixtures() {}

  static Organization.Builder org() {
    return Organization.builder().name("Acme Support");
  }

  static RuleContext context(Organization organization) {
    return RuleContext.builder().practices(organization).thresholds(RuleThresholds.defaults()).build();
  }

  static RuleContext context(TrainingProgram training) {
    return context(org().training(training).build());
  }

  static RuleContext context(EmpowermentPolicy empowerment) {
    return context(org().empowerment(empowerment).build());
  }

  static RuleContext context(LeadershipPractice leadership) {
    return context(org().leadership(leadership).build());
  }

  static RuleContext context(PerceptionReport report) {
    return RuleContext.builder().perceptions(report).thresholds(RuleThresholds.defaults()).build();
  }

  /** A context with no practices and no perceptions at all. */
  static RuleContext empty() {
    return RuleContext.builder().thresholds(RuleThresholds.defaults()).build();
  }

  static void assertNotApplicable(RuleOutcome outcome) {
    assertFalse(outcome.applicable(), () -> "expected not applicable, was " + outcome);
    assertTrue(outcome.findings().isEmpty());
  }

  static void assertCompliant(RuleOutcome outcome) {
    assertTrue(outcome.applicable(), "applicable");
    assertEquals(1.0, outcome.compliance().orElseThrow(), 1e-12);
    assertTrue(outcome.findings().stream().noneMatch(f -> f.severity() != Severity.INFO),
        () -> "unexpected findings " + outcome.findings());
  }

  static void assertCompliance(double expected, RuleOutcome outcome) {
    assertTrue(outcome.applicable(), "applicable");
    assertEquals(expected, outcome.compliance().orElseThrow(), 1e-12);
  }

  /** The single finding of the outcome that is not INFO. */
  /** The outcome's only finding, which must be advice (INFO): what an advisory rule raises. */
  static Finding onlyAdvice(RuleOutcome outcome) {
    assertEquals(1, outcome.findings().size(), () -> "findings: " + outcome.findings());
    assertEquals(Severity.INFO, outcome.findings().get(0).severity(), () -> "findings: " + outcome.findings());
    return outcome.findings().get(0);
  }

  static Finding onlyProblem(RuleOutcome outcome) {
    List<Finding> problems = outcome.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .collect(Collectors.toList());
    assertEquals(1, problems.size(), () -> "findings: " + outcome.findings());
    return problems.get(0);
  }

  /**
   * Asserts the finding's rule id and severity, that one piece of evidence has the reference and
   * contains the value, and that the message contains every given fragment.
   */
  static void assertFinding(Finding finding, String ruleId, Severity severity, String evidenceReference,
      String evidenceValue, String... messageFragments) {
    assertEquals(ruleId, finding.ruleId());
    assertEquals(severity, finding.severity());
    assertTrue(finding.evidence().stream()
            .anyMatch(e -> e.reference().equals(evidenceReference) && e.value().contains(evidenceValue)),
        () -> "no evidence " + evidenceReference + "=" + evidenceValue + " in " + finding.evidence());
    for (String fragment : messageFragments) {
      assertTrue(finding.message().contains(fragment),
          () -> "message lacks '" + fragment + "': " + finding.message());
    }
    assertFalse(finding.recommendation().isBlank());
  }
}
