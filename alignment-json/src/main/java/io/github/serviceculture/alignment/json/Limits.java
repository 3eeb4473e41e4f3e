package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.util.Locale;

/** The parser limits a reader enforces; documented on {@link AlignmentJson}. */
final class Limits {
  static final int MAX_NESTING_DEPTH = 32;
  static final int MAX_STRING_LENGTH = 100_000;
  static final int MAX_NUMBER_LENGTH = 100;
  static final int MAX_NAME_LENGTH = 1_000;
  static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private final long maxDocumentLength;

  Limits(long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
  }

  long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The longest sealed ledger text a reader accepts: the document length, up to the longest array.
   * A ledger holds about 150 characters per respondent and release, far beyond {@link
   * #MAX_STRING_LENGTH} for a large survey, so the parser allows strings this long and {@link
   * Codecs#STRING} enforces the shorter limit on every other string.
   */
  int maxSealedLength() {
    return (int) Math.min(maxDocumentLength, Integer.MAX_VALUE - 8);
  }

  StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(maxSealedLength())
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  static StreamWriteConstraints writeConstraints() {
    return StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();
  }

  static String describeString() {
    return "holds a string longer than " + MAX_STRING_LENGTH + " characters";
  }

  /** Names the limit a Jackson constraint message is about, without quoting the input. */
  String describe(String jacksonMessage) {
    String m = jacksonMessage.toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "nests objects and arrays deeper than " + MAX_NESTING_DEPTH + " levels";
    }
    if (m.contains("string value length")) {
      return describeString();
    }
    if (m.contains("number value length")) {
      return "holds a number longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("name length")) {
      return "holds a property name longer than " + MAX_NAME_LENGTH + " characters";
    }
    if (m.contains("document length")) {
      return "is longer than the limit of " + maxDocumentLength + " bytes";
    }
    return "breaks a parser limit";
  }
}
