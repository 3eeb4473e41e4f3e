package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Arrays;

/**
 * Within-group agreement indices, for one group of raters or for every group of a {@link Groups}:
 * rwg, rwg(j), Lindell's r*wg(j), the AD index and Brown and Hauenstein's a(wg). Each reproduces
 * the function of R's {@code multilevel} package 2.7 that its method names.
 *
 * <h2>Data</h2>
 *
 * <p>Answers are columnar: one {@code double[]} per item, one entry per respondent, {@code NaN} for
 * a missing answer. For one group each column holds that group's raters; with a {@link Groups} each
 * column has {@link Groups#rows()} entries and respondents in no group are ignored. Infinite answers
 * are rejected. Single-item indices use every member who answered the item; <b>multi-item indices
 * delete listwise within the group</b>: a member with a missing answer on any item is removed before
 * anything else, so the rwg of an item and its part in rwg(j) can rest on different members.
 *
 * <h2>Undefined results</h2>
 *
 * <p>A group with no remaining member is {@link UndefinedReason#NO_DATA}; a group with one is
 * {@link UndefinedReason#TOO_FEW_OBSERVATIONS} (R returns NA for both). a(wg) has further cases,
 * described at {@link #awg(double, double, double[]...)}.
 *
 * <h2>Algorithm</h2>
 *
 * <p>Means and sample variances ({@code n - 1}) are computed in two passes over each group's rows
 * (a corrected mean as in R, then the sum of squared deviations), which keeps the values within a
 * few units in the last place of R's. Work is O(rows x items) plus, for the median AD, a sort of
 * each group's answers; temporary arrays are sized by the largest group.
 *
 * <p>Stateless and thread-safe. Input arrays are read, never modified or retained.
 *
 * @since 0.1.0
 */
public final class Agreement {
  private static final String TYPE = "Agreement";

  private Agreement() {}

  /** The centre from which the AD index measures absolute deviations. */
  public enum Centre {
    /** The group mean ({@code type = "mean"}, multilevel's default). */
    MEAN,
    /** The group median ({@code type = "median"}). */
    MEDIAN
  }

  // ---------------------------------------------------------------------------------------------
  // One group

  /**
   * Single-item rwg of one group (James, Demaree and Wolf 1984; {@code multilevel::rwg}).
   *
   * <p>{@code rwg = 1 - s^2 / sigma^2}, with {@code s^2} the sample variance ({@code n - 1}) of the
   * present answers and {@code sigma^2} the null's variance. When {@code s^2 > sigma^2} it is set to
   * {@code sigma^2}, so rwg is truncated to [0, 1]; zero variance gives 1.
   *
   * @param answers the raters' answers, {@code NaN} when missing
   * @param nullModel the null distribution
   * @return rwg in [0, 1]; undefined with fewer than two answers
   * @throws io.github.serviceculture.alignment.InvalidValueException if an answer is infinite
   */
  public static Estimate rwg(double[] answers, AgreementNull nullModel) {
    return rwg(Groups.single(answers.length), nullModel, answers).estimate(0);
  }

  /**
   * Multi-item rwg(j) of one group (James, Demaree and Wolf 1984; {@code multilevel::rwg.j}).
   *
   * <p>With {@code J} items, {@code v} = the mean of the item variances ({@code n - 1}, listwise),
   * capped at the null's variance {@code sigma^2}, and {@code q = v / sigma^2}:
   * {@code rwg(j) = J (1 - q) / (J (1 - q) + q)}. The cap applies to the <em>average</em> variance,
   * not item by item, and keeps rwg(j) in [0, 1]; without it the formula is negative for
   * {@code 1 < q < J/(J-1)}, divides by zero at {@code J/(J-1)} and exceeds 1 above.
   *
   * @param nullModel the null distribution
   * @param items one array per item, all of the same length (the raters)
   * @return rwg(j) in [0, 1]; undefined with fewer than two complete raters
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no item, the
   *     items differ in length or an answer is infinite
   */
  public static Estimate rwgJ(AgreementNull nullModel, double[]... items) {
    return rwgJ(single(items), nullModel, items).estimate(0);
  }

