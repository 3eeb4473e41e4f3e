package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;

/**
 * The count, mean and sum of squared deviations of one variable: a mergeable accumulator for the
 * descriptive statistics, the group means and spreads of {@link GroupGap} and the one-way ANOVA of
 * {@link Icc}.
 *
 * <p>Missing values ({@code NaN}) are skipped; infinite values are rejected. The results are in the
 * unit of the values (the variance in its square):
 *
 * <ul>
 *   <li>mean = (1/n) sum x<sub>i</sub>;
 *   <li>variance s<sup>2</sup> = M<sub>2</sub> / (n - 1), M<sub>2</sub> = sum (x<sub>i</sub> -
 *       mean)<sup>2</sup>, as R's {@code var(x, na.rm = TRUE)}.
 * </ul>
 *
 * <p>{@link #of(double...)} computes an array in two passes, as R does (the mean with R's
 * correction pass, M<sub>2</sub> by the corrected two-pass algorithm). {@link #accept(double)} adds
 * one value by Welford's update and {@link #combine(Moments)} merges two partial states by the
 * update of Chan, Golub and LeVeque (1979): with n = n<sub>a</sub> + n<sub>b</sub> and &delta; =
 * mean<sub>b</sub> - mean<sub>a</sub>, mean = mean<sub>a</sub> + &delta; n<sub>b</sub> / n and
 * M<sub>2</sub> = M<sub>2,a</sub> + M<sub>2,b</sub> + &delta;<sup>2</sup> n<sub>a</sub> n<sub>b</sub> /
 * n. Splitting the rows into parts, accumulating each (on as many threads or machines as wanted)
 * and combining the parts gives the statistics of the whole up to rounding, whatever the split.
 *
 * <p>Reference: T. F. Chan, G. H. Golub and R. J. LeVeque, "Updating formulae and a pairwise
 * algorithm for computing sample variances", Stanford CS report STAN-CS-79-773 (1979).
 *
 * <p>Not thread-safe: give each thread its own instance and combine them.
 *
 * @since 0.1.0
 */
public final class Moments {
  private static final String TYPE = "Moments";

  private long n;
  private double mean;
  private double m2;
  /** The plain sum, from which a grand mean over groups starts before its correction (see Icc). */
  private double sum;

  /** Creates an empty accumulator: no value yet. */
  public Moments() {}

  private Moments(long n, double mean, double m2, double sum) {
    this.n = n;
    this.mean = mean;
    this.m2 = m2;
    this.sum = sum;
  }

  /**
   * Returns the moments of the present values of an array, computed in two passes as R computes
   * {@code mean} and {@code var}.
   *
   * @param values the values, NaN = missing; not modified
   * @return a new accumulator holding them, to which more values or parts can be added
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code values} is null or
   *     has an infinite value
   */
  public static Moments of(double... values) {
    Inputs.answers(TYPE, "values", values);
    return ofChecked(values);
  }

  /**
   * Returns the moments of values known only by their summary, as a report gives them: the count,
   * the mean and the sample standard deviation. Groups reported apart can then be merged ({@link
   * #combine(Moments)}) or compared ({@link Icc#anova(Moments...)}) without their values.
   * M<sub>2</sub> is (n - 1) s<sup>2</sup>, exact up to the rounding of s.
   *
   * @param count the number of values, at least 0
   * @param mean their mean; finite, and ignored when {@code count} is 0
   * @param standardDeviation their (n - 1) standard deviation; finite and at least 0, and ignored
   *     (it may be NaN) when {@code count} is below 2
   * @return a new accumulator holding that summary, to which more values or parts can be added
   * @throws io.github.serviceculture.alignment.InvalidValueException if a figure is out of range
   * @since 0.1.0
   */
  public static Moments ofSummary(long count, double mean, double standardDeviation) {
    Checks.require(count >= 0, TYPE, "count", count, "must be at least 0");
    if (count == 0) {
      return new Moments();
    }
    Checks.require(Double.isFinite(mean), TYPE, "mean", mean, "must be finite");
    if (count == 1) {
      return new Moments(1, mean, 0, mean);
    }
    Checks.require(Double.isFinite(standardDeviation) && standardDeviation >= 0, TYPE, "standardDeviation",
        standardDeviation, "must be finite and at least 0");
    return new Moments(count, mean, standardDeviation * standardDeviation * (count - 1), mean * count);
  }

