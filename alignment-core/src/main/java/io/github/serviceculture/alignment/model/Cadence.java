package io.github.serviceculture.alignment.model;

/**
 * How often a recurring goal is measured and, where there is an incentive, paid out.
 *
 * @since 0.1.0
 */
public enum Cadence {
  /** Every week. */
  WEEKLY,
  /** Every month. */
  MONTHLY,
  /** Every quarter. */
  QUARTERLY,
  /** Every year. */
  ANNUALLY
}
