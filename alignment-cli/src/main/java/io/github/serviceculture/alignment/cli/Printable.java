package io.github.serviceculture.alignment.cli;

/**
 * Makes text from the input safe to print on a terminal: the one helper every message that quotes a
 * name (an organization, a group, a finding about them) goes through. A name holding an escape
 * sequence could otherwise move the cursor, rewrite earlier lines, retitle the window or hide text;
 * a name holding a line break could forge a line of the tool's own output.
 */
final class Printable {
  /** The longest name printed whole; a longer one is cut, with "..." after it. */
  static final int MAX_LENGTH = 200;

  private Printable() {}

  /**
   * The text with every control character shown as an escape: C0 controls, DEL and C1 controls as
   * {@code \xHH} (ESC as {@code \x1b}, a line feed as {@code \x0a}), the bidirectional overrides and
   * isolates (U+202A to U+202E, U+2066 to U+2069) and unpaired surrogates as {@code \}{@code uHHHH};
   * a backslash itself as {@code \\}, so that an escape in the output always comes from this method.
   * Text longer than {@link #MAX_LENGTH} characters is cut there.
   */
  static String name(String text) {
    return escaped(text, MAX_LENGTH);
  }

  /** Like {@link #name} without the cut: for the library's own sentences that may quote a name. */
  static String text(String text) {
    return escaped(text, Integer.MAX_VALUE);
  }

  /**
   * The whole of a message as it is printed, a last guard for one that quotes input without {@link
   * #name}: control characters, bidirectional controls and unpaired surrogates escaped as there,
   * backslashes left alone, so that a name the message already escaped is printed as it is.
   */
  static String message(String text) {
    return escaped(text, Integer.MAX_VALUE, false);
  }

  private static String escaped(String text, int max) {
    return escaped(text, max, true);
  }

  private static String escaped(String text, int max, boolean backslash) {
    int length = Math.min(text.length(), max);
    StringBuilder s = null;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String escape = c == '\\' && !backslash ? null : escape(text, i, c);
      if (escape == null) {
        if (s != null) {
          s.append(c);
        }
        continue;
      }
      if (s == null) {
        s = new StringBuilder(length + 16).append(text, 0, i);
      }
      s.append(escape);
    }
    if (text.length() > length) {
      return (s == null ? text.substring(0, length) : s.toString()) + "...";
    }
    return s == null ? text : s.toString();
  }

  private static String escape(String text, int i, char c) {
    if (c == '\\') {
      return "\\\\";
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      return null;
    }
    if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      return null;
    }
    if (Character.isSurrogate(c)) {
      return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }
    return null;
  }
}
