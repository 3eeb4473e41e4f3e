package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A step that lets new hires who are not committed to the culture leave early, such as Zappos's
 * offer of a bonus to quit during paid training.
 *
 * <p>Invariants: the description is not blank; the payment is zero or more; the day is at least 1;
 * the acceptance rate is a percentage from 0 to 100.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CommitmentCheck {
  CommitmentCheck() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the check is, such as "pay for the week worked plus $1,000 to quit".
   *
   * @return the description; not blank
   */
  public abstract String description();

  /**
   * The money offered to a new hire who leaves, in the organization's currency.
   *
   * @return the amount, or empty when no payment is offered or it is unknown
   */
  public abstract OptionalDouble paymentOffered();

  /**
   * The day of employment on which the offer is made.
   *
   * @return the day, counting the first day as 1; or empty when unknown
   */
  public abstract OptionalInt offeredOnDay();

  /**
   * The share of new hires who accept the offer and leave.
   *
   * @return the acceptance rate in percent, or empty when unknown
   */
  public abstract OptionalDouble acceptancePercent();

  @Value.Check
  void check() {
    String type = "CommitmentCheck";
    Checks.notBlank(type, "description", description());
    paymentOffered().ifPresent(p -> Checks.nonNegative(type, "paymentOffered", p));
    offeredOnDay().ifPresent(d -> Checks.positive(type, "offeredOnDay", d));
    acceptancePercent().ifPresent(p -> Checks.percent(type, "acceptancePercent", p));
  }

  /**
   * Returns a copy with {@link #description() description} set to {@code value}: what the
   * check is, such as "pay for the week worked plus $1,000 to quit".
   *
   * <p>The field's contract: the description; not blank.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final CommitmentCheck withDescription(String value) {
    return ((ImmutableCommitmentCheck) this).generatedWithDescription(
        Checks.notNull("CommitmentCheck", "description", value));
  }

  /**
   * Returns a copy with {@link #paymentOffered() paymentOffered} set to a present {@code
   * value}: the money offered to a new hire who leaves, in the organization's currency.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final CommitmentCheck withPaymentOffered(double value) {
    return ((ImmutableCommitmentCheck) this).generatedWithPaymentOffered(value);
  }

  /**
   * Returns a copy with {@link #paymentOffered() paymentOffered} set to {@code optional}, or
   * cleared when it is empty: the money offered to a new hire who leaves, in the
   * organization's currency.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final CommitmentCheck withPaymentOffered(OptionalDouble optional) {
    return ((ImmutableCommitmentCheck) this).generatedWithPaymentOffered(
        Checks.notNull("CommitmentCheck", "paymentOffered", optional));
  }

  /**
   * Returns a copy with {@link #offeredOnDay() offeredOnDay} set to a present {@code value}:
   * the day of employment on which the offer is made.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final CommitmentCheck withOfferedOnDay(int value) {
    return ((ImmutableCommitmentCheck) this).generatedWithOfferedOnDay(value);
  }

  /**
   * Returns a copy with {@link #offeredOnDay() offeredOnDay} set to {@code optional}, or
   * cleared when it is empty: the day of employment on which the offer is made.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final CommitmentCheck withOfferedOnDay(OptionalInt optional) {
    return ((ImmutableCommitmentCheck) this).generatedWithOfferedOnDay(
        Checks.notNull("CommitmentCheck", "offeredOnDay", optional));
  }

  /**
   * Returns a copy with {@link #acceptancePercent() acceptancePercent} set to a present {@code
   * value}: the share of new hires who accept the offer and leave.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final CommitmentCheck withAcceptancePercent(double value) {
    return ((ImmutableCommitmentCheck) this).generatedWithAcceptancePercent(value);
  }

  /**
   * Returns a copy with {@link #acceptancePercent() acceptancePercent} set to {@code
   * optional}, or cleared when it is empty: the share of new hires who accept the offer and
   * leave.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final CommitmentCheck withAcceptancePercent(OptionalDouble optional) {
    return ((ImmutableCommitmentCheck) this).generatedWithAcceptancePercent(
        Checks.notNull("CommitmentCheck", "acceptancePercent", optional));
  }

  /** Builds a {@link CommitmentCheck}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "CommitmentCheck";

    private final ImmutableCommitmentCheck.Builder delegate = ImmutableCommitmentCheck.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder; an optional field that is empty
     * there keeps this builder's value, and a list, set or map field gets {@code instance}'s
     * elements added to those this builder already holds.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(CommitmentCheck instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#description() description}: what the check is, such as "pay for
     * the week worked plus $1,000 to quit". Required.
     *
     * <p>The field's contract: the description; not blank.
     *
     * @param description the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code description} is null
     */
    public Builder description(String description) {
      delegate.description(Checks.notNull(TYPE, "description", description));
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#paymentOffered() paymentOffered} to a present value: the money
     * offered to a new hire who leaves, in the organization's currency.
     *
     * @param paymentOffered the value
     * @return this builder
     */
    public Builder paymentOffered(double paymentOffered) {
      delegate.paymentOffered(paymentOffered);
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#paymentOffered() paymentOffered}, or clears it when {@code
     * paymentOffered} is empty: the money offered to a new hire who leaves, in the organization's
     * currency.
     *
     * @param paymentOffered the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code paymentOffered} is null
     */
    public Builder paymentOffered(OptionalDouble paymentOffered) {
      delegate.paymentOffered(Checks.notNull(TYPE, "paymentOffered", paymentOffered));
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#offeredOnDay() offeredOnDay} to a present value: the day of
     * employment on which the offer is made.
     *
     * @param offeredOnDay the value
     * @return this builder
     */
    public Builder offeredOnDay(int offeredOnDay) {
      delegate.offeredOnDay(offeredOnDay);
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#offeredOnDay() offeredOnDay}, or clears it when {@code
     * offeredOnDay} is empty: the day of employment on which the offer is made.
     *
     * @param offeredOnDay the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code offeredOnDay} is null
     */
    public Builder offeredOnDay(OptionalInt offeredOnDay) {
      delegate.offeredOnDay(Checks.notNull(TYPE, "offeredOnDay", offeredOnDay));
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#acceptancePercent() acceptancePercent} to a present value: the
     * share of new hires who accept the offer and leave.
     *
     * @param acceptancePercent the value
     * @return this builder
     */
    public Builder acceptancePercent(double acceptancePercent) {
      delegate.acceptancePercent(acceptancePercent);
      return this;
    }

    /**
     * Sets {@link CommitmentCheck#acceptancePercent() acceptancePercent}, or clears it when {@code
     * acceptancePercent} is empty: the share of new hires who accept the offer and leave.
     *
     * @param acceptancePercent the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code acceptancePercent} is null
     */
    public Builder acceptancePercent(OptionalDouble acceptancePercent) {
      delegate.acceptancePercent(Checks.notNull(TYPE, "acceptancePercent", acceptancePercent));
      return this;
    }

    /**
     * Builds the {@link CommitmentCheck}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public CommitmentCheck build() {
      return delegate.build();
    }
  }
}
