package io.github.serviceculture.alignment.model;

/**
 * How often something happens, from never to daily; constants are declared in increasing order, so
 * {@link #compareTo(Enum)} compares frequencies.
 *
 * @since 0.1.0
 */
public enum Frequency {
  /** Not at all. */
  NEVER(0),
  /** About once a year. */
  ANNUALLY(1),
  /** About once a quarter. */
  QUARTERLY(4),
  /** About once a month. */
  MONTHLY(12),
  /** About once a week. */
  WEEKLY(52),
  /** About every working day. */
  DAILY(250);

  private final int timesPerYear;

  Frequency(int timesPerYear) {
    this.timesPerYear = timesPerYear;
  }

  /**
   * The approximate number of occurrences in a year, counting working days for {@link #DAILY}.
   *
   * @return occurrences per year; 0 for {@link #NEVER}
   */
  public int timesPerYear() {
    return timesPerYear;
  }

  /**
   * Whether this is at least as often as {@code other}.
   *
   * @param other the frequency to compare with
   * @return true when this happens as often as {@code other} or more
   */
  public boolean isAtLeast(Frequency other) {
    return compareTo(other) >= 0;
  }
}
