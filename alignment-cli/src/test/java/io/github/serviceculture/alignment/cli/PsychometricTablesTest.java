package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Scale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --tables full}: reliability.csv, item-analysis.csv and dimensions.csv's further
 * agreement columns, through the CLI, equal R's values (psych::alpha, multilevel::rwg.j.lindell, ad.m
 * with the median, awg; for a single item multilevel::rwg and the item's mean and SD) on the shared
 * reference data to 1e-10. The R values come from {@code
 * src/test/reference/psychometrics.R}, committed with its output {@code psychometrics.csv}.
 */
class PsychometricTablesTest {
  private static final double TOLERANCE = 1e-10;
  private static final Path R_VALUES = Path.of("src/test/reference/psychometrics.csv");
  private static final List<String> LEAD = List.of("LEAD01", "LEAD02", "LEAD03", "LEAD04", "LEAD05", "LEAD06",
      "LEAD07", "LEAD08", "LEAD09", "LEAD10", "LEAD11");
  private static final List<String> AGREE = List.of("A1", "A2", "A3", "A4", "A5");
  private static final List<String> CONSCIENTIOUS = List.of("C1", "C2", "C3", "C4", "C5");
  private static final Set<String> REVERSED = Set.of("A1", "C4", "C5");

  /** reliability.csv's columns and the psych::alpha values they reproduce. */
  private static final Map<String, String> RELIABILITY = Map.of("raw_alpha", "raw_alpha",
      "standardized_alpha", "std.alpha", "g6", "G6(smc)", "average_r", "average_r", "median_r", "median_r",
      "signal_to_noise", "S/N", "feldt_lower", "feldt.lower", "feldt_upper", "feldt.upper");
  /** item-analysis.csv's columns and the psych::alpha item values they reproduce. */
  private static final Map<String, String> ITEMS = Map.of("n", "n", "missing_share", "missing", "mean", "mean",
      "sd", "sd", "item_total_r", "raw.r", "corrected_item_total_r", "r.cor", "item_rest_r", "r.drop",
      "alpha_if_dropped", "alpha.drop");
  /** dimensions.csv's new columns and the multilevel values they reproduce. */
  private static final Map<String, String> AGREEMENT = Map.of("rwg_j_lindell", "rwg.j.lindell",
      "ad_median", "ad.m.median", "awg", "awg");

  @TempDir
  Path dir;

  private static Path reference() {
    String configured = System.getProperty("alignment.reference.dir", "../../shared/reference");
    Path folder = Path.of(configured).toAbsolutePath().normalize();
    boolean present = Files.isRegularFile(folder.resolve("lq2002.csv")) && Files.isRegularFile(folder.resolve("bfi.csv"));
    if (!present) {
      System.err.println("SKIPPED: reference folder " + folder + " is absent; set -Dalignment.reference.dir");
    }
    assumeTrue(present, "reference folder " + folder + " is absent");
    return folder;
  }

  /** R's values by dataset|organization|dimension|item|statistic. */
  private static Map<String, Double> rValues() throws IOException {
    Map<String, Double> values = new HashMap<>();
    List<String> lines = Files.readAllLines(R_VALUES, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.substring(1, line.length() - 1).split("\",\"", -1);
      values.put(String.join("|", f[0], f[1], f[2], f[3], f[4]), Double.parseDouble(f[5]));
    }
    return values;
  }

  private Path instrument(String name, Scale scale, Map<Dimension, List<String>> dimensions) throws IOException {
    Instrument.Builder b = Instrument.builder().id(name).version("1").scale(scale);
    dimensions.forEach((dimension, items) -> items.forEach(id -> b.addItem(Item.builder().id(id).dimension(dimension)
        .text("Statement " + id).reverseKeyed(REVERSED.contains(id)).build())));
    return Files.writeString(dir.resolve(name + ".json"), AlignmentJson.withDefaults().write(b.build()));
  }

