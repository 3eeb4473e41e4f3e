package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Pairwise covariances of the whole-number answers to k items, and the raw Cronbach's alpha they
 * give: a mergeable accumulator whose sums are exact, so that its results do not depend on the
 * order of the rows nor on how they were split into parts.
 *
 * <p>Each row is k answers, {@code NaN} where missing. The covariance of items i and j rests on the
 * n<sub>ij</sub> rows answering both (pairwise-complete, as {@code psych::alpha} with {@code
 * use = "pairwise"}): c<sub>ij</sub> = (n S<sub>xy</sub> - S<sub>x</sub> S<sub>y</sub>) / (n (n -
 * 1)), from the sums of those rows. Raw alpha = k / (k - 1) (1 - tr C / 1'C1), as {@link
 * CronbachAlpha.Result#rawAlpha()}.
 *
 * <p>Exactness: answers must be whole numbers of magnitude at most 2<sup>31</sup> (such as option
 * codes, best shifted to start at 0). While the sums stay below 2<sup>53</sup>, their sums, sums of squares and cross-products are then exact
 * in double arithmetic, and so is the numerator of each covariance while n S<sub>xy</sub> and
 * S<sub>x</sub> S<sub>y</sub> stay below 2<sup>53</sup> (n<sup>2</sup> a<sup>2</sup> &lt;
 * 2<sup>53</sup> for answers in 0..a, for example 10,000 rows of codes up to 9,000); a covariance
 * is then rounded once, at the division. Beyond those bounds the results are still close, only no
 * longer exact. {@link #combine} adds sums, so combining parts in any
 * order gives bit for bit the results of one pass over all rows. For general real-valued data use
 * {@link CronbachAlpha}.
 *
 * <p>Cost: a row answering every item costs k (k + 1) / 2 multiply-adds; the state is k (k + 3) / 2
 * + 1 numbers, plus 2 k (k + 1) once a row with a missing answer arrives.
 *
 * <p>Not thread-safe: give each thread its own instance and combine them.
 *
 * @since 0.1.0
 */
public final class AnswerCovariances {
  private static final String TYPE = "AnswerCovariances";
  /** The largest magnitude of an answer for which the sums stay exact. */
  static final double LARGEST_ANSWER = 0x1p31;

  private final int k;
  private final int pairs;
  /** Rows answering every item. */
  private double complete;
  /** Over complete rows: the sum of each item's answers. */
  private final double[] sums;
  /** Over complete rows: the sum of x_i x_j per pair i <= j, row by row of the upper triangle. */
  private final double[] products;
  /**
   * Over rows with a missing answer, per pair i <= j answered both (i == j: i answered): the
   * number of rows, the sums of x_i and x_j and of x_i x_j. Null until such a row arrives.
   */
  private double @Nullable [] partialCount;
  private double @Nullable [] partialX;
  private double @Nullable [] partialY;
  private double @Nullable [] partialXy;
  /** Scratch: the answered items of the current row; allocated with the partial sums. */
  private int @Nullable [] present;

  /**
   * Creates an empty accumulator.
   *
   * @param items the number of items k, from 1 (a single-item measure, whose alpha is undefined) to 4096
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code items} is out of range
   */
  public AnswerCovariances(int items) {
    Checks.require(items >= 1 && items <= 4096, TYPE, "items", items, "must be from 1 to 4096");
    this.k = items;
    this.pairs = items * (items + 1) / 2;
    this.sums = new double[items];
    this.products = new double[pairs];
  }

  /**
   * Adds one row.
   *
   * @param answers the row's k answers, {@code NaN} where missing
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code answers} is null,
   *     does not have k elements, or an answer is not a whole number of magnitude at most
   *     2<sup>31</sup>
   */
  public void accept(double[] answers) {
    Checks.notNull(TYPE, "answers", answers);
    if (!(answers.length == k)) {
      Checks.require(false, TYPE, "answers", answers.length, "must have " + k + " answers");
    }
    accept(answers, 0);
  }

  /**
   * Adds one row given by k consecutive answers of a larger array, such as a row-major matrix.
   *
   * @param answers the array
   * @param offset the index of the row's first answer
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code answers} is null,
   *     the row does not fit in it, or an answer is not a whole number of magnitude at most
   *     2<sup>31</sup>
   */
  public void accept(double[] answers, int offset) {
    Checks.notNull(TYPE, "answers", answers);
    if (offset < 0 || offset > answers.length - k) {
      Checks.require(false, TYPE, "offset", offset, "must leave room for " + k + " answers");
    }
    boolean all = true;
    for (int i = 0; i < k; i++) {
      double x = answers[offset + i];
      // NaN casts to 0, which differs from it: a missing answer fails the first test.
      if (x == (long) x && Math.abs(x) <= LARGEST_ANSWER) {
        continue;
      }
      if (x == x) {
        Checks.require(false, TYPE, "answers[" + (offset + i) + "]", x,
            "must be a whole number of magnitude at most 2^31, or NaN for missing");
      }
      all = false;
    }
    if (all) {
      addComplete(answers, offset);
    } else {
      addPartial(answers, offset);
    }
  }

  private void addComplete(double[] answers, int base) {
    complete++;
    int p = 0;
    for (int i = 0; i < k; i++) {
      double x = answers[base + i];
      sums[i] += x;
      for (int j = i; j < k; j++, p++) {
        products[p] += x * answers[base + j];
      }
    }
  }

  private void addPartial(double[] answers, int base) {
    allocatePartial();
    int[] present = this.present;
    int m = 0;
    for (int i = 0; i < k; i++) {
      if (answers[base + i] == answers[base + i]) {
        present[m++] = i;
      }
    }
    double[] count = partialCount;
    double[] sx = partialX;
    double[] sy = partialY;
    double[] sxy = partialXy;
    for (int a = 0; a < m; a++) {
      int i = present[a];
      double x = answers[base + i];
      int rowStart = pair(i, 0);
      for (int b = a; b < m; b++) {
        int j = present[b];
        double y = answers[base + j];
        int p = rowStart + j;
        count[p]++;
        sx[p] += x;
        sy[p] += y;
        sxy[p] += x * y;
      }
    }
  }

  /** Pair (i, j), i <= j, sits at i k - i (i - 1) / 2 + (j - i) in the upper triangle. */
  private int pair(int i, int j) {
    return i * k - i * (i - 1) / 2 - i + j;
  }

  private void allocatePartial() {
    if (partialCount == null) {
      partialCount = new double[pairs];
      partialX = new double[pairs];
      partialY = new double[pairs];
      partialXy = new double[pairs];
      present = new int[k];
    }
  }

  /**
   * Adds the rows of another accumulator to this one; {@code other} is not modified.
   *
   * @param other the other part, over the same number of items
   * @return this accumulator
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code other} is null or has
   *     another number of items
   */
  public AnswerCovariances combine(AnswerCovariances other) {
    Checks.notNull(TYPE, "other", other);
    if (!(other.k == k)) {
      Checks.require(false, TYPE, "other", other.k, "must have " + k + " items");
    }
    if (other.complete > 0) {
      complete += other.complete;
      for (int i = 0; i < k; i++) {
        sums[i] += other.sums[i];
      }
      for (int p = 0; p < pairs; p++) {
        products[p] += other.products[p];
      }
    }
    if (other.partialCount != null) {
      allocatePartial();
      for (int p = 0; p < pairs; p++) {
        partialCount[p] += other.partialCount[p];
        partialX[p] += other.partialX[p];
        partialY[p] += other.partialY[p];
        partialXy[p] += other.partialXy[p];
      }
    }
    return this;
  }

  /**
   * The number of items k.
   *
   * @return k
   */
  public int items() {
    return k;
  }

  /**
   * The fewest rows any covariance rests on: those answering both items of a pair (for i == j,
   * item i), minimised over the pairs.
   *
   * @return the fewest pairwise rows, 0 without rows
   */
  public int fewestPairRows() {
    double fewest = Double.MAX_VALUE;
    for (int p = 0; p < pairs; p++) {
      fewest = Math.min(fewest, complete + (partialCount == null ? 0 : partialCount[p]));
    }
    return (int) fewest;
  }

  /**
   * The covariance of two items over the rows answering both.
   *
   * @param i one item, from 0
   * @param j another item (or the same: its variance)
   * @return the covariance, in the square of the answers' unit; undefined ({@code
   *     TOO_FEW_OBSERVATIONS}) with fewer than two such rows
   * @throws io.github.serviceculture.alignment.InvalidValueException if an item is out of range
   */
  public Estimate covariance(int i, int j) {
    if (!(i >= 0 && i < k)) {
      Checks.require(false, TYPE, "i", i, "must be an item from 0 to " + (k - 1));
    }
    if (!(j >= 0 && j < k)) {
      Checks.require(false, TYPE, "j", j, "must be an item from 0 to " + (k - 1));
    }
    double c = covarianceOf(Math.min(i, j), Math.max(i, j));
    return c == c ? Estimate.of(c) : Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
  }

  /** The covariance of pair i <= j; NaN with fewer than two rows. */
  private double covarianceOf(int i, int j) {
    int p = pair(i, j);
    double n = complete;
    double sx = sums[i];
    double sy = sums[j];
    double sxy = products[p];
    if (partialCount != null) {
      n += partialCount[p];
      sx += partialX[p];
      sy += partialY[p];
      sxy += partialXy[p];
    }
    if (n < 2) {
      return Double.NaN;
    }
    return (n * sxy - sx * sy) / (n * (n - 1));
  }

  /**
   * Raw Cronbach's alpha of the pairwise covariance matrix, with the reasons of {@link
   * CronbachAlpha.Result#rawAlpha()}.
   *
   * @return alpha; undefined ({@code SINGLE_ITEM}) for one item, ({@code TOO_FEW_OBSERVATIONS}) when a
   *     pair is answered together by fewer than two rows, ({@code ZERO_VARIANCE}) when the total score's
   *     variance vanishes
   */
  public Estimate alpha() {
    if (k == 1) {
      return Estimate.undefined(UndefinedReason.SINGLE_ITEM);
    }
    // 1'C1 and tr C summed as CronbachAlpha.rawAlpha sums a matrix's upper triangle.
    double sumC = 0;
    double trC = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        double v = covarianceOf(i, j);
        if (v != v) {
          return Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
        }
        if (i == j) {
          trC += v;
          sumC += v;
        } else {
          sumC += 2 * v;
        }
      }
    }
    double alpha = CronbachAlpha.rawAlpha(sumC, trC, k);
    return alpha == alpha && Double.isFinite(alpha)
        ? Estimate.of(alpha) : Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
  }

  @Override
  public String toString() {
    // Counts only: sums of answers are not for logs.
    return "AnswerCovariances[items=" + k + ", fewestPairRows=" + fewestPairRows() + "]";
  }
}
