package io.github.serviceculture.alignment.report.internal;

import java.util.Locale;

/**
 * Makes text from the input safe to print: a name holding an escape sequence could move a terminal's
 * cursor, rewrite earlier lines or hide text, and one holding a line break could forge a line of the
 * report. Control characters (C0, DEL, C1) are shown as {@code \xHH}, bidirectional overrides and
 * isolates and unpaired surrogates as {@code \}{@code uHHHH}, and a backslash as {@code \\}, so that an
 * escape in the output always comes from here (the same escapes as the command line's).
 * Not part of the API: the module does not export this package.
 */
public final class Plain {
  /** The longest name shown whole; a longer one is cut, with "..." after it. */
  public static final int MAX_NAME = 200;

  private Plain() {}

  /** A name (organization, group value, rule id), escaped and cut at {@code max} characters. */
  public static String name(String text, int max) {
    String escaped = text(text);
    return escaped.length() <= max ? escaped : escaped.substring(0, Math.max(0, max - 3)) + "...";
  }

  /** A sentence that may quote input (a finding's message, evidence, recommendation), escaped whole. */
  public static String text(String text) {
    return escaped(text, true);
  }

  /**
   * Like {@link #text} with backslashes left alone: for output that is escaped again for its own
   * syntax (HTML), where only the characters that could hide or reorder text need showing.
   */
  public static String visible(String text) {
    return escaped(text, false);
  }

  private static String escaped(String text, boolean backslash) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = c == '\\' && !backslash ? null : escape(text, i, c);
      if (escape == null) {
        if (s != null) {
          s.append(c);
        }
        continue;
      }
      if (s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      s.append(escape);
    }
    return s == null ? text : s.toString();
  }

  private static String escape(String text, int i, char c) {
    if (c == '\\') {
      return "\\\\";
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return String.format(Locale.ROOT, "\\x%02x", (int) c);
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      return null;
    }
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      return null;
    }
    return Character.isSurrogate(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
  }
}
