package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A trait in the ideal-candidate profile, whether it is a service trait, and how candidates are
 * assessed for it.
 *
 * <p>Service traits, such as trustworthiness or a wish to help people, are hard to teach and so
 * must be hired for; skills can be taught after hiring.
 *
 * <p>Invariants: the name is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProfileTrait {
  ProfileTrait() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The trait's name, such as "trustworthy" or "enjoys helping people".
   *
   * @return the name; not blank
   */
  public abstract String name();

  /**
   * Whether this is a service trait (a disposition to serve) rather than a skill or a
   * qualification.
   *
   * @return true for a service trait
   */
  public abstract boolean isServiceTrait();

  /**
   * The ways candidates are assessed for this trait.
   *
   * @return the assessment methods; empty when nothing assesses the trait ({@link
   *     #notAssessed()}) or the methods are not recorded
   */
  public abstract Set<CandidateAssessment> assessedBy();

  /**
   * Whether it is recorded that nothing assesses the trait in candidates. Rules judge a recorded
   * "none" as a real absence; when this is false and {@link #assessedBy()} is empty, how the trait
   * is assessed is not recorded and rules report the fact as unknown. A JSON document records this
   * "none" as an empty array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #assessedBy()} overrides it: the value then holds it, and this is
   * false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean notAssessed() {
    return false;
  }

  /**
   * Whether how the trait is assessed is recorded: listed, or recorded as none ({@link
   * #notAssessed()}).
   *
   * @return false when how the trait is assessed is unknown
   */
  public final boolean assessedByRecorded() {
    return notAssessed() || !assessedBy().isEmpty();
  }

  /**
   * Whether candidates are assessed for this trait at all.
   *
   * @return true when at least one assessment method is listed
   */
  public final boolean isAssessed() {
    return !assessedBy().isEmpty();
  }

  @Value.Check
  ProfileTrait check() {
    Checks.notBlank("ProfileTrait", "name", name());
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    ProfileTrait value = this;
    if (notAssessed() && !assessedBy().isEmpty()) {
      value = ((ImmutableProfileTrait) value).generatedWithNotAssessed(false);
    }
    return value;
  }

  /**
   * Returns a copy with {@link #name() name} set to {@code value}: the trait's name, such as
   * "trustworthy" or "enjoys helping people".
   *
   * <p>The field's contract: the name; not blank.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ProfileTrait withName(String value) {
    return ((ImmutableProfileTrait) this).generatedWithName(Checks.notNull("ProfileTrait", "name", value));
  }

  /**
   * Returns a copy with {@link #isServiceTrait() isServiceTrait} set to {@code value}: whether
   * this is a service trait (a disposition to serve) rather than a skill or a qualification.
   *
   * <p>The field's contract: true for a service trait.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ProfileTrait withServiceTrait(boolean value) {
    return ((ImmutableProfileTrait) this).generatedWithServiceTrait(value);
  }

  /**
   * Returns a copy whose {@link #assessedBy() assessedBy} are the given elements: the ways
   * candidates are assessed for this trait. The copy records the field even when it is given no
   * element, which then says "none" ({@link #notAssessed()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ProfileTrait withAssessedBy(CandidateAssessment... elements) {
    return ((ImmutableProfileTrait) this).generatedWithAssessedBy(
        Checks.notNull("ProfileTrait", "assessedBy", elements))
        .generatedWithNotAssessed(true);
  }

  /**
   * Returns a copy whose {@link #assessedBy() assessedBy} are the given elements: the ways
   * candidates are assessed for this trait. The copy records the field even when it is given no
   * element, which then says "none" ({@link #notAssessed()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ProfileTrait withAssessedBy(Iterable<CandidateAssessment> elements) {
    return ((ImmutableProfileTrait) this).generatedWithAssessedBy(
        Checks.notNull("ProfileTrait", "assessedBy", elements))
        .generatedWithNotAssessed(true);
  }

  /**
   * Returns a copy with {@link #notAssessed() notAssessed} set to {@code value}: whether it is
   * recorded that nothing assesses the trait in candidates.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ProfileTrait withNotAssessed(boolean value) {
    return ((ImmutableProfileTrait) this).generatedWithNotAssessed(value);
  }

  /** Builds a {@link ProfileTrait}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "ProfileTrait";

    private final ImmutableProfileTrait.Builder delegate = ImmutableProfileTrait.generatedBuilder();

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
    public Builder from(ProfileTrait instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ProfileTrait#name() name}: the trait's name, such as "trustworthy" or "enjoys
     * helping people". Required.
     *
     * <p>The field's contract: the name; not blank.
     *
     * @param name the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code name} is null
     */
    public Builder name(String name) {
      delegate.name(Checks.notNull(TYPE, "name", name));
      return this;
    }

    /**
     * Sets {@link ProfileTrait#isServiceTrait() isServiceTrait}: whether this is a service trait (a
     * disposition to serve) rather than a skill or a qualification.
     *
     * @param serviceTrait the value
     * @return this builder
     */
    public Builder serviceTrait(boolean serviceTrait) {
      delegate.serviceTrait(serviceTrait);
      return this;
    }

    /**
     * Adds one element to {@link ProfileTrait#assessedBy() assessedBy}: the ways candidates are
     * assessed for this trait.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addAssessedBy(CandidateAssessment element) {
      delegate.addAssessedBy(Checks.notNull(TYPE, "assessedBy", element));
      return this;
    }

    /**
     * Adds the given elements to {@link ProfileTrait#assessedBy() assessedBy}: the ways candidates
     * are assessed for this trait.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAssessedBy(CandidateAssessment... elements) {
      delegate.addAssessedBy(Checks.notNull(TYPE, "assessedBy", elements));
      return this;
    }

    /**
     * Replaces every element of {@link ProfileTrait#assessedBy() assessedBy} with those of {@code
     * elements}: the ways candidates are assessed for this trait. Records the field even when
     * {@code elements} is empty, which then says "none" ({@link ProfileTrait#notAssessed()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder assessedBy(Iterable<CandidateAssessment> elements) {
      delegate.assessedBy(Checks.notNull(TYPE, "assessedBy", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.notAssessed(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link ProfileTrait#assessedBy() assessedBy}: the
     * ways candidates are assessed for this trait.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllAssessedBy(Iterable<CandidateAssessment> elements) {
      delegate.addAllAssessedBy(Checks.notNull(TYPE, "assessedBy", elements));
      return this;
    }

    /**
     * Sets {@link ProfileTrait#notAssessed() notAssessed}: whether it is recorded that nothing
     * assesses the trait in candidates. False by default, which leaves how the trait is assessed
     * not recorded unless some are added.
     *
     * @param notAssessed the value
     * @return this builder
     */
    public Builder notAssessed(boolean notAssessed) {
      delegate.notAssessed(notAssessed);
      return this;
    }

    /**
     * Builds the {@link ProfileTrait}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ProfileTrait build() {
      return delegate.build();
    }
  }
}
