package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.stats.CronbachAlpha.Result;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of alpha and keying on random 1-5 answers driven by one latent trait (so that alpha is
 * usually defined), with and without missing answers.
 */
class CronbachAlphaPropertiesTest {
  private static final double MIN = 1;
  private static final double MAX = 5;
  /** Every property compares two computations of the same quantity: rounding only. */
  private static final double TOL = 1e-9;

  /** k items x n respondents; each answer missing with probability {@code missing}. */
  static double[][] answers(long seed, int k, int n, double missing) {
    SplittableRandom random = new SplittableRandom(seed);
    double loading = random.nextDouble(0, 1.5);
    double[][] items = new double[k][n];
    for (int i = 0; i < n; i++) {
      double trait = random.nextGaussian();
      for (int j = 0; j < k; j++) {
        double x = Math.rint(3 + loading * trait + random.nextGaussian());
        items[j][i] = random.nextDouble() < missing ? Double.NaN : Math.max(MIN, Math.min(MAX, x));
      }
    }
    return items;
  }

  static boolean[] keys(long seed, int k) {
    SplittableRandom random = new SplittableRandom(~seed);
    boolean[] keys = new boolean[k];
    for (int j = 0; j < k; j++) {
      keys[j] = random.nextBoolean();
    }
    return keys;
  }

  @Test
  void alphaIsAtMostOneWithCompleteData() {
    // With missing data a pairwise covariance matrix need not be positive semi-definite, and then
    // alpha can exceed 1; with complete data 1'C1 <= k tr(C) bounds it.
    qt().forAll(longs().all(), integers().between(2, 8), integers().between(3, 60))
        .checkAssert((seed, k, n) -> {
          Result r = CronbachAlpha.withDefaults().compute(answers(seed, k, n, 0), keys(seed, k), MIN, MAX);
          assertTrue(r.rawAlpha().orElse(0) <= 1 + 1e-12, r::toString);
          assertTrue(r.standardizedAlpha().orElse(0) <= 1 + 1e-12, r::toString);
        });
  }

  @Test
  void respondentOrderDoesNotMatter() {
    qt().forAll(longs().all(), integers().between(2, 6), integers().between(3, 50))
        .checkAssert((seed, k, n) -> {
          double[][] items = answers(seed, k, n, 0.15);
          int[] order = permutation(seed, n);
          double[][] shuffled = new double[k][n];
          for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
              shuffled[j][i] = items[j][order[i]];
            }
          }
          boolean[] keys = keys(seed, k);
          Result a = CronbachAlpha.withDefaults().compute(items, keys, MIN, MAX);
          Result b = CronbachAlpha.withDefaults().compute(shuffled, keys, MIN, MAX);
          assertSame(a.rawAlpha(), b.rawAlpha());
          assertSame(a.standardizedAlpha(), b.standardizedAlpha());
          assertSame(a.total().g6Smc(), b.total().g6Smc());
          assertSame(a.total().standardError(), b.total().standardError());
          assertSame(a.scoreMean(), b.scoreMean());
          for (int j = 0; j < k; j++) {
            assertSame(a.item(j).rawR(), b.item(j).rawR());
            assertSame(a.item(j).itemRestR(), b.item(j).itemRestR());
            assertSame(a.item(j).ifDropped().rawAlpha(), b.item(j).ifDropped().rawAlpha());
          }
        });
  }

  @Test
  void reverseKeyingTwiceIsTheIdentity() {
    qt().forAll(doubles().between(-100, 100), doubles().between(0.5, 50), doubles().between(0, 1))
        .checkAssert((min, width, position) -> {
          double max = min + width;
          double x = min + position * width;
          double twice = ReverseKeying.reverse(ReverseKeying.reverse(x, min, max), min, max);
          assertEquals(x, twice, 4 * Math.ulp(Math.abs(min) + Math.abs(max)));
        });
    qt().forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, n) -> {
          double[] column = answers(seed, 1, n, 0.2)[0];
          double[] twice = ReverseKeying.reverse(ReverseKeying.reverse(column, MIN, MAX), MIN, MAX);
          // Integer answers reverse exactly; NaN stays NaN.
          assertTrue(Arrays.equals(column, twice));
        });
  }

  @Test
  void addingAConstantChangesNoVarianceBasedStatistic() {
    qt().forAll(longs().all(), integers().between(2, 6), doubles().between(-50, 50))
        .checkAssert((seed, k, shift) -> {
          double[][] items = answers(seed, k, 40, 0.1);
          double[][] shifted = new double[k][];
          for (int j = 0; j < k; j++) {
            shifted[j] = items[j].clone();
            for (int i = 0; i < shifted[j].length; i++) {
              shifted[j][i] += shift;
            }
          }
          // The nominal ends move with the answers, so reversed items shift consistently.
          boolean[] keys = keys(seed, k);
          Result a = CronbachAlpha.withDefaults().compute(items, keys, MIN, MAX);
          Result b = CronbachAlpha.withDefaults().compute(shifted, keys, MIN + shift, MAX + shift);
          assertSame(a.rawAlpha(), b.rawAlpha());
          assertSame(a.standardizedAlpha(), b.standardizedAlpha());
          assertSame(a.scoreSd(), b.scoreSd());
          for (int j = 0; j < k; j++) {
            assertSame(a.item(j).itemRestR(), b.item(j).itemRestR());
            assertSame(a.item(j).sd(), b.item(j).sd());
          }
        });
  }

  @Test
  void reversingAnItemInDataAndKeysLeavesAlphaUnchanged() {
    qt().forAll(longs().all(), integers().between(2, 6), integers().between(3, 50))
        .checkAssert((seed, k, n) -> {
          double[][] items = answers(seed, k, n, 0.1);
          boolean[] keys = keys(seed, k);
          int j = (int) Math.floorMod(seed, (long) k);
          double[][] flippedItems = items.clone();
          flippedItems[j] = ReverseKeying.reverse(items[j], MIN, MAX);
          boolean[] flippedKeys = keys.clone();
          flippedKeys[j] = !keys[j];
          Result a = CronbachAlpha.withDefaults().compute(items, keys, MIN, MAX);
          Result b = CronbachAlpha.withDefaults().compute(flippedItems, flippedKeys, MIN, MAX);
          assertSame(a.rawAlpha(), b.rawAlpha());
          assertSame(a.standardizedAlpha(), b.standardizedAlpha());
          assertSame(a.item(j).mean(), b.item(j).mean());
          assertSame(a.scoreMean(), b.scoreMean());
        });
  }

  private static int[] permutation(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int r = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[r];
      order[r] = t;
    }
    return order;
  }

  /** Same definedness and reason, and values equal to rounding error. */
  private static void assertSame(Estimate expected, Estimate actual) {
    assertEquals(expected.undefinedReason(), actual.undefinedReason(), () -> expected + " vs " + actual);
    if (expected.isDefined()) {
      double e = expected.value();
      assertEquals(e, actual.value(), TOL * Math.max(1, Math.abs(e)), () -> expected + " vs " + actual);
    }
  }
}
