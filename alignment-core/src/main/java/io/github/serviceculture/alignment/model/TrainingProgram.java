package io.github.serviceculture.alignment.model;

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
public abstract class TrainingProgram implements WithTrainingProgram {
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
   * @return the evaluation methods; empty when it is not evaluated
   */
  public abstract Set<TrainingEvaluation> evaluations();

  /**
   * How what was learned is reinforced on the job.
   *
   * @return the reinforcement practices; empty when there are none
   */
  public abstract Set<Reinforcement> reinforcements();

  /**
   * Whether at least one evaluation judges what people can do.
   *
   * @return true when an evaluation method is performance-based
   */
  public final boolean isEvaluatedByPerformance() {
    return evaluations().stream().anyMatch(TrainingEvaluation::isPerformanceBased);
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.notBlank("TrainingProgram", "name", n));
  }

  /** Builds a {@link TrainingProgram}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableTrainingProgram.Builder {
    Builder() {}
  }
}
