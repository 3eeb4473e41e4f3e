package io.github.serviceculture.alignment.model;

/**
 * A way leaders hear from frontline employees.
 *
 * @since 0.1.0
 */
public enum ListeningChannel {
  /** Leaders meet frontline staff without their managers. */
  SKIP_LEVEL_MEETINGS,
  /** A regular survey whose results leaders act on. */
  EMPLOYEE_SURVEY,
  /** A program that collects and answers employees' ideas. */
  SUGGESTION_PROGRAM,
  /** Leaders sit with or work beside frontline staff. */
  FRONTLINE_SHADOWING,
  /** Employees may raise issues with leaders directly. */
  OPEN_DOOR,
  /** Meetings where employees can question leaders. */
  TOWN_HALL
}
