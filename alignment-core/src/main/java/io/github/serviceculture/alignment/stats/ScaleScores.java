package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Arrays;

/**
 * Scale scores per respondent, reproducing R's {@code psych::scoreItems} (psych 2.2.9, {@code
 * totals = FALSE}), with an optional minimum share of answered items.
 *
 * <p>Usage: {@code ScaleScores.withDefaults().with(Imputation.MEDIAN).withMinimumAnswered(0.6)
 * .compute(items, reversed, 1, 6)}, where {@code items} holds one array per item (column) of equal
 * length n (respondents), {@code NaN} marking a missing answer.
 *
 * <h2>Formulas</h2>
 *
 * <ol>
 *   <li>{@link Imputation}: {@code NONE} leaves missing answers out; {@code MEDIAN} / {@code MEAN}
 *       replace each missing answer by its item's median / mean over all respondents (before
 *       keying, which gives the same result as after it).
 *   <li>Keying: reverse-keyed items become {@code min + max - x} with the given nominal ends
 *       (psych's {@code min} and {@code max} arguments).
 *   <li>Score of a respondent = mean of the keyed (imputed) items that are present.
 *   <li>{@link Result#alpha()} = k/(k-1) (1 - tr(C) / 1'C1) of the covariance matrix C of the keyed
 *       items after imputation (pairwise deletion with {@code NONE}, which equals {@code
 *       psych::alpha}'s raw alpha); {@link Result#averageR()} = alpha / (k - (k-1) alpha), the
 *       average correlation implied by alpha (psych's {@code av.r}; not the mean of the observed
 *       correlations). Both use every respondent, whatever the minimum share.
 * </ol>
 *
 * <h2>Absent scores</h2>
 *
 * <p>A score is never NaN. A respondent gets no score (an undefined {@link Estimate}, {@link
 * Result#isPresent} false) when
 *
 * <ul>
 *   <li>fewer than {@code ceil(share * k)} items were answered, {@code share} being {@link
 *       #withMinimumAnswered} (reason {@link UndefinedReason#TOO_FEW_OBSERVATIONS}); the count is
 *       of the original answers, before imputation;
 *   <li>no item is present after imputation, for example with {@code NONE} and no answer at all
 *       (reason {@link UndefinedReason#NO_DATA}).
 * </ul>
 *
 * <p>With the default share 0 and an imputation, a respondent who answered nothing gets the score
 * of the imputed values, as in psych; set a share above 0 to avoid that.
 *
 * <p>Library default: {@code NONE} (mean of the answered items), not psych's default {@code
 * MEDIAN}, so that a score only reflects the respondent's own answers; {@code
 * with(Imputation.MEDIAN)} reproduces psych's default.
 *
 * <p>Instances are immutable and thread-safe; {@link #compute} does not modify its arguments. Time
 * is O(k n) for the scores plus O(k<sup>2</sup> n) for alpha, all on primitive arrays.
 *
 * @since 0.1.0
 */
public final class ScaleScores {
  private static final String TYPE = "ScaleScores";
  private static final ScaleScores DEFAULTS = new ScaleScores(Imputation.NONE, 0);
  /** Absorbs the rounding of share * k, so that 0.7 of 10 items requires 7, not 8. */
  private static final double SHARE_SLACK = 1e-9;

  /** How missing answers enter the score. */
  public enum Imputation {
    /** Mean of the answered items only. */
    NONE,
    /** Missing answers replaced by the item's median over all respondents (psych's default). */
    MEDIAN,
    /** Missing answers replaced by the item's mean over all respondents. */
    MEAN
  }

  private final Imputation imputation;
  private final double minimumAnswered;

  private ScaleScores(Imputation imputation, double minimumAnswered) {
    this.imputation = imputation;
    this.minimumAnswered = minimumAnswered;
  }

  /**
   * Returns the calculator with the library's defaults: no imputation, no minimum share beyond
   * one answered item.
   *
   * @return the shared default instance
   */
  public static ScaleScores withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator with the given imputation.
   *
   * @param imputation the rule for missing answers
   * @return a calculator with that rule and this one's minimum share
   */
  public ScaleScores with(Imputation imputation) {
    return new ScaleScores(Checks.notNull("ScaleScores", "imputation", imputation), minimumAnswered);
  }

