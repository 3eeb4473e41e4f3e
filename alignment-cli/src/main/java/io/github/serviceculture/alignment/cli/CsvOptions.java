package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.survey.Instrument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How a survey CSV maps to respondents and items. */
final class CsvOptions {
  static final String DEFAULT_ORGANIZATION_COLUMN = SurveyCsvLayout.DEFAULT_ORGANIZATION_COLUMN;
  static final String DEFAULT_ID_COLUMN = SurveyCsvLayout.DEFAULT_RESPONDENT_COLUMN;

  @Option(names = "--organization-column", paramLabel = "COLUMN",
      description = "Column naming each row's organization (default: ${DEFAULT-VALUE}).",
      defaultValue = DEFAULT_ORGANIZATION_COLUMN)
  String organizationColumn;

  @Option(names = "--id-column", paramLabel = "COLUMN",
      description = "Column of pseudonymous respondent ids (default: ${DEFAULT-VALUE}; when the file has no such "
          + "column, rows are known by their line number).",
      defaultValue = DEFAULT_ID_COLUMN)
  String idColumn;

  @Option(names = "--level-column", paramLabel = "COLUMN",
      description = "Column of levels EXECUTIVE, MANAGER, SUPERVISOR or FRONTLINE, any case (default: ${DEFAULT-VALUE} "
          + "when present).", defaultValue = SurveyCsvLayout.DEFAULT_LEVEL_COLUMN)
  String levelColumn;

  @Option(names = "--department-column", paramLabel = "COLUMN",
      description = "Column of departments (default: ${DEFAULT-VALUE} when present).", defaultValue = SurveyCsvLayout.DEFAULT_DEPARTMENT_COLUMN)
  String departmentColumn;

  @Option(names = "--customer-facing-column", paramLabel = "COLUMN",
      description = "Column saying whether the role faces customers: true/false, yes/no, 1/0 (default: "
          + "${DEFAULT-VALUE} when present).", defaultValue = SurveyCsvLayout.DEFAULT_CUSTOMER_FACING_COLUMN)
  String customerFacingColumn;

  @Option(names = "--attribute-column", paramLabel = "COLUMN", split = ",",
      description = "Further grouping columns (such as site or tenure), kept as respondent attributes under "
          + "the column's name.")
  List<String> attributeColumns = new ArrayList<>();

  @Option(names = "--item-map", paramLabel = "FILE",
      description = "CSV file with header 'column,item' mapping column names to item ids; other columns named "
          + "like an item id are still read as that item.")
  Path itemMap;

