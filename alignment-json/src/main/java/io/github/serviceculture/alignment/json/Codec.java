package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one type on Jackson's streaming API. Implementations are immutable and shared.
 *
 * <p>{@link #read} is called with the parser on the value's first token and leaves it on the value's
 * last token, as Jackson's deserializers do. Bad input is reported as {@link JsonDocumentException}
 * built by {@link Failures}; I/O problems propagate as {@link IOException}.
 */
interface Codec<T> {
  T read(JsonParser p) throws IOException;

  void write(T value, JsonGenerator g) throws IOException;
}
