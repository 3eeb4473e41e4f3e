package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The value of a statistic, or its absence with the reason it could not be computed.
 *
 * <p>Statistics in this package never return NaN: a group with one member, a sample with zero
 * variance or a mean too close to a scale end is reported as {@linkplain #isDefined() undefined}
 * with an {@link UndefinedReason}. A defined value is always finite.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Estimate {
  private final double value;
  private final @Nullable UndefinedReason reason;

  private Estimate(double value, @Nullable UndefinedReason reason) {
    this.value = value;
    this.reason = reason;
  }

  /**
   * Returns a defined estimate.
   *
   * @param value the value; finite
   * @return the estimate
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is NaN or
   *     infinite
   */
  public static Estimate of(double value) {
    Checks.finite("Estimate", "value", value);
    return new Estimate(value, null);
  }

  /**
   * Returns an undefined estimate.
   *
   * @param reason why the statistic could not be computed
   * @return the estimate
   */
  public static Estimate undefined(UndefinedReason reason) {
    return new Estimate(Double.NaN, Checks.notNull("Estimate", "reason", reason));
  }

  /**
   * Whether the statistic has a value.
   *
   * @return true when defined
   */
  public boolean isDefined() {
    return reason == null;
  }

  /**
   * Returns the value.
   *
   * @return the value; finite
   * @throws IllegalStateException if the estimate is undefined; the message names the reason
   */
  public double value() {
    if (reason != null) {
      throw new IllegalStateException("Statistic is undefined: " + reason.description());
    }
    return value;
  }

  /**
   * Returns the value, or {@code other} when undefined.
   *
   * @param other the value to use when undefined
   * @return the value or {@code other}
   */
  public double orElse(double other) {
    return reason == null ? value : other;
  }

  /**
   * Returns the value as an optional.
   *
   * @return the value, or empty when undefined
   */
  public OptionalDouble asOptional() {
    return reason == null ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Returns why the statistic is undefined.
   *
   * @return the reason, or empty when defined
   */
  public Optional<UndefinedReason> undefinedReason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Estimate)) {
      return false;
    }
    Estimate other = (Estimate) o;
    return reason == other.reason
        && Double.doubleToLongBits(orElse(0)) == Double.doubleToLongBits(other.orElse(0));
  }

  @Override
  public int hashCode() {
    return reason != null ? reason.hashCode() : Double.hashCode(value);
  }

  @Override
  public String toString() {
    return reason == null ? Double.toString(value) : "undefined (" + reason.description() + ")";
  }
}
