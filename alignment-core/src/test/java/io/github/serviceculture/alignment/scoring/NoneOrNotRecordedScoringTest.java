package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's case through the engine: an empty {@code listeningChannels} or {@code
 * sayNoListReviewedOn} that nobody recorded no longer counts as a failure, while one recorded as
 * none still does.
 */
class NoneOrNotRecordedScoringTest {
  private static final AlignmentEngine ENGINE = AlignmentEngine.withDefaults();

  private static AlignmentReport assess(LeadershipPractice leadership, EmpowermentPolicy empowerment) {
    return ENGINE.assess(Assessment.builder()
        .practices(Organization.builder().name("Acme").leadership(leadership).empowerment(empowerment).build())
        .build());
  }

  private static List<Finding> findings(AlignmentReport report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void factsThatAreNotRecordedLeaveTheScoreToWhatIsKnown() {
    AlignmentReport report = assess(LeadershipPractice.builder().leadersServeCustomers(true).build(),
        EmpowermentPolicy.builder().writtenGuidelines(true).addAutonomousDecisions("waive a late fee")
            .addIngredients(io.github.serviceculture.alignment.model.EmpowermentIngredient.values()).build());

    DimensionResult leadership = report.dimension(Dimension.LEADERSHIP);
    assertEquals(100.0, leadership.practiceScore().value(), 1e-9, "only leadersServeCustomers is known");
    assertEquals(1, leadership.practiceRulesApplied());
    assertEquals(Band.ALIGNED, leadership.band().orElseThrow());
    assertEquals(List.of(Severity.INFO), findings(report, "LEADERSHIP.LISTENS_TO_FRONTLINE").stream()
        .map(Finding::severity).toList());
    assertEquals(100.0, report.dimension(Dimension.EMPOWERMENT).practiceScore().value(), 1e-9);
    assertEquals(List.of(Severity.INFO), findings(report, "EMPOWERMENT.SAY_NO_REVIEW").stream()
        .map(Finding::severity).toList());
    assertTrue(report.findings().stream()
            .filter(f -> f.dimension() == Dimension.LEADERSHIP || f.dimension() == Dimension.EMPOWERMENT)
            .allMatch(f -> f.severity() == Severity.INFO), () -> "no warning: " + report.findings());
  }

  @Test
  void factsRecordedAsNoneAreJudgedAsARealAbsence() {
    AlignmentReport report = assess(
        LeadershipPractice.builder().leadersServeCustomers(true).noListeningChannels(true).build(),
        EmpowermentPolicy.builder().writtenGuidelines(true).noAutonomousDecisions(true).noIngredients(true)
            .sayNoListNeverReviewed(true).build());

    DimensionResult leadership = report.dimension(Dimension.LEADERSHIP);
    assertEquals(50.0, leadership.practiceScore().value(), 1e-9);
    assertEquals(2, leadership.practiceRulesApplied());
    assertTrue(leadership.band().orElseThrow() != Band.ALIGNED, "a warning keeps it out of ALIGNED");
    assertEquals(List.of(Severity.WARNING), findings(report, "LEADERSHIP.LISTENS_TO_FRONTLINE").stream()
        .map(Finding::severity).toList());
    assertEquals(100.0 / 3, report.dimension(Dimension.EMPOWERMENT).practiceScore().value(), 1e-9,
        "guidelines pass, decisions and ingredients fail; the advisory review does not count");
  }
}
