package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Hand-computed cases, undefined cases and the bootstrap's contract. */
class RelativeImportanceTest {
  @Test
  void twoUncorrelatedPredictorsShareRSquaredAsTheirSquaredCorrelations() {
    // x1, x2 and e are centred and orthogonal to each other, and y = x1 + 2 x2 + e.
    double[] x1 = {1, -1, 1, -1, 0, 0};
    double[] x2 = {1, 1, -1, -1, 0, 0};
    double[] e = {0, 0, 0, 0, 1, -1};
    double[] y = new double[6];
    for (int i = 0; i < 6; i++) {
      y[i] = x1[i] + 2 * x2[i] + e[i];
    }
    // Sums of squares: x1 4, x2 4, e 2; y = x1 + 2 x2 + e has 4 + 16 + 2 = 22.
    // R2(x1) = 4 / 22, R2(x2) = 16 / 22, R2(both) = 20 / 22; orthogonal, so each share is its own R2.
    RelativeImportance importance = RelativeImportance.of(y, x1, x2);
    assertEquals(6, importance.n());
    assertEquals(4.0 / 22, importance.subsetRSquared(1).value(), 1e-15);
    assertEquals(16.0 / 22, importance.subsetRSquared(2).value(), 1e-15);
    assertEquals(20.0 / 22, importance.rSquared().value(), 1e-15);
    assertEquals(4.0 / 22, importance.share(0).value(), 1e-15);
    assertEquals(16.0 / 22, importance.share(1).value(), 1e-15);
    assertEquals(0.2, importance.relativeShare(0).value(), 1e-15);
    // beta = b * sd(x) / sd(y): 1 * 2 / sqrt(22) and 2 * 2 / sqrt(22).
    assertEquals(2 / Math.sqrt(22), importance.beta(0).value(), 1e-15);
    assertEquals(4 / Math.sqrt(22), importance.beta(1).value(), 1e-15);
    assertEquals(0, importance.subsetRSquared(0).value());
  }

  @Test
  void correlatedPredictorsSplitTheirCommonPartEvenly() {
    // Two correlated predictors: R2(x1), R2(x2) and R2(both) by hand give the two shares
    // (R2(x1) + R2(both) - R2(x2)) / 2 and (R2(x2) + R2(both) - R2(x1)) / 2.
    double[] x1 = {0, 1, 2, 3, 4};
    double[] x2 = {1, 0, 3, 2, 4};
    double[] y = {0, 2, 1, 4, 3};
    RelativeImportance importance = RelativeImportance.of(y, x1, x2);
    // Centred: x1 (-2,-1,0,1,2), x2 (-1,-2,1,0,2), y (-2,0,-1,2,1); Sxx 10, 10, Syy 10;
    // S(x1,y) = 4+0+0+2+2 = 8, S(x2,y) = 2+0-1+0+2 = 3, S(x1,x2) = 2+2+0+0+4 = 8.
    double r1 = 0.64;
    double r2 = 0.09;
    // Both: R2 = (r1y^2 + r2y^2 - 2 r1y r2y r12) / (1 - r12^2) with r1y .8, r2y .3, r12 .8.
    double both = (0.64 + 0.09 - 2 * 0.8 * 0.3 * 0.8) / (1 - 0.64);
    assertEquals(r1, importance.subsetRSquared(1).value(), 1e-14);
    assertEquals(r2, importance.subsetRSquared(2).value(), 1e-14);
    assertEquals(both, importance.rSquared().value(), 1e-14);
    assertEquals((r1 + both - r2) / 2, importance.share(0).value(), 1e-14);
    assertEquals((r2 + both - r1) / 2, importance.share(1).value(), 1e-14);
    // beta1 = (r1y - r2y r12) / (1 - r12^2).
    assertEquals((0.8 - 0.3 * 0.8) / 0.36, importance.beta(0).value(), 1e-14);
  }

  @Test
  void incompleteRowsAreDroppedListwise() {
    double[] x1 = {0, 1, 2, 3, 4, Double.NaN, 7};
    double[] x2 = {1, 0, 3, 2, 4, 9, 1};
    double[] y = {0, 2, 1, 4, 3, 5, Double.NaN};
    RelativeImportance listwise = RelativeImportance.of(y, x1, x2);
    RelativeImportance complete = RelativeImportance.of(new double[] {0, 2, 1, 4, 3},
        new double[] {0, 1, 2, 3, 4}, new double[] {1, 0, 3, 2, 4});
    assertEquals(5, listwise.n());
    assertEquals(complete.share(0), listwise.share(0));
    assertEquals(complete.rSquared(), listwise.rSquared());
  }

