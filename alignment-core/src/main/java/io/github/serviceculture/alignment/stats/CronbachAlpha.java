package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.FDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Cronbach's alpha and the item analysis of R's {@code psych::alpha} (psych 2.2.9).
 *
 * <p>Usage: {@code CronbachAlpha.withDefaults().compute(items, reversed, 1, 6)}, where {@code
 * items} holds one array per item (column), all of the same length n (respondents), {@code NaN}
 * marking a missing answer.
 *
 * <h2>Algorithm and formulas</h2>
 *
 * <p>Notation: k items, C the k x k item covariance matrix (n - 1 denominator), R the correlation
 * matrix, 1'C1 the sum of all entries of C, tr the trace.
 *
 * <ol>
 *   <li>Missing data ({@link MissingData}): {@code PAIRWISE} (psych's default {@code use =
 *       "pairwise"}): entry (i, j) of C uses the rows where both items are present, with the means
 *       of those rows, so each variance uses every answer to its item. {@code LISTWISE}: rows with
 *       a missing answer are removed first (psych on {@code na.omit(x)}, and {@code
 *       multilevel::cronbach}). {@code IMPUTE_MEDIAN} / {@code IMPUTE_MEAN}: each missing answer is
 *       replaced by its item's median / mean over all respondents first (psych's {@code impute}).
 *   <li>Keying: reverse-keyed items become {@code min + max - x} with the scale's nominal ends.
 *       psych uses the observed extremes instead; the coefficients do not depend on the ends, only
 *       the item means, raw.r and the total score do, and the two agree whenever both ends were
 *       used. The covariances of a reversed item change sign.
 *   <li>R = C scaled by the square roots of its own diagonal (R's {@code cov2cor}); with missing
 *       data this differs from the pairwise correlation matrix.
 *   <li>raw alpha = k/(k-1) (1 - tr(C) / 1'C1); standardized alpha = k/(k-1) (1 - k / 1'R1).
 *   <li>average r = (1'R1 - k) / (k(k-1)); median r and var r = median and sample variance of the
 *       k(k-1)/2 entries below the diagonal of R; S/N = k r / (1 - r) with r = average r.
 *   <li>G6(smc) (Guttman's lambda 6) = 1 - sum(1 - smc<sub>i</sub>) / 1'R1 with smc<sub>i</sub> =
 *       1 - 1/(R<sup>-1</sup>)<sub>ii</sub>, clamped to [0, 1] as psych's {@code smc} does; the
 *       inverse is taken by Gauss-Jordan elimination with partial pivoting.
 *   <li>Standard error (Duhachek and Iacobucci 2004): ase = sqrt(Q / n), n = all analysed rows
 *       (incomplete ones included), Q = 2k<sup>2</sup> / ((k-1)<sup>2</sup> (1'C1)<sup>3</sup>)
 *       [(1'C1)(tr(C<sup>2</sup>) + tr(C)<sup>2</sup>) - 2 tr(C)(1'C<sup>2</sup>1)].
 *   <li>Feldt 95% interval: 1 - (1 - alpha) F<sup>-1</sup>(p; n-1, (n-1)(k-1)) with p = 0.975
 *       (lower) and 0.025 (upper), n = all analysed rows.
 *   <li>Total score per respondent = mean of the keyed items that are present; the reported mean
 *       and SD are over respondents with at least one answer.
 *   <li>Per item: n = answers present; mean and SD of the keyed item; raw.r = pairwise Pearson
 *       correlation of the keyed item with the total score (item included); std.r = (column sum of
 *       R) / sqrt(1'R1); r.cor = the same with smc on the diagonal of R; r.drop (item-rest) =
 *       (column sum of C - C<sub>ii</sub>) / sqrt(C<sub>ii</sub> times the sum of C without row and
 *       column i).
 *   <li>Alpha if item i is dropped: the formulas above applied to C and R with row and column i
 *       removed. Nothing is recomputed from the data, so with pairwise deletion the remaining
 *       entries keep their deletion pattern (as in psych).
 * </ol>
 *
 * <h2>Undefined cases</h2>
 *
 * <p>No value is ever NaN; each statistic that cannot be computed is an undefined {@link Estimate}:
 *
 * <ul>
 *   <li>a covariance entry with fewer than two rows: every coefficient {@link
 *       UndefinedReason#TOO_FEW_OBSERVATIONS};
 *   <li>an item with zero variance: raw alpha stays defined (unless 1'C1 = 0), while the
 *       correlation-based values (standardized alpha, average / median / var r, S/N, G6, std.r,
 *       r.cor, r.drop of that item) are {@link UndefinedReason#ZERO_VARIANCE}; the item's own
 *       "if dropped" coefficients remain defined, showing the scale without it. psych instead
 *       drops such items from the coefficients with a warning;
 *   <li>a singular correlation matrix (for example two identical items) makes G6 and r.cor {@link
 *       UndefinedReason#SINGULAR_MATRIX}, and average r = 1 makes S/N undefined for the same
 *       reason; a pairwise covariance matrix that is not positive semi-definite enough to give Q &gt;=
 *       0 makes the standard error {@code SINGULAR_MATRIX};
 *   <li>var r needs at least two correlations (k &gt;= 3), else {@code TOO_FEW_OBSERVATIONS};
 *   <li>two-item scales: every "if dropped" value is {@code TOO_FEW_OBSERVATIONS} (alpha of one
 *       item does not exist). psych prints a special row there that is not an alpha; it is not
 *       reproduced.
 * </ul>
 *
 * <p>Fewer than two items, ragged columns, infinite answers or a keying array of the wrong length
 * are rejected with {@link io.github.serviceculture.alignment.InvalidValueException}.
 *
 * <p>Instances are immutable and thread-safe; {@link #compute} does not modify its arguments.
 * Time is O(k<sup>2</sup> n + k<sup>4</sup>).
 *
 * @since 0.1.0
 */
public final class CronbachAlpha {
  private static final String TYPE = "CronbachAlpha";
  private static final CronbachAlpha DEFAULTS = new CronbachAlpha(MissingData.PAIRWISE);

  /** How missing answers are handled. */
  public enum MissingData {
    /** Pairwise deletion for every covariance (psych's default). */
    PAIRWISE,
    /**
     * Rows with any missing answer are removed first (psych on complete cases, {@code
     * multilevel::cronbach}).
     */
    LISTWISE,
    /** Missing answers replaced by the item's median over all respondents. */
    IMPUTE_MEDIAN,
    /** Missing answers replaced by the item's mean over all respondents. */
    IMPUTE_MEAN
  }

  private final MissingData missingData;

  private CronbachAlpha(MissingData missingData) {
    this.missingData = missingData;
  }

  /**
   * Returns the calculator with psych's defaults: pairwise deletion, no imputation.
   *
   * @return the shared default instance
   */
  public static CronbachAlpha withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a calculator that handles missing answers as given.
   *
   * @param missingData the rule
   * @return a calculator with that rule
   */
  public CronbachAlpha with(MissingData missingData) {
    return new CronbachAlpha(Checks.notNull("CronbachAlpha", "missingData", missingData));
  }

  /**
   * Returns the missing-data rule.
   *
   * @return the rule
   */
  public MissingData missingData() {
    return missingData;
  }

  /**
   * Computes alpha for items that are all keyed in the same direction.
   *
   * @param items one array per item, equal lengths, NaN = missing; at least two items
   * @return the result
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code items} is null,
   *     has fewer than two items, is ragged or has an infinite answer
   */
  public Result compute(double[][] items) {
    int n = Inputs.columns(TYPE, "items", items, 2);
    return compute(items, n, new boolean[items.length], 0);
  }

  /**
   * Computes alpha with some items reverse-keyed.
   *
   * @param items one array per item, equal lengths, NaN = missing; at least two items
   * @param reversed one flag per item, true = reverse-keyed
   * @param min the scale's lowest option (for example 1)
   * @param max the scale's highest option (for example 6), greater than {@code min}
   * @return the result
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code items} is null,
   *     has fewer than two items, is ragged or has an infinite answer; if {@code reversed} does not
   *     have one flag per item; or if the ends are not finite with {@code min < max}
   */
  public Result compute(double[][] items, boolean[] reversed, double min, double max) {
    int rows = Inputs.columns(TYPE, "items", items, 2);
    Inputs.keys(TYPE, "reversed", reversed, items.length);
    Inputs.scaleEnds(TYPE, min, max);
    return compute(items, rows, reversed.clone(), min + max);
  }

  private Result compute(double[][] items, int rows, boolean[] reversed, double sumOfEnds) {
    double[][] data;
    switch (missingData) {
      case LISTWISE:
        data = Imputing.completeRows(items, rows);
        break;
      case IMPUTE_MEDIAN:
        data = Imputing.fill(items, true);
        break;
      case IMPUTE_MEAN:
        data = Imputing.fill(items, false);
        break;
      default:
        data = items;
        break;
    }
    int n = data[0].length;
    int k = data.length;
    double[][] keyed = ReverseKeying.keyed(data, reversed, sumOfEnds);
    double[][] c = Covariances.of(keyed).matrix();
    Estimate rawAlpha = allFinite(c)
        ? defined(CronbachAlpha.rawAlpha(c), UndefinedReason.ZERO_VARIANCE)
        : Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);

    double[] scores = rowMeans(keyed, n);
    Estimate scoreMean = defined(Descriptives.meanOfPresent(scores), UndefinedReason.NO_DATA);
    Estimate scoreSd =
        defined(
            Math.sqrt(Descriptives.varianceOfPresent(scores)),
            UndefinedReason.TOO_FEW_OBSERVATIONS);
    return new Result(missingData, n, rawAlpha, scoreMean, scoreSd, new Retained(keyed, c, scores));
  }

  /** The keyed data, covariances and scores a result keeps to compute its details on demand. */
  private static final class Retained {
    final double[][] keyed;
    final double[][] c;
    final double[] scores;

    Retained(double[][] keyed, double[][] c, double[] scores) {
      this.keyed = keyed;
      this.c = c;
      this.scores = scores;
    }
  }

  /** What psych::alpha reports beyond raw alpha, computed together the first time it is asked for. */
  private static final class Details {
    final Coefficients total;
    final Estimate feldtLower;
    final Estimate feldtUpper;
    final List<Item> items;

    Details(Retained inputs, int n, Estimate rawAlpha) {
      int k = inputs.c.length;
      this.total = Coefficients.of(inputs.c, n);
      if (!rawAlpha.isDefined()) {
        feldtLower = rawAlpha;
        feldtUpper = rawAlpha;
      } else {
        double alpha = rawAlpha.value();
        // n >= 2 here: a defined raw alpha needs every covariance entry, hence two rows.
        FDistribution f = FDistribution.of(n - 1.0, (n - 1.0) * (k - 1.0));
        feldtLower = Estimate.of(1 - (1 - alpha) * f.inverseCumulativeProbability(0.975));
        feldtUpper = Estimate.of(1 - (1 - alpha) * f.inverseCumulativeProbability(0.025));
      }
      this.items = items(inputs.keyed, inputs.c, inputs.scores, n);
    }
  }

  private static List<Item> items(double[][] keyed, double[][] c, double[] scores, int n) {
    int k = keyed.length;
    boolean covariancesDefined = allFinite(c);
    boolean varianceDefined = covariancesDefined && positiveDiagonal(c);
    double @Nullable [] colR = null;
    double sumR = Double.NaN;
    double @Nullable [] colRc = null;
    double sumRc = Double.NaN;
    if (varianceDefined) {
      double[][] r = cov2cor(c);
      sumR = Matrices.sum(r);
      colR = columnSums(r);
      double[] smc = smc(r);
      if (smc != null) {
        for (int i = 0; i < k; i++) {
          r[i][i] = smc[i];
        }
        sumRc = Matrices.sum(r);
        colRc = columnSums(r);
      }
    }
    double sumC = Matrices.sum(c);
    UndefinedReason covarianceReason =
        covariancesDefined ? UndefinedReason.ZERO_VARIANCE : UndefinedReason.TOO_FEW_OBSERVATIONS;

    List<Item> list = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double[] column = keyed[i];
      int present = Descriptives.presentCount(column);
      Estimate mean = defined(Descriptives.meanOfPresent(column), UndefinedReason.NO_DATA);
      Estimate sd =
          defined(
              Math.sqrt(Descriptives.varianceOfPresent(column)),
              UndefinedReason.TOO_FEW_OBSERVATIONS);
      Estimate rawR = rawR(column, scores);

      Estimate stdR;
      Estimate rCor;
      Estimate rDrop;
      if (!varianceDefined) {
        stdR = Estimate.undefined(covarianceReason);
        rCor = stdR;
        rDrop = stdR;
      } else {
        stdR = defined(colR[i] / Math.sqrt(sumR), UndefinedReason.SINGULAR_MATRIX);
        rCor =
            colRc == null
                ? Estimate.undefined(UndefinedReason.SINGULAR_MATRIX)
                : defined(colRc[i] / Math.sqrt(sumRc), UndefinedReason.SINGULAR_MATRIX);
        double cii = c[i][i];
        double colC = 0;
        for (int j = 0; j < k; j++) {
          colC += c[j][i];
        }
        double rest = sumC - 2 * colC + cii;
        rDrop =
            rest > 0
                ? defined((colC - cii) / Math.sqrt(cii * rest), UndefinedReason.ZERO_VARIANCE)
                : Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
      }
      Coefficients dropped =
          k > 2
              ? Coefficients.of(Matrices.without(c, i), n)
              : Coefficients.allUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
      list.add(new Item(i, present, mean, sd, rawR, stdR, rCor, rDrop, dropped));
    }
    return Collections.unmodifiableList(list);
  }

  private static Estimate rawR(double[] column, double[] scores) {
    double r = Matrices.correlation(column, scores);
    if (r == r) {
      return Estimate.of(r);
    }
    int both = 0;
    for (int i = 0; i < column.length; i++) {
      if (column[i] == column[i] && scores[i] == scores[i]) {
        both++;
      }
    }
    return Estimate.undefined(
        both < 2 ? UndefinedReason.TOO_FEW_OBSERVATIONS : UndefinedReason.ZERO_VARIANCE);
  }

  /** Per-row mean of the present values; NaN for a row without any. */
  static double[] rowMeans(double[][] keyed, int n) {
    double[] sum = new double[n];
    int[] count = new int[n];
    for (double[] column : keyed) {
      for (int i = 0; i < n; i++) {
        double v = column[i];
        if (v == v) {
          sum[i] += v;
          count[i]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      sum[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
    }
    return sum;
  }

  /** Raw alpha of a covariance matrix; NaN if undefined. */
  static double rawAlpha(double[][] c) {
    int k = c.length;
    double[] upper = new double[k * (k + 1) / 2];
    for (int i = 0, p = 0; i < k; i++) {
      for (int j = i; j < k; j++, p++) {
        upper[p] = c[i][j];
      }
    }
    return rawAlpha(upper, k);
  }

  /**
   * Raw alpha k / (k - 1) (1 - tr C / 1'C1) of a symmetric covariance matrix given by its upper
   * triangle, row by row ({@code (0,0), (0,1) .. (0,k-1), (1,1) ..}); NaN if undefined. 1'C1 adds
   * each off-diagonal term twice, in this order.
   */
  static double rawAlpha(double[] upper, int k) {
    double sumC = 0;
    double trC = 0;
    for (int i = 0, p = 0; i < k; i++) {
      trC += upper[p];
      sumC += upper[p++];
      for (int j = i + 1; j < k; j++, p++) {
        sumC += 2 * upper[p];
      }
    }
    return rawAlpha(sumC, trC, k);
  }

  /**
   * Raw alpha k / (k - 1) (1 - tr C / 1'C1) from the total variance 1'C1 and the trace of k
   * items' covariance matrix, summed over the upper triangle as {@link #rawAlpha(double[], int)}
   * sums them; NaN if undefined. The one implementation of the formula.
   */
  static double rawAlpha(double sumC, double trC, int k) {
    if (totalVarianceVanishes(sumC, trC) || k < 2) {
      return Double.NaN;
    }
    return k / (k - 1.0) * (1 - trC / sumC);
  }

  /**
   * Whether the variance of the total score, 1'C1 (or 1'R1 for standardized items), is zero up to
   * rounding. Items that cancel exactly (such as two perfectly opposed items) leave a residue of a
   * few ulps of either sign, which would turn alpha into a huge number instead of an undefined one.
   */
  static boolean totalVarianceVanishes(double sum, double trace) {
    return !(sum > 1e-12 * trace);
  }

  private static double[][] cov2cor(double[][] c) {
    int k = c.length;
    double[] s = new double[k];
    for (int i = 0; i < k; i++) {
      s[i] = Math.sqrt(c[i][i]);
    }
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        r[i][j] = i == j ? 1 : c[i][j] / (s[i] * s[j]);
      }
    }
    return r;
  }

  /** Squared multiple correlations, clamped to [0, 1] like psych::smc; null if R is singular. */
  private static double @Nullable [] smc(double[][] r) {
    double[][] inv = Matrices.inverse(r);
    if (inv == null) {
      return null;
    }
    double[] smc = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      double v = 1 - 1 / inv[i][i];
      if (!Double.isFinite(v)) {
        return null;
      }
      smc[i] = Math.min(1, Math.max(0, v));
    }
    return smc;
  }

  private static double[] columnSums(double[][] m) {
    double[] s = new double[m.length];
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        s[j] += row[j];
      }
    }
    return s;
  }

  private static boolean allFinite(double[][] m) {
    for (double[] row : m) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean positiveDiagonal(double[][] m) {
    for (int i = 0; i < m.length; i++) {
      if (!(m[i][i] > 0)) {
        return false;
      }
    }
    return true;
  }

  private static Estimate defined(double value, UndefinedReason otherwise) {
    return Double.isFinite(value) ? Estimate.of(value) : Estimate.undefined(otherwise);
  }

  /**
   * The coefficients of one covariance matrix: of the whole scale ({@link Result#total()}) or of
   * the scale without one item ({@link Item#ifDropped()}). Immutable and thread-safe.
   */
  public static final class Coefficients {
    private final Estimate rawAlpha;
    private final Estimate standardizedAlpha;
    private final Estimate g6Smc;
    private final Estimate averageR;
    private final Estimate medianR;
    private final Estimate varianceR;
    private final Estimate signalToNoise;
    private final Estimate standardError;

    private Coefficients(
        Estimate rawAlpha,
        Estimate standardizedAlpha,
        Estimate g6Smc,
        Estimate averageR,
        Estimate medianR,
        Estimate varianceR,
        Estimate signalToNoise,
        Estimate standardError) {
      this.rawAlpha = rawAlpha;
      this.standardizedAlpha = standardizedAlpha;
      this.g6Smc = g6Smc;
      this.averageR = averageR;
      this.medianR = medianR;
      this.varianceR = varianceR;
      this.signalToNoise = signalToNoise;
      this.standardError = standardError;
    }

    static Coefficients allUndefined(UndefinedReason reason) {
      Estimate u = Estimate.undefined(reason);
      return new Coefficients(u, u, u, u, u, u, u, u);
    }

    static Coefficients of(double[][] c, int n) {
      int k = c.length;
      if (!allFinite(c)) {
        return allUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
      }
      double sumC = Matrices.sum(c);
      double trC = Matrices.trace(c);
      Estimate raw = defined(CronbachAlpha.rawAlpha(c), UndefinedReason.ZERO_VARIANCE);

      Estimate se;
      if (totalVarianceVanishes(sumC, trC)) {
        se = Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
      } else {
        double trC2 = 0;
        double sumC2 = 0;
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            double v = 0;
            for (int m = 0; m < k; m++) {
              v += c[i][m] * c[m][j];
            }
            sumC2 += v;
            if (i == j) {
              trC2 += v;
            }
          }
        }
        double q =
            2.0 * k * k / ((k - 1.0) * (k - 1.0) * sumC * sumC * sumC)
                * (sumC * (trC2 + trC * trC) - 2 * trC * sumC2);
        se = q >= 0
            ? defined(Math.sqrt(q / n), UndefinedReason.SINGULAR_MATRIX)
            : Estimate.undefined(UndefinedReason.SINGULAR_MATRIX);
      }

      if (!positiveDiagonal(c)) {
        Estimate u = Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
        return new Coefficients(raw, u, u, u, u, u, u, se);
      }
      double[][] r = cov2cor(c);
      double sumR = Matrices.sum(r);
      boolean standardizedTotalVanishes = totalVarianceVanishes(sumR, k);
      Estimate std = standardizedTotalVanishes
          ? Estimate.undefined(UndefinedReason.ZERO_VARIANCE)
          : defined(k / (k - 1.0) * (1 - k / sumR), UndefinedReason.SINGULAR_MATRIX);
      double avgR = (sumR - k) / (k * (k - 1.0));
      double[] lower = new double[k * (k - 1) / 2];
      int p = 0;
      for (int i = 1; i < k; i++) {
        for (int j = 0; j < i; j++) {
          lower[p++] = r[i][j];
        }
      }
      Estimate medR = defined(Descriptives.medianOfPresent(lower), UndefinedReason.NO_DATA);
      Estimate varR =
          lower.length >= 2
              ? defined(Descriptives.varianceOfPresent(lower), UndefinedReason.TOO_FEW_OBSERVATIONS)
              : Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
      Estimate sn =
          avgR < 1
              ? defined(k * avgR / (1 - avgR), UndefinedReason.SINGULAR_MATRIX)
              : Estimate.undefined(UndefinedReason.SINGULAR_MATRIX);
      double[] smc = smc(r);
      Estimate g6;
      if (standardizedTotalVanishes) {
        g6 = Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
      } else if (smc == null) {
        g6 = Estimate.undefined(UndefinedReason.SINGULAR_MATRIX);
      } else {
        double sumSmc = 0;
        for (double v : smc) {
          sumSmc += v;
        }
        g6 = defined(1 - (k - sumSmc) / sumR, UndefinedReason.SINGULAR_MATRIX);
      }
      return new Coefficients(
          raw, std, g6, defined(avgR, UndefinedReason.ZERO_VARIANCE), medR, varR, sn, se);
    }

    /**
     * Raw alpha, k/(k-1) (1 - tr(C) / 1'C1); psych's {@code raw_alpha}.
     *
     * @return raw alpha
     */
    public Estimate rawAlpha() {
      return rawAlpha;
    }

    /**
     * Standardized alpha, k/(k-1) (1 - k / 1'R1); psych's {@code std.alpha}.
     *
     * @return standardized alpha
     */
    public Estimate standardizedAlpha() {
      return standardizedAlpha;
    }

    /**
     * Guttman's lambda 6 from squared multiple correlations; psych's {@code G6(smc)}.
     *
     * @return lambda 6
     */
    public Estimate g6Smc() {
      return g6Smc;
    }

    /**
     * Mean off-diagonal entry of R; psych's {@code average_r}.
     *
     * @return the average inter-item correlation
     */
    public Estimate averageR() {
      return averageR;
    }

    /**
     * Median off-diagonal entry of R; psych's {@code median_r} / {@code med.r}.
     *
     * @return the median inter-item correlation
     */
    public Estimate medianR() {
      return medianR;
    }

    /**
     * Sample variance of the k(k-1)/2 inter-item correlations; psych's {@code var.r}. Undefined
     * with fewer than two correlations.
     *
     * @return the variance of the inter-item correlations
     */
    public Estimate varianceR() {
      return varianceR;
    }

    /**
     * Signal-to-noise ratio k r / (1 - r), r = average r; psych's {@code S/N}.
     *
     * @return the signal-to-noise ratio
     */
    public Estimate signalToNoise() {
      return signalToNoise;
    }

    /**
     * Standard error of raw alpha (Duhachek and Iacobucci); psych's {@code ase} / {@code alpha se}.
     *
     * @return the standard error
     */
    public Estimate standardError() {
      return standardError;
    }

    @Override
    public String toString() {
      return "Coefficients{rawAlpha=" + rawAlpha + ", standardizedAlpha=" + standardizedAlpha
          + ", g6Smc=" + g6Smc + ", averageR=" + averageR + ", medianR=" + medianR
          + ", varianceR=" + varianceR + ", signalToNoise=" + signalToNoise
          + ", standardError=" + standardError + "}";
    }
  }

  /** Statistics of one item (psych's {@code item.stats} and {@code alpha.drop} rows). Immutable. */
  public static final class Item {
    private final int index;
    private final int n;
    private final Estimate mean;
    private final Estimate sd;
    private final Estimate rawR;
    private final Estimate standardizedR;
    private final Estimate correctedR;
    private final Estimate itemRestR;
    private final Coefficients ifDropped;

    private Item(
        int index,
        int n,
        Estimate mean,
        Estimate sd,
        Estimate rawR,
        Estimate standardizedR,
        Estimate correctedR,
        Estimate itemRestR,
        Coefficients ifDropped) {
      this.index = index;
      this.n = n;
      this.mean = mean;
      this.sd = sd;
      this.rawR = rawR;
      this.standardizedR = standardizedR;
      this.correctedR = correctedR;
      this.itemRestR = itemRestR;
      this.ifDropped = ifDropped;
    }

    /**
     * The item's position in the input.
     *
     * @return the 0-based column index
     */
    public int index() {
      return index;
    }

    /**
     * Number of present answers among the analysed rows; psych's {@code n}.
     *
     * @return the count
     */
    public int n() {
      return n;
    }

    /**
     * Mean of the keyed item; psych's {@code mean}.
     *
     * @return the mean, in scale points
     */
    public Estimate mean() {
      return mean;
    }

    /**
     * Standard deviation (n - 1) of the keyed item; psych's {@code sd}.
     *
     * @return the SD, in scale points
     */
    public Estimate sd() {
      return sd;
    }

    /**
     * Correlation of the keyed item with the total score, item included; psych's {@code raw.r}.
     *
     * @return the item-total correlation
     */
    public Estimate rawR() {
      return rawR;
    }

    /**
     * Item-total correlation of standardized items; psych's {@code std.r}.
     *
     * @return the standardized item-total correlation
     */
    public Estimate standardizedR() {
      return standardizedR;
    }

    /**
     * Item-total correlation corrected for overlap and reliability (smc on the diagonal); psych's
     * {@code r.cor}.
     *
     * @return the corrected item-total correlation
     */
    public Estimate correctedR() {
      return correctedR;
    }

    /**
     * Correlation of the item with the sum of the other items, from the covariance matrix; psych's
     * {@code r.drop}.
     *
     * @return the item-rest correlation
     */
    public Estimate itemRestR() {
      return itemRestR;
    }

    /**
     * The coefficients of the scale without this item; psych's {@code alpha.drop} row.
     *
     * @return the coefficients if this item is dropped
     */
    public Coefficients ifDropped() {
      return ifDropped;
    }

    @Override
    public String toString() {
      return "Item{index=" + index + ", n=" + n + ", mean=" + mean + ", sd=" + sd + ", rawR="
          + rawR + ", standardizedR=" + standardizedR + ", correctedR=" + correctedR
          + ", itemRestR=" + itemRestR + ", ifDropped=" + ifDropped + "}";
    }
  }

  /**
   * The result of {@link CronbachAlpha#compute}. Immutable and thread-safe.
   *
   * <p>Raw alpha and the score's mean and SD are computed by {@code compute}; the other
   * coefficients, the Feldt interval and the item statistics are computed together when one of them
   * is first asked for, so that a caller who needs only raw alpha does not pay for a matrix inverse
   * per item and two F quantiles.
   */
  public static final class Result {
    private final MissingData missingData;
    private final int rows;
    private final Estimate rawAlpha;
    private final Estimate scoreMean;
    private final Estimate scoreSd;
    private final int itemCount;
    private @Nullable Retained inputs;
    private volatile @Nullable Details details;

    private Result(
        MissingData missingData,
        int rows,
        Estimate rawAlpha,
        Estimate scoreMean,
        Estimate scoreSd,
        Retained inputs) {
      this.missingData = missingData;
      this.rows = rows;
      this.rawAlpha = rawAlpha;
      this.scoreMean = scoreMean;
      this.scoreSd = scoreSd;
      this.itemCount = inputs.c.length;
      this.inputs = inputs;
    }

    private Details details() {
      Details d = details;
      if (d == null) {
        synchronized (this) {
          d = details;
          if (d == null) {
            d = new Details(java.util.Objects.requireNonNull(inputs), rows, rawAlpha);
            details = d;
            inputs = null;
          }
        }
      }
      return d;
    }

    /**
     * The missing-data rule used.
     *
     * @return the rule
     */
    public MissingData missingData() {
      return missingData;
    }

    /**
     * Number of rows analysed: all rows, or the complete rows under {@link MissingData#LISTWISE};
     * the n of the standard error and the Feldt interval.
     *
     * @return the row count
     */
    public int rows() {
      return rows;
    }

    /**
     * Number of items.
     *
     * @return k
     */
    public int itemCount() {
      return itemCount;
    }

    /**
     * The coefficients of the whole scale; psych's {@code total}.
     *
     * @return the coefficients
     */
    public Coefficients total() {
      return details().total;
    }

    /**
     * Raw alpha of the whole scale; shorthand for {@code total().rawAlpha()}.
     *
     * @return raw alpha
     */
    public Estimate rawAlpha() {
      return rawAlpha;
    }

    /**
     * Standardized alpha of the whole scale; shorthand for {@code total().standardizedAlpha()}.
     *
     * @return standardized alpha
     */
    public Estimate standardizedAlpha() {
      return total().standardizedAlpha();
    }

    /**
     * Lower end of Feldt's 95% confidence interval for raw alpha.
     *
     * @return the lower bound
     */
    public Estimate feldtLower() {
      return details().feldtLower;
    }

    /**
     * Upper end of Feldt's 95% confidence interval for raw alpha.
     *
     * @return the upper bound
     */
    public Estimate feldtUpper() {
      return details().feldtUpper;
    }

    /**
     * Mean over respondents of the total score (mean of the present keyed items); psych's {@code
     * mean}.
     *
     * @return the mean score, in scale points
     */
    public Estimate scoreMean() {
      return scoreMean;
    }

    /**
     * Standard deviation (n - 1) of the total score; psych's {@code sd}.
     *
     * @return the SD of the scores, in scale points
     */
    public Estimate scoreSd() {
      return scoreSd;
    }

    /**
     * The per-item statistics, in input order.
     *
     * @return an unmodifiable list of k items
     */
    public List<Item> items() {
      return details().items;
    }

    /**
     * The statistics of one item.
     *
     * @param index the 0-based column index
     * @return the item's statistics
     * @throws IndexOutOfBoundsException if {@code index} is not in 0..k-1
     */
    public Item item(int index) {
      return items().get(index);
    }

    @Override
    public String toString() {
      return "CronbachAlpha.Result{missingData=" + missingData + ", rows=" + rows + ", total="
          + total() + ", feldt=[" + feldtLower() + ", " + feldtUpper() + "], scoreMean=" + scoreMean
          + ", scoreSd=" + scoreSd + ", items=" + Arrays.toString(items().toArray()) + "}";
    }
  }
}
