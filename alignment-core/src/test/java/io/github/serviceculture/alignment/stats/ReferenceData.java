package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The shared reference folder ({@code ../shared/reference}): datasets and the values R's psych and
 * multilevel compute on them.
 *
 * <p>The folder is found through the system property {@code alignment.reference.dir}, which the
 * build sets from the repository root; without it, {@code ../shared/reference} is resolved from the
 * repository root, not from the module folder. When the folder is absent, {@link #require()} skips the
 * calling test and says so; CI has the folder, so there these tests run.
 */
public final class ReferenceData {
  /** The system property that names the reference folder. */
  public static final String PROPERTY = "alignment.reference.dir";

  private static volatile ReferenceData instance;

  private final Path dir;
  private final List<JsonNode> records;

  private ReferenceData(Path dir) {
    this.dir = dir;
    try {
      JsonNode root = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
      this.records = StreamSupport.stream(root.get("records").spliterator(), false).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the reference data, or skips the calling test (a JUnit assumption) when the folder is
   * absent.
   */
  public static ReferenceData require() {
    String configured = System.getProperty(PROPERTY);
    Path dir = (configured != null && !configured.isBlank() ? Paths.get(configured) : repositoryRoot().resolve("../shared/reference"))
        .toAbsolutePath().normalize();
    boolean present = Files.isRegularFile(dir.resolve("expected.json"));
    if (!present) {
      System.err.println("SKIPPED: reference folder " + dir + " is absent; set -D" + PROPERTY);
    }
    assumeTrue(present, () -> "reference folder " + dir + " is absent; set -D" + PROPERTY);
    ReferenceData data = instance;
    if (data == null || !data.dir.equals(dir)) {
      data = new ReferenceData(dir);
      instance = data;
    }
    return data;
  }

  /**
   * The repository root, found from the working directory (a module folder under Surefire, the root
   * in most IDEs) as the nearest folder that holds {@code alignment-core}.
   */
  private static Path repositoryRoot() {
    Path here = Paths.get("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("alignment-core"))) {
        return p;
      }
    }
    return here;
  }

  /** All records of expected.json. */
  public List<JsonNode> records() {
    return records;
  }

  /** Records matching dataset, function and statistic (exact strings of expected.json). */
  public List<JsonNode> records(String dataset, String function, String statistic) {
    return records(r -> r.path("dataset").asText().equals(dataset)
        && r.path("function").asText().equals(function)
        && r.path("statistic").asText().equals(statistic));
  }

  /** Records matching a predicate. */
  public List<JsonNode> records(Predicate<JsonNode> filter) {
    return records.stream().filter(filter).collect(Collectors.toList());
  }

  /** Reads a CSV of the folder: header names to columns of raw strings (quotes removed). */
  public Table table(String file) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
      String[] header = split(lines.get(0));
      Map<String, List<String>> columns = new LinkedHashMap<>();
      for (String h : header) {
        columns.put(h, new ArrayList<>());
      }
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).isEmpty()) {
          continue;
        }
        String[] cells = split(lines.get(i));
        for (int c = 0; c < header.length; c++) {
          columns.get(header[c]).add(c < cells.length ? cells[c] : "");
        }
      }
      return new Table(columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] split(String line) {
    String[] cells = line.split(",", -1);
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
        cells[i] = c.substring(1, c.length() - 1);
      }
    }
    return cells;
  }

  /** A CSV read as columns of strings; empty cells and "NA" are missing. */
  public static final class Table {
    private final Map<String, List<String>> columns;

    Table(Map<String, List<String>> columns) {
      this.columns = columns;
    }

    /** Number of data rows. */
    public int rows() {
      return columns.values().iterator().next().size();
    }

    /** The raw strings of a column. */
    public List<String> strings(String column) {
      List<String> values = columns.get(column);
      if (values == null) {
        throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
      }
      return values;
    }

    /** A column as numbers, NaN where the cell is empty or NA. */
    public double[] numbers(String column) {
      return strings(column).stream()
          .mapToDouble(s -> s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s))
          .toArray();
    }
  }

  /** Relative closeness with an absolute floor for values near zero. */
  public static boolean close(double expected, double actual, double relTol) {
    double scale = Math.max(Math.abs(expected), 1e-300);
    return Math.abs(expected - actual) <= relTol * scale || Math.abs(expected - actual) <= 1e-13;
  }
}
