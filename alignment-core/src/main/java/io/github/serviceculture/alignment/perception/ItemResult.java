package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures of one survey item for one set of respondents: the organization ({@link
 * PerceptionReport#items()}) or a reported group ({@link GroupPerception#items()}).
 *
 * <p>Every figure is of the <em>keyed</em> answer: a reverse-keyed item's answer {@code x} counts as
 * {@code lowest + highest - x}, so that a higher mean and a favourable answer always mean a better
 * culture, as in the dimension scores. The {@linkplain #score() score} maps the mean onto 0 to 100
 * (lowest option 0, highest 100), like {@link PerceptionFigures#score()}. Each keyed answer is
 * favourable, neutral or unfavourable by {@link Favourability#of(io.github.serviceculture.alignment.survey.Scale,
 * int, int)}; the three shares are fractions of {@link #n()} that sum to 1.
 *
 * <p>The respondents counted are those of the set who answered <em>every</em> scale item of the
 * item's dimension, the same for all its items: a figure over those who answered one item would,
 * set against the dimension's figures, give the answers of the few who skipped another. The
 * release of item figures is decided with the dimension's (see {@link PerceptionPolicy#anonymityThreshold()}).
 *
 * <p>To compare two reports, such as two waves of one survey, match results by {@link #itemId()} and
 * by where they are: the organization, or a group's {@link GroupPerception#attribute()} and {@link
 * GroupPerception#value()}. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class ItemResult {
  /** How far the three shares may sum away from 1, for rounding. */
  private static final double SHARE_TOLERANCE = 1e-9;

  ItemResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the item.
   *
   * @return the item id, as in the instrument
   */
  public abstract String itemId();

  /**
   * The dimension the item measures.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * Whether the item is reverse keyed, so that its figures are of the reversed answers.
   *
   * @return true for a reverse-keyed item
   */
  public abstract boolean reverseKeyed();

  /**
   * The number of respondents the figures count: those of the set who answered every scale item of
   * the dimension.
   *
   * @return the count
   */
  public abstract int n();

  /**
   * The mean keyed answer, in the scale's own units.
   *
   * @return the mean, or undefined when n is 0
   */
  public abstract Estimate mean();

  /**
   * The sample standard deviation (divisor n - 1) of the keyed answers, in the scale's own units,
   * over the same {@link #n()} respondents as the {@linkplain #mean() mean}, as {@link
   * PerceptionFigures#sd()} is of the dimension scores: with the mean and n, what a comparison of two
   * waves needs for the Welch interval of an item's change. It is released exactly where the mean
   * is, since it is a figure of the same set.
   *
   * @return the SD, undefined when n is 0 ({@link io.github.serviceculture.alignment.stats.UndefinedReason#NO_DATA})
   *     or 1 ({@link io.github.serviceculture.alignment.stats.UndefinedReason#TOO_FEW_OBSERVATIONS}); empty in
   *     item results read from a report of format 1.4, which did not record it
   * @since 0.2.0
   */
  public abstract Optional<Estimate> sd();

  /**
   * The mean keyed answer on 0 to 100: {@code 100 (mean - lowest) / (highest - lowest)}.
   *
   * @return the score, or undefined when n is 0
   */
  public abstract Estimate score();

  /**
   * The share of keyed answers that are favourable.
   *
   * @return a fraction from 0 to 1, or undefined when n is 0
   */
  public abstract Estimate favourableShare();

  /**
   * The share of keyed answers that are neutral: 0 on a scale with no neutral options.
   *
   * @return a fraction from 0 to 1, or undefined when n is 0
   */
  public abstract Estimate neutralShare();

  /**
   * The share of keyed answers that are unfavourable.
   *
   * @return a fraction from 0 to 1, or undefined when n is 0
   */
  public abstract Estimate unfavourableShare();

  @Value.Check
  void check() {
    String type = "ItemResult";
    Checks.notBlank(type, "itemId", itemId());
    Checks.nonNegative(type, "n", n());
    if (sd().isPresent() && sd().get().isDefined()) {
      double sd = sd().get().value();
      Checks.require(sd >= 0, type, "sd", sd, "must not be negative");
    }
    Estimate[] shares = {favourableShare(), neutralShare(), unfavourableShare()};
    String[] names = {"favourableShare", "neutralShare", "unfavourableShare"};
    double sum = 0;
    int defined = 0;
    for (int i = 0; i < shares.length; i++) {
      if (shares[i].isDefined()) {
        double share = shares[i].value();
        Checks.require(share >= 0 && share <= 1, type, names[i], share, "must lie from 0 to 1");
        sum += share;
        defined++;
      }
    }
    // The messages' values are built only on failure: formatting a double on every item result built
    // was a tenth of scoring an organization of 1,000.
    if (defined != 0 && defined != shares.length) {
      Checks.require(false, type, "neutralShare", defined + " of 3 shares defined",
          "must be defined together with the other shares, or all undefined");
    }
    if (defined != 0 && !(Math.abs(sum - 1) <= SHARE_TOLERANCE)) {
      Checks.require(false, type, "favourableShare", "shares summing to " + sum,
          "must sum to 1 with the neutral and unfavourable shares");
    }
  }

  /**
   * Returns a copy with {@link #itemId() itemId} set to {@code value}: the id of the item.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withItemId(String value) {
    return ((ImmutableItemResult) this).generatedWithItemId(Checks.notNull("ItemResult", "itemId", value));
  }

  /**
   * Returns a copy with {@link #dimension() dimension} set to {@code value}: the dimension the item measures.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withDimension(Dimension value) {
    return ((ImmutableItemResult) this).generatedWithDimension(Checks.notNull("ItemResult", "dimension", value));
  }

  /**
   * Returns a copy with {@link #reverseKeyed() reverseKeyed} set to {@code value}: whether the item is
   * reverse keyed, so that its figures are of the reversed answers.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an invariant
   */
  public final ItemResult withReverseKeyed(boolean value) {
    return ((ImmutableItemResult) this).generatedWithReverseKeyed(value);
  }

  /**
   * Returns a copy with {@link #n() n} set to {@code value}: the number of respondents the figures count.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an invariant
   */
  public final ItemResult withN(int value) {
    return ((ImmutableItemResult) this).generatedWithN(value);
  }

  /**
   * Returns a copy with {@link #mean() mean} set to {@code value}: the mean keyed answer, in the scale's own
   * units.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withMean(Estimate value) {
    return ((ImmutableItemResult) this).generatedWithMean(Checks.notNull("ItemResult", "mean", value));
  }

  /**
   * Returns a copy with {@link #sd() sd} set to a present {@code value}: the sample standard deviation
   * of the keyed answers.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withSd(Estimate value) {
    return ((ImmutableItemResult) this).generatedWithSd(Checks.notNull("ItemResult", "sd", value));
  }

  /**
   * Returns a copy with {@link #sd() sd} set to {@code optional}, or cleared when it is empty: the
   * sample standard deviation of the keyed answers.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withSd(Optional<? extends Estimate> optional) {
    return ((ImmutableItemResult) this).generatedWithSd(Checks.notNull("ItemResult", "sd", optional));
  }

  /**
   * Returns a copy with {@link #score() score} set to {@code value}: the mean keyed answer on 0 to 100.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withScore(Estimate value) {
    return ((ImmutableItemResult) this).generatedWithScore(Checks.notNull("ItemResult", "score", value));
  }

  /**
   * Returns a copy with {@link #favourableShare() favourableShare} set to {@code value}: the share of keyed
   * answers that are favourable.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withFavourableShare(Estimate value) {
    return ((ImmutableItemResult) this).generatedWithFavourableShare(Checks.notNull("ItemResult", "favourableShare", value));
  }

  /**
   * Returns a copy with {@link #neutralShare() neutralShare} set to {@code value}: the share of keyed answers
   * that are neutral.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withNeutralShare(Estimate value) {
    return ((ImmutableItemResult) this).generatedWithNeutralShare(Checks.notNull("ItemResult", "neutralShare", value));
  }

  /**
   * Returns a copy with {@link #unfavourableShare() unfavourableShare} set to {@code value}: the share of
   * keyed answers that are unfavourable.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final ItemResult withUnfavourableShare(Estimate value) {
    return ((ImmutableItemResult) this).generatedWithUnfavourableShare(Checks.notNull("ItemResult", "unfavourableShare", value));
  }

  /** Builds an {@link ItemResult}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "ItemResult";

    private final ImmutableItemResult.Builder delegate = ImmutableItemResult.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(ItemResult instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ItemResult#itemId() itemId}: the id of the item. Required.
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
     * Sets {@link ItemResult#dimension() dimension}: the dimension the item measures. Required.
     *
     * @param dimension the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code dimension} is null
     */
    public Builder dimension(Dimension dimension) {
      delegate.dimension(Checks.notNull(TYPE, "dimension", dimension));
      return this;
    }

    /**
     * Sets {@link ItemResult#reverseKeyed() reverseKeyed}: whether the item is reverse keyed, so that its
     * figures are of the reversed answers. Required.
     *
     * @param reverseKeyed the value
     * @return this builder
     */
    public Builder reverseKeyed(boolean reverseKeyed) {
      delegate.reverseKeyed(reverseKeyed);
      return this;
    }

    /**
     * Sets {@link ItemResult#n() n}: the number of respondents the figures count. Required.
     *
     * @param n the value
     * @return this builder
     */
    public Builder n(int n) {
      delegate.n(n);
      return this;
    }

    /**
     * Sets {@link ItemResult#mean() mean}: the mean keyed answer, in the scale's own units. Required.
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
     * Sets {@link ItemResult#sd() sd} to a present value: the sample standard deviation of the keyed
     * answers. Optional: left unset, the result has no SD, as one read from a report of format 1.4.
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
     * Sets {@link ItemResult#sd() sd}, or clears it when {@code sd} is empty: the sample standard
     * deviation of the keyed answers.
     *
     * @param sd the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code sd} is null
     */
    public Builder sd(Optional<? extends Estimate> sd) {
      delegate.sd(Checks.notNull(TYPE, "sd", sd));
      return this;
    }

    /**
     * Sets {@link ItemResult#score() score}: the mean keyed answer on 0 to 100. Required.
     *
     * @param score the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code score} is null
     */
    public Builder score(Estimate score) {
      delegate.score(Checks.notNull(TYPE, "score", score));
      return this;
    }

    /**
     * Sets {@link ItemResult#favourableShare() favourableShare}: the share of keyed answers that are
     * favourable. Required.
     *
     * @param favourableShare the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code favourableShare} is null
     */
    public Builder favourableShare(Estimate favourableShare) {
      delegate.favourableShare(Checks.notNull(TYPE, "favourableShare", favourableShare));
      return this;
    }

    /**
     * Sets {@link ItemResult#neutralShare() neutralShare}: the share of keyed answers that are neutral.
     * Required.
     *
     * @param neutralShare the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code neutralShare} is null
     */
    public Builder neutralShare(Estimate neutralShare) {
      delegate.neutralShare(Checks.notNull(TYPE, "neutralShare", neutralShare));
      return this;
    }

    /**
     * Sets {@link ItemResult#unfavourableShare() unfavourableShare}: the share of keyed answers that are
     * unfavourable. Required.
     *
     * @param unfavourableShare the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code unfavourableShare} is null
     */
    public Builder unfavourableShare(Estimate unfavourableShare) {
      delegate.unfavourableShare(Checks.notNull(TYPE, "unfavourableShare", unfavourableShare));
      return this;
    }

    /**
     * Builds the {@link ItemResult}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ItemResult build() {
      return delegate.build();
    }
  }
}