  /** As {@link #of(double...)} on values already checked to be finite or NaN. */
  static Moments ofChecked(double[] values) {
    int count = 0;
    double sum = 0;
    for (double v : values) {
      if (v == v) {
        sum += v;
        count++;
      }
    }
    if (count == 0) {
      return new Moments();
    }
    double m = sum / count;
    double residual = 0;
    for (double v : values) {
      if (v == v) {
        residual += v - m;
      }
    }
    m += residual / count;
    double ss = 0;
    double s = 0;
    for (double v : values) {
      if (v == v) {
        double d = v - m;
        ss += d * d;
        s += d;
      }
    }
    return new Moments(count, m, Math.max(0, ss - s * s / count), sum);
  }

  /**
   * The moments of {@code x[rows[0..k)]}, all present and finite (checked by the caller), in two
   * passes as {@link #of(double...)}.
   */
  static Moments of(double[] x, int[] rows, int k) {
    if (k == 0) {
      return new Moments();
    }
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += x[rows[i]];
    }
    double m = sum / k;
    double residual = 0;
    for (int i = 0; i < k; i++) {
      residual += x[rows[i]] - m;
    }
    m += residual / k;
    double ss = 0;
    double s = 0;
    for (int i = 0; i < k; i++) {
      double d = x[rows[i]] - m;
      ss += d * d;
      s += d;
    }
    return new Moments(k, m, Math.max(0, ss - s * s / k), sum);
  }

  /**
   * Adds one value (Welford's update).
   *
   * @param value the value; NaN (missing) is skipped
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is infinite
   */
  public void accept(double value) {
    if (value != value) {
      return;
    }
    if (value == Double.POSITIVE_INFINITY || value == Double.NEGATIVE_INFINITY) {
      Checks.require(false, TYPE, "value", value, "must be a finite number or NaN for missing");
    }
    n++;
    sum += value;
    double d = value - mean;
    mean += d / n;
    m2 += d * (value - mean);
  }

  /**
   * Adds the values of another accumulator to this one (the update of Chan, Golub and LeVeque).
   * {@code other} is not modified; combining an accumulator with itself doubles its values.
   *
   * @param other the other part
   * @return this accumulator
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code other} is null
   */
  public Moments combine(Moments other) {
    Checks.notNull(TYPE, "other", other);
    long nb = other.n;
    if (nb == 0) {
      return this;
    }
    if (n == 0) {
      n = nb;
      mean = other.mean;
      m2 = other.m2;
      sum = other.sum;
      return this;
    }
    long total = n + nb;
    double delta = other.mean - mean;
    double na = n;
    // Weighting the two means, rather than moving one by delta nb / n, keeps the result symmetric
    // in the two parts.
    mean = (na * mean + nb * other.mean) / total;
    m2 = m2 + other.m2 + delta * delta * (na * nb / total);
    sum += other.sum;
    n = total;
    return this;
  }

  /**
   * The number of values added.
   *
   * @return the count of present values
   */
  public long count() {
    return n;
  }

  /**
   * The mean.
   *
   * @return the mean; undefined ({@code NO_DATA}) without values
   */
  public Estimate mean() {
    return n == 0 ? Estimate.undefined(UndefinedReason.NO_DATA) : Estimate.of(mean);
  }

  /**
   * The sample variance, M<sub>2</sub> / (n - 1).
   *
   * @return the variance; undefined ({@code TOO_FEW_OBSERVATIONS}) with fewer than two values
   */
  public Estimate variance() {
    return n < 2 ? Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS) : Estimate.of(m2 / (n - 1));
  }

  /**
   * The sample standard deviation, the square root of {@link #variance()}.
   *
   * @return the standard deviation; undefined ({@code TOO_FEW_OBSERVATIONS}) with fewer than two
   *     values
   */
  public Estimate standardDeviation() {
    return n < 2 ? Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS) : Estimate.of(Math.sqrt(m2 / (n - 1)));
  }

  /**
   * The sum of squared deviations from the mean, M<sub>2</sub> (0 without values).
   *
   * @return M<sub>2</sub>, in the square of the values' unit
   */
  public double sumOfSquaredDeviations() {
    return m2;
  }

  /** The plain sum of the values (0 without values). */
  double rawSum() {
    return sum;
  }

  /** The mean, or 0 without values. */
  double rawMean() {
    return mean;
  }

  /** The variance, or NaN with fewer than two values. */
  double rawVariance() {
    return n < 2 ? Double.NaN : m2 / (n - 1);
  }
}
