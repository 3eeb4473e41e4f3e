package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A trait in the ideal-candidate profile, whether it is a service trait, and how candidates are
 * assessed for it.
 *
 * <p>Service traits, such as trustworthiness or a wish to help people, are hard to teach and so must
 * be hired for; skills can be taught after hiring.
 *
 * <p>Invariants: the name is not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProfileTrait implements WithProfileTrait {
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
   * Whether this is a service trait (a disposition to serve) rather than a skill or a qualification.
   *
   * @return true for a service trait
   */
  public abstract boolean isServiceTrait();

  /**
   * The ways candidates are assessed for this trait.
   *
   * @return the assessment methods; empty when the trait is listed but not assessed
   */
  public abstract Set<CandidateAssessment> assessedBy();

  /**
   * Whether candidates are assessed for this trait at all.
   *
   * @return true when at least one assessment method is listed
   */
  public final boolean isAssessed() {
    return !assessedBy().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.notBlank("ProfileTrait", "name", name());
  }

  /** Builds a {@link ProfileTrait}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableProfileTrait.Builder {
    Builder() {}
  }
}
