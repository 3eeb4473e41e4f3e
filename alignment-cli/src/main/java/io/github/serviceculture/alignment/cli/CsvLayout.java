package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which column of a survey CSV holds what: the organization, the respondent id, the grouping
 * attributes and the answers to each item. Built once from the header; immutable and shared by the
 * workers.
 */
final class CsvLayout {
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  final Instrument instrument;
  final int width;
  final int organization;
  final int id;
  final int level;
  final int department;
  final int customerFacing;
  /** Column index to attribute name. */
  final Map<Integer, String> attributes;
  /** Column indexes of the items, in the order of {@link #itemIds}. */
  final int[] itemColumns;
  final String[] itemIds;
  /** The positions in the instrument of {@link #itemIds}. */
  final int[] itemPositions;
  final Set<String> missingCodes;
  /** Per digit 0 to 9: whether that one-character cell is a missing-value code. */
  private final boolean[] missingDigit = new boolean[10];
  /** Items of the instrument without a column; read as unanswered. */
  final List<String> absentItems;
  /** Columns that are none of the above; ignored. */
  final List<String> ignoredColumns;

  private CsvLayout(Builder b) {
    this.instrument = b.instrument;
    this.width = b.header.size();
    this.organization = b.organization;
    this.id = b.id;
    this.level = b.level;
    this.department = b.department;
    this.customerFacing = b.customerFacing;
    this.attributes = Map.copyOf(b.attributes);
    this.itemColumns = b.itemColumns.stream().mapToInt(Integer::intValue).toArray();
    this.itemIds = b.itemIds.toArray(new String[0]);
    this.itemPositions = b.itemIds.stream().mapToInt(b.instrument::indexOf).toArray();
    this.missingCodes = Set.copyOf(b.missingCodes);
    for (int d = 0; d < 10; d++) {
      missingDigit[d] = missingCodes.contains(String.valueOf((char) ('0' + d)));
    }
    this.absentItems = List.copyOf(b.absentItems);
    this.ignoredColumns = List.copyOf(b.ignored);
  }

