package io.github.serviceculture.alignment.stats;

/**
 * Reverse keying of answers with the scale's nominal end points: x becomes {@code min + max - x}.
 *
 * <p>A 1-6 scale maps 1 to 6 and 6 to 1; NaN (missing) stays NaN. Unlike R's {@code psych::alpha},
 * which reverses with the smallest and largest value <em>observed</em> in the data, this uses the
 * nominal ends, so the keyed answers do not depend on who happened to answer; the two agree
 * whenever both ends were used (as in {@code psych::bfi}). Reversing twice with the same ends is
 * the identity.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReverseKeying {
  private static final String TYPE = "ReverseKeying";

  private ReverseKeying() {}

  /**
   * Reverses one answer.
   *
   * @param x the answer, NaN = missing
   * @param min the scale's lowest option, finite
   * @param max the scale's highest option, finite and greater than {@code min}
   * @return {@code min + max - x}, or NaN when {@code x} is NaN
   * @throws io.github.serviceculture.alignment.InvalidValueException if the ends are not finite
   *     or {@code min >= max}
   */
  public static double reverse(double x, double min, double max) {
    Inputs.scaleEnds(TYPE, min, max);
    return min + max - x;
  }

  /**
   * Returns a reversed copy of a column of answers.
   *
   * @param answers the answers, NaN = missing; not modified
   * @param min the scale's lowest option, finite
   * @param max the scale's highest option, finite and greater than {@code min}
   * @return a new array with {@code min + max - x} for each answer, NaN where missing
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code answers} is null or
   *     has an infinite value, or the ends are not finite or {@code min >= max}
   */
  public static double[] reverse(double[] answers, double min, double max) {
    Inputs.answers(TYPE, "answers", answers);
    Inputs.scaleEnds(TYPE, min, max);
    return reversedCopy(answers, min + max);
  }

  /**
   * Returns the items with the flagged ones reversed; unflagged columns are shared, not copied.
   *
   * @param items one array per item, equal lengths, NaN = missing; not modified
   * @param reversed one flag per item, true = reverse-keyed
   * @param min the scale's lowest option, finite
   * @param max the scale's highest option, finite and greater than {@code min}
   * @return a new outer array; reversed columns are new arrays, the others are the input arrays
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code items} is null,
   *     ragged or has an infinite value, {@code reversed} does not have one flag per item, or the
   *     ends are invalid
   */
  public static double[][] reverse(double[][] items, boolean[] reversed, double min, double max) {
    Inputs.columns(TYPE, "items", items, 0);
    Inputs.keys(TYPE, "reversed", reversed, items.length);
    Inputs.scaleEnds(TYPE, min, max);
    return keyed(items, reversed, min + max);
  }

  static double[][] keyed(double[][] items, boolean[] reversed, double sumOfEnds) {
    double[][] out = new double[items.length][];
    for (int j = 0; j < items.length; j++) {
      out[j] = reversed[j] ? reversedCopy(items[j], sumOfEnds) : items[j];
    }
    return out;
  }

  private static double[] reversedCopy(double[] answers, double sumOfEnds) {
    double[] out = new double[answers.length];
    for (int i = 0; i < answers.length; i++) {
      out[i] = sumOfEnds - answers[i];
    }
    return out;
  }
}
