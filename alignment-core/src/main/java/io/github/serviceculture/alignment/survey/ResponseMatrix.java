package io.github.serviceculture.alignment.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The columnar form of a {@link ResponseSet}: one array of answers per item, in the instrument's item
 * order, rows in response order. A missing answer (unanswered or "don't know") is {@code NaN}.
 * Answers are stored as given, before reverse keying.
 *
 * <p>Immutable and thread-safe: {@link #column(int)} returns a copy.
 *
 * @since 0.1.0
 */
public final class ResponseMatrix {
  private final Instrument instrument;
  private final List<Respondent> respondents;
  private final double[][] columns;

  private ResponseMatrix(Instrument instrument, List<Respondent> respondents, double[][] columns) {
    this.instrument = instrument;
    this.respondents = respondents;
    this.columns = columns;
  }

  /**
   * Lays out a response set's codes by column, in time linear in the number of answers.
   *
   * @param codes row-major codes; an unanswered item's mark is neither an option nor "don't know"
   */
  static ResponseMatrix of(Instrument instrument, List<Respondent> respondents, int[] codes) {
    int n = respondents.size();
    int k = instrument.items().size();
    Scale scale = instrument.scale();
    double[][] columns = new double[k][n];
    for (int item = 0; item < k; item++) {
      double[] column = columns[item];
      for (int row = 0, cell = item; row < n; row++, cell += k) {
        int code = codes[cell];
        // Unanswered and "don't know" alike are missing.
        column[row] = scale.contains(code) ? code : Double.NaN;
      }
    }
    return new ResponseMatrix(instrument, respondents, columns);
  }

  /**
   * The instrument whose items are the columns.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The respondents, one per row.
   *
   * @return the respondents in row order
   */
  public List<Respondent> respondents() {
    return respondents;
  }

  /**
   * The number of rows.
   *
   * @return the number of respondents
   */
  public int rowCount() {
    return respondents.size();
  }

  /**
   * The number of columns.
   *
   * @return the number of items
   */
  public int columnCount() {
    return columns.length;
  }

  /**
   * One answer.
   *
   * @param row the respondent's row
   * @param column the item's position in the instrument
   * @return the answer as given (not reverse-keyed), or {@code NaN} when missing
   */
  public double answer(int row, int column) {
    return columns[column][row];
  }

  /**
   * A copy of one item's answers.
   *
   * @param column the item's position in the instrument
   * @return the answers in row order, {@code NaN} where missing
   */
  public double[] column(int column) {
    return columns[column].clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ResponseMatrix)) {
      return false;
    }
    ResponseMatrix other = (ResponseMatrix) o;
    return instrument.equals(other.instrument) && respondents.equals(other.respondents)
        && Arrays.deepEquals(columns, other.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, respondents, Arrays.deepHashCode(columns));
  }

  @Override
  public String toString() {
    return "ResponseMatrix{instrument=" + instrument.id() + " " + instrument.version()
        + ", rows=" + rowCount() + ", columns=" + columnCount() + "}";
  }
}
