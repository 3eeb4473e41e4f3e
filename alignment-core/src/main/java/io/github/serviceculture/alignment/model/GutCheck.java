package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import org.immutables.value.Value;

/**
 * The test of a draft vision on stakeholders who were not in the drafting group, such as the chief
 * executive, long-serving employees or partners: how many were asked and how many recognized the
 * organization in it. A sound draft is recognized about 95 % of the time.
 *
 * <p>Invariants: at least one person was asked; the recognized count is between 0 and the asked
 * count.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GutCheck {
  GutCheck() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a gut check from its two counts.
   *
   * @param stakeholdersAsked how many stakeholders were asked; at least 1
   * @param recognized how many of them recognized the organization in the draft
   * @return the gut check
   */
  public static GutCheck of(int stakeholdersAsked, int recognized) {
    return builder().stakeholdersAsked(stakeholdersAsked).recognized(recognized).build();
  }

  /**
   * The number of stakeholders outside the drafting group who were asked.
   *
   * @return the count; at least 1
   */
  public abstract int stakeholdersAsked();

  /**
   * The number of those asked who recognized the organization in the draft.
   *
   * @return the count; from 0 to {@link #stakeholdersAsked()}
   */
  public abstract int recognized();

  /**
   * The share of stakeholders who recognized the organization.
   *
   * @return the recognition rate in percent, 0 to 100
   */
  public final double recognitionPercent() {
    return 100.0 * recognized() / stakeholdersAsked();
  }

  @Value.Check
  void check() {
    String type = "GutCheck";
    Checks.positive(type, "stakeholdersAsked", stakeholdersAsked());
    Checks.nonNegative(type, "recognized", recognized());
    Checks.require(recognized() <= stakeholdersAsked(), type, "recognized", recognized(),
        "must not exceed stakeholdersAsked (" + stakeholdersAsked() + ")");
  }

  /**
   * Returns a copy with {@link #stakeholdersAsked() stakeholdersAsked} set to {@code value}:
   * the number of stakeholders outside the drafting group who were asked.
   *
   * <p>The field's contract: the count; at least 1.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final GutCheck withStakeholdersAsked(int value) {
    return ((ImmutableGutCheck) this).generatedWithStakeholdersAsked(value);
  }

  /**
   * Returns a copy with {@link #recognized() recognized} set to {@code value}: the number of
   * those asked who recognized the organization in the draft.
   *
   * <p>The field's contract: the count; from 0 to {@link #stakeholdersAsked()}.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final GutCheck withRecognized(int value) {
    return ((ImmutableGutCheck) this).generatedWithRecognized(value);
  }

  /** Builds a {@link GutCheck}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "GutCheck";

    private final ImmutableGutCheck.Builder delegate = ImmutableGutCheck.generatedBuilder();

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
    public Builder from(GutCheck instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link GutCheck#stakeholdersAsked() stakeholdersAsked}: the number of stakeholders
     * outside the drafting group who were asked. Required.
     *
     * <p>The field's contract: the count; at least 1.
     *
     * @param stakeholdersAsked the value
     * @return this builder
     */
    public Builder stakeholdersAsked(int stakeholdersAsked) {
      delegate.stakeholdersAsked(stakeholdersAsked);
      return this;
    }

    /**
     * Sets {@link GutCheck#recognized() recognized}: the number of those asked who recognized the
     * organization in the draft. Required.
     *
     * <p>The field's contract: the count; from 0 to {@link #stakeholdersAsked()}.
     *
     * @param recognized the value
     * @return this builder
     */
    public Builder recognized(int recognized) {
      delegate.recognized(recognized);
      return this;
    }

    /**
     * Builds the {@link GutCheck}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public GutCheck build() {
      return delegate.build();
    }
  }
}
