package io.github.serviceculture.alignment.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The floor of an end-to-end run of {@code alignment batch}: reads a survey CSV with the same CSV
 * library and settings as the CLI (jackson-dataformat-csv, rows as string arrays, UTF-8 decoding that
 * reports bad bytes, a 64 KiB buffer, blank lines skipped) and turns each organization's rows into the
 * columnar form the statistics take (one {@code double[]} per item with {@code NaN} for a missing
 * answer, the respondent ids, and integer codes for level, department and customer-facing), without
 * scoring. A checksum over everything built is printed so that none of the work can be dropped.
 *
 * <p>Single-threaded, like the CLI's reading: the CLI parses on one thread and scores on the others.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.serviceculture.alignment.benchmarks.CsvFloor survey.csv
 * </pre>
 */
public final class CsvFloor {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvFloor() {}

  /** What a read found. */
  public record Result(long rows, long organizations, long missing, double checksum) {}

  /**
   * Reads a file into per-organization columns.
   *
   * @param file the CSV, in the layout of {@code alignment batch} for the default instrument
   * @return counts and the checksum
   * @throws IOException if the file cannot be read or parsed
   */
  public static Result read(Path file) throws IOException {
    Instrument instrument = DefaultInstrument.instrument();
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = skipBom(new BufferedInputStream(raw, 1 << 16));
      InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      try (JsonParser parser = MAPPER.readerForArrayOf(String.class)
          .with(CsvParser.Feature.SKIP_EMPTY_LINES)
          .with(CsvSchema.emptySchema().withColumnSeparator(','))
          .createParser(reader)) {
        List<String> fields = new ArrayList<>();
        if (!nextRow(parser, fields)) {
          throw new IOException(file + ": empty");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < fields.size(); c++) {
          index.put(fields.get(c).strip(), c);
        }
        int width = fields.size();
        int organization = column(index, "organization");
        int id = column(index, "respondent");
        int level = column(index, "level");
        int department = column(index, "department");
        int customerFacing = column(index, "customerFacing");
        List<Item> items = instrument.items();
        int[] itemColumns = new int[items.size()];
        for (int i = 0; i < itemColumns.length; i++) {
          itemColumns[i] = column(index, items.get(i).id());
        }
        Columns columns = new Columns(itemColumns.length);
        String current = null;
        long rows = 0;
        long organizations = 0;
        while (nextRow(parser, fields)) {
          rows++;
          if (fields.size() != width) {
            throw new IOException(file + ": row " + rows + " has " + fields.size() + " fields, the header " + width);
          }
          String org = fields.get(organization).strip();
          if (!org.equals(current)) {
            if (current != null) {
              columns.finish(current);
              organizations++;
            }
            current = org;
          }
          columns.add(fields, id, level, department, customerFacing, itemColumns);
        }
        if (current != null) {
          columns.finish(current);
          organizations++;
        }
        return new Result(rows, organizations, columns.missing, columns.checksum);
      }
    }
  }

  /** Reads one row's fields the way the CLI does; false at the end of the file. */
  private static boolean nextRow(JsonParser parser, List<String> fields) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return false;
    }
    fields.clear();
    long line = -1;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("the CSV ends inside a row");
      }
      if (line < 0) {
        // The CLI keeps each row's line number for its messages; so does the floor.
        line = parser.currentTokenLocation().getLineNr();
      }
      fields.add(parser.getText());
    }
    return true;
  }

  private static int column(Map<String, Integer> index, String name) throws IOException {
    Integer c = index.get(name);
    if (c == null) {
      throw new IOException("no column '" + name + "'");
    }
    return c;
  }

  private static InputStream skipBom(BufferedInputStream in) throws IOException {
    in.mark(3);
    if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
      in.reset();
    }
    return in;
  }

  /** One organization's columns, reused from one organization to the next. */
  private static final class Columns {
    double[][] items;
    String[] ids = new String[128];
    int[] levels = new int[128];
    int[] departments = new int[128];
    int[] facing = new int[128];
    final Map<String, Integer> departmentCodes = new HashMap<>();
    int n;
    long missing;
    double checksum;

    Columns(int itemCount) {
      items = new double[itemCount][128];
    }

    void add(List<String> f, int id, int level, int department, int customerFacing, int[] itemColumns) {
      if (n == ids.length) {
        int size = 2 * n;
        ids = Arrays.copyOf(ids, size);
        levels = Arrays.copyOf(levels, size);
        departments = Arrays.copyOf(departments, size);
        facing = Arrays.copyOf(facing, size);
        for (int i = 0; i < items.length; i++) {
          items[i] = Arrays.copyOf(items[i], size);
        }
      }
      ids[n] = f.get(id).strip();
      String l = f.get(level).strip();
      levels[n] = isMissing(l) ? -1 : Level.valueOf(l.toUpperCase(Locale.ROOT)).ordinal();
      String d = f.get(department).strip();
      departments[n] = isMissing(d) ? -1 : departmentCodes.computeIfAbsent(d, k -> departmentCodes.size());
      String c = f.get(customerFacing).strip().toLowerCase(Locale.ROOT);
      facing[n] = isMissing(c) ? -1 : c.equals("true") || c.equals("yes") || c.equals("y") || c.equals("1") ? 1 : 0;
      for (int i = 0; i < itemColumns.length; i++) {
        String cell = f.get(itemColumns[i]).strip();
        if (isMissing(cell)) {
          items[i][n] = Double.NaN;
          missing++;
        } else {
          items[i][n] = Integer.parseInt(cell);
        }
      }
      n++;
    }

    /** Ends an organization: folds its columns into the checksum and starts the next one. */
    void finish(String organization) {
      double sum = organization.hashCode();
      for (double[] column : items) {
        for (int r = 0; r < n; r++) {
          double x = column[r];
          if (x == x) {
            sum += x;
          }
        }
      }
      for (int r = 0; r < n; r++) {
        sum += ids[r].length() + levels[r] + 3 * departments[r] + 7 * facing[r];
      }
      checksum += sum;
      n = 0;
      departmentCodes.clear();
    }

    private static boolean isMissing(String cell) {
      return cell.isEmpty() || cell.equals("NA");
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
      System.err.println("usage: CsvFloor FILE.csv");
      System.exit(2);
    }
    long started = System.nanoTime();
    Result result = read(Path.of(args[0]));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "floor: %d rows, %d organizations, %d missing answers in %.2f s (%.0f rows/s); "
        + "checksum %.1f%n", result.rows(), result.organizations(), result.missing(), seconds, result.rows() / seconds,
        result.checksum());
  }
}
