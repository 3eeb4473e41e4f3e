package io.github.serviceculture.alignment.json;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a JSON Lines stream: the value read from it, or the error that rejected it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the values on the stream
 * @since 0.1.0
 */
public final class JsonLine<T> {
  private final long lineNumber;
  private final @Nullable T value;
  private final @Nullable JsonDocumentException error;

  private JsonLine(long lineNumber, @Nullable T value, @Nullable JsonDocumentException error) {
    this.lineNumber = lineNumber;
    this.value = value;
    this.error = error;
  }

  static <T> JsonLine<T> read(long lineNumber, T value) {
    return new JsonLine<>(lineNumber, Objects.requireNonNull(value), null);
  }

  static <T> JsonLine<T> rejected(long lineNumber, JsonDocumentException error) {
    return new JsonLine<>(lineNumber, null, error);
  }

  /**
   * Returns the line's number in the stream, counted from 1 and including blank lines.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the value read from the line.
   *
   * @return the value, or empty when the line was rejected
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns why the line was rejected; its {@linkplain JsonDocumentException#line() line} is this
   * line's number.
   *
   * @return the error, or empty when the line was read
   */
  public Optional<JsonDocumentException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Whether the line was read.
   *
   * @return true when {@link #value()} is present
   */
  public boolean isValid() {
    return value != null;
  }

  @Override
  public String toString() {
    return "line " + lineNumber + (value != null ? ": read" : ": rejected, " + error.getMessage());
  }
}
