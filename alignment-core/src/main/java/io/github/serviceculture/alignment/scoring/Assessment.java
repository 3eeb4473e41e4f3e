package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is assessed: an organization's practices, a survey of its employees, or both, and the date
 * the assessment describes.
 *
 * <p>Invariants: practices or responses (or both) are present.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The organization and its practices.
   *
   * @return the practices, or empty for a survey-only assessment
   */
  public abstract Optional<Organization> practices();

  /**
   * The survey responses, with the instrument they answer.
   *
   * @return the responses, or empty for a practices-only assessment
   */
  public abstract Optional<ResponseSet> responses();

  /**
   * The date the assessment describes, used by rules about recency (such as when the "say no" list
   * was last reviewed). The engine never reads the clock.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> assessedOn();

  /**
   * The ledger of the previous release of the same survey ({@link
   * io.github.serviceculture.alignment.perception.PerceptionReport#ledger()}), so that no figure of
   * this release singles anyone out by difference with that one or any release before it. Needs an
   * engine {@linkplain AlignmentEngine#withReleaseKey made with} the key that sealed it.
   *
   * @return the previous release's ledger, or empty for a first release
   */
  public abstract Optional<ReleaseLedger> previousRelease();

  /**
   * The employer's headcounts (the organization's, some groups'), so that the perception report
   * gives response rates ({@link io.github.serviceculture.alignment.perception.Participation}).
   * The organization's may not be smaller than its respondents; a group's is checked against its
   * respondents when scored, where its rate is released ({@link Headcounts#check}).
   *
   * @return the headcounts, or empty
   */
  public abstract Optional<Headcounts> headcounts();

  @Value.Check
  void check() {
    if (practices().isEmpty() && responses().isEmpty()) {
      throw new InvalidValueException("Assessment", "practices", null, "must be given when responses are absent");
    }
    if (previousRelease().isPresent() && responses().isEmpty()) {
      throw new InvalidValueException("Assessment", "previousRelease", null,
          "must be absent when responses are absent");
    }
    if (headcounts().isPresent()) {
      if (responses().isEmpty()) {
        throw new InvalidValueException("Assessment", "headcounts", null, "must be absent when responses are absent");
      }
      headcounts().get().check(responses().get());
    }
  }

  /**
   * Returns a copy with {@link #previousRelease() previousRelease} set to a present {@code value}:
   * the ledger of the previous release of the same survey.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Assessment withPreviousRelease(ReleaseLedger value) {
    return ((ImmutableAssessment) this).generatedWithPreviousRelease(
        Checks.notNull("Assessment", "previousRelease", value));
  }

  /**
   * Returns a copy with {@link #previousRelease() previousRelease} set to {@code optional}, or
   * cleared when it is empty: the ledger of the previous release of the same survey.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Assessment withPreviousRelease(Optional<? extends ReleaseLedger> optional) {
    return ((ImmutableAssessment) this).generatedWithPreviousRelease(
        Checks.notNull("Assessment", "previousRelease", optional));
  }

  /**
   * Returns a copy with {@link #headcounts() headcounts} set to a present {@code value}: the
   * employer's headcounts.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Assessment withHeadcounts(Headcounts value) {
    return ((ImmutableAssessment) this).generatedWithHeadcounts(Checks.notNull("Assessment", "headcounts", value));
  }

  /**
   * Returns a copy with {@link #headcounts() headcounts} set to {@code optional}, or cleared
   * when it is empty: the employer's headcounts.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Assessment withHeadcounts(Optional<? extends Headcounts> optional) {
    return ((ImmutableAssessment) this).generatedWithHeadcounts(Checks.notNull("Assessment", "headcounts", optional));
  }

  /**
   * Returns a copy with {@link #practices() practices} set to a present {@code value}: the
   * organization and its practices.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Assessment withPractices(Organization value) {
    return ((ImmutableAssessment) this).generatedWithPractices(Checks.notNull("Assessment", "practices", value));
  }

  /**
   * Returns a copy with {@link #practices() practices} set to {@code optional}, or cleared
   * when it is empty: the organization and its practices.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Assessment withPractices(Optional<? extends Organization> optional) {
    return ((ImmutableAssessment) this).generatedWithPractices(Checks.notNull("Assessment", "practices", optional));
  }

  /**
   * Returns a copy with {@link #responses() responses} set to a present {@code value}: the
   * survey responses, with the instrument they answer.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Assessment withResponses(ResponseSet value) {
    return ((ImmutableAssessment) this).generatedWithResponses(Checks.notNull("Assessment", "responses", value));
  }

  /**
   * Returns a copy with {@link #responses() responses} set to {@code optional}, or cleared
   * when it is empty: the survey responses, with the instrument they answer.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Assessment withResponses(Optional<? extends ResponseSet> optional) {
    return ((ImmutableAssessment) this).generatedWithResponses(Checks.notNull("Assessment", "responses", optional));
  }

  /**
   * Returns a copy with {@link #assessedOn() assessedOn} set to a present {@code value}: the
   * date the assessment describes, used by rules about recency (such as when the "say no" list
   * was last reviewed).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Assessment withAssessedOn(LocalDate value) {
    return ((ImmutableAssessment) this).generatedWithAssessedOn(Checks.notNull("Assessment", "assessedOn", value));
  }

  /**
   * Returns a copy with {@link #assessedOn() assessedOn} set to {@code optional}, or cleared
   * when it is empty: the date the assessment describes, used by rules about recency (such as
   * when the "say no" list was last reviewed).
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Assessment withAssessedOn(Optional<? extends LocalDate> optional) {
    return ((ImmutableAssessment) this).generatedWithAssessedOn(Checks.notNull("Assessment", "assessedOn", optional));
  }

  /** Builds an {@link Assessment}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Assessment";

    private final ImmutableAssessment.Builder delegate = ImmutableAssessment.generatedBuilder();

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
    public Builder from(Assessment instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Assessment#practices() practices} to a present value: the organization and its
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
     * Sets {@link Assessment#practices() practices}, or clears it when {@code practices} is empty:
     * the organization and its practices.
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
     * Sets {@link Assessment#responses() responses} to a present value: the survey responses, with
     * the instrument they answer.
     *
     * @param responses the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code responses} is null
     */
    public Builder responses(ResponseSet responses) {
      delegate.responses(Checks.notNull(TYPE, "responses", responses));
      return this;
    }

    /**
     * Sets {@link Assessment#responses() responses}, or clears it when {@code responses} is empty:
     * the survey responses, with the instrument they answer.
     *
     * @param responses the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code responses} is null
     */
    public Builder responses(Optional<? extends ResponseSet> responses) {
      delegate.responses(Checks.notNull(TYPE, "responses", responses));
      return this;
    }

    /**
     * Sets {@link Assessment#assessedOn() assessedOn} to a present value: the date the assessment
     * describes, used by rules about recency (such as when the "say no" list was last reviewed).
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
     * Sets {@link Assessment#assessedOn() assessedOn}, or clears it when {@code assessedOn} is
     * empty: the date the assessment describes, used by rules about recency (such as when the "say
     * no" list was last reviewed).
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
     * Sets {@link Assessment#previousRelease() previousRelease} to a present value: the ledger of
     * the previous release of the same survey.
     *
     * @param previousRelease the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code previousRelease} is null
     */
    public Builder previousRelease(ReleaseLedger previousRelease) {
      delegate.previousRelease(Checks.notNull(TYPE, "previousRelease", previousRelease));
      return this;
    }

    /**
     * Sets {@link Assessment#previousRelease() previousRelease}, or clears it when {@code
     * previousRelease} is empty: the ledger of the previous release of the same survey.
     *
     * @param previousRelease the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code previousRelease} is null
     */
    public Builder previousRelease(Optional<? extends ReleaseLedger> previousRelease) {
      delegate.previousRelease(Checks.notNull(TYPE, "previousRelease", previousRelease));
      return this;
    }

    /**
     * Sets {@link Assessment#headcounts() headcounts} to a present value: the employer's headcounts.
     *
     * @param headcounts the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code headcounts} is null
     */
    public Builder headcounts(Headcounts headcounts) {
      delegate.headcounts(Checks.notNull(TYPE, "headcounts", headcounts));
      return this;
    }

    /**
     * Sets {@link Assessment#headcounts() headcounts}, or clears it when {@code headcounts} is
     * empty: the employer's headcounts.
     *
     * @param headcounts the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code headcounts} is null
     */
    public Builder headcounts(Optional<? extends Headcounts> headcounts) {
      delegate.headcounts(Checks.notNull(TYPE, "headcounts", headcounts));
      return this;
    }

    /**
     * Builds the {@link Assessment}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Assessment build() {
      return delegate.build();
    }
  }
}
