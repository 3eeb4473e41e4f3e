package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization, or a unit of one, with its customer service vision and the practices of the five
 * points that must align with it: goals, hiring, training, empowerment and leadership.
 *
 * <p>Every part but the name is optional, so that an assessment can start from what is known.
 *
 * <p>Invariants: the name is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Organization {
  Organization() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The organization's or unit's name.
   *
   * @return the name; not blank
   */
  public abstract String name();

  /**
   * The customer service vision.
   *
   * @return the vision, or empty when the organization has none ({@link #noVision()}) or it is not
   *     recorded
   */
  public abstract Optional<ServiceVision> vision();

  /**
   * Whether it is recorded that the organization has no customer service vision. Rules judge a
   * recorded "none" as a real absence, the most serious one; when this is false and {@link #vision()}
   * is empty, the vision is not recorded and rules report the fact as unknown. A JSON document
   * records this "none" as the string {@code "none"}, and leaves the property out when not recorded.
   *
   * <p>A present {@link #vision()} overrides it: the value then holds it, and this is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noVision() {
    return false;
  }

  /**
   * Whether the vision is recorded: present, or recorded as none ({@link #noVision()}).
   *
   * @return false when the vision is unknown
   */
  public final boolean visionRecorded() {
    return noVision() || vision().isPresent();
  }

  /**
   * The performance goals set for employees, in the order given.
   *
   * @return the goals; empty when the organization sets none ({@link #noGoals()}) or they are
   *     not recorded
   */
  public abstract List<Goal> goals();

  /**
   * Whether it is recorded that the organization sets no performance goals. Rules judge a recorded
   * "none" as a real absence; when this is false and {@link #goals()} is empty, the goals are not
   * recorded and rules report the fact as unknown. A JSON document records this "none" as an empty
   * array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #goals()} overrides it: the value then holds it, and this is
   * false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noGoals() {
    return false;
  }

  /**
   * Whether the goals are recorded: listed, or recorded as none ({@link #noGoals()}).
   *
   * @return false when the goals are unknown
   */
  public final boolean goalsRecorded() {
    return noGoals() || !goals().isEmpty();
  }

  /**
   * How the organization hires.
   *
   * @return the hiring practice, or empty when unknown
   */
  public abstract Optional<HiringPractice> hiring();

  /**
   * How employees are trained.
   *
   * @return the training program, or empty when unknown
   */
  public abstract Optional<TrainingProgram> training();

  /**
   * What frontline employees may decide without approval.
   *
   * @return the empowerment policy, or empty when unknown
   */
  public abstract Optional<EmpowermentPolicy> empowerment();

  /**
   * What leaders say and do about service.
   *
   * @return the leadership practice, or empty when unknown
   */
  public abstract Optional<LeadershipPractice> leadership();

  @Value.Check
  Organization check() {
    Checks.notBlank("Organization", "name", name());
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    Organization value = this;
    if (noGoals() && !goals().isEmpty()) {
      value = ((ImmutableOrganization) value).generatedWithNoGoals(false);
    }
    if (noVision() && vision().isPresent()) {
      value = ((ImmutableOrganization) value).generatedWithNoVision(false);
    }
    return value;
  }

  /**
   * Returns a copy with {@link #name() name} set to {@code value}: the organization's or
   * unit's name.
   *
   * <p>The field's contract: the name; not blank.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Organization withName(String value) {
    return ((ImmutableOrganization) this).generatedWithName(Checks.notNull("Organization", "name", value));
  }

  /**
   * Returns a copy with {@link #vision() vision} set to a present {@code value}: the customer
   * service vision.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Organization withVision(ServiceVision value) {
    return ((ImmutableOrganization) this).generatedWithVision(Checks.notNull("Organization", "vision", value));
  }

  /**
   * Returns a copy with {@link #vision() vision} set to {@code optional}, or cleared when it
   * is empty: the customer service vision.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Organization withVision(Optional<? extends ServiceVision> optional) {
    return ((ImmutableOrganization) this).generatedWithVision(Checks.notNull("Organization", "vision", optional));
  }

  /**
   * Returns a copy whose {@link #goals() goals} are the given elements: the performance goals
   * set for employees, in the order given. The copy records the field even when it is given no
   * element, which then says "none" ({@link #noGoals()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Organization withGoals(Goal... elements) {
    return ((ImmutableOrganization) this).generatedWithGoals(Checks.notNull("Organization", "goals", elements))
        .generatedWithNoGoals(true);
  }

  /**
   * Returns a copy whose {@link #goals() goals} are the given elements: the performance goals
   * set for employees, in the order given. The copy records the field even when it is given no
   * element, which then says "none" ({@link #noGoals()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Organization withGoals(Iterable<? extends Goal> elements) {
    return ((ImmutableOrganization) this).generatedWithGoals(Checks.notNull("Organization", "goals", elements))
        .generatedWithNoGoals(true);
  }

  /**
   * Returns a copy with {@link #hiring() hiring} set to a present {@code value}: how the
   * organization hires.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Organization withHiring(HiringPractice value) {
    return ((ImmutableOrganization) this).generatedWithHiring(Checks.notNull("Organization", "hiring", value));
  }

  /**
   * Returns a copy with {@link #hiring() hiring} set to {@code optional}, or cleared when it
   * is empty: how the organization hires.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Organization withHiring(Optional<? extends HiringPractice> optional) {
    return ((ImmutableOrganization) this).generatedWithHiring(Checks.notNull("Organization", "hiring", optional));
  }

  /**
   * Returns a copy with {@link #training() training} set to a present {@code value}: how
   * employees are trained.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Organization withTraining(TrainingProgram value) {
    return ((ImmutableOrganization) this).generatedWithTraining(Checks.notNull("Organization", "training", value));
  }

  /**
   * Returns a copy with {@link #training() training} set to {@code optional}, or cleared when
   * it is empty: how employees are trained.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Organization withTraining(Optional<? extends TrainingProgram> optional) {
    return ((ImmutableOrganization) this).generatedWithTraining(Checks.notNull("Organization", "training", optional));
  }

  /**
   * Returns a copy with {@link #empowerment() empowerment} set to a present {@code value}:
   * what frontline employees may decide without approval.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Organization withEmpowerment(EmpowermentPolicy value) {
    return ((ImmutableOrganization) this).generatedWithEmpowerment(
        Checks.notNull("Organization", "empowerment", value));
  }

  /**
   * Returns a copy with {@link #empowerment() empowerment} set to {@code optional}, or cleared
   * when it is empty: what frontline employees may decide without approval.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Organization withEmpowerment(Optional<? extends EmpowermentPolicy> optional) {
    return ((ImmutableOrganization) this).generatedWithEmpowerment(
        Checks.notNull("Organization", "empowerment", optional));
  }

  /**
   * Returns a copy with {@link #leadership() leadership} set to a present {@code value}: what
   * leaders say and do about service.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Organization withLeadership(LeadershipPractice value) {
    return ((ImmutableOrganization) this).generatedWithLeadership(Checks.notNull("Organization", "leadership", value));
  }

  /**
   * Returns a copy with {@link #leadership() leadership} set to {@code optional}, or cleared
   * when it is empty: what leaders say and do about service.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Organization withLeadership(Optional<? extends LeadershipPractice> optional) {
    return ((ImmutableOrganization) this).generatedWithLeadership(
        Checks.notNull("Organization", "leadership", optional));
  }

  /**
   * Returns a copy with {@link #noGoals() noGoals} set to {@code value}: whether it is
   * recorded that the organization sets no performance goals.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Organization withNoGoals(boolean value) {
    return ((ImmutableOrganization) this).generatedWithNoGoals(value);
  }

  /**
   * Returns a copy with {@link #noVision() noVision} set to {@code value}: whether it is recorded
   * that the organization has no customer service vision.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Organization withNoVision(boolean value) {
    return ((ImmutableOrganization) this).generatedWithNoVision(value);
  }

  /** Builds an {@link Organization}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Organization";

    private final ImmutableOrganization.Builder delegate = ImmutableOrganization.generatedBuilder();

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
    public Builder from(Organization instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Organization#name() name}: the organization's or unit's name. Required.
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
     * Sets {@link Organization#vision() vision} to a present value: the customer service vision.
     *
     * @param vision the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code vision} is null
     */
    public Builder vision(ServiceVision vision) {
      delegate.vision(Checks.notNull(TYPE, "vision", vision));
      return this;
    }

    /**
     * Sets {@link Organization#vision() vision}, or clears it when {@code vision} is empty: the
     * customer service vision.
     *
     * @param vision the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code vision} is null
     */
    public Builder vision(Optional<? extends ServiceVision> vision) {
      delegate.vision(Checks.notNull(TYPE, "vision", vision));
      return this;
    }

    /**
     * Adds one element to {@link Organization#goals() goals}: the performance goals set for
     * employees, in the order given.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addGoal(Goal element) {
      delegate.addGoal(Checks.notNull(TYPE, "goals", element));
      return this;
    }

    /**
     * Adds the given elements to {@link Organization#goals() goals}: the performance goals set for
     * employees, in the order given.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addGoals(Goal... elements) {
      delegate.addGoals(Checks.notNull(TYPE, "goals", elements));
      return this;
    }

    /**
     * Replaces every element of {@link Organization#goals() goals} with those of {@code elements}:
     * the performance goals set for employees, in the order given. Records the field even when
     * {@code elements} is empty, which then says "none" ({@link Organization#noGoals()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder goals(Iterable<? extends Goal> elements) {
      delegate.goals(Checks.notNull(TYPE, "goals", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noGoals(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Organization#goals() goals}: the performance
     * goals set for employees, in the order given.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllGoals(Iterable<? extends Goal> elements) {
      delegate.addAllGoals(Checks.notNull(TYPE, "goals", elements));
      return this;
    }

    /**
     * Sets {@link Organization#hiring() hiring} to a present value: how the organization hires.
     *
     * @param hiring the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code hiring} is null
     */
    public Builder hiring(HiringPractice hiring) {
      delegate.hiring(Checks.notNull(TYPE, "hiring", hiring));
      return this;
    }

    /**
     * Sets {@link Organization#hiring() hiring}, or clears it when {@code hiring} is empty: how the
     * organization hires.
     *
     * @param hiring the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code hiring} is null
     */
    public Builder hiring(Optional<? extends HiringPractice> hiring) {
      delegate.hiring(Checks.notNull(TYPE, "hiring", hiring));
      return this;
    }

    /**
     * Sets {@link Organization#training() training} to a present value: how employees are trained.
     *
     * @param training the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code training} is null
     */
    public Builder training(TrainingProgram training) {
      delegate.training(Checks.notNull(TYPE, "training", training));
      return this;
    }

    /**
     * Sets {@link Organization#training() training}, or clears it when {@code training} is empty:
     * how employees are trained.
     *
     * @param training the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code training} is null
     */
    public Builder training(Optional<? extends TrainingProgram> training) {
      delegate.training(Checks.notNull(TYPE, "training", training));
      return this;
    }

    /**
     * Sets {@link Organization#empowerment() empowerment} to a present value: what frontline
     * employees may decide without approval.
     *
     * @param empowerment the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code empowerment} is null
     */
    public Builder empowerment(EmpowermentPolicy empowerment) {
      delegate.empowerment(Checks.notNull(TYPE, "empowerment", empowerment));
      return this;
    }

    /**
     * Sets {@link Organization#empowerment() empowerment}, or clears it when {@code empowerment} is
     * empty: what frontline employees may decide without approval.
     *
     * @param empowerment the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code empowerment} is null
     */
    public Builder empowerment(Optional<? extends EmpowermentPolicy> empowerment) {
      delegate.empowerment(Checks.notNull(TYPE, "empowerment", empowerment));
      return this;
    }

    /**
     * Sets {@link Organization#leadership() leadership} to a present value: what leaders say and do
     * about service.
     *
     * @param leadership the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code leadership} is null
     */
    public Builder leadership(LeadershipPractice leadership) {
      delegate.leadership(Checks.notNull(TYPE, "leadership", leadership));
      return this;
    }

    /**
     * Sets {@link Organization#leadership() leadership}, or clears it when {@code leadership} is
     * empty: what leaders say and do about service.
     *
     * @param leadership the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code leadership} is null
     */
    public Builder leadership(Optional<? extends LeadershipPractice> leadership) {
      delegate.leadership(Checks.notNull(TYPE, "leadership", leadership));
      return this;
    }

    /**
     * Sets {@link Organization#noVision() noVision}: whether it is recorded that the organization
     * has no customer service vision. False by default, which leaves the vision not recorded unless
     * it is set.
     *
     * @param noVision the value
     * @return this builder
     */
    public Builder noVision(boolean noVision) {
      delegate.noVision(noVision);
      return this;
    }

    /**
     * Sets {@link Organization#noGoals() noGoals}: whether it is recorded that the organization
     * sets no performance goals. False by default, which leaves the goals not recorded unless some
     * are added.
     *
     * @param noGoals the value
     * @return this builder
     */
    public Builder noGoals(boolean noGoals) {
      delegate.noGoals(noGoals);
      return this;
    }

    /**
     * Builds the {@link Organization}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Organization build() {
      return delegate.build();
    }
  }
}