  /**
   * A survey CSV from a reference file: the organization named by {@code prefix} and the value of
   * {@code groupColumn}, the respondent by the row, and the answers of {@code items} (empty when NA);
   * rows grouped by organization. {@code extra} rows are appended as they are.
   */
  private Path survey(Path source, String groupColumn, String prefix, List<String> items, List<String> extra)
      throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
    Map<String, List<String>> byOrganization = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      String group = f[header.indexOf(groupColumn)];
      if (group.isEmpty()) {
        continue;
      }
      StringBuilder row = new StringBuilder(prefix + " " + group).append(",r").append(i);
      for (String item : items) {
        String x = f[header.indexOf(item)];
        row.append(',').append(x.equals("NA") ? "" : x);
      }
      byOrganization.computeIfAbsent(prefix + " " + group, o -> new ArrayList<>()).add(row.toString());
    }
    StringBuilder csv = new StringBuilder("organization,respondent," + String.join(",", items) + "\n");
    byOrganization.values().forEach(rows -> rows.forEach(r -> csv.append(r).append('\n')));
    extra.forEach(r -> csv.append(r).append('\n'));
    return Files.writeString(dir.resolve(prefix + ".csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  private Path batch(Path survey, Path instrument, String name, String... more) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("batch", survey.toString(), "--instrument", instrument.toString(),
        "-o", out.toString(), "-q"));
    args.addAll(List.of(more));
    Cli.Run run = Cli.run(args.toArray(new String[0]));
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    return out;
  }

  /**
   * Whether a cell the engine withholds for anonymity counts as such rather than as a failure (with
   * missing answers, an item whose answering set is a few apart from another is withheld), the
   * number so counted, and the number of values compared by {@link #compareAll}.
   */
  private static boolean withheldAllowed;

  private static int withheld;
  private static int compared;

  /** Compares one cell with R's value; returns its relative error. */
  private static double compare(Map<String, String> row, String column, Map<String, Double> r, String key) {
    Double want = r.get(key);
    assertTrue(want != null, "no R value for " + key);
    String cell = row.get(column);
    if (withheldAllowed && cell.isEmpty() && "WITHHELD_FOR_ANONYMITY".equals(row.get(column + "_undefined"))) {
      withheld++;
      compared--;
      return 0;
    }
    assertFalse(cell.isEmpty(), column + " is empty (" + row.get(column + "_undefined") + ") where R gives " + want
        + " for " + key);
    double got = Double.parseDouble(cell);
    double error = want == 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
    assertTrue(error <= TOLERANCE, key + " -> " + column + ": R " + want + ", ours " + got);
    return error;
  }

  /**
   * Checks every new column of a --tables full batch against R; returns the number of values
   * compared. psych smooths a correlation matrix that is not positive definite (a company with no
   * more respondents than items) before G6 and r.cor; ours says SINGULAR_MATRIX there instead.
   */
  private static int compareAll(Path out, String dataset, Map<String, Double> r, int organizations)
      throws IOException {
    compared = 0;
    double worst = 0;
    List<Map<String, String>> reliability = BatchCsvTest.table(out.resolve(BatchOutput.RELIABILITY_CSV));
    Map<String, Integer> itemCounts = new HashMap<>();
    for (Map<String, String> row : reliability) {
      String prefix = dataset + "|" + row.get("organization") + "|" + row.get("dimension") + "|";
      int n = Integer.parseInt(row.get("respondents"));
      int items = Integer.parseInt(row.get("items"));
      itemCounts.put(row.get("organization") + "|" + row.get("dimension"), n <= items ? -1 : items);
      assertEquals(r.get(prefix + "|n"), n, 0.0, prefix);
      for (Map.Entry<String, String> c : RELIABILITY.entrySet()) {
        if (c.getKey().equals("g6") && n <= items) {
          assertEquals("SINGULAR_MATRIX", row.get("g6_undefined"), prefix);
          continue;
        }
        worst = Math.max(worst, compare(row, c.getKey(), r, prefix + "|" + c.getValue()));
        compared++;
      }
    }
    List<Map<String, String>> items = BatchCsvTest.table(out.resolve(BatchOutput.ITEM_ANALYSIS_CSV));
    for (Map<String, String> row : items) {
      String prefix = dataset + "|" + row.get("organization") + "|" + row.get("dimension") + "|" + row.get("item");
      boolean singular = itemCounts.get(row.get("organization") + "|" + row.get("dimension")) < 0;
      for (Map.Entry<String, String> c : ITEMS.entrySet()) {
        if (c.getKey().equals("n")) {
          assertEquals(r.get(prefix + "|n"), Double.parseDouble(row.get("n")), 0.0, prefix);
          compared++;
        } else if (c.getKey().equals("corrected_item_total_r") && singular) {
          assertEquals("SINGULAR_MATRIX", row.get("corrected_item_total_r_undefined"), prefix);
        } else {
          worst = Math.max(worst, compare(row, c.getKey(), r, prefix + "|" + c.getValue()));
          compared++;
        }
      }
    }
    int dimensionRows = 0;
    for (Map<String, String> row : BatchCsvTest.table(out.resolve(BatchOutput.DIMENSIONS_CSV))) {
      String prefix = dataset + "|" + row.get("organization") + "|" + row.get("dimension") + "|";
      if (r.containsKey(prefix + "|n")) {
        dimensionRows++;
        for (Map.Entry<String, String> c : AGREEMENT.entrySet()) {
          worst = Math.max(worst, compare(row, c.getKey(), r, prefix + "|" + c.getValue()));
          compared++;
        }
      }
    }
    assertEquals(reliability.size(), dimensionRows);
    assertEquals(organizations, reliability.stream().map(row -> row.get("organization")).distinct().count());
    System.out.printf(Locale.ROOT, "PsychometricTablesTest %s: %d values against R, max relative error %.2e%n",
        dataset, compared, worst);
    return compared;
  }

  @Test
  void theFullTablesOfLq2002sCompaniesAreRsAndAnOrganizationUnderTheThresholdContributesNothing()
      throws IOException {
    Path reference = reference();
    // A company of four: under the anonymity threshold of 5.
    List<String> small = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      small.add("company small,x" + i + ",1,2,3,4,5,1,2,3,4,5," + (1 + i));
    }
    Path survey = survey(reference.resolve("lq2002.csv"), "COMPID", "company", LEAD, small);
    Path instrument = instrument("lq2002", Scale.of(1, 5), Map.of(Dimension.LEADERSHIP, LEAD));
    Path out = batch(survey, instrument, "full", "--tables", "full", "--reports", "none");
    int compared = compareAll(out, "lq2002", rValues(), 49);
    // Per company 8 coefficients, 8 figures of each of 11 items and 3 agreement indices; but G6 and
    // the 11 r.cor of the 4 companies of 10 or 11 soldiers are SINGULAR_MATRIX (checked as such).
    assertEquals(49 * (8 + 11 * 8 + 3) - 4 * (1 + 11), compared);

    assertTrue(BatchCsvTest.table(out.resolve(BatchOutput.RELIABILITY_CSV)).stream()
        .noneMatch(row -> row.get("organization").equals("company small")));
    assertTrue(BatchCsvTest.table(out.resolve(BatchOutput.ITEM_ANALYSIS_CSV)).stream()
        .noneMatch(row -> row.get("organization").equals("company small")));
    Map<String, String> smallLeadership = BatchCsvTest.table(out.resolve(BatchOutput.DIMENSIONS_CSV)).stream()
        .filter(row -> row.get("organization").equals("company small") && row.get("dimension").equals("LEADERSHIP"))
        .findFirst().orElseThrow();
    assertEquals("SUPPRESSED_FOR_ANONYMITY", smallLeadership.get("perception_not_reported"));
    for (String column : List.of("rwg_j_lindell", "rwg_j_lindell_undefined", "ad_median", "ad_median_undefined",
        "awg", "awg_undefined")) {
      assertEquals("", smallLeadership.get(column), column);
    }
  }

  @Test
  void aSingleItemMeasureHasRsAgreementAndItemFiguresAndNoReliability() throws IOException {
    Path reference = reference();
    Path survey = survey(reference.resolve("lq2002.csv"), "COMPID", "company", List.of("LEAD05"), List.of());
    Path instrument = instrument("lq2002", Scale.of(1, 5), Map.of(Dimension.LEADERSHIP, List.of("LEAD05")));
    Path out = batch(survey, instrument, "single", "--tables", "full", "--reports", "none");
    Map<String, Double> r = rValues();
    String dataset = "lq2002-LEAD05";
    int compared = 0;
    for (Map<String, String> row : BatchCsvTest.table(out.resolve(BatchOutput.DIMENSIONS_CSV))) {
      String prefix = dataset + "|" + row.get("organization") + "|LEADERSHIP|";
      if (row.get("dimension").equals("LEADERSHIP")) {
        compare(row, "rwg_j", r, prefix + "|rwg");
        for (Map.Entry<String, String> c : AGREEMENT.entrySet()) {
          compare(row, c.getKey(), r, prefix + "|" + c.getValue());
        }
        compared += 1 + AGREEMENT.size();
      }
    }
    List<Map<String, String>> reliability = BatchCsvTest.table(out.resolve(BatchOutput.RELIABILITY_CSV));
    assertEquals(49, reliability.size());
    for (Map<String, String> row : reliability) {
      for (String column : RELIABILITY.keySet()) {
        assertEquals("", row.get(column), column);
        assertEquals("SINGLE_ITEM", row.get(column + "_undefined"), column);
      }
    }
    for (Map<String, String> row : BatchCsvTest.table(out.resolve(BatchOutput.ITEM_ANALYSIS_CSV))) {
      String prefix = dataset + "|" + row.get("organization") + "|LEADERSHIP|LEAD05|";
      assertEquals(r.get(prefix + "n"), Double.parseDouble(row.get("n")), 0.0);
      compare(row, "mean", r, prefix + "mean");
      compare(row, "sd", r, prefix + "sd");
      assertEquals("SINGLE_ITEM", row.get("item_rest_r_undefined"));
      assertEquals("SINGLE_ITEM", row.get("alpha_if_dropped_undefined"));
      compared += 3;
    }
    assertEquals(49 * (1 + AGREEMENT.size() + 3), compared);
  }

  @Test
  void theFullTablesOfBfiWithMissingAnswersAndReversedItemsAreRs() throws IOException {
    Path reference = reference();
    List<String> items = new ArrayList<>(AGREE);
    items.addAll(CONSCIENTIOUS);
    Path survey = survey(reference.resolve("bfi.csv"), "gender", "gender", items, List.of());
    Map<Dimension, List<String>> dimensions = new LinkedHashMap<>();
    dimensions.put(Dimension.EMPOWERMENT, AGREE);
    dimensions.put(Dimension.TRAINING, CONSCIENTIOUS);
    Path instrument = instrument("bfi", Scale.of(1, 6), dimensions);
    Path out = batch(survey, instrument, "full", "--tables", "full", "--reports", "none");
    withheldAllowed = true;
    withheld = 0;
    int compared;
    try {
      compared = compareAll(out, "bfi", rValues(), 2);
    } finally {
      withheldAllowed = false;
    }
    System.out.printf(Locale.ROOT, "PsychometricTablesTest bfi: %d withheld for anonymity%n", withheld);
    // Every value R gives is either ours or withheld; most are ours, among them items with missing answers.
    assertEquals(2 * 2 * (8 + 5 * 8 + 3), compared + withheld);
    assertTrue(compared > withheld, compared + " compared, " + withheld + " withheld");
    // Missing answers reach the table: some item has a share missing above 0.
    assertTrue(BatchCsvTest.table(out.resolve(BatchOutput.ITEM_ANALYSIS_CSV)).stream()
        .anyMatch(row -> Double.parseDouble(row.get("missing_share")) > 0));
  }

  @Test
  void anUnknownTableSetIsAUsageErrorNamingTheOptionAndTheSets() throws IOException {
    Path survey = Files.writeString(dir.resolve("s.csv"), "organization,respondent\n");
    Cli.Run run = Cli.run("batch", survey.toString(), "-o", dir.resolve("out").toString(), "--tables", "most");
    assertEquals(AlignmentCli.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("--tables") && run.err().contains("DEFAULT, FULL") && run.err().contains("most"),
        run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void theDefaultTablesHaveNoneOfItAndTheReportsHoldNoPsychometrics() throws IOException {
    Path reference = reference();
    Path survey = survey(reference.resolve("lq2002.csv"), "COMPID", "company", LEAD, List.of());
    Path instrument = instrument("lq2002", Scale.of(1, 5), Map.of(Dimension.LEADERSHIP, LEAD));
    Path plain = batch(survey, instrument, "plain", "--reports", "jsonl");
    assertFalse(Files.exists(plain.resolve(BatchOutput.RELIABILITY_CSV)));
    assertFalse(Files.exists(plain.resolve(BatchOutput.ITEM_ANALYSIS_CSV)));
    assertEquals(String.join(",", Tables.DIMENSIONS),
        Files.readAllLines(plain.resolve(BatchOutput.DIMENSIONS_CSV)).get(0));
    assertFalse(Files.readString(plain.resolve(BatchOutput.REPORTS_JSONL)).contains("\"psychometrics\""));

    Path full = batch(survey, instrument, "full", "--reports", "jsonl", "--tables", "full");
    assertTrue(Files.readString(full.resolve(BatchOutput.REPORTS_JSONL)).contains("\"psychometrics\""));
    assertTrue(Files.readString(full.resolve(OutputDirectory.MANIFEST)).contains(BatchOutput.ITEM_ANALYSIS_CSV));
    // The default columns of dimensions.csv are unchanged by the full set: it only adds to the right.
    List<String> plainRows = Files.readAllLines(plain.resolve(BatchOutput.DIMENSIONS_CSV));
    List<String> fullRows = Files.readAllLines(full.resolve(BatchOutput.DIMENSIONS_CSV));
    assertEquals(plainRows.size(), fullRows.size());
    for (int i = 0; i < plainRows.size(); i++) {
      assertTrue(fullRows.get(i).startsWith(plainRows.get(i) + ","), "row " + i);
    }
  }
}
