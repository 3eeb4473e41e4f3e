package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.stats.AgreementNull;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sums of one dimension's keyed answers for many sets of respondents ("slots": everyone, and every
 * group of every attribute) gathered in one pass over the rows, from which alpha, rwg(j) and AD
 * follow without copying columns.
 *
 * <p>Answers are whole numbers, stored shifted to {@code 0..options-1}. Their sums, sums of squares
 * and cross-products are exact in double arithmetic, and so is the numerator of a covariance {@code
 * (n Sxy - Sx Sy) / (n (n - 1))} while {@code n Sxy} and {@code Sx Sy} stay below 2<sup>53</sup>
 * (n<sup>2</sup> (options - 1)<sup>2</sup> &lt; 2<sup>53</sup>, for example 10,000 respondents on a
 * 9,000-option scale); the covariance is then rounded once, at the division. The results equal the two-pass estimators of the
 * stats package (checked against R) to a few ulps and do not depend on the order of the rows.
 *
 * <p>Definitions follow the stats package: alpha uses pairwise covariances of the rows where both
 * items are answered ({@code psych::alpha}); rwg(j) and AD use the rows where every item is answered
 * ({@code multilevel::rwg.j}, {@code ad.m} around the mean). Only rows with a dimension score are
 * added. Not thread-safe; one instance serves one scoring call.
 */
final class DimensionSums {
  private final int k;
  private final int pairs;
  private final int slots;
  /** Rows whose answers are all present, per slot. */
  private final int[] complete;
  /** Over complete rows: sum of each item, per slot and item. */
  private final double[] sums;
  /** Over complete rows: sum of x_i x_j for i <= j, per slot and pair. */
  private final double[] products;
  /**
   * Over rows with a missing answer, per slot and pair i <= j where both are present (i == j: i
   * present). Null in the cells' sums when such rows go straight to the slots.
   */
  private double @Nullable [] partialCount;
  private double @Nullable [] partialX;
  private double @Nullable [] partialY;
  private double @Nullable [] partialXy;
  /** Per row: every answer present. */
  private final boolean[] completeRow;

  private DimensionSums(int k, int slots, boolean[] completeRow) {
    this.k = k;
    this.pairs = k * (k + 1) / 2;
    this.complete = new int[slots];
    this.sums = new double[slots * k];
    this.products = new double[slots * pairs];
    this.completeRow = completeRow;
    this.slots = slots;
  }

  /**
   * Gathers the sums. Complete rows are first added to their cell (the set of slots they belong
   * to, shared by many rows), and each cell's sums then to its slots, so that such a row is
   * multiplied once whatever the number of slots it belongs to. Rows with a missing answer take the
   * same route when cells are few next to them; otherwise (a cell or two per row, as in a small
   * organization split by several attributes) each goes straight to its slots, which spares every
   * cell the four pairwise arrays.
   *
   * @param answers row-major shifted answers, {@code answers[row * k + item]}, NaN where missing
   * @param k items per row
   * @param scores the dimension score per row, NaN where the row has none (such rows are skipped)
   * @param cells the rows' cells and the cells' slots
   */
  static DimensionSums of(double[] answers, int k, double[] scores, Cells cells) {
    int n = scores.length;
    boolean[] completeRow = new boolean[n];
    int partialRows = 0;
    for (int row = 0; row < n; row++) {
      if (scores[row] == scores[row]) {
        int base = row * k;
        boolean all = true;
        for (int i = 0; i < k; i++) {
          double x = answers[base + i];
          all &= x == x;
        }
        completeRow[row] = all;
        partialRows += all ? 0 : 1;
      }
    }
    // Per partial row and pair, the direct route costs one update per slot of the row (w), the cell
    // route one update plus, per cell, a fold into its w slots: cells pay off below P (w - 1) / w.
    int w = cells.slotsPerRow();
    boolean partialByCell = (long) cells.count() * w < (long) partialRows * (w - 1);
    DimensionSums byCell = new DimensionSums(k, cells.count(), completeRow);
    DimensionSums bySlot = new DimensionSums(k, cells.slotCount(), completeRow);
    // Slots are few, and the statistics read these arrays.
    bySlot.allocatePartial();
    if (partialByCell) {
      byCell.allocatePartial();
    }
    int[] present = new int[k];
    for (int row = 0; row < n; row++) {
      if (scores[row] != scores[row]) {
        continue;
      }
      int base = row * k;
      int cell = cells.cellOf(row);
      if (completeRow[row]) {
        byCell.addComplete(answers, base, cell);
      } else if (partialByCell) {
        byCell.addPartial(answers, base, cell, present);
      } else {
        for (int slot : cells.slots(cell)) {
          bySlot.addPartial(answers, base, slot, present);
        }
      }
    }
    for (int cell = 0; cell < cells.count(); cell++) {
      for (int slot : cells.slots(cell)) {
        bySlot.addSums(byCell, cell, slot, partialByCell);
      }
    }
    return bySlot;
  }

