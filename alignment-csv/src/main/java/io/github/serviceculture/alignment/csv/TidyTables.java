package io.github.serviceculture.alignment.csv;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.EvidenceSource;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.stats.Estimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows of the tidy tables that {@code alignment batch} writes as {@code organizations.csv}, {@code
 * dimensions.csv}, {@code findings.csv}, {@code items.csv} and {@code rejected.csv}, as typed cells: the
 * one place that decides what each column holds, shared by the command line (which writes the cells as
 * CSV text) and {@code alignment-spark} (which makes them typed columns of data frames).
 *
 * <p><b>Cells.</b> A cell is a {@link String} ({@link Type#TEXT}), a {@link Long} ({@link
 * Type#INTEGER}), a {@link Double} ({@link Type#NUMBER}), a {@link Boolean} ({@link Type#BOOLEAN}), or
 * null for the CSV's empty cell: an undefined statistic (its reason in the column named {@code
 * <statistic>_undefined}), a reason that does not apply, a count that is withheld (a dimension not
 * reported has no {@code respondents}). Numbers are the reports' own doubles.
 *
 * @since 0.1.0
 */
public final class TidyTables {
  /**
   * What a column holds.
   *
   * @since 0.1.0
   */
  public enum Type {
    /** Text: a {@link String}. */
    TEXT,
    /** A whole number: a {@link Long}. */
    INTEGER,
    /** A number: a {@link Double}. */
    NUMBER,
    /** {@code true} or {@code false}: a {@link Boolean}. */
    BOOLEAN
  }

  /**
   * A column of a table.
   *
   * @param name its name, the header cell of the CSV
   * @param type what its cells hold
   * @since 0.1.0
   */
  public record Column(String name, Type type) {
    /**
     * Creates a column.
     *
     * @param name its name; not null
     * @param type its type; not null
     * @throws InvalidValueException if either is null
     */
    public Column {
      if (name == null) {
        throw new InvalidValueException("Column", "name", null, "must not be null");
      }
      if (type == null) {
        throw new InvalidValueException("Column", "type", null, "must not be null");
      }
    }
  }

  /** organizations.csv: one row per organization. */
  public static final List<Column> ORGANIZATIONS = columns("organization", "assessed_on", "report",
      "respondents:i", "rows_scored:i", "rows_rejected:i", "alignment_index:n", "alignment_index_undefined",
      "weakest_dimension", "findings:i", "critical_findings:i");
  /** dimensions.csv (without {@code --tables full}): one row per organization and dimension. */
  public static final List<Column> DIMENSIONS = columns("organization", "assessed_on", "dimension", "band",
      "alignment_score:n", "alignment_score_undefined", "practice_score:n", "practice_score_undefined",
      "perception_score:n", "perception_score_undefined", "perception_not_reported", "respondents:i", "alpha:n",
      "alpha_undefined", "rwg_j:n", "rwg_j_undefined", "practice_rules_applied:i", "findings:i",
      "perception_favourable_share:n", "perception_favourable_share_undefined");
  /** findings.csv: one row per finding. */
  public static final List<Column> FINDINGS = columns("organization", "assessed_on", "severity", "dimension",
      "rule_id", "code", "message", "recommendation", "evidence");
  /**
   * items.csv: per organization, released set (the organization's, with attribute and value empty, or a
   * group's) and item, the item's figures; a set whose item figures are not released has no rows.
   */
  public static final List<Column> ITEMS = columns("organization", "assessed_on", "attribute", "value",
      "dimension", "item_id", "reverse_keyed:b", "n:i", "mean:n", "mean_undefined", "score:n", "score_undefined",
      "favourable_share:n", "favourable_share_undefined", "neutral_share:n", "neutral_share_undefined",
      "unfavourable_share:n", "unfavourable_share_undefined");
  /** rejected.csv: one row per row not scored. */
  public static final List<Column> REJECTED = columns("line:i", "organization", "reason");

