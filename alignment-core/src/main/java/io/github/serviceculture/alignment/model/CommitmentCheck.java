package io.github.serviceculture.alignment.model;

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
public abstract class CommitmentCheck implements WithCommitmentCheck {
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

  /** Builds a {@link CommitmentCheck}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableCommitmentCheck.Builder {
    Builder() {}
  }
}