  /**
   * Returns a calculator that scores only respondents who answered at least this share of the
   * items.
   *
   * @param share the minimum share of answered items, from 0 to 1 (0.5 = half the items)
   * @return a calculator with that share and this one's imputation
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code share} is not in
   *     [0, 1]
   */
  public ScaleScores withMinimumAnswered(double share) {
    io.github.serviceculture.alignment.internal.Checks.require(
        share >= 0 && share <= 1, TYPE, "share", share, "must be a share from 0 to 1");
    return new ScaleScores(imputation, share);
  }

  /**
   * Returns the imputation rule.
   *
   * @return the rule
   */
  public Imputation imputation() {
    return imputation;
  }

  /**
   * Returns the minimum share of answered items.
   *
   * @return the share, from 0 to 1
   */
  public double minimumAnswered() {
    return minimumAnswered;
  }

  /**
   * Scores items that are all keyed in the same direction.
   *
   * @param items one array per item, equal lengths, NaN = missing; at least one item
   * @return the scores
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code items} is null,
   *     empty, ragged or has an infinite answer
   */
  public Result compute(double[][] items) {
    int rows = Inputs.columns(TYPE, "items", items, 1);
    return compute(items, rows, new boolean[items.length], 0);
  }

  /**
   * Scores items with some reverse-keyed.
   *
   * @param items one array per item, equal lengths, NaN = missing; at least one item
   * @param reversed one flag per item, true = reverse-keyed
   * @param min the scale's lowest option (for example 1)
   * @param max the scale's highest option (for example 6), greater than {@code min}
   * @return the scores
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code items} is null,
   *     empty, ragged or has an infinite answer; if {@code reversed} does not have one flag per
   *     item; or if the ends are not finite with {@code min < max}
   */
  public Result compute(double[][] items, boolean[] reversed, double min, double max) {
    int rows = Inputs.columns(TYPE, "items", items, 1);
    Inputs.keys(TYPE, "reversed", reversed, items.length);
    Inputs.scaleEnds(TYPE, min, max);
    return compute(items, rows, reversed.clone(), min + max);
  }

  private Result compute(double[][] items, int n, boolean[] reversed, double sumOfEnds) {
    int k = items.length;
    int[] answered = new int[n];
    for (double[] column : items) {
      for (int i = 0; i < n; i++) {
        if (column[i] == column[i]) {
          answered[i]++;
        }
      }
    }
    double[][] data =
        imputation == Imputation.NONE ? items : Imputing.fill(items, imputation == Imputation.MEDIAN);
    double[][] keyed = ReverseKeying.keyed(data, reversed, sumOfEnds);
    double[] scores = CronbachAlpha.rowMeans(keyed, n);

    int required = (int) Math.ceil(minimumAnswered * k - SHARE_SLACK);
    byte[] status = new byte[n];
    for (int i = 0; i < n; i++) {
      if (answered[i] < required) {
        status[i] = Result.TOO_FEW;
        scores[i] = Double.NaN;
      } else if (scores[i] != scores[i]) {
        status[i] = Result.NONE_PRESENT;
      }
    }

    Estimate mean = defined(Descriptives.meanOfPresent(scores), UndefinedReason.NO_DATA);
    Estimate sd =
        defined(
            Math.sqrt(Descriptives.varianceOfPresent(scores)), UndefinedReason.TOO_FEW_OBSERVATIONS);
    Estimate alpha;
    Estimate averageR;
    if (k < 2) {
      alpha = Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
      averageR = alpha;
    } else {
      double[][] c = Covariances.of(keyed).matrix();
      double a = CronbachAlpha.rawAlpha(c);
      UndefinedReason why =
          Double.isNaN(Matrices.sum(c))
              ? UndefinedReason.TOO_FEW_OBSERVATIONS
              : UndefinedReason.ZERO_VARIANCE;
      alpha = defined(a, why);
      averageR = defined(a / (k - (k - 1) * a), why);
    }
    return new Result(k, scores, status, answered, mean, sd, alpha, averageR);
  }

  private static Estimate defined(double value, UndefinedReason otherwise) {
    return Double.isFinite(value) ? Estimate.of(value) : Estimate.undefined(otherwise);
  }

  /**
   * The scores of one scale: a value per respondent or its absence, plus summaries. Immutable and
   * thread-safe; accessors that return arrays return copies.
   */
  public static final class Result {
    private static final byte PRESENT = 0;
    private static final byte TOO_FEW = 1;
    private static final byte NONE_PRESENT = 2;

