package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * {@link StudentT} against Commons Statistics' {@link TDistribution}: the survival function and the
 * density the same doubles, the quantile within 1e-14 relative; and the quantile against closed forms.
 */
class StudentTPropertiesTest {
  /** df from 0.01 to 1e7, spread evenly in log scale, so that non-integer values dominate. */
  private static double df(double log10) {
    return Math.pow(10, log10);
  }

  @Test
  void survivalAndDensityAreTDistributionsBitForBit() {
    qt().withExamples(20_000)
        .forAll(doubles().between(-2, 7), doubles().between(-60, 60))
        .checkAssert((log10, x) -> {
          double df = df(log10);
          TDistribution expected = TDistribution.of(df);
          StudentT actual = StudentT.of(df);
          String where = "df " + df + ", x " + x;
          assertEquals(Double.doubleToLongBits(expected.survivalProbability(x)),
              Double.doubleToLongBits(actual.survival(x)), () -> where + ": survival");
          assertEquals(Double.doubleToLongBits(expected.density(x)),
              Double.doubleToLongBits(actual.density(x)), () -> where + ": density");
        });
  }

  @Test
  void smallStatisticsAndTheNormalLimitAreTDistributionsBitForBit() {
    // Near 0 the complement branch; at 0 exactly one half; from df 2^55 on TDistribution is the normal.
    for (double df : new double[] {0.5, 1, 2.5, 30.7, 1e9, Math.pow(2, 55), Math.pow(2, 60), 1e300}) {
      TDistribution expected = TDistribution.of(df);
      StudentT actual = StudentT.of(df);
      for (double x : new double[] {0, -0.0, 1e-300, -1e-12, 1e-6, 0.5, 2, -3, 40, 1e10, -1e200,
          Double.POSITIVE_INFINITY}) {
        String where = "df " + df + ", x " + x;
        assertEquals(Double.doubleToLongBits(expected.survivalProbability(x)),
            Double.doubleToLongBits(actual.survival(x)), () -> where + ": survival");
        assertEquals(Double.doubleToLongBits(expected.density(x)),
            Double.doubleToLongBits(actual.density(x)), () -> where + ": density");
      }
    }
  }

  @Test
  void theQuantileAgreesWithTheGenericInverseWithin1e14Relative() {
    qt().withExamples(5_000)
        .forAll(doubles().between(0, 6), doubles().between(-8, Math.log10(0.5)))
        .checkAssert((log10, log10Tail) -> {
          double df = df(log10);
          double tail = Math.pow(10, log10Tail);
          double expected = TDistribution.of(df).inverseSurvivalProbability(tail);
          double actual = StudentT.of(df).upperQuantile(tail);
          assertEquals(expected, actual, 1e-14 * Math.abs(expected), () -> "df " + df + ", tail " + tail);
        });
  }

  @Test
  void theQuantileMatchesClosedForms() {
    for (double tail : new double[] {1e-8, 1e-4, 0.0005, 0.005, 0.025, 0.05, 0.1, 0.2, 0.25}) {
      // df = 1, the Cauchy distribution: tan(pi (1/2 - tail)) = 1 / tan(pi tail), the second
      // without the cancellation of 1/2 - tail.
      double cauchy = 1 / Math.tan(Math.PI * tail);
      assertEquals(cauchy, StudentT.of(1).upperQuantile(tail), 1e-13 * cauchy, "df 1, tail " + tail);
      // df = 2: (1 - 2p) / sqrt(2 p (1 - p)).
      double two = (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail));
      assertEquals(two, StudentT.of(2).upperQuantile(tail), 1e-13 * two, "df 2, tail " + tail);
      // df = 4 (Shaw 2006): 2 sqrt(q - 1), q = cos(acos(sqrt(a)) / 3) / sqrt(a), a = 4 p (1 - p);
      // the first df the Halley steps serve.
      double a = 4 * tail * (1 - tail);
      double q = Math.cos(Math.acos(Math.sqrt(a)) / 3) / Math.sqrt(a);
      double four = 2 * Math.sqrt(q - 1);
      assertEquals(four, StudentT.of(4).upperQuantile(tail), 1e-13 * four, "df 4, tail " + tail);
    }
  }

  @Test
  void degreesOfFreedomMustBePositive() {
    for (double df : new double[] {0, -1, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> StudentT.of(df));
    }
  }
}
