package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.survey.GroupHeadcount;
import io.github.serviceculture.alignment.survey.Headcounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * --headcounts, on score and batch: the employer's headcounts, so that each report gives response
 * rates. A CSV read with {@link CsvInput} (as {@code --item-map} is) with the columns {@code
 * organization}, {@code attribute}, {@code group} and {@code headcount}, in any order; a row whose
 * attribute and group are both empty gives the organization's headcount. {@code organization} is
 * required for batch (the rows of each organization go to its report) and optional for score: when
 * present, only the rows of the organization scored are used. Errors name the file, the line and the
 * column; a headcount smaller than the respondents counted for it names the group, never the count.
 */
final class HeadcountsOption {
  static final String ORGANIZATION = "organization";
  static final String ATTRIBUTE = "attribute";
  static final String GROUP = "group";
  static final String HEADCOUNT = "headcount";
  static final List<String> COLUMNS = List.of(ORGANIZATION, ATTRIBUTE, GROUP, HEADCOUNT);

  @Option(names = "--headcounts", paramLabel = "FILE", description = "Headcounts (CSV: organization,attribute,group,"
      + "headcount; an empty attribute and group for the whole organization): each report gets response rates, "
      + "released only where the anonymity rules release the respondent count they rest on. The organization "
      + "column is required by batch; score uses the rows of the organization it scores when the column is there.")
  @Nullable Path file;

  /** One organization's headcounts, with the line each came from. */
  record Entry(Path file, Headcounts headcounts, OptionalLong organizationLine, List<Long> groupLines) {
    /**
     * Turns an invariant the headcounts break against the responses (a headcount smaller than its
     * respondents) into a message with the file, the line and the column; the problem names the group,
     * never the count.
     */
    String explain(InvalidValueException e) {
      long line = -1;
      if (e.field().equals("organization") && organizationLine.isPresent()) {
        line = organizationLine.getAsLong();
      } else if (e.field().startsWith("groups[")) {
        int i = Integer.parseInt(e.field().substring("groups[".length(), e.field().length() - 1));
        line = i < groupLines.size() ? groupLines.get(i) : -1;
      }
      String who = e.field().equals("organization") ? "the organization's headcount" : e.value();
      return file + (line < 0 ? "" : ": line " + line + ", column " + HEADCOUNT) + ": " + Printable.name(who)
          + " " + e.problem();
    }
  }

  /**
   * Whether {@code e} is a headcount the scoring found wrong (the organization's, or a released group's
   * smaller than its respondents), which {@link Entry#explain} turns into the file's line and column.
   */
  static boolean isHeadcountError(RuntimeException e) {
    return e instanceof InvalidValueException && ((InvalidValueException) e).type().equals("Headcounts");
  }

  /** What a headcounts file holds: the entries by organization ("" when it has no organization column). */
  record Table(Path file, boolean hasOrganizationColumn, Map<String, Entry> byOrganization) {
    /**
     * The headcounts of one organization: its rows, or every row when the file has no organization
     * column.
     */
    Optional<Entry> of(@Nullable String organization) {
      if (!hasOrganizationColumn) {
        return Optional.ofNullable(byOrganization.get(""));
      }
      return organization == null ? Optional.empty() : Optional.ofNullable(byOrganization.get(organization.strip()));
    }
  }

  /**
   * Reads the file, or returns null when --headcounts was not given.
   *
   * @param organizationRequired whether the organization column must be there (batch)
   * @param groupBy the attributes the policy groups by: a row of another attribute is an error
   */
  @Nullable Table read(boolean organizationRequired, List<String> groupBy) {
    if (file == null) {
      return null;
    }
    return read(file, organizationRequired, groupBy);
  }

