package io.github.serviceculture.alignment;

/**
 * The root of every exception this library throws on bad input.
 *
 * <p>Each exception carries a stable machine-readable {@linkplain #code() code} that callers can
 * switch on, and a message written for a person. Messages name the place of the problem (type and
 * field, JSON pointer, line) and never echo survey answers or free text from the input.
 *
 * <p>It extends {@link IllegalArgumentException} because every such error is a property of the
 * argument the caller passed in, not of the library's state.
 *
 * @since 0.1.0
 */
public class AlignmentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The stable code of the error, such as {@code INVALID_VALUE}. */
  private final String code;

  /**
   * Creates an exception.
   *
   * @param code the stable error code, such as {@code INVALID_VALUE}; not blank
   * @param message the message for a person
   * @param cause the underlying cause, or {@code null}
   */
  protected AlignmentException(String code, String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /**
   * Returns the stable code of this error. Codes never change meaning between versions; new codes may
   * be added.
   *
   * @return the code, such as {@code INVALID_VALUE}
   */
  public String code() {
    return code;
  }
}
