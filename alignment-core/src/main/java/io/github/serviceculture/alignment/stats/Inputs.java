package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;

/**
 * Argument checks shared by the statistics of this package. Each check names the calling type and
 * the parameter in its {@link InvalidValueException}.
 */
final class Inputs {
  private Inputs() {}

  /** Throws unless {@code value} is non-null. */
  static <T> T notNull(String type, String field, T value) {
    if (value != null) {
      return value;
    }
    throw new InvalidValueException(type, field, null, "must not be null");
  }

  /**
   * Throws unless every value is finite or NaN (NaN marks a missing answer; infinities are bugs).
   */
  static void answers(String type, String field, double[] values) {
    notNull(type, field, values);
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new InvalidValueException(
            type, field + "[" + i + "]", Checks.render(values[i]), "must be finite or NaN (missing)");
      }
    }
  }

  /**
   * Throws unless {@code items} is a non-null rectangle of at least {@code minItems} columns whose
   * values are finite or NaN.
   *
   * @return the number of rows
   */
  static int columns(String type, String field, double[][] items, int minItems) {
    notNull(type, field, items);
    if (items.length < minItems) {
      throw new InvalidValueException(
          type, field, items.length + " items", "must have at least " + minItems + " items");
    }
    int n = -1;
    for (int j = 0; j < items.length; j++) {
      double[] column = items[j];
      answers(type, field + "[" + j + "]", column);
      if (n < 0) {
        n = column.length;
      } else if (column.length != n) {
        throw new InvalidValueException(
            type,
            field + "[" + j + "]",
            column.length + " rows",
            "must have as many rows as " + field + "[0] (" + n + ")");
      }
    }
    return Math.max(n, 0);
  }

  /** Throws unless {@code reversed} is non-null and has one flag per item. */
  static void keys(String type, String field, boolean[] reversed, int items) {
    notNull(type, field, reversed);
    if (reversed.length != items) {
      throw new InvalidValueException(
          type, field, reversed.length + " flags", "must have one flag per item (" + items + ")");
    }
  }

  /** Throws unless {@code min} and {@code max} are finite and {@code min < max}. */
  static void scaleEnds(String type, double min, double max) {
    Checks.finite(type, "min", min);
    Checks.finite(type, "max", max);
    Checks.require(min < max, type, "max", max, "must be greater than min (" + Checks.render(min) + ")");
  }
}