  @Test
  void tooFewCompleteRowsLeaveEveryFigureUndefined() {
    // p + 2 = 4 rows are needed for one residual degree of freedom.
    RelativeImportance importance = RelativeImportance.of(new double[] {1, 2, 4},
        new double[] {1, 2, 3}, new double[] {3, 1, 2});
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, importance.undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, importance.share(1).undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, importance.rSquared().undefinedReason().orElseThrow());
    RelativeImportance.Bootstrap bootstrap = importance.bootstrap(50, 1, 0.95);
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, bootstrap.shareLower(0).undefinedReason().orElseThrow());
    assertEquals(0, bootstrap.validResamples());
  }

  @Test
  void aConstantPredictorOrOutcomeIsZeroVariance() {
    double[] x = {1, 2, 3, 4, 5};
    double[] constant = {3, 3, 3, 3, 3};
    assertEquals(UndefinedReason.ZERO_VARIANCE,
        RelativeImportance.of(x, constant, x).undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.ZERO_VARIANCE,
        RelativeImportance.of(constant, x).beta(0).undefinedReason().orElseThrow());
  }

  @Test
  void aPredictorThatIsALinearCombinationOfOthersIsASingularMatrix() {
    double[] x1 = {1, 2, 3, 4, 5, 6};
    double[] x2 = {2, 1, 4, 3, 6, 5};
    double[] sum = new double[6];
    for (int i = 0; i < 6; i++) {
      sum[i] = 2 * x1[i] - x2[i];
    }
    double[] y = {1, 3, 2, 5, 4, 6};
    RelativeImportance importance = RelativeImportance.of(y, x1, x2, sum);
    assertEquals(UndefinedReason.SINGULAR_MATRIX, importance.undefinedReason().orElseThrow());
    assertFalse(importance.share(2).isDefined());
  }

  @Test
  void relativeSharesAreUndefinedWhenNothingIsExplained() {
    // y is orthogonal to x1 and x2: R2 = 0 exactly.
    double[] x1 = {1, -1, 1, -1};
    double[] x2 = {1, 1, -1, -1};
    double[] y = {1, -1, -1, 1};
    RelativeImportance importance = RelativeImportance.of(y, x1, x2);
    assertEquals(0, importance.rSquared().value(), 1e-15);
    assertEquals(UndefinedReason.ZERO_VARIANCE, importance.relativeShare(0).undefinedReason().orElseThrow());
  }

  @Test
  void badArgumentsNameTheField() {
    InvalidValueException lengths = assertThrows(InvalidValueException.class,
        () -> RelativeImportance.of(new double[3], new double[4]));
    assertTrue(lengths.getMessage().contains("outcome"), lengths::getMessage);
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> RelativeImportance.of(new double[3]));
    assertTrue(none.getMessage().contains("predictors"), none::getMessage);
    InvalidValueException many = assertThrows(InvalidValueException.class,
        () -> RelativeImportance.of(new double[3], new double[13][3]));
    assertTrue(many.getMessage().contains("at most 12"), many::getMessage);
    InvalidValueException infinite = assertThrows(InvalidValueException.class,
        () -> RelativeImportance.of(new double[] {1, Double.POSITIVE_INFINITY}, new double[2]));
    assertTrue(infinite.getMessage().contains("outcome[1]"), infinite::getMessage);
    RelativeImportance importance = RelativeImportance.of(new double[] {0, 2, 1, 4, 3},
        new double[] {0, 1, 2, 3, 4});
    assertThrows(InvalidValueException.class, () -> importance.share(1));
    assertThrows(InvalidValueException.class, () -> importance.subsetRSquared(2));
    assertThrows(InvalidValueException.class, () -> importance.bootstrap(1, 0, 0.95));
    assertThrows(InvalidValueException.class, () -> importance.bootstrap(100, 0, 1));
  }

  @Test
  void theBootstrapIsTheSameForTheSameSeedAndDiffersForAnother() {
    double[][] x = RelativeImportancePropertiesTest.predictors(7, 6, 120);
    double[] y = RelativeImportancePropertiesTest.outcome(7, x, new double[] {1, 0.5, 0.2, 0, 0, 0});
    RelativeImportance importance = RelativeImportance.of(y, x);
    RelativeImportance.Bootstrap a = importance.bootstrap(100, 42, 0.95);
    RelativeImportance.Bootstrap b = RelativeImportance.of(y, x).bootstrap(100, 42, 0.95);
    RelativeImportance.Bootstrap c = importance.bootstrap(100, 43, 0.95);
    assertEquals(100, a.validResamples());
    for (int j = 0; j < 6; j++) {
      assertEquals(a.shareLower(j), b.shareLower(j));
      assertEquals(a.shareUpper(j), b.shareUpper(j));
      assertTrue(a.shareLower(j).value() <= importance.share(j).value() + 0.05);
      assertTrue(a.shareLower(j).value() <= a.shareUpper(j).value());
    }
    assertNotEquals(a.shareLower(0), c.shareLower(0));
    assertTrue(a.rSquaredLower().value() < importance.rSquared().value());
    assertTrue(a.rSquaredUpper().value() > importance.rSquared().value());
  }

  @Test
  void aLargerBootstrapStartsWithTheResamplesOfASmallerOne() {
    // Each resample's generator depends on the seed and its index only, so a bootstrap of 2
    // resamples has the limits of its two draws whatever else is drawn; with 2 valid resamples and
    // level 0.5 the limits are at 1/4 and 3/4 between them, and the same two draws begin a larger run.
    double[][] x = RelativeImportancePropertiesTest.predictors(3, 2, 40);
    double[] y = RelativeImportancePropertiesTest.outcome(3, x, new double[] {1, 0.3});
    RelativeImportance importance = RelativeImportance.of(y, x);
    RelativeImportance.Bootstrap two = importance.bootstrap(2, 9, 0.5);
    double low = two.shareLower(0).value();
    double high = two.shareUpper(0).value();
    // lower = a + (b - a) / 4, upper = a + 3 (b - a) / 4, so the draws are recoverable.
    double a = (3 * low - high) / 2;
    double b = (3 * high - low) / 2;
    RelativeImportance.Bootstrap four = importance.bootstrap(4, 9, 0.999);
    // With level 0.999 the limits of 4 draws lie within 0.15 % of their range from their minimum
    // and maximum, and the 2 first draws are among the 4.
    double slack = 0.002 * (four.shareUpper(0).value() - four.shareLower(0).value()) + 1e-12;
    assertTrue(a != b);
    assertTrue(four.shareLower(0).value() <= Math.min(a, b) + slack);
    assertTrue(four.shareUpper(0).value() >= Math.max(a, b) - slack);
  }
}
