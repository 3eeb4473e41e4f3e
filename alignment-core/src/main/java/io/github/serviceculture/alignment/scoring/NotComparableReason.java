package io.github.serviceculture.alignment.scoring;

/**
 * Why a dimension of two waves is not compared ({@link ReportComparison#notComparable()}).
 *
 * @since 0.1.0
 */
public enum NotComparableReason {
  /**
   * The two instruments' scales differ (lowest or highest option, or the labels), so the same
   * score does not mean the same answers.
   */
  SCALE_CHANGED,
  /**
   * The dimension's items differ between the instruments: an item was added, removed or reworded,
   * or its reverse keying or weight changed. A change in score could come from the questions.
   */
  ITEMS_CHANGED,
  /** One of the two instruments does not measure the dimension. */
  NOT_MEASURED_IN_BOTH,
  /**
   * The organization's figures of the dimension are not reported in one of the waves (see that
   * report's {@link io.github.serviceculture.alignment.perception.PerceptionReport#notReported()}),
   * so the organization's change is not compared; the groups reported in both waves still are.
   */
  NOT_REPORTED_IN_BOTH
}
