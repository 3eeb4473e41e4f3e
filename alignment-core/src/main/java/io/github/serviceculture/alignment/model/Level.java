package io.github.serviceculture.alignment.model;

/**
 * A level in the organization's hierarchy, from the top down.
 *
 * @since 0.1.0
 */
public enum Level {
  /** Senior leadership: chief officers, vice presidents, directors. */
  EXECUTIVE,
  /** People who manage managers or teams. */
  MANAGER,
  /** First-line supervisors and team leads. */
  SUPERVISOR,
  /** Employees who do the work, customer-facing or not. */
  FRONTLINE
}
