package io.github.serviceculture.alignment.rules;

import java.util.Locale;

/**
 * Renders practice values for the messages of the built-in vision, goal and hiring rules: numbers in
 * a fixed locale, money with thousands separators, statements quoted and shortened. It checks no
 * criterion itself.
 */
final class PracticeFormat {
  private static final int MAX_QUOTED = 80;

  private PracticeFormat() {}

  /** A number with at most one decimal, without a trailing {@code .0}. */
  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  /** A percentage such as {@code 45 %} or {@code 37.5 %}. */
  static String percent(double value) {
    return number(value) + " %";
  }

  /** An amount of money in the organization's currency, such as {@code 162,000}. */
  static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A statement in quotes, shortened when long. */
  static String quoted(String statement) {
    String text = statement.strip();
    return '"' + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text) + '"';
  }
}
