package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Shared helpers for the bad-input tests: where a piece of text sits in a document, and the checks
 * every {@link JsonDocumentException} must pass (code, pointer, line, column, no leaked input).
 */
final class BadInputSupport {
  private BadInputSupport() {}

  /** Free text and identifiers in the test documents carry this; no error may repeat it. */
  static final String SECRET = "SECRET-7731";

  /** Distinctive numbers used as answers and counts; no error may repeat them. */
  static final List<String> SECRET_NUMBERS = List.of("48213", "3000000000", "7731", "1e999", "2.5");

  /** The line and column (both from 1) of the first occurrence of {@code needle} after {@code from}. */
  static long[] spot(String document, String needle, int occurrence) {
    int index = -1;
    for (int i = 0; i <= occurrence; i++) {
      index = document.indexOf(needle, index + 1);
      if (index < 0) {
        throw new AssertionError("test document has no " + needle + " #" + occurrence);
      }
    }
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = document.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, index - lineStart + 1};
  }

  static long[] spot(String document, String needle) {
    return spot(document, needle, 0);
  }

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream utf8(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  static JsonDocumentException rejects(Executable read) {
    return assertThrows(JsonDocumentException.class, read);
  }

  /**
   * Asserts the code, the pointer and the place, and that neither the message nor the description
   * repeats a sentinel of the input.
   */
  static JsonDocumentException assertError(JsonDocumentException e, String code, String pointer, long[] where) {
    assertAll(e.getMessage(),
        () -> assertEquals(code, e.code(), "code"),
        () -> assertEquals(pointer, e.pointer(), "pointer"),
        () -> assertEquals(where[0], e.line(), "line"),
        () -> assertEquals(where[1], e.column(), "column"),
        () -> assertTrue(e.getMessage().startsWith(code + " at "), "message starts with the code"),
        () -> assertTrue(e.getMessage().endsWith(e.description()), "message ends with the description"));
    assertNoLeak(e);
    return e;
  }

  static JsonDocumentException assertError(JsonDocumentException e, String code, String pointer, long line,
      long column) {
    return assertError(e, code, pointer, new long[] {line, column});
  }

  /** Neither the exception nor any cause carries a sentinel of the input. */
  static void assertNoLeak(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertFalse(message.contains(SECRET), () -> "leaks free text: " + message);
      for (String number : SECRET_NUMBERS) {
        assertFalse(message.contains(number), () -> "leaks the value " + number + ": " + message);
      }
      if (t instanceof JsonDocumentException) {
        JsonDocumentException e = (JsonDocumentException) t;
        assertFalse(e.description().contains(SECRET), () -> "leaks free text: " + e.description());
        assertNull(e.getCause(), "a JsonDocumentException has no cause");
      }
    }
  }

  static void assertMentions(JsonDocumentException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.description().contains(part), () -> "description should name " + part + ": " + e.description());
    }
  }
}
