package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a change of score between two waves counts as meaningful: its confidence interval excludes
 * 0 and its size, in points of the 0 to 100 score, is at least {@link #minimumPoints()}.
 *
 * <p>The default ({@link #withDefaults()}) asks for a 95 % interval and {@value #DEFAULT_MINIMUM_POINTS}
 * points. Why 5: on the 0 to 100 score, 5 points are a twentieth of the scale's range; on a five-point
 * scale that is 0.2 of one answer option, as if every respondent answered one item in five of the
 * dimension one option higher. With a spread of respondents' scores of 0.8 options (20 points), common
 * for agreement items, 5 points are a Cohen's d of 0.25, just above what Cohen called a small effect
 * (0.2). A smaller change can be real (the interval tells), but it is within what a reworded
 * announcement or the season of the survey moves, and too small to act on. A large organization can
 * make a 1-point change significant; the points keep such a change from being called an improvement.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeaningfulChange {
  /** The default minimum size of a meaningful change, in points of the 0 to 100 score. */
  public static final double DEFAULT_MINIMUM_POINTS = 5.0;

  /** The default confidence level of the interval. */
  public static final double DEFAULT_LEVEL = 0.95;

  private static final String TYPE = "MeaningfulChange";
  private static final MeaningfulChange DEFAULT = new MeaningfulChange(DEFAULT_MINIMUM_POINTS, DEFAULT_LEVEL);

  private final double minimumPoints;
  private final double level;

  private MeaningfulChange(double minimumPoints, double level) {
    this.minimumPoints = minimumPoints;
    this.level = level;
  }

  /**
   * The default rule: a 95 % interval that excludes 0 and at least 5 points.
   *
   * @return the rule
   */
  public static MeaningfulChange withDefaults() {
    return DEFAULT;
  }

  /**
   * A rule of one's own.
   *
   * @param minimumPoints the smallest meaningful change in points of the 0 to 100 score, from 0
   *     (only the interval decides) to 100
   * @param level the confidence level of the interval, between 0 and 1 exclusive, such as 0.95
   * @return the rule
   * @throws io.github.serviceculture.alignment.InvalidValueException if a value is out of range
   */
  public static MeaningfulChange of(double minimumPoints, double level) {
    Checks.require(minimumPoints >= 0 && minimumPoints <= 100, TYPE, "minimumPoints", minimumPoints,
        "must be between 0 and 100");
    Checks.require(level > 0 && level < 1, TYPE, "level", level, "must be between 0 and 1 exclusive");
    return new MeaningfulChange(minimumPoints, level);
  }

  /**
   * The smallest change, in points, that can be meaningful.
   *
   * @return the points, 0 to 100
   */
  public double minimumPoints() {
    return minimumPoints;
  }

  /**
   * The confidence level of the intervals.
   *
   * @return the level, between 0 and 1 exclusive
   */
  public double level() {
    return level;
  }

  /**
   * The verdict on a change with its interval.
   *
   * @param change the change in points (after minus before)
   * @param lower the interval's lower end, in points
   * @param upper the interval's upper end, in points
   * @return {@link ChangeVerdict#UNDETERMINED} when any of the three is undefined, else whether the
   *     change is a meaningful rise, fall or neither
   */
  public ChangeVerdict verdict(Estimate change, Estimate lower, Estimate upper) {
    Checks.notNull(TYPE, "change", change);
    Checks.notNull(TYPE, "lower", lower);
    Checks.notNull(TYPE, "upper", upper);
    if (!change.isDefined() || !lower.isDefined() || !upper.isDefined()) {
      return ChangeVerdict.UNDETERMINED;
    }
    double points = change.value();
    if (lower.value() > 0 && points >= minimumPoints) {
      return ChangeVerdict.IMPROVED;
    }
    if (upper.value() < 0 && -points >= minimumPoints) {
      return ChangeVerdict.DECLINED;
    }
    return ChangeVerdict.NO_MEANINGFUL_CHANGE;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MeaningfulChange m
        && Double.compare(minimumPoints, m.minimumPoints) == 0 && Double.compare(level, m.level) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumPoints, level);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MeaningfulChange{minimumPoints=%s, level=%s}", minimumPoints, level);
  }
}