  static Table read(Path file, boolean organizationRequired, List<String> groupBy) {
    try (CsvInput in = CsvInput.open(file, ',')) {
      List<String> header = in.header().stream().map(String::strip).toList();
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String name = header.get(c);
        if (!COLUMNS.contains(name)) {
          throw new Failure(file + ": line 1, column " + (c + 1) + ": unknown column '" + Printable.name(name)
              + "'; the columns are " + String.join(", ", COLUMNS) + Suggestions.didYouMean(
                  Suggestions.nearest(name, COLUMNS)));
        }
        if (index.put(name, c) != null) {
          throw new Failure(file + ": line 1, column " + (c + 1) + ": column '" + name + "' is given twice");
        }
      }
      for (String name : COLUMNS) {
        if (!index.containsKey(name) && (organizationRequired || !name.equals(ORGANIZATION))) {
          throw new Failure(file + ": line 1: the column '" + name + "' is missing; the columns are "
              + String.join(", ", COLUMNS) + (name.equals(ORGANIZATION) ? " (batch needs organization)" : ""));
        }
      }
      boolean hasOrganization = index.containsKey(ORGANIZATION);
      Map<String, Builder> builders = new LinkedHashMap<>();
      for (CsvInput.Row row = in.next(); row != null; row = in.next()) {
        long line = row.line();
        if (CsvInput.hasInvalidUtf8(row)) {
          throw new Failure(file + ": line " + line + " holds bytes that are not valid UTF-8");
        }
        if (row.fields().length != header.size()) {
          throw new Failure(file + ": line " + line + ": expected " + header.size() + " fields, found "
              + row.fields().length);
        }
        String organization = hasOrganization ? row.fields()[index.get(ORGANIZATION)].strip() : "";
        if (hasOrganization && organization.isEmpty()) {
          throw new Failure(file + ": line " + line + ", column " + ORGANIZATION + ": must not be empty");
        }
        String attribute = row.fields()[index.get(ATTRIBUTE)].strip();
        String group = row.fields()[index.get(GROUP)].strip();
        int headcount = headcount(file, line, row.fields()[index.get(HEADCOUNT)].strip());
        Builder b = builders.computeIfAbsent(organization, o -> new Builder());
        if (attribute.isEmpty() && group.isEmpty()) {
          if (b.organizationLine.isPresent()) {
            throw new Failure(file + ": line " + line + ": the organization's headcount is given a second time "
                + "(first on line " + b.organizationLine.getAsLong() + ")");
          }
          b.organization = OptionalInt.of(headcount);
          b.organizationLine = OptionalLong.of(line);
          continue;
        }
        if (attribute.isEmpty() || group.isEmpty()) {
          throw new Failure(file + ": line " + line + ", column " + (attribute.isEmpty() ? ATTRIBUTE : GROUP)
              + ": must not be empty when " + (attribute.isEmpty() ? GROUP : ATTRIBUTE) + " is given (leave both "
              + "empty for the organization's headcount)");
        }
        if (!groupBy.contains(attribute)) {
          throw new Failure(file + ": line " + line + ", column " + ATTRIBUTE + ": '" + Printable.name(attribute)
              + "' is not an attribute the policy groups by (" + String.join(", ", groupBy) + ")"
              + Suggestions.didYouMean(Suggestions.nearest(attribute, groupBy)));
        }
        List<String> key = List.of(attribute, group);
        Long first = b.lineOf.putIfAbsent(key, line);
        if (first != null) {
          throw new Failure(file + ": line " + line + ": the headcount of " + Printable.name(attribute + "=" + group)
              + " is given a second time (first on line " + first + ")");
        }
        b.groups.add(GroupHeadcount.of(attribute, group, headcount));
        b.groupLines.add(line);
      }
      if (builders.isEmpty()) {
        throw new Failure(file + ": no headcount is given; expected a row after the header");
      }
      Map<String, Entry> entries = new LinkedHashMap<>();
      builders.forEach((organization, b) -> entries.put(organization, new Entry(file,
          Headcounts.of(b.organization, b.groups), b.organizationLine, List.copyOf(b.groupLines))));
      return new Table(file, hasOrganization, entries);
    }
  }

  private static int headcount(Path file, long line, String text) {
    int value = 0;
    boolean digits = !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    if (digits) {
      value = Integer.parseInt(text);
    }
    if (value < 1) {
      throw new Failure(file + ": line " + line + ", column " + HEADCOUNT + ": '" + Printable.name(text)
          + "' is not a headcount: a whole number of 1 or more");
    }
    return value;
  }

  private static final class Builder {
    OptionalInt organization = OptionalInt.empty();
    OptionalLong organizationLine = OptionalLong.empty();
    final List<GroupHeadcount> groups = new ArrayList<>();
    final List<Long> groupLines = new ArrayList<>();
    final Map<List<String>, Long> lineOf = new HashMap<>();
  }
}