    private final int itemCount;
    private final double[] scores;
    private final byte[] status;
    private final int[] answered;
    private final int absent;
    private final Estimate mean;
    private final Estimate sd;
    private final Estimate alpha;
    private final Estimate averageR;

    private Result(
        int itemCount,
        double[] scores,
        byte[] status,
        int[] answered,
        Estimate mean,
        Estimate sd,
        Estimate alpha,
        Estimate averageR) {
      this.itemCount = itemCount;
      this.scores = scores;
      this.status = status;
      this.answered = answered;
      int count = 0;
      for (byte s : status) {
        if (s != PRESENT) {
          count++;
        }
      }
      this.absent = count;
      this.mean = mean;
      this.sd = sd;
      this.alpha = alpha;
      this.averageR = averageR;
    }

    /**
     * Number of respondents (rows).
     *
     * @return n
     */
    public int rows() {
      return scores.length;
    }

    /**
     * Number of items in the scale.
     *
     * @return k
     */
    public int itemCount() {
      return itemCount;
    }

    /**
     * Whether a respondent has a score.
     *
     * @param row the 0-based row
     * @return true when the score is present
     * @throws IndexOutOfBoundsException if {@code row} is not in 0..n-1
     */
    public boolean isPresent(int row) {
      return status[row] == PRESENT;
    }

    /**
     * A respondent's score, or its absence with the reason.
     *
     * @param row the 0-based row
     * @return the score in scale points; undefined with {@code TOO_FEW_OBSERVATIONS} (below the
     *     minimum share) or {@code NO_DATA} (no item present)
     * @throws IndexOutOfBoundsException if {@code row} is not in 0..n-1
     */
    public Estimate score(int row) {
      switch (status[row]) {
        case TOO_FEW:
          return Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
        case NONE_PRESENT:
          return Estimate.undefined(UndefinedReason.NO_DATA);
        default:
          return Estimate.of(scores[row]);
      }
    }

    /**
     * All scores, with a value of the caller's choice for the absent ones.
     *
     * @param absentValue the value to put where a respondent has no score (NaN is allowed: the
     *     caller chooses it)
     * @return a new array of n scores
     */
    public double[] scoresOrElse(double absentValue) {
      double[] out = scores.clone();
      for (int i = 0; i < out.length; i++) {
        if (status[i] != PRESENT) {
          out[i] = absentValue;
        }
      }
      return out;
    }

    /**
     * Which respondents have a score.
     *
     * @return a new array of n flags, true where the score is present
     */
    public boolean[] presentMask() {
      boolean[] out = new boolean[status.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = status[i] == PRESENT;
      }
      return out;
    }

    /**
     * Number of items a respondent answered, before imputation.
     *
     * @param row the 0-based row
     * @return the count, from 0 to k
     * @throws IndexOutOfBoundsException if {@code row} is not in 0..n-1
     */
    public int answered(int row) {
      return answered[row];
    }

    /**
     * Number of respondents without a score.
     *
     * @return the count
     */
    public int absentCount() {
      return absent;
    }

    /**
     * Mean of the present scores.
     *
     * @return the mean, in scale points; undefined ({@code NO_DATA}) without any score
     */
    public Estimate mean() {
      return mean;
    }

    /**
     * Standard deviation (n - 1) of the present scores.
     *
     * @return the SD, in scale points; undefined with fewer than two scores
     */
    public Estimate sd() {
      return sd;
    }

    /**
     * Raw alpha of the keyed, imputed items (psych::scoreItems {@code alpha}).
     *
     * @return alpha; undefined with fewer than two items or rows, or zero total variance
     */
    public Estimate alpha() {
      return alpha;
    }

    /**
     * Average inter-item correlation implied by alpha, alpha / (k - (k-1) alpha)
     * (psych::scoreItems {@code av.r}).
     *
     * @return the implied average correlation; undefined when alpha is
     */
    public Estimate averageR() {
      return averageR;
    }

    @Override
    public String toString() {
      return "ScaleScores.Result{rows=" + rows() + ", items=" + itemCount + ", absent=" + absent
          + ", mean=" + mean + ", sd=" + sd + ", alpha=" + alpha + ", averageR=" + averageR
          + ", first scores=" + Arrays.toString(Arrays.copyOf(scoresOrElse(Double.NaN),
              Math.min(5, scores.length))) + "}";
    }
  }
}
