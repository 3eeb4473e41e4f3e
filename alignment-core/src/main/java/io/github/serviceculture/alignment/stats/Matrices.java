package io.github.serviceculture.alignment.stats;

import org.jspecify.annotations.Nullable;

/** Small dense matrix routines on {@code double[][]} (row-major, square, k up to a few dozen). */
final class Matrices {
  /**
   * Pivots below this, relative to the largest absolute entry, count as zero. Correlation
   * matrices have a unit diagonal, so this flags matrices whose smallest eigenvalue is at
   * rounding-error level (for example two identical items).
   */
  private static final double SINGULAR_TOLERANCE = 1e-12;

  private Matrices() {}

  /**
   * Pearson correlation over the rows where both are present (R's {@code cor(x, y, use =
   * "pairwise")}); NaN with fewer than two rows or when either is constant on those rows.
   */
  static double correlation(double[] x, double[] y) {
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
    if (n < 2) {
      return Double.NaN;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int r = 0; r < x.length; r++) {
      double a = x[r];
      double b = y[r];
      if (a == a && b == b) {
        double da = a - mx;
        double db = b - my;
        sxy += da * db;
        sxx += da * da;
        syy += db * db;
      }
    }
    if (!(sxx > 0 && syy > 0)) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Inverse by Gauss-Jordan elimination with partial pivoting.
   *
   * @return the inverse, or null when the matrix is singular (or nearly so) or has a non-finite
   *     entry
   */
  static double @Nullable [][] inverse(double[][] m) {
    int k = m.length;
    double[][] a = new double[k][2 * k];
    double largest = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = m[i][j];
        if (!Double.isFinite(v)) {
          return null;
        }
        a[i][j] = v;
        largest = Math.max(largest, Math.abs(v));
      }
      a[i][k + i] = 1;
    }
    if (largest == 0) {
      return null;
    }
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int r = col + 1; r < k; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) <= SINGULAR_TOLERANCE * largest) {
        return null;
      }
      double[] tmp = a[pivot];
      a[pivot] = a[col];
      a[col] = tmp;
      double p = a[col][col];
      for (int j = 0; j < 2 * k; j++) {
        a[col][j] /= p;
      }
      for (int r = 0; r < k; r++) {
        if (r != col) {
          double f = a[r][col];
          if (f != 0) {
            for (int j = 0; j < 2 * k; j++) {
              a[r][j] -= f * a[col][j];
            }
          }
        }
      }
    }
    double[][] inv = new double[k][k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a[i], k, inv[i], 0, k);
    }
    return inv;
  }

  /** The matrix without row and column {@code drop}. */
  static double[][] without(double[][] m, int drop) {
    int k = m.length;
    double[][] out = new double[k - 1][k - 1];
    for (int i = 0, oi = 0; i < k; i++) {
      if (i == drop) {
        continue;
      }
      for (int j = 0, oj = 0; j < k; j++) {
        if (j == drop) {
          continue;
        }
        out[oi][oj++] = m[i][j];
      }
      oi++;
    }
    return out;
  }

  static double sum(double[][] m) {
    double s = 0;
    for (double[] row : m) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  static double trace(double[][] m) {
    double s = 0;
    for (int i = 0; i < m.length; i++) {
      s += m[i][i];
    }
    return s;
  }
}
