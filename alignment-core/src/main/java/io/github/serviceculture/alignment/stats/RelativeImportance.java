package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The relative importance of p predictors of an outcome: the exact Shapley decomposition of the
 * R<sup>2</sup> of the linear regression of the outcome on the predictors (LMG, Lindeman, Merenda
 * and Gold 1980), the R<sup>2</sup> of every one of the 2<sup>p</sup> sub-models, the standardized
 * regression weights (betas) of the full model, and seeded bootstrap intervals of the shares.
 *
 * <p>Rows with a missing value ({@code NaN}) in the outcome or any predictor are dropped
 * (listwise); n is the number of complete rows. With R<sup>2</sup>(S) the R<sup>2</sup> of the
 * least-squares regression (with intercept) of the outcome on the predictors in S, the share of
 * predictor j is
 *
 * <pre>
 *   share_j = sum over S not containing j of |S|! (p - |S| - 1)! / p! [R2(S + j) - R2(S)]
 * </pre>
 *
 * <p>the average, over the p! orders in which the predictors can enter the model, of the increase
 * in R<sup>2</sup> when j enters. The shares are non-negative and sum to R<sup>2</sup> of the full
 * model; they do not depend on the order of the predictors or on a linear rescaling of any of
 * them. The relative share is share / R<sup>2</sup>. This is R's {@code relaimpo::calc.relimp(type
 * = "lmg")}; the reference test reproduces {@code lm()} fitted on every subset in base R to
 * 1e-10.
 *
 * <p>Algorithm: R<sup>2</sup>(S) comes from the correlation matrix of the p + 1 variables, not from
 * refitting on the rows: it is 1 minus the outcome's residual variance given S, and the residual
 * correlations given S + j are those given S with predictor j eliminated (a Schur complement, one
 * step of Gaussian elimination). The subsets are visited depth first, each one from its parent (S
 * without its highest predictor j), and only the variables after j are updated, since no later
 * subset of that branch needs the others: 318 multiply-adds for all 63 subsets of six predictors,
 * and no step is ever undone (no rounding builds up from reversing an elimination). The betas
 * come from the correlation matrix swept on every predictor. The covariances come from {@link
 * Covariances} on the complete rows, in two passes as R computes them.
 *
 * <p>Undefined values (every figure at once, with one reason): fewer than p + 2 complete rows
 * ({@link UndefinedReason#TOO_FEW_OBSERVATIONS}: no residual degree of freedom); the outcome or a
 * predictor constant on the complete rows ({@link UndefinedReason#ZERO_VARIANCE}); a predictor
 * that is (up to rounding) a linear combination of others ({@link
 * UndefinedReason#SINGULAR_MATRIX}). A relative share is also undefined when R<sup>2</sup> is 0.
 *
 * <p>Reference: R. H. Lindeman, P. F. Merenda and R. Z. Gold, <i>Introduction to Bivariate and
 * Multivariate Analysis</i> (1980); U. Gr&ouml;mping, "Relative importance for linear regression in
 * R: the package relaimpo", Journal of Statistical Software 17(1), 2006.
 *
 * <p>Immutable and thread-safe. It keeps a copy of the complete rows for {@link #bootstrap(int,
 * long, double)}.
 *
 * @since 0.1.0
 */
public final class RelativeImportance {
  /**
   * The most predictors accepted: the sub-models double with each predictor, and 2<sup>12</sup>
   * subsets is far beyond what a report needs while still cheap.
   */
  public static final int MAX_PREDICTORS = 12;

  /**
   * The most numbers of the rows' terms a bootstrap keeps in a table for all its resamples (16 MiB:
   * 60,000 rows of seven variables); beyond, each resample makes them again.
   */
  private static final int MAX_TERMS = 1 << 21;

  /** The bootstrap's default number of resamples (see {@link #bootstrap(int, long, double)}). */
  public static final int DEFAULT_RESAMPLES = 200;

  private static final String TYPE = "RelativeImportance";
  /**
   * A predictor whose variance left after sweeping others is below this share of its own counts as
   * a linear combination of them (a tolerance of 1 - R<sup>2</sup> of that predictor on the others).
   */
  private static final double SINGULAR_TOLERANCE = 1e-10;
  /** A resample's variable whose sum of squares about its mean is below this share of its raw one. */
  private static final double CONSTANT_TOLERANCE = 1e-12;

  private final int p;
  private final int n;
  /** The complete rows, centred on their means, row after row: p predictors then the outcome. */
  private final double[] rows;
  private final @Nullable UndefinedReason reason;
  private final double[] subsetR2;
  private final double[] shares;
  private final double[] betas;

  private RelativeImportance(int p, int n, double[] rows, @Nullable UndefinedReason reason, double[] subsetR2,
      double[] shares, double[] betas) {
    this.p = p;
    this.n = n;
    this.rows = rows;
    this.reason = reason;
    this.subsetR2 = subsetR2;
    this.shares = shares;
    this.betas = betas;
  }

  /**
   * Decomposes the R<sup>2</sup> of {@code outcome} regressed on {@code predictors} over the rows
   * where all are present.
   *
   * @param outcome one value per row, {@code NaN} = missing; not modified
   * @param predictors one column per predictor (1 to {@value #MAX_PREDICTORS}), each with one
   *     value per row, {@code NaN} = missing; not modified
   * @return the decomposition
   * @throws io.github.serviceculture.alignment.InvalidValueException if an array is null, there
   *     is no predictor or more than {@value #MAX_PREDICTORS}, the lengths differ or a value is
   *     infinite
   */
  public static RelativeImportance of(double[] outcome, double[]... predictors) {
    Inputs.answers(TYPE, "outcome", outcome);
    int rowCount = Inputs.columns(TYPE, "predictors", predictors, 1);
    int p = predictors.length;
    Checks.require(p <= MAX_PREDICTORS, TYPE, "predictors", p + " predictors",
        "must have at most " + MAX_PREDICTORS + " predictors");
    if (predictors.length > 0 && outcome.length != rowCount) {
      Checks.require(false, TYPE, "outcome", outcome.length + " rows",
          "must have as many rows as predictors[0] (" + rowCount + ")");
    }
    int q = p + 1;
    int complete = 0;
    for (int r = 0; r < rowCount; r++) {
      if (isComplete(outcome, predictors, r)) {
        complete++;
      }
    }
    double[][] columns = new double[q][complete];
    for (int r = 0, c = 0; r < rowCount; r++) {
      if (isComplete(outcome, predictors, r)) {
        for (int j = 0; j < p; j++) {
          columns[j][c] = predictors[j][r];
        }
        columns[p][c] = outcome[r];
        c++;
      }
    }
    double[] centred = new double[complete * q];
    double[][] correlation = null;
    @Nullable UndefinedReason reason = null;
    if (complete < p + 2) {
      reason = UndefinedReason.TOO_FEW_OBSERVATIONS;
    } else {
      Covariances covariances = Covariances.of(columns);
      double[][] c = covariances.matrix();
      for (int j = 0; j < q; j++) {
        double mean = Moments.ofChecked(columns[j]).mean().value();
        for (int r = 0; r < complete; r++) {
          centred[r * q + j] = columns[j][r] - mean;
        }
      }
      correlation = correlation(c);
      if (correlation == null) {
        reason = UndefinedReason.ZERO_VARIANCE;
      }
    }
    Work work = new Work(p);
    double[] betas = new double[p];
    if (reason == null && correlation != null) {
      double[] top = work.top();
      for (int i = 0; i < q; i++) {
        System.arraycopy(correlation[i], 0, top, i * q, q);
      }
      if (subsets(work)) {
        shapley(work);
        betas = betas(correlation, p);
      } else {
        reason = UndefinedReason.SINGULAR_MATRIX;
      }
    }
    return new RelativeImportance(p, complete, centred, reason, work.r2, work.shares.clone(), betas);
  }

  private static boolean isComplete(double[] outcome, double[][] predictors, int r) {
    if (outcome[r] != outcome[r]) {
      return false;
    }
    for (double[] column : predictors) {
      if (column[r] != column[r]) {
        return false;
      }
    }
    return true;
  }

  /** The correlation matrix of a covariance matrix, or null when a variance is not positive. */
  private static double @Nullable [][] correlation(double[][] c) {
    int q = c.length;
    double[] sd = new double[q];
    for (int i = 0; i < q; i++) {
      if (!(c[i][i] > 0)) {
        return null;
      }
      sd[i] = Math.sqrt(c[i][i]);
    }
    double[][] r = new double[q][q];
    for (int i = 0; i < q; i++) {
      r[i][i] = 1;
      for (int j = i + 1; j < q; j++) {
        double v = c[i][j] / (sd[i] * sd[j]);
        r[i][j] = v;
        r[j][i] = v;
      }
    }
    return r;
  }

  /**
   * The work arrays of the subsets' R<sup>2</sup>, made once per decomposition or bootstrap and
   * reused for each resample: one upper-triangular (p + 1) &times; (p + 1) matrix per depth, the
   * R<sup>2</sup> of each subset, the Shapley weights and the shares.
   */
  static final class Work {
    final int p;
    final int q;
    /** scratch[d]: the residual correlations given the subset being visited at depth d. */
    final double[][] scratch;
    final double[] r2;
    /** weight[s] = s! (p - s - 1)! / p!: the chance that exactly a given s predictors come before j. */
    final double[] weight;
    final double[] shares;

    Work(int p) {
      this.p = p;
      this.q = p + 1;
      this.scratch = new double[q][q * q];
      this.r2 = new double[1 << p];
      // weight[p] stays 0: the full model has no predictor left to add.
      this.weight = new double[p + 1];
      this.shares = new double[p];
      for (int s = 0; s < p; s++) {
        double w = 1.0 / p;
        for (int i = 1; i <= s; i++) {
          w *= (double) i / (p - i);
        }
        weight[s] = w;
      }
    }

    /** The top scratch matrix, where the caller puts the correlation matrix (upper triangle). */
    double[] top() {
      return scratch[0];
    }
  }

  /**
   * Fills {@code work.r2[S]} for every subset S of the p predictors (bit j of S = predictor j), from
   * the correlation matrix in the upper triangle of {@code work.top()}, whose last variable is the
   * outcome.
   *
   * <p>R<sup>2</sup>(S) is 1 minus the outcome's residual variance given S, and the residual
   * correlations given S + j are the Schur complement of those given S on pivot j (one step of
   * Gaussian elimination). Subsets are visited depth first adding predictors in increasing order, so
   * a subset whose highest predictor is j needs its residuals only for the variables after j: it
   * costs (p - j)<sup>2</sup> / 2 updates, 318 multiply-adds over all 63 subsets of six predictors
   * (a full sweep per subset would cost about 50 each).
   *
   * @return false when a predictor is (nearly) a linear combination of others
   */
  static boolean subsets(Work work) {
    work.r2[0] = 0;
    return visit(work, 0, 0, 0);
  }

  /**
   * Visits the subsets that extend {@code subset}, whose residual correlations are in {@code
   * scratch[depth]}, by the predictors from {@code from} on.
   */
  private static boolean visit(Work work, int depth, int subset, int from) {
    int q = work.q;
    int p = work.p;
    if (from >= p) {
      return true;
    }
    double[] parent = work.scratch[depth];
    double[] child = work.scratch[depth + 1];
    for (int j = from; j < p; j++) {
      // 1 at the top (a correlation matrix); given S, 1 - R^2 of predictor j on S, near 0 only for
      // a linear combination.
      double d = parent[j * q + j];
      if (!(d > SINGULAR_TOLERANCE)) {
        return false;
      }
      int rj = j * q;
      for (int i = j + 1; i < q; i++) {
        double f = parent[rj + i] / d;
        int ri = i * q;
        for (int l = i; l < q; l++) {
          child[ri + l] = parent[ri + l] - f * parent[rj + l];
        }
      }
      int extended = subset | (1 << j);
      work.r2[extended] = 1 - child[p * q + p];
      if (!visit(work, depth + 1, extended, j + 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The standardized weights of the full model: the correlation matrix (full, row-major) swept on
   * every predictor leaves them in the outcome's column.
   */
  private static double[] betas(double[][] correlation, int p) {
    int q = p + 1;
    double[] a = new double[q * q];
    for (int i = 0; i < q; i++) {
      System.arraycopy(correlation[i], 0, a, i * q, q);
    }
    for (int k = 0; k < p; k++) {
      sweep(a, q, k);
    }
    double[] betas = new double[p];
    for (int j = 0; j < p; j++) {
      betas[j] = a[j * q + p];
    }
    return betas;
  }

  /** Sweeps a symmetric q &times; q matrix (row-major) on pivot k, in place. */
  private static void sweep(double[] a, int q, int k) {
    double d = a[k * q + k];
    for (int i = 0; i < q; i++) {
      if (i == k) {
        continue;
      }
      double f = a[i * q + k] / d;
      if (f == 0) {
        continue;
      }
      for (int j = 0; j < q; j++) {
        if (j != k) {
          a[i * q + j] -= f * a[k * q + j];
        }
      }
    }
    for (int i = 0; i < q; i++) {
      if (i != k) {
        a[i * q + k] /= d;
        a[k * q + i] /= d;
      }
    }
    a[k * q + k] = -1 / d;
  }

  /**
   * Fills {@code work.shares} with the Shapley value of each predictor in the game whose worth of
   * a subset is its R<sup>2</sup> ({@code work.r2}).
   */
  static void shapley(Work work) {
    int p = work.p;
    double[] shares = work.shares;
    Arrays.fill(shares, 0);
    int subsets = 1 << p;
    for (int subset = 0; subset < subsets; subset++) {
      double w = work.weight[Integer.bitCount(subset)];
      double base = work.r2[subset];
      for (int j = 0; j < p; j++) {
        int bit = 1 << j;
        if ((subset & bit) == 0) {
          shares[j] += w * (work.r2[subset | bit] - base);
        }
      }
    }
  }

  /**
   * The number of predictors p.
   *
   * @return p
   */
  public int predictors() {
    return p;
  }

  /**
   * The number of complete rows (outcome and every predictor present), n.
   *
   * @return n
   */
  public int n() {
    return n;
  }

  /**
   * Why the decomposition is undefined, when it is.
   *
   * @return the reason, or empty when every figure is defined
   */
  public Optional<UndefinedReason> undefinedReason() {
    return Optional.ofNullable(reason);
  }

  /**
   * R<sup>2</sup> of the full model, the sum of the shares.
   *
   * @return R<sup>2</sup>, from 0 to 1
   */
  public Estimate rSquared() {
    return subsetRSquared((1 << p) - 1);
  }

  /**
   * R<sup>2</sup> of the sub-model with the predictors of a subset.
   *
   * @param subset the predictors in the model as bits: bit j (value {@code 1 << j}) set when
   *     predictor j is in it; 0 is the model with the intercept alone (R<sup>2</sup> = 0)
   * @return R<sup>2</sup>(S)
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code subset} is not from
   *     0 to 2<sup>p</sup> - 1
   */
  public Estimate subsetRSquared(int subset) {
    Checks.require(subset >= 0 && subset < (1 << p), TYPE, "subset", subset,
        "must be from 0 to " + ((1 << p) - 1));
    return reason == null ? Estimate.of(subsetR2[subset]) : Estimate.undefined(reason);
  }

  /**
   * The LMG share of R<sup>2</sup> of a predictor (its Shapley value).
   *
   * @param predictor the predictor, from 0
   * @return the share, in units of R<sup>2</sup>
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code predictor} is out
   *     of range
   */
  public Estimate share(int predictor) {
    checkPredictor(predictor);
    return reason == null ? Estimate.of(shares[predictor]) : Estimate.undefined(reason);
  }

  /**
   * The share of a predictor as a part of R<sup>2</sup>: share / R<sup>2</sup>; the relative shares
   * sum to 1.
   *
   * @param predictor the predictor, from 0
   * @return the relative share; undefined also ({@link UndefinedReason#ZERO_VARIANCE}) when
   *     R<sup>2</sup> is 0
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code predictor} is out
   *     of range
   */
  public Estimate relativeShare(int predictor) {
    checkPredictor(predictor);
    if (reason != null) {
      return Estimate.undefined(reason);
    }
    double total = subsetR2[(1 << p) - 1];
    return total > 0 ? Estimate.of(shares[predictor] / total) : Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
  }

  /**
   * The standardized regression weight (beta) of a predictor in the full model: its coefficient
   * when the outcome and all predictors are scaled to unit standard deviation, as {@code
   * coef(lm(outcome ~ ., data = as.data.frame(scale(d))))}.
   *
   * @param predictor the predictor, from 0
   * @return beta
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code predictor} is out
   *     of range
   */
  public Estimate beta(int predictor) {
    checkPredictor(predictor);
    return reason == null ? Estimate.of(betas[predictor]) : Estimate.undefined(reason);
  }

  private void checkPredictor(int predictor) {
    Checks.require(predictor >= 0 && predictor < p, TYPE, "predictor", predictor,
        "must be a predictor from 0 to " + (p - 1));
  }

  /**
   * Percentile bootstrap intervals of the shares and of R<sup>2</sup>: the complete rows are
   * resampled with replacement {@code resamples} times, the decomposition is computed on each
   * resample, and the interval of a figure runs between the (1 - level) / 2 and (1 + level) / 2
   * quantiles of its resampled values (R's {@code quantile(type = 7)}).
   *
   * <p>Determinism: resample b draws its rows from a generator seeded by a mix of {@code seed} and
   * b alone, so the result depends only on the data, the seed and the count, never on the order
   * in which resamples are computed or on how many threads compute them.
   *
   * <p>Cost: each resample draws n rows and adds up their (p + 1)(p + 4) / 2 sums and products
   * (rows counted by how often they were drawn, read in order, each row's terms taken from a table
   * made once for all resamples, so the sum is one vectorizable weighted sum of rows), then
   * eliminates its way through the 2<sup>p</sup> - 1 subsets (318 multiply-adds for six
   * predictors): O(n p<sup>2</sup>) per resample, the rows dominating from a few dozen
   * respondents. {@value #DEFAULT_RESAMPLES} resamples (the default) keep six predictors and 1,000
   * respondents within a few milliseconds. They estimate a standard error to
   * about 5 % of itself (1 / sqrt(2B)), but a 95 % limit rests on the 5th and 6th of 200 ordered
   * values, so it moves noticeably from seed to seed: enough to tell a clear driver from noise,
   * not to read the third digit. Raise the count for publication figures (1,000 or more, as Efron
   * and Tibshirani advise for percentile intervals).
   *
   * <p>A resample whose predictors are constant or collinear (possible with few respondents and
   * few answer categories) has no decomposition; it is skipped and counted. The intervals are
   * undefined ({@link UndefinedReason#TOO_FEW_OBSERVATIONS}) when fewer than half the resamples
   * have a decomposition, since they would then describe only the resamples that happen to be
   * regular, and (with the decomposition's reason) when the decomposition itself is undefined.
   *
   * @param resamples the number of resamples, from 2 to 100,000
   * @param seed the seed
   * @param level the confidence level, greater than 0 and less than 1
   * @return the intervals
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code resamples} or
   *     {@code level} is out of range
   */
  public Bootstrap bootstrap(int resamples, long seed, double level) {
    Checks.require(resamples >= 2 && resamples <= 100_000, TYPE, "resamples", resamples,
        "must be from 2 to 100000");
    Checks.require(level > 0 && level < 1, TYPE, "level", level, "must be greater than 0 and less than 1");
    if (reason != null) {
      return new Bootstrap(resamples, 0, seed, level, p, reason, null);
    }
    int q = p + 1;
    int subsets = 1 << p;
    double[][] shareDraws = new double[p][resamples];
    double[] r2Draws = new double[resamples];
    int[] counts = new int[n];
    // Each row's terms: its q values, then the products x_i x_j (i <= j) of the upper triangle. A
    // resample's sums are then one weighted sum of rows of m numbers, which the JIT vectorizes; the
    // table is kept for all resamples when small, else each drawn row's terms are made again (the
    // same products, so the sums are the same either way).
    int m = q + q * (q + 1) / 2;
    double[] table = (long) n * m <= MAX_TERMS ? new double[n * m] : null;
    if (table != null) {
      for (int r = 0; r < n; r++) {
        terms(r, table, r * m);
      }
    }
    double[] one = new double[m];
    double[] sums = new double[m];
    Work work = new Work(p);
    double[] sd = new double[q];
    int valid = 0;
    for (int b = 0; b < resamples; b++) {
      SplittableRandom random = new SplittableRandom(mix(seed, b));
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[random.nextInt(n)]++;
      }
      Arrays.fill(sums, 0);
      for (int r = 0; r < n; r++) {
        int w = counts[r];
        if (w == 0) {
          continue;
        }
        double[] t = table;
        int base = r * m;
        if (t == null) {
          terms(r, one, 0);
          t = one;
          base = 0;
        }
        double weight = w;
        for (int k = 0; k < m; k++) {
          sums[k] += weight * t[base + k];
        }
      }
      // Centred on the whole sample's means, so removing the resample's own mean cancels little.
      boolean constant = false;
      for (int i = 0, k = q; i < q; k += q - i, i++) {
        double v = sums[k] - sums[i] * sums[i] / n;
        // A variable drawn from one value alone leaves rounding noise, not zero, after the means
        // are removed: count it as constant below a relative tolerance.
        constant |= !(v > CONSTANT_TOLERANCE * sums[k]);
        sd[i] = Math.sqrt(v);
      }
      if (constant) {
        continue;
      }
      double[] top = work.top();
      for (int i = 0, k = q; i < q; i++) {
        top[i * q + i] = 1;
        k++;
        for (int j = i + 1; j < q; j++, k++) {
          top[i * q + j] = (sums[k] - sums[i] * sums[j] / n) / (sd[i] * sd[j]);
        }
      }
      if (!subsets(work)) {
        continue;
      }
      shapley(work);
      for (int j = 0; j < p; j++) {
        shareDraws[j][valid] = work.shares[j];
      }
      r2Draws[valid] = work.r2[subsets - 1];
      valid++;
    }
    if (2 * valid < resamples) {
      return new Bootstrap(resamples, valid, seed, level, p, UndefinedReason.TOO_FEW_OBSERVATIONS, null);
    }
    double lowerP = (1 - level) / 2;
    double upperP = (1 + level) / 2;
    double[][] limits = new double[p + 1][2];
    for (int j = 0; j <= p; j++) {
      double[] draws = j < p ? shareDraws[j] : r2Draws;
      double[] sorted = Arrays.copyOf(draws, valid);
      Arrays.sort(sorted);
      limits[j][0] = quantile(sorted, lowerP);
      limits[j][1] = quantile(sorted, upperP);
    }
    return new Bootstrap(resamples, valid, seed, level, p, null, limits);
  }

  /** Writes row r's q centred values and then their products x_i x_j (i <= j) at {@code out[at..]}. */
  private void terms(int r, double[] out, int at) {
    int q = p + 1;
    int base = r * q;
    int k = at;
    for (int i = 0; i < q; i++) {
      out[k++] = rows[base + i];
    }
    for (int i = 0; i < q; i++) {
      double x = rows[base + i];
      for (int j = i; j < q; j++) {
        out[k++] = x * rows[base + j];
      }
    }
  }

  /** R's quantile type 7 of sorted values. */
  private static double quantile(double[] sorted, double prob) {
    double h = (sorted.length - 1) * prob;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The seed of resample b: SplitMix64's finalizer over the seed and the index. */
  private static long mix(long seed, int b) {
    long z = seed + (b + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "RelativeImportance[p=" + p + ", n=" + n + ", R2=" + rSquared() + "]";
  }

  /**
   * Percentile bootstrap intervals of the LMG shares and of R<sup>2</sup> (see {@link
   * RelativeImportance#bootstrap(int, long, double)}).
   *
   * <p>Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Bootstrap {
    private final int resamples;
    private final int validResamples;
    private final long seed;
    private final double level;
    private final int p;
    private final @Nullable UndefinedReason reason;
    /** Per predictor then R^2: lower and upper limit; null when undefined. */
    private final double @Nullable [][] limits;

    private Bootstrap(int resamples, int validResamples, long seed, double level, int p,
        @Nullable UndefinedReason reason, double @Nullable [][] limits) {
      this.resamples = resamples;
      this.validResamples = validResamples;
      this.seed = seed;
      this.level = level;
      this.p = p;
      this.reason = reason;
      this.limits = limits;
    }

    /**
     * The number of resamples drawn.
     *
     * @return the count asked for
     */
    public int resamples() {
      return resamples;
    }

    /**
     * The number of resamples that had a decomposition (the others were constant or collinear).
     *
     * @return from 0 to {@link #resamples()}
     */
    public int validResamples() {
      return validResamples;
    }

    /**
     * The seed the resamples were drawn from.
     *
     * @return the seed
     */
    public long seed() {
      return seed;
    }

    /**
     * The confidence level.
     *
     * @return the level, such as 0.95
     */
    public double level() {
      return level;
    }

    /**
     * The lower limit of a predictor's share.
     *
     * @param predictor the predictor, from 0
     * @return the limit, in units of R<sup>2</sup>
     * @throws io.github.serviceculture.alignment.InvalidValueException if {@code predictor} is out
     *     of range
     */
    public Estimate shareLower(int predictor) {
      return limit(predictor, 0);
    }

    /**
     * The upper limit of a predictor's share.
     *
     * @param predictor the predictor, from 0
     * @return the limit, in units of R<sup>2</sup>
     * @throws io.github.serviceculture.alignment.InvalidValueException if {@code predictor} is out
     *     of range
     */
    public Estimate shareUpper(int predictor) {
      return limit(predictor, 1);
    }

    /**
     * The lower limit of R<sup>2</sup>.
     *
     * @return the limit
     */
    public Estimate rSquaredLower() {
      return at(p, 0);
    }

    /**
     * The upper limit of R<sup>2</sup>.
     *
     * @return the limit
     */
    public Estimate rSquaredUpper() {
      return at(p, 1);
    }

    private Estimate limit(int predictor, int side) {
      Checks.require(predictor >= 0 && predictor < p, "RelativeImportance.Bootstrap", "predictor", predictor,
          "must be a predictor from 0 to " + (p - 1));
      return at(predictor, side);
    }

    private Estimate at(int index, int side) {
      return reason == null && limits != null ? Estimate.of(limits[index][side])
          : Estimate.undefined(reason != null ? reason : UndefinedReason.NO_DATA);
    }

    @Override
    public String toString() {
      return "RelativeImportance.Bootstrap[resamples=" + resamples + ", valid=" + validResamples
          + ", seed=" + seed + ", level=" + level + "]";
    }
  }
}
