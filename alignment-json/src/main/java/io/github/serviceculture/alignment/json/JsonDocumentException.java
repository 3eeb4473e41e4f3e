package io.github.serviceculture.alignment.json;

import io.github.serviceculture.alignment.AlignmentException;

/**
 * Thrown when a JSON document cannot be read: it is not well-formed JSON, breaks a limit, has the
 * wrong shape, or holds a value the library rejects. Also thrown when a value cannot be written as
 * Unicode text ({@link #UNPAIRED_SURROGATE}); the pointer then names the place in the output and the
 * line and column are 0.
 *
 * <p>Every instance says where the problem is, as a <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON
 * pointer</a> into the document and as a line and column, and carries a stable {@linkplain #code()
 * code}. The message is built from these parts and a description of what was expected (such as the
 * allowed values of an enumeration); it never repeats answers, identifiers or free text from the
 * input, so it is safe to log and to return to the sender of the document. For the same reason the
 * exception has no cause: Jackson's own messages quote the input.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonDocumentException extends AlignmentException {
  private static final long serialVersionUID = 1L;

  /** The input is not well-formed JSON: a syntax error, NaN or Infinity, or content after the document. */
  public static final String MALFORMED_JSON = "MALFORMED_JSON";
  /** An object names the same property twice. */
  public static final String DUPLICATE_PROPERTY = "DUPLICATE_PROPERTY";
  /** An object has a property the format does not define. */
  public static final String UNKNOWN_PROPERTY = "UNKNOWN_PROPERTY";
  /** A required property is absent. */
  public static final String MISSING_PROPERTY = "MISSING_PROPERTY";
  /** A value has the wrong JSON type, or a number does not fit the property. */
  public static final String WRONG_TYPE = "WRONG_TYPE";
  /** A property is {@code null}; optional properties are omitted instead. */
  public static final String NULL_VALUE = "NULL_VALUE";
  /** A string is not one of the allowed values of an enumeration. */
  public static final String UNKNOWN_ENUM_VALUE = "UNKNOWN_ENUM_VALUE";
  /** A value breaks an invariant of the library's types, such as a blank statement or a negative count. */
  public static final String INVALID_VALUE = "INVALID_VALUE";
  /** An answer names an item the instrument does not have. */
  public static final String UNKNOWN_ITEM = "UNKNOWN_ITEM";
  /** An answer is neither an option of the instrument's scale nor its don't-know code. */
  public static final String ANSWER_OUT_OF_SCALE = "ANSWER_OUT_OF_SCALE";
  /** Two responses carry the same respondent id. */
  public static final String DUPLICATE_RESPONDENT = "DUPLICATE_RESPONDENT";
  /** An instrument reference names an instrument this reader does not know. */
  public static final String UNKNOWN_INSTRUMENT = "UNKNOWN_INSTRUMENT";
  /** The document has no {@code formatVersion}. */
  public static final String MISSING_FORMAT_VERSION = "MISSING_FORMAT_VERSION";
  /** The document's {@code formatVersion} is not one this reader knows. */
  public static final String UNSUPPORTED_FORMAT_VERSION = "UNSUPPORTED_FORMAT_VERSION";
  /** The document, or a line of JSON Lines, is longer than the reader's {@code maxDocumentLength}. */
  public static final String DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE";
  /** The document breaks another parser limit: nesting depth, string, property name or number length. */
  public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
  /**
   * A string or property name holds an unpaired surrogate, such as the escape <code>"&#92;ud800"</code>: valid
   * JSON grammar, but not Unicode text (RFC 8259 section 8.2, RFC 7493 section 2.1), so no UTF-8 output
   * can hold it. Also thrown by the writers for such a value built in code, rather than writing
   * {@code ?} in its place.
   */
  public static final String UNPAIRED_SURROGATE = "UNPAIRED_SURROGATE";

  private final String pointer;
  private final String description;
  private final long line;
  private final long column;

  JsonDocumentException(String code, String pointer, long line, long column, String description) {
    super(code, render(code, pointer, line, column, description), null);
    this.pointer = pointer;
    this.description = description;
    this.line = line;
    this.column = column;
  }

  private static String render(String code, String pointer, long line, long column, String description) {
    StringBuilder message = new StringBuilder(description.length() + 64);
    message.append(code).append(" at ").append(pointer.isEmpty() ? "the document root" : shorten(pointer));
    if (line > 0) {
      message.append(" (line ").append(line);
      if (column > 0) {
        message.append(", column ").append(column);
      }
      message.append(')');
    }
    return message.append(": ").append(description).toString();
  }

  // A pointer names properties from the input; a hostile document can make them long.
  private static String shorten(String pointer) {
    return pointer.length() <= 200 ? pointer : pointer.substring(0, 197) + "...";
  }

  /**
   * Returns the JSON pointer of the offending value, relative to the document that was read.
   *
   * @return the pointer, such as {@code /organization/goals/0/scope}; empty for the document root
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending place, counted from 1; for JSON Lines, the line of the stream.
   *
   * @return the line, or 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the offending place within its line, counted from 1.
   *
   * @return the column, or 0 when unknown
   */
  public long column() {
    return column;
  }

  /**
   * Returns what was expected, without the place: the message is this description with the code and
   * place in front.
   *
   * @return the description, such as {@code must be one of TEAM, INDIVIDUAL, ORGANIZATION}
   */
  public String description() {
    return description;
  }

  /** The same error found on line {@code streamLine} of a JSON Lines stream. */
  JsonDocumentException onStreamLine(long streamLine) {
    return new JsonDocumentException(code(), pointer, streamLine, column, description);
  }
}
