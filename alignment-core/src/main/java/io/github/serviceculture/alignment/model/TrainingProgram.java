package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How employees are trained in the service culture and the job.
 *
 * <p>Everyone, not only the frontline, should learn the basics of the service culture. Training is
 * judged by what people can do against a clear standard of what a fully trained person can do, not
 * by attendance, satisfaction surveys or quizzes, and is reinforced on the job so it does not fade.
 *
 * <p>Invariants: the name, when given, is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TrainingProgram {
  TrainingProgram() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The program's name, such as "new-hire onboarding".
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Who receives the training.
   *
   * @return the coverage
   */
  public abstract TrainingCoverage coverage();

  /**
   * Whether the program teaches the customer service vision and the culture, not only tasks.
   *
   * @return true when it does
   */
  public abstract boolean teachesVision();

  /**
   * Whether a written standard says what a fully trained person can do.
   *
   * @return true when such a standard exists
   */
  public abstract boolean hasFullyTrainedStandard();

  /**
   * How the program is judged.
   *
   * @return the evaluation methods; empty when it is not evaluated ({@link #noEvaluations()})
   *     or they are not recorded
   */
  public abstract Set<TrainingEvaluation> evaluations();

  /**
   * Whether it is recorded that the program is not evaluated at all. Rules judge a recorded "none"
   * as a real absence; when this is false and {@link #evaluations()} is empty, the evaluations are
   * not recorded and rules report the fact as unknown. A JSON document records this "none" as an
   * empty array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #evaluations()} overrides it: the value then holds it, and this
   * is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noEvaluations() {
    return false;
  }

  /**
   * Whether the evaluations are recorded: listed, or recorded as none ({@link #noEvaluations()}).
   *
   * @return false when the evaluations are unknown
   */
  public final boolean evaluationsRecorded() {
    return noEvaluations() || !evaluations().isEmpty();
  }

  /**
   * How what was learned is reinforced on the job.
   *
   * @return the reinforcement practices; empty when there are none ({@link
   *     #noReinforcements()}) or they are not recorded
   */
  public abstract Set<Reinforcement> reinforcements();

  /**
   * Whether it is recorded that nothing reinforces the training on the job. Rules judge a recorded
   * "none" as a real absence; when this is false and {@link #reinforcements()} is empty, the
   * reinforcements are not recorded and rules report the fact as unknown. A JSON document records
   * this "none" as an empty array, and leaves the property out when not recorded.
   *
   * <p>A listed element of {@link #reinforcements()} overrides it: the value then holds it, and
   * this is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noReinforcements() {
    return false;
  }

  /**
   * Whether the reinforcements are recorded: listed, or recorded as none ({@link
   * #noReinforcements()}).
   *
   * @return false when the reinforcements are unknown
   */
  public final boolean reinforcementsRecorded() {
    return noReinforcements() || !reinforcements().isEmpty();
  }

  /**
   * Whether at least one evaluation judges what people can do.
   *
   * @return true when an evaluation method is performance-based
   */
  public final boolean isEvaluatedByPerformance() {
    return evaluations().stream().anyMatch(TrainingEvaluation::isPerformanceBased);
  }

  @Value.Check
  TrainingProgram check() {
    name().ifPresent(n -> Checks.notBlank("TrainingProgram", "name", n));
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    TrainingProgram value = this;
    if (noEvaluations() && !evaluations().isEmpty()) {
      value = ((ImmutableTrainingProgram) value).generatedWithNoEvaluations(false);
    }
    if (noReinforcements() && !reinforcements().isEmpty()) {
      value = ((ImmutableTrainingProgram) value).generatedWithNoReinforcements(false);
    }
    return value;
  }

  /**
   * Returns a copy with {@link #name() name} set to a present {@code value}: the program's
   * name, such as "new-hire onboarding".
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final TrainingProgram withName(String value) {
    return ((ImmutableTrainingProgram) this).generatedWithName(Checks.notNull("TrainingProgram", "name", value));
  }

  /**
   * Returns a copy with {@link #name() name} set to {@code optional}, or cleared when it is
   * empty: the program's name, such as "new-hire onboarding".
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final TrainingProgram withName(Optional<String> optional) {
    return ((ImmutableTrainingProgram) this).generatedWithName(Checks.notNull("TrainingProgram", "name", optional));
  }

  /**
   * Returns a copy with {@link #coverage() coverage} set to {@code value}: who receives the
   * training.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final TrainingProgram withCoverage(TrainingCoverage value) {
    return ((ImmutableTrainingProgram) this).generatedWithCoverage(
        Checks.notNull("TrainingProgram", "coverage", value));
  }

  /**
   * Returns a copy with {@link #teachesVision() teachesVision} set to {@code value}: whether
   * the program teaches the customer service vision and the culture, not only tasks.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TrainingProgram withTeachesVision(boolean value) {
    return ((ImmutableTrainingProgram) this).generatedWithTeachesVision(value);
  }

  /**
   * Returns a copy with {@link #hasFullyTrainedStandard() hasFullyTrainedStandard} set to
   * {@code value}: whether a written standard says what a fully trained person can do.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TrainingProgram withHasFullyTrainedStandard(boolean value) {
    return ((ImmutableTrainingProgram) this).generatedWithHasFullyTrainedStandard(value);
  }

  /**
   * Returns a copy whose {@link #evaluations() evaluations} are the given elements: how the
   * program is judged. The copy records the field even when it is given no element, which then says
   * "none" ({@link #noEvaluations()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final TrainingProgram withEvaluations(TrainingEvaluation... elements) {
    return ((ImmutableTrainingProgram) this).generatedWithEvaluations(
        Checks.notNull("TrainingProgram", "evaluations", elements))
        .generatedWithNoEvaluations(true);
  }

  /**
   * Returns a copy whose {@link #evaluations() evaluations} are the given elements: how the
   * program is judged. The copy records the field even when it is given no element, which then says
   * "none" ({@link #noEvaluations()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final TrainingProgram withEvaluations(Iterable<TrainingEvaluation> elements) {
    return ((ImmutableTrainingProgram) this).generatedWithEvaluations(
        Checks.notNull("TrainingProgram", "evaluations", elements))
        .generatedWithNoEvaluations(true);
  }

  /**
   * Returns a copy whose {@link #reinforcements() reinforcements} are the given elements: how
   * what was learned is reinforced on the job. The copy records the field even when it is given no
   * element, which then says "none" ({@link #noReinforcements()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final TrainingProgram withReinforcements(Reinforcement... elements) {
    return ((ImmutableTrainingProgram) this).generatedWithReinforcements(
        Checks.notNull("TrainingProgram", "reinforcements", elements))
        .generatedWithNoReinforcements(true);
  }

  /**
   * Returns a copy whose {@link #reinforcements() reinforcements} are the given elements: how
   * what was learned is reinforced on the job. The copy records the field even when it is given no
   * element, which then says "none" ({@link #noReinforcements()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final TrainingProgram withReinforcements(Iterable<Reinforcement> elements) {
    return ((ImmutableTrainingProgram) this).generatedWithReinforcements(
        Checks.notNull("TrainingProgram", "reinforcements", elements))
        .generatedWithNoReinforcements(true);
  }

  /**
   * Returns a copy with {@link #noEvaluations() noEvaluations} set to {@code value}: whether it is
   * recorded that the program is not evaluated at all.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TrainingProgram withNoEvaluations(boolean value) {
    return ((ImmutableTrainingProgram) this).generatedWithNoEvaluations(value);
  }

  /**
   * Returns a copy with {@link #noReinforcements() noReinforcements} set to {@code value}: whether
   * it is recorded that nothing reinforces the training on the job.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TrainingProgram withNoReinforcements(boolean value) {
    return ((ImmutableTrainingProgram) this).generatedWithNoReinforcements(value);
  }

  /** Builds a {@link TrainingProgram}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "TrainingProgram";

    private final ImmutableTrainingProgram.Builder delegate = ImmutableTrainingProgram.generatedBuilder();

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
    public Builder from(TrainingProgram instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link TrainingProgram#name() name} to a present value: the program's name, such as
     * "new-hire onboarding".
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
     * Sets {@link TrainingProgram#name() name}, or clears it when {@code name} is empty: the
     * program's name, such as "new-hire onboarding".
     *
     * @param name the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code name} is null
     */
    public Builder name(Optional<String> name) {
      delegate.name(Checks.notNull(TYPE, "name", name));
      return this;
    }

    /**
     * Sets {@link TrainingProgram#coverage() coverage}: who receives the training. Required.
     *
     * @param coverage the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code coverage} is null
     */
    public Builder coverage(TrainingCoverage coverage) {
      delegate.coverage(Checks.notNull(TYPE, "coverage", coverage));
      return this;
    }

    /**
     * Sets {@link TrainingProgram#teachesVision() teachesVision}: whether the program teaches the
     * customer service vision and the culture, not only tasks. Required.
     *
     * @param teachesVision the value
     * @return this builder
     */
    public Builder teachesVision(boolean teachesVision) {
      delegate.teachesVision(teachesVision);
      return this;
    }

    /**
     * Sets {@link TrainingProgram#hasFullyTrainedStandard() hasFullyTrainedStandard}: whether a
     * written standard says what a fully trained person can do. Required.
     *
     * @param hasFullyTrainedStandard the value
     * @return this builder
     */
    public Builder hasFullyTrainedStandard(boolean hasFullyTrainedStandard) {
      delegate.hasFullyTrainedStandard(hasFullyTrainedStandard);
      return this;
    }

    /**
     * Adds one element to {@link TrainingProgram#evaluations() evaluations}: how the program is
     * judged.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addEvaluation(TrainingEvaluation element) {
      delegate.addEvaluation(Checks.notNull(TYPE, "evaluations", element));
      return this;
    }

    /**
     * Adds the given elements to {@link TrainingProgram#evaluations() evaluations}: how the program
     * is judged.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addEvaluations(TrainingEvaluation... elements) {
      delegate.addEvaluations(Checks.notNull(TYPE, "evaluations", elements));
      return this;
    }

    /**
     * Replaces every element of {@link TrainingProgram#evaluations() evaluations} with those of
     * {@code elements}: how the program is judged. Records the field even when {@code elements} is
     * empty, which then says "none" ({@link TrainingProgram#noEvaluations()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder evaluations(Iterable<TrainingEvaluation> elements) {
      delegate.evaluations(Checks.notNull(TYPE, "evaluations", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noEvaluations(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link TrainingProgram#evaluations() evaluations}:
     * how the program is judged.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllEvaluations(Iterable<TrainingEvaluation> elements) {
      delegate.addAllEvaluations(Checks.notNull(TYPE, "evaluations", elements));
      return this;
    }

    /**
     * Adds one element to {@link TrainingProgram#reinforcements() reinforcements}: how what was
     * learned is reinforced on the job.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addReinforcement(Reinforcement element) {
      delegate.addReinforcement(Checks.notNull(TYPE, "reinforcements", element));
      return this;
    }

    /**
     * Adds the given elements to {@link TrainingProgram#reinforcements() reinforcements}: how what
     * was learned is reinforced on the job.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addReinforcements(Reinforcement... elements) {
      delegate.addReinforcements(Checks.notNull(TYPE, "reinforcements", elements));
      return this;
    }

    /**
     * Replaces every element of {@link TrainingProgram#reinforcements() reinforcements} with those
     * of {@code elements}: how what was learned is reinforced on the job. Records the field even
     * when {@code elements} is empty, which then says "none" ({@link
     * TrainingProgram#noReinforcements()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder reinforcements(Iterable<Reinforcement> elements) {
      delegate.reinforcements(Checks.notNull(TYPE, "reinforcements", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noReinforcements(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link TrainingProgram#reinforcements()
     * reinforcements}: how what was learned is reinforced on the job.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllReinforcements(Iterable<Reinforcement> elements) {
      delegate.addAllReinforcements(Checks.notNull(TYPE, "reinforcements", elements));
      return this;
    }

    /**
     * Sets {@link TrainingProgram#noEvaluations() noEvaluations}: whether it is recorded that the
     * program is not evaluated at all. False by default, which leaves the evaluations not recorded
     * unless some are added.
     *
     * @param noEvaluations the value
     * @return this builder
     */
    public Builder noEvaluations(boolean noEvaluations) {
      delegate.noEvaluations(noEvaluations);
      return this;
    }

    /**
     * Sets {@link TrainingProgram#noReinforcements() noReinforcements}: whether it is recorded that
     * nothing reinforces the training on the job. False by default, which leaves the reinforcements
     * not recorded unless some are added.
     *
     * @param noReinforcements the value
     * @return this builder
     */
    public Builder noReinforcements(boolean noReinforcements) {
      delegate.noReinforcements(noReinforcements);
      return this;
    }

    /**
     * Builds the {@link TrainingProgram}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public TrainingProgram build() {
      return delegate.build();
    }
  }
}
