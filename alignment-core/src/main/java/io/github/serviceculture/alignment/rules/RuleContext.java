package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule may look at: the organization's practices, the scored perceptions, the thresholds, and
 * the date of the assessment (for checks of recency).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleContext {
  RuleContext() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The organization's practices.
   *
   * @return the practices, or empty for a perceptions-only assessment
   */
  public abstract Optional<Organization> practices();

  /**
   * The scored survey.
   *
   * @return the perceptions, or empty for a practices-only assessment
   */
  public abstract Optional<PerceptionReport> perceptions();

  /**
   * The thresholds rules compare against.
   *
   * @return the thresholds
   */
  public abstract RuleThresholds thresholds();

  /**
   * The date the assessment describes; rules about recency are not applicable without it.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> assessedOn();

  /**
   * Returns a copy with {@link #practices() practices} set to a present {@code value}: the
   * organization's practices.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final RuleContext withPractices(Organization value) {
    return ((ImmutableRuleContext) this).generatedWithPractices(Checks.notNull("RuleContext", "practices", value));
  }

  /**
   * Returns a copy with {@link #practices() practices} set to {@code optional}, or cleared
   * when it is empty: the organization's practices.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final RuleContext withPractices(Optional<? extends Organization> optional) {
    return ((ImmutableRuleContext) this).generatedWithPractices(Checks.notNull("RuleContext", "practices", optional));
  }

  /**
   * Returns a copy with {@link #perceptions() perceptions} set to a present {@code value}: the
   * scored survey.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final RuleContext withPerceptions(PerceptionReport value) {
    return ((ImmutableRuleContext) this).generatedWithPerceptions(Checks.notNull("RuleContext", "perceptions", value));
  }

  /**
   * Returns a copy with {@link #perceptions() perceptions} set to {@code optional}, or cleared
   * when it is empty: the scored survey.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final RuleContext withPerceptions(Optional<? extends PerceptionReport> optional) {
    return ((ImmutableRuleContext) this).generatedWithPerceptions(
        Checks.notNull("RuleContext", "perceptions", optional));
  }

  /**
   * Returns a copy with {@link #thresholds() thresholds} set to {@code value}: the thresholds
   * rules compare against.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final RuleContext withThresholds(RuleThresholds value) {
    return ((ImmutableRuleContext) this).generatedWithThresholds(Checks.notNull("RuleContext", "thresholds", value));
  }

  /**
   * Returns a copy with {@link #assessedOn() assessedOn} set to a present {@code value}: the
   * date the assessment describes; rules about recency are not applicable without it.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final RuleContext withAssessedOn(LocalDate value) {
    return ((ImmutableRuleContext) this).generatedWithAssessedOn(Checks.notNull("RuleContext", "assessedOn", value));
  }

  /**
   * Returns a copy with {@link #assessedOn() assessedOn} set to {@code optional}, or cleared
   * when it is empty: the date the assessment describes; rules about recency are not
   * applicable without it.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final RuleContext withAssessedOn(Optional<? extends LocalDate> optional) {
    return ((ImmutableRuleContext) this).generatedWithAssessedOn(Checks.notNull("RuleContext", "assessedOn", optional));
  }

  /** Builds a {@link RuleContext}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "RuleContext";

    private final ImmutableRuleContext.Builder delegate = ImmutableRuleContext.generatedBuilder();

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
    public Builder from(RuleContext instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link RuleContext#practices() practices} to a present value: the organization's
     * practices.
     *
     * @param practices the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code practices} is null
     */
    public Builder practices(Organization practices) {
      delegate.practices(Checks.notNull(TYPE, "practices", practices));
      return this;
    }

    /**
     * Sets {@link RuleContext#practices() practices}, or clears it when {@code practices} is empty:
     * the organization's practices.
     *
     * @param practices the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code practices} is null
     */
    public Builder practices(Optional<? extends Organization> practices) {
      delegate.practices(Checks.notNull(TYPE, "practices", practices));
      return this;
    }

    /**
     * Sets {@link RuleContext#perceptions() perceptions} to a present value: the scored survey.
     *
     * @param perceptions the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code perceptions} is null
     */
    public Builder perceptions(PerceptionReport perceptions) {
      delegate.perceptions(Checks.notNull(TYPE, "perceptions", perceptions));
      return this;
    }

    /**
     * Sets {@link RuleContext#perceptions() perceptions}, or clears it when {@code perceptions} is
     * empty: the scored survey.
     *
     * @param perceptions the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code perceptions} is null
     */
    public Builder perceptions(Optional<? extends PerceptionReport> perceptions) {
      delegate.perceptions(Checks.notNull(TYPE, "perceptions", perceptions));
      return this;
    }

    /**
     * Sets {@link RuleContext#thresholds() thresholds}: the thresholds rules compare against.
     * Required.
     *
     * @param thresholds the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code thresholds} is null
     */
    public Builder thresholds(RuleThresholds thresholds) {
      delegate.thresholds(Checks.notNull(TYPE, "thresholds", thresholds));
      return this;
    }

    /**
     * Sets {@link RuleContext#assessedOn() assessedOn} to a present value: the date the assessment
     * describes; rules about recency are not applicable without it.
     *
     * @param assessedOn the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code assessedOn} is null
     */
    public Builder assessedOn(LocalDate assessedOn) {
      delegate.assessedOn(Checks.notNull(TYPE, "assessedOn", assessedOn));
      return this;
    }

    /**
     * Sets {@link RuleContext#assessedOn() assessedOn}, or clears it when {@code assessedOn} is
     * empty: the date the assessment describes; rules about recency are not applicable without it.
     *
     * @param assessedOn the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code assessedOn} is null
     */
    public Builder assessedOn(Optional<? extends LocalDate> assessedOn) {
      delegate.assessedOn(Checks.notNull(TYPE, "assessedOn", assessedOn));
      return this;
    }

    /**
     * Builds the {@link RuleContext}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public RuleContext build() {
      return delegate.build();
    }
  }
}
