package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The survey figures of one dimension for one set of respondents (the organization or a group).
 *
 * <p>The {@linkplain #score() score} is the mean of the respondents' dimension scores mapped onto 0
 * to 100 (lowest option 0, highest 100). A respondent's dimension score is the weighted mean of the
 * dimension's answered items after reverse keying, when at least the policy's share of the items is
 * answered. Reliability and agreement use the same respondents; agreement (rwg(j), AD) drops a
 * respondent with any missing item of the dimension, as R's multilevel does. The organization's
 * figures may also hold the full {@linkplain #psychometrics() psychometrics}, when asked for.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerceptionFigures {
  PerceptionFigures() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of respondents with a score for the dimension.
   *
   * @return the count
   */
  public abstract int n();

  /**
   * The mean dimension score in the scale's own units.
   *
   * @return the mean, or undefined when no respondent has a score
   */
  public abstract Estimate mean();

  /**
   * The mean dimension score on 0 to 100.
   *
   * @return the score, or undefined when no respondent has a score
   */
  public abstract Estimate score();

  /**
   * The standard deviation (n - 1) of the respondents' scores, in the scale's units.
   *
   * @return the SD, or undefined with fewer than two respondents
   */
  public abstract Estimate sd();

  /**
   * Cronbach's raw alpha of the dimension's items (pairwise covariances, as psych::alpha).
   *
   * @return alpha, or undefined (for example with zero variance)
   */
  public abstract Estimate alpha();

  /**
   * The within-group agreement rwg(j) of the dimension's items against the policy's null.
   *
   * @return rwg(j) in [0, 1], or undefined with fewer than two complete respondents
   */
  public abstract Estimate rwgJ();

  /**
   * The average deviation index (around the mean) of the dimension's items, in scale units; below
   * A / 6 for A options suggests practical agreement.
   *
   * @return AD, or undefined with no complete respondent
   */
  public abstract Estimate ad();

  /**
   * The full psychometrics of the dimension, present only in the organization's figures of a report
   * scored with {@link PerceptionScorer#withPsychometrics()}.
   *
   * @return the psychometrics, or empty when not asked for or not the organization's
   */
  public abstract Optional<Psychometrics> psychometrics();

  /**
   * Returns a copy with {@link #n() n} set to {@code value}: the number of respondents with a
   * score for the dimension.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionFigures withN(int value) {
    return ((ImmutablePerceptionFigures) this).generatedWithN(value);
  }

  /**
   * Returns a copy with {@link #mean() mean} set to {@code value}: the mean dimension score in
   * the scale's own units.
   *
   * <p>The field's contract: the mean, or undefined when no respondent has a score.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionFigures withMean(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithMean(Checks.notNull("PerceptionFigures", "mean", value));
  }

  /**
   * Returns a copy with {@link #score() score} set to {@code value}: the mean dimension score
   * on 0 to 100.
   *
   * <p>The field's contract: the score, or undefined when no respondent has a score.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionFigures withScore(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithScore(Checks.notNull("PerceptionFigures", "score", value));
  }

  /**
   * Returns a copy with {@link #sd() sd} set to {@code value}: the standard deviation (n - 1)
   * of the respondents' scores, in the scale's units.
   *
   * <p>The field's contract: the SD, or undefined with fewer than two respondents.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionFigures withSd(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithSd(Checks.notNull("PerceptionFigures", "sd", value));
  }

  /**
   * Returns a copy with {@link #alpha() alpha} set to {@code value}: cronbach's raw alpha of
   * the dimension's items (pairwise covariances, as psych::alpha).
   *
   * <p>The field's contract: alpha, or undefined (for example with zero variance).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionFigures withAlpha(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithAlpha(Checks.notNull("PerceptionFigures", "alpha", value));
  }

  /**
   * Returns a copy with {@link #rwgJ() rwgJ} set to {@code value}: the within-group agreement
   * rwg(j) of the dimension's items against the policy's null.
   *
   * <p>The field's contract: rwg(j) in [0, 1], or undefined with fewer than two complete
   * respondents.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionFigures withRwgJ(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithRwgJ(Checks.notNull("PerceptionFigures", "rwgJ", value));
  }

  /**
   * Returns a copy with {@link #ad() ad} set to {@code value}: the average deviation index
   * (around the mean) of the dimension's items, in scale units; below A / 6 for A options
   * suggests practical agreement.
   *
   * <p>The field's contract: AD, or undefined with no complete respondent.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionFigures withAd(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithAd(Checks.notNull("PerceptionFigures", "ad", value));
  }

  /**
   * Returns a copy with {@link #psychometrics() psychometrics} set to a present {@code value}: the
   * full psychometrics of the dimension, present only in the organization's figures of a report
   * scored with {@link PerceptionScorer#withPsychometrics()}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final PerceptionFigures withPsychometrics(Psychometrics value) {
    return ((ImmutablePerceptionFigures) this).generatedWithPsychometrics(Checks.notNull("PerceptionFigures", "psychometrics", value));
  }

  /**
   * Returns a copy with {@link #psychometrics() psychometrics} set to {@code optional}, or cleared
   * when it is empty: the full psychometrics of the dimension, present only in the organization's
   * figures of a report scored with {@link PerceptionScorer#withPsychometrics()}.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or
   *     the copy breaks an invariant
   */
  public final PerceptionFigures withPsychometrics(Optional<? extends Psychometrics> optional) {
    return ((ImmutablePerceptionFigures) this).generatedWithPsychometrics(Checks.notNull("PerceptionFigures", "psychometrics", optional));
  }

  /**
   * The mean share of favourable answers among the dimension's items each respondent answered, after
   * reverse keying ({@link Favourability}): each respondent's favourable answers divided by their
   * answered items, averaged over the {@link #n()} respondents; the share of favourable answers when
   * everyone answered every item. Beside the {@linkplain #score() score}, which stays the headline:
   * a share moves in whole respondents, so in a small group one person crossing the neutral point
   * moves it by 1/n, while the score moves by the size of the change.
   *
   * @return a fraction from 0 to 1; empty in figures read from a report of format 1.3 or earlier
   */
  public abstract Optional<Estimate> favourableShare();

  /**
   * Returns a copy with {@link #favourableShare() favourableShare} set to a present {@code value}: the mean
   * share of favourable answers among the dimension's items each respondent answered.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final PerceptionFigures withFavourableShare(Estimate value) {
    return ((ImmutablePerceptionFigures) this).generatedWithFavourableShare(Checks.notNull("PerceptionFigures", "favourableShare", value));
  }

  /**
   * Returns a copy with {@link #favourableShare() favourableShare} set to {@code optional}, or cleared when
   * it is empty: the mean share of favourable answers among the dimension's items each respondent answered.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or the copy
   * breaks an invariant
   */
  public final PerceptionFigures withFavourableShare(Optional<? extends Estimate> optional) {
    return ((ImmutablePerceptionFigures) this).generatedWithFavourableShare(Checks.notNull("PerceptionFigures", "favourableShare", optional));
  }

  /** Builds a {@link PerceptionFigures}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "PerceptionFigures";

    private final ImmutablePerceptionFigures.Builder delegate = ImmutablePerceptionFigures.generatedBuilder();

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
    public Builder from(PerceptionFigures instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#n() n}: the number of respondents with a score for the
     * dimension. Required.
     *
     * @param n the value
     * @return this builder
     */
    public Builder n(int n) {
      delegate.n(n);
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#mean() mean}: the mean dimension score in the scale's own
     * units. Required.
     *
     * <p>The field's contract: the mean, or undefined when no respondent has a score.
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
     * Sets {@link PerceptionFigures#score() score}: the mean dimension score on 0 to 100. Required.
     *
     * <p>The field's contract: the score, or undefined when no respondent has a score.
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
     * Sets {@link PerceptionFigures#sd() sd}: the standard deviation (n - 1) of the respondents'
     * scores, in the scale's units. Required.
     *
     * <p>The field's contract: the SD, or undefined with fewer than two respondents.
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
     * Sets {@link PerceptionFigures#alpha() alpha}: cronbach's raw alpha of the dimension's items
     * (pairwise covariances, as psych::alpha). Required.
     *
     * <p>The field's contract: alpha, or undefined (for example with zero variance).
     *
     * @param alpha the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code alpha} is null
     */
    public Builder alpha(Estimate alpha) {
      delegate.alpha(Checks.notNull(TYPE, "alpha", alpha));
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#rwgJ() rwgJ}: the within-group agreement rwg(j) of the
     * dimension's items against the policy's null. Required.
     *
     * <p>The field's contract: rwg(j) in [0, 1], or undefined with fewer than two complete
     * respondents.
     *
     * @param rwgJ the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code rwgJ} is null
     */
    public Builder rwgJ(Estimate rwgJ) {
      delegate.rwgJ(Checks.notNull(TYPE, "rwgJ", rwgJ));
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#ad() ad}: the average deviation index (around the mean) of the
     * dimension's items, in scale units; below A / 6 for A options suggests practical agreement.
     * Required.
     *
     * <p>The field's contract: AD, or undefined with no complete respondent.
     *
     * @param ad the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code ad} is null
     */
    public Builder ad(Estimate ad) {
      delegate.ad(Checks.notNull(TYPE, "ad", ad));
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#psychometrics() psychometrics} to a present value: the full
     * psychometrics of the dimension, present only in the organization's figures of a report scored
     * with {@link PerceptionScorer#withPsychometrics()}.
     *
     * @param psychometrics the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code psychometrics} is null
     */
    public Builder psychometrics(Psychometrics psychometrics) {
      delegate.psychometrics(Checks.notNull(TYPE, "psychometrics", psychometrics));
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#favourableShare() favourableShare} to a present value: the mean share of
     * favourable answers among the dimension's items each respondent answered.
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
     * Sets {@link PerceptionFigures#psychometrics() psychometrics}, or clears it when {@code
     * psychometrics} is empty: the full psychometrics of the dimension, present only in the
     * organization's figures of a report scored with {@link PerceptionScorer#withPsychometrics()}.
     *
     * @param psychometrics the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code psychometrics} is null
     */
    public Builder psychometrics(Optional<? extends Psychometrics> psychometrics) {
      delegate.psychometrics(Checks.notNull(TYPE, "psychometrics", psychometrics));
      return this;
    }

    /**
     * Sets {@link PerceptionFigures#favourableShare() favourableShare}, or clears it when {@code
     * favourableShare} is empty: the mean share of favourable answers among the dimension's items each
     * respondent answered.
     *
     * @param favourableShare the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code favourableShare} is null
     */
    public Builder favourableShare(Optional<? extends Estimate> favourableShare) {
      delegate.favourableShare(Checks.notNull(TYPE, "favourableShare", favourableShare));
      return this;
    }

    /**
     * Builds the {@link PerceptionFigures}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public PerceptionFigures build() {
      return delegate.build();
    }
  }
}
