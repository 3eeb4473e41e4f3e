package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the LMG decomposition on random correlated predictors: the shares sum to R<sup>2</sup>,
 * do not depend on the order of the predictors or on rescaling one, and a predictor of pure noise
 * gets a share near 0.
 */
class RelativeImportancePropertiesTest {
  /** Two computations of the same quantity: rounding only. */
  private static final double TOL = 1e-10;

  /** p predictors x n rows sharing a common factor of random strength, on a Likert-like range. */
  static double[][] predictors(long seed, int p, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double loading = random.nextDouble(0, 1.2);
    double[][] x = new double[p][n];
    for (int r = 0; r < n; r++) {
      double common = random.nextGaussian();
      for (int j = 0; j < p; j++) {
        x[j][r] = 50 + 10 * (loading * common + random.nextGaussian());
      }
    }
    return x;
  }

  /** The outcome: a weighted sum of the predictors plus unit noise. */
  static double[] outcome(long seed, double[][] x, double[] weights) {
    SplittableRandom random = new SplittableRandom(~seed);
    int n = x[0].length;
    double[] y = new double[n];
    for (int r = 0; r < n; r++) {
      double v = 0;
      for (int j = 0; j < x.length; j++) {
        v += weights[j] * (x[j][r] - 50) / 10;
      }
      y[r] = 3 + v + random.nextGaussian();
    }
    return y;
  }

  static double[] weights(long seed, int p) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    double[] w = new double[p];
    for (int j = 0; j < p; j++) {
      w[j] = random.nextDouble(-1, 1);
    }
    return w;
  }

  @Test
  void sharesAreNonNegativeAndSumToRSquared() {
    qt().forAll(longs().all(), integers().between(1, 7), integers().between(12, 200))
        .checkAssert((seed, p, n) -> {
          double[][] x = predictors(seed, p, n);
          RelativeImportance importance = RelativeImportance.of(outcome(seed, x, weights(seed, p)), x);
          double sum = 0;
          double relative = 0;
          for (int j = 0; j < p; j++) {
            double share = importance.share(j).value();
            assertTrue(share >= -TOL, importance::toString);
            sum += share;
            relative += importance.relativeShare(j).value();
          }
          assertEquals(importance.rSquared().value(), sum, TOL);
          assertEquals(1, relative, TOL);
          // Adding a predictor never lowers R2: every subset is at most the full model.
          for (int s = 0; s < 1 << p; s++) {
            assertTrue(importance.subsetRSquared(s).value() <= importance.rSquared().value() + TOL);
          }
        });
  }

  @Test
  void sharesDoNotDependOnTheOrderOfThePredictors() {
    qt().forAll(longs().all(), integers().between(2, 6), integers().between(15, 120))
        .checkAssert((seed, p, n) -> {
          double[][] x = predictors(seed, p, n);
          double[] y = outcome(seed, x, weights(seed, p));
          int[] order = permutation(seed, p);
          double[][] permuted = new double[p][];
          for (int j = 0; j < p; j++) {
            permuted[j] = x[order[j]];
          }
          RelativeImportance original = RelativeImportance.of(y, x);
          RelativeImportance reordered = RelativeImportance.of(y, permuted);
          for (int j = 0; j < p; j++) {
            assertEquals(original.share(order[j]).value(), reordered.share(j).value(), TOL);
            assertEquals(original.beta(order[j]).value(), reordered.beta(j).value(), TOL);
          }
        });
  }

  @Test
  void sharesDoNotDependOnTheScaleOfAPredictorOrTheOutcomesShift() {
    qt().forAll(longs().all(), integers().between(1, 6), doubles().between(0.01, 100))
        .checkAssert((seed, p, factor) -> {
          double[][] x = predictors(seed, p, 80);
          double[] y = outcome(seed, x, weights(seed, p));
          RelativeImportance original = RelativeImportance.of(y, x);
          double[][] rescaled = x.clone();
          int which = (int) Math.floorMod(seed, (long) p);
          rescaled[which] = new double[80];
          double[] shifted = new double[80];
          for (int r = 0; r < 80; r++) {
            // A negative factor flips the predictor: its share is unchanged, its beta changes sign.
            rescaled[which][r] = -factor * x[which][r] + 17;
            shifted[r] = y[r] - 3;
          }
          RelativeImportance changed = RelativeImportance.of(shifted, rescaled);
          for (int j = 0; j < p; j++) {
            assertEquals(original.share(j).value(), changed.share(j).value(), TOL);
            double sign = j == which ? -1 : 1;
            assertEquals(sign * original.beta(j).value(), changed.beta(j).value(), TOL);
          }
        });
  }

  @Test
  void aPredictorOfPureNoiseGetsAShareNearZero() {
    // Predictor 5 is unrelated to the outcome and to the others; with 1,000 rows its share is of the
    // order of 1/n (its chance correlation squared), against shares of several percent for the
    // others. The bound 0.005 is about five times the expected chance share.
    qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
      int n = 1000;
      double[][] x = predictors(seed, 6, n);
      SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
      for (int r = 0; r < n; r++) {
        x[5][r] = 50 + 10 * random.nextGaussian();
      }
      double[] y = outcome(seed, x, new double[] {0.8, 0.6, 0.4, 0.3, 0.2, 0});
      RelativeImportance importance = RelativeImportance.of(y, x);
      assertTrue(importance.share(5).value() < 0.005, importance.share(5)::toString);
      assertTrue(importance.share(0).value() > 0.02, importance.share(0)::toString);
      RelativeImportance.Bootstrap bootstrap = importance.bootstrap(50, seed, 0.95);
      assertTrue(bootstrap.shareLower(5).value() < 0.005, bootstrap.shareLower(5)::toString);
    });
  }

  @Test
  void theBootstrapIntervalsBracketTheRSquaredOfMostSamples() {
    qt().withExamples(20).forAll(longs().all(), integers().between(30, 150)).checkAssert((seed, n) -> {
      double[][] x = predictors(seed, 3, n);
      RelativeImportance importance = RelativeImportance.of(outcome(seed, x, new double[] {1, 0.5, 0}), x);
      RelativeImportance.Bootstrap bootstrap = importance.bootstrap(60, seed, 0.9);
      assertTrue(bootstrap.rSquaredLower().value() <= bootstrap.rSquaredUpper().value());
      for (int j = 0; j < 3; j++) {
        assertTrue(bootstrap.shareLower(j).value() >= -TOL);
        assertTrue(bootstrap.shareUpper(j).value() <= 1 + TOL);
      }
    });
  }

  private static int[] permutation(long seed, int p) {
    int[] order = new int[p];
    for (int j = 0; j < p; j++) {
      order[j] = j;
    }
    SplittableRandom random = new SplittableRandom(seed + 1);
    for (int j = p - 1; j > 0; j--) {
      int k = random.nextInt(j + 1);
      int t = order[j];
      order[j] = order[k];
      order[k] = t;
    }
    return order;
  }
}
