package io.github.serviceculture.alignment.csv;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a survey CSV one organization at a time: each {@link #next()} returns the next block of
 * contiguous rows of one organization, as a {@link ResponseSet} of the rows that can be used and the
 * rows rejected, each with the line it starts on and why.
 *
 * <p><b>Input.</b> UTF-8, with or without a byte order mark; RFC 4180 CSV: fields separated by the
 * layout's {@linkplain SurveyCsvLayout#delimiter() delimiter}, quoted fields (with doubled quotes,
 * delimiters and line breaks inside), records ended by CRLF, LF or CR; empty lines, and lines of only
 * spaces and tabs other than the delimiter, skipped. The first record is the header, line 1 (or the
 * line of the first record after skipped lines); lines are counted from 1 and a row's line is the one
 * it starts on. Cells are compared after stripping white
 * space. An answer is a whole number with an optional sign, as {@link Integer#parseInt(String)} reads
 * it.
 *
 * <p><b>Rejected rows.</b> A row is rejected, and reading goes on, when it is malformed CSV, has a
 * field count other than the header's, holds bytes that are not UTF-8, has no organization (an empty
 * cell or a missing-value code) or no respondent id, repeats the respondent id of an earlier row of
 * its block, has a level other than EXECUTIVE, MANAGER, SUPERVISOR or FRONTLINE (any case) or a
 * customer-facing value other than true/false, yes/no, y/n or 1/0 (any case), has an answer that is not
 * a whole number or is neither an option of the scale nor its don't-know code, or a text longer than
 * {@link #MAX_TEXT_LENGTH} characters (a respondent id: {@link #MAX_RESPONDENT_ID_LENGTH}). The reason
 * names the column or item and never the value. Every data row is either a response of its block or
 * one of its rejections.
 *
 * <p><b>Recovery from bad quoting.</b> A quoted field may span lines. A record that is malformed (a
 * quote inside an unquoted field, text after a closing quote), that spans lines and then has a field
 * count other than the header's, that reaches the end of the input inside a quoted field, or that
 * spans more than 100 lines or 16 MiB, is rejected from the line it starts on, and reading starts again
 * on the line after that one. A quote that is never closed thus costs its own row, not the rest of the
 * file. Rows that started inside the bad record are then read as rows, and rejected in turn if they
 * do not fit.
 *
 * <p><b>Blocks.</b> A block ends where a row names another organization; an organization whose rows
 * are not contiguous gives more than one block. A rejected row whose organization cannot be read (bad
 * CSV, wrong field count, bad UTF-8, no or too long an organization) goes to the block being read
 * (before the first block, to the first), with {@code ""} as its {@linkplain Rejection#organization()
 * organization}; when no row names an organization, they form a last block named {@code ""}. Without an organization column all rows form one block named {@code ""}.
 *
 * <p>Not thread-safe. Closing the reader closes the stream.
 *
 * @since 0.1.0
 */
public final class SurveyCsvReader implements Closeable {
  /** The longest text kept from a cell, in characters: an organization, a department or an attribute. */
  public static final int MAX_TEXT_LENGTH = 100_000;
  /** The longest respondent id, in characters. */
  public static final int MAX_RESPONDENT_ID_LENGTH = 100;

  private static final String INVALID_UTF8 = "the row holds bytes that are not valid UTF-8";
  private static final String RESUMED = "; reading goes on from the next line";

  /**
   * A rejected row.
   *
   * @param line the line the row starts on, counted from 1 (the header's line)
   * @param organization the organization the row names, stripped; {@code ""} when it could not be read
   *     (bad CSV, a wrong field count, bytes that are not UTF-8, no or too long an organization) or the
   *     layout has no organization column
   * @param reason why it was rejected, naming the column or item but never the value
   * @param repeatOf the line of the earlier row of the organization whose respondent id the row
   *     repeats, or 0 when it is rejected for another reason
   * @since 0.1.0
   */
  public record Rejection(long line, String organization, String reason, long repeatOf) {
    /**
     * Creates a rejection.
     *
     * @param line the line the row starts on
     * @param organization the organization, or {@code ""}; not null
     * @param reason why; not null
     * @param repeatOf the earlier line whose respondent id the row repeats, or 0; not negative
     * @throws InvalidValueException if {@code organization} or {@code reason} is null, or {@code
     *     repeatOf} is negative
     */
    public Rejection {
      if (organization == null) {
        throw new InvalidValueException("Rejection", "organization", null, "must not be null");
      }
      if (reason == null) {
        throw new InvalidValueException("Rejection", "reason", null, "must not be null");
      }
      if (repeatOf < 0) {
        throw new InvalidValueException("Rejection", "repeatOf", String.valueOf(repeatOf), "must not be negative");
      }
    }

    /**
     * Creates a rejection for a reason other than a repeated respondent id.
     *
     * @param line the line the row starts on
     * @param organization the organization, or {@code ""}; not null
     * @param reason why; not null
     * @throws InvalidValueException if {@code organization} or {@code reason} is null
     */
    public Rejection(long line, String organization, String reason) {
      this(line, organization, reason, 0);
    }

    /**
     * The rejection of a row that repeats the respondent id of an earlier row of its organization,
     * with the reader's words for it: a program that joins the blocks of one organization, as {@code
     * alignment batch} does, rejects the repeats it finds across blocks the same way.
     *
     * @param line the line the row starts on
     * @param organization the organization; not null
     * @param earlier the line of the earlier row, counted from 1
     * @return the rejection
     * @throws InvalidValueException if {@code organization} is null or {@code earlier} is not positive
     */
    public static Rejection repeating(long line, String organization, long earlier) {
      if (earlier <= 0) {
        throw new InvalidValueException("Rejection", "repeatOf", String.valueOf(earlier), "must be a line, counted from 1");
      }
      return new Rejection(line, organization, "repeats the respondent id of line " + earlier, earlier);
    }
  }

  /**
   * One organization's block of contiguous rows.
   *
   * @since 0.1.0
   */
  public static final class Block {
    private final String organization;
    private final ResponseSet responses;
    private final long[] lines;
    private final List<Rejection> rejections;

    Block(String organization, ResponseSet responses, long[] lines, List<Rejection> rejections) {
      this.organization = organization;
      this.responses = responses;
      this.lines = lines;
      this.rejections = List.copyOf(rejections);
    }

    /**
     * The organization's name, stripped; {@code ""} without an organization column, or for the rejected
     * rows of an input none of whose rows names an organization.
     *
     * @return the name
     */
    public String organization() {
      return organization;
    }

    /**
     * The responses of the rows that could be used.
     *
     * @return the set, or empty when every row of the block was rejected
     */
    public Optional<ResponseSet> responses() {
      return Optional.ofNullable(responses);
    }

    /**
     * The line a response's row starts on.
     *
     * @param response the response's index in {@link #responses()}
     * @return the line
     * @throws IndexOutOfBoundsException if there is no such response
     */
    public long line(int response) {
      Objects.checkIndex(response, lines.length);
      return lines[response];
    }

    /**
     * The rejected rows, in the order of their lines.
     *
     * @return the rejections
     */
    public List<Rejection> rejections() {
      return rejections;
    }

    /**
     * The rows of the block: responses and rejections.
     *
     * @return the count
     */
    public int rowCount() {
      return lines.length + rejections.size();
    }
  }

  private final InputStream in;
  private final CsvRecords records;
  private final SurveyCsvLayout.Columns columns;
  private final RowChecks checks;
  /** The row's cells in the record being read: answers read in its bytes when they are ASCII. */
  private final RowChecks.Cells cells = new RowChecks.Cells() {
    @Override
    public String text(int field) {
      return records.text(field);
    }

    @Override
    public long answer(int field) {
      return records.escaped(field) ? checks.answer(records.text(field)) : SurveyCsvReader.this.answer(field);
    }
  };
  private long rows;

  /** A finished block waiting to be returned. */
  private Block ready;
  private boolean done;

  private SurveyCsvReader(InputStream in, SurveyCsvLayout layout) {
    this.in = in;
    this.records = new CsvRecords(in, layout.delimiter());
    if (!records.next()) {
      throw new SurveyCsvException(SurveyCsvException.MALFORMED_HEADER, "the input is empty; expected a header row");
    }
    if (records.problem() != null) {
      throw new SurveyCsvException(SurveyCsvException.MALFORMED_HEADER, "the header, line " + records.line()
          + ", is malformed CSV: " + describe(records.problem(), "column " + (records.problemField() + 1)));
    }
    if (!records.validUtf8()) {
      throw new SurveyCsvException(SurveyCsvException.MALFORMED_HEADER,
          "the header, line " + records.line() + ", holds bytes that are not valid UTF-8");
    }
    List<String> header = new ArrayList<>(records.fieldCount());
    for (int f = 0; f < records.fieldCount(); f++) {
      header.add(records.text(f));
    }
    this.columns = layout.resolve(header);
    records.width(columns.width);
    this.checks = new RowChecks(columns);
  }

  /**
   * Opens a survey CSV and reads its header.
   *
   * @param in the CSV; closed by {@link #close()}, and on failure here
   * @param layout which column holds what
   * @return the reader, before the first data row
   * @throws SurveyCsvException if the input has no header, or the header does not fit the layout
   * @throws InvalidValueException if {@code in} or {@code layout} is null
   * @throws UncheckedIOException if the input cannot be read
   */
  public static SurveyCsvReader open(InputStream in, SurveyCsvLayout layout) {
    if (in == null) {
      throw new InvalidValueException("SurveyCsvReader", "in", null, "must not be null");
    }
    try {
      if (layout == null) {
        throw new InvalidValueException("SurveyCsvReader", "layout", null, "must not be null");
      }
      return new SurveyCsvReader(in, layout);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Opens a survey CSV with the layout {@code layout} builds.
   *
   * @param in the CSV; closed by {@link #close()}, and on failure here
   * @param layout the layout's builder
   * @return the reader, before the first data row
   * @throws SurveyCsvException if the input has no header, or the header does not fit the layout
   * @throws InvalidValueException if {@code in} or {@code layout} is null, or the layout is not valid
   * @throws UncheckedIOException if the input cannot be read
   */
  public static SurveyCsvReader open(InputStream in, SurveyCsvLayout.Builder layout) {
    SurveyCsvLayout built;
    try {
      if (layout == null) {
        throw new InvalidValueException("SurveyCsvReader", "layout", null, "must not be null");
      }
      built = layout.build();
    } catch (RuntimeException e) {
      if (in != null) {
        try {
          in.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return open(in, built);
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
   * The header's column names, as in the input.
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
   * The data rows read so far, each a response or a rejection of a block returned or being read.
   *
   * @return the count
   */
  public long rowCount() {
    return rows;
  }

  /**
   * Reads the next organization's block of contiguous rows.
   *
   * @return the block, or null at the end of the input
   * @throws UncheckedIOException if the input cannot be read
   */
  public Block next() {
    while (ready == null && !done) {
      if (records.next()) {
        rows++;
        row();
      } else {
        done = true;
        ready = checks.end();
      }
    }
    Block block = ready;
    ready = null;
    return block;
  }

  private void row() {
    CsvRecords.Problem problem = records.problem();
    if (problem != null) {
      if (problem == CsvRecords.Problem.WIDTH) {
        reject(width() + RESUMED);
      } else {
        int field = records.problemField();
        reject(describe(problem, field < columns.width ? "column '" + columns.name(field) + "'"
            : "field " + (field + 1)) + RESUMED);
      }
      return;
    }
    if (records.fieldCount() != columns.width) {
      reject(width());
      return;
    }
    if (!records.validUtf8()) {
      reject(INVALID_UTF8);
      return;
    }
    ready = checks.row(records.line(), cells);
  }

  private void reject(String reason) {
    checks.reject(records.line(), reason);
  }

  private String width() {
    return "the row has " + records.fieldCount() + " fields, the header " + columns.width;
  }

  private static String describe(CsvRecords.Problem problem, String where) {
    switch (problem) {
      case QUOTE_IN_UNQUOTED_FIELD:
        return "malformed quoting in " + where + ": a quote inside a field that does not start with one";
      case TEXT_AFTER_CLOSING_QUOTE:
        return "malformed quoting in " + where + ": text after the closing quote";
      case UNCLOSED_QUOTE:
        return "malformed quoting in " + where + ": the quoted field is not closed before the end of the input";
      case TOO_MANY_LINES:
        return "malformed quoting in " + where + ": the quoted field spans more than "
            + CsvRecords.MAX_RECORD_LINES + " lines";
      case TOO_LONG:
        return "the row is longer than " + CsvRecords.MAX_RECORD_BYTES + " bytes";
      default:
        throw new AssertionError(problem);
    }
  }

  /**
   * The answer in a cell, read in the buffer without a string when the cell is ASCII: a whole number
   * as {@link Integer#parseInt} reads it after stripping, {@link RowChecks#MISSING} for the empty cell and the
   * missing-value codes, {@link RowChecks#NOT_A_NUMBER} for anything else (a number too large for an int
   * included).
   */
  private long answer(int field) {
    byte[] buf = records.buffer();
    int start = records.start(field);
    int end = records.end(field);
    for (int i = start; i < end; i++) {
      if (buf[i] < 0) {
        // Non-ASCII white space or digits, such as Arabic-Indic ones: read as the general way does.
        return checks.answer(records.text(field));
      }
    }
    while (start < end && isAsciiSpace(buf[start])) {
      start++;
    }
    while (end > start && isAsciiSpace(buf[end - 1])) {
      end--;
    }
    if (start == end) {
      return RowChecks.MISSING;
    }
    if (end - start == 1) {
      int digit = buf[start] - '0';
      if (digit >= 0 && digit <= 9) {
        return isMissingCode(buf, start, end) ? RowChecks.MISSING : digit;
      }
    }
    if (isMissingCode(buf, start, end)) {
      return RowChecks.MISSING;
    }
    int i = start;
    boolean negative = false;
    if (buf[i] == '-' || buf[i] == '+') {
      negative = buf[i] == '-';
      i++;
    }
    if (i == end) {
      return RowChecks.NOT_A_NUMBER;
    }
    // Leading zeros, as Integer.parseInt reads them: then at most ten digits fit in the long below.
    while (i < end - 1 && buf[i] == '0') {
      i++;
    }
    if (end - i > 10) {
      return RowChecks.NOT_A_NUMBER;
    }
    long value = 0;
    for (; i < end; i++) {
      int digit = buf[i] - '0';
      if (digit < 0 || digit > 9) {
        return RowChecks.NOT_A_NUMBER;
      }
      value = value * 10 + digit;
    }
    value = negative ? -value : value;
    return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? RowChecks.NOT_A_NUMBER : value;
  }

  private boolean isMissingCode(byte[] buf, int start, int end) {
    for (byte[] code : columns.missingBytes) {
      if (code.length == end - start && Arrays.equals(code, 0, code.length, buf, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
  }

  /**
   * Closes the input.
   *
   * @throws IOException if closing it fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
