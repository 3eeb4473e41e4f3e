package io.github.serviceculture.alignment.cli;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.serviceculture.alignment.csv.TidyTables;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
import io.github.serviceculture.alignment.perception.GroupDifferences;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.ItemStatistics;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.Psychometrics;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ResponseRate;
import io.github.serviceculture.alignment.scoring.AgreementDistribution;
import io.github.serviceculture.alignment.scoring.Aggregation;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Change;
import io.github.serviceculture.alignment.scoring.DimensionAggregation;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.scoring.Standing;
import io.github.serviceculture.alignment.scoring.NotComparableReason;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.Icc;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tidy CSV tables of a batch, written with jackson-dataformat-csv: UTF-8 without a byte order
 * mark, {@code \n} line ends, fields quoted when needed, a header row. Numbers are written in the
 * shortest form that reads back to the same double, by the same writer as the JSON reports, so a
 * table read back holds exactly the reports' numbers. An undefined statistic is an empty cell, with
 * its reason (such as {@code ZERO_VARIANCE}) in the column named {@code <statistic>_undefined}. A
 * dimension without perception figures names why in {@code perception_not_reported} (such as {@code
 * SUPPRESSED_FOR_ANONYMITY}) and leaves its {@code respondents} cell empty.
 *
 * <p><b>Safe to open in a spreadsheet.</b> Following OWASP's CSV-injection guidance, a text cell that
 * a spreadsheet would evaluate as a formula, one starting with {@code =}, {@code +}, {@code -}, {@code
 * @}, a tab or a carriage return, is written with a single quote {@code '} in front, which a
 * spreadsheet shows as text. A cell that is a plain number ({@code -0.25}, {@code 1.0E-5}) is a
 * number, never a formula, and is written as it is, so the tables' negative figures stay numbers.
 * {@link Table#Table(Path, List, boolean) Raw text} turns this off for analysis tools that want the
 * cells exactly as given.
 */
final class Tables {
  static final List<String> ORGANIZATIONS = TidyTables.names(TidyTables.ORGANIZATIONS);
  static final List<String> DIMENSIONS = TidyTables.names(TidyTables.DIMENSIONS);
  /**
   * Per organization, released set (the organization's, with attribute and value empty, or a group's) and
   * item, the item's figures ({@code ItemResult}); a set whose item figures are not released has no rows.
   */
  static final List<String> ITEMS = TidyTables.names(TidyTables.ITEMS);
  /** With {@code --tables full}: dimensions.csv's columns, then the organization's further agreement indices. */
  static final List<String> DIMENSIONS_FULL = concat(DIMENSIONS, List.of("rwg_j_lindell", "rwg_j_lindell_undefined",
      "ad_median", "ad_median_undefined", "awg", "awg_undefined"));
  /** With {@code --tables full}: per organization and dimension, the reliability of psych::alpha. */
  static final List<String> RELIABILITY = List.of("organization", "assessed_on", "dimension", "respondents", "items",
      "raw_alpha", "raw_alpha_undefined", "standardized_alpha", "standardized_alpha_undefined", "g6", "g6_undefined",
      "average_r", "average_r_undefined", "median_r", "median_r_undefined", "signal_to_noise",
      "signal_to_noise_undefined", "feldt_lower", "feldt_lower_undefined", "feldt_upper", "feldt_upper_undefined");
  /** With {@code --tables full}: per organization, dimension and item, the item analysis of psych::alpha. */
  static final List<String> ITEM_ANALYSIS = List.of("organization", "assessed_on", "dimension", "item", "n",
      "missing_share", "missing_share_undefined", "mean", "mean_undefined", "sd", "sd_undefined", "item_total_r",
      "item_total_r_undefined", "corrected_item_total_r", "corrected_item_total_r_undefined", "item_rest_r",
      "item_rest_r_undefined", "alpha_if_dropped", "alpha_if_dropped_undefined");
  /** With {@code --scores}: each respondent's dimension scores, under pseudonyms (individual data). */
  static final List<String> SCORES = List.of("organization", "assessed_on", "respondent", "dimension", "score");
  /** Per organization and dimension or item ranked against norms (batch --norms). */
  static final List<String> NORMS = List.of("organization", "assessed_on", "measure", "id", "score",
      "percentile_rank", "quartile", "norm_organizations");
  static final List<String> FINDINGS = TidyTables.names(TidyTables.FINDINGS);
  static final List<String> REJECTED = TidyTables.names(TidyTables.REJECTED);
  /**
   * Per organization with a drivers analysis and per dimension analysed, the dimension's share of the
   * outcome's R² (Drivers); the analysis's own figures repeat on each of its rows.
   */
  static final List<String> DRIVERS = List.of("organization", "assessed_on", "outcome", "outcome_source",
      "respondents", "r_squared", "r_squared_undefined", "r_squared_lower", "r_squared_lower_undefined",
      "r_squared_upper", "r_squared_upper_undefined", "confidence_level", "resamples", "seed", "dimension", "share",
      "share_undefined", "relative_share", "relative_share_undefined", "beta", "beta_undefined", "share_lower",
      "share_lower_undefined", "share_upper", "share_upper_undefined", "key_driver");
  /**
   * Per organization scored with headcounts, its response rate (attribute and group empty) and one per
   * group given a headcount (Participation): the employer's headcount, the respondents and the rate
   * where the anonymity rules release them, else three empty cells and the reason.
   */
  static final List<String> PARTICIPATION = List.of("organization", "attribute", "group", "headcount",
      "respondents", "response_rate", "not_reported_reason");
  /** Per organization, grouping attribute and dimension, the reported groups compared (GroupDifferences). */
  static final List<String> GROUP_DIFFERENCES = between("organization", "assessed_on", "attribute", "dimension",
      "groups");
  /** Per dimension, the organizations of the batch compared ({@link Aggregation}). */
  static final List<String> AGGREGATION = between("dimension", "organizations");

  /**
   * Per organization, dimension and set compared (the organization, or a group reported in both waves),
   * the change between two waves ({@link ReportComparison}); a dimension that is not comparable has one
   * row with its reason and no figures. Then per item and set the item's change, {@code item_id} set
   * (empty on a dimension's rows); an item that is not comparable has one row with its reason.
   */
  static final List<String> CHANGES = List.of("organization", "before_assessed_on", "after_assessed_on", "dimension",
      "item_id", "attribute", "group", "before_n", "after_n", "before_score", "before_score_undefined", "after_score",
      "after_score_undefined", "change", "change_undefined", "lower", "lower_undefined", "upper", "upper_undefined",
      "df", "df_undefined", "cohens_d", "cohens_d_undefined", "verdict", "not_comparable");

  private static final CsvMapper MAPPER = new CsvMapper();

  private Tables() {}

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  /** A CSV file being written, one row at a time. */
  static final class Table implements Closeable {
    private final Writer writer;
    private final SequenceWriter rows;
    private final boolean rawText;

    Table(Path file, List<String> header) throws IOException {
      this(file, header, false);
    }

    /**
     * Opens a table and writes its header.
     *
     * @param rawText true to write text cells exactly as given; false to {@linkplain #neutralize
     *     neutralize} those a spreadsheet would evaluate
     */
    Table(Path file, List<String> header, boolean rawText) throws IOException {
      this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header, rawText);
    }

    /** Opens a table on a writer, which {@link #close()} closes, and writes its header. */
    Table(Writer out, List<String> header, boolean rawText) throws IOException {
      this.rawText = rawText;
      this.writer = new BufferedWriter(out, 1 << 16);
      this.rows = MAPPER.writerFor(String[].class)
          .with(CsvSchema.emptySchema().withLineSeparator("\n"))
          // Quote a field only when it needs it (separator, quote, line break, edge spaces).
          .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          // Flushing every row costs a write to the file per row; close() flushes once.
          .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .writeValues(writer);
      row(header);
    }

    void row(List<String> cells) throws IOException {
      String[] row = cells.toArray(new String[0]);
      for (int i = 0; i < row.length; i++) {
        if (!isUnicodeText(row[i])) {
          // The UTF-8 writer would put '?' in its place; input checks keep such text out, so this is a bug.
          throw new IllegalStateException("a table cell holds an unpaired surrogate (column " + (i + 1) + ")");
        }
        if (!rawText) {
          row[i] = neutralize(row[i]);
        }
      }
      rows.write(row);
    }

    void rows(List<List<String>> table) throws IOException {
      for (List<String> cells : table) {
        row(cells);
      }
    }

    @Override
    public void close() throws IOException {
      // Jackson skips closing the writer when its last flush fails; the file must be closed anyway.
      try {
        rows.close();
      } finally {
        writer.close();
      }
    }
  }

  /**
   * The cell a spreadsheet shows as the text given: a cell starting with {@code = + - @}, a tab or a
   * carriage return gets a {@code '} in front, unless it is a plain number (OWASP, "CSV Injection").
   * Every other cell is returned as it is.
   */
  static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (!risky || (first == '-' && isPlainNumber(cell))) {
      return cell;
    }
    return "'" + cell;
  }

  private static boolean isUnicodeText(String cell) {
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

  /** {@code -?digits[.digits][E[-]digits]}: the shape of every number the tables write. */
  private static boolean isPlainNumber(String cell) {
    int i = cell.charAt(0) == '-' ? 1 : 0;
    int digits = digits(cell, i);
    if (digits == 0) {
      return false;
    }
    i += digits;
    if (i < cell.length() && cell.charAt(i) == '.') {
      int fraction = digits(cell, i + 1);
      if (fraction == 0) {
        return false;
      }
      i += 1 + fraction;
    }
    if (i < cell.length() && (cell.charAt(i) == 'E' || cell.charAt(i) == 'e')) {
      i++;
      if (i < cell.length() && cell.charAt(i) == '-') {
        i++;
      }
      int exponent = digits(cell, i);
      if (exponent == 0) {
        return false;
      }
      i += exponent;
    }
    return i == cell.length();
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  static String number(double value) {
    return NumberOutput.toString(value, true);
  }

  private static void estimate(List<String> row, Estimate estimate) {
    row.add(estimate.isDefined() ? number(estimate.value()) : "");
    row.add(estimate.undefinedReason().map(Enum::name).orElse(""));
  }

  /**
   * A row of {@link TidyTables} as the tables' text: null as the empty cell, numbers by {@link
   * #number(double)}, whole numbers and booleans as Java writes them.
   */
  static List<String> text(List<Object> cells) {
    List<String> row = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell instanceof Double ? number((Double) cell) : cell.toString());
    }
    return row;
  }

  private static List<List<String>> textRows(List<List<Object>> rows) {
    List<List<String>> out = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      out.add(text(row));
    }
    return out;
  }

  static List<String> organization(Outcome outcome, String reportName, long rejected) {
    return text(TidyTables.organization(outcome.organization(), outcome.assessedOn(), reportName, outcome.report(),
        outcome.scored(), rejected));
  }

  static List<List<String>> dimensions(Outcome outcome) {
    return dimensions(outcome, false);
  }

  /**
   * dimensions.csv's rows; with {@code full}, each ends with the organization's r*wg(j), AD around
   * the median and a(wg), empty (reason too) where the report holds no psychometrics for it.
   */
  static List<List<String>> dimensions(Outcome outcome, boolean full) {
    List<List<String>> rows = textRows(TidyTables.dimensions(outcome.organization(), outcome.assessedOn(),
        outcome.report()));
    if (full) {
      List<DimensionResult> dimensions = outcome.report().dimensions();
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        Optional<Psychometrics> p = psychometrics(outcome.report(), dimensions.get(i).dimension());
        if (p.isPresent()) {
          estimate(row, p.get().lindellRwgJ());
          estimate(row, p.get().adMedian());
          estimate(row, p.get().awg());
        } else {
          row.addAll(List.of("", "", "", "", "", ""));
        }
      }
    }
    return rows;
  }

  /** The organization's psychometrics of a dimension, when the report holds them. */
  private static Optional<Psychometrics> psychometrics(AlignmentReport report, Dimension dimension) {
    return report.perceptions().flatMap(p -> p.dimension(dimension).value()).flatMap(PerceptionFigures::psychometrics);
  }

  /** The organization's figures of each dimension that has psychometrics, in the report's order. */
  private static List<Map.Entry<Dimension, PerceptionFigures>> withPsychometrics(Outcome outcome) {
    List<Map.Entry<Dimension, PerceptionFigures>> out = new ArrayList<>();
    outcome.report().perceptions().ifPresent(p -> p.dimensions().entrySet().stream()
        .filter(e -> e.getValue().psychometrics().isPresent()).forEach(out::add));
    return out;
  }

  /** The first cells of a row of the organization: its name, date and the dimension. */
  private static List<String> start(Outcome outcome, Dimension dimension) {
    List<String> row = new ArrayList<>();
    row.add(outcome.organization());
    row.add(outcome.assessedOn().map(Object::toString).orElse(""));
    row.add(dimension.name());
    return row;
  }

  /**
   * reliability.csv's rows: one per dimension whose organization figures the report holds with
   * psychometrics; a dimension not reported (an organization under the threshold) has none.
   */
  static List<List<String>> reliability(Outcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Dimension, PerceptionFigures> e : withPsychometrics(outcome)) {
      Psychometrics p = e.getValue().psychometrics().orElseThrow();
      List<String> row = start(outcome, e.getKey());
      row.add(String.valueOf(e.getValue().n()));
      row.add(String.valueOf(p.items().size()));
      estimate(row, e.getValue().alpha());
      estimate(row, p.standardizedAlpha());
      estimate(row, p.g6());
      estimate(row, p.averageR());
      estimate(row, p.medianR());
      estimate(row, p.signalToNoise());
      estimate(row, p.feldtLower());
      estimate(row, p.feldtUpper());
      rows.add(row);
    }
    return rows;
  }

  /** item-analysis.csv's rows: one per item of each dimension that {@link #reliability} has a row for. */
  static List<List<String>> itemAnalysis(Outcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Dimension, PerceptionFigures> e : withPsychometrics(outcome)) {
      for (ItemStatistics item : e.getValue().psychometrics().orElseThrow().items()) {
        List<String> row = start(outcome, e.getKey());
        row.add(item.itemId());
        row.add(String.valueOf(item.n()));
        estimate(row, item.missingShare());
        estimate(row, item.mean());
        estimate(row, item.sd());
        estimate(row, item.itemTotalR());
        estimate(row, item.correctedItemTotalR());
        estimate(row, item.itemRestR());
        estimate(row, item.alphaIfDropped());
        rows.add(row);
      }
    }
    return rows;
  }

  /** The report's standings: its dimensions', then its items', with the score they were ranked by. */
  static List<List<String>> standings(Outcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    AlignmentReport report = outcome.report();
    if (report.standings().isEmpty() || report.perceptions().isEmpty()) {
      return rows;
    }
    PerceptionReport perceptions = report.perceptions().get();
    report.standings().get().dimensions().forEach((d, standing) -> rows.add(standing(outcome, "dimension", d.name(),
        perceptions.dimensions().get(d).score(), standing)));
    for (ItemResult item : perceptions.items()) {
      Standing standing = report.standings().get().items().get(item.itemId());
      if (standing != null) {
        rows.add(standing(outcome, "item", item.itemId(), item.score(), standing));
      }
    }
    return rows;
  }

  private static List<String> standing(Outcome outcome, String measure, String id, Estimate score,
      Standing standing) {
    List<String> row = new ArrayList<>();
    row.add(outcome.organization());
    row.add(outcome.assessedOn().map(Object::toString).orElse(""));
    row.add(measure);
    row.add(id);
    row.add(number(score.value()));
    row.add(number(standing.percentileRank()));
    row.add(String.valueOf(standing.quartile()));
    row.add(String.valueOf(standing.organizations()));
    return row;
  }

  static List<List<String>> items(Outcome outcome) {
    return textRows(TidyTables.items(outcome.organization(), outcome.assessedOn(), outcome.report()));
  }

  /**
   * The columns of a between-unit table (ANOVA, ICCs and the agreement distributions over units) after
   * {@code leading}, whose last names the units (organizations, groups).
   */
  private static List<String> between(String... leading) {
    String units = leading[leading.length - 1];
    List<String> header = new ArrayList<>(List.of(leading));
    header.addAll(List.of("respondents", "mean_group_size", "mean_group_size_undefined", "msb", "msb_undefined", "msw",
        "msw_undefined", "f", "f_undefined", "df_between", "df_within", "p", "p_undefined", "icc1", "icc1_undefined",
        "icc2", "icc2_undefined", "rwg_j_" + units, "rwg_j_mean", "rwg_j_mean_undefined", "rwg_j_median",
        "rwg_j_median_undefined", "rwg_j_cutoff", "rwg_j_share_at_or_above_cutoff",
        "rwg_j_share_at_or_above_cutoff_undefined", "ad_" + units, "ad_mean", "ad_mean_undefined", "ad_median",
        "ad_median_undefined", "ad_cutoff", "ad_share_at_or_below_cutoff", "ad_share_at_or_below_cutoff_undefined"));
    return List.copyOf(header);
  }

  /**
   * Per organization, attribute and dimension that the report compares its groups on: the groups of the
   * attribute as units, from their released figures ({@link Aggregation#ofGroups}).
   */
  static List<List<String>> groupDifferences(Outcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    if (outcome.report().perceptions().isEmpty() || outcome.instrument() == null) {
      return rows;
    }
    PerceptionReport perceptions = outcome.report().perceptions().get();
    Map<String, Aggregation> byAttribute = new HashMap<>();
    for (GroupDifferences d : perceptions.groupDifferences()) {
      Aggregation groups = byAttribute.computeIfAbsent(d.attribute(),
          attribute -> Aggregation.ofGroups(outcome.instrument(), perceptions, attribute));
      List<String> row = new ArrayList<>();
      row.add(outcome.organization());
      row.add(outcome.assessedOn().map(Object::toString).orElse(""));
      row.add(d.attribute());
      between(row, groups.dimension(d.dimension()));
      rows.add(row);
    }
    return rows;
  }

  static List<List<String>> participation(Outcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    Participation participation = outcome.report().perceptions().flatMap(PerceptionReport::participation)
        .orElse(null);
    if (participation == null) {
      return rows;
    }
    List<ResponseRate> rates = new ArrayList<>();
    participation.organization().ifPresent(rates::add);
    rates.addAll(participation.groups());
    for (ResponseRate r : rates) {
      List<String> row = new ArrayList<>();
      row.add(outcome.organization());
      row.add(r.attribute().orElse(""));
      row.add(r.value().orElse(""));
      // Withheld: empty cells, never a 0, and the reason.
      row.add(r.headcount().isPresent() ? String.valueOf(r.headcount().getAsInt()) : "");
      row.add(r.respondents().isPresent() ? String.valueOf(r.respondents().getAsInt()) : "");
      row.add(r.rate().isPresent() ? number(r.rate().getAsDouble()) : "");
      row.add(r.notReported().map(Enum::name).orElse(""));
      rows.add(row);
    }
    return rows;
  }

  static List<List<String>> drivers(Outcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    Drivers drivers = outcome.report().perceptions().flatMap(PerceptionReport::drivers).orElse(null);
    if (drivers == null) {
      return rows;
    }
    for (Map.Entry<Dimension, DriverFigures> e : drivers.dimensions().entrySet()) {
      DriverFigures figures = e.getValue();
      List<String> row = new ArrayList<>();
      row.add(outcome.organization());
      row.add(outcome.assessedOn().map(Object::toString).orElse(""));
      row.add(drivers.outcome());
      row.add(drivers.outcomeSource().name());
      // Absent under the anonymity threshold or when withheld: an empty cell, never a 0.
      row.add(drivers.respondents().isPresent() ? String.valueOf(drivers.respondents().getAsInt()) : "");
      estimate(row, drivers.rSquared());
      estimate(row, drivers.rSquaredLower());
      estimate(row, drivers.rSquaredUpper());
      row.add(number(drivers.confidenceLevel()));
      row.add(String.valueOf(drivers.resamples()));
      row.add(String.valueOf(drivers.seed()));
      row.add(e.getKey().name());
      estimate(row, figures.share());
      estimate(row, figures.relativeShare());
      estimate(row, figures.beta());
      estimate(row, figures.shareLower());
      estimate(row, figures.shareUpper());
      String keyDriver = e.getKey().name() + ".KEY_DRIVER";
      row.add(String.valueOf(outcome.report().findings().stream().anyMatch(f -> f.ruleId().equals(keyDriver))));
      rows.add(row);
    }
    return rows;
  }

  static List<List<String>> aggregation(Aggregation aggregation) {
    List<List<String>> rows = new ArrayList<>();
    for (DimensionAggregation d : aggregation.dimensions()) {
      List<String> row = new ArrayList<>();
      between(row, d);
      rows.add(row);
    }
    return rows;
  }

  /** The dimension, its number of units, then the columns of {@link #between(String...)}. */
  private static void between(List<String> row, DimensionAggregation d) {
    Icc icc = d.icc();
    row.add(d.dimension().name());
    row.add(String.valueOf(d.units()));
    row.add(String.valueOf(icc.n()));
    estimate(row, icc.meanGroupSize());
    estimate(row, icc.msb());
    estimate(row, icc.msw());
    estimate(row, icc.f());
    // Degrees of freedom are counts, 0 when there is nothing to compare, never undefined.
    row.add(String.valueOf(Math.max(0, icc.groupCount() - 1)));
    row.add(String.valueOf(icc.n() - icc.groupCount()));
    estimate(row, icc.p());
    estimate(row, icc.icc1());
    estimate(row, icc.icc2());
    distribution(row, d.rwgJ());
    distribution(row, d.ad());
  }

  private static void distribution(List<String> row, AgreementDistribution distribution) {
    row.add(String.valueOf(distribution.units()));
    estimate(row, distribution.mean());
    estimate(row, distribution.median());
    row.add(number(distribution.cutoff()));
    estimate(row, distribution.shareAgreeing());
  }

  static List<List<String>> findings(Outcome outcome) {
    return textRows(TidyTables.findings(outcome.organization(), outcome.assessedOn(), outcome.report()));
  }

  /** The rows of one comparison, organization named as the caller knows it, in the comparison's order. */
  /** The warning for two waves scored under different policies; fingerprints are digests, not settings. */
  static String policyChanged(ReportComparison comparison) {
    return "the waves were scored under different policies (fingerprints " + comparison.before().policyFingerprint()
        + " and " + comparison.after().policyFingerprint() + "): a change may come from the policy (threshold, "
        + "perception policy, weights) rather than from the organization";
  }

  static List<List<String>> changes(String organization, ReportComparison comparison) {
    String before = comparison.before().assessedOn().map(Object::toString).orElse("");
    String after = comparison.after().assessedOn().map(Object::toString).orElse("");
    List<List<String>> rows = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      NotComparableReason reason = comparison.notComparable().get(dimension);
      if (reason != null) {
        rows.add(notComparableRow(organization, before, after, dimension, "", reason));
      }
      for (Change c : comparison.changes()) {
        if (c.dimension() == dimension) {
          rows.add(changeRow(organization, before, after, c));
        }
      }
    }
    // Items after the dimensions, in the comparison's item order; each item's changes together.
    Map<String, List<Change>> byItem = new LinkedHashMap<>();
    for (Change c : comparison.itemChanges()) {
      byItem.computeIfAbsent(c.itemId().orElseThrow(), id -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, Dimension> item : comparison.itemDimensions().entrySet()) {
      NotComparableReason reason = comparison.itemsNotComparable().get(item.getKey());
      if (reason != null) {
        rows.add(notComparableRow(organization, before, after, item.getValue(), item.getKey(), reason));
      }
      for (Change c : byItem.getOrDefault(item.getKey(), List.of())) {
        rows.add(changeRow(organization, before, after, c));
      }
    }
    return rows;
  }

  private static List<String> notComparableRow(String organization, String before, String after, Dimension dimension,
      String itemId, NotComparableReason reason) {
    List<String> row = new ArrayList<>(List.of(organization, before, after, dimension.name(), itemId));
    while (row.size() < CHANGES.size() - 1) {
      row.add("");
    }
    row.add(reason.name());
    return row;
  }

  private static List<String> changeRow(String organization, String before, String after, Change c) {
    List<String> row = new ArrayList<>(List.of(organization, before, after, c.dimension().name(),
        c.itemId().orElse(""), c.attribute().orElse(""), c.group().orElse(""), String.valueOf(c.beforeN()),
        String.valueOf(c.afterN())));
    estimate(row, c.beforeScore());
    estimate(row, c.afterScore());
    estimate(row, c.change());
    estimate(row, c.lower());
    estimate(row, c.upper());
    estimate(row, c.degreesOfFreedom());
    estimate(row, c.cohensD());
    row.add(c.verdict().name());
    row.add("");
    return row;
  }

  static List<String> rejection(Rejection r) {
    return text(TidyTables.rejection(r.line(), r.organization(), r.reason()));
  }
}
