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
    String fast = rounded(value, decimals, false);
    return fast != null ? fast
        : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** A number with exactly {@code decimals} places: 0.00, 0.42. */
  static String fixed(double value, int decimals) {
    String fast = rounded(value, decimals, true);
    return fast != null ? fast : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

  /**
   * What {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP)} prints, computed in
   * {@code long}s, or null where the two could differ: a value too large, or one whose scaled
   * magnitude lies too near a half to know which way the decimal rounding goes. The messages of an
   * organization format hundreds of numbers, and the decimal route dominated their cost.
   */
  private static String rounded(double value, int decimals, boolean keepZeros) {
    if (decimals < 0 || decimals >= POWERS.length || !(Math.abs(value) < 1e9)) {
      return null;
    }
    double scaled = Math.abs(value) * POWERS[decimals];
    double floor = Math.floor(scaled);
    // valueOf rounds the shortest decimal that reads back as the value: within half an ulp of the
    // value, so, scaled and with the product's rounding, within 1.5 ulps of the scaled value (the
    // margin is 4). Only near a half can the two round apart.
    if (Math.abs(scaled - floor - 0.5) < Math.max(1e-6, 4 * Math.ulp(scaled))) {
      return null;
    }
    long units = (long) floor + (scaled - floor > 0.5 ? 1 : 0);
    StringBuilder text = new StringBuilder(16);
    if (value < 0 && units != 0) {
      text.append('-');
    }
    long whole = units / (long) POWERS[decimals];
    long fraction = units % (long) POWERS[decimals];
    text.append(whole);
    int places = decimals;
    if (!keepZeros) {
      while (places > 0 && fraction % 10 == 0) {
        fraction /= 10;
        places--;
      }
    }
    if (places > 0) {
      text.append('.');
      String digits = Long.toString(fraction);
      for (int pad = digits.length(); pad < places; pad++) {
        text.append('0');
      }
      text.append(digits);
    }
    return text.toString();
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
