package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the organization hires: the ideal-candidate profile and how candidates are assessed against
 * it, a realistic job preview, a commitment check, and the turnover that results.
 *
 * <p>Invariants: trait names are unique, ignoring case.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HiringPractice {
  HiringPractice() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The traits of the ideal candidate, in the order the profile lists them.
   *
   * @return the traits; empty when there is no profile ({@link #noProfileTraits()}) or the
   *     traits are not recorded
   */
  public abstract List<ProfileTrait> profileTraits();

  /**
   * Whether it is recorded that there is no ideal-candidate profile: it names no trait. Rules judge
   * a recorded "none" as a real absence; when this is false and {@link #profileTraits()} is empty,
   * the profile traits are not recorded and rules report the fact as unknown. A JSON document
   * records this "none" as an empty array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #profileTraits()} overrides it: the value then holds it, and this
   * is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noProfileTraits() {
    return false;
  }

  /**
   * Whether the profile traits are recorded: listed, or recorded as none ({@link
   * #noProfileTraits()}).
   *
   * @return false when the profile traits are unknown
   */
  public final boolean profileTraitsRecorded() {
    return noProfileTraits() || !profileTraits().isEmpty();
  }

  /**
   * Whether candidates see a realistic preview of the job, its hard parts included, before they
   * accept it.
   *
   * @return whether there is a preview, or empty when unknown
   */
  public abstract Optional<Boolean> realisticJobPreview();

  /**
   * A step that lets uncommitted new hires leave early.
   *
   * @return the commitment check, or empty when there is none ({@link #noCommitmentCheck()})
   *     or it is not recorded
   */
  public abstract Optional<CommitmentCheck> commitmentCheck();

  /**
   * Whether it is recorded that new hires are given no commitment check. Rules judge a recorded
   * "none" as a real absence; when this is false and {@link #commitmentCheck()} is empty, the
   * commitment check is not recorded and rules report the fact as unknown. A JSON document records
   * this "none" as the string {@code "none"}, and leaves the property out when not recorded.
   *
   * <p>A present {@link #commitmentCheck()} overrides it: the value then holds it, and this is
   * false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noCommitmentCheck() {
    return false;
  }

  /**
   * Whether the commitment check is recorded: present, or recorded as none ({@link
   * #noCommitmentCheck()}).
   *
   * @return false when the commitment check is unknown
   */
  public final boolean commitmentCheckRecorded() {
    return noCommitmentCheck() || commitmentCheck().isPresent();
  }

  /**
   * Yearly turnover figures.
   *
   * @return the figures, or empty when unknown
   */
  public abstract Optional<TurnoverFigures> turnover();

  /**
   * The service traits of the profile.
   *
   * @return the traits marked as service traits, in profile order
   */
  public final List<ProfileTrait> serviceTraits() {
    return profileTraits().stream().filter(ProfileTrait::isServiceTrait).toList();
  }

  @Value.Check
  HiringPractice check() {
    Set<String> seen = new HashSet<>();
    for (ProfileTrait trait : profileTraits()) {
      Checks.require(seen.add(trait.name().toLowerCase(Locale.ROOT)), "HiringPractice", "profileTraits",
          trait.name(), "must not name the same trait twice");
    }
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    HiringPractice value = this;
    if (noProfileTraits() && !profileTraits().isEmpty()) {
      value = ((ImmutableHiringPractice) value).generatedWithNoProfileTraits(false);
    }
    if (noCommitmentCheck() && commitmentCheck().isPresent()) {
      value = ((ImmutableHiringPractice) value).generatedWithNoCommitmentCheck(false);
    }
    return value;
  }

  /**
   * Returns a copy whose {@link #profileTraits() profileTraits} are the given elements: the
   * traits of the ideal candidate, in the order the profile lists them. The copy records the field
   * even when it is given no element, which then says "none" ({@link #noProfileTraits()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final HiringPractice withProfileTraits(ProfileTrait... elements) {
    return ((ImmutableHiringPractice) this).generatedWithProfileTraits(
        Checks.notNull("HiringPractice", "profileTraits", elements))
        .generatedWithNoProfileTraits(true);
  }

  /**
   * Returns a copy whose {@link #profileTraits() profileTraits} are the given elements: the
   * traits of the ideal candidate, in the order the profile lists them. The copy records the field
   * even when it is given no element, which then says "none" ({@link #noProfileTraits()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final HiringPractice withProfileTraits(Iterable<? extends ProfileTrait> elements) {
    return ((ImmutableHiringPractice) this).generatedWithProfileTraits(
        Checks.notNull("HiringPractice", "profileTraits", elements))
        .generatedWithNoProfileTraits(true);
  }

  /**
   * Returns a copy with {@link #realisticJobPreview() realisticJobPreview} set to a present
   * {@code value}: whether candidates see a realistic preview of the job, its hard parts
   * included, before they accept it.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final HiringPractice withRealisticJobPreview(boolean value) {
    return ((ImmutableHiringPractice) this).generatedWithRealisticJobPreview(value);
  }

  /**
   * Returns a copy with {@link #realisticJobPreview() realisticJobPreview} set to {@code
   * optional}, or cleared when it is empty: whether candidates see a realistic preview of the
   * job, its hard parts included, before they accept it.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final HiringPractice withRealisticJobPreview(Optional<Boolean> optional) {
    return ((ImmutableHiringPractice) this).generatedWithRealisticJobPreview(
        Checks.notNull("HiringPractice", "realisticJobPreview", optional));
  }

  /**
   * Returns a copy with {@link #commitmentCheck() commitmentCheck} set to a present {@code
   * value}: A step that lets uncommitted new hires leave early.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final HiringPractice withCommitmentCheck(CommitmentCheck value) {
    return ((ImmutableHiringPractice) this).generatedWithCommitmentCheck(
        Checks.notNull("HiringPractice", "commitmentCheck", value));
  }

  /**
   * Returns a copy with {@link #commitmentCheck() commitmentCheck} set to {@code optional}, or
   * cleared when it is empty: A step that lets uncommitted new hires leave early.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final HiringPractice withCommitmentCheck(Optional<? extends CommitmentCheck> optional) {
    return ((ImmutableHiringPractice) this).generatedWithCommitmentCheck(
        Checks.notNull("HiringPractice", "commitmentCheck", optional));
  }

  /**
   * Returns a copy with {@link #turnover() turnover} set to a present {@code value}: yearly
   * turnover figures.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final HiringPractice withTurnover(TurnoverFigures value) {
    return ((ImmutableHiringPractice) this).generatedWithTurnover(Checks.notNull("HiringPractice", "turnover", value));
  }

  /**
   * Returns a copy with {@link #turnover() turnover} set to {@code optional}, or cleared when
   * it is empty: yearly turnover figures.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final HiringPractice withTurnover(Optional<? extends TurnoverFigures> optional) {
    return ((ImmutableHiringPractice) this).generatedWithTurnover(
        Checks.notNull("HiringPractice", "turnover", optional));
  }

  /**
   * Returns a copy with {@link #noProfileTraits() noProfileTraits} set to {@code value}: whether it
   * is recorded that there is no ideal-candidate profile: it names no trait.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final HiringPractice withNoProfileTraits(boolean value) {
    return ((ImmutableHiringPractice) this).generatedWithNoProfileTraits(value);
  }

  /**
   * Returns a copy with {@link #noCommitmentCheck() noCommitmentCheck} set to {@code value}:
   * whether it is recorded that new hires are given no commitment check.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final HiringPractice withNoCommitmentCheck(boolean value) {
    return ((ImmutableHiringPractice) this).generatedWithNoCommitmentCheck(value);
  }

  /** Builds a {@link HiringPractice}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "HiringPractice";

    private final ImmutableHiringPractice.Builder delegate = ImmutableHiringPractice.generatedBuilder();

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
    public Builder from(HiringPractice instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Adds one element to {@link HiringPractice#profileTraits() profileTraits}: the traits of the
     * ideal candidate, in the order the profile lists them.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addProfileTrait(ProfileTrait element) {
      delegate.addProfileTrait(Checks.notNull(TYPE, "profileTraits", element));
      return this;
    }

    /**
     * Adds the given elements to {@link HiringPractice#profileTraits() profileTraits}: the traits
     * of the ideal candidate, in the order the profile lists them.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addProfileTraits(ProfileTrait... elements) {
      delegate.addProfileTraits(Checks.notNull(TYPE, "profileTraits", elements));
      return this;
    }

    /**
     * Replaces every element of {@link HiringPractice#profileTraits() profileTraits} with those of
     * {@code elements}: the traits of the ideal candidate, in the order the profile lists them.
     * Records the field even when {@code elements} is empty, which then says "none" ({@link
     * HiringPractice#noProfileTraits()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder profileTraits(Iterable<? extends ProfileTrait> elements) {
      delegate.profileTraits(Checks.notNull(TYPE, "profileTraits", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noProfileTraits(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link HiringPractice#profileTraits()
     * profileTraits}: the traits of the ideal candidate, in the order the profile lists them.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllProfileTraits(Iterable<? extends ProfileTrait> elements) {
      delegate.addAllProfileTraits(Checks.notNull(TYPE, "profileTraits", elements));
      return this;
    }

    /**
     * Sets {@link HiringPractice#realisticJobPreview() realisticJobPreview} to a present value:
     * whether candidates see a realistic preview of the job, its hard parts included, before they
     * accept it.
     *
     * @param realisticJobPreview the value
     * @return this builder
     */
    public Builder realisticJobPreview(boolean realisticJobPreview) {
      delegate.realisticJobPreview(realisticJobPreview);
      return this;
    }

    /**
     * Sets {@link HiringPractice#realisticJobPreview() realisticJobPreview}, or clears it when
     * {@code realisticJobPreview} is empty: whether candidates see a realistic preview of the job,
     * its hard parts included, before they accept it.
     *
     * @param realisticJobPreview the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code realisticJobPreview} is null
     */
    public Builder realisticJobPreview(Optional<Boolean> realisticJobPreview) {
      delegate.realisticJobPreview(Checks.notNull(TYPE, "realisticJobPreview", realisticJobPreview));
      return this;
    }

    /**
     * Sets {@link HiringPractice#commitmentCheck() commitmentCheck} to a present value: A step that
     * lets uncommitted new hires leave early.
     *
     * @param commitmentCheck the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code commitmentCheck} is null
     */
    public Builder commitmentCheck(CommitmentCheck commitmentCheck) {
      delegate.commitmentCheck(Checks.notNull(TYPE, "commitmentCheck", commitmentCheck));
      return this;
    }

    /**
     * Sets {@link HiringPractice#commitmentCheck() commitmentCheck}, or clears it when {@code
     * commitmentCheck} is empty: A step that lets uncommitted new hires leave early.
     *
     * @param commitmentCheck the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code commitmentCheck} is null
     */
    public Builder commitmentCheck(Optional<? extends CommitmentCheck> commitmentCheck) {
      delegate.commitmentCheck(Checks.notNull(TYPE, "commitmentCheck", commitmentCheck));
      return this;
    }

    /**
     * Sets {@link HiringPractice#turnover() turnover} to a present value: yearly turnover figures.
     *
     * @param turnover the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code turnover} is null
     */
    public Builder turnover(TurnoverFigures turnover) {
      delegate.turnover(Checks.notNull(TYPE, "turnover", turnover));
      return this;
    }

    /**
     * Sets {@link HiringPractice#turnover() turnover}, or clears it when {@code turnover} is empty:
     * yearly turnover figures.
     *
     * @param turnover the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code turnover} is null
     */
    public Builder turnover(Optional<? extends TurnoverFigures> turnover) {
      delegate.turnover(Checks.notNull(TYPE, "turnover", turnover));
      return this;
    }

    /**
     * Sets {@link HiringPractice#noProfileTraits() noProfileTraits}: whether it is recorded that
     * there is no ideal-candidate profile: it names no trait. False by default, which leaves the
     * profile traits not recorded unless some are added.
     *
     * @param noProfileTraits the value
     * @return this builder
     */
    public Builder noProfileTraits(boolean noProfileTraits) {
      delegate.noProfileTraits(noProfileTraits);
      return this;
    }

    /**
     * Sets {@link HiringPractice#noCommitmentCheck() noCommitmentCheck}: whether it is recorded
     * that new hires are given no commitment check. False by default, which leaves the commitment
     * check not recorded unless it is set.
     *
     * @param noCommitmentCheck the value
     * @return this builder
     */
    public Builder noCommitmentCheck(boolean noCommitmentCheck) {
      delegate.noCommitmentCheck(noCommitmentCheck);
      return this;
    }

    /**
     * Builds the {@link HiringPractice}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public HiringPractice build() {
      return delegate.build();
    }
  }
}
