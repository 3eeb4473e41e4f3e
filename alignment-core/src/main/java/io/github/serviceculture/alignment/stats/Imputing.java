package io.github.serviceculture.alignment.stats;

/** Replaces missing answers by a per-item centre, as psych's {@code impute = "median" / "mean"}. */
final class Imputing {
  private Imputing() {}

  /**
   * Returns the items with each NaN replaced by that item's median (or mean) over all present
   * answers. Columns without a missing answer are shared, not copied; a column with no present
   * answer stays all NaN.
   */
  static double[][] fill(double[][] items, boolean median) {
    double[][] out = new double[items.length][];
    for (int j = 0; j < items.length; j++) {
      double[] column = items[j];
      int present = Descriptives.presentCount(column);
      if (present == column.length || present == 0) {
        out[j] = column;
        continue;
      }
      double centre =
          median ? Descriptives.medianOfPresent(column) : Descriptives.meanOfPresent(column);
      double[] filled = column.clone();
      for (int i = 0; i < filled.length; i++) {
        if (filled[i] != filled[i]) {
          filled[i] = centre;
        }
      }
      out[j] = filled;
    }
    return out;
  }

  /** Returns only the rows where every item is present (listwise deletion). */
  static double[][] completeRows(double[][] items, int rows) {
    boolean[] keep = new boolean[rows];
    java.util.Arrays.fill(keep, true);
    int kept = rows;
    for (double[] column : items) {
      for (int i = 0; i < rows; i++) {
        if (keep[i] && column[i] != column[i]) {
          keep[i] = false;
          kept--;
        }
      }
    }
    double[][] out = new double[items.length][kept];
    for (int j = 0; j < items.length; j++) {
      double[] column = items[j];
      double[] target = out[j];
      int o = 0;
      for (int i = 0; i < rows; i++) {
        if (keep[i]) {
          target[o++] = column[i];
        }
      }
    }
    return out;
  }
}
