package io.github.serviceculture.alignment.model;

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
public abstract class Organization implements WithOrganization {
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
   * @return the vision, or empty when the organization has none
   */
  public abstract Optional<ServiceVision> vision();

  /**
   * The performance goals set for employees, in the order given.
   *
   * @return the goals; empty when none are known
   */
  public abstract List<Goal> goals();

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
  void check() {
    Checks.notBlank("Organization", "name", name());
  }

  /** Builds an {@link Organization}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
