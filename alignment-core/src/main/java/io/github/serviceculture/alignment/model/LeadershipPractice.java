package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
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
public abstract class LeadershipPractice {
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
   * @return the channels; empty when there are none ({@link #noListeningChannels()}) or they
   *     are not recorded
   */
  public abstract Set<ListeningChannel> listeningChannels();

  /**
   * Whether it is recorded that leaders have no channel through which they hear from frontline
   * employees. Rules judge a recorded "none" as a real absence; when this is false and {@link
   * #listeningChannels()} is empty, the listening channels are not recorded and rules report the
   * fact as unknown. A JSON document records this "none" as an empty array, and leaves the property
   * out when not recorded.
   *
   * <p>A listed element of {@link #listeningChannels()} overrides it: the value then holds it, and
   * this is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noListeningChannels() {
    return false;
  }

  /**
   * Whether the listening channels are recorded: listed, or recorded as none ({@link
   * #noListeningChannels()}).
   *
   * @return false when the listening channels are unknown
   */
  public final boolean listeningChannelsRecorded() {
    return noListeningChannels() || !listeningChannels().isEmpty();
  }

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

  @Value.Check
  LeadershipPractice check() {
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    if (noListeningChannels() && !listeningChannels().isEmpty()) {
      return ((ImmutableLeadershipPractice) this).generatedWithNoListeningChannels(false);
    }
    return this;
  }

  /**
   * Returns a copy with {@link #visionInTeamMeetings() visionInTeamMeetings} set to a present
   * {@code value}: how often leaders discuss the vision in team meetings.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final LeadershipPractice withVisionInTeamMeetings(Frequency value) {
    return ((ImmutableLeadershipPractice) this).generatedWithVisionInTeamMeetings(
        Checks.notNull("LeadershipPractice", "visionInTeamMeetings", value));
  }

  /**
   * Returns a copy with {@link #visionInTeamMeetings() visionInTeamMeetings} set to {@code
   * optional}, or cleared when it is empty: how often leaders discuss the vision in team
   * meetings.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withVisionInTeamMeetings(Optional<? extends Frequency> optional) {
    return ((ImmutableLeadershipPractice) this).generatedWithVisionInTeamMeetings(
        Checks.notNull("LeadershipPractice", "visionInTeamMeetings", optional));
  }

  /**
   * Returns a copy with {@link #visionInOneOnOnes() visionInOneOnOnes} set to a present {@code
   * value}: how often leaders discuss the vision in one-on-one meetings.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final LeadershipPractice withVisionInOneOnOnes(Frequency value) {
    return ((ImmutableLeadershipPractice) this).generatedWithVisionInOneOnOnes(
        Checks.notNull("LeadershipPractice", "visionInOneOnOnes", value));
  }

  /**
   * Returns a copy with {@link #visionInOneOnOnes() visionInOneOnOnes} set to {@code
   * optional}, or cleared when it is empty: how often leaders discuss the vision in one-on-one
   * meetings.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withVisionInOneOnOnes(Optional<? extends Frequency> optional) {
    return ((ImmutableLeadershipPractice) this).generatedWithVisionInOneOnOnes(
        Checks.notNull("LeadershipPractice", "visionInOneOnOnes", optional));
  }

  /**
   * Returns a copy with {@link #executiveVisits() executiveVisits} set to a present {@code
   * value}: how often executives visit each location or team.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final LeadershipPractice withExecutiveVisits(Frequency value) {
    return ((ImmutableLeadershipPractice) this).generatedWithExecutiveVisits(
        Checks.notNull("LeadershipPractice", "executiveVisits", value));
  }

  /**
   * Returns a copy with {@link #executiveVisits() executiveVisits} set to {@code optional}, or
   * cleared when it is empty: how often executives visit each location or team.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withExecutiveVisits(Optional<? extends Frequency> optional) {
    return ((ImmutableLeadershipPractice) this).generatedWithExecutiveVisits(
        Checks.notNull("LeadershipPractice", "executiveVisits", optional));
  }

  /**
   * Returns a copy with {@link #leadersServeCustomers() leadersServeCustomers} set to a
   * present {@code value}: whether leaders, the chief executive included, serve customers
   * directly from time to time.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final LeadershipPractice withLeadersServeCustomers(boolean value) {
    return ((ImmutableLeadershipPractice) this).generatedWithLeadersServeCustomers(value);
  }

  /**
   * Returns a copy with {@link #leadersServeCustomers() leadersServeCustomers} set to {@code
   * optional}, or cleared when it is empty: whether leaders, the chief executive included,
   * serve customers directly from time to time.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withLeadersServeCustomers(Optional<Boolean> optional) {
    return ((ImmutableLeadershipPractice) this).generatedWithLeadersServeCustomers(
        Checks.notNull("LeadershipPractice", "leadersServeCustomers", optional));
  }

  /**
   * Returns a copy whose {@link #listeningChannels() listeningChannels} are the given
   * elements: the ways leaders hear from frontline employees. The copy records the field even when
   * it is given no element, which then says "none" ({@link #noListeningChannels()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withListeningChannels(ListeningChannel... elements) {
    return ((ImmutableLeadershipPractice) this).generatedWithListeningChannels(
        Checks.notNull("LeadershipPractice", "listeningChannels", elements))
        .generatedWithNoListeningChannels(true);
  }

  /**
   * Returns a copy whose {@link #listeningChannels() listeningChannels} are the given
   * elements: the ways leaders hear from frontline employees. The copy records the field even when
   * it is given no element, which then says "none" ({@link #noListeningChannels()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withListeningChannels(Iterable<ListeningChannel> elements) {
    return ((ImmutableLeadershipPractice) this).generatedWithListeningChannels(
        Checks.notNull("LeadershipPractice", "listeningChannels", elements))
        .generatedWithNoListeningChannels(true);
  }

  /**
   * Returns a copy with {@link #specificPositiveFeedback() specificPositiveFeedback} set to a
   * present {@code value}: whether leaders give positive, specific feedback on service.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final LeadershipPractice withSpecificPositiveFeedback(boolean value) {
    return ((ImmutableLeadershipPractice) this).generatedWithSpecificPositiveFeedback(value);
  }

  /**
   * Returns a copy with {@link #specificPositiveFeedback() specificPositiveFeedback} set to
   * {@code optional}, or cleared when it is empty: whether leaders give positive, specific
   * feedback on service.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withSpecificPositiveFeedback(Optional<Boolean> optional) {
    return ((ImmutableLeadershipPractice) this).generatedWithSpecificPositiveFeedback(
        Checks.notNull("LeadershipPractice", "specificPositiveFeedback", optional));
  }

  /**
   * Returns a copy with {@link #serviceAccountability() serviceAccountability} set to a
   * present {@code value}: whether people are held accountable for the service standard, for
   * example in reviews.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final LeadershipPractice withServiceAccountability(boolean value) {
    return ((ImmutableLeadershipPractice) this).generatedWithServiceAccountability(value);
  }

  /**
   * Returns a copy with {@link #serviceAccountability() serviceAccountability} set to {@code
   * optional}, or cleared when it is empty: whether people are held accountable for the
   * service standard, for example in reviews.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final LeadershipPractice withServiceAccountability(Optional<Boolean> optional) {
    return ((ImmutableLeadershipPractice) this).generatedWithServiceAccountability(
        Checks.notNull("LeadershipPractice", "serviceAccountability", optional));
  }

  /**
   * Returns a copy with {@link #noListeningChannels() noListeningChannels} set to {@code value}:
   * whether it is recorded that leaders have no channel through which they hear from frontline
   * employees.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final LeadershipPractice withNoListeningChannels(boolean value) {
    return ((ImmutableLeadershipPractice) this).generatedWithNoListeningChannels(value);
  }

  /** Builds a {@link LeadershipPractice}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "LeadershipPractice";

    private final ImmutableLeadershipPractice.Builder delegate = ImmutableLeadershipPractice.generatedBuilder();

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
    public Builder from(LeadershipPractice instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#visionInTeamMeetings() visionInTeamMeetings} to a present
     * value: how often leaders discuss the vision in team meetings.
     *
     * @param visionInTeamMeetings the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code visionInTeamMeetings} is null
     */
    public Builder visionInTeamMeetings(Frequency visionInTeamMeetings) {
      delegate.visionInTeamMeetings(Checks.notNull(TYPE, "visionInTeamMeetings", visionInTeamMeetings));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#visionInTeamMeetings() visionInTeamMeetings}, or clears it
     * when {@code visionInTeamMeetings} is empty: how often leaders discuss the vision in team
     * meetings.
     *
     * @param visionInTeamMeetings the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code visionInTeamMeetings} is null
     */
    public Builder visionInTeamMeetings(Optional<? extends Frequency> visionInTeamMeetings) {
      delegate.visionInTeamMeetings(Checks.notNull(TYPE, "visionInTeamMeetings", visionInTeamMeetings));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#visionInOneOnOnes() visionInOneOnOnes} to a present value: how
     * often leaders discuss the vision in one-on-one meetings.
     *
     * @param visionInOneOnOnes the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code visionInOneOnOnes} is null
     */
    public Builder visionInOneOnOnes(Frequency visionInOneOnOnes) {
      delegate.visionInOneOnOnes(Checks.notNull(TYPE, "visionInOneOnOnes", visionInOneOnOnes));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#visionInOneOnOnes() visionInOneOnOnes}, or clears it when
     * {@code visionInOneOnOnes} is empty: how often leaders discuss the vision in one-on-one
     * meetings.
     *
     * @param visionInOneOnOnes the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code visionInOneOnOnes} is null
     */
    public Builder visionInOneOnOnes(Optional<? extends Frequency> visionInOneOnOnes) {
      delegate.visionInOneOnOnes(Checks.notNull(TYPE, "visionInOneOnOnes", visionInOneOnOnes));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#executiveVisits() executiveVisits} to a present value: how
     * often executives visit each location or team.
     *
     * @param executiveVisits the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code executiveVisits} is null
     */
    public Builder executiveVisits(Frequency executiveVisits) {
      delegate.executiveVisits(Checks.notNull(TYPE, "executiveVisits", executiveVisits));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#executiveVisits() executiveVisits}, or clears it when {@code
     * executiveVisits} is empty: how often executives visit each location or team.
     *
     * @param executiveVisits the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code executiveVisits} is null
     */
    public Builder executiveVisits(Optional<? extends Frequency> executiveVisits) {
      delegate.executiveVisits(Checks.notNull(TYPE, "executiveVisits", executiveVisits));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#leadersServeCustomers() leadersServeCustomers} to a present
     * value: whether leaders, the chief executive included, serve customers directly from time to
     * time.
     *
     * @param leadersServeCustomers the value
     * @return this builder
     */
    public Builder leadersServeCustomers(boolean leadersServeCustomers) {
      delegate.leadersServeCustomers(leadersServeCustomers);
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#leadersServeCustomers() leadersServeCustomers}, or clears it
     * when {@code leadersServeCustomers} is empty: whether leaders, the chief executive included,
     * serve customers directly from time to time.
     *
     * @param leadersServeCustomers the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code leadersServeCustomers} is null
     */
    public Builder leadersServeCustomers(Optional<Boolean> leadersServeCustomers) {
      delegate.leadersServeCustomers(Checks.notNull(TYPE, "leadersServeCustomers", leadersServeCustomers));
      return this;
    }

    /**
     * Adds one element to {@link LeadershipPractice#listeningChannels() listeningChannels}: the
     * ways leaders hear from frontline employees.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addListeningChannel(ListeningChannel element) {
      delegate.addListeningChannel(Checks.notNull(TYPE, "listeningChannels", element));
      return this;
    }

    /**
     * Adds the given elements to {@link LeadershipPractice#listeningChannels() listeningChannels}:
     * the ways leaders hear from frontline employees.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addListeningChannels(ListeningChannel... elements) {
      delegate.addListeningChannels(Checks.notNull(TYPE, "listeningChannels", elements));
      return this;
    }

    /**
     * Replaces every element of {@link LeadershipPractice#listeningChannels() listeningChannels}
     * with those of {@code elements}: the ways leaders hear from frontline employees. Records the
     * field even when {@code elements} is empty, which then says "none" ({@link
     * LeadershipPractice#noListeningChannels()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder listeningChannels(Iterable<ListeningChannel> elements) {
      delegate.listeningChannels(Checks.notNull(TYPE, "listeningChannels", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noListeningChannels(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link LeadershipPractice#listeningChannels()
     * listeningChannels}: the ways leaders hear from frontline employees.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllListeningChannels(Iterable<ListeningChannel> elements) {
      delegate.addAllListeningChannels(Checks.notNull(TYPE, "listeningChannels", elements));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#specificPositiveFeedback() specificPositiveFeedback} to a
     * present value: whether leaders give positive, specific feedback on service.
     *
     * @param specificPositiveFeedback the value
     * @return this builder
     */
    public Builder specificPositiveFeedback(boolean specificPositiveFeedback) {
      delegate.specificPositiveFeedback(specificPositiveFeedback);
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#specificPositiveFeedback() specificPositiveFeedback}, or
     * clears it when {@code specificPositiveFeedback} is empty: whether leaders give positive,
     * specific feedback on service.
     *
     * @param specificPositiveFeedback the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code specificPositiveFeedback} is null
     */
    public Builder specificPositiveFeedback(Optional<Boolean> specificPositiveFeedback) {
      delegate.specificPositiveFeedback(Checks.notNull(TYPE, "specificPositiveFeedback", specificPositiveFeedback));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#serviceAccountability() serviceAccountability} to a present
     * value: whether people are held accountable for the service standard, for example in reviews.
     *
     * @param serviceAccountability the value
     * @return this builder
     */
    public Builder serviceAccountability(boolean serviceAccountability) {
      delegate.serviceAccountability(serviceAccountability);
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#serviceAccountability() serviceAccountability}, or clears it
     * when {@code serviceAccountability} is empty: whether people are held accountable for the
     * service standard, for example in reviews.
     *
     * @param serviceAccountability the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code serviceAccountability} is null
     */
    public Builder serviceAccountability(Optional<Boolean> serviceAccountability) {
      delegate.serviceAccountability(Checks.notNull(TYPE, "serviceAccountability", serviceAccountability));
      return this;
    }

    /**
     * Sets {@link LeadershipPractice#noListeningChannels() noListeningChannels}: whether it is
     * recorded that leaders have no channel through which they hear from frontline employees. False
     * by default, which leaves the listening channels not recorded unless some are added.
     *
     * @param noListeningChannels the value
     * @return this builder
     */
    public Builder noListeningChannels(boolean noListeningChannels) {
      delegate.noListeningChannels(noListeningChannels);
      return this;
    }

    /**
     * Builds the {@link LeadershipPractice}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public LeadershipPractice build() {
      return delegate.build();
    }
  }
}
