package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.stats.CronbachAlpha.MissingData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CronbachAlphaTest {
  private static final double NA = Double.NaN;

  /** handcheck.csv of the reference folder (FORMULAS.md section 6), 12 raters x 3 items. */
  private static final double[][] HANDCHECK = {
    {4, 4, 5, 4, 3, 3, 3, 3, 1, 5, 1, 5},
    {4, 5, 5, 4, 2, 3, 3, 2, 2, 4, 2, 5},
    {3, 4, 4, 4, 3, 3, 4, 3, 1, 5, 2, 4},
  };

  @Test
  void handcheckMatchesTheWorkedValues() {
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(HANDCHECK);
    // 132 C has trace 606 and grand sum 1580, so alpha = (3/2)(1 - 606/1580).
    assertEquals(1461.0 / 1580, r.rawAlpha().value(), 1e-14);
    assertEquals(0.927866, r.standardizedAlpha().value(), 5e-7);
    assertEquals(0.810883, r.total().averageR().value(), 5e-7);
    assertEquals(12, r.rows());
    assertEquals(61.0 / 18, r.scoreMean().value(), 1e-14);
  }

  @Test
  void twoItemsWorkedByHand() {
    // var 1 and 1, covariance 0.5: C sums to 3 with trace 2, r = 0.5, smc = r^2 = 0.25.
    double[][] items = {{1, 2, 3}, {1, 3, 2}};
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(items);
    assertEquals(2.0 / 3, r.rawAlpha().value(), 1e-15);
    assertEquals(2.0 / 3, r.standardizedAlpha().value(), 1e-15);
    assertEquals(0.5, r.total().averageR().value(), 1e-15);
    assertEquals(2.0, r.total().signalToNoise().value(), 1e-14);
    assertEquals(0.5, r.total().g6Smc().value(), 1e-15);
    assertEquals(0.5, r.item(0).itemRestR().value(), 1e-15);
  }

  @Test
  void threeItemsWithAReversedItemWorkedByHand() {
    // Keyed third item is {1, 2, 4, 5}; the covariances are 5/3, 4/3, 10/3 on the diagonal and
    // 4/3, 7/3, 2 off it: trace 19/3, sum 53/3.
    double[][] items = {{1, 2, 3, 4}, {2, 2, 4, 4}, {5, 4, 2, 1}};
    CronbachAlpha.Result r =
        CronbachAlpha.withDefaults().compute(items, new boolean[] {false, false, true}, 1, 5);
    assertEquals(51.0 / 53, r.rawAlpha().value(), 1e-14);
    assertEquals(17.0 / 6, r.scoreMean().value(), 1e-14);
    assertEquals(3.0, r.item(2).mean().value(), 1e-15);
    assertEquals(11 / Math.sqrt(130), r.item(0).itemRestR().value(), 1e-14);
    assertEquals(12.0 / 13, r.item(0).ifDropped().rawAlpha().value(), 1e-14);
  }

  @Test
  void aZeroVarianceItemLeavesRawAlphaButMakesCorrelationsUndefined() {
    double[][] items = {{1, 2, 3, 4}, {2, 3, 3, 5}, {3, 3, 3, 3}};
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(items);
    assertTrue(r.rawAlpha().isDefined());
    assertEquals(Optional.of(UndefinedReason.ZERO_VARIANCE), r.standardizedAlpha().undefinedReason());
    assertEquals(Optional.of(UndefinedReason.ZERO_VARIANCE), r.item(2).itemRestR().undefinedReason());
    // Without the constant item the scale is an ordinary two-item scale.
    assertTrue(r.item(2).ifDropped().standardizedAlpha().isDefined());
    assertFalse(r.item(0).ifDropped().standardizedAlpha().isDefined());
  }

  @Test
  void twoItemScalesHaveNoAlphaIfDropped() {
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(new double[][] {{1, 2, 3}, {1, 3, 2}});
    assertEquals(
        Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS),
        r.item(0).ifDropped().rawAlpha().undefinedReason());
    assertEquals(
        Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), r.total().varianceR().undefinedReason());
  }

  @Test
  void identicalItemsMakeTheCorrelationMatrixSingular() {
    double[] a = {1, 2, 4, 3, 5};
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(new double[][] {a, a.clone(), {2, 1, 3, 5, 4}});
    assertEquals(Optional.of(UndefinedReason.SINGULAR_MATRIX), r.total().g6Smc().undefinedReason());
    assertEquals(Optional.of(UndefinedReason.SINGULAR_MATRIX), r.item(0).correctedR().undefinedReason());
    assertTrue(r.rawAlpha().isDefined());
  }

  @Test
  void oneRowGivesUndefinedCoefficientsNotNaN() {
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(new double[][] {{1}, {2}});
    assertEquals(Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), r.rawAlpha().undefinedReason());
    assertFalse(r.feldtLower().isDefined());
    assertFalse(r.scoreSd().isDefined());
  }

  @Test
  void listwiseDropsIncompleteRowsAndPairwiseKeepsThem() {
    double[][] items = {{1, 2, 3, 4, 5, NA}, {2, 1, 4, 3, 5, 2}, {1, 3, 2, 5, 4, 1}};
    assertEquals(5, CronbachAlpha.withDefaults().with(MissingData.LISTWISE).compute(items).rows());
    CronbachAlpha.Result pairwise = CronbachAlpha.withDefaults().compute(items);
    assertEquals(6, pairwise.rows());
    assertEquals(5, pairwise.item(0).n());
    assertEquals(6, pairwise.item(1).n());
  }

  @Test
  void feldtIntervalContainsAlpha() {
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(HANDCHECK);
    assertTrue(r.feldtLower().value() < r.rawAlpha().value());
    assertTrue(r.rawAlpha().value() < r.feldtUpper().value());
  }

  @Test
  void invalidInputsAreRejectedNamingTheParameter() {
    CronbachAlpha alpha = CronbachAlpha.withDefaults();
    assertEquals("items", assertThrows(InvalidValueException.class, () -> alpha.compute(null)).field());
    assertEquals(
        "items",
        assertThrows(InvalidValueException.class, () -> alpha.compute(new double[][] {{1, 2}})).field());
    assertEquals(
        "items[1]",
        assertThrows(InvalidValueException.class, () -> alpha.compute(new double[][] {{1, 2}, {1}}))
            .field());
    assertEquals(
        "reversed",
        assertThrows(
                InvalidValueException.class,
                () -> alpha.compute(HANDCHECK, new boolean[] {true}, 1, 5))
            .field());
  }

  @Test
  void perfectlyOpposedItemsLeaveAlphaUndefinedRatherThanHuge() {
    // The standardized total has zero variance: sum(R) = 2 + 2(-1) is a rounding residue.
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(new double[][] {{1, 2, 5}, {5, 4, 1}});
    assertEquals(UndefinedReason.ZERO_VARIANCE, r.rawAlpha().undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.ZERO_VARIANCE, r.standardizedAlpha().undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.ZERO_VARIANCE, r.total().g6Smc().undefinedReason().orElseThrow());
  }
}
