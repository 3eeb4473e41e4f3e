package io.github.serviceculture.alignment.internal;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Invariant checks used by the value types' {@code @Value.Check} methods. Each check is written as
 * "if valid, return; otherwise throw", so that NaN fails every numeric check.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Checks {
  private static final int MAX_RENDERED_LENGTH = 60;

  private Checks() {}

  /**
   * Returns {@code value}, or throws when it is {@code null}: the one null check of builders,
   * factories and {@code of(...)} methods, so that a null never surfaces as a bare NPE.
   */
  public static <T> T notNull(String type, String field, @Nullable T value) {
    if (value != null) {
      return value;
    }
    throw new InvalidValueException(type, field, null, "must not be null");
  }

  /** Throws unless {@code value} has a non-whitespace character. */
  public static void notBlank(String type, String field, String value) {
    if (!value.isBlank()) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must not be blank");
  }

  /** Throws unless every element of {@code values} has a non-whitespace character. */
  public static void noBlankElement(String type, String field, Collection<String> values) {
    for (String value : values) {
      notBlank(type, field, value);
    }
  }

  /** Throws unless {@code value} is finite and {@code >= 0}. */
  public static void nonNegative(String type, String field, double value) {
    if (value >= 0 && value < Double.POSITIVE_INFINITY) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must be a finite number, zero or more");
  }

  /** Throws unless {@code value >= 0}. */
  public static void nonNegative(String type, String field, long value) {
    if (value >= 0) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must be zero or more");
  }

  /** Throws unless {@code value >= 1}. */
  public static void positive(String type, String field, long value) {
    if (value >= 1) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must be at least 1");
  }

  /** Throws unless {@code value} is finite and {@code > 0}. */
  public static void positive(String type, String field, double value) {
    if (value > 0 && value < Double.POSITIVE_INFINITY) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must be a finite number greater than 0");
  }

  /** Throws unless {@code value} is a finite number. */
  public static void finite(String type, String field, double value) {
    if (Double.isFinite(value)) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must be a finite number");
  }

  /** Throws unless {@code 0 <= value <= 100}. */
  public static void percent(String type, String field, double value) {
    if (value >= 0 && value <= 100) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), "must be a percentage from 0 to 100");
  }

  /** Throws unless {@code condition} holds; {@code problem} says what the field must satisfy. */
  public static void require(boolean condition, String type, String field, Object value, String problem) {
    if (condition) {
      return;
    }
    throw new InvalidValueException(type, field, render(value), problem);
  }

  /** Renders a value for an error message: strings quoted and shortened, numbers in a fixed locale. */
  public static String render(Object value) {
    if (value instanceof String) {
      String text = (String) value;
      if (text.length() > MAX_RENDERED_LENGTH) {
        text = text.substring(0, MAX_RENDERED_LENGTH) + "...";
      }
      return '"' + text + '"';
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%s", value);
    }
    return String.valueOf(value);
  }
}