  /**
   * Lindell and Brandt's (1999) r*wg(j) of one group ({@code multilevel::rwg.j.lindell}).
   *
   * <p>{@code r*wg(j) = 1 - v / sigma^2}, with {@code v} the mean of the item variances
   * ({@code n - 1}, listwise) and no truncation: it can be negative (down to {@code 1 - max
   * variance / sigma^2}), and unlike rwg(j) it does not grow with the number of items.
   *
   * @param nullModel the null distribution
   * @param items one array per item, all of the same length (the raters)
   * @return r*wg(j), at most 1; undefined with fewer than two complete raters
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no item, the
   *     items differ in length or an answer is infinite
   */
  public static Estimate lindellRwgJ(AgreementNull nullModel, double[]... items) {
    return lindellRwgJ(single(items), nullModel, items).estimate(0);
  }

  /**
   * The average deviation (AD) index of one group (Burke, Finkelstein and Dusig 1999;
   * {@code multilevel::ad.m}).
   *
   * <p>Per item {@code AD = (1/n) sum |x_i - c|} with {@code c} the mean or median of the item's
   * answers; the divisor is {@code n}, not {@code n - 1}. With several items, the mean of the item
   * ADs over the listwise-complete raters. In scale units; 0 is perfect agreement, there is no upper
   * truncation. multilevel's rule of thumb for practical agreement is {@code AD < A / 6} for
   * {@code A} options.
   *
   * @param centre mean or median
   * @param items one array per item, all of the same length (the raters)
   * @return AD, 0 or more; undefined with fewer than two complete raters
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no item, the
   *     items differ in length or an answer is infinite
   */
  public static Estimate ad(Centre centre, double[]... items) {
    return ad(single(items), centre, items).estimate(0);
  }

  /**
   * Brown and Hauenstein's (2005) a(wg) of one group ({@code multilevel::awg}).
   *
   * <p>Per item, with {@code k} raters, mean {@code M} and sample variance {@code s^2}
   * ({@code n - 1}) on a scale from {@code low} (L) to {@code high} (H):
   * <ul>
   *   <li>maximum possible variance given {@code M}: {@code ((H + L) M - M^2 - H L) k / (k - 1)};
   *   <li>{@code awg = 1 - 2 s^2 / maximum}, from -1 to 1;
   *   <li>undefined ({@link UndefinedReason#MEAN_NEAR_SCALE_END}) when
   *       {@code M < (L (k - 1) + H) / k} or {@code M > (H (k - 1) + L) / k}: the mean is too close
   *       to an end for the maximum to be reachable (with {@code k = 2} only the midpoint is
   *       allowed);
   *   <li>overriding that, 1 when {@code M} equals {@code L} or {@code H} (all raters chose the same
   *       end).
   * </ul>
   * As in R, {@code M} is computed as sum / k and each bound as written above, and they are
   * compared exactly, so a mean lying on a bound is defined. With several items: listwise deletion,
   * then the mean of the defined item values, skipping undefined items; when no item is defined the
   * result is undefined with {@link UndefinedReason#NO_DEFINED_ITEM} (with a single item, the
   * item's own reason). Unlike rwg and AD, a(wg) depends on keying: reverse items before.
   *
   * @param low the lowest response option, L
   * @param high the highest response option, H, greater than {@code low}
   * @param items one array per item, all of the same length (the raters); every present answer
   *     between {@code low} and {@code high}
   * @return a(wg) in [-1, 1]
   * @throws io.github.serviceculture.alignment.InvalidValueException if the scale ends are not
   *     finite and increasing, there is no item, the items differ in length or an answer lies
   *     outside the scale
   */
  public static Estimate awg(double low, double high, double[]... items) {
    return awg(single(items), low, high, items).estimate(0);
  }

  // ---------------------------------------------------------------------------------------------
  // Every group

  /**
   * Single-item rwg of every group, as {@link #rwg(double[], AgreementNull)}: each group uses its
   * members who answered the item.
   *
   * @param groups the groups
   * @param nullModel the null distribution
   * @param item the answers, one per row of {@code groups}, {@code NaN} when missing
   * @return rwg per group
   * @throws io.github.serviceculture.alignment.InvalidValueException if the item's length differs
   *     from {@code groups.rows()} or an answer is infinite
   */
  public static GroupEstimates rwg(Groups groups, AgreementNull nullModel, double[] item) {
    double[][] items = checkItems(groups, new double[][] {item});
    double sigma2 = nullModel.variance();
    GroupEstimates.Builder out = new GroupEstimates.Builder(groups.groupCount());
    int[] rows = new int[groups.largestGroupSize()];
    for (int g = 0; g < groups.groupCount(); g++) {
      int k = complete(groups, g, items, rows);
      if (tooFew(out, g, k)) {
        continue;
      }
      double variance =
          Math.min(Moments.of(item, rows, k).rawVariance(), sigma2);
      out.set(g, 1 - variance / sigma2, k);
    }
    return out.build();
  }

