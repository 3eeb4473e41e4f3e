package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The customer service vision: a shared definition of outstanding service that points everyone the
 * same way, and how it was made.
 *
 * <p>A good vision is simple (one sentence is best), focused on customers, and describes the
 * service the organization gives on its best day. It is made from all employees' input, drafted by
 * a cross-functional group and checked on stakeholders who were not in the room; the rules check
 * each of these.
 *
 * <p>Invariants: the statement is not blank.
 *
 * <pre>{@code
 * ServiceVision vision = ServiceVision.builder()
 *     .statement("Make it easy to join the clean vehicle movement")
 *     .addInputChannel(InputChannel.SURVEY)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceVision {
  ServiceVision() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a vision from its statement alone, when nothing is known of how it was made.
   *
   * @param statement the vision as written; not blank
   * @return the vision
   */
  public static ServiceVision of(String statement) {
    return builder().statement(statement).build();
  }

  /**
   * The vision as written.
   *
   * @return the statement; not blank
   */
  public abstract String statement();

  /**
   * The ways employees' input was gathered before drafting.
   *
   * @return the channels; empty when no input was gathered ({@link #noInputChannels()}) or
   *     the channels are not recorded
   */
  public abstract Set<InputChannel> inputChannels();

  /**
   * Whether it is recorded that employees' input was gathered through no channel before the vision
   * was drafted. Rules judge a recorded "none" as a real absence; when this is false and {@link
   * #inputChannels()} is empty, the input channels are not recorded and rules report the fact as
   * unknown. A JSON document records this "none" as an empty array, and leaves the property out
   * when not recorded.
   *
   * <p>A listed element of {@link #inputChannels()} overrides it: the value then holds it, and this
   * is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noInputChannels() {
    return false;
  }

  /**
   * Whether the input channels are recorded: listed, or recorded as none ({@link
   * #noInputChannels()}).
   *
   * @return false when the input channels are unknown
   */
  public final boolean inputChannelsRecorded() {
    return noInputChannels() || !inputChannels().isEmpty();
  }

  /**
   * The group that drafted the vision.
   *
   * @return the drafting group, or empty when unknown
   */
  public abstract Optional<DraftingGroup> draftingGroup();

  /**
   * The test of the draft on stakeholders outside the drafting group.
   *
   * @return the gut check, or empty when none was done ({@link #noGutCheck()}) or it is not
   *     recorded
   */
  public abstract Optional<GutCheck> gutCheck();

  /**
   * Whether it is recorded that the vision was not gut-checked with stakeholders outside the
   * drafting group. Rules judge a recorded "none" as a real absence; when this is false and {@link
   * #gutCheck()} is empty, the gut check is not recorded and rules report the fact as unknown. A
   * JSON document records this "none" as the string {@code "none"}, and leaves the property out
   * when not recorded.
   *
   * <p>A present {@link #gutCheck()} overrides it: the value then holds it, and this is false.
   *
   * @return true when "none" is recorded; false by default
   */
  @Value.Default
  public boolean noGutCheck() {
    return false;
  }

  /**
   * Whether the gut check is recorded: present, or recorded as none ({@link #noGutCheck()}).
   *
   * @return false when the gut check is unknown
   */
  public final boolean gutCheckRecorded() {
    return noGutCheck() || gutCheck().isPresent();
  }

  @Value.Check
  ServiceVision check() {
    Checks.notBlank("ServiceVision", "statement", statement());
    // Listing an element overrides a recorded "none", so that adding to such a value just works.
    ServiceVision value = this;
    if (noInputChannels() && !inputChannels().isEmpty()) {
      value = ((ImmutableServiceVision) value).generatedWithNoInputChannels(false);
    }
    if (noGutCheck() && gutCheck().isPresent()) {
      value = ((ImmutableServiceVision) value).generatedWithNoGutCheck(false);
    }
    return value;
  }

  /**
   * Returns a copy with {@link #statement() statement} set to {@code value}: the vision as
   * written.
   *
   * <p>The field's contract: the statement; not blank.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ServiceVision withStatement(String value) {
    return ((ImmutableServiceVision) this).generatedWithStatement(Checks.notNull("ServiceVision", "statement", value));
  }

  /**
   * Returns a copy whose {@link #inputChannels() inputChannels} are the given elements: the
   * ways employees' input was gathered before drafting. The copy records the field even when it is
   * given no element, which then says "none" ({@link #noInputChannels()}).
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ServiceVision withInputChannels(InputChannel... elements) {
    return ((ImmutableServiceVision) this).generatedWithInputChannels(
        Checks.notNull("ServiceVision", "inputChannels", elements))
        .generatedWithNoInputChannels(true);
  }

  /**
   * Returns a copy whose {@link #inputChannels() inputChannels} are the given elements: the
   * ways employees' input was gathered before drafting. The copy records the field even when it is
   * given no element, which then says "none" ({@link #noInputChannels()}).
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ServiceVision withInputChannels(Iterable<InputChannel> elements) {
    return ((ImmutableServiceVision) this).generatedWithInputChannels(
        Checks.notNull("ServiceVision", "inputChannels", elements))
        .generatedWithNoInputChannels(true);
  }

  /**
   * Returns a copy with {@link #draftingGroup() draftingGroup} set to a present {@code value}:
   * the group that drafted the vision.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ServiceVision withDraftingGroup(DraftingGroup value) {
    return ((ImmutableServiceVision) this).generatedWithDraftingGroup(
        Checks.notNull("ServiceVision", "draftingGroup", value));
  }

  /**
   * Returns a copy with {@link #draftingGroup() draftingGroup} set to {@code optional}, or
   * cleared when it is empty: the group that drafted the vision.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final ServiceVision withDraftingGroup(Optional<? extends DraftingGroup> optional) {
    return ((ImmutableServiceVision) this).generatedWithDraftingGroup(
        Checks.notNull("ServiceVision", "draftingGroup", optional));
  }

  /**
   * Returns a copy with {@link #gutCheck() gutCheck} set to a present {@code value}: the test
   * of the draft on stakeholders outside the drafting group.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ServiceVision withGutCheck(GutCheck value) {
    return ((ImmutableServiceVision) this).generatedWithGutCheck(Checks.notNull("ServiceVision", "gutCheck", value));
  }

  /**
   * Returns a copy with {@link #gutCheck() gutCheck} set to {@code optional}, or cleared when
   * it is empty: the test of the draft on stakeholders outside the drafting group.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final ServiceVision withGutCheck(Optional<? extends GutCheck> optional) {
    return ((ImmutableServiceVision) this).generatedWithGutCheck(Checks.notNull("ServiceVision", "gutCheck", optional));
  }

  /**
   * Returns a copy with {@link #noInputChannels() noInputChannels} set to {@code value}: whether it
   * is recorded that employees' input was gathered through no channel before the vision was
   * drafted.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ServiceVision withNoInputChannels(boolean value) {
    return ((ImmutableServiceVision) this).generatedWithNoInputChannels(value);
  }

  /**
   * Returns a copy with {@link #noGutCheck() noGutCheck} set to {@code value}: whether it is
   * recorded that the vision was not gut-checked with stakeholders outside the drafting group.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ServiceVision withNoGutCheck(boolean value) {
    return ((ImmutableServiceVision) this).generatedWithNoGutCheck(value);
  }

  /** Builds a {@link ServiceVision}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "ServiceVision";

    private final ImmutableServiceVision.Builder delegate = ImmutableServiceVision.generatedBuilder();

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
    public Builder from(ServiceVision instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ServiceVision#statement() statement}: the vision as written. Required.
     *
     * <p>The field's contract: the statement; not blank.
     *
     * @param statement the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code statement} is null
     */
    public Builder statement(String statement) {
      delegate.statement(Checks.notNull(TYPE, "statement", statement));
      return this;
    }

    /**
     * Adds one element to {@link ServiceVision#inputChannels() inputChannels}: the ways employees'
     * input was gathered before drafting.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addInputChannel(InputChannel element) {
      delegate.addInputChannel(Checks.notNull(TYPE, "inputChannels", element));
      return this;
    }

    /**
     * Adds the given elements to {@link ServiceVision#inputChannels() inputChannels}: the ways
     * employees' input was gathered before drafting.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addInputChannels(InputChannel... elements) {
      delegate.addInputChannels(Checks.notNull(TYPE, "inputChannels", elements));
      return this;
    }

    /**
     * Replaces every element of {@link ServiceVision#inputChannels() inputChannels} with those of
     * {@code elements}: the ways employees' input was gathered before drafting. Records the field
     * even when {@code elements} is empty, which then says "none" ({@link
     * ServiceVision#noInputChannels()}).
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder inputChannels(Iterable<InputChannel> elements) {
      delegate.inputChannels(Checks.notNull(TYPE, "inputChannels", elements));
      // Replacing records the field, so an empty list says "none"; listed elements override it.
      delegate.noInputChannels(true);
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link ServiceVision#inputChannels()
     * inputChannels}: the ways employees' input was gathered before drafting.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllInputChannels(Iterable<InputChannel> elements) {
      delegate.addAllInputChannels(Checks.notNull(TYPE, "inputChannels", elements));
      return this;
    }

    /**
     * Sets {@link ServiceVision#draftingGroup() draftingGroup} to a present value: the group that
     * drafted the vision.
     *
     * @param draftingGroup the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code draftingGroup} is null
     */
    public Builder draftingGroup(DraftingGroup draftingGroup) {
      delegate.draftingGroup(Checks.notNull(TYPE, "draftingGroup", draftingGroup));
      return this;
    }

    /**
     * Sets {@link ServiceVision#draftingGroup() draftingGroup}, or clears it when {@code
     * draftingGroup} is empty: the group that drafted the vision.
     *
     * @param draftingGroup the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code draftingGroup} is null
     */
    public Builder draftingGroup(Optional<? extends DraftingGroup> draftingGroup) {
      delegate.draftingGroup(Checks.notNull(TYPE, "draftingGroup", draftingGroup));
      return this;
    }

    /**
     * Sets {@link ServiceVision#gutCheck() gutCheck} to a present value: the test of the draft on
     * stakeholders outside the drafting group.
     *
     * @param gutCheck the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code gutCheck} is null
     */
    public Builder gutCheck(GutCheck gutCheck) {
      delegate.gutCheck(Checks.notNull(TYPE, "gutCheck", gutCheck));
      return this;
    }

    /**
     * Sets {@link ServiceVision#gutCheck() gutCheck}, or clears it when {@code gutCheck} is empty:
     * the test of the draft on stakeholders outside the drafting group.
     *
     * @param gutCheck the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code gutCheck} is null
     */
    public Builder gutCheck(Optional<? extends GutCheck> gutCheck) {
      delegate.gutCheck(Checks.notNull(TYPE, "gutCheck", gutCheck));
      return this;
    }

    /**
     * Sets {@link ServiceVision#noInputChannels() noInputChannels}: whether it is recorded that
     * employees' input was gathered through no channel before the vision was drafted. False by
     * default, which leaves the input channels not recorded unless some are added.
     *
     * @param noInputChannels the value
     * @return this builder
     */
    public Builder noInputChannels(boolean noInputChannels) {
      delegate.noInputChannels(noInputChannels);
      return this;
    }

    /**
     * Sets {@link ServiceVision#noGutCheck() noGutCheck}: whether it is recorded that the vision
     * was not gut-checked with stakeholders outside the drafting group. False by default, which
     * leaves the gut check not recorded unless it is set.
     *
     * @param noGutCheck the value
     * @return this builder
     */
    public Builder noGutCheck(boolean noGutCheck) {
      delegate.noGutCheck(noGutCheck);
      return this;
    }

    /**
     * Builds the {@link ServiceVision}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ServiceVision build() {
      return delegate.build();
    }
  }
}
