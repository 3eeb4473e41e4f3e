package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;

/**
 * Pairwise covariances of k real-valued variables and the raw Cronbach's alpha they give: a
 * mergeable accumulator of co-moments, the state behind {@link CronbachAlpha} with {@code
 * PAIRWISE} missing data.
 *
 * <p>Each row is k values, {@code NaN} where missing; infinite values are rejected. The covariance
 * of variables i and j rests on the n<sub>ij</sub> rows where both are present, with the means of
 * those rows, as R's {@code cov(x, use = "pairwise")}: c<sub>ij</sub> = C<sub>ij</sub> /
 * (n<sub>ij</sub> - 1), C<sub>ij</sub> = sum (x<sub>i</sub> - mean<sub>i</sub>) (x<sub>j</sub> -
 * mean<sub>j</sub>). Raw alpha = k / (k - 1) (1 - tr C / 1'C1), as {@link
 * CronbachAlpha.Result#rawAlpha()}. Units: a covariance is in the product of the two variables'
 * units; alpha has none.
 *
 * <p>{@link #of(double[]...)} computes columns in two passes per pair (as R, with the correction
 * term of the corrected two-pass algorithm). {@link #accept(double[])} adds a row by the bivariate
 * Welford update and {@link #combine(Covariances)} merges two partial states by the co-moment
 * update of Chan, Golub and LeVeque: with n = n<sub>a</sub> + n<sub>b</sub>, C = C<sub>a</sub> +
 * C<sub>b</sub> + (mean<sub>i,b</sub> - mean<sub>i,a</sub>) (mean<sub>j,b</sub> -
 * mean<sub>j,a</sub>) n<sub>a</sub> n<sub>b</sub> / n. Parts accumulated apart and combined give
 * the covariances of the whole up to rounding, whatever the split. For whole-number answers whose
 * results must not depend on the split by a single bit, use {@link AnswerCovariances}.
 *
 * <p>Reference: T. F. Chan, G. H. Golub and R. J. LeVeque, "Updating formulae and a pairwise
 * algorithm for computing sample variances", Stanford CS report STAN-CS-79-773 (1979).
 *
 * <p>Cost: k (k + 1) / 2 pair updates per row; the state is 2 k (k + 1) numbers. Not thread-safe:
 * give each thread its own instance and combine them.
 *
 * @since 0.1.0
 */
public final class Covariances {
  private static final String TYPE = "Covariances";

  private final int k;
  private final int pairs;
  /** Per pair i <= j (row by row of the upper triangle): rows with both present. */
  private final long[] count;
  /** Per pair: the mean of x_i and of x_j over those rows. */
  private final double[] meanX;
  private final double[] meanY;
  /** Per pair: the co-moment C_ij over those rows. */
  private final double[] comoment;

  /**
   * Creates an empty accumulator.
   *
   * @param variables the number of variables k, at least 1
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code variables} is not
   *     from 1 to 4096
   */
  public Covariances(int variables) {
    Checks.require(variables >= 1 && variables <= 4096, TYPE, "variables", variables, "must be from 1 to 4096");
    this.k = variables;
    this.pairs = variables * (variables + 1) / 2;
    this.count = new long[pairs];
    this.meanX = new double[pairs];
    this.meanY = new double[pairs];
    this.comoment = new double[pairs];
  }

  /**
   * Returns the covariances of columns of equal length, computed in two passes per pair.
   *
   * @param columns one array per variable, each with one value per row, {@code NaN} = missing; not
   *     modified
   * @return a new accumulator holding them, to which more rows or parts can be added
   * @throws io.github.serviceculture.alignment.InvalidValueException if there is no column, a
   *     column is null, the lengths differ or a value is infinite
   */
  public static Covariances of(double[]... columns) {
    Inputs.columns(TYPE, "columns", columns, 1);
    Covariances out = new Covariances(columns.length);
    for (int i = 0, p = 0; i < out.k; i++) {
      for (int j = i; j < out.k; j++, p++) {
        out.twoPass(p, columns[i], columns[j]);
      }
    }
    return out;
  }

