package io.github.serviceculture.alignment.examples;

import io.github.serviceculture.alignment.report.TextReport;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;

/**
 * The README's main example: assesses {@link FictionalOrganization}'s practices together with a
 * generated survey of 400 employees and prints the alignment report ({@link TextReport}). Run it with {@code mvn -B -q -pl
 * alignment-examples -am compile exec:java}.
 */
public final class AssessmentExample {
  private AssessmentExample() {}

  /**
   * Runs the assessment and prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(TextReport.render(run()));
  }

  /**
   * Runs the example assessment.
   *
   * @return the report
   */
  static AlignmentReport run() {
    Assessment assessment = Assessment.builder()
        .practices(FictionalOrganization.practices())
        .responses(FictionalOrganization.survey(2026, 400))
        .assessedOn(FictionalOrganization.ASSESSED_ON)
        .build();
    return AlignmentEngine.withDefaults().assess(assessment);
  }
}
