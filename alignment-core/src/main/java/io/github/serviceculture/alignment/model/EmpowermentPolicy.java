package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What trained frontline employees may decide for customers without asking a manager, and what they
 * need to do it well.
 *
 * <p>Empowerment rests on three ingredients: resources, process and authority. A periodic review of
 * the situations in which employees must say "no" to customers finds the causes to fix.
 *
 * <p>Invariants: decisions are not blank; the discretionary limit is zero or more.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EmpowermentPolicy {
  EmpowermentPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decisions frontline employees may make without approval, such as "refund a late delivery fee".
   *
   * @return the decisions; empty when every exception needs approval ({@link
   *     #noAutonomousDecisions()}) or when they are not recorded
   */
  public abstract List<String> autonomousDecisions();

  /**
   * Whether it is recorded that employees may make no decision without approval. Rules judge a
   * recorded "none" as a real absence; when this is false and {@link #autonomousDecisions()} is
   * empty, the autonomous decisions are not recorded and rules report the fact as unknown. A JSON
   * document records this "none" as an empty array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #autonomousDecisions()} overrides it: the value then holds it,
   * and this is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noAutonomousDecisions() {
    return false;
  }

  /**
   * Whether the autonomous decisions are recorded: listed, or recorded as none ({@link
   * #noAutonomousDecisions()}).
   *
   * @return false when the autonomous decisions are unknown
   */
  public final boolean autonomousDecisionsRecorded() {
    return noAutonomousDecisions() || !autonomousDecisions().isEmpty();
  }

  /**
   * The amount an employee may spend or waive for a customer on their own, in the organization's
   * currency.
   *
   * @return the limit, or empty when there is no set limit or it is unknown
   */
  public abstract OptionalDouble discretionaryLimit();

  /**
   * Whether guidelines for these decisions are written down.
   *
   * @return true when they are
   */
  public abstract boolean writtenGuidelines();

  /**
   * The ingredients of empowerment that are in place.
   *
   * @return the ingredients; empty when none is ({@link #noIngredients()}) or when they are
   *     not recorded
   */
  public abstract Set<EmpowermentIngredient> ingredients();

  /**
   * Whether it is recorded that none of the ingredients of empowerment is in place. Rules judge a
   * recorded "none" as a real absence; when this is false and {@link #ingredients()} is empty, the
   * ingredients are not recorded and rules report the fact as unknown. A JSON document records this
   * "none" as an empty array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #ingredients()} overrides it: the value then holds it, and this
   * is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noIngredients() {
    return false;
  }

  /**
   * Whether the ingredients are recorded: listed, or recorded as none ({@link #noIngredients()}).
   *
   * @return false when the ingredients are unknown
   */
  public final boolean ingredientsRecorded() {
    return noIngredients() || !ingredients().isEmpty();
  }

  /**
   * When the list of situations where employees must say "no" to customers was last reviewed.
   *
   * @return the date, or empty when it never was ({@link #sayNoListNeverReviewed()}) or it
   *     is not recorded
   */
  public abstract Optional<LocalDate> sayNoListReviewedOn();

  /**
   * Whether it is recorded that the list of situations where employees must say "no" was never
   * reviewed. Rules judge a recorded "none" as a real absence; when this is false and {@link
   * #sayNoListReviewedOn()} is empty, the last review is not recorded and rules report the fact as
   * unknown. A JSON document records this "none" as the string {@code "never"}, and leaves the
   * property out when not recorded.
   *
   * <p>A present {@link #sayNoListReviewedOn()} overrides it: the value then holds it, and this is
   * false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean sayNoListNeverReviewed() {
    return false;
  }

  /**
   * Whether the last review is recorded: present, or recorded as none ({@link
   * #sayNoListNeverReviewed()}).
   *
   * @return false when the last review is unknown
   */
  public final boolean sayNoListReviewRecorded() {
    return sayNoListNeverReviewed() || sayNoListReviewedOn().isPresent();
  }

  @Value.Check
  EmpowermentPolicy check() {
    String type = "EmpowermentPolicy";
    Checks.noBlankElement(type, "autonomousDecisions", autonomousDecisions());
    discretionaryLimit().ifPresent(l -> Checks.nonNegative(type, "discretionaryLimit", l));
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    EmpowermentPolicy value = this;
    if (noAutonomousDecisions() && !autonomousDecisions().isEmpty()) {
      value = ((ImmutableEmpowermentPolicy) value).generatedWithNoAutonomousDecisions(false);
    }
    if (noIngredients() && !ingredients().isEmpty()) {
      value = ((ImmutableEmpowermentPolicy) value).generatedWithNoIngredients(false);
    }
    if (sayNoListNeverReviewed() && sayNoListReviewedOn().isPresent()) {
      value = ((ImmutableEmpowermentPolicy) value).generatedWithSayNoListNeverReviewed(false);
    }
    return value;
  }

  /**
   * Returns a copy whose {@link #autonomousDecisions() autonomousDecisions} are the given
   * elements: decisions frontline employees may make without approval, such as "refund a late
   * delivery fee". The copy records the field even when it is given no element, which then says
   * "none" ({@link #noAutonomousDecisions()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final EmpowermentPolicy withAutonomousDecisions(String... elements) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithAutonomousDecisions(
        Checks.notNull("EmpowermentPolicy", "autonomousDecisions", elements))
        .generatedWithNoAutonomousDecisions(true);
  }

  /**
   * Returns a copy whose {@link #autonomousDecisions() autonomousDecisions} are the given
   * elements: decisions frontline employees may make without approval, such as "refund a late
   * delivery fee". The copy records the field even when it is given no element, which then says
   * "none" ({@link #noAutonomousDecisions()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final EmpowermentPolicy withAutonomousDecisions(Iterable<String> elements) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithAutonomousDecisions(
        Checks.notNull("EmpowermentPolicy", "autonomousDecisions", elements))
        .generatedWithNoAutonomousDecisions(true);
  }

  /**
   * Returns a copy with {@link #discretionaryLimit() discretionaryLimit} set to a present
   * {@code value}: the amount an employee may spend or waive for a customer on their own, in
   * the organization's currency.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final EmpowermentPolicy withDiscretionaryLimit(double value) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithDiscretionaryLimit(value);
  }

  /**
   * Returns a copy with {@link #discretionaryLimit() discretionaryLimit} set to {@code
   * optional}, or cleared when it is empty: the amount an employee may spend or waive for a
   * customer on their own, in the organization's currency.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final EmpowermentPolicy withDiscretionaryLimit(OptionalDouble optional) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithDiscretionaryLimit(
        Checks.notNull("EmpowermentPolicy", "discretionaryLimit", optional));
  }

  /**
   * Returns a copy with {@link #writtenGuidelines() writtenGuidelines} set to {@code value}:
   * whether guidelines for these decisions are written down.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final EmpowermentPolicy withWrittenGuidelines(boolean value) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithWrittenGuidelines(value);
  }

  /**
   * Returns a copy whose {@link #ingredients() ingredients} are the given elements: the
   * ingredients of empowerment that are in place. The copy records the field even when it is given
   * no element, which then says "none" ({@link #noIngredients()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final EmpowermentPolicy withIngredients(EmpowermentIngredient... elements) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithIngredients(
        Checks.notNull("EmpowermentPolicy", "ingredients", elements))
        .generatedWithNoIngredients(true);
  }

  /**
   * Returns a copy whose {@link #ingredients() ingredients} are the given elements: the
   * ingredients of empowerment that are in place. The copy records the field even when it is given
   * no element, which then says "none" ({@link #noIngredients()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final EmpowermentPolicy withIngredients(Iterable<EmpowermentIngredient> elements) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithIngredients(
        Checks.notNull("EmpowermentPolicy", "ingredients", elements))
        .generatedWithNoIngredients(true);
  }

  /**
   * Returns a copy with {@link #sayNoListReviewedOn() sayNoListReviewedOn} set to a present
   * {@code value}: when the list of situations where employees must say "no" to customers was
   * last reviewed.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final EmpowermentPolicy withSayNoListReviewedOn(LocalDate value) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithSayNoListReviewedOn(
        Checks.notNull("EmpowermentPolicy", "sayNoListReviewedOn", value));
  }

  /**
   * Returns a copy with {@link #sayNoListReviewedOn() sayNoListReviewedOn} set to {@code
   * optional}, or cleared when it is empty: when the list of situations where employees must
   * say "no" to customers was last reviewed.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final EmpowermentPolicy withSayNoListReviewedOn(Optional<? extends LocalDate> optional) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithSayNoListReviewedOn(
        Checks.notNull("EmpowermentPolicy", "sayNoListReviewedOn", optional));
  }

  /**
   * Returns a copy with {@link #noAutonomousDecisions() noAutonomousDecisions} set to {@code
   * value}: whether it is recorded that employees may make no decision without approval.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final EmpowermentPolicy withNoAutonomousDecisions(boolean value) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithNoAutonomousDecisions(value);
  }

  /**
   * Returns a copy with {@link #noIngredients() noIngredients} set to {@code value}: whether it is
   * recorded that none of the ingredients of empowerment is in place.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final EmpowermentPolicy withNoIngredients(boolean value) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithNoIngredients(value);
  }

  /**
   * Returns a copy with {@link #sayNoListNeverReviewed() sayNoListNeverReviewed} set to {@code
   * value}: whether it is recorded that the list of situations where employees must say "no" was
   * never reviewed.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final EmpowermentPolicy withSayNoListNeverReviewed(boolean value) {
    return ((ImmutableEmpowermentPolicy) this).generatedWithSayNoListNeverReviewed(value);
  }

  /** Builds an {@link EmpowermentPolicy}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "EmpowermentPolicy";

    private final ImmutableEmpowermentPolicy.Builder delegate = ImmutableEmpowermentPolicy.generatedBuilder();

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
    public Builder from(EmpowermentPolicy instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Adds one element to {@link EmpowermentPolicy#autonomousDecisions() autonomousDecisions}:
     * decisions frontline employees may make without approval, such as "refund a late delivery
     * fee".
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addAutonomousDecision(String element) {
      delegate.addAutonomousDecision(Checks.notNull(TYPE, "autonomousDecisions", element));
      return this;
    }

    /**
     * Adds the given elements to {@link EmpowermentPolicy#autonomousDecisions()
     * autonomousDecisions}: decisions frontline employees may make without approval, such as
     * "refund a late delivery fee".
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAutonomousDecisions(String... elements) {
      delegate.addAutonomousDecisions(Checks.notNull(TYPE, "autonomousDecisions", elements));
      return this;
    }

    /**
     * Replaces every element of {@link EmpowermentPolicy#autonomousDecisions() autonomousDecisions}
     * with those of {@code elements}: decisions frontline employees may make without approval, such
     * as "refund a late delivery fee". Records the field even when {@code elements} is empty, which
     * then says "none" ({@link EmpowermentPolicy#noAutonomousDecisions()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder autonomousDecisions(Iterable<String> elements) {
      delegate.autonomousDecisions(Checks.notNull(TYPE, "autonomousDecisions", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noAutonomousDecisions(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link EmpowermentPolicy#autonomousDecisions()
     * autonomousDecisions}: decisions frontline employees may make without approval, such as
     * "refund a late delivery fee".
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllAutonomousDecisions(Iterable<String> elements) {
      delegate.addAllAutonomousDecisions(Checks.notNull(TYPE, "autonomousDecisions", elements));
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#discretionaryLimit() discretionaryLimit} to a present value:
     * the amount an employee may spend or waive for a customer on their own, in the organization's
     * currency.
     *
     * @param discretionaryLimit the value
     * @return this builder
     */
    public Builder discretionaryLimit(double discretionaryLimit) {
      delegate.discretionaryLimit(discretionaryLimit);
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#discretionaryLimit() discretionaryLimit}, or clears it when
     * {@code discretionaryLimit} is empty: the amount an employee may spend or waive for a customer
     * on their own, in the organization's currency.
     *
     * @param discretionaryLimit the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code discretionaryLimit} is null
     */
    public Builder discretionaryLimit(OptionalDouble discretionaryLimit) {
      delegate.discretionaryLimit(Checks.notNull(TYPE, "discretionaryLimit", discretionaryLimit));
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#writtenGuidelines() writtenGuidelines}: whether guidelines for
     * these decisions are written down. Required.
     *
     * @param writtenGuidelines the value
     * @return this builder
     */
    public Builder writtenGuidelines(boolean writtenGuidelines) {
      delegate.writtenGuidelines(writtenGuidelines);
      return this;
    }

    /**
     * Adds one element to {@link EmpowermentPolicy#ingredients() ingredients}: the ingredients of
     * empowerment that are in place.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addIngredient(EmpowermentIngredient element) {
      delegate.addIngredient(Checks.notNull(TYPE, "ingredients", element));
      return this;
    }

    /**
     * Adds the given elements to {@link EmpowermentPolicy#ingredients() ingredients}: the
     * ingredients of empowerment that are in place.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addIngredients(EmpowermentIngredient... elements) {
      delegate.addIngredients(Checks.notNull(TYPE, "ingredients", elements));
      return this;
    }

    /**
     * Replaces every element of {@link EmpowermentPolicy#ingredients() ingredients} with those of
     * {@code elements}: the ingredients of empowerment that are in place. Records the field even
     * when {@code elements} is empty, which then says "none" ({@link
     * EmpowermentPolicy#noIngredients()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder ingredients(Iterable<EmpowermentIngredient> elements) {
      delegate.ingredients(Checks.notNull(TYPE, "ingredients", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noIngredients(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link EmpowermentPolicy#ingredients()
     * ingredients}: the ingredients of empowerment that are in place.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllIngredients(Iterable<EmpowermentIngredient> elements) {
      delegate.addAllIngredients(Checks.notNull(TYPE, "ingredients", elements));
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#sayNoListReviewedOn() sayNoListReviewedOn} to a present value:
     * when the list of situations where employees must say "no" to customers was last reviewed.
     *
     * @param sayNoListReviewedOn the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code sayNoListReviewedOn} is null
     */
    public Builder sayNoListReviewedOn(LocalDate sayNoListReviewedOn) {
      delegate.sayNoListReviewedOn(Checks.notNull(TYPE, "sayNoListReviewedOn", sayNoListReviewedOn));
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#sayNoListReviewedOn() sayNoListReviewedOn}, or clears it when
     * {@code sayNoListReviewedOn} is empty: when the list of situations where employees must say
     * "no" to customers was last reviewed.
     *
     * @param sayNoListReviewedOn the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code sayNoListReviewedOn} is null
     */
    public Builder sayNoListReviewedOn(Optional<? extends LocalDate> sayNoListReviewedOn) {
      delegate.sayNoListReviewedOn(Checks.notNull(TYPE, "sayNoListReviewedOn", sayNoListReviewedOn));
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#noAutonomousDecisions() noAutonomousDecisions}: whether it is
     * recorded that employees may make no decision without approval. False by default, which leaves
     * the autonomous decisions not recorded unless some are added.
     *
     * @param noAutonomousDecisions the value
     * @return this builder
     */
    public Builder noAutonomousDecisions(boolean noAutonomousDecisions) {
      delegate.noAutonomousDecisions(noAutonomousDecisions);
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#noIngredients() noIngredients}: whether it is recorded that
     * none of the ingredients of empowerment is in place. False by default, which leaves the
     * ingredients not recorded unless some are added.
     *
     * @param noIngredients the value
     * @return this builder
     */
    public Builder noIngredients(boolean noIngredients) {
      delegate.noIngredients(noIngredients);
      return this;
    }

    /**
     * Sets {@link EmpowermentPolicy#sayNoListNeverReviewed() sayNoListNeverReviewed}: whether it is
     * recorded that the list of situations where employees must say "no" was never reviewed. False
     * by default, which leaves the last review not recorded unless it is set.
     *
     * @param sayNoListNeverReviewed the value
     * @return this builder
     */
    public Builder sayNoListNeverReviewed(boolean sayNoListNeverReviewed) {
      delegate.sayNoListNeverReviewed(sayNoListNeverReviewed);
      return this;
    }

    /**
     * Builds the {@link EmpowermentPolicy}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public EmpowermentPolicy build() {
      return delegate.build();
    }
  }
}
