package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The accumulators of whole-number answers give the same alpha, rwg(j) and AD, with the same
 * undefined reasons, as the two-pass estimators of the package (which are checked against R).
 */
class AnswerAccumulatorsPropertiesTest {
  /** The two differ only by rounding: a few ulps, more where alpha's 1 - tr/sum cancels. */
  private static final double TOLERANCE = 1e-11;

  @Test
  void alphaRwgJAndAdAgreeWithTheTwoPassEstimators() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = random.nextInt(40);
      int k = 2 + random.nextInt(6);
      int options = 2 + random.nextInt(10);
      double missing = random.nextInt(4) * 0.1;
      boolean constant = random.nextInt(5) == 0;
      double[][] items = new double[k][n];
      for (int row = 0; row < n; row++) {
        for (int i = 0; i < k; i++) {
          int answer = constant ? options / 2 : random.nextInt(options);
          items[i][row] = random.nextDouble() < missing ? Double.NaN : answer;
        }
      }
      compare(items, options, TOLERANCE);
    });
  }

  @Test
  void aScaleWithMillionsOfOptionsStillAgrees() {
    // Sums of squares beyond 2^53 are no longer exact; the result must stay close all the same.
    Random random = new Random(7);
    int options = 2_000_001;
    int n = 400;
    double[][] items = new double[3][n];
    for (double[] item : items) {
      for (int row = 0; row < n; row++) {
        item[row] = random.nextInt(options);
      }
    }
    compare(items, options, 1e-9);
  }

  private static void compare(double[][] items, int options, double tolerance) {
    int k = items.length;
    int n = items[0].length;
    AnswerCovariances covariances = new AnswerCovariances(k);
    AnswerAgreement agreement = new AnswerAgreement(k, options);
    double[] row = new double[k];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < k; i++) {
        row[i] = items[i][r];
      }
      covariances.accept(row);
      agreement.accept(row);
    }
    AgreementNull nullModel = AgreementNull.uniform(options);
    String where = n + " rows of " + k + " items";
    if (n >= 2) {
      assertClose(CronbachAlpha.withDefaults().compute(items).rawAlpha(), covariances.alpha(), tolerance,
          "alpha, " + where);
    }
    assertClose(Agreement.rwgJ(nullModel, items), agreement.rwgJ(nullModel), tolerance, "rwg(j), " + where);
    assertClose(Agreement.ad(Agreement.Centre.MEAN, items), agreement.ad(), tolerance, "AD, " + where);
  }

  static void assertClose(Estimate expected, Estimate actual, double tolerance, String what) {
    assertEquals(expected.isDefined(), actual.isDefined(), () -> what + ": " + expected + " vs " + actual);
    if (expected.isDefined()) {
      double e = expected.value();
      assertEquals(e, actual.value(), tolerance * Math.max(1, Math.abs(e)), what);
    } else {
      assertEquals(expected.undefinedReason(), actual.undefinedReason(), what);
    }
  }
}
