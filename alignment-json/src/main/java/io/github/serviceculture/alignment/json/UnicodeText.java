package io.github.serviceculture.alignment.json;

/**
 * Finds the one thing a Java string can hold that Unicode text cannot: a surrogate code unit without
 * its partner. JSON lets <code>"&#92;ud800"</code> through its grammar, but no UTF-8 encoder can write it (they
 * write {@code ?} or fail), so a reader that accepted it would hand on a value nothing can store.
 */
final class UnicodeText {
  private UnicodeText() {}

  /** Whether {@code text} is a sequence of Unicode scalar values: every surrogate is in a high-low pair. */
  static boolean isWellFormed(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return false;
    }
    return true;
  }

  static final String READ_PROBLEM =
      "holds an unpaired surrogate escape (such as \\ud800), which is not Unicode text and cannot be stored";
  static final String WRITE_PROBLEM =
      "holds an unpaired surrogate (a lone UTF-16 half), which JSON text in UTF-8 cannot represent";
}
