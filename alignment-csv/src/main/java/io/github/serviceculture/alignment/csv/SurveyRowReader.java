package io.github.serviceculture.alignment.csv;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.List;

/**
 * Reads survey rows that are already split into cells, such as the rows of a data frame, with the
 * checks and the words of {@link SurveyCsvReader}: the same header resolution, the same rejection
 * reasons, the same blocks. Rows are given one at a time, in the order of their lines; {@link
 * #add(long, List)} returns an organization's block when a row names another organization, and {@link
 * #finish()} the last one.
 *
 * <p><b>What differs from the CSV reader.</b> There are no CSV checks to make (quoting, UTF-8, records
 * across lines): the cells are given. A row with a number of cells other than the header's is rejected
 * as the reader rejects one ({@code the row has N fields, the header M}); a row whose text is not
 * Unicode (an unpaired surrogate, which UTF-8 cannot hold) is rejected with {@value #NOT_UNICODE},
 * where the reader, which reads bytes, says that they are not UTF-8. A null cell is read as an empty
 * one. The line of a row is whatever the caller numbers it; it is the line the rejections and the
 * {@linkplain SurveyCsvReader.Block#line(int) responses} name, and, without a respondent column, the
 * respondent's id ({@code line-N}) as the CSV reader makes it.
 *
 * <p>Given the cells and lines of a CSV file's rows, as that file is read by the CSV reader, this reader
 * gives the same blocks, rejections and responses. Not thread-safe.
 *
 * @since 0.1.0
 */
public final class SurveyRowReader {
  /** Why a row whose text holds an unpaired surrogate is rejected. */
  public static final String NOT_UNICODE = "the row holds text that is not valid Unicode (an unpaired surrogate)";

  private final SurveyCsvLayout.Columns columns;
  private final RowChecks checks;
  private long rows;
  private List<String> row;
  private final RowChecks.Cells cells = new RowChecks.Cells() {
    @Override
    public String text(int field) {
      String cell = row.get(field);
      return cell == null ? "" : cell;
    }

    @Override
    public long answer(int field) {
      return checks.answer(text(field));
    }
  };

  private SurveyRowReader(SurveyCsvLayout.Columns columns) {
    this.columns = columns;
    this.checks = new RowChecks(columns);
  }

  /**
   * A reader of rows with the given column names, resolved against the layout as {@link
   * SurveyCsvReader} resolves a CSV header.
   *
   * @param header the column names, in the order of the rows' cells
   * @param layout which column holds what
   * @return the reader, before the first row
   * @throws SurveyCsvException if the header does not fit the layout
   * @throws InvalidValueException if {@code header} or {@code layout} is null, or a name is null
   */
  public static SurveyRowReader open(List<String> header, SurveyCsvLayout layout) {
    if (header == null) {
      throw new InvalidValueException("SurveyRowReader", "header", null, "must not be null");
    }
    if (layout == null) {
      throw new InvalidValueException("SurveyRowReader", "layout", null, "must not be null");
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i) == null) {
        throw new InvalidValueException("SurveyRowReader", "header[" + i + "]", null, "must not be null");
      }
    }
    return new SurveyRowReader(layout.resolve(header));
  }

  /**
   * The layout read with.
   *
   * @return the layout
   */
  public SurveyCsvLayout layout() {
    return columns.layout;
  }

  /**
   * The column names, as given.
   *
   * @return the names
   */
  public List<String> header() {
    return columns.header;
  }

  /**
   * The items of the instrument that no column holds, read as unanswered by everyone.
   *
   * @return their ids, in the instrument's order
   */
  public List<String> absentItems() {
    return columns.absentItems;
  }

  /**
   * The columns that have no role and are not items; they are not read.
   *
   * @return their names, stripped
   */
  public List<String> ignoredColumns() {
    return columns.ignoredColumns;
  }

  /**
   * The rows given so far, each a response or a rejection of a block returned or being read.
   *
   * @return the count
   */
  public long rowCount() {
    return rows;
  }

  /**
   * Checks a row and adds it to its organization's block.
   *
   * @param line the row's line, as its rejection or response will name it; rows are given in the
   *     order of their lines
   * @param cells the row's cells, one per column of the header; null cells read as empty
   * @return the block of the organization before, when this row names another one; null otherwise
   * @throws InvalidValueException if {@code cells} is null
   */
  public SurveyCsvReader.Block add(long line, List<String> cells) {
    if (cells == null) {
      throw new InvalidValueException("SurveyRowReader", "cells", null, "must not be null");
    }
    rows++;
    if (cells.size() != columns.width) {
      checks.reject(line, "the row has " + cells.size() + " fields, the header " + columns.width);
      return null;
    }
    for (String cell : cells) {
      if (cell != null && !isUnicode(cell)) {
        checks.reject(line, NOT_UNICODE);
        return null;
      }
    }
    row = cells;
    try {
      return checks.row(line, this.cells);
    } finally {
      row = null;
    }
  }

  /**
   * Ends the rows: the last block. Rows given after it start a new block, as the rows of another input.
   *
   * @return the block being read, or null when no row is left in one
   */
  public SurveyCsvReader.Block finish() {
    return checks.end();
  }

  private static boolean isUnicode(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < cell.length() && Character.isLowSurrogate(cell.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