  /**
   * Which slots each row belongs to, grouped into cells: rows with the same slots share a cell.
   * Immutable.
   */
  static final class Cells {
    private final int[] cellOfRow;
    private final int[][] slotsOfCell;
    private final int slotCount;
    private final int width;

    /**
     * Groups rows by their slots.
     *
     * @param rowSlots row-major slots of each row, {@code rowSlots[row * width + s]}, -1 = none
     * @param width the slots per row
     * @param slotCount the number of slots
     */
    Cells(int[] rowSlots, int width, int slotCount) {
      int n = rowSlots.length / width;
      this.cellOfRow = new int[n];
      this.slotCount = slotCount;
      this.width = width;
      // A row's slots as one number in base slotCount + 1; several attributes with thousands of
      // groups each could overflow a long, and then the slots themselves are the key.
      boolean fits = Math.pow(slotCount + 1.0, width) < 0x1p62;
      Map<Object, Integer> ids = new HashMap<>();
      List<int[]> slots = new ArrayList<>();
      for (int row = 0; row < n; row++) {
        int first = row * width;
        Object key;
        if (fits) {
          long code = 0;
          for (int w = 0; w < width; w++) {
            code = code * (slotCount + 1) + rowSlots[first + w] + 1;
          }
          key = code;
        } else {
          key = Arrays.stream(rowSlots, first, first + width).boxed().toList();
        }
        Integer id = ids.get(key);
        if (id == null) {
          id = slots.size();
          ids.put(key, id);
          slots.add(slotsOf(rowSlots, first, width));
        }
        cellOfRow[row] = id;
      }
      this.slotsOfCell = slots.toArray(new int[0][]);
    }

    /** The slots among {@code rowSlots[first .. first + width)}, without the -1s. */
    private static int[] slotsOf(int[] rowSlots, int first, int width) {
      int[] slots = new int[width];
      int count = 0;
      for (int w = 0; w < width; w++) {
        if (rowSlots[first + w] >= 0) {
          slots[count++] = rowSlots[first + w];
        }
      }
      return count == width ? slots : Arrays.copyOf(slots, count);
    }

    int count() {
      return slotsOfCell.length;
    }

    int slotCount() {
      return slotCount;
    }

    /** The most slots a row belongs to. */
    int slotsPerRow() {
      return width;
    }

    int cellOf(int row) {
      return cellOfRow[row];
    }

    int[] slots(int cell) {
      return slotsOfCell[cell];
    }
  }

  /** Adds a cell's sums to a slot: those of complete rows, and those of the others if it has them. */
  private void addSums(DimensionSums from, int cell, int slot, boolean partial) {
    complete[slot] += from.complete[cell];
    for (int i = 0; i < k; i++) {
      sums[slot * k + i] += from.sums[cell * k + i];
    }
    for (int p = 0; p < pairs; p++) {
      products[slot * pairs + p] += from.products[cell * pairs + p];
    }
    if (partial) {
      for (int p = 0; p < pairs; p++) {
        int to = slot * pairs + p;
        int at = cell * pairs + p;
        partialCount[to] += from.partialCount[at];
        partialX[to] += from.partialX[at];
        partialY[to] += from.partialY[at];
        partialXy[to] += from.partialXy[at];
      }
    }
  }

  private void addComplete(double[] answers, int base, int slot) {
    complete[slot]++;
    int sumBase = slot * k;
    int p = slot * pairs;
    for (int i = 0; i < k; i++) {
      double x = answers[base + i];
      sums[sumBase + i] += x;
      for (int j = i; j < k; j++, p++) {
        products[p] += x * answers[base + j];
      }
    }
  }

  private void allocatePartial() {
    if (partialCount == null) {
      int size = slots * pairs;
      partialCount = new double[size];
      partialX = new double[size];
      partialY = new double[size];
      partialXy = new double[size];
    }
  }

