package io.github.serviceculture.alignment.scoring;

/**
 * How well a dimension is aligned with the vision, from its alignment score and findings.
 *
 * @since 0.1.0
 */
public enum Band {
  /** At or above the policy's aligned threshold, with no critical finding. */
  ALIGNED,
  /** Between the drifting and aligned thresholds, or above with a critical finding. */
  DRIFTING,
  /** Below the policy's drifting threshold. */
  MISALIGNED
}
