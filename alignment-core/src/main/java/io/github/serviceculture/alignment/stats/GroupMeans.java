package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
/**
 * The mean and standard deviation of a variable in every group ({@code tapply(y, group, mean)} and
 * {@code sd} in R, missing values dropped).
 *
 * <p>Means use R's correction pass; the standard deviation is the square root of the sample
 * variance ({@code n - 1}). A group without values has an undefined mean and SD
 * ({@link UndefinedReason#NO_DATA}); a group with one value has a mean and an undefined SD
 * ({@link UndefinedReason#TOO_FEW_OBSERVATIONS}). O(rows), one temporary array of the largest
 * group's size. Each group's sum of squared deviations is kept too, so that {@link #gap} compares two
 * groups without reading the values again.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GroupMeans {
  private static final String TYPE = "GroupMeans";

  private final GroupEstimates means;
  private final GroupEstimates sds;
  private final Estimate grandMean;
  /** Per group: the sum of squared deviations from its mean, 0 without values. */
  private final double[] squares;

  private GroupMeans(GroupEstimates means, GroupEstimates sds, Estimate grandMean, double[] squares) {
    this.means = means;
    this.sds = sds;
    this.grandMean = grandMean;
    this.squares = squares;
  }

  /**
   * Computes the means and SDs of {@code values} by group.
   *
   * @param values one value per row of {@code groups}, {@code NaN} when missing
   * @param groups the groups
   * @return the group means
   * @throws io.github.serviceculture.alignment.InvalidValueException if the length of {@code
   *     values} differs from {@code groups.rows()} or a value is infinite
   */
  public static GroupMeans of(double[] values, Groups groups) {
    Checks.notNull(TYPE, "values", values);
    Checks.notNull(TYPE, "groups", groups);
    groups.checkColumn(TYPE, "values", values);
    return of(Icc.byGroup(TYPE, values, groups));
  }

  /**
   * The means and SDs of groups given by their accumulated moments, as {@link #of(double[], Groups)}
   * computes them from their values; group codes are the indices.
   *
   * @param groups one accumulator per group (groups without values allowed)
   * @return the group means
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code groups} or an
   *     element is null, or a group holds more than {@link Integer#MAX_VALUE} values
   * @since 0.1.0
   */
  public static GroupMeans of(Moments... groups) {
    Checks.notNull(TYPE, "groups", groups);
    int groupCount = groups.length;
    GroupEstimates.Builder means = new GroupEstimates.Builder(groupCount);
    GroupEstimates.Builder sds = new GroupEstimates.Builder(groupCount);
    double[] squares = new double[groupCount];
    double total = 0;
    long n = 0;
    for (int g = 0; g < groupCount; g++) {
      Moments m = groups[g];
      if (m == null) {
        Checks.notNull(TYPE, "groups[" + g + "]", m);
      }
      long count = m.count();
      if (!(count <= Integer.MAX_VALUE)) {
        Checks.require(false, TYPE, "groups[" + g + "]", count,
          "must hold at most 2^31 - 1 values");
      }
      int k = (int) count;
      if (k == 0) {
        means.undefined(g, UndefinedReason.NO_DATA, 0);
        sds.undefined(g, UndefinedReason.NO_DATA, 0);
        continue;
      }
      means.set(g, m.rawMean(), k);
      squares[g] = m.sumOfSquaredDeviations();
      if (k == 1) {
        sds.undefined(g, UndefinedReason.TOO_FEW_OBSERVATIONS, 1);
      } else {
        sds.set(g, Math.sqrt(squares[g] / (k - 1)), k);
      }
      total += m.rawSum();
      n += k;
    }
    Estimate grand = n == 0 ? Estimate.undefined(UndefinedReason.NO_DATA) : Estimate.of(total / n);
    return new GroupMeans(means.build(), sds.build(), grand, squares);
  }

  /**
   * The gap between two groups, equal to {@link GroupGap#of(double[], Groups, int, int, double)} on
   * the values and groups these means come from, without reading the values again: the way to
   * compare many pairs of groups of one variable.
   *
   * @param first the code of the first group
   * @param second the code of the second group
   * @param level the confidence level of the interval, between 0 and 1 exclusive
   * @return the gap, first minus second
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code level} is not between 0
   *     and 1 or a code is not a group, checked in that order and reported as {@code GroupGap.of} reports
   *     them (type {@code GroupGap}, field {@code level}, {@code first} or {@code second})
   */
  public GroupGap gap(int first, int second, double level) {
    GroupGap.checkLevel(level);
    int count = groupCount();
    GroupGap.checkCode("first", first, count);
    GroupGap.checkCode("second", second, count);
    return GroupGap.of(count(first), meanOrZero(first), squares[first], count(second), meanOrZero(second),
        squares[second], level);
  }

  /** The mean, or 0 for a group without values, as {@link GroupGap} takes it. */
  private double meanOrZero(int group) {
    Estimate mean = means.estimate(group);
    return mean.isDefined() ? mean.value() : 0;
  }

  /**
   * The number of groups.
   *
   * @return the number of groups of the {@link Groups} used
   */
  public int groupCount() {
    return means.groupCount();
  }

  /**
   * The mean of one group.
   *
   * @param group the group code
   * @return the mean; undefined when the group has no value
   * @throws IndexOutOfBoundsException if {@code group} is not a group code
   */
  public Estimate mean(int group) {
    return means.estimate(group);
  }

  /**
   * The standard deviation ({@code n - 1}) of one group.
   *
   * @param group the group code
   * @return the SD; undefined when the group has fewer than two values
   * @throws IndexOutOfBoundsException if {@code group} is not a group code
   */
  public Estimate sd(int group) {
    return sds.estimate(group);
  }

  /**
   * The number of values of one group.
   *
   * @param group the group code
   * @return the number of present values
   * @throws IndexOutOfBoundsException if {@code group} is not a group code
   */
  public int count(int group) {
    return means.count(group);
  }

  /**
   * The means of all groups, with their counts.
   *
   * @return the means as group estimates
   */
  public GroupEstimates means() {
    return means;
  }

  /**
   * The mean of all values that belong to a group (each respondent weighted equally).
   *
   * @return the grand mean; undefined when there is no value
   */
  public Estimate grandMean() {
    return grandMean;
  }

  @Override
  public String toString() {
    return "GroupMeans[means=" + means + ", sds=" + sds + "]";
  }
}
