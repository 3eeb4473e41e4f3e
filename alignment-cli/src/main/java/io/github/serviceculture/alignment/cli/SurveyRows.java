package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one organization's CSV rows into a {@link ResponseSet}, rejecting rows that cannot be used:
 * a wrong number of fields, no respondent id, a repeated id, an unknown level or customer-facing
 * value, an answer that is not a whole number on the scale. Reasons name the column or item, never
 * the value found. Stateless; safe to use from many threads.
 */
final class SurveyRows {
  private static final Level[] LEVEL_VALUES = Level.values();
  private static final String[] LEVEL_WORDS =
      Arrays.stream(LEVEL_VALUES).map(level -> level.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
  private static final String[] TRUE = {"true", "yes", "y", "1"};
  private static final String[] FALSE = {"false", "no", "n", "0"};
  private static final String LEVELS = Arrays.stream(Level.values()).map(Enum::name).collect(Collectors.joining(", "));

  /** The rows that were used, the response set built from them (null when none was), and the rejected rows. */
  record Conversion(ResponseSet responses, List<CsvInput.Row> used, List<Rejection> rejections) {}

  private final CsvLayout layout;

  SurveyRows(CsvLayout layout) {
    this.layout = layout;
  }

  /** Whether the row's length fits the header; rows that do not are rejected before grouping. */
  boolean fits(CsvInput.Row row) {
    return row.fields().length == layout.width;
  }

  String widthProblem(CsvInput.Row row) {
    return "the row has " + row.fields().length + " fields, the header " + layout.width;
  }

  /**
   * The row's organization.
   *
   * @return the organization, or empty when the cell is empty or a missing-value code
   */
  Optional<String> organization(CsvInput.Row row) {
    if (layout.organization < 0) {
      return Optional.of("");
    }
    String cell = row.fields()[layout.organization].strip();
    return layout.isMissing(cell) ? Optional.empty() : Optional.of(cell);
  }

  /**
   * The longest text cell kept: the JSON reader's string limit, so that every report written from
   * the cells reads back with {@code AlignmentJson.readReport}.
   */
  static final int MAX_TEXT_LENGTH = AlignmentJson.maxStringLength();

  /**
   * Whether an organization name cannot be written: too long for a report that reads back, or read
   * from bytes that are not UTF-8. Its rows are rejected without naming it.
   */
  static boolean isUnwritable(String organization) {
    return organization.length() > MAX_TEXT_LENGTH || organization.indexOf(CsvInput.INVALID_UTF8) >= 0;
  }

  static final String INVALID_UTF8_ROW = "the row holds bytes that are not valid UTF-8";

  /** Whether a cell of the row held bytes that are not UTF-8. */
  static boolean hasInvalidUtf8(CsvInput.Row row) {
    for (String cell : row.fields()) {
      // Most cells are one digit; the scan is for the rest.
      if (cell.length() > 1 || (cell.length() == 1 && cell.charAt(0) == CsvInput.INVALID_UTF8)) {
        if (cell.indexOf(CsvInput.INVALID_UTF8) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static String tooLong(String what) {
    return what + " is longer than " + MAX_TEXT_LENGTH + " characters";
  }

  Conversion convert(String organization, List<CsvInput.Row> rows) {
    if (isUnwritable(organization)) {
      // The name itself is left out of the rejections: it is the problem, and would fill rejected.csv.
      List<Rejection> rejections = new ArrayList<>(rows.size());
      String reason = organization.indexOf(CsvInput.INVALID_UTF8) >= 0 ? INVALID_UTF8_ROW : tooLong("the organization");
      for (CsvInput.Row row : rows) {
        rejections.add(new Rejection(row.line(), "", reason));
      }
      return new Conversion(null, List.of(), rejections);
    }
    ResponseCollector collector = ResponseSet.collector(layout.instrument);
    List<CsvInput.Row> used = new ArrayList<>(rows.size());
    List<Rejection> rejections = new ArrayList<>();
    for (CsvInput.Row row : rows) {
      String problem;
      if (hasInvalidUtf8(row)) {
        problem = INVALID_UTF8_ROW;
      } else if (!fits(row)) {
        problem = widthProblem(row);
      } else {
        problem = collect(row, collector, used);
        if (problem == null) {
          used.add(row);
        }
      }
      if (problem != null) {
        rejections.add(new Rejection(row.line(), organization, problem));
      }
    }
    return new Conversion(collector.size() == 0 ? null : collector.build(), used, rejections);
  }

  /** An exception's code and place, without the value that may quote the input. */
  static String describe(RuntimeException e) {
    if (e instanceof InvalidValueException) {
      InvalidValueException invalid = (InvalidValueException) e;
      return invalid.code() + " at " + invalid.type() + "." + invalid.field();
    }
    if (e instanceof AlignmentException) {
      return ((AlignmentException) e).code();
    }
    return e.getClass().getSimpleName();
  }

  /**
   * Adds the row's response to the collector.
   *
   * @return null when added, else why the row is rejected (and nothing of it is kept)
   */
  private String collect(CsvInput.Row row, ResponseCollector collector, List<CsvInput.Row> used) {
    Respondent.Builder respondent = Respondent.builder();
    String problem = respondent(row, respondent);
    if (problem != null) {
      return problem;
    }
    Respondent who;
    try {
      who = respondent.build();
    } catch (InvalidValueException e) {
      return e.field() + " " + e.problem();
    }
    try {
      collector.begin(who);
    } catch (InvalidValueException e) {
      // used holds exactly the rows whose responses were ended into the collector, in the same order.
      return "repeats the respondent id of line " + used.get(collector.indexOf(who.id())).line();
    }
    String[] f = row.fields();
    for (int i = 0; i < layout.itemColumns.length; i++) {
      String raw = f[layout.itemColumns[i]];
      int answer = layout.singleDigit(raw);
      if (answer < 0) {
        String cell = raw.strip();
        if (layout.isMissing(cell)) {
          continue;
        }
        try {
          answer = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
          collector.discard();
          return "the answer to " + layout.itemIds[i] + " is not a whole number";
        }
      }
      try {
        collector.answer(layout.itemPositions[i], answer);
      } catch (InvalidValueException e) {
        collector.discard();
        return "the answer to " + layout.itemIds[i] + " " + e.problem();
      }
    }
    collector.end();
    return null;
  }

  /** Fills in the respondent from the row; returns why the row is rejected, or null. */
  private String respondent(CsvInput.Row row, Respondent.Builder respondent) {
    String[] f = row.fields();
    if (layout.id >= 0) {
      String id = f[layout.id].strip();
      if (layout.isMissing(id)) {
        return "no respondent id";
      }
      if (id.length() > 100) {
        return "the respondent id is longer than 100 characters";
      }
      respondent.id(id);
    } else {
      respondent.id("line-" + row.line());
    }
    if (layout.level >= 0) {
      String level = f[layout.level].strip();
      if (!layout.isMissing(level)) {
        Level parsed = level(level);
        if (parsed == null) {
          return "the level is not one of " + LEVELS;
        }
        respondent.level(parsed);
      }
    }
    if (layout.department >= 0) {
      String department = f[layout.department].strip();
      if (!layout.isMissing(department)) {
        if (department.length() > MAX_TEXT_LENGTH) {
          return tooLong("the department");
        }
        respondent.department(department);
      }
    }
    if (layout.customerFacing >= 0) {
      String value = f[layout.customerFacing].strip();
      if (!layout.isMissing(value)) {
        Boolean facing = bool(value);
        if (facing == null) {
          return "customer-facing is not one of true/false, yes/no, 1/0";
        }
        respondent.customerFacing(facing);
      }
    }
    for (Map.Entry<Integer, String> attribute : layout.attributes.entrySet()) {
      String value = f[attribute.getKey()].strip();
      if (!layout.isMissing(value)) {
        if (value.length() > MAX_TEXT_LENGTH) {
          return tooLong("the attribute " + attribute.getValue());
        }
        respondent.putAttribute(attribute.getValue(), value);
      }
    }
    return null;
  }

  /** A level's name in any case of its ASCII letters, without a new string per row. */
  private static Level level(String value) {
    for (int i = 0; i < LEVEL_WORDS.length; i++) {
      if (sameIgnoringAsciiCase(LEVEL_WORDS[i], value)) {
        return LEVEL_VALUES[i];
      }
    }
    return null;
  }

  private static Boolean bool(String value) {
    for (String yes : TRUE) {
      if (sameIgnoringAsciiCase(yes, value)) {
        return Boolean.TRUE;
      }
    }
    for (String no : FALSE) {
      if (sameIgnoringAsciiCase(no, value)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /** Whether {@code value} spells {@code word} (lower-case ASCII) with any of its letters in either case. */
  private static boolean sameIgnoringAsciiCase(String word, String value) {
    if (word.length() != value.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char w = word.charAt(i);
      char v = value.charAt(i);
      if (v != w && !(w >= 'a' && w <= 'z' && v == w - ('a' - 'A'))) {
        return false;
      }
    }
    return true;
  }
}
