package io.github.serviceculture.alignment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.cli.AlignmentCli;
import io.github.serviceculture.alignment.csv.SurveyCsvException;
import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.TidyTables;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a local Spark session, the tables equal alignment batch's for the same file, row for row after
 * sorting, with each organization's rows spread over several input partitions; every row is scored or
 * rejected.
 */
class AlignmentSparkTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final Path SAMPLE = Path.of(System.getProperty("alignment.readme")).resolveSibling(
      "alignment-cli/samples/survey.csv");
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("AlignmentSparkTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        // Small input splits: the sample's 135 rows come in several partitions.
        .config("spark.sql.files.maxPartitionBytes", "4096")
        .config("spark.sql.files.openCostInBytes", "0")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** A survey CSV as Spark's CSV source reads one: every column as text, RFC 4180 quoting, file order. */
  private static Dataset<Row> read(Path file) {
    return spark.read().option("header", "true").option("inferSchema", "false").option("escape", "\"")
        .csv(file.toString());
  }

  private static SurveyCsvLayout layout() {
    return SurveyCsvLayout.builder(INSTRUMENT).organizationColumn("organization").build();
  }

  @Test
  void theSampleGivesBatchsTablesWithLinesNumberedInFileOrder() throws IOException {
    Dataset<Row> responses = read(SAMPLE);
    assertTrue(responses.rdd().getNumPartitions() > 1, "the sample is read in more than one partition");
    AlignmentTables tables = AlignmentSpark.score(responses, layout(), ScoringPolicy.defaults());
    Path batch = batch(SAMPLE);
    assertSameTables(batch, tables);
    assertEquals(0, tables.rejected().count());
    assertEquals(3, tables.organizations().count());
    tables.unpersist();
  }

  @Test
  void aGeneratedSurveyWithBadRowsGivesBatchsTablesWhereverItsRowsAre() throws IOException {
    Path file = dir.resolve("generated.csv");
    long rows = generate(file, new Random(20261206), false);
    // Shuffled: every organization's rows in every partition, in no order.
    Dataset<Row> responses = read(file).withColumn("line", org.apache.spark.sql.functions.col("line").cast("long"))
        .repartition(4);
    AlignmentTables tables = AlignmentSpark.of(layout(), ScoringPolicy.defaults()).withLineColumn("line")
        .score(responses);
    assertSameTables(batch(file), tables);
    long scored = tables.organizations().agg(org.apache.spark.sql.functions.sum("rows_scored")).first().getLong(0);
    long rejected = tables.rejected().count();
    assertTrue(rejected >= 10, "the generated file has bad rows");
    assertEquals(rows, scored + rejected);
    tables.unpersist();
  }

  @Test
  void aFileGroupedByOrganizationGivesBatchsTablesWithLinesNumberedInFileOrder() throws IOException {
    Path file = dir.resolve("grouped.csv");
    long rows = generate(file, new Random(7), true);
    Dataset<Row> responses = read(file);
    assertTrue(responses.rdd().getNumPartitions() > 1, "the file is read in more than one partition");
    AlignmentTables tables = AlignmentSpark.score(responses, layout(), ScoringPolicy.defaults());
    // Here bad rows also repeat an id of their organization; a bad answer is found after the repeat, which batch,
    // reading each organization whole, names as Spark does (5 of the 24 bad rows with this seed).
    assertSameTables(batch(file), tables);
    assertEquals(5, tables.rejected().filter("reason like 'repeats the respondent id of line %'").count());
    long scored = tables.organizations().agg(org.apache.spark.sql.functions.sum("rows_scored")).first().getLong(0);
    assertEquals(rows, scored + tables.rejected().count());
    tables.unpersist();
  }

  @Test
  void theReportDocumentsAndTheNormsAreBatchsAndNormsBuilds() throws IOException {
    Path file = dir.resolve("norms.csv");
    generate(file, new Random(11), false);
    AlignmentTables tables = AlignmentSpark.of(layout(), ScoringPolicy.defaults()).withLineColumn("line")
        .score(read(file).withColumn("line", org.apache.spark.sql.functions.col("line").cast("long")));
    Path out = dir.resolve("batch-reports");
    run("batch", file.toString(), "-o", out.toString(), "--threads", "1", "--quiet");
    // organizations.csv names each organization's report file.
    Map<String, String> files = new HashMap<>();
    List<List<String>> organizations = csv(out.resolve("organizations.csv"));
    for (List<String> row : organizations.subList(1, organizations.size())) {
      if (!row.get(2).isEmpty()) {
        files.put(row.get(0), row.get(2));
      }
    }
    List<Row> reports = tables.reports().collectAsList();
    assertEquals(files.size(), reports.size());
    assertTrue(reports.size() >= 10);
    for (Row report : reports) {
      assertEquals(Files.readString(out.resolve(files.get(report.getString(0))), StandardCharsets.UTF_8),
          report.getString(1) + "\n", report.getString(0));
    }
    Path normsFile = dir.resolve("norms.json");
    run("norms", "build", out.toString(), "-o", normsFile.toString(), "--minimum", "3", "--quiet");
    AlignmentJson json = AlignmentJson.builder().instrument(INSTRUMENT).build();
    Norms expected = json.readNorms(Files.readString(normsFile, StandardCharsets.UTF_8));
    assertEquals(expected, tables.norms(3));
    tables.unpersist();
  }

  private static void run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AlignmentCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    assertTrue(code == AlignmentCli.OK || code == AlignmentCli.REJECTED, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theTablesHaveTypedColumns() {
    AlignmentTables tables = AlignmentSpark.score(read(SAMPLE), layout(), ScoringPolicy.defaults());
    StructField[] fields = tables.dimensions().schema().fields();
    assertEquals(TidyTables.names(TidyTables.DIMENSIONS), List.of(tables.dimensions().columns()));
    assertEquals(DataTypes.DoubleType, fields[4].dataType());
    assertEquals(DataTypes.LongType, tables.organizations().schema().apply("rows_scored").dataType());
    assertEquals(DataTypes.BooleanType, tables.items().schema().apply("reverse_keyed").dataType());
    assertEquals(DataTypes.LongType, tables.rejected().schema().apply("line").dataType());
    tables.unpersist();
  }

  @Test
  void aFrameThatDoesNotFitIsRefusedOnTheDriver() {
    Dataset<Row> noOrganization = read(SAMPLE).drop("organization");
    SurveyCsvException e = assertThrows(SurveyCsvException.class,
        () -> AlignmentSpark.score(noOrganization, layout(), ScoringPolicy.defaults()));
    assertTrue(e.getMessage().contains("'organization'"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> AlignmentSpark.of(layout(), ScoringPolicy.defaults())
        .withLineColumn("respondent").score(read(SAMPLE)));
    assertThrows(InvalidValueException.class, () -> AlignmentSpark.of(layout(), ScoringPolicy.defaults())
        .withLineColumn("nowhere").score(read(SAMPLE)));
  }

  /** Runs alignment batch on the file into a fresh directory: every rejected row listed, text as given. */
  private Path batch(Path file) {
    Path out = dir.resolve("batch-" + file.getFileName());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AlignmentCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "batch", file.toString(), "-o", out.toString(),
        "--reports", "none", "--csv-raw-text", "--max-rejected-per-reason", "0", "--threads", "1", "--quiet");
    assertTrue(code == AlignmentCli.OK || code == AlignmentCli.REJECTED, err.toString(StandardCharsets.UTF_8));
    return out;
  }

  private static void assertSameTables(Path batch, AlignmentTables tables) throws IOException {
    assertSame(batch.resolve("organizations.csv"), TidyTables.ORGANIZATIONS, tables.organizations());
    assertSame(batch.resolve("dimensions.csv"), TidyTables.DIMENSIONS, tables.dimensions());
    assertSame(batch.resolve("findings.csv"), TidyTables.FINDINGS, tables.findings());
    assertSame(batch.resolve("items.csv"), TidyTables.ITEMS, tables.items());
    assertSame(batch.resolve("rejected.csv"), TidyTables.REJECTED, tables.rejected());
  }

  /** The rows of a CSV file, its header first. */
  private static List<List<String>> csv(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.toFile())) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static void assertSame(Path csv, List<TidyTables.Column> columns, Dataset<Row> table) throws IOException {
    List<List<String>> expected = csv(csv);
    assertEquals(TidyTables.names(columns), expected.remove(0), csv.toString());
    List<List<String>> actual = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        Object cell = row.get(i);
        // As batch writes a cell (its Tables.text): the number writer of the JSON reports.
        cells.add(cell == null ? "" : cell instanceof Double ? NumberOutput.toString((Double) cell, true)
            : cell.toString());
      }
      actual.add(cells);
    }
    Comparator<List<String>> order = (a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b));
    expected.sort(order);
    actual.sort(order);
    assertEquals(expected.size(), actual.size(), csv.getFileName() + ": rows");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), csv.getFileName() + ": row " + i);
    }
  }

  /**
   * A survey of 14 organizations, some under the anonymity threshold, with a department and a site, a
   * line column, an organization whose rows are not contiguous and one named with spaces around it, and
   * bad rows of every kind the cell checks reject. Returns the number of data rows.
   *
   * @param grouped true for every organization's rows together (bad ones among them, each a copy of a row of
   *     its organization that keeps its respondent id: a row with two problems), false for organizations
   *     scattered (organization 7 at the end, bad rows anywhere, each with a fresh id but the repeats)
   */
  private static long generate(Path file, Random random, boolean grouped) throws IOException {
    List<Item> items = INSTRUMENT.items();
    StringBuilder csv = new StringBuilder("line,organization,respondent,level,department,customerFacing");
    for (Item item : items) {
      csv.append(',').append(item.id());
    }
    csv.append('\n');
    String[] levels = {"EXECUTIVE", "manager", "Supervisor", "FRONTLINE"};
    String[] departments = {"support", "sales", "IT", "NA", ""};
    List<String[]> rows = new ArrayList<>();
    for (int o = 0; o < 14; o++) {
      String organization = o == 5 ? " Org 5 " : "Org " + o;
      int size = o % 4 == 0 ? 3 + o / 4 : 20 + random.nextInt(60);
      double lean = random.nextDouble() * 2 - 1;
      for (int r = 0; r < size; r++) {
        String[] row = new String[5 + items.size()];
        row[0] = organization;
        row[1] = "r" + o + "-" + r;
        row[2] = levels[random.nextInt(levels.length)];
        row[3] = departments[random.nextInt(departments.length)];
        row[4] = random.nextBoolean() ? "true" : "no";
        for (int i = 0; i < items.size(); i++) {
          int answer = (int) Math.round(3 + lean + random.nextGaussian());
          row[5 + i] = random.nextInt(12) == 0 ? "" : String.valueOf(Math.max(1, Math.min(5, answer)));
        }
        rows.add(row);
      }
    }
    // Organization 7's rows after everyone else's: batch reads them through its spill.
    rows.sort(Comparator.comparing((String[] row) -> row[0].equals("Org 7") ? 1 : 0));
    List<String[]> bad = new ArrayList<>();
    for (int b = 0; b < 24; b++) {
      String[] row = rows.get(random.nextInt(rows.size())).clone();
      if (!grouped && b % 8 != 7) {
        // One problem per row: batch reading an ungrouped file through its spill names another reason than the
        // repeat for a row that also repeats an id of an earlier block (OrganizationRows.merge).
        row[1] = "bad-" + b;
      }
      switch (b % 8) {
        case 0 -> row[2] = "boss";
        case 1 -> row[5] = "seven";
        case 2 -> row[6] = "9";
        case 3 -> row[0] = "NA";
        case 4 -> row[0] = "";
        case 5 -> row[1] = "";
        case 6 -> row[4] = "maybe";
        default -> { } // a repeated respondent id
      }
      bad.add(row);
    }
    for (String[] row : bad) {
      rows.add(random.nextInt(rows.size() + 1), row);
    }
    if (grouped) {
      rows.sort(Comparator.comparing((String[] row) -> row[0]));
    }
    int line = 2;
    for (String[] row : rows) {
      csv.append(line++);
      for (String cell : row) {
        csv.append(',').append(cell);
      }
      csv.append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return rows.size();
  }
}
