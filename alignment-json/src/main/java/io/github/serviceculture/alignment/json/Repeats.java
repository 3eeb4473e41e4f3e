package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Stands in for Jackson's strict duplicate detection in the objects whose codec finds repeated names
 * itself (a response's answers, and the objects {@link ObjectCodec} reads), with the same error.
 *
 * <p>Why: Jackson's check fills a {@code HashSet} per object from its third name on; in a read of
 * 1,000 respondents those sets took about 40% of the time, for names the codecs were checking anyway.
 *
 * <p>How: Jackson's check is switched off around each read of a name in that one object only (nested
 * objects keep theirs), and a repeat the codec finds is reported as Jackson reported it: {@link
 * JsonDocumentException#DUPLICATE_PROPERTY}, "names a property twice", placed just after the repeated
 * name. Jackson checked as soon as it had read a name, before the colon and the value, so when what
 * follows a repeated name is broken, the repeat is still the error. The place is a first estimate
 * from the name's plain spelling: on any {@code DUPLICATE_PROPERTY}, {@link AlignmentJson} reads the
 * document once more with Jackson's own check, and that reading's place is the one reported.
 *
 * <p>Only the parsers of {@link com.fasterxml.jackson.core.JsonFactory} for bytes and text are taken
 * over, whose order of work is known; with any other parser (a delegate included), or without strict
 * duplicate detection, nothing changes.
 */
final class Repeats {
  private Repeats() {}

  /**
   * The context of the object the parser has just entered, when its duplicate check can be stood in
   * for.
   *
   * @param p a parser on the {@code START_OBJECT} of the object
   * @return the object's context, or null when Jackson's check stays (not strict, or another parser)
   */
  static @Nullable JsonReadContext takeOver(JsonParser p) {
    Class<?> type = p.getClass();
    if ((type == UTF8StreamJsonParser.class || type == ReaderBasedJsonParser.class)
        && p.getParsingContext() instanceof JsonReadContext) {
      JsonReadContext context = (JsonReadContext) p.getParsingContext();
      return context.getDupDetector() == null ? null : context;
    }
    return null;
  }

  /**
   * Advances to the next token of the object, without Jackson's duplicate check when {@code object}
   * is not null.
   *
   * @param p the parser, inside the object
   * @param object the object's context from {@link #takeOver}, or null
   * @param expected the name expected next, compared by Jackson byte for byte; null for any
   * @param isRepeat whether a name was already read in this object
   * @return whether the next token is a name (when {@code expected} is given: that name)
   * @throws IOException as Jackson's {@code nextToken}, or a repeat found where Jackson found it
   */
  static boolean nextName(JsonParser p, @Nullable JsonReadContext object, @Nullable SerializableString expected,
      Predicate<String> isRepeat) throws IOException {
    if (object == null) {
      return expected == null ? p.nextToken() == JsonToken.FIELD_NAME : p.nextFieldName(expected);
    }
    DupDetector check = object.getDupDetector();
    object.withDupDetector(null);
    try {
      return expected == null ? p.nextToken() == JsonToken.FIELD_NAME : p.nextFieldName(expected);
    } catch (IOException e) {
      // Both parsers set the name and the FIELD_NAME token before reading the colon and the value.
      if (p.currentToken() == JsonToken.FIELD_NAME && isRepeat.test(p.currentName())) {
        throw repeated(p);
      }
      throw e;
    } finally {
      // The object's context is reused for the next object at its depth, and its children copy it.
      object.withDupDetector(check);
    }
  }

  /**
   * The error Jackson gave for a repeated name: just after the name, whose start the parser knows.
   *
   * @param p a parser on the repeated name
   * @return the error
   * @throws IOException never in practice: reading the current name
   */
  static JsonDocumentException repeated(JsonParser p) throws IOException {
    JsonLocation name = p.currentTokenLocation();
    int column = name.getColumnNr() < 0 ? -1 : name.getColumnNr() + p.currentName().length() + 2;
    JsonLocation after = new JsonLocation(name.contentReference(), -1L, -1L, name.getLineNr(), column);
    return Failures.at(Failures.pointer(p), after, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
  }
}
