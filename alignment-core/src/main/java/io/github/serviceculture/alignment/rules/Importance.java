package io.github.serviceculture.alignment.rules;

/**
 * How much a criterion matters to the method, which decides what its failure may do.
 *
 * <ul>
 *   <li>{@link #ESSENTIAL}: a property the method says a practice must have, such as a customer-focused
 *       vision or training judged by performance. Its failure is a {@link Severity#WARNING} or {@link
 *       Severity#CRITICAL} finding, which keeps the dimension out of the aligned band whatever its
 *       score, and it counts in the practice score with weight {@value #ESSENTIAL_WEIGHT}.
 *   <li>{@link #ADVISORY}: a step, example or tool the method suggests (a SMART worksheet, an executive
 *       visit every quarter as at JetBlue), or a figure of this library's own (a turnover rate). Its
 *       findings are {@link Severity#INFO} at most, and it has weight {@value #ADVISORY_WEIGHT}: advice
 *       neither lowers nor raises a score, so that many easy passes cannot dilute the failure of an
 *       essential criterion.
 * </ul>
 *
 * <p>A dimension's practice score is the mean compliance of its applicable essential rules, each
 * weighted by {@link #weight()}. Within one rule, a part that is only advice (such as the number of
 * words of a vision) raises an INFO finding and leaves the rule's compliance alone.
 *
 * @since 0.1.0
 */
public enum Importance {
  /** A property the method requires; a failure is a warning or worse and caps the band. */
  ESSENTIAL,
  /** Advice: a step, example or tool the method suggests; at most INFO and no weight in a score. */
  ADVISORY;

  /** The weight of an essential rule's compliance in the practice score. */
  public static final int ESSENTIAL_WEIGHT = 1;

  /** The weight of an advisory rule's compliance in the practice score: none. */
  public static final int ADVISORY_WEIGHT = 0;

  /**
   * The weight of a rule of this importance in its dimension's practice score.
   *
   * @return {@value #ESSENTIAL_WEIGHT} for essential rules, {@value #ADVISORY_WEIGHT} for advisory ones
   */
  public int weight() {
    return this == ESSENTIAL ? ESSENTIAL_WEIGHT : ADVISORY_WEIGHT;
  }

  /**
   * The most severe finding a rule of this importance may raise.
   *
   * @return {@link Severity#CRITICAL} for essential rules, {@link Severity#INFO} for advisory ones
   */
  public Severity mostSevere() {
    return this == ESSENTIAL ? Severity.CRITICAL : Severity.INFO;
  }
}
