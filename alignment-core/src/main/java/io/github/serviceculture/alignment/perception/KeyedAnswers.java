package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dimension's answers, reverse keyed and shifted to start at 0 ({@code x - lowest}, or
 * {@code highest - x} for a reversed item), NaN where missing, by canonical row and the dimension's
 * item position.
 *
 * <p>Held in a byte an answer, rows in canonical order, where the scale has at most 255 options: a
 * double an answer would make every dimension's copy twice the size of the response set's codes,
 * and reading the matrix on every access costs the scoring about a fifth of its time. A wider scale
 * is read from the matrix. Immutable.
 */
final class KeyedAnswers {
  /** The packed mark of a missing answer; keyed answers of a packed scale are below it. */
  private static final int MISSING = 0xFF;

  private final int width;
  /** Row-major keyed answers, {@link #MISSING} where none; null for a scale too wide to pack. */
  private final byte @Nullable [] packed;
  private final ResponseMatrix matrix;
  /** Canonical row to the matrix's row. */
  private final int[] order;
  /** The dimension's item position to the instrument's column. */
  private final int[] columns;
  private final boolean[] reversed;
  private final double lowest;
  private final double highest;

  KeyedAnswers(ResponseMatrix matrix, int[] order, List<Item> items) {
    Instrument instrument = matrix.instrument();
    this.matrix = matrix;
    this.order = order;
    this.width = items.size();
    this.columns = new int[width];
    this.reversed = new boolean[width];
    for (int c = 0; c < width; c++) {
      columns[c] = instrument.indexOf(items.get(c).id());
      reversed[c] = items.get(c).isReverseKeyed();
    }
    this.lowest = instrument.scale().lowest();
    this.highest = instrument.scale().highest();
    if (instrument.scale().options() <= MISSING) {
      byte[] bytes = new byte[Math.multiplyExact(order.length, width)];
      for (int row = 0; row < order.length; row++) {
        for (int c = 0; c < width; c++) {
          double x = fromMatrix(row, c);
          bytes[row * width + c] = (byte) (x == x ? (int) x : MISSING);
        }
      }
      this.packed = bytes;
    } else {
      this.packed = null;
    }
  }

  /** The number of items. */
  int width() {
    return width;
  }

  /** One keyed, shifted answer; NaN when missing. */
  double get(int row, int c) {
    byte[] bytes = packed;
    if (bytes == null) {
      return fromMatrix(row, c);
    }
    int b = bytes[row * width + c] & 0xFF;
    return b == MISSING ? Double.NaN : b;
  }

  /** Writes a row's {@link #width()} answers into {@code into} from index 0. */
  void copyRow(int row, double[] into) {
    for (int c = 0; c < width; c++) {
      into[c] = get(row, c);
    }
  }

  /** A row's answers in a new array. */
  double[] row(int row) {
    double[] out = new double[width];
    copyRow(row, out);
    return out;
  }

  private double fromMatrix(int row, int c) {
    double x = matrix.answer(order[row], columns[c]);
    // A reversed x keys to lowest + highest - x; NaN stays NaN.
    return reversed[c] ? highest - x : x - lowest;
  }
}
