package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;

/** Sums over a subset of rows shared by the group statistics. Not part of the API. */
final class Kernels {
  private Kernels() {}

  /** The mean with R's correction pass ({@code mean.default}): sum / n plus the mean residual. */
  static double mean(double[] x, int[] rows, int k) {
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += x[rows[i]];
    }
    double m = sum / k;
    double residual = 0;
    for (int i = 0; i < k; i++) {
      residual += x[rows[i]] - m;
    }
    return m + residual / k;
  }

  /** The sum of squared deviations from a mean computed before (R's {@code var} times n - 1). */
  static double squares(double[] x, int[] rows, int k, double mean) {
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double d = x[rows[i]] - mean;
      sum += d * d;
    }
    return sum;
  }

  /** The sample variance (n - 1) around a mean computed before, as R's {@code var}. */
  static double variance(double[] x, int[] rows, int k, double mean) {
    return squares(x, rows, k, mean) / (k - 1);
  }

  /**
   * Writes to {@code rows} the members of group {@code g} whose value is present and returns their
   * number; rejects infinite values, naming {@code type} and {@code field} in the message.
   */
  static int present(Groups groups, int g, double[] x, int[] rows, String type, String field) {
    int k = 0;
    for (int p = groups.start(g), end = groups.end(g); p < end; p++) {
      int row = groups.member(p);
      double v = x[row];
      if (v != v) {
        continue;
      }
      if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
        Checks.require(false, type, field + "[" + row + "]", v,
            "must be a finite number or NaN for missing");
      }
      rows[k++] = row;
    }
    return k;
  }

  /** The rows {@code 0..n-1} whose value is present; rejects infinite values. */
  static int present(double[] x, int[] rows, String type, String field) {
    int k = 0;
    for (int row = 0; row < x.length; row++) {
      double v = x[row];
      if (v != v) {
        continue;
      }
      if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
        Checks.require(false, type, field + "[" + row + "]", v,
            "must be a finite number or NaN for missing");
      }
      rows[k++] = row;
    }
    return k;
  }
}