  /** Each evidence source as the evidence column names it, in lower case. */
  private static final String[] SOURCES = Arrays.stream(EvidenceSource.values())
      .map(source -> source.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

  private TidyTables() {}

  /** Columns from {@code name} or {@code name:t}, t one of i (integer), n (number), b (boolean). */
  private static List<Column> columns(String... specs) {
    List<Column> columns = new ArrayList<>();
    for (String spec : specs) {
      int colon = spec.indexOf(':');
      if (colon < 0) {
        columns.add(new Column(spec, Type.TEXT));
        continue;
      }
      Type type = switch (spec.charAt(colon + 1)) {
        case 'i' -> Type.INTEGER;
        case 'n' -> Type.NUMBER;
        case 'b' -> Type.BOOLEAN;
        default -> throw new AssertionError(spec);
      };
      columns.add(new Column(spec.substring(0, colon), type));
    }
    return List.copyOf(columns);
  }

  /**
   * The names of a table's columns, in order.
   *
   * @param table the columns, such as {@link #ORGANIZATIONS}
   * @return the names
   */
  public static List<String> names(List<Column> table) {
    return table.stream().map(Column::name).toList();
  }

  private static void estimate(List<Object> row, Estimate estimate) {
    row.add(estimate.isDefined() ? estimate.value() : null);
    row.add(estimate.undefinedReason().map(Enum::name).orElse(null));
  }

  private static String date(Optional<LocalDate> assessedOn) {
    return assessedOn.map(Object::toString).orElse(null);
  }

  /**
   * An organization's row of {@link #ORGANIZATIONS}.
   *
   * @param organization the organization's name
   * @param assessedOn the date its assessment describes, when given
   * @param reportName where its report was written, or null
   * @param report its report, or null when none of its rows was scored
   * @param scored its rows scored
   * @param rejected its rows rejected
   * @return the row's cells
   */
  public static List<Object> organization(String organization, Optional<LocalDate> assessedOn, String reportName,
      AlignmentReport report, long scored, long rejected) {
    List<Object> row = new ArrayList<>();
    row.add(organization);
    row.add(date(assessedOn));
    row.add(reportName);
    row.add(report == null ? null : (long) report.metadata().respondentCount());
    row.add(scored);
    row.add(rejected);
    if (report == null) {
      row.addAll(Arrays.asList(null, null, null, null, null));
    } else {
      estimate(row, report.alignmentIndex());
      row.add(report.weakestDimension().map(Enum::name).orElse(null));
      row.add((long) report.findings().size());
      row.add(report.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).count());
    }
    return row;
  }

