package io.github.serviceculture.alignment.scoring;

/**
 * How well a dimension is aligned with the vision, from its alignment score and findings.
 *
 * @since 0.1.0
 */
public enum Band {
  /**
   * At or above the policy's aligned threshold, with no warning or critical finding: every essential
   * criterion of the dimension is met.
   */
  ALIGNED,
  /**
   * Between the drifting and aligned thresholds, or above them with a warning or critical finding (a
   * failed essential criterion; advisory findings are INFO and do not count).
   */
  DRIFTING,
  /** Below the policy's drifting threshold. */
  MISALIGNED
}
