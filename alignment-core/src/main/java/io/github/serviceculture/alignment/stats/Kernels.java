package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;

/** The present rows of a column or group, shared by the group statistics. Not part of the API. */
final class Kernels {
  private Kernels() {}

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
