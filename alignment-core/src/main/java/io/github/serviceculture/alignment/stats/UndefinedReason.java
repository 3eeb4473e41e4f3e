package io.github.serviceculture.alignment.stats;

/**
 * Why a statistic could not be computed.
 *
 * @since 0.1.0
 */
public enum UndefinedReason {
  /** No observation was available. */
  NO_DATA("no observations"),
  /** Too few observations (for example a group with a single member). */
  TOO_FEW_OBSERVATIONS("too few observations"),
  /** A variance in a denominator is zero, for example every answer is the same. */
  ZERO_VARIANCE("zero variance"),
  /**
   * The mean is so close to an end of the scale that the maximum possible variance cannot be
   * reached (the a(wg) index of Brown and Hauenstein).
   */
  MEAN_NEAR_SCALE_END("mean too close to an end of the scale"),
  /** None of the items of a multi-item index had a defined value. */
  NO_DEFINED_ITEM("no item has a defined value"),
  /** A matrix that must be inverted is singular. */
  SINGULAR_MATRIX("singular matrix"),
  /**
   * A reliability of a measure with a single item: internal consistency (alpha) needs at least two
   * items. The measure's agreement is then rwg for that item.
   */
  SINGLE_ITEM("a single item has no internal consistency"),
  /**
   * Withheld by a perception report for anonymity: the statistic (alpha, rwg(j) or AD) rests on a
   * subset of the set's respondents (those who answered every item, or both items of a pair) that
   * holds fewer than the anonymity threshold. Never given by the statistics themselves.
   */
  WITHHELD_FOR_ANONYMITY("withheld for anonymity");

  private final String description;

  UndefinedReason(String description) {
    this.description = description;
  }

  /**
   * A short description for people.
   *
   * @return the description, such as "too few observations"
   */
  public String description() {
    return description;
  }
}
