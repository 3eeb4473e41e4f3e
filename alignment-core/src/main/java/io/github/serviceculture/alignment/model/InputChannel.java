package io.github.serviceculture.alignment.model;

/**
 * A way of gathering employees' input for a customer service vision.
 *
 * @since 0.1.0
 */
public enum InputChannel {
  /** A survey open to all employees. */
  SURVEY,
  /** Small-group discussions. */
  FOCUS_GROUP,
  /** A meeting open to everyone. */
  TOWN_HALL,
  /** One-on-one conversations. */
  INTERVIEWS,
  /** Written suggestions, on paper or online. */
  SUGGESTION_BOX,
  /** Any other channel. */
  OTHER
}
