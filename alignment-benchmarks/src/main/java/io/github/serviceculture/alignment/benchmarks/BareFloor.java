package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The honest bare floor of an end-to-end run of {@code alignment batch}: the least any reader must do.
 * It reads the file's bytes and parses every answer into per-organization {@code int} columns (one
 * per item, {@code -1} for an empty or {@code NA} cell), on one thread, with no validation, no
 * character decoding, no strings per cell and no CSV library. An organization ends where the first
 * field changes. A checksum over every column built is printed so that none of the work can be
 * dropped.
 *
 * <p>Where {@link CsvFloor} measures the CLI's way of reading (its CSV library and decoding), this
 * measures the file itself: {@code alignment batch --reports none} against it is the ratio the
 * budget names. Quoted fields are understood (doubled quotes inside them too) but not unescaped,
 * because the answers never need it.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.serviceculture.alignment.benchmarks.BareFloor survey.csv
 * </pre>
 */
public final class BareFloor {
  private static final int BUFFER = 1 << 20;
  private static final int MISSING = -1;
  /** A field that is not an answer. */
  private static final int SKIP = -1;

  private BareFloor() {}

  /** What a read found. */
  public record Result(long rows, long organizations, long missing, long checksum) {}

  /**
   * Reads a file into per-organization answer columns.
   *
   * @param file the CSV, with a header naming the default instrument's items and the organization first
   * @return counts and the checksum
   * @throws IOException if the file cannot be read or lacks an item's column
   */
  public static Result read(Path file) throws IOException {
    List<Item> items = DefaultInstrument.instrument().items();
    try (InputStream in = Files.newInputStream(file)) {
      return new Reader(in, items).run(file);
    }
  }

  /** The scan: one pass over the bytes, refilled a megabyte at a time. */
  private static final class Reader {
    private final InputStream in;
    private final List<Item> items;
    private byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean end;
    /** The last line end in the buffer: every line that starts before it is whole. */
    private int lastNewline = -1;

    private int[][] columns;
    private int n;
    private byte[] organization = new byte[64];
    private int organizationLength = -1;
    private long rows;
    private long organizations;
    private long missing;
    private long checksum;

    Reader(InputStream in, List<Item> items) {
      this.in = in;
      this.items = items;
    }

    Result run(Path file) throws IOException {
      int[] itemOfField = header(file);
      columns = new int[items.size()][128];
      while (fill()) {
        row(itemOfField);
      }
      finishOrganization();
      return new Result(rows, organizations, missing, checksum);
    }

    /** Maps each field of the header to its item's index, or {@link #SKIP}. */
    private int[] header(Path file) throws IOException {
      if (!fill()) {
        throw new IOException(file + ": empty");
      }
      int start = position;
      if (limit - position >= 3 && buffer[position] == (byte) 0xEF && buffer[position + 1] == (byte) 0xBB
          && buffer[position + 2] == (byte) 0xBF) {
        start += 3;
      }
      int lineEnd = start;
      while (buffer[lineEnd] != '\n') {
        lineEnd++;
        if (lineEnd == limit) {
          throw new IOException(file + ": the header does not fit in " + BUFFER + " bytes");
        }
      }
      String line = new String(buffer, start, lineEnd - start, StandardCharsets.UTF_8).strip();
      position = lineEnd + 1;
      String[] names = line.split(",", -1);
      int[] itemOfField = new int[names.length];
      Arrays.fill(itemOfField, SKIP);
      for (int i = 0; i < items.size(); i++) {
        int field = List.of(names).indexOf(items.get(i).id());
        if (field < 0) {
          throw new IOException(file + ": no column for item " + items.get(i).id());
        }
        itemOfField[field] = i;
      }
      return itemOfField;
    }

    /**
     * Makes sure a whole line (or the rest of the file) is in the buffer, skipping blank lines;
     * false at the end of the file.
     */
    private boolean fill() throws IOException {
      while (true) {
        while (position < limit && (buffer[position] == '\n' || buffer[position] == '\r')) {
          position++;
        }
        if (position <= lastNewline || (end && position < limit)) {
          return true;
        }
        if (end) {
          return false;
        }
        int rest = limit - position;
        if (rest > buffer.length / 2) {
          buffer = Arrays.copyOf(buffer, 2 * buffer.length);
        }
        System.arraycopy(buffer, position, buffer, 0, rest);
        position = 0;
        limit = rest;
        int read = in.readNBytes(buffer, limit, buffer.length - limit);
        limit += read;
        end = limit < buffer.length;
        lastNewline = limit - 1;
        while (lastNewline >= 0 && buffer[lastNewline] != '\n') {
          lastNewline--;
        }
      }
    }

    /** Parses one row that {@link #fill} put whole in the buffer. */
    private void row(int[] itemOfField) {
      rows++;
      byte[] b = buffer;
      int p = position;
      int fieldStart = p;
      p = skipField(b, p);
      if (!sameOrganization(b, fieldStart, p)) {
        finishOrganization();
        int length = p - fieldStart;
        if (length > organization.length) {
          organization = new byte[Math.max(length, 2 * organization.length)];
        }
        System.arraycopy(b, fieldStart, organization, 0, length);
        organizationLength = length;
      }
      if (n == columns[0].length) {
        for (int i = 0; i < columns.length; i++) {
          columns[i] = Arrays.copyOf(columns[i], 2 * n);
        }
      }
      for (int field = 1; p < limit && b[p] == ','; field++) {
        p++;
        int item = field < itemOfField.length ? itemOfField[field] : SKIP;
        if (item == SKIP) {
          p = skipField(b, p);
          continue;
        }
        int value = 0;
        boolean digits = false;
        while (p < limit) {
          byte c = b[p];
          if (c >= '0' && c <= '9') {
            value = 10 * value + (c - '0');
            digits = true;
          } else if (c == ',' || c == '\n' || c == '\r') {
            break;
          }
          // Anything else (NA, blanks, quotes) is not a digit and is passed over: no validation.
          p++;
        }
        if (digits) {
          columns[item][n] = value;
        } else {
          columns[item][n] = MISSING;
          missing++;
        }
      }
      n++;
      while (p < limit && b[p] != '\n') {
        p++;
      }
      position = p < limit ? p + 1 : p;
    }

    /** The end of the field that starts at {@code p}: the next comma or line end outside quotes. */
    private int skipField(byte[] b, int p) {
      boolean quoted = false;
      while (p < limit) {
        byte c = b[p];
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
          return p;
        }
        p++;
      }
      return p;
    }

    private boolean sameOrganization(byte[] b, int from, int to) {
      return organizationLength == to - from
          && Arrays.equals(b, from, to, organization, 0, organizationLength);
    }

    /** Folds the finished organization's columns into the checksum, so that the JIT cannot drop them. */
    private void finishOrganization() {
      if (organizationLength < 0) {
        return;
      }
      long sum = 0;
      for (int[] column : columns) {
        for (int r = 0; r < n; r++) {
          sum = 31 * sum + column[r];
        }
      }
      checksum += sum;
      organizations++;
      n = 0;
    }
  }

  /**
   * Runs the bare floor.
   *
   * @param args the CSV file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 || args[0].startsWith("-")) {
      System.err.println("usage: BareFloor FILE.csv");
      System.exit(2);
    }
    long started = System.nanoTime();
    Result result = read(Path.of(args[0]));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "bare floor: %d rows, %d organizations, %d missing answers in %.2f s (%.0f rows/s);"
        + " checksum %d%n", result.rows(), result.organizations(), result.missing(), seconds, result.rows() / seconds,
        result.checksum());
  }
}
