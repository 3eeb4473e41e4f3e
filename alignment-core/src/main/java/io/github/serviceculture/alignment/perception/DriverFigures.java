package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.stats.Estimate;
import org.immutables.value.Value;

/**
 * How much one dimension drives the outcome of a {@link Drivers} analysis: its LMG share of R² (the
 * average gain in R² when the dimension enters the regression, over every order of entry), that
 * share as a part of R², its standardized weight in the full regression and the bootstrap interval
 * of its share (see {@link io.github.serviceculture.alignment.stats.RelativeImportance}).
 *
 * <p>Every figure is undefined with one reason when the analysis has none: {@code
 * TOO_FEW_OBSERVATIONS} under the minimum of complete respondents, {@code WITHHELD_FOR_ANONYMITY}
 * when the disclosure rules hide a figure it rests on, or the statistic's own reason.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DriverFigures {
  DriverFigures() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The dimension's LMG share of R², in units of R² (the shares sum to R²).
   *
   * @return the share, from 0 to 1, or undefined
   */
  public abstract Estimate share();

  /**
   * The share as a part of R² (the relative shares sum to 1).
   *
   * @return the relative share, from 0 to 1, or undefined
   */
  public abstract Estimate relativeShare();

  /**
   * The dimension's standardized regression weight in the model with every dimension.
   *
   * @return beta, or undefined
   */
  public abstract Estimate beta();

  /**
   * The lower limit of the share's percentile bootstrap interval.
   *
   * @return the limit, or undefined
   */
  public abstract Estimate shareLower();

  /**
   * The upper limit of the share's percentile bootstrap interval.
   *
   * @return the limit, or undefined
   */
  public abstract Estimate shareUpper();


  /**
   * Returns a copy with {@link #share() share} set to {@code value}: the dimension's LMG share of
   * R², in units of R² (the shares sum to R²).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final DriverFigures withShare(Estimate value) {
    return ((ImmutableDriverFigures) this).generatedWithShare(Checks.notNull("DriverFigures", "share", value));
  }

  /**
   * Returns a copy with {@link #relativeShare() relativeShare} set to {@code value}: the share as a
   * part of R² (the relative shares sum to 1).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final DriverFigures withRelativeShare(Estimate value) {
    return ((ImmutableDriverFigures) this).generatedWithRelativeShare(Checks.notNull("DriverFigures", "relativeShare", value));
  }

  /**
   * Returns a copy with {@link #beta() beta} set to {@code value}: the dimension's standardized
   * regression weight in the model with every dimension.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final DriverFigures withBeta(Estimate value) {
    return ((ImmutableDriverFigures) this).generatedWithBeta(Checks.notNull("DriverFigures", "beta", value));
  }

  /**
   * Returns a copy with {@link #shareLower() shareLower} set to {@code value}: the lower limit of
   * the share's percentile bootstrap interval.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final DriverFigures withShareLower(Estimate value) {
    return ((ImmutableDriverFigures) this).generatedWithShareLower(Checks.notNull("DriverFigures", "shareLower", value));
  }

  /**
   * Returns a copy with {@link #shareUpper() shareUpper} set to {@code value}: the upper limit of
   * the share's percentile bootstrap interval.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final DriverFigures withShareUpper(Estimate value) {
    return ((ImmutableDriverFigures) this).generatedWithShareUpper(Checks.notNull("DriverFigures", "shareUpper", value));
  }

  /** Builds a {@link DriverFigures}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "DriverFigures";

    private final ImmutableDriverFigures.Builder delegate = ImmutableDriverFigures.generatedBuilder();

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
    public Builder from(DriverFigures instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link DriverFigures#share() share}: the dimension's LMG share of R², in units of R²
     * (the shares sum to R²). Required.
     *
     * @param share the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code share} is null
     */
    public Builder share(Estimate share) {
      delegate.share(Checks.notNull(TYPE, "share", share));
      return this;
    }

    /**
     * Sets {@link DriverFigures#relativeShare() relativeShare}: the share as a part of R² (the
     * relative shares sum to 1). Required.
     *
     * @param relativeShare the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code relativeShare} is null
     */
    public Builder relativeShare(Estimate relativeShare) {
      delegate.relativeShare(Checks.notNull(TYPE, "relativeShare", relativeShare));
      return this;
    }

    /**
     * Sets {@link DriverFigures#beta() beta}: the dimension's standardized regression weight in the
     * model with every dimension. Required.
     *
     * @param beta the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code beta} is null
     */
    public Builder beta(Estimate beta) {
      delegate.beta(Checks.notNull(TYPE, "beta", beta));
      return this;
    }

    /**
     * Sets {@link DriverFigures#shareLower() shareLower}: the lower limit of the share's percentile
     * bootstrap interval. Required.
     *
     * @param shareLower the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code shareLower} is null
     */
    public Builder shareLower(Estimate shareLower) {
      delegate.shareLower(Checks.notNull(TYPE, "shareLower", shareLower));
      return this;
    }

    /**
     * Sets {@link DriverFigures#shareUpper() shareUpper}: the upper limit of the share's percentile
     * bootstrap interval. Required.
     *
     * @param shareUpper the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code shareUpper} is null
     */
    public Builder shareUpper(Estimate shareUpper) {
      delegate.shareUpper(Checks.notNull(TYPE, "shareUpper", shareUpper));
      return this;
    }

    /**
     * Builds the {@link DriverFigures}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public DriverFigures build() {
      return delegate.build();
    }
  }
}