  /**
   * Lays out a header.
   *
   * @param file the CSV, for messages
   * @param header the header row
   * @param options the column options
   * @param itemMap column name to item id, from --item-map
   * @param instrument the instrument answered
   * @param needOrganization whether the organization column must exist (batch) or may be absent (score)
   * @throws Failure if the header cannot be used
   */
  static CsvLayout of(Path file, List<String> header, CsvOptions options, Map<String, String> itemMap,
      Instrument instrument, boolean needOrganization) {
    Builder b = new Builder(file, header, instrument);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (name.isEmpty()) {
        throw new Failure(file + ": column " + (i + 1) + " of the header has no name");
      }
      if (index.putIfAbsent(name, i) != null) {
        throw new Failure(file + ": the header names column '" + name + "' twice");
      }
    }
    Set<Integer> used = new TreeSet<>();
    b.organization = b.column(index, options.organizationColumn, "--organization-column",
        needOrganization || !options.organizationColumn.equals(CsvOptions.DEFAULT_ORGANIZATION_COLUMN), needOrganization);
    b.id = b.column(index, options.idColumn, "--id-column", !options.idColumn.equals(CsvOptions.DEFAULT_ID_COLUMN), false);
    b.level = b.column(index, options.levelColumn, "--level-column", !options.levelColumn.equals("level"), false);
    b.department = b.column(index, options.departmentColumn, "--department-column",
        !options.departmentColumn.equals("department"), false);
    b.customerFacing = b.column(index, options.customerFacingColumn, "--customer-facing-column",
        !options.customerFacingColumn.equals("customerFacing"), false);
    for (int c : new int[] {b.organization, b.id, b.level, b.department, b.customerFacing}) {
      if (c >= 0 && !used.add(c)) {
        throw new UsageFailure("column '" + header.get(c).strip() + "' is given two roles");
      }
    }
    for (String name : options.attributeColumns) {
      int c = b.column(index, name, "--attribute-column", true, false);
      if (!ATTRIBUTE_NAME.matcher(name).matches()) {
        throw new UsageFailure("--attribute-column '" + name + "': an attribute is named by a letter followed by "
            + "letters, digits, '_', '.' or '-'");
      }
      if (!used.add(c)) {
        throw new UsageFailure("column '" + name + "' is given two roles");
      }
      b.attributes.put(c, name);
    }
    // Items: the mapping file first, then columns named like an item.
    Map<String, Integer> itemToColumn = new LinkedHashMap<>();
    itemMap.forEach((column, itemId) -> {
      Integer c = index.get(column);
      if (c == null) {
        throw new Failure("--item-map names column '" + column + "', which " + file + " does not have");
      }
      if (instrument.item(itemId).isEmpty()) {
        throw new Failure("--item-map maps column '" + column + "' to '" + itemId + "', which is not an item of "
            + instrument.id() + " " + instrument.version());
      }
      b.claim(itemToColumn, itemId, c, used);
    });
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip();
      if (!used.contains(c) && instrument.item(name).isPresent() && !itemMap.containsKey(name)) {
        b.claim(itemToColumn, name, c, used);
      }
    }
    for (Item item : instrument.items()) {
      Integer c = itemToColumn.get(item.id());
      if (c == null) {
        b.absentItems.add(item.id());
      } else {
        b.itemIds.add(item.id());
        b.itemColumns.add(c);
      }
    }
    if (b.itemIds.isEmpty()) {
      throw new Failure(file + ": no column holds an item of " + instrument.id() + " " + instrument.version()
          + "; name columns by item id (see 'alignment instrument --csv-template') or give --item-map");
    }
    if (!b.absentItems.isEmpty() && options.requireAllItems) {
      throw new Failure(file + ": no column for " + b.absentItems.size() + " item(s) of the instrument: "
          + String.join(", ", b.absentItems));
    }
    for (int c = 0; c < header.size(); c++) {
      if (!used.contains(c)) {
        b.ignored.add(header.get(c).strip());
      }
    }
    b.missingCodes.addAll(options.missingCodes);
    b.missingCodes.add("");
    return new CsvLayout(b);
  }

  boolean isMissing(String cell) {
    return missingCodes.contains(cell);
  }

  /**
   * The answer in a cell that is exactly one digit and not a missing-value code, or -1 for any other
   * cell, which is then read the general way. Most cells of a survey on a scale of up to ten options
   * are such a digit, and this spares them a stripped copy, a hash lookup and a parse.
   */
  int singleDigit(String cell) {
    if (cell.length() != 1) {
      return -1;
    }
    int digit = cell.charAt(0) - '0';
    return digit >= 0 && digit <= 9 && !missingDigit[digit] ? digit : -1;
  }

  private static final class Builder {
    final Path file;
    final List<String> header;
    final Instrument instrument;
    int organization = -1;
    int id = -1;
    int level = -1;
    int department = -1;
    int customerFacing = -1;
    final Map<Integer, String> attributes = new HashMap<>();
    final List<Integer> itemColumns = new ArrayList<>();
    final List<String> itemIds = new ArrayList<>();
    final Set<String> missingCodes = new java.util.HashSet<>();
    final List<String> absentItems = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();

    Builder(Path file, List<String> header, Instrument instrument) {
      this.file = file;
      this.header = header;
      this.instrument = instrument;
    }

    int column(Map<String, Integer> index, String name, String option, boolean required, boolean batch) {
      Integer c = index.get(name);
      if (c == null && required) {
        throw new Failure(file + ": no column '" + name + "'" + (batch
            ? "; name the organization column with --organization-column" : " (" + option + ")"));
      }
      return c == null ? -1 : c;
    }

    void claim(Map<String, Integer> itemToColumn, String itemId, int c, Set<Integer> used) {
      if (!used.add(c)) {
        throw new Failure("column '" + header.get(c).strip() + "' is given two roles");
      }
      Integer before = itemToColumn.putIfAbsent(itemId, c);
      if (before != null) {
        throw new Failure(file + ": columns '" + header.get(before).strip() + "' and '" + header.get(c).strip()
            + "' both hold item " + itemId);
      }
    }
  }
}