  /**
   * An organization's rows of {@link #DIMENSIONS}, in the report's order of dimensions.
   *
   * @param organization the organization's name
   * @param assessedOn the date its assessment describes, when given
   * @param report its report
   * @return the rows
   */
  public static List<List<Object>> dimensions(String organization, Optional<LocalDate> assessedOn,
      AlignmentReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (DimensionResult d : report.dimensions()) {
      List<Object> row = new ArrayList<>();
      row.add(organization);
      row.add(date(assessedOn));
      row.add(d.dimension().name());
      row.add(d.band().map(Enum::name).orElse(null));
      estimate(row, d.alignmentScore());
      estimate(row, d.practiceScore());
      estimate(row, d.perceptionScore());
      row.add(d.perceptionNotReported().map(Enum::name).orElse(null));
      // No count beside a reason: 0 would read as a figure, and under the threshold it is withheld.
      row.add(d.perceptionNotReported().isPresent() ? null : (long) d.respondents());
      estimate(row, d.reliability());
      estimate(row, d.agreement());
      row.add((long) d.practiceRulesApplied());
      row.add((long) d.findingCount());
      if (d.perceptionFavourableShare().isPresent()) {
        estimate(row, d.perceptionFavourableShare().get());
      } else {
        row.add(null);
        row.add(null);
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * An organization's rows of {@link #FINDINGS}, in the report's order.
   *
   * @param organization the organization's name
   * @param assessedOn the date its assessment describes, when given
   * @param report its report
   * @return the rows
   */
  public static List<List<Object>> findings(String organization, Optional<LocalDate> assessedOn,
      AlignmentReport report) {
    List<List<Object>> rows = new ArrayList<>();
    for (Finding f : report.findings()) {
      rows.add(Arrays.asList(organization, date(assessedOn), f.severity().name(), f.dimension().name(), f.ruleId(),
          f.code(), f.message(), f.recommendation(), evidence(f.evidence())));
    }
    return rows;
  }

  /** Such as {@code survey VISION.rwgJ = 0.41; policy sharedPerceptionMinRwgJ = 0.7}. */
  private static String evidence(List<Evidence> evidence) {
    StringBuilder text = new StringBuilder();
    for (Evidence e : evidence) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(SOURCES[e.source().ordinal()]).append(' ').append(e.reference()).append(" = ").append(e.value());
    }
    return text.toString();
  }

  /**
   * An organization's rows of {@link #ITEMS}: the organization's items, then each reported group's.
   *
   * @param organization the organization's name
   * @param assessedOn the date its assessment describes, when given
   * @param report its report
   * @return the rows, none when the report has no perception figures
   */
  public static List<List<Object>> items(String organization, Optional<LocalDate> assessedOn,
      AlignmentReport report) {
    List<List<Object>> rows = new ArrayList<>();
    if (report.perceptions().isEmpty()) {
      return rows;
    }
    PerceptionReport perceptions = report.perceptions().get();
    items(rows, organization, assessedOn, null, null, perceptions.items());
    for (GroupPerception g : perceptions.groups()) {
      items(rows, organization, assessedOn, g.attribute(), g.value(), g.items());
    }
    return rows;
  }

  private static void items(List<List<Object>> rows, String organization, Optional<LocalDate> assessedOn,
      String attribute, String value, List<ItemResult> items) {
    for (ItemResult item : items) {
      List<Object> row = new ArrayList<>();
      row.add(organization);
      row.add(date(assessedOn));
      row.add(attribute);
      row.add(value);
      row.add(item.dimension().name());
      row.add(item.itemId());
      row.add(item.reverseKeyed());
      row.add((long) item.n());
      estimate(row, item.mean());
      estimate(row, item.score());
      estimate(row, item.favourableShare());
      estimate(row, item.neutralShare());
      estimate(row, item.unfavourableShare());
      rows.add(row);
    }
  }

  /**
   * A row of {@link #REJECTED}.
   *
   * @param line the line the row starts on
   * @param organization its organization, or {@code ""} when unknown
   * @param reason why it was not scored
   * @return the row's cells
   */
  public static List<Object> rejection(long line, String organization, String reason) {
    return Arrays.asList(line, organization, reason);
  }

  /**
   * The {@link #REJECTED} reason of each row of an organization that the engine could not score: the
   * exception's code and place, never its message, which may quote the input.
   *
   * @param e what the engine threw
   * @return the reason
   */
  public static String notScored(RuntimeException e) {
    return "the organization could not be scored: " + describe(e);
  }

  /**
   * An exception's code and place, without the value that may quote the input: {@code CODE at
   * Type.field} for an {@link InvalidValueException}, the code of another {@link AlignmentException},
   * the class's simple name otherwise.
   *
   * @param e the exception
   * @return the description
   */
  public static String describe(RuntimeException e) {
    if (e instanceof InvalidValueException) {
      InvalidValueException invalid = (InvalidValueException) e;
      return invalid.code() + " at " + invalid.type() + "." + invalid.field();
    }
    if (e instanceof AlignmentException) {
      return ((AlignmentException) e).code();
    }
    return e.getClass().getSimpleName();
  }
}
