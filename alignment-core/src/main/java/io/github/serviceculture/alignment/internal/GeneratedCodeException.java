package io.github.serviceculture.alignment.internal;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The {@link InvalidValueException} that Immutables-generated code throws, through the {@code
 * throwForNullPointer} and {@code throwForInvalidImmutableState} hooks of {@link ValueStyle}: a
 * {@code null} given to a generated method, or a required field left unset at {@code build()}.
 *
 * <p>The generator passes only the field's name (or the missing fields' names), so the type is
 * taken from the generated class on the call stack: {@code ImmutableGoal} or {@code
 * ImmutableGoal.Builder} stands for {@code Goal}. Not part of the API: this package is not
 * exported; callers catch {@link InvalidValueException}.
 */
public final class GeneratedCodeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private static final String GENERATED_PREFIX = "Immutable";
  private static final String UNKNOWN = "value";
  private static final String GENERATED_WITH = "generatedWith";

  /**
   * Called by generated code for a {@code null} argument or element.
   *
   * @param message what the generator says: the field name, such as {@code statement}, optionally
   *     followed by {@code element}, {@code key} or {@code value for key: ...}
   */
  public GeneratedCodeException(String message) {
    super(generatedType(), fieldOf(message), null, nullProblem(message));
  }

  /**
   * Called by a generated builder's {@code build()} when required fields are not set.
   *
   * @param missing the names of the required fields that are not set, in declaration order
   */
  public GeneratedCodeException(String[] missing) {
    super(generatedType(), missing.length == 0 ? UNKNOWN : missing[0], null, requiredProblem(missing));
  }

  private static String fieldOf(String message) {
    if (isUnnamed(message)) {
      return withMethodField().orElse(UNKNOWN);
    }
    int space = message.indexOf(' ');
    return space < 0 ? message : message.substring(0, space);
  }

  // The generator's shared list and map helpers, used by with* methods, name no field.
  private static boolean isUnnamed(String message) {
    return message.equals("element") || message.equals("key") || message.startsWith("value for key: ");
  }

  /** The field of the nearest generated {@code generatedWithX} method on the stack: {@code x}. */
  private static Optional<String> withMethodField() {
    return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getMethodName)
        .filter(name -> name.startsWith(GENERATED_WITH) && name.length() > GENERATED_WITH.length())
        .map(name -> Character.toLowerCase(name.charAt(GENERATED_WITH.length()))
            + name.substring(GENERATED_WITH.length() + 1))
        .findFirst());
  }

  private static String nullProblem(String message) {
    // The generator appends the map key for a null value; the key may be confidential, so drop it.
    String detail = isUnnamed(message) ? message
        : message.indexOf(' ') < 0 ? "" : message.substring(message.indexOf(' ') + 1);
    if (detail.startsWith("element")) {
      return "must not contain null elements";
    } else if (detail.startsWith("key")) {
      return "must not contain a null key";
    } else if (detail.startsWith("value")) {
      return "must not contain a null value";
    }
    return "must not be null";
  }

  private static String requiredProblem(String[] missing) {
    if (missing.length <= 1) {
      return "is required";
    }
    return "is required (also not set: " + String.join(", ", Arrays.asList(missing).subList(1, missing.length)) + ")";
  }

  /** The simple name of the value type whose generated class is the nearest caller. */
  private static String generatedType() {
    Optional<String> type = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .map(Class::getNestHost)
            .filter(c -> c.getSimpleName().startsWith(GENERATED_PREFIX)
                && c.getPackageName().startsWith("io.github.serviceculture.alignment."))
            .map(c -> c.getSimpleName().substring(GENERATED_PREFIX.length()))
            .findFirst());
    return type.orElse(UNKNOWN);
  }
}
