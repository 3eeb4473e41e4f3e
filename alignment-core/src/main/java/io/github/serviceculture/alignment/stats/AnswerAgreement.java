package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Within-group agreement of answers coded {@code 0..options-1} on k items (rwg(j) and the average
 * deviation around the mean) as a mergeable accumulator of per-item, per-option counts: exact, so
 * that its results do not depend on the order of the rows nor on how they were split into parts.
 *
 * <p>Only rows answering every item are counted (listwise, as {@link Agreement#rwgJ(AgreementNull,
 * double[]...)} and {@link Agreement#ad(Agreement.Centre, double[]...)}); a row with a missing answer
 * ({@code NaN}) is skipped. With n such rows and c<sub>io</sub> of them choosing option o on item
 * i, S<sub>i</sub> = sum<sub>o</sub> o c<sub>io</sub> and Q<sub>i</sub> = sum<sub>o</sub>
 * o<sup>2</sup> c<sub>io</sub>:
 *
 * <ul>
 *   <li>item variance s<sub>i</sub><sup>2</sup> = (n Q<sub>i</sub> - S<sub>i</sub><sup>2</sup>) / (n
 *       (n - 1)); rwg(j) = J (1 - q) / (J (1 - q) + q), q = min(mean s<sup>2</sup>,
 *       &sigma;<sup>2</sup><sub>E</sub>) / &sigma;<sup>2</sup><sub>E</sub> (James, Demaree and Wolf
 *       1984; {@code multilevel::rwg.j});
 *   <li>AD<sub>M</sub> = (1/J) sum<sub>i</sub> (1/n) sum<sub>o</sub> c<sub>io</sub> |o - S<sub>i</sub>
 *       / n|, computed as sum<sub>o</sub> c<sub>io</sub> |n o - S<sub>i</sub>| / n<sup>2</sup>
 *       (Burke, Finkelstein and Dusig 1999; {@code multilevel::ad.m} around the mean).
 * </ul>
 *
 * <p>The sums are whole numbers, exact while n<sup>2</sup> (options - 1)<sup>2</sup> &lt;
 * 2<sup>53</sup>; each figure is rounded only in its last divisions. The state is J &times; options
 * counts; a scale of more than 1,024 options keeps only the codes chosen. AD is in the unit of the codes
 * (scale points). {@link #combine} adds counts: combining parts in any order gives bit for bit the
 * results of one pass over all rows. For real-valued data use {@link Agreement}.
 *
 * <p>Not thread-safe: give each thread its own instance and combine them.
 *
 * @since 0.1.0
 */
public final class AnswerAgreement {
  private static final String TYPE = "AnswerAgreement";

  /** Up to this many options per item, counts are an array; beyond, a map of the codes seen. */
  private static final int DENSE_OPTIONS = 1024;

  private final int k;
  private final int options;
  private int complete;
  /** counts[item * options + option] over complete rows; null for a scale of many options. */
  private final int @Nullable [] counts;
  /** Per item, code to count over complete rows, for a scale of many options; null otherwise. */
  private final Map<Integer, int[]> @Nullable [] sparse;
  /** Scratch: the codes of the row being added. */
  private final int[] codes;

  /**
   * Creates an empty accumulator.
   *
   * @param items the number of items J, at least 1
   * @param options the number of options, codes {@code 0..options-1}; at least 2
   * @throws io.github.serviceculture.alignment.InvalidValueException if an argument is out of range
   */
  @SuppressWarnings("unchecked")
  public AnswerAgreement(int items, int options) {
    Checks.require(items >= 1 && items <= 4096, TYPE, "items", items, "must be from 1 to 4096");
    Checks.require(options >= 2, TYPE, "options", options, "must be at least 2");
    this.k = items;
    this.options = options;
    this.codes = new int[items];
    if (options <= DENSE_OPTIONS) {
      this.counts = new int[items * options];
      this.sparse = null;
    } else {
      this.counts = null;
      this.sparse = new Map[items];
      for (int i = 0; i < items; i++) {
        sparse[i] = new HashMap<>();
      }
    }
  }

  /**
   * Adds one row.
   *
   * @param answers the row's J codes, {@code NaN} where missing
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code answers} is null,
   *     does not have J elements or a present answer is not a code {@code 0..options-1}
   */
  public void accept(double[] answers) {
    Checks.notNull(TYPE, "answers", answers);
    if (!(answers.length == k)) {
      Checks.require(false, TYPE, "answers", answers.length, "must have " + k + " answers");
    }
    accept(answers, 0);
  }

  /**
   * Adds one row given by J consecutive codes of a larger array, such as a row-major matrix.
   *
   * @param answers the array
   * @param offset the index of the row's first code
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code answers} is null,
   *     the row does not fit in it, or a present answer is not a code {@code 0..options-1}
   */
  public void accept(double[] answers, int offset) {
    Checks.notNull(TYPE, "answers", answers);
    if (offset < 0 || offset > answers.length - k) {
      Checks.require(false, TYPE, "offset", offset, "must leave room for " + k + " answers");
    }
    int[] codes = this.codes;
    boolean all = true;
    for (int i = 0; i < k; i++) {
      double x = answers[offset + i];
      // NaN casts to 0, which differs from it: a missing answer fails the first test.
      int code = (int) x;
      if (code == x && code >= 0 && code < options) {
        codes[i] = code;
      } else if (x == x) {
        Checks.require(false, TYPE, "answers[" + (offset + i) + "]", x,
            "must be a code from 0 to " + (options - 1) + ", or NaN for missing");
      } else {
        all = false;
      }
    }
    if (!all) {
      return;
    }
    complete++;
    if (counts != null) {
      for (int i = 0, base = 0; i < k; i++, base += options) {
        counts[base + codes[i]]++;
      }
    } else {
      for (int i = 0; i < k; i++) {
        sparse[i].computeIfAbsent(codes[i], code -> new int[1])[0]++;
      }
    }
  }

  /**
   * Adds the rows of another accumulator to this one; {@code other} is not modified.
   *
   * @param other the other part, over the same items and options
   * @return this accumulator
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code other} is null or has
   *     another number of items or options
   */
  public AnswerAgreement combine(AnswerAgreement other) {
    Checks.notNull(TYPE, "other", other);
    if (!(other.k == k && other.options == options)) {
      Checks.require(false, TYPE, "other", other.k + " x " + other.options,
        "must have " + k + " items of " + options + " options");
    }
    if (other.complete == 0) {
      return this;
    }
    complete += other.complete;
    if (counts != null) {
      for (int c = 0; c < counts.length; c++) {
        counts[c] += other.counts[c];
      }
    } else {
      for (int i = 0; i < k; i++) {
        Map<Integer, int[]> to = sparse[i];
        other.sparse[i].forEach((code, count) -> to.computeIfAbsent(code, c -> new int[1])[0] += count[0]);
      }
    }
    return this;
  }

  /**
   * The rows counted: those answering every item.
   *
   * @return the number of complete rows
   */
  public int completeRows() {
    return complete;
  }

  /**
   * rwg(j) over the complete rows, as {@link Agreement#rwgJ(AgreementNull, double[]...)}.
   *
   * @param nullModel the null distribution of no agreement
   * @return rwg(j); undefined ({@code NO_DATA}) without rows, ({@code TOO_FEW_OBSERVATIONS}) with one
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code nullModel} is null
   */
  public Estimate rwgJ(AgreementNull nullModel) {
    Checks.notNull(TYPE, "nullModel", nullModel);
    if (complete < 2) {
      return tooFew();
    }
    double n = complete;
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double s = sum(i, 1);
      sum += (n * sum(i, 2) - s * s) / (n * (n - 1));
    }
    return Estimate.of(Agreement.rwgJ(sum / k, k, nullModel.variance()));
  }

  /**
   * The average deviation around the mean over the complete rows, as {@link
   * Agreement#ad(Agreement.Centre, double[]...)} with {@code MEAN}.
   *
   * @return AD in scale points; undefined ({@code NO_DATA}) without rows, ({@code
   *     TOO_FEW_OBSERVATIONS}) with one
   */
  public Estimate ad() {
    if (complete < 2) {
      return tooFew();
    }
    double n = complete;
    double total = 0;
    for (int i = 0; i < k; i++) {
      double s = sum(i, 1);
      double deviations = 0;
      if (counts != null) {
        for (int o = 0, base = i * options; o < options; o++) {
          int c = counts[base + o];
          if (c != 0) {
            deviations += c * Math.abs(n * o - s);
          }
        }
      } else {
        for (Map.Entry<Integer, int[]> e : sparse[i].entrySet()) {
          deviations += e.getValue()[0] * Math.abs(n * e.getKey() - s);
        }
      }
      total += deviations / (n * n);
    }
    return Estimate.of(total / k);
  }

  /** Sum of code^power (power 1 or 2) over item i's complete rows: exact while below 2^53. */
  private double sum(int i, int power) {
    double s = 0;
    if (counts != null) {
      for (int o = 1, base = i * options; o < options; o++) {
        double c = counts[base + o];
        s += power == 1 ? o * c : (double) o * o * c;
      }
    } else {
      for (Map.Entry<Integer, int[]> e : sparse[i].entrySet()) {
        double o = e.getKey();
        s += (power == 1 ? o : o * o) * e.getValue()[0];
      }
    }
    return s;
  }

  private Estimate tooFew() {
    return Estimate.undefined(complete == 0 ? UndefinedReason.NO_DATA : UndefinedReason.TOO_FEW_OBSERVATIONS);
  }

  @Override
  public String toString() {
    return "AnswerAgreement[items=" + k + ", options=" + options + ", completeRows=" + complete + "]";
  }
}
