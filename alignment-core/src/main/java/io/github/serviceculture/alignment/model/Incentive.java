package io.github.serviceculture.alignment.model;

/**
 * What people receive for meeting a goal.
 *
 * @since 0.1.0
 */
public enum Incentive {
  /** Nothing beyond the satisfaction of meeting it. */
  NONE,
  /** Praise or public recognition, without a material reward. */
  RECOGNITION,
  /** A non-cash prize, such as a gift card, time off or a team lunch. */
  NON_MONETARY_REWARD,
  /** A cash bonus or commission. */
  MONETARY
}