  /**
   * rwg(j) of every group, as {@link #rwgJ(AgreementNull, double[]...)}.
   *
   * @param groups the groups
   * @param nullModel the null distribution
   * @param items one array per item, each with one answer per row of {@code groups}
   * @return rwg(j) per group
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no item, an item's
   *     length differs from {@code groups.rows()} or an answer is infinite
   */
  public static GroupEstimates rwgJ(Groups groups, AgreementNull nullModel, double[]... items) {
    return meanVariance(groups, nullModel, items, false);
  }

  /**
   * r*wg(j) of every group, as {@link #lindellRwgJ(AgreementNull, double[]...)}.
   *
   * @param groups the groups
   * @param nullModel the null distribution
   * @param items one array per item, each with one answer per row of {@code groups}
   * @return r*wg(j) per group
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no item, an item's
   *     length differs from {@code groups.rows()} or an answer is infinite
   */
  public static GroupEstimates lindellRwgJ(
      Groups groups, AgreementNull nullModel, double[]... items) {
    return meanVariance(groups, nullModel, items, true);
  }

  /**
   * The AD index of every group, as {@link #ad(Centre, double[]...)}.
   *
   * @param groups the groups
   * @param centre mean or median
   * @param items one array per item, each with one answer per row of {@code groups}
   * @return AD per group
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no item, an item's
   *     length differs from {@code groups.rows()} or an answer is infinite
   */
  public static GroupEstimates ad(Groups groups, Centre centre, double[]... items) {
    checkItems(groups, items);
    GroupEstimates.Builder out = new GroupEstimates.Builder(groups.groupCount());
    int[] rows = new int[groups.largestGroupSize()];
    double[] sorted = centre == Centre.MEDIAN ? new double[groups.largestGroupSize()] : null;
    for (int g = 0; g < groups.groupCount(); g++) {
      int k = complete(groups, g, items, rows);
      if (tooFew(out, g, k)) {
        continue;
      }
      double sum = 0;
      for (double[] item : items) {
        double c;
        if (sorted == null) {
          c = Moments.of(item, rows, k).rawMean();
        } else {
          for (int i = 0; i < k; i++) {
            sorted[i] = item[rows[i]];
          }
          Arrays.sort(sorted, 0, k);
          int half = k / 2;
          c = (k & 1) == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
        }
        double deviations = 0;
        for (int i = 0; i < k; i++) {
          deviations += Math.abs(item[rows[i]] - c);
        }
        sum += deviations / k;
      }
      out.set(g, sum / items.length, k);
    }
    return out.build();
  }

