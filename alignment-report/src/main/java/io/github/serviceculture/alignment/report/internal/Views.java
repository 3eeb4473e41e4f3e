package io.github.serviceculture.alignment.report.internal;

import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.Optional;

/** What the text and HTML reports say alike. */
public final class Views {
  private Views() {}

  /**
   * The recommendation of the weakest dimension's most severe finding (findings are sorted most severe
   * first), or of the first priority when that dimension has no finding.
   */
  public static Optional<String> firstRecommendation(AlignmentReport report) {
    Optional<Finding> first = report.weakestDimension().flatMap(weakest -> report.findings().stream()
        .filter(f -> f.dimension() == weakest).findFirst());
    return first.or(() -> report.priorities().stream().findFirst()).map(Finding::recommendation);
  }

  /** A short label for an engagement question. */
  public static String shortName(EngagementQuestion question) {
    switch (question) {
      case CAN_STATE_VISION:
        return "state it";
      case KNOWS_WHAT_IT_MEANS:
        return "what it means";
      default:
        return "my contribution";
    }
  }

  /** The question in full, as the survey asks it. */
  public static String question(EngagementQuestion question) {
    switch (question) {
      case CAN_STATE_VISION:
        return "Can state the customer service vision";
      case KNOWS_WHAT_IT_MEANS:
        return "Knows what the vision means";
      default:
        return "Knows how they personally contribute to it";
    }
  }
}
