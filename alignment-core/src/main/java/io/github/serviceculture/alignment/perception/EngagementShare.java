package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import org.immutables.value.Value;

/**
 * How many respondents say they can answer one engagement question: those who answered above the
 * scale's midpoint, as a share of those who answered.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EngagementShare {
  EngagementShare() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The question.
   *
   * @return the engagement question
   */
  public abstract EngagementQuestion question();

  /**
   * The id of the item that asks it.
   *
   * @return the item id
   */
  public abstract String itemId();

  /**
   * The number of respondents who answered the item.
   *
   * @return the count
   */
  public abstract int n();

  /**
   * The share of those who answered above the scale's midpoint.
   *
   * @return the share in percent, or undefined when nobody answered
   */
  public abstract Estimate agreePercent();

  /**
   * Returns a copy with {@link #question() question} set to {@code value}: the question.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final EngagementShare withQuestion(EngagementQuestion value) {
    return ((ImmutableEngagementShare) this).generatedWithQuestion(
        Checks.notNull("EngagementShare", "question", value));
  }

  /**
   * Returns a copy with {@link #itemId() itemId} set to {@code value}: the id of the item that
   * asks it.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final EngagementShare withItemId(String value) {
    return ((ImmutableEngagementShare) this).generatedWithItemId(Checks.notNull("EngagementShare", "itemId", value));
  }

  /**
   * Returns a copy with {@link #n() n} set to {@code value}: the number of respondents who
   * answered the item.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final EngagementShare withN(int value) {
    return ((ImmutableEngagementShare) this).generatedWithN(value);
  }

  /**
   * Returns a copy with {@link #agreePercent() agreePercent} set to {@code value}: the share
   * of those who answered above the scale's midpoint.
   *
   * <p>The field's contract: the share in percent, or undefined when nobody answered.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final EngagementShare withAgreePercent(Estimate value) {
    return ((ImmutableEngagementShare) this).generatedWithAgreePercent(
        Checks.notNull("EngagementShare", "agreePercent", value));
  }

  /** Builds an {@link EngagementShare}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "EngagementShare";

    private final ImmutableEngagementShare.Builder delegate = ImmutableEngagementShare.generatedBuilder();

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
    public Builder from(EngagementShare instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link EngagementShare#question() question}: the question. Required.
     *
     * @param question the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code question} is null
     */
    public Builder question(EngagementQuestion question) {
      delegate.question(Checks.notNull(TYPE, "question", question));
      return this;
    }

    /**
     * Sets {@link EngagementShare#itemId() itemId}: the id of the item that asks it. Required.
     *
     * @param itemId the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code itemId} is null
     */
    public Builder itemId(String itemId) {
      delegate.itemId(Checks.notNull(TYPE, "itemId", itemId));
      return this;
    }

    /**
     * Sets {@link EngagementShare#n() n}: the number of respondents who answered the item.
     * Required.
     *
     * @param n the value
     * @return this builder
     */
    public Builder n(int n) {
      delegate.n(n);
      return this;
    }

    /**
     * Sets {@link EngagementShare#agreePercent() agreePercent}: the share of those who answered
     * above the scale's midpoint. Required.
     *
     * <p>The field's contract: the share in percent, or undefined when nobody answered.
     *
     * @param agreePercent the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code agreePercent} is null
     */
    public Builder agreePercent(Estimate agreePercent) {
      delegate.agreePercent(Checks.notNull(TYPE, "agreePercent", agreePercent));
      return this;
    }

    /**
     * Builds the {@link EngagementShare}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public EngagementShare build() {
      return delegate.build();
    }
  }
}
