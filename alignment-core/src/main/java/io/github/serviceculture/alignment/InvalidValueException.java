package io.github.serviceculture.alignment;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value object is built with a value that breaks one of its invariants, such as a
 * blank statement, a negative count or a percentage outside 0..100.
 *
 * <p>The message names the type, the field and the offending value, for example
 * {@code Goal.target: must differ from baseline (80.0), was 80.0}. The parts are also available
 * separately for programs. A missing required field reads {@code Goal.scope: is required, was
 * absent}, a {@code null} argument {@code Goal.statement: must not be null, was absent}.
 *
 * <p>Not final only so that the library's internal code can throw a subclass; callers should catch
 * this class and never depend on a subclass.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends AlignmentException {
  private static final long serialVersionUID = 1L;

  /** The code of every {@code InvalidValueException}. */
  public static final String CODE = "INVALID_VALUE";

  private final String type;
  private final String field;
  private final @Nullable String value;
  private final String problem;

  /**
   * Creates an exception for one field of one type.
   *
   * @param type the simple name of the type being built, such as {@code Goal}
   * @param field the field that holds the bad value, such as {@code target}
   * @param value a rendering of the bad value, or {@code null} when the value was absent
   * @param problem what is wrong, phrased to follow the field name, such as {@code must not be blank}
   */
  public InvalidValueException(String type, String field, @Nullable String value, String problem) {
    super(CODE, type + "." + field + ": " + problem + ", was " + (value == null ? "absent" : value), null);
    this.type = type;
    this.field = field;
    this.value = value;
    this.problem = problem;
  }

  /**
   * Returns the simple name of the type whose invariant failed.
   *
   * @return the type name, such as {@code Goal}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the name of the field that holds the bad value.
   *
   * @return the field name, such as {@code target}
   */
  public String field() {
    return field;
  }

  /**
   * Returns a rendering of the bad value, or {@code null} when the value was absent.
   *
   * @return the value as text, strings in quotes and shortened when long
   */
  public @Nullable String value() {
    return value;
  }

  /**
   * Returns what is wrong, without the offending value, for callers that must not echo input (such
   * as the JSON adapter).
   *
   * @return the problem, such as {@code must not be blank}
   */
  public String problem() {
    return problem;
  }
}
