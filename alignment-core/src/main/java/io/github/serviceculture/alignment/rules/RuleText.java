package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.stats.Estimate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Renders values for the messages and evidence of the built-in rules, the same way everywhere:
 * numbers rounded half up without trailing zeros, money with thousands separators, statements quoted
 * and shortened. It checks no criterion itself.
 */
final class RuleText {
  private static final int MAX_QUOTED = 80;

  private RuleText() {}

  /** A number rounded to at most one decimal, without trailing zeros: 40, 62.5. */
  static String number(double value) {
    return number(value, 1);
  }

  /** A number rounded to at most {@code decimals} places, without trailing zeros: 40, 62.5. */
  static String number(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  /** A number with exactly {@code decimals} places: 0.00, 0.42. */
  static String fixed(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** An estimate as evidence text: its value, or why it is undefined. */
  static String estimate(Estimate estimate, int decimals) {
    return estimate.isDefined() ? fixed(estimate.value(), decimals)
        : "undefined: " + estimate.undefinedReason().orElseThrow().description();
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
