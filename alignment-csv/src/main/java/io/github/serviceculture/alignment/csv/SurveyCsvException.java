package io.github.serviceculture.alignment.csv;

import io.github.serviceculture.alignment.AlignmentException;

/**
 * A survey CSV that cannot be read at all: no header row, a header that is malformed CSV or not UTF-8,
 * or a header that does not fit the {@link SurveyCsvLayout} (a column named twice, a mapped column the
 * header lacks, no column for any item...). Bad data rows are never thrown: {@link SurveyCsvReader}
 * rejects them one by one. The message names the column and never quotes a data cell.
 *
 * @since 0.1.0
 */
public final class SurveyCsvException extends AlignmentException {
  private static final long serialVersionUID = 1L;

  /** The input has no header row, or its header row is malformed CSV or not valid UTF-8. */
  public static final String MALFORMED_HEADER = "MALFORMED_CSV_HEADER";
  /** The header does not fit the layout: a column is unnamed, named twice, missing or given two roles. */
  public static final String HEADER_MISMATCH = "CSV_HEADER_MISMATCH";

  SurveyCsvException(String code, String message) {
    super(code, message, null);
  }
}
