package io.github.serviceculture.alignment.csv;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The checks of a data row once its cells are known, and the blocks they make: shared by {@link
 * SurveyCsvReader}, which finds the cells in CSV bytes, and {@link SurveyRowReader}, which is given them as
 * strings, so that both reject a row for the same reasons in the same words. The checks of the CSV itself
 * (quoting, field count, UTF-8) stay with the callers. Not thread-safe.
 */
final class RowChecks {
  /** A row's cells, by field. */
  interface Cells {
    /** The cell's text, not stripped. */
    String text(int field);

    /** The cell's answer, as {@link RowChecks#answer(String)} reads it. */
    long answer(int field);
  }

  /** Sentinels of {@link #answer(String)}, outside the range of an int. */
  static final long MISSING = Long.MIN_VALUE;
  static final long NOT_A_NUMBER = Long.MAX_VALUE;

  private static final Level[] LEVEL_VALUES = Level.values();
  private static final String[] LEVEL_WORDS =
      Arrays.stream(LEVEL_VALUES).map(level -> level.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  private static final String LEVELS = Arrays.stream(LEVEL_VALUES).map(Enum::name).collect(Collectors.joining(", "));
  private static final String[] TRUE = {"true", "yes", "y", "1"};
  private static final String[] FALSE = {"false", "no", "n", "0"};

  final SurveyCsvLayout.Columns columns;
  private final ResponseCollector collector;

  /** The block being read: its organization (null before the first), response lines and rejections. */
  private String current;
  private long[] lines = new long[64];
  private List<SurveyCsvReader.Rejection> rejections = new ArrayList<>();
  /** The line of the earlier row that the row being collected repeats, or 0; set by {@link #collect}. */
  private long repeated;
  /**
   * The block's attribute values, each kept once: a department or attribute repeats on most rows of
   * an organization, and one string per row would cost more heap than the row's answers.
   */
  private final Map<String, String> values = new HashMap<>();

  RowChecks(SurveyCsvLayout.Columns columns) {
    this.columns = columns;
    this.collector = ResponseSet.collector(columns.layout.instrument());
  }

  /** Rejects a row whose organization is not known, into the block being read. */
  void reject(long line, String reason) {
    rejections.add(new SurveyCsvReader.Rejection(line, "", reason));
  }

  /**
   * Checks a row whose cells are well formed and as many as the header's.
   *
   * @return the block that the row ends (it names another organization), or null
   */
  SurveyCsvReader.Block row(long line, Cells cells) {
    String organization = "";
    if (columns.organization >= 0) {
      organization = cells.text(columns.organization).strip();
      if (columns.isMissing(organization)) {
        reject(line, "no organization");
        return null;
      }
      if (organization.length() > SurveyCsvReader.MAX_TEXT_LENGTH) {
        reject(line, tooLong("the organization"));
        return null;
      }
    }
    SurveyCsvReader.Block finished = null;
    if (current == null) {
      current = organization;
    } else if (!current.equals(organization)) {
      finished = finish();
      current = organization;
    }
    repeated = 0;
    String reason = collect(line, cells);
    if (repeated > 0) {
      rejections.add(SurveyCsvReader.Rejection.repeating(line, organization, repeated));
    } else if (reason != null) {
      rejections.add(new SurveyCsvReader.Rejection(line, organization, reason));
    }
    return finished;
  }

  /** The last block, or null when no row is left in one; the rows after it start afresh. */
  SurveyCsvReader.Block end() {
    SurveyCsvReader.Block last = current != null || !rejections.isEmpty() ? finish() : null;
    current = null;
    return last;
  }

  private SurveyCsvReader.Block finish() {
    int n = collector.size();
    ResponseSet set = n == 0 ? null : collector.build();
    SurveyCsvReader.Block block = new SurveyCsvReader.Block(current == null ? "" : current, set,
        Arrays.copyOf(lines, n), rejections);
    rejections = new ArrayList<>();
    values.clear();
    return block;
  }

  static String tooLong(String what) {
    return what + " is longer than " + SurveyCsvReader.MAX_TEXT_LENGTH + " characters";
  }

  /** Adds the row's response to the collector; returns null, or why the row is rejected. */
  private String collect(long line, Cells cells) {
    Respondent.Builder builder = Respondent.builder();
    String problem = respondent(line, cells, builder);
    if (problem != null) {
      return problem;
    }
    Respondent who;
    try {
      who = builder.build();
    } catch (AlignmentException e) {
      return "the respondent is not valid: " + e.code()
          + (e instanceof InvalidValueException ? " at " + ((InvalidValueException) e).field() : "");
    }
    try {
      collector.begin(who);
    } catch (InvalidValueException e) {
      int earlier = collector.indexOf(who.id());
      if (earlier < 0) {
        return "the respondent is not valid: " + e.code() + " at " + e.field();
      }
      repeated = lines[earlier];
      return "a repeated respondent id";
    }
    for (int i = 0; i < columns.itemColumns.length; i++) {
      long code = cells.answer(columns.itemColumns[i]);
      if (code == MISSING) {
        continue;
      }
      if (code == NOT_A_NUMBER) {
        collector.discard();
        return "the answer to " + columns.itemIds[i] + " is not a whole number";
      }
      try {
        collector.answer(columns.itemPositions[i], (int) code);
      } catch (InvalidValueException e) {
        collector.discard();
        return "the answer to " + columns.itemIds[i] + " " + e.problem();
      }
    }
    collector.end();
    int n = collector.size();
    if (n > lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    lines[n - 1] = line;
    return null;
  }

  /**
   * The answer in a cell: a whole number as {@link Integer#parseInt} reads it after stripping, {@link
   * #MISSING} for the empty cell and the missing-value codes, {@link #NOT_A_NUMBER} for anything else (a
   * number too large for an int included).
   */
  long answer(String cell) {
    String stripped = cell.strip();
    if (columns.isMissing(stripped)) {
      return MISSING;
    }
    try {
      return Integer.parseInt(stripped);
    } catch (NumberFormatException e) {
      return NOT_A_NUMBER;
    }
  }

  /** Fills in the respondent from the row; returns why the row is rejected, or null. */
  private String respondent(long line, Cells cells, Respondent.Builder respondent) {
    if (columns.id >= 0) {
      String id = cells.text(columns.id).strip();
      if (columns.isMissing(id)) {
        return "no respondent id";
      }
      if (id.length() > SurveyCsvReader.MAX_RESPONDENT_ID_LENGTH) {
        return "the respondent id is longer than " + SurveyCsvReader.MAX_RESPONDENT_ID_LENGTH + " characters";
      }
      respondent.id(id);
    } else {
      respondent.id("line-" + line);
    }
    if (columns.level >= 0) {
      String level = cells.text(columns.level).strip();
      if (!columns.isMissing(level)) {
        Level parsed = level(level);
        if (parsed == null) {
          return "the level is not one of " + LEVELS;
        }
        respondent.level(parsed);
      }
    }
    if (columns.department >= 0) {
      String department = cells.text(columns.department).strip();
      if (!columns.isMissing(department)) {
        if (department.length() > SurveyCsvReader.MAX_TEXT_LENGTH) {
          return tooLong("the department");
        }
        respondent.department(values.computeIfAbsent(department, v -> v));
      }
    }
    if (columns.customerFacing >= 0) {
      String value = cells.text(columns.customerFacing).strip();
      if (!columns.isMissing(value)) {
        Boolean facing = bool(value);
        if (facing == null) {
          return "customer-facing is not one of true/false, yes/no, 1/0";
        }
        respondent.customerFacing(facing);
      }
    }
    List<String> names = columns.layout.attributeColumns();
    for (int a = 0; a < columns.attributes.length; a++) {
      String value = cells.text(columns.attributes[a]).strip();
      if (!columns.isMissing(value)) {
        if (value.length() > SurveyCsvReader.MAX_TEXT_LENGTH) {
          return tooLong("the attribute " + names.get(a));
        }
        respondent.putAttribute(names.get(a), values.computeIfAbsent(value, v -> v));
      }
    }
    return null;
  }

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
