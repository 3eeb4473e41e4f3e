package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Either a reported value or the reason it is not reported; never both, never neither.
 *
 * <pre>{@code
 * Reported<PerceptionFigures> goals = report.dimension(Dimension.GOALS);
 * String text = goals.map(f -> f.score().toString(), NotReportedReason::description);
 * }</pre>
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class Reported<T> {
  private final @Nullable T value;
  private final @Nullable NotReportedReason reason;

  private Reported(@Nullable T value, @Nullable NotReportedReason reason) {
    this.value = value;
    this.reason = reason;
  }

  /**
   * Returns a reported value.
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the reported value
   */
  public static <T> Reported<T> of(T value) {
    return new Reported<>(Checks.notNull("Reported", "value", value), null);
  }

  /**
   * Returns a value that is not reported, for a reason.
   *
   * @param reason why it is not reported
   * @param <T> the type the value would have had
   * @return the reason
   */
  public static <T> Reported<T> notReported(NotReportedReason reason) {
    return new Reported<>(null, Checks.notNull("Reported", "reason", reason));
  }

  /**
   * Whether there is a value.
   *
   * @return true when reported, false when there is a reason instead
   */
  public boolean isReported() {
    return value != null;
  }

  /**
   * The value.
   *
   * @return the value, or empty when not reported
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Why the value is not reported.
   *
   * @return the reason, or empty when reported
   */
  public Optional<NotReportedReason> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Maps either the value or the reason to one result.
   *
   * @param ifReported applied to the value when reported
   * @param ifNotReported applied to the reason otherwise
   * @param <R> the type of the result
   * @return the result of the function applied
   */
  public <R> R map(Function<? super T, ? extends R> ifReported,
      Function<? super NotReportedReason, ? extends R> ifNotReported) {
    return value != null ? ifReported.apply(value) : ifNotReported.apply(Objects.requireNonNull(reason));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Reported<?> other && Objects.equals(value, other.value) && reason == other.reason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, reason);
  }

  @Override
  public String toString() {
    return value != null ? "Reported{" + value + "}" : "NotReported{" + reason + "}";
  }
}
