package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.stats.Estimate;
import org.immutables.value.Value;

/**
 * The item analysis of one item of a dimension ({@code psych::alpha}'s {@code item.stats} and {@code
 * alpha.drop}), part of {@link Psychometrics}.
 *
 * <p>Invariants: the item id is not blank; n is not negative; the missing share, when defined, lies
 * in [0, 1]; the SD, when defined, is not negative.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ItemStatistics {
  ItemStatistics() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The item's id in the instrument.
   *
   * @return the id
   */
  public abstract String itemId();

  /**
   * The number of respondents behind the figures who answered the item.
   *
   * @return the count
   */
  public abstract int n();

  /**
   * The share of the respondents behind the figures who did not answer the item.
   *
   * @return the share in [0, 1]; never withheld, as who answered which item is not protected (the
   *     guarantee assumes it known)
   */
  public abstract Estimate missingShare();

  /**
   * The mean keyed answer (after reverse keying), in scale units.
   *
   * @return the mean, or undefined with its reason
   */
  public abstract Estimate mean();

  /**
   * The standard deviation (n - 1) of the keyed answers.
   *
   * @return the SD, or undefined with its reason
   */
  public abstract Estimate sd();

  /**
   * The correlation of the item with the respondents' mean of their answered items, the item
   * included ({@code raw.r}).
   *
   * @return the correlation, or undefined with its reason
   */
  public abstract Estimate itemTotalR();

  /**
   * The item-total correlation corrected for item overlap and reliability ({@code r.cor}).
   *
   * @return the correlation, or undefined with its reason
   */
  public abstract Estimate correctedItemTotalR();

  /**
   * The correlation of the item with the total of the other items ({@code r.drop}).
   *
   * @return the correlation, or undefined with its reason
   */
  public abstract Estimate itemRestR();

  /**
   * Raw alpha of the dimension without this item ({@code alpha.drop}'s {@code raw_alpha}).
   *
   * @return alpha, or undefined with its reason
   */
  public abstract Estimate alphaIfDropped();

  @Value.Check
  void check() {
    String type = "ItemStatistics";
    Checks.require(!itemId().isBlank(), type, "itemId", itemId(), "must not be blank");
    Checks.require(n() >= 0, type, "n", n(), "must not be negative");
    Checks.require(!missingShare().isDefined() || missingShare().value() >= 0 && missingShare().value() <= 1, type,
        "missingShare", missingShare().isDefined() ? missingShare().value() : null, "must lie in [0, 1]");
    Checks.require(!sd().isDefined() || sd().value() >= 0, type, "sd", sd().isDefined() ? sd().value() : null,
        "must not be negative");
  }

  /**
   * Returns a copy with {@link #itemId() itemId} set to {@code value}: the item's id in the
   * instrument.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withItemId(String value) {
    return ((ImmutableItemStatistics) this).generatedWithItemId(Checks.notNull("ItemStatistics", "itemId", value));
  }

  /**
   * Returns a copy with {@link #n() n} set to {@code value}: the number of respondents behind the
   * figures who answered the item.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ItemStatistics withN(int value) {
    return ((ImmutableItemStatistics) this).generatedWithN(value);
  }

  /**
   * Returns a copy with {@link #missingShare() missingShare} set to {@code value}: the share of the
   * respondents behind the figures who did not answer the item.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withMissingShare(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithMissingShare(Checks.notNull("ItemStatistics", "missingShare", value));
  }

  /**
   * Returns a copy with {@link #mean() mean} set to {@code value}: the mean keyed answer (after
   * reverse keying), in scale units.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withMean(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithMean(Checks.notNull("ItemStatistics", "mean", value));
  }

  /**
   * Returns a copy with {@link #sd() sd} set to {@code value}: the standard deviation (n - 1) of
   * the keyed answers.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withSd(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithSd(Checks.notNull("ItemStatistics", "sd", value));
  }

  /**
   * Returns a copy with {@link #itemTotalR() itemTotalR} set to {@code value}: the correlation of
   * the item with the respondents' mean of their answered items, the item included ({@code raw.r}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withItemTotalR(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithItemTotalR(Checks.notNull("ItemStatistics", "itemTotalR", value));
  }

  /**
   * Returns a copy with {@link #correctedItemTotalR() correctedItemTotalR} set to {@code value}:
   * the item-total correlation corrected for item overlap and reliability ({@code r.cor}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withCorrectedItemTotalR(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithCorrectedItemTotalR(Checks.notNull("ItemStatistics", "correctedItemTotalR", value));
  }

  /**
   * Returns a copy with {@link #itemRestR() itemRestR} set to {@code value}: the correlation of the
   * item with the total of the other items ({@code r.drop}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withItemRestR(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithItemRestR(Checks.notNull("ItemStatistics", "itemRestR", value));
  }

  /**
   * Returns a copy with {@link #alphaIfDropped() alphaIfDropped} set to {@code value}: raw alpha of
   * the dimension without this item ({@code alpha.drop}'s {@code raw_alpha}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final ItemStatistics withAlphaIfDropped(Estimate value) {
    return ((ImmutableItemStatistics) this).generatedWithAlphaIfDropped(Checks.notNull("ItemStatistics", "alphaIfDropped", value));
  }

  /** Builds a {@link ItemStatistics}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "ItemStatistics";

    private final ImmutableItemStatistics.Builder delegate = ImmutableItemStatistics.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder; an optional field that is empty
     * there keeps this builder's value, and a list field gets {@code instance}'s elements added to
     * those this builder already holds.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(ItemStatistics instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#itemId() itemId}: the item's id in the instrument. Required.
     *
     * @param itemId the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code itemId} is null
     */
    public Builder itemId(String itemId) {
      delegate.itemId(Checks.notNull(TYPE, "itemId", itemId));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#n() n}: the number of respondents behind the figures who answered
     * the item. Required.
     *
     * @param n the value
     * @return this builder
     */
    public Builder n(int n) {
      delegate.n(n);
      return this;
    }

    /**
     * Sets {@link ItemStatistics#missingShare() missingShare}: the share of the respondents behind
     * the figures who did not answer the item. Required.
     *
     * @param missingShare the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code missingShare} is null
     */
    public Builder missingShare(Estimate missingShare) {
      delegate.missingShare(Checks.notNull(TYPE, "missingShare", missingShare));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#mean() mean}: the mean keyed answer (after reverse keying), in
     * scale units. Required.
     *
     * @param mean the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code mean} is null
     */
    public Builder mean(Estimate mean) {
      delegate.mean(Checks.notNull(TYPE, "mean", mean));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#sd() sd}: the standard deviation (n - 1) of the keyed answers.
     * Required.
     *
     * @param sd the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code sd} is null
     */
    public Builder sd(Estimate sd) {
      delegate.sd(Checks.notNull(TYPE, "sd", sd));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#itemTotalR() itemTotalR}: the correlation of the item with the
     * respondents' mean of their answered items, the item included ({@code raw.r}). Required.
     *
     * @param itemTotalR the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code itemTotalR} is null
     */
    public Builder itemTotalR(Estimate itemTotalR) {
      delegate.itemTotalR(Checks.notNull(TYPE, "itemTotalR", itemTotalR));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#correctedItemTotalR() correctedItemTotalR}: the item-total
     * correlation corrected for item overlap and reliability ({@code r.cor}). Required.
     *
     * @param correctedItemTotalR the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code correctedItemTotalR} is null
     */
    public Builder correctedItemTotalR(Estimate correctedItemTotalR) {
      delegate.correctedItemTotalR(Checks.notNull(TYPE, "correctedItemTotalR", correctedItemTotalR));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#itemRestR() itemRestR}: the correlation of the item with the total
     * of the other items ({@code r.drop}). Required.
     *
     * @param itemRestR the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code itemRestR} is null
     */
    public Builder itemRestR(Estimate itemRestR) {
      delegate.itemRestR(Checks.notNull(TYPE, "itemRestR", itemRestR));
      return this;
    }

    /**
     * Sets {@link ItemStatistics#alphaIfDropped() alphaIfDropped}: raw alpha of the dimension
     * without this item ({@code alpha.drop}'s {@code raw_alpha}). Required.
     *
     * @param alphaIfDropped the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code alphaIfDropped} is null
     */
    public Builder alphaIfDropped(Estimate alphaIfDropped) {
      delegate.alphaIfDropped(Checks.notNull(TYPE, "alphaIfDropped", alphaIfDropped));
      return this;
    }

    /**
     * Builds the {@link ItemStatistics}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ItemStatistics build() {
      return delegate.build();
    }
  }
}
