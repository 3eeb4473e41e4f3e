package io.github.serviceculture.alignment.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of one variable that ignore missing answers ({@code NaN}).
 *
 * <p>The mean, variance and standard deviation are those of {@link Moments}, the accumulator to use
 * for data that arrive in parts.
 *
 * <ul>
 *   <li>{@link #mean}: mean = (1/n) sum x<sub>i</sub> over the n present values, computed as the sum
 *       divided by n followed by a correction pass mean + (1/n) sum (x<sub>i</sub> - mean) (the
 *       algorithm of R's {@code mean}); undefined ({@link UndefinedReason#NO_DATA}) when no value
 *       is present.
 *   <li>{@link #variance}: s<sup>2</sup> = sum (x<sub>i</sub> - mean)<sup>2</sup> / (n - 1) by the corrected two-pass
 *       algorithm (Chan, Golub and LeVeque 1983), as R's {@code var(x, na.rm = TRUE)}; undefined
 *       ({@link UndefinedReason#TOO_FEW_OBSERVATIONS}) with fewer than two present values.
 *   <li>{@link #standardDeviation}: sqrt(s<sup>2</sup>), same undefined cases as R's {@code sd}.
 *   <li>{@link #median}: the middle present value, or the mean of the two middle values for an
 *       even count, as R's {@code median(x, na.rm = TRUE)}; undefined when no value is present.
 * </ul>
 *
 * <p>Infinite values are rejected: an answer is a finite number or {@code NaN} (missing). All
 * methods are pure functions of their argument (which they do not modify) and are thread-safe as
 * long as no other thread writes to the array during the call.
 *
 * @since 0.1.0
 */
public final class Descriptives {
  private static final String TYPE = "Descriptives";

  private Descriptives() {}

  /**
   * Counts the present (non-NaN) values.
   *
   * @param values the values, NaN = missing
   * @return the number of present values
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code values} is null or
   *     has an infinite value
   */
  public static int count(double[] values) {
    Inputs.answers(TYPE, "values", values);
    return presentCount(values);
  }

  /**
   * Returns the mean of the present values.
   *
   * @param values the values, NaN = missing
   * @return the mean; undefined ({@code NO_DATA}) when no value is present
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code values} is null or
   *     has an infinite value
   */
  public static Estimate mean(double[] values) {
    Inputs.answers(TYPE, "values", values);
    return Moments.ofChecked(values).mean();
  }

  /**
   * Returns the sample variance (n - 1 denominator) of the present values.
   *
   * @param values the values, NaN = missing
   * @return the variance; undefined ({@code TOO_FEW_OBSERVATIONS}) with fewer than two present
   *     values
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code values} is null or
   *     has an infinite value
   */
  public static Estimate variance(double[] values) {
    Inputs.answers(TYPE, "values", values);
    return Moments.ofChecked(values).variance();
  }

  /**
   * Returns the sample standard deviation (n - 1 denominator) of the present values.
   *
   * @param values the values, NaN = missing
   * @return the standard deviation, in the unit of the values; undefined ({@code
   *     TOO_FEW_OBSERVATIONS}) with fewer than two present values
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code values} is null or
   *     has an infinite value
   */
  public static Estimate standardDeviation(double[] values) {
    Inputs.answers(TYPE, "values", values);
    return Moments.ofChecked(values).standardDeviation();
  }

  /**
   * Returns the median of the present values.
   *
   * @param values the values, NaN = missing; not modified
   * @return the median; undefined ({@code NO_DATA}) when no value is present
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code values} is null or
   *     has an infinite value
   */
  public static Estimate median(double[] values) {
    Inputs.answers(TYPE, "values", values);
    double m = medianOfPresent(values);
    return m == m ? Estimate.of(m) : Estimate.undefined(UndefinedReason.NO_DATA);
  }

  // Unchecked primitives for the other statistics of the package; NaN marks "undefined".

  static int presentCount(double[] values) {
    int n = 0;
    for (double v : values) {
      if (v == v) {
        n++;
      }
    }
    return n;
  }

  /** Mean of the present values; NaN when none. */
  static double meanOfPresent(double[] values) {
    Moments m = Moments.ofChecked(values);
    return m.count() == 0 ? Double.NaN : m.rawMean();
  }

  /** Sample variance of the present values; NaN with fewer than two. */
  static double varianceOfPresent(double[] values) {
    return Moments.ofChecked(values).rawVariance();
  }

  /** Median of the present values; NaN when none. */
  static double medianOfPresent(double[] values) {
    int n = presentCount(values);
    if (n == 0) {
      return Double.NaN;
    }
    double[] sorted = new double[n];
    int i = 0;
    for (double v : values) {
      if (v == v) {
        sorted[i++] = v;
      }
    }
    Arrays.sort(sorted);
    int half = n / 2;
    return n % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  }
}
