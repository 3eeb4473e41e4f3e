package io.github.serviceculture.alignment.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What leaders say and do about service: how often they raise the vision, whether they visit
 * locations and serve customers themselves, how they listen to frontline employees, and how they
 * give feedback and hold people accountable.
 *
 * <p>Every fact is optional, because organizations often do not know them; unknown facts are not
 * treated as failures.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LeadershipPractice implements WithLeadershipPractice {
  LeadershipPractice() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How often leaders discuss the vision in team meetings.
   *
   * @return the frequency, or empty when unknown
   */
  public abstract Optional<Frequency> visionInTeamMeetings();

  /**
   * How often leaders discuss the vision in one-on-one meetings.
   *
   * @return the frequency, or empty when unknown
   */
  public abstract Optional<Frequency> visionInOneOnOnes();

  /**
   * How often executives visit each location or team.
   *
   * @return the frequency, or empty when unknown
   */
  public abstract Optional<Frequency> executiveVisits();

  /**
   * Whether leaders, the chief executive included, serve customers directly from time to time.
   *
   * @return whether they do, or empty when unknown
   */
  public abstract Optional<Boolean> leadersServeCustomers();

  /**
   * The ways leaders hear from frontline employees.
   *
   * @return the channels; empty when there are none or they are unknown
   */
  public abstract Set<ListeningChannel> listeningChannels();

  /**
   * Whether leaders give positive, specific feedback on service.
   *
   * @return whether they do, or empty when unknown
   */
  public abstract Optional<Boolean> specificPositiveFeedback();

  /**
   * Whether people are held accountable for the service standard, for example in reviews.
   *
   * @return whether they are, or empty when unknown
   */
  public abstract Optional<Boolean> serviceAccountability();

  /** Builds a {@link LeadershipPractice}. Not thread-safe. */
  public static final class Builder extends ImmutableLeadershipPractice.Builder {
    Builder() {}
  }
}
