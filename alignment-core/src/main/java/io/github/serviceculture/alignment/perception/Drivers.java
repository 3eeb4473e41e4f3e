package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The drivers of an outcome across the organization's respondents: the exact Shapley decomposition
 * of the R² of the outcome regressed on the dimension scores (LMG, over every one of the
 * 2<sup>p</sup> sub-models), each dimension's share, its standardized weight and seeded bootstrap
 * intervals, computed by {@link io.github.serviceculture.alignment.stats.RelativeImportance} over
 * the complete respondents (a score for every dimension measured and a value of the outcome).
 *
 * <p>Present in a {@link PerceptionReport} when the policy names an outcome ({@link
 * PerceptionPolicy#driversOutcome()}). The figures are defined only when at least {@link
 * #minimumRespondents()} respondents (and never fewer than the anonymity threshold) are complete
 * and every dimension's organization-wide figures are released by the disclosure rules; otherwise
 * they are undefined with the reason, and {@link #respondents()} is absent when it would count
 * fewer than the anonymity threshold. Organization level only: a group is never analysed.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Drivers {
  Drivers() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The outcome: an item id of the instrument, or the name of the respondent attribute that holds
   * each respondent's value.
   *
   * @return the item id or attribute name
   */
  public abstract String outcome();

  /**
   * Where the outcome's values come from.
   *
   * @return an item's answers or a respondent value
   */
  public abstract OutcomeSource outcomeSource();

  /**
   * The fewest complete respondents the analysis needs: the policy's {@link
   * PerceptionPolicy#driversMinimumRespondents()}.
   *
   * @return the minimum
   */
  public abstract int minimumRespondents();

  /**
   * The number of complete respondents the analysis rests on.
   *
   * @return the count, or empty when it would count fewer than the anonymity threshold or the figures are withheld
   */
  public abstract OptionalInt respondents();

  /**
   * R² of the outcome regressed on every dimension, the sum of the shares.
   *
   * @return R², or undefined
   */
  public abstract Estimate rSquared();

  /**
   * The lower limit of R²'s percentile bootstrap interval.
   *
   * @return the limit, or undefined
   */
  public abstract Estimate rSquaredLower();

  /**
   * The upper limit of R²'s percentile bootstrap interval.
   *
   * @return the limit, or undefined
   */
  public abstract Estimate rSquaredUpper();

  /**
   * The level of the bootstrap intervals: the policy's {@link PerceptionPolicy#confidenceLevel()}.
   *
   * @return the level, strictly between 0 and 1
   */
  public abstract double confidenceLevel();

  /**
   * The number of bootstrap resamples drawn.
   *
   * @return the count
   */
  public abstract int resamples();

  /**
   * The seed of the bootstrap: the same data, seed and count give the same intervals.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * Each dimension's figures: the dimensions the instrument measures, which are the predictors.
   *
   * @return dimension to figures, in dimension order
   */
  public abstract Map<Dimension, DriverFigures> dimensions();

  @Value.Check
  void check() {
    Checks.require(minimumRespondents() >= 1, "Drivers", "minimumRespondents", minimumRespondents(),
        "must be at least 1");
    Checks.require(confidenceLevel() > 0 && confidenceLevel() < 1, "Drivers", "confidenceLevel", confidenceLevel(),
        "must lie strictly between 0 and 1");
    Checks.require(resamples() >= 0, "Drivers", "resamples", resamples(), "must be at least 0");
    respondents().ifPresent(n -> Checks.require(n >= 0, "Drivers", "respondents", n, "must be at least 0"));
  }

  /**
   * Returns a copy with {@link #outcome() outcome} set to {@code value}: the outcome: an item id of
   * the instrument, or the respondent attribute that holds a number per respondent.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final Drivers withOutcome(String value) {
    return ((ImmutableDrivers) this).generatedWithOutcome(Checks.notNull("Drivers", "outcome", value));
  }

  /**
   * Returns a copy with {@link #outcomeSource() outcomeSource} set to {@code value}: where the
   * outcome's values come from.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final Drivers withOutcomeSource(OutcomeSource value) {
    return ((ImmutableDrivers) this).generatedWithOutcomeSource(Checks.notNull("Drivers", "outcomeSource", value));
  }

  /**
   * Returns a copy with {@link #minimumRespondents() minimumRespondents} set to {@code value}: the
   * fewest complete respondents the analysis needs (the policy's setting).
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final Drivers withMinimumRespondents(int value) {
    return ((ImmutableDrivers) this).generatedWithMinimumRespondents(value);
  }

  /**
   * Returns a copy with {@link #respondents() respondents} set to a present {@code value}: the
   * number of complete respondents the analysis rests on.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final Drivers withRespondents(int value) {
    return ((ImmutableDrivers) this).generatedWithRespondents(value);
  }

  /**
   * Returns a copy with {@link #respondents() respondents} set to {@code optional}, or cleared when
   * it is empty: the number of complete respondents the analysis rests on.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or
   * the copy breaks an invariant
   */
  public final Drivers withRespondents(OptionalInt optional) {
    return ((ImmutableDrivers) this).generatedWithRespondents(
        Checks.notNull("Drivers", "respondents", optional));
  }

  /**
   * Returns a copy with {@link #rSquared() rSquared} set to {@code value}: R² of the outcome
   * regressed on every dimension, the sum of the shares.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final Drivers withRSquared(Estimate value) {
    return ((ImmutableDrivers) this).generatedWithRSquared(Checks.notNull("Drivers", "rSquared", value));
  }

  /**
   * Returns a copy with {@link #rSquaredLower() rSquaredLower} set to {@code value}: the lower
   * limit of R²'s percentile bootstrap interval.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final Drivers withRSquaredLower(Estimate value) {
    return ((ImmutableDrivers) this).generatedWithRSquaredLower(Checks.notNull("Drivers", "rSquaredLower", value));
  }

  /**
   * Returns a copy with {@link #rSquaredUpper() rSquaredUpper} set to {@code value}: the upper
   * limit of R²'s percentile bootstrap interval.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final Drivers withRSquaredUpper(Estimate value) {
    return ((ImmutableDrivers) this).generatedWithRSquaredUpper(Checks.notNull("Drivers", "rSquaredUpper", value));
  }

  /**
   * Returns a copy with {@link #confidenceLevel() confidenceLevel} set to {@code value}: the level
   * of the bootstrap intervals.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final Drivers withConfidenceLevel(double value) {
    return ((ImmutableDrivers) this).generatedWithConfidenceLevel(value);
  }

  /**
   * Returns a copy with {@link #resamples() resamples} set to {@code value}: the number of
   * bootstrap resamples drawn.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final Drivers withResamples(int value) {
    return ((ImmutableDrivers) this).generatedWithResamples(value);
  }

  /**
   * Returns a copy with {@link #seed() seed} set to {@code value}: the seed of the bootstrap.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final Drivers withSeed(long value) {
    return ((ImmutableDrivers) this).generatedWithSeed(value);
  }

  /**
   * Returns a copy whose {@link #dimensions() dimensions} holds the entries of {@code entries}:
   * each predictor dimension's figures, in dimension order.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is null or
   * the copy breaks an invariant
   */
  public final Drivers withDimensions(Map<Dimension, ? extends DriverFigures> entries) {
    return ((ImmutableDrivers) this).generatedWithDimensions(
        Checks.notNull("Drivers", "dimensions", entries));
  }

  /** Builds a {@link Drivers}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "Drivers";

    private final ImmutableDrivers.Builder delegate = ImmutableDrivers.generatedBuilder();

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
    public Builder from(Drivers instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Drivers#outcome() outcome}: the outcome: an item id of the instrument, or the
     * respondent attribute that holds a number per respondent. Required.
     *
     * @param outcome the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code outcome} is null
     */
    public Builder outcome(String outcome) {
      delegate.outcome(Checks.notNull(TYPE, "outcome", outcome));
      return this;
    }

    /**
     * Sets {@link Drivers#outcomeSource() outcomeSource}: where the outcome's values come from.
     * Required.
     *
     * @param outcomeSource the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code outcomeSource} is null
     */
    public Builder outcomeSource(OutcomeSource outcomeSource) {
      delegate.outcomeSource(Checks.notNull(TYPE, "outcomeSource", outcomeSource));
      return this;
    }

    /**
     * Sets {@link Drivers#minimumRespondents() minimumRespondents}: the fewest complete respondents
     * the analysis needs (the policy's setting). Required.
     *
     * @param minimumRespondents the value
     * @return this builder
     */
    public Builder minimumRespondents(int minimumRespondents) {
      delegate.minimumRespondents(minimumRespondents);
      return this;
    }

    /**
     * Sets {@link Drivers#respondents() respondents} to a present value: the number of complete
     * respondents the analysis rests on.
     *
     * @param respondents the value
     * @return this builder
     */
    public Builder respondents(int respondents) {
      delegate.respondents(respondents);
      return this;
    }

    /**
     * Sets {@link Drivers#respondents() respondents}, or clears it when {@code respondents} is
     * empty: the number of complete respondents the analysis rests on.
     *
     * @param respondents the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code respondents} is null
     */
    public Builder respondents(OptionalInt respondents) {
      delegate.respondents(Checks.notNull(TYPE, "respondents", respondents));
      return this;
    }

    /**
     * Sets {@link Drivers#rSquared() rSquared}: R² of the outcome regressed on every dimension, the
     * sum of the shares. Required.
     *
     * @param rSquared the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code rSquared} is null
     */
    public Builder rSquared(Estimate rSquared) {
      delegate.rSquared(Checks.notNull(TYPE, "rSquared", rSquared));
      return this;
    }

    /**
     * Sets {@link Drivers#rSquaredLower() rSquaredLower}: the lower limit of R²'s percentile
     * bootstrap interval. Required.
     *
     * @param rSquaredLower the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code rSquaredLower} is null
     */
    public Builder rSquaredLower(Estimate rSquaredLower) {
      delegate.rSquaredLower(Checks.notNull(TYPE, "rSquaredLower", rSquaredLower));
      return this;
    }

    /**
     * Sets {@link Drivers#rSquaredUpper() rSquaredUpper}: the upper limit of R²'s percentile
     * bootstrap interval. Required.
     *
     * @param rSquaredUpper the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code rSquaredUpper} is null
     */
    public Builder rSquaredUpper(Estimate rSquaredUpper) {
      delegate.rSquaredUpper(Checks.notNull(TYPE, "rSquaredUpper", rSquaredUpper));
      return this;
    }

    /**
     * Sets {@link Drivers#confidenceLevel() confidenceLevel}: the level of the bootstrap intervals.
     * Required.
     *
     * @param confidenceLevel the value
     * @return this builder
     */
    public Builder confidenceLevel(double confidenceLevel) {
      delegate.confidenceLevel(confidenceLevel);
      return this;
    }

    /**
     * Sets {@link Drivers#resamples() resamples}: the number of bootstrap resamples drawn.
     * Required.
     *
     * @param resamples the value
     * @return this builder
     */
    public Builder resamples(int resamples) {
      delegate.resamples(resamples);
      return this;
    }

    /**
     * Sets {@link Drivers#seed() seed}: the seed of the bootstrap. Required.
     *
     * @param seed the value
     * @return this builder
     */
    public Builder seed(long seed) {
      delegate.seed(seed);
      return this;
    }

    /**
     * Puts one entry into {@link Drivers#dimensions() dimensions}, replacing any entry with the
     * same key: each predictor dimension's figures, in dimension order.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putDimension(Dimension key, DriverFigures value) {
      delegate.putDimension(Checks.notNull(TYPE, "dimensions", key), Checks.notNull(TYPE, "dimensions", value));
      return this;
    }

    /**
     * Puts one entry into {@link Drivers#dimensions() dimensions}, replacing any entry with the
     * same key: each predictor dimension's figures, in dimension order.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putDimension(Map.Entry<Dimension, ? extends DriverFigures> entry) {
      delegate.putDimension(Checks.notNull(TYPE, "dimensions", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link Drivers#dimensions() dimensions} with those of {@code
     * entries}: each predictor dimension's figures, in dimension order.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder dimensions(Map<Dimension, ? extends DriverFigures> entries) {
      delegate.dimensions(Checks.notNull(TYPE, "dimensions", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link Drivers#dimensions() dimensions}: each
     * predictor dimension's figures, in dimension order.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllDimensions(Map<Dimension, ? extends DriverFigures> entries) {
      delegate.putAllDimensions(Checks.notNull(TYPE, "dimensions", entries));
      return this;
    }

    /**
     * Builds the {@link Drivers}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Drivers build() {
      return delegate.build();
    }
  }
}
