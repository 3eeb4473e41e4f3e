package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Builds {@link JsonDocumentException}s from the parser's position; the one place error text is made. */
final class Failures {
  private Failures() {}

  static String pointer(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  static JsonDocumentException at(JsonParser p, String code, String description) {
    return at(pointer(p), p.currentTokenLocation(), code, description);
  }

  static JsonDocumentException at(String pointer, JsonLocation location, String code, String description) {
    // Jackson says -1 where it does not know; the exception's contract says 0.
    return new JsonDocumentException(code, pointer, Math.max(0, location.getLineNr()),
        Math.max(0, location.getColumnNr()), description);
  }

  static String child(String pointer, String property) {
    return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
  }

  static JsonDocumentException wrongType(JsonParser p, String expected) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return at(p, JsonDocumentException.NULL_VALUE, "must not be null; leave optional properties out instead");
    }
    return at(p, JsonDocumentException.WRONG_TYPE, "must be " + expected + ", was " + describe(token));
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction or exponent";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return token.name().toLowerCase(Locale.ROOT);
    }
  }

  /** Puts "a" or "an" before a lower-case word, by its first letter: "an assessment", "a report". */
  static String withArticle(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  /**
   * Turns a core validation failure into a document error at the object that was being built. The
   * problem text is the library's own; the offending value, which may be free text, is left out.
   */
  static JsonDocumentException invalid(String objectPointer, JsonLocation objectStart, InvalidValueException e) {
    return at(fieldPointer(objectPointer, e.field()), objectStart, JsonDocumentException.INVALID_VALUE,
        e.type() + "." + e.field() + " " + e.problem());
  }

  // Core fields read "goals[2].target" or "attributes.site": the JSON names mirror the Java names.
  private static String fieldPointer(String objectPointer, String field) {
    StringBuilder pointer = new StringBuilder(objectPointer);
    for (String part : field.split("\\.")) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        if (close < 0) {
          break;
        }
        pointer.append('/').append(part, bracket + 1, close);
        bracket = part.indexOf('[', close);
      }
    }
    return pointer.toString();
  }

  /**
   * Refuses a string that UTF-8 cannot hold before it is written: Jackson would fail on it with a
   * message quoting it, and a writer to a {@code Writer} would pass it on to an encoder that writes
   * {@code ?} in its place.
   */
  static void checkWritable(String text, JsonGenerator g) {
    if (!UnicodeText.isWellFormed(text)) {
      throw new JsonDocumentException(JsonDocumentException.UNPAIRED_SURROGATE,
          g.getOutputContext().pathAsPointer().toString(), 0, 0, UnicodeText.WRITE_PROBLEM);
    }
  }

  /** The input's bytes are not text in the encoding Jackson detected (UTF-8, or UTF-16/32 by their first bytes). */
  static JsonDocumentException badEncoding(@Nullable JsonParser p) {
    return at(p == null ? "" : pointer(p), p == null ? JsonLocation.NA : p.currentLocation(),
        JsonDocumentException.MALFORMED_JSON,
        "is not valid JSON text: its bytes are not valid UTF-8, UTF-16 or UTF-32");
  }

  /**
   * Turns a Jackson streaming error into a document error. Jackson's messages quote the input, so
   * only the kind of error is kept. Constraint errors carry neither the parser nor always a
   * location, so both are taken from {@code parser}, the parser that was reading, if any.
   *
   * @param limits the reader's limits, or null when the parser is an application's own (the module)
   */
  static JsonDocumentException fromJackson(JsonProcessingException e, @Nullable JsonParser parser,
      @Nullable Limits limits) {
    if (e.getProcessor() instanceof JsonParser) {
      parser = (JsonParser) e.getProcessor();
    }
    JsonLocation location = e.getLocation();
    if ((location == null || location.getLineNr() <= 0) && parser != null) {
      location = parser.currentLocation();
    }
    if (location == null) {
      location = JsonLocation.NA;
    }
    String pointer = parser == null ? "" : pointer(parser);
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      String code = original.toLowerCase(Locale.ROOT).contains("document length")
          ? JsonDocumentException.DOCUMENT_TOO_LARGE : JsonDocumentException.LIMIT_EXCEEDED;
      return at(pointer, location, code,
          limits == null ? "breaks a read constraint of the ObjectMapper" : limits.describe(original));
    }
    if (original.startsWith("Duplicate field")) {
      return at(pointer, location, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
    }
    String description;
    if (original.contains("Non-standard token") || original.contains("Infinity")) {
      description = "holds NaN or Infinity, which JSON does not allow";
    } else if (original.contains("end-of-input")) {
      description = "ends before the document is complete";
    } else if (original.contains("Invalid UTF-8") || original.contains("Invalid character")
        || original.contains("Illegal character")) {
      description = "is not valid UTF-8 JSON text";
    } else {
      description = "is not well-formed JSON";
    }
    return at(pointer, location, JsonDocumentException.MALFORMED_JSON, description);
  }
}