  private void addPartial(double[] answers, int base, int slot, int[] present) {
    int m = 0;
    for (int i = 0; i < k; i++) {
      if (answers[base + i] == answers[base + i]) {
        present[m++] = i;
      }
    }
    int slotBase = slot * pairs;
    for (int a = 0; a < m; a++) {
      int i = present[a];
      double x = answers[base + i];
      // Pair (i, j), i <= j, sits at i * k - i * (i - 1) / 2 + (j - i) in the upper triangle.
      int rowStart = slotBase + i * k - i * (i - 1) / 2 - i;
      for (int b = a; b < m; b++) {
        int j = present[b];
        double y = answers[base + j];
        int p = rowStart + j;
        partialCount[p]++;
        partialX[p] += x;
        partialY[p] += y;
        partialXy[p] += x * y;
      }
    }
  }

  /** The fewest rows any of the slot's covariances rests on: those answering both items of a pair. */
  int fewestPairRows(int slot) {
    int fewest = Integer.MAX_VALUE;
    int p = slot * pairs;
    for (int pair = 0; pair < pairs; pair++, p++) {
      fewest = Math.min(fewest, complete[slot] + (int) partialCount[p]);
    }
    return fewest;
  }

  /** The rows the slot's rwg(j) and AD rest on: those answering every item. */
  int completeRows(int slot) {
    return complete[slot];
  }

  /**
   * Raw alpha of the slot's pairwise covariance matrix, with the reasons of {@code
   * CronbachAlpha.rawAlpha()}: a pair answered together by fewer than two rows is {@code
   * TOO_FEW_OBSERVATIONS}; a vanishing total variance is {@code ZERO_VARIANCE}.
   */
  Estimate alpha(int slot) {
    double sumC = 0;
    double trace = 0;
    int nc = complete[slot];
    int sumBase = slot * k;
    int p = slot * pairs;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++, p++) {
        double n = nc + partialCount[p];
        if (n < 2) {
          return Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
        }
        double sx = sums[sumBase + i] + partialX[p];
        double sy = sums[sumBase + j] + partialY[p];
        double sxy = products[p] + partialXy[p];
        double c = (n * sxy - sx * sy) / (n * (n - 1));
        if (i == j) {
          trace += c;
          sumC += c;
        } else {
          sumC += 2 * c;
        }
      }
    }
    // As CronbachAlpha: a total variance within rounding of zero leaves alpha undefined.
    if (!(sumC > 1e-12 * trace)) {
      return Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
    }
    double alpha = k / (k - 1.0) * (1 - trace / sumC);
    return Double.isFinite(alpha) ? Estimate.of(alpha) : Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
  }

  /** rwg(j) of James, Demaree and Wolf over the slot's complete rows, as {@code Agreement.rwgJ}. */
  Estimate rwgJ(int slot, AgreementNull nullModel) {
    int n = complete[slot];
    if (n < 2) {
      return tooFew(n);
    }
    double sigma2 = nullModel.variance();
    double sum = 0;
    int sumBase = slot * k;
    for (int i = 0, p = slot * pairs; i < k; p += k - i, i++) {
      double s = sums[sumBase + i];
      sum += (n * products[p] - s * s) / ((double) n * (n - 1));
    }
    double q = Math.min(sum / k, sigma2) / sigma2;
    double agreement = k * (1 - q);
    return Estimate.of(agreement / (agreement + q));
  }

  /**
   * AD around the mean over the slot's complete rows, as {@code Agreement.ad(MEAN, ...)}: the
   * average over items of sum |x - mean| / n, computed as sum |n x - S| / n<sup>2</sup>.
   *
   * @param answers the answers given to {@link #of}
   * @param rows the slot's rows (those without a score or with a missing answer are skipped)
   */
  Estimate ad(int slot, double[] answers, int[] rows) {
    int n = complete[slot];
    if (n < 2) {
      return tooFew(n);
    }
    int sumBase = slot * k;
    // One pass over the rows for all items; each item's deviations still add up in row order.
    double[] deviations = new double[k];
    for (int row : rows) {
      if (completeRow[row]) {
        int base = row * k;
        for (int i = 0; i < k; i++) {
          deviations[i] += Math.abs(n * answers[base + i] - sums[sumBase + i]);
        }
      }
    }
    double total = 0;
    for (int i = 0; i < k; i++) {
      total += deviations[i] / ((double) n * n);
    }
    return Estimate.of(total / k);
  }

  private static Estimate tooFew(int n) {
    return Estimate.undefined(n == 0 ? UndefinedReason.NO_DATA : UndefinedReason.TOO_FEW_OBSERVATIONS);
  }
}
