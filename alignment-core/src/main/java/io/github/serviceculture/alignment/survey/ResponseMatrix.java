package io.github.serviceculture.alignment.survey;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a {@link ResponseSet} by row and column: columns in the instrument's item order, rows
 * in response order. A missing answer (unanswered or "don't know") is {@code NaN}. Answers are as
 * given, before reverse keying.
 *
 * <p>A view: it reads the set's own array of codes (four bytes an answer) and copies nothing, so
 * scoring a large organization holds its answers once.
 *
 * <p>Immutable and thread-safe: {@link #column(int)} returns a copy.
 *
 * @since 0.1.0
 */
public final class ResponseMatrix {
  private final Instrument instrument;
  private final List<Respondent> respondents;
  /** The set's row-major codes, shared, never changed; read through {@link #answer}. */
  private final int[] codes;
  private final int width;
  private final int lowest;
  private final int highest;

  private ResponseMatrix(Instrument instrument, List<Respondent> respondents, int[] codes) {
    this.instrument = instrument;
    this.respondents = respondents;
    this.codes = codes;
    this.width = instrument.items().size();
    this.lowest = instrument.scale().lowest();
    this.highest = instrument.scale().highest();
  }

  /**
   * A view of a response set's codes.
   *
   * @param codes row-major codes, never to be changed; an unanswered item's mark is neither an option
   *     nor "don't know"
   */
  static ResponseMatrix of(Instrument instrument, List<Respondent> respondents, int[] codes) {
    return new ResponseMatrix(instrument, respondents, codes);
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
    return width;
  }

  /**
   * One answer.
   *
   * @param row the respondent's row
   * @param column the item's position in the instrument
   * @return the answer as given (not reverse-keyed), or {@code NaN} when missing
   */
  public double answer(int row, int column) {
    // The array holds exactly the rows' codes, so a row outside them fails on it.
    int code = codes[row * width + Objects.checkIndex(column, width)];
    // Unanswered and "don't know" alike are missing.
    return code >= lowest && code <= highest ? code : Double.NaN;
  }

  /**
   * A copy of one item's answers.
   *
   * @param column the item's position in the instrument
   * @return the answers in row order, {@code NaN} where missing
   */
  public double[] column(int column) {
    Objects.checkIndex(column, width);
    double[] out = new double[respondents.size()];
    for (int row = 0; row < out.length; row++) {
      out[row] = answer(row, column);
    }
    return out;
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
    if (!instrument.equals(other.instrument) || !respondents.equals(other.respondents)) {
      return false;
    }
    // Answers, not codes: "don't know" and unanswered are the same missing answer.
    for (int row = 0; row < respondents.size(); row++) {
      for (int column = 0; column < width; column++) {
        if (Double.compare(answer(row, column), other.answer(row, column)) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int row = 0; row < respondents.size(); row++) {
      for (int column = 0; column < width; column++) {
        h = 31 * h + Double.hashCode(answer(row, column));
      }
    }
    return Objects.hash(instrument, respondents, h);
  }

  @Override
  public String toString() {
    return "ResponseMatrix{instrument=" + instrument.id() + " " + instrument.version()
        + ", rows=" + rowCount() + ", columns=" + columnCount() + "}";
  }
}
