package io.github.serviceculture.alignment.model;

/**
 * Whose performance a goal measures.
 *
 * @since 0.1.0
 */
public enum GoalScope {
  /** One person's own results: invites competing with colleagues for the easy work. */
  INDIVIDUAL,
  /** A team's shared results: success needs people to help each other. */
  TEAM,
  /** The whole organization's or unit's results. */
  ORGANIZATION
}