  @Option(names = "--missing", paramLabel = "CODE", split = ",",
      description = "Cell values that mean 'no answer', besides the empty cell (default: ${DEFAULT-VALUE}).",
      defaultValue = SurveyCsvLayout.DEFAULT_MISSING_CODE)
  List<String> missingCodes;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "Field delimiter: a single character, or 'tab' (default: ,).", defaultValue = ",")
  String delimiter;

  @Option(names = "--require-all-items",
      description = "Fail when an item of the instrument has no column; by default such an item is read as "
          + "unanswered by everyone, with a warning.")
  boolean requireAllItems;

  /**
   * The layout of a survey CSV these options describe. A column named by an option must exist; a role
   * left at its default is read when the header has that column.
   *
   * @param needOrganization whether the organization column must exist (batch) or may be absent (score)
   * @throws UsageFailure if an option is not valid
   * @throws Failure if the item map cannot be read
   */
  SurveyCsvLayout layout(Instrument instrument, boolean needOrganization) {
    return layout(instrument, needOrganization, Optional.empty());
  }

  /**
   * The layout, with the policy's drivers outcome: an outcome that is no item of the instrument is a
   * column of its own, read as a respondent attribute under its name, where the engine finds it.
   *
   * @param outcome the policy's {@code driversOutcome}
   * @throws UsageFailure if an option is not valid
   * @throws Failure if the item map cannot be read
   */
  SurveyCsvLayout layout(Instrument instrument, boolean needOrganization, Optional<String> outcome) {
    Map<String, String> items = itemMap();
    List<String> attributeColumns = new ArrayList<>(this.attributeColumns);
    outcome.filter(o -> instrument.item(o).isEmpty() && !attributeColumns.contains(o))
        .ifPresent(attributeColumns::add);
    SurveyCsvLayout.Builder b = SurveyCsvLayout.builder(instrument);
    if (needOrganization || !organizationColumn.equals(DEFAULT_ORGANIZATION_COLUMN)) {
      set("--organization-column", () -> b.organizationColumn(organizationColumn));
    }
    if (!idColumn.equals(DEFAULT_ID_COLUMN)) {
      set("--id-column", () -> b.respondentColumn(idColumn));
    }
    if (!levelColumn.equals(SurveyCsvLayout.DEFAULT_LEVEL_COLUMN)) {
      set("--level-column", () -> b.levelColumn(levelColumn));
    }
    if (!departmentColumn.equals(SurveyCsvLayout.DEFAULT_DEPARTMENT_COLUMN)) {
      set("--department-column", () -> b.departmentColumn(departmentColumn));
    }
    if (!customerFacingColumn.equals(SurveyCsvLayout.DEFAULT_CUSTOMER_FACING_COLUMN)) {
      set("--customer-facing-column", () -> b.customerFacingColumn(customerFacingColumn));
    }
    set("--attribute-column", () -> b.attributeColumns(attributeColumns));
    set("--item-map " + itemMap, () -> b.itemColumns(items));
    set("--missing", () -> b.missingCodes(missingCodes));
    char separator = separator();
    set("--delimiter", () -> b.delimiter(separator));
    b.requireAllItems(requireAllItems);
    try {
      return b.build();
    } catch (InvalidValueException e) {
      // A role left at its default names its column too, so the user may not have named this one.
      throw new UsageFailure("column '" + e.value() + "' is given two roles by the column options (the "
          + "defaults name organization, respondent, level, department and customerFacing)");
    }
  }

  /** Sets one option on the layout; its error names the option, the value and the problem. */
  private static void set(String option, Runnable setter) {
    try {
      setter.run();
    } catch (InvalidValueException e) {
      throw new UsageFailure(option + (e.value() == null ? "" : " '" + e.value() + "'") + ": " + e.problem());
    }
  }

  /** Reads --item-map: column name to item id, in file order. */
  Map<String, String> itemMap() {
    Map<String, String> map = new LinkedHashMap<>();
    if (itemMap == null) {
      return map;
    }
    try (CsvInput in = CsvInput.open(itemMap, ',')) {
      List<String> header = in.header().stream().map(String::strip).toList();
      if (!header.equals(List.of("column", "item"))) {
        throw new Failure(itemMap + ": the header must be 'column,item'");
      }
      for (CsvInput.Row row = in.next(); row != null; row = in.next()) {
        if (CsvInput.hasInvalidUtf8(row)) {
          throw new Failure(itemMap + ": line " + row.line() + " holds bytes that are not valid UTF-8");
        }
        if (row.fields().length != 2 || row.fields()[0].isBlank() || row.fields()[1].isBlank()) {
          throw new Failure(itemMap + ": line " + row.line() + " must hold a column name and an item id");
        }
        if (map.put(row.fields()[0].strip(), row.fields()[1].strip()) != null) {
          throw new Failure(itemMap + ": line " + row.line() + " maps a column a second time");
        }
      }
    }
    return map;
  }

  char separator() {
    if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
      return '\t';
    }
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) >= 0x80
        || delimiter.charAt(0) == '\r' || delimiter.charAt(0) == '\n') {
      throw new UsageFailure("--delimiter must be one ASCII character other than '\"', or 'tab'");
    }
    return delimiter.charAt(0);
  }
}
