package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    List<Response> responses = new ArrayList<>(rows.size());
    List<CsvInput.Row> used = new ArrayList<>(rows.size());
    List<Rejection> rejections = new ArrayList<>();
    Map<String, CsvInput.Row> firstRowOfId = new HashMap<>(Math.max(16, (int) (rows.size() / 0.75f) + 1));
    // One row's answers by item position, reused from row to row; the response copies what it keeps.
    int[] items = new int[layout.itemColumns.length];
    int[] codes = new int[layout.itemColumns.length];
    for (CsvInput.Row row : rows) {
      String problem;
      if (hasInvalidUtf8(row)) {
        problem = INVALID_UTF8_ROW;
      } else if (!fits(row)) {
        problem = widthProblem(row);
      } else {
        Result result = response(row, items, codes);
        problem = result.problem;
        if (problem == null) {
          CsvInput.Row first = firstRowOfId.putIfAbsent(result.response.respondent().id(), row);
          if (first != null) {
            problem = "repeats the respondent id of line " + first.line();
          } else {
            responses.add(result.response);
            used.add(row);
          }
        }
      }
      if (problem != null) {
        rejections.add(new Rejection(row.line(), organization, problem));
      }
    }
    if (responses.isEmpty()) {
      return new Conversion(null, used, rejections);
    }
    try {
      return new Conversion(ResponseSet.of(layout.instrument, responses), used, rejections);
    } catch (AlignmentException e) {
      // Rows were checked one by one; what is left is a problem of the organization as a whole.
      String reason = "the organization's responses were rejected: " + describe(e);
      for (CsvInput.Row row : used) {
        rejections.add(new Rejection(row.line(), organization, reason));
      }
      rejections.sort(java.util.Comparator.comparingLong(Rejection::line));
      return new Conversion(null, List.of(), rejections);
    }
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

  private static final class Result {
    final Response response;
    final String problem;

    Result(Response response, String problem) {
      this.response = response;
      this.problem = problem;
    }
  }

  private Result response(CsvInput.Row row, int[] items, int[] codes) {
    String[] f = row.fields();
    Respondent.Builder respondent = Respondent.builder();
    if (layout.id >= 0) {
      String id = f[layout.id].strip();
      if (layout.isMissing(id)) {
        return new Result(null, "no respondent id");
      }
      if (id.length() > 100) {
        return new Result(null, "the respondent id is longer than 100 characters");
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
          return new Result(null, "the level is not one of " + LEVELS);
        }
        respondent.level(parsed);
      }
    }
    if (layout.department >= 0) {
      String department = f[layout.department].strip();
      if (!layout.isMissing(department)) {
        if (department.length() > MAX_TEXT_LENGTH) {
          return new Result(null, tooLong("the department"));
        }
        respondent.department(department);
      }
    }
    if (layout.customerFacing >= 0) {
      String value = f[layout.customerFacing].strip();
      if (!layout.isMissing(value)) {
        Boolean facing = bool(value);
        if (facing == null) {
          return new Result(null, "customer-facing is not one of true/false, yes/no, 1/0");
        }
        respondent.customerFacing(facing);
      }
    }
    for (Map.Entry<Integer, String> attribute : layout.attributes.entrySet()) {
      String value = f[attribute.getKey()].strip();
      if (!layout.isMissing(value)) {
        if (value.length() > MAX_TEXT_LENGTH) {
          return new Result(null, tooLong("the attribute " + attribute.getValue()));
        }
        respondent.putAttribute(attribute.getValue(), value);
      }
    }
    Scale scale = layout.instrument.scale();
    int answered = 0;
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
          return new Result(null, "the answer to " + layout.itemIds[i] + " is not a whole number");
        }
      }
      boolean dontKnow = scale.dontKnowCode().isPresent() && scale.dontKnowCode().getAsInt() == answer;
      if (!scale.contains(answer) && !dontKnow) {
        return new Result(null, "the answer to " + layout.itemIds[i] + " is outside the scale " + scale.lowest()
            + " to " + scale.highest() + (scale.dontKnowCode().isPresent()
                ? " and is not the don't-know code " + scale.dontKnowCode().getAsInt() : ""));
      }
      items[answered] = layout.itemPositions[i];
      codes[answered] = answer;
      answered++;
    }
    try {
      // Answers by item position: no map per row, and no item id looked up again to validate the
      // response set or to fill the engine's columns.
      return new Result(Response.of(respondent.build(), layout.instrument, items, codes, answered), null);
    } catch (InvalidValueException e) {
      return new Result(null, e.field() + " " + e.problem());
    }
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
