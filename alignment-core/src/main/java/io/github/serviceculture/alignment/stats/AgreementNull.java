package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The null distribution of within-group agreement: the variance of the answers expected when raters
 * answer at random ({@code ranvar} in R's {@code multilevel} package), the denominator of rwg,
 * rwg(j) and r*wg(j).
 *
 * <p>For the uniform null of a scale with {@code A} response options the variance is
 * {@code (A^2 - 1) / 12}: 1.25 for 4 options, 2 for 5 (multilevel's default), 35/12 for 6 and 4 for
 * 7. It depends on the number of options, not their labels (items coded 0..4 also have 2). For a
 * skewed null (James, Demaree and Wolf 1984, for example 1.34 for a moderately skewed 5-point
 * scale) give the variance directly.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementNull {
  private static final String TYPE = "AgreementNull";

  private final double variance;
  private final int options;

  private AgreementNull(double variance, int options) {
    this.variance = variance;
    this.options = options;
  }

  /**
   * The uniform (rectangular) null of a scale with {@code options} equally spaced response options.
   *
   * @param options the number of response options, 2 or more
   * @return the null with variance {@code (options^2 - 1) / 12}
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code options < 2}
   */
  public static AgreementNull uniform(int options) {
    Checks.require(options >= 2, TYPE, "options", options, "must be at least 2");
    return new AgreementNull(((double) options * options - 1) / 12, options);
  }

  /**
   * A null given by its variance, for example a skewed null.
   *
   * @param variance the expected variance of random answers; finite and greater than 0
   * @return the null
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code variance} is not
   *     finite and positive
   */
  public static AgreementNull ofVariance(double variance) {
    Checks.positive(TYPE, "variance", variance);
    return new AgreementNull(variance, 0);
  }

  /**
   * The expected error variance (in squared scale units).
   *
   * @return the variance; finite and greater than 0
   */
  public double variance() {
    return variance;
  }

  /**
   * The number of response options of a uniform null.
   *
   * @return the number of options, or empty for a null given by its variance
   */
  public OptionalInt options() {
    return options == 0 ? OptionalInt.empty() : OptionalInt.of(options);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AgreementNull)) {
      return false;
    }
    AgreementNull other = (AgreementNull) o;
    return options == other.options
        && Double.doubleToLongBits(variance) == Double.doubleToLongBits(other.variance);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(variance) + options;
  }

  @Override
  public String toString() {
    return options == 0
        ? "AgreementNull[variance=" + variance + "]"
        : "AgreementNull[uniform, options=" + options + ", variance=" + variance + "]";
  }
}
