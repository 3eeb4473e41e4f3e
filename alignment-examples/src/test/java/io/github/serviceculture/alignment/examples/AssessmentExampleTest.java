package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.report.TextReport;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssessmentExampleTest {
  private final AlignmentReport report = AssessmentExample.run();

  @Test
  void everyDimensionHasBothAPracticeAndAPerceptionScore() {
    for (DimensionResult d : report.dimensions()) {
      assertTrue(d.practiceScore().isDefined(), d.dimension() + " practice");
      assertTrue(d.perceptionScore().isDefined(), d.dimension() + " perception");
      assertTrue(d.band().isPresent(), d.dimension() + " band");
    }
    assertEquals(400, report.metadata().respondentCount());
  }

  @Test
  void theSeedMisalignmentsAreFound() {
    Set<String> rules = report.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    for (String expected : new String[] {"GOALS.INDIVIDUAL_REWARD", "TRAINING.PERFORMANCE_EVALUATION",
        "LEADERSHIP.SERVES_CUSTOMERS", "HIRING.TURNOVER", "VISION.ENGAGEMENT"}) {
      assertTrue(rules.contains(expected), () -> expected + " missing from " + rules);
    }
    assertEquals(3, report.priorities().size());
  }

  @Test
  void theWeakestPointIsTheLowestAlignmentScore() {
    Dimension weakest = report.weakestDimension().orElseThrow();
    double lowest = report.dimensions().stream().mapToDouble(d -> d.alignmentScore().value()).min().orElseThrow();
    assertEquals(lowest, report.dimension(weakest).alignmentScore().value());
  }

  @Test
  void thePrintedReportLeadsWithTheWeakestPointAndPriorities() {
    String text = TextReport.render(report);
    assertTrue(text.contains(">> Weakest point: " + report.weakestDimension().orElseThrow()), text);
    assertTrue(text.contains("Top priorities"), text);
    assertTrue(text.contains("EXECUTIVE  vs FRONTLINE"), text);
    assertTrue(text.indexOf("Weakest point") < text.indexOf("All findings"), text);
    assertTrue(!text.contains("LO-0"), "no respondent id is printed");
  }
}
