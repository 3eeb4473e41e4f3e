package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.stats.Agreement;
import io.github.serviceculture.alignment.stats.AgreementNull;
import io.github.serviceculture.alignment.stats.CronbachAlpha;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The scorer's one-pass sums give the same alpha, rwg(j) and AD, with the same undefined reasons, as
 * the two-pass estimators of the stats package (which are checked against R), for every set of
 * respondents gathered in the pass.
 */
class DimensionSumsPropertiesTest {
  /** The two differ only by rounding: a few ulps, more where alpha's 1 - tr/sum cancels. */
  private static final double TOLERANCE = 1e-11;

  @Test
  void everySlotAgreesWithTheStatsPackage() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(DimensionSumsPropertiesTest::check);
  }

  @Test
  void aScaleWithThousandsOfOptionsStillAgrees() {
    // Sums of squares beyond 2^53 are no longer exact; the result must stay close all the same.
    Random random = new Random(7);
    int lowest = -1_000_000;
    int options = 2_000_001;
    int n = 400;
    int k = 3;
    double[][] items = new double[k][n];
    for (double[] item : items) {
      for (int row = 0; row < n; row++) {
        item[row] = lowest + random.nextInt(options);
      }
    }
    compare(items, lowest, options, new int[n], 1, new boolean[n], 1e-9);
  }

  @Test
  void rowsWithTooManySlotsForANumericCellKeyGroupTheSame() {
    // 12 slots per row over 200 slots cannot be packed into a long; the cells must not change.
    Random random = new Random(11);
    int n = 60;
    int k = 4;
    double[] answers = new double[n * k];
    double[] scores = new double[n];
    int[] narrow = new int[n * 2];
    int[] wide = new int[n * 12];
    Arrays.fill(wide, -1);
    for (int row = 0; row < n; row++) {
      for (int i = 0; i < k; i++) {
        answers[row * k + i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(5);
      }
      int group = 1 + random.nextInt(3);
      narrow[row * 2] = 0;
      narrow[row * 2 + 1] = group;
      wide[row * 12] = 0;
      wide[row * 12 + 7] = group;
    }
    DimensionSums a = DimensionSums.of(answers, k, scores, new DimensionSums.Cells(narrow, 2, 200));
    DimensionSums b = DimensionSums.of(answers, k, scores, new DimensionSums.Cells(wide, 12, 200));
    AgreementNull nullModel = AgreementNull.uniform(5);
    for (int slot = 0; slot < 4; slot++) {
      assertEquals(a.alpha(slot), b.alpha(slot));
      assertEquals(a.rwgJ(slot, nullModel), b.rwgJ(slot, nullModel));
      assertTrue(a.alpha(slot).isDefined(), "slot " + slot);
    }
  }

  @Test
  void rowsWithMissingAnswersGiveTheSameSumsThroughCellsOrStraightToSlots() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = 20 + random.nextInt(200);
      int k = 2 + random.nextInt(6);
      int groups = 1 + random.nextInt(4);
      double missing = 0.05 + random.nextInt(4) * 0.1;
      double[] answers = new double[n * k];
      double[] scores = new double[n];
      // Few cells: rows with a missing answer go through them (in most examples; with only a few
      // such rows, straight to the slots). One more slot per row makes every row its own cell, and
      // sends them straight to their slots; slots 0..groups are the same.
      int[] few = new int[n * 2];
      int[] perRow = new int[n * 3];
      for (int row = 0; row < n; row++) {
        for (int i = 0; i < k; i++) {
          answers[row * k + i] = random.nextDouble() < missing ? Double.NaN : random.nextInt(5);
        }
        scores[row] = random.nextInt(20) == 0 ? Double.NaN : 1;
        int group = random.nextInt(groups + 1) - 1;
        few[row * 2] = 0;
        few[row * 2 + 1] = group < 0 ? -1 : 1 + group;
        perRow[row * 3] = 0;
        perRow[row * 3 + 1] = few[row * 2 + 1];
        perRow[row * 3 + 2] = 1 + groups + row;
      }
      DimensionSums.Cells viaCells = new DimensionSums.Cells(few, 2, 1 + groups);
      DimensionSums.Cells viaSlots = new DimensionSums.Cells(perRow, 3, 1 + groups + n);
      assertEquals(n, viaSlots.count());
      DimensionSums a = DimensionSums.of(answers, k, scores, viaCells);
      DimensionSums b = DimensionSums.of(answers, k, scores, viaSlots);
      AgreementNull nullModel = AgreementNull.uniform(5);
      for (int slot = 0; slot <= groups; slot++) {
        int s = slot;
        int[] rows = IntStream.range(0, n).filter(row -> s == 0 || few[row * 2 + 1] == s).toArray();
        // Sums of whole numbers are exact whatever their order: the results are equal, not close.
        assertEquals(a.alpha(slot), b.alpha(slot), "alpha, slot " + slot);
        assertEquals(a.rwgJ(slot, nullModel), b.rwgJ(slot, nullModel), "rwg(j), slot " + slot);
        assertEquals(a.ad(slot, answers, rows), b.ad(slot, answers, rows), "AD, slot " + slot);
      }
    });
  }

  private static void check(long seed) {
    Random random = new Random(seed);
    int n = random.nextInt(40);
    int k = 2 + random.nextInt(6);
    int lowest = random.nextInt(5) - 2;
    int options = 2 + random.nextInt(10);
    double missing = random.nextInt(4) * 0.1;
    boolean constant = random.nextInt(5) == 0;
    int groupCount = 1 + random.nextInt(4);
    int[] codes = new int[n];
    boolean[] unscored = new boolean[n];
    double[][] items = new double[k][n];
    for (int row = 0; row < n; row++) {
      codes[row] = random.nextInt(groupCount + 1) - 1;
      unscored[row] = random.nextInt(10) == 0;
      for (int i = 0; i < k; i++) {
        int answer = lowest + (constant ? options / 2 : random.nextInt(options));
        items[i][row] = random.nextDouble() < missing ? Double.NaN : answer;
      }
    }
    compare(items, lowest, options, codes, groupCount, unscored, TOLERANCE);
  }

  /** Slot 0 holds every row; slot 1 + g the rows whose code is g (-1 = none). */
  private static void compare(double[][] items, int lowest, int options, int[] codes, int groupCount,
      boolean[] unscored, double tolerance) {
    int k = items.length;
    int n = items[0].length;
    double[] answers = new double[n * k];
    double[] scores = new double[n];
    int[] rowSlots = new int[n * 2];
    for (int row = 0; row < n; row++) {
      boolean any = false;
      for (int i = 0; i < k; i++) {
        answers[row * k + i] = items[i][row] - lowest;
        any |= !Double.isNaN(items[i][row]);
      }
      scores[row] = any && !unscored[row] ? 1 : Double.NaN;
      rowSlots[row * 2] = 0;
      rowSlots[row * 2 + 1] = codes[row] < 0 ? -1 : 1 + codes[row];
    }
    DimensionSums sums = DimensionSums.of(answers, k, scores, new DimensionSums.Cells(rowSlots, 2, 1 + groupCount));
    AgreementNull nullModel = AgreementNull.uniform(options);
    for (int slot = 0; slot <= groupCount; slot++) {
      int s = slot;
      int[] rows = IntStream.range(0, n)
          .filter(row -> !Double.isNaN(scores[row]) && (s == 0 || rowSlots[row * 2 + 1] == s))
          .toArray();
      double[][] selected = new double[k][rows.length];
      for (int i = 0; i < k; i++) {
        for (int r = 0; r < rows.length; r++) {
          selected[i][r] = items[i][rows[r]];
        }
      }
      String where = "slot " + slot + " of " + rows.length + " rows";
      if (rows.length >= 2) {
        assertClose(CronbachAlpha.withDefaults().compute(selected).rawAlpha(), sums.alpha(slot), tolerance,
            "alpha, " + where);
      }
      assertClose(Agreement.rwgJ(nullModel, selected), sums.rwgJ(slot, nullModel), tolerance, "rwg(j), " + where);
      assertClose(Agreement.ad(Agreement.Centre.MEAN, selected), sums.ad(slot, answers, rows), tolerance,
          "AD, " + where);
    }
  }

  private static void assertClose(Estimate expected, Estimate actual, double tolerance, String what) {
    assertEquals(expected.isDefined(), actual.isDefined(), () -> what + ": " + expected + " vs " + actual);
    if (expected.isDefined()) {
      double e = expected.value();
      assertEquals(e, actual.value(), tolerance * Math.max(1, Math.abs(e)), what);
    } else {
      assertEquals(expected.undefinedReason(), actual.undefinedReason(), what);
    }
  }
}
