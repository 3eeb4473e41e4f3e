package io.github.serviceculture.alignment.scoring;

/**
 * What a {@link MeaningfulChange} rule says of one {@link Change} between two waves.
 *
 * @since 0.1.0
 */
public enum ChangeVerdict {
  /** The score rose: the interval lies above 0 and the change reaches the rule's points. */
  IMPROVED,
  /** The score fell: the interval lies below 0 and the change reaches the rule's points. */
  DECLINED,
  /** The interval holds 0, or the change is smaller than the rule's points. */
  NO_MEANINGFUL_CHANGE,
  /**
   * No interval can be computed (fewer than two respondents in a wave, or no spread in either), so
   * the rule cannot decide; never counted as a meaningful change.
   */
  UNDETERMINED
}
