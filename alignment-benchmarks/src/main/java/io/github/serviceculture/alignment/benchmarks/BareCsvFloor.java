package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bare floor of an end-to-end run of {@code alignment batch}: the least any tool must do with
 * the file — read its bytes once and parse every answer into per-organization {@code int} columns —
 * and nothing more: no validation, no quoting, no UTF-8 decoding, no respondents, one thread. The
 * batch budget is a ratio to this (at most 2×). The sum of every answer is printed, so that none of the
 * parsing can be dropped.
 *
 * <p>It reads the layout {@link SurveyCsvGenerator} writes (no quoted fields); a missing answer is an
 * empty cell or {@code NA}.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.serviceculture.alignment.benchmarks.BareCsvFloor survey.csv
 * </pre>
 */
public final class BareCsvFloor {
  private static final int MISSING = Integer.MIN_VALUE;

  private BareCsvFloor() {}

  /**
   * What a read found.
   *
   * @param rows data rows
   * @param organizations organizations, each a run of rows with the same organization cell
   * @param missing missing answers
   * @param answerSum the sum of every answer given, so that none of the parsing can be dropped
   * @param largestOrganization the most rows an organization had
   */
  public record Result(long rows, long organizations, long missing, long answerSum, int largestOrganization) {}

  /**
   * Reads a file into per-organization int columns.
   *
   * @param file the CSV, in the layout of {@code alignment batch} for the default instrument
   * @return counts and the checksum
   * @throws IOException if the file cannot be read or lacks a column
   */
  public static Result read(Path file) throws IOException {
    Instrument instrument = DefaultInstrument.instrument();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int length = in.read(buffer);
      int start = 0;
      if (length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
        start = 3;
      }
      // The header, read as text once.
      int end = start;
      while (buffer[end] != '\n') {
        end++;
      }
      String[] header = new String(buffer, start, end - start, StandardCharsets.UTF_8).strip().split(",", -1);
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        index.put(header[c].strip(), c);
      }
      int width = header.length;
      Integer organization = index.get("organization");
      if (organization == null) {
        throw new IOException("no column 'organization'");
      }
      // By column: the item's column in the organization's int columns, or -1 for a column that is no item.
      int[] itemOf = new int[width];
      Arrays.fill(itemOf, -1);
      int items = instrument.items().size();
      for (int i = 0; i < items; i++) {
        Integer c = index.get(instrument.items().get(i).id());
        if (c == null) {
          throw new IOException("no column '" + instrument.items().get(i).id() + "'");
        }
        itemOf[c] = i;
      }
      Columns columns = new Columns(items);
      byte[] current = new byte[256];
      int currentLength = -1;
      int column = 0;
      int value = 0;
      boolean digits = false;
      int fieldStart = end + 1;
      // A field may straddle two buffers: the organization's bytes are gathered as they pass.
      byte[] org = new byte[256];
      int orgLength = 0;
      long rows = 0;
      int p = end + 1;
      while (true) {
        for (; p < length; p++) {
          byte b = buffer[p];
          if (b == ',' || b == '\n') {
            if (column == organization) {
              orgLength = append(org, orgLength, buffer, fieldStart, p);
            } else if (itemOf[column] >= 0) {
              columns.answer(itemOf[column], digits ? value : MISSING);
            }
            value = 0;
            digits = false;
            fieldStart = p + 1;
            if (b == ',') {
              column++;
              continue;
            }
            if (column > 0) {
              if (orgLength != currentLength || !Arrays.equals(org, 0, orgLength, current, 0, orgLength)) {
                // This row begins the next organization: the ones before it are finished.
                columns.finishBeforeLastRow();
                current = Arrays.copyOf(org, Math.max(org.length, current.length));
                currentLength = orgLength;
              }
              columns.endRow();
              rows++;
            }
            column = 0;
            orgLength = 0;
          } else if (b >= '0' && b <= '9') {
            value = value * 10 + (b - '0');
            digits = true;
          }
        }
        if (column == organization && fieldStart < length) {
          orgLength = append(org, orgLength, buffer, fieldStart, length);
        }
        length = in.read(buffer);
        if (length < 0) {
          break;
        }
        p = 0;
        fieldStart = 0;
      }
      columns.finish();
      return new Result(rows, columns.organizations - 1, columns.missing, columns.sum, columns.largest);
    }
  }

  private static int append(byte[] to, int length, byte[] from, int start, int end) {
    int n = Math.max(0, end - start);
    if (length + n > to.length) {
      throw new IllegalStateException("an organization name longer than " + to.length + " bytes");
    }
    System.arraycopy(from, start, to, length, n);
    return length + n;
  }

  /** One organization's int columns, reused from one organization to the next. */
  private static final class Columns {
    int[][] items;
    int n;
    long organizations;
    long missing;
    long sum;
    int largest;

    Columns(int itemCount) {
      items = new int[itemCount][128];
    }

    void answer(int item, int code) {
      if (n == items[item].length) {
        for (int i = 0; i < items.length; i++) {
          items[i] = Arrays.copyOf(items[i], 2 * n);
        }
      }
      items[item][n] = code;
    }

    void endRow() {
      n++;
    }

    /** Ends the organization of the rows before the row being read, which becomes the next one's first. */
    void finishBeforeLastRow() {
      int[] last = new int[items.length];
      for (int i = 0; i < items.length; i++) {
        last[i] = items[i][n];
      }
      finish();
      for (int i = 0; i < items.length; i++) {
        items[i][0] = last[i];
      }
    }

    /** Ends an organization: folds its columns into the sum and starts the next one. */
    void finish() {
      for (int[] column : items) {
        for (int r = 0; r < n; r++) {
          int x = column[r];
          if (x == MISSING) {
            missing++;
          } else {
            sum += x;
          }
        }
      }
      largest = Math.max(largest, n);
      organizations++;
      n = 0;
    }
  }

  /**
   * Runs the floor.
   *
   * @param args the CSV file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 || args[0].startsWith("-")) {
      System.err.println("usage: BareCsvFloor FILE.csv");
      System.exit(2);
    }
    long started = System.nanoTime();
    Result result = read(Path.of(args[0]));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "bare floor: %d rows, %d organizations, %d missing answers in %.2f s (%.0f rows/s); "
        + "answer sum %d%n", result.rows(), result.organizations(), result.missing(), seconds, result.rows() / seconds,
        result.answerSum());
  }
}