  /**
   * a(wg) of every group, as {@link #awg(double, double, double[]...)}.
   *
   * @param groups the groups
   * @param low the lowest response option, L
   * @param high the highest response option, H, greater than {@code low}
   * @param items one array per item, each with one answer per row of {@code groups}; every present
   *     answer between {@code low} and {@code high}
   * @return a(wg) per group
   * @throws io.github.serviceculture.alignment.InvalidValueException if the scale ends are not
   *     finite and increasing, there is no item, an item's length differs from {@code
   *     groups.rows()} or an answer lies outside the scale
   */
  public static GroupEstimates awg(Groups groups, double low, double high, double[]... items) {
    Checks.finite(TYPE, "low", low);
    Checks.finite(TYPE, "high", high);
    Checks.require(high > low, TYPE, "high", high, "must be greater than low (" + low + ")");
    checkItems(groups, items);
    checkRange(items, low, high);
    GroupEstimates.Builder out = new GroupEstimates.Builder(groups.groupCount());
    int[] rows = new int[groups.largestGroupSize()];
    for (int g = 0; g < groups.groupCount(); g++) {
      int k = complete(groups, g, items, rows);
      if (tooFew(out, g, k)) {
        continue;
      }
      // Bounds exactly as multilevel computes them, so that a mean on a bound stays defined.
      double lowerBound = (low * (k - 1) + high) / k;
      double upperBound = (high * (k - 1) + low) / k;
      double sum = 0;
      int defined = 0;
      for (double[] item : items) {
        double total = 0;
        for (int i = 0; i < k; i++) {
          total += item[rows[i]];
        }
        double m = total / k;
        double value;
        if (m == low || m == high) {
          value = 1;
        } else if (m < lowerBound || m > upperBound) {
          continue;
        } else {
          double maxVariance = ((high + low) * m - m * m - high * low) * ((double) k / (k - 1));
          if (!(maxVariance > 0)) {
            continue; // unreachable for in-range data; guards against a division by zero
          }
          double variance = Moments.of(item, rows, k).rawVariance();
          value = 1 - 2 * variance / maxVariance;
        }
        sum += value;
        defined++;
      }
      if (defined == 0) {
        out.undefined(g, items.length == 1
            ? UndefinedReason.MEAN_NEAR_SCALE_END : UndefinedReason.NO_DEFINED_ITEM, k);
      } else {
        out.set(g, sum / defined, k);
      }
    }
    return out.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Kernels

  private static GroupEstimates meanVariance(
      Groups groups, AgreementNull nullModel, double[][] items, boolean lindell) {
    checkItems(groups, items);
    double sigma2 = nullModel.variance();
    int j = items.length;
    GroupEstimates.Builder out = new GroupEstimates.Builder(groups.groupCount());
    int[] rows = new int[groups.largestGroupSize()];
    for (int g = 0; g < groups.groupCount(); g++) {
      int k = complete(groups, g, items, rows);
      if (tooFew(out, g, k)) {
        continue;
      }
      double sum = 0;
      for (double[] item : items) {
        sum += Moments.of(item, rows, k).rawVariance();
      }
      double average = sum / j;
      out.set(g, lindell ? 1 - average / sigma2 : rwgJ(average, j, sigma2), k);
    }
    return out.build();
  }

  /**
   * rwg(j) of James, Demaree and Wolf from the mean of the items' observed variances: with q =
   * min(mean, sigma2) / sigma2, J (1 - q) / (J (1 - q) + q). The one implementation of the formula,
   * shared with {@link AgreementCounts}.
   */
  static double rwgJ(double meanVariance, int items, double sigma2) {
    double q = Math.min(meanVariance, sigma2) / sigma2;
    double agreement = items * (1 - q);
    return agreement / (agreement + q);
  }

  /** Marks groups with fewer than two usable members; returns whether it did. */
  private static boolean tooFew(GroupEstimates.Builder out, int g, int k) {
    if (k >= 2) {
      return false;
    }
    out.undefined(g, k == 0 ? UndefinedReason.NO_DATA : UndefinedReason.TOO_FEW_OBSERVATIONS, k);
    return true;
  }

  /**
   * Writes to {@code rows} the group's members with an answer on every item (listwise deletion)
   * and returns their number; rejects infinite answers.
   */
  private static int complete(Groups groups, int g, double[][] items, int[] rows) {
    int k = 0;
    for (int p = groups.start(g), end = groups.end(g); p < end; p++) {
      int row = groups.member(p);
      boolean present = true;
      for (int j = 0; j < items.length; j++) {
        double v = items[j][row];
        if (v != v) {
          present = false;
        } else if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
          Checks.require(false, TYPE, "items[" + j + "][" + row + "]", v,
              "must be a finite number or NaN for missing");
        }
      }
      if (present) {
        rows[k++] = row;
      }
    }
    return k;
  }

  private static Groups single(double[][] items) {
    Checks.require(items.length > 0, TYPE, "items.length", 0, "must be at least 1");
    return Groups.single(items[0].length);
  }

  private static double[][] checkItems(Groups groups, double[][] items) {
    Checks.require(items.length > 0, TYPE, "items.length", 0, "must be at least 1");
    for (int j = 0; j < items.length; j++) {
      if (items[j].length != groups.rows()) {
        groups.checkColumn(TYPE, "items[" + j + "]", items[j]);
      }
    }
    return items;
  }

  private static void checkRange(double[][] items, double low, double high) {
    for (int j = 0; j < items.length; j++) {
      double[] item = items[j];
      for (int i = 0; i < item.length; i++) {
        double v = item[i];
        if (v < low || v > high) {
          Checks.require(false, TYPE, "items[" + j + "][" + i + "]", v,
              "must lie on the scale from " + low + " to " + high + " or be NaN for missing");
        }
      }
    }
  }
}
