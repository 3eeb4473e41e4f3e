package io.github.serviceculture.alignment.stats;

import org.apache.commons.numbers.gamma.Beta;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Student's t with {@code df} degrees of freedom: the survival function, the density and the upper
 * quantile the Welch interval needs, for a df that changes with every gap.
 *
 * <p>Why not {@link TDistribution} itself: {@code TDistribution.of} computes both {@code
 * Beta(1/2, df/2)} and its logarithm (for {@code logDensity}), and the logarithm, which nothing here
 * uses, is a third of the cost of a gap's distribution work. The survival function and the density
 * below are Commons Statistics 1.3's {@code StudentsTDistribution.cumulativeProbability} and {@code
 * density}, the same calls of the same functions with the same arguments, so they return the same
 * doubles bit for bit ({@code StudentTPropertiesTest} holds them to that, and fails if a new version
 * of Commons changes its formulas). The generic inverse and the normal limit (where {@code
 * TDistribution} delegates to the normal distribution) stay with {@code TDistribution}.
 *
 * <p>Immutable and thread-safe.
 */
final class StudentT {
  /** Where {@code TDistribution.pdf} avoids {@code pow} because its base is close to 1. */
  private static final double CLOSE_TO_ZERO = 0.25;
  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  private final double df;
  /** {@code -(df + 1) / 2}. */
  private final double mvp1Over2;
  /** {@code sqrt(df) Beta(1/2, df/2)}. */
  private final double densityNormalisation;
  /** Set where {@code TDistribution} is the normal distribution (its variance rounds to 1), else null. */
  private final @Nullable TDistribution normal;

  private StudentT(double df) {
    this.df = df;
    // TDistribution.of's test: it turns to the standard normal when the variance df / (df - 2)
    // rounds to 1 (from about 3.6e16 on).
    if (df > 2 && df / (df - 2) == 1) {
      this.normal = TDistribution.of(df);
      this.mvp1Over2 = 0;
      this.densityNormalisation = 0;
    } else {
      this.normal = null;
      this.mvp1Over2 = -0.5 * (df + 1);
      this.densityNormalisation = Math.sqrt(df) * Beta.value(0.5, df / 2);
    }
  }

  /**
   * The distribution with {@code df} degrees of freedom.
   *
   * @param df positive and not NaN
   */
  static StudentT of(double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("degrees of freedom must be positive");
    }
    return new StudentT(df);
  }

  /** P(T > x), equal to {@code TDistribution.of(df).survivalProbability(x)}. */
  double survival(double x) {
    if (normal != null) {
      return normal.survivalProbability(x);
    }
    // TDistribution's survivalProbability(x) is its cumulativeProbability(-x), written out.
    double t = -x;
    if (t == 0) {
      return 0.5;
    }
    double t2 = t * t;
    double z;
    if (df < 2 * t2) {
      z = RegularizedBeta.value(df / (df + t2), df / 2, 0.5) / 2;
    } else {
      z = RegularizedBeta.complement(t2 / (df + t2), 0.5, df / 2) / 2;
    }
    return t > 0 ? 1 - z : z;
  }

  /** The density at x, equal to {@code TDistribution.of(df).density(x)}. */
  double density(double x) {
    if (normal != null) {
      return normal.density(x);
    }
    double t2OverV = x * x / df;
    if (t2OverV < CLOSE_TO_ZERO) {
      return Math.exp(Math.log1p(t2OverV) * mvp1Over2) / densityNormalisation;
    }
    return Math.pow(1 + t2OverV, mvp1Over2) / densityNormalisation;
  }

  /** The two-sided p value of a statistic t, {@code min(1, 2 P(T > |t|))}. */
  double twoSided(double t) {
    return Math.min(1, 2 * survival(Math.abs(t)));
  }

  /**
   * The quantile with upper-tail probability {@code tail} (R's {@code qt(tail, df, lower.tail =
   * FALSE)}). Halley steps on the survival function from the Cornish-Fisher expansion reach full
   * precision in one or two evaluations of the distribution (one from about 15 df on at the 95 %
   * level), where the generic inverse needs a bracketing search of a dozen or more; small df, where
   * the expansion is poor, and tails above 0.25 use the generic inverse.
   *
   * @param tail in (0, 1)
   */
  double upperQuantile(double tail) {
    if (df < 3 || tail > 0.25) {
      return TDistribution.of(df).inverseSurvivalProbability(tail);
    }
    double z = NormalQuantile.upper(tail);
    double z2 = z * z;
    double x = z + z * (z2 + 1) / (4 * df)
        + z * ((5 * z2 + 16) * z2 + 3) / (96 * df * df)
        + z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / (384 * df * df * df)
        + z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / (92160 * df * df * df * df);
    for (int i = 0; i < 6; i++) {
      // g(x) = S(x) - tail has g' = -f and g'' = f (df + 1) x / (df + x^2), the density's own
      // derivative, so Halley's third-order step costs no more than Newton's.
      double newton = (survival(x) - tail) / density(x);
      double step = newton / (1 - newton * (df + 1) * x / (2 * (df + x * x)));
      if (!Double.isFinite(step)) {
        break;
      }
      x += step;
      // Halley cubes the error: after a step of 1e-6 x, what remains is below an ulp for the tails
      // of confidence levels up to 0.999, and within a few ulps down to tails of 1e-8 (tested).
      if (Math.abs(step) <= 1e-6 * x) {
        return x;
      }
    }
    return TDistribution.of(df).inverseSurvivalProbability(tail);
  }

  /**
   * The standard normal's upper quantile of the last tail asked for: the level rarely changes. Seeded
   * with the tail of the default 95 % level.
   */
  private static final class NormalQuantile {
    private static volatile NormalQuantile last = new NormalQuantile((1 - 0.95) / 2);
    private final double tail;
    private final double z;

    private NormalQuantile(double tail) {
      this.tail = tail;
      this.z = NORMAL.inverseSurvivalProbability(tail);
    }

    static double upper(double tail) {
      NormalQuantile cached = last;
      if (cached.tail != tail) {
        cached = new NormalQuantile(tail);
        last = cached;
      }
      return cached.z;
    }
  }
}
