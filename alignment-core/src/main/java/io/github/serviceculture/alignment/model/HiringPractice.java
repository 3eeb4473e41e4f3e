package io.github.serviceculture.alignment.model;

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
public abstract class HiringPractice implements WithHiringPractice {
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
   * @return the traits; empty when there is no profile
   */
  public abstract List<ProfileTrait> profileTraits();

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
   * @return the commitment check, or empty when there is none
   */
  public abstract Optional<CommitmentCheck> commitmentCheck();

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
  void check() {
    Set<String> seen = new HashSet<>();
    for (ProfileTrait trait : profileTraits()) {
      Checks.require(seen.add(trait.name().toLowerCase(Locale.ROOT)), "HiringPractice", "profileTraits",
          trait.name(), "must not name the same trait twice");
    }
  }

  /** Builds a {@link HiringPractice}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableHiringPractice.Builder {
    Builder() {}
  }
}
