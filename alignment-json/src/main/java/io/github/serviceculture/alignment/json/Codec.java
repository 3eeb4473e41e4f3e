package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.function.Supplier;

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

  /**
   * A codec that asks {@code codec} for the real one at each use, such as {@code () ->
   * ReportCodecs.REPORT}. The codec classes build several hundred small functions when they are
   * first initialized; referring to them this way leaves that work to the first document of their kind,
   * so that an application that only reads policies, say, never does it for reports.
   */
  static <T> Codec<T> lazy(Supplier<Codec<T>> codec) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p) throws IOException {
        return codec.get().read(p);
      }

      @Override
      public void write(T value, JsonGenerator g) throws IOException {
        codec.get().write(value, g);
      }
    };
  }
}
