package io.github.serviceculture.alignment.model;

/**
 * What a goal points attention at.
 *
 * @since 0.1.0
 */
public enum GoalFocus {
  /** An outcome for customers, such as satisfaction or first-contact resolution. */
  CUSTOMER_OUTCOME,
  /** An internal measure of work, such as handle time or tickets closed. */
  OPERATIONAL,
  /** Money, such as revenue, upsell or cost. */
  FINANCIAL
}
