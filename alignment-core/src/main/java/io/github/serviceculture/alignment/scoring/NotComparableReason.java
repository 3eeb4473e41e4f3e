package io.github.serviceculture.alignment.scoring;

/**
 * Why a dimension ({@link ReportComparison#notComparable()}) or an item ({@link
 * ReportComparison#itemsNotComparable()}) of two waves is not compared.
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
   * For a dimension: its items differ between the instruments (an item was added, removed or
   * reworded, or its reverse keying or weight changed). For an item: its text, reverse keying or
   * dimension changed under the same id. A change in score could come from the questions.
   */
  ITEMS_CHANGED,
  /** One of the two instruments does not measure the dimension, or does not have the item. */
  NOT_MEASURED_IN_BOTH,
  /**
   * The organization's figures of the dimension (or of the item) are not reported in one of the
   * waves (see that report's {@link
   * io.github.serviceculture.alignment.perception.PerceptionReport#notReported()} and {@link
   * io.github.serviceculture.alignment.perception.PerceptionReport#itemsNotReported()}), so the
   * organization's change is not compared; the groups reported in both waves still are.
   */
  NOT_REPORTED_IN_BOTH,
  /**
   * Items only: a wave's report gives the items' means but not their SDs (a report of format 1.4,
   * before {@link io.github.serviceculture.alignment.perception.ItemResult#sd()}), so no interval
   * can be computed and nothing of the item is compared. Score the wave again to compare its items.
   *
   * @since 0.2.0
   */
  SPREAD_NOT_REPORTED
}
