package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * ICC(1) and ICC(2) from a one-way analysis of variance of a variable by group, with the ANOVA
 * quantities they come from; reproduces {@code multilevel::ICC1} and {@code multilevel::ICC2} on
 * {@code aov(y ~ as.factor(group))} (Bliese 2000).
 *
 * <p>With {@code N} respondents with a value in {@code J} groups (rows with a missing value or no
 * group are dropped; groups left without data do not count):
 * <ul>
 *   <li>{@code MSB = SSB / (J - 1)}, {@code MSW = SSW / (N - J)}, {@code F = MSB / MSW}, and the
 *       F test's p-value on (J - 1, N - J) degrees of freedom;
 *   <li>{@code ICC(1) = (MSB - MSW) / (MSB + (k - 1) MSW)} with {@code k = N / J}, the plain mean
 *       group size, <b>also for unbalanced groups</b>;
 *   <li>{@code ICC(2) = (MSB - MSW) / MSB = 1 - 1 / F}, the reliability of the group means.
 * </ul>
 *
 * <p>This is the ANOVA estimator with {@code N / J} as group size, as in {@code multilevel} and
 * {@code psych::statsBy}. It is <em>not</em> the unbalanced-design estimator with
 * {@code n0 = (N - sum n_j^2 / N) / (J - 1)}, and not the REML variance-component ICC of
 * {@code multilevel::mult.icc}, which can differ noticeably (lq2002 LEAD: 0.088 here, 0.108 by
 * REML). Neither ICC is truncated: both are negative when {@code MSB < MSW}. Groups with a single
 * member count in {@code N}, {@code J} and {@code SSB} and add nothing to {@code SSW}.
 *
 * <p>Undefined values: {@code MSB} when {@code J < 2}; {@code MSW} when {@code N - J < 1}; the
 * mean group size when {@code J = 0}; {@code F}, ICC(1) and ICC(2) when a quantity they need is
 * undefined or their denominator is zero ({@link UndefinedReason#ZERO_VARIANCE}).
 *
 * <p>Algorithm: each group's {@link Moments} (the mean with R's correction pass, the sum of
 * squared deviations from it), then {@code SSW} as the sum of those and {@code SSB = sum n_j
 * (mean_j - grand mean)^2}; O(N), one temporary array of the largest group's size. {@link
 * #anova(Moments...)} starts from the groups' moments, so that rows accumulated in parts and
 * combined give the same figures up to rounding.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Icc {
  private static final String TYPE = "Icc";

  private final int n;
  private final int j;
  private final Estimate msb;
  private final Estimate msw;
  private final Estimate meanGroupSize;
  private final Estimate f;
  private final Estimate p;
  private final Estimate icc1;
  private final Estimate icc2;

  private Icc(int n, int j, double ssb, double ssw) {
    this.n = n;
    this.j = j;
    this.meanGroupSize =
        j == 0 ? Estimate.undefined(UndefinedReason.NO_DATA) : Estimate.of((double) n / j);
    this.msb = j < 2
        ? Estimate.undefined(j == 0 ? UndefinedReason.NO_DATA : UndefinedReason.TOO_FEW_OBSERVATIONS)
        : Estimate.of(ssb / (j - 1));
    this.msw = n - j < 1
        ? Estimate.undefined(n == 0 ? UndefinedReason.NO_DATA : UndefinedReason.TOO_FEW_OBSERVATIONS)
        : Estimate.of(ssw / (n - j));
    if (!msb.isDefined() || !msw.isDefined()) {
      Estimate missing = msb.isDefined() ? msw : msb;
      this.f = missing;
      this.p = missing;
      this.icc1 = missing;
      this.icc2 = missing;
      return;
    }
    double b = msb.value();
    double w = msw.value();
    this.f = w == 0 ? Estimate.undefined(UndefinedReason.ZERO_VARIANCE) : Estimate.of(b / w);
    this.p = f.isDefined() ? Estimate.of(FDistribution.of(j - 1, n - j).survivalProbability(f.value())) : f;
    double denominator = b + (meanGroupSize.value() - 1) * w;
    this.icc1 = denominator == 0
        ? Estimate.undefined(UndefinedReason.ZERO_VARIANCE) : Estimate.of((b - w) / denominator);
    this.icc2 = b == 0 ? Estimate.undefined(UndefinedReason.ZERO_VARIANCE) : Estimate.of((b - w) / b);
  }

  /**
   * Runs the one-way ANOVA of {@code values} by group.
   *
   * @param values one value per row of {@code groups}, {@code NaN} when missing
   * @param groups the groups
   * @return the ANOVA and the ICCs
   * @throws io.github.serviceculture.alignment.InvalidValueException if the length of {@code
   *     values} differs from {@code groups.rows()} or a value is infinite
   */
  public static Icc anova(double[] values, Groups groups) {
    Checks.notNull(TYPE, "values", values);
    Checks.notNull(TYPE, "groups", groups);
    groups.checkColumn(TYPE, "values", values);
    return anova(byGroup(TYPE, values, groups));
  }

  /**
   * Runs the one-way ANOVA of groups given by their accumulated moments, as {@link #anova(double[],
   * Groups)} runs it on their values: the way to compute the ICCs of rows accumulated in parts.
   *
   * @param groups one accumulator per group (groups without values allowed)
   * @return the ANOVA and the ICCs
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code groups} or an
   *     element is null, or the groups hold more than {@link Integer#MAX_VALUE} values together
   * @since 0.1.0
   */
  public static Icc anova(Moments... groups) {
    Checks.notNull(TYPE, "groups", groups);
    long total = 0;
    int j = 0;
    double sum = 0;
    double ssw = 0;
    for (int g = 0; g < groups.length; g++) {
      Moments m = groups[g];
      if (m == null) {
        Checks.notNull(TYPE, "groups[" + g + "]", m);
      }
      if (m.count() > 0) {
        total += m.count();
        j++;
        sum += m.rawSum();
        ssw += m.sumOfSquaredDeviations();
      }
    }
    Checks.require(total <= Integer.MAX_VALUE, TYPE, "groups", total, "must hold at most 2^31 - 1 values");
    int n = (int) total;
    double ssb = 0;
    if (n > 0) {
      // The weighted mean of the corrected group means equals the grand mean up to rounding and
      // refines the plain sum / N the way R's correction pass does.
      double grand = sum / n;
      double residual = 0;
      for (Moments m : groups) {
        residual += m.count() * (m.rawMean() - grand);
      }
      grand += residual / n;
      for (Moments m : groups) {
        double d = m.rawMean() - grand;
        ssb += m.count() * d * d;
      }
    }
    return new Icc(n, j, ssb, ssw);
  }

  /** The moments of each group's present values, rejecting infinite values as {@code type}. */
  static Moments[] byGroup(String type, double[] values, Groups groups) {
    int groupCount = groups.groupCount();
    int[] rows = new int[groups.largestGroupSize()];
    Moments[] moments = new Moments[groupCount];
    for (int g = 0; g < groupCount; g++) {
      moments[g] = Moments.of(values, rows, Kernels.present(groups, g, values, rows, type, "values"));
    }
    return moments;
  }

  /**
   * The number of respondents with a value and a group, N.
   *
   * @return N
   */
  public int n() {
    return n;
  }

  /**
   * The number of groups with at least one value, J.
   *
   * @return J
   */
  public int groupCount() {
    return j;
  }

  /**
   * The mean group size {@code N / J} used by ICC(1).
   *
   * @return N / J; undefined when there is no data
   */
  public Estimate meanGroupSize() {
    return meanGroupSize;
  }

  /**
   * The mean square between groups, {@code SSB / (J - 1)}, in squared units of the values.
   *
   * @return MSB; undefined when {@code J < 2}
   */
  public Estimate msb() {
    return msb;
  }

  /**
   * The mean square within groups, {@code SSW / (N - J)}, in squared units of the values.
   *
   * @return MSW; undefined when {@code N - J < 1}
   */
  public Estimate msw() {
    return msw;
  }

  /**
   * The F ratio {@code MSB / MSW}.
   *
   * @return F; undefined when MSB or MSW is, or MSW is zero
   */
  public Estimate f() {
    return f;
  }

  /**
   * The p-value of the F test that the group means are equal: P(F<sub>J - 1, N - J</sub> &ge; F),
   * as {@code summary(aov(y ~ as.factor(group)))} gives it ({@code pf(F, J - 1, N - J, lower.tail =
   * FALSE)}).
   *
   * @return p; undefined when F is
   * @since 0.1.0
   */
  public Estimate p() {
    return p;
  }

  /**
   * ICC(1), the share of variance due to group membership, with {@code N / J} as group size.
   *
   * @return ICC(1), not truncated (negative when MSB &lt; MSW)
   */
  public Estimate icc1() {
    return icc1;
  }

  /**
   * ICC(2), the reliability of the group means, {@code (MSB - MSW) / MSB}.
   *
   * @return ICC(2), not truncated; undefined when MSB is zero
   */
  public Estimate icc2() {
    return icc2;
  }

  @Override
  public String toString() {
    return "Icc[N=" + n + ", J=" + j + ", MSB=" + msb + ", MSW=" + msw + ", F=" + f + ", p=" + p
        + ", ICC1=" + icc1 + ", ICC2=" + icc2 + "]";
  }
}
