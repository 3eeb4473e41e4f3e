package io.github.serviceculture.alignment.model;

/**
 * One of the six areas an assessment scores: the customer service vision and the five points that
 * must be aligned with it.
 *
 * @since 0.1.0
 */
public enum Dimension {
  /** The customer service vision and employees' engagement with it. */
  VISION,
  /** Performance goals and the incentives attached to them. */
  GOALS,
  /** Whom the organization hires and how it chooses them. */
  HIRING,
  /** How people learn the service culture and the job. */
  TRAINING,
  /** What employees may decide for customers without asking. */
  EMPOWERMENT,
  /** What leaders say and do about service. */
  LEADERSHIP
}