  private void twoPass(int p, double[] x, double[] y) {
    int n = 0;
    double sx = 0;
    double sy = 0;
    for (int r = 0; r < x.length; r++) {
      double a = x[r];
      double b = y[r];
      if (a == a && b == b) {
        n++;
        sx += a;
        sy += b;
      }
    }
    count[p] = n;
    if (n == 0) {
      return;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double cx = 0;
    double cy = 0;
    for (int r = 0; r < x.length; r++) {
      double a = x[r];
      double b = y[r];
      if (a == a && b == b) {
        double da = a - mx;
        double db = b - my;
        sxy += da * db;
        cx += da;
        cy += db;
      }
    }
    // The correction terms remove the rounding error of the first-pass means.
    meanX[p] = mx + cx / n;
    meanY[p] = my + cy / n;
    comoment[p] = sxy - cx * cy / n;
  }

  /**
   * Adds one row (the bivariate Welford update, for each pair present).
   *
   * @param row the row's k values, {@code NaN} where missing; not modified
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code row} is null, does
   *     not have k values or has an infinite value
   */
  public void accept(double[] row) {
    Inputs.answers(TYPE, "row", row);
    if (!(row.length == k)) {
      Checks.require(false, TYPE, "row", row.length, "must have " + k + " values");
    }
    for (int i = 0, p = 0; i < k; i++) {
      double x = row[i];
      if (x != x) {
        p += k - i;
        continue;
      }
      for (int j = i; j < k; j++, p++) {
        double y = row[j];
        if (y == y) {
          long n = ++count[p];
          double dx = x - meanX[p];
          meanX[p] += dx / n;
          meanY[p] += (y - meanY[p]) / n;
          comoment[p] += dx * (y - meanY[p]);
        }
      }
    }
  }

  /**
   * Adds the rows of another accumulator to this one (the co-moment update of Chan, Golub and
   * LeVeque); {@code other} is not modified.
   *
   * @param other the other part, over the same number of variables
   * @return this accumulator
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code other} is null or has
   *     another number of variables
   */
  public Covariances combine(Covariances other) {
    Checks.notNull(TYPE, "other", other);
    if (!(other.k == k)) {
      Checks.require(false, TYPE, "other", other.k, "must have " + k + " variables");
    }
    for (int p = 0; p < pairs; p++) {
      long nb = other.count[p];
      if (nb == 0) {
        continue;
      }
      long na = count[p];
      if (na == 0) {
        count[p] = nb;
        meanX[p] = other.meanX[p];
        meanY[p] = other.meanY[p];
        comoment[p] = other.comoment[p];
        continue;
      }
      long n = na + nb;
      double dx = other.meanX[p] - meanX[p];
      double dy = other.meanY[p] - meanY[p];
      double weight = (double) na * nb / n;
      meanX[p] = ((double) na * meanX[p] + (double) nb * other.meanX[p]) / n;
      meanY[p] = ((double) na * meanY[p] + (double) nb * other.meanY[p]) / n;
      comoment[p] = comoment[p] + other.comoment[p] + dx * dy * weight;
      count[p] = n;
    }
    return this;
  }

  /**
   * The number of variables k.
   *
   * @return k
   */
  public int variables() {
    return k;
  }

  /**
   * The rows where two variables are both present.
   *
   * @param i one variable, from 0
   * @param j another variable (or the same)
   * @return n<sub>ij</sub>
   * @throws io.github.serviceculture.alignment.InvalidValueException if a variable is out of range
   */
  public long count(int i, int j) {
    return count[pair(i, j)];
  }

  /**
   * The covariance of two variables over the rows where both are present.
   *
   * @param i one variable, from 0
   * @param j another variable (or the same: its variance)
   * @return the covariance; undefined ({@code TOO_FEW_OBSERVATIONS}) with fewer than two such rows
   * @throws io.github.serviceculture.alignment.InvalidValueException if a variable is out of range
   */
  public Estimate covariance(int i, int j) {
    double c = covarianceAt(pair(i, j));
    return c == c ? Estimate.of(c) : Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
  }

  /**
   * Raw Cronbach's alpha of the pairwise covariance matrix, as {@link CronbachAlpha.Result#rawAlpha()}.
   *
   * @return alpha; undefined ({@code SINGLE_ITEM}) with one variable, ({@code TOO_FEW_OBSERVATIONS}) when
   *     a pair has fewer than two rows, ({@code ZERO_VARIANCE}) when the total score's variance vanishes
   */
  public Estimate alpha() {
    if (k < 2) {
      return Estimate.undefined(UndefinedReason.SINGLE_ITEM);
    }
    double[][] c = matrix();
    for (double[] row : c) {
      for (double v : row) {
        if (v != v) {
          return Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
        }
      }
    }
    double alpha = CronbachAlpha.rawAlpha(c);
    return alpha == alpha && Double.isFinite(alpha)
        ? Estimate.of(alpha) : Estimate.undefined(UndefinedReason.ZERO_VARIANCE);
  }

  /** The covariance matrix, NaN where a pair has fewer than two rows. */
  double[][] matrix() {
    double[][] c = new double[k][k];
    for (int i = 0, p = 0; i < k; i++) {
      for (int j = i; j < k; j++, p++) {
        double v = covarianceAt(p);
        c[i][j] = v;
        c[j][i] = v;
      }
    }
    return c;
  }

  private double covarianceAt(int p) {
    long n = count[p];
    return n < 2 ? Double.NaN : comoment[p] / (n - 1);
  }

  private int pair(int i, int j) {
    if (!(i >= 0 && i < k)) {
      Checks.require(false, TYPE, "i", i, "must be a variable from 0 to " + (k - 1));
    }
    if (!(j >= 0 && j < k)) {
      Checks.require(false, TYPE, "j", j, "must be a variable from 0 to " + (k - 1));
    }
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return a * k - a * (a - 1) / 2 + (b - a);
  }

  @Override
  public String toString() {
    return "Covariances[variables=" + k + "]";
  }
}
