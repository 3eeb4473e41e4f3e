package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import org.immutables.value.Value;

/**
 * The difference in one dimension between two reported groups of the same attribute, such as
 * executives minus frontline.
 *
 * <p>The difference and its confidence interval are in points on the 0 to 100 scale; the interval
 * and p value come from Welch's t test, which does not assume equal variances. Cohen's d divides the
 * difference by the pooled SD with n1 + n2 - 2 degrees of freedom (psych::cohen.d divides by n1 + n2
 * instead).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerceptionGap {
  PerceptionGap() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grouping attribute.
   *
   * @return the attribute name
   */
  public abstract String attribute();

  /**
   * The dimension compared.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The first group's value, such as {@code EXECUTIVE}.
   *
   * @return the value
   */
  public abstract String first();

  /**
   * The second group's value, such as {@code FRONTLINE}.
   *
   * @return the value
   */
  public abstract String second();

  /**
   * The first group's score minus the second's.
   *
   * @return the difference in points (0 to 100 scale)
   */
  public abstract Estimate difference();

  /**
   * The lower end of the confidence interval of the difference.
   *
   * @return the bound in points
   */
  public abstract Estimate lower();

  /**
   * The upper end of the confidence interval of the difference.
   *
   * @return the bound in points
   */
  public abstract Estimate upper();

  /**
   * The two-sided p value of Welch's t test.
   *
   * @return the p value
   */
  public abstract Estimate p();

  /**
   * Cohen's d with the pooled SD over n1 + n2 - 2.
   *
   * @return the effect size, or undefined with zero pooled variance
   */
  public abstract Estimate cohensD();

  /**
   * Returns a copy with {@link #attribute() attribute} set to {@code value}: the grouping
   * attribute.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withAttribute(String value) {
    return ((ImmutablePerceptionGap) this).generatedWithAttribute(Checks.notNull("PerceptionGap", "attribute", value));
  }

  /**
   * Returns a copy with {@link #dimension() dimension} set to {@code value}: the dimension
   * compared.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withDimension(Dimension value) {
    return ((ImmutablePerceptionGap) this).generatedWithDimension(Checks.notNull("PerceptionGap", "dimension", value));
  }

  /**
   * Returns a copy with {@link #first() first} set to {@code value}: the first group's value,
   * such as {@code EXECUTIVE}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withFirst(String value) {
    return ((ImmutablePerceptionGap) this).generatedWithFirst(Checks.notNull("PerceptionGap", "first", value));
  }

  /**
   * Returns a copy with {@link #second() second} set to {@code value}: the second group's
   * value, such as {@code FRONTLINE}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withSecond(String value) {
    return ((ImmutablePerceptionGap) this).generatedWithSecond(Checks.notNull("PerceptionGap", "second", value));
  }

  /**
   * Returns a copy with {@link #difference() difference} set to {@code value}: the first
   * group's score minus the second's.
   *
   * <p>The field's contract: the difference in points (0 to 100 scale).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withDifference(Estimate value) {
    return ((ImmutablePerceptionGap) this).generatedWithDifference(
        Checks.notNull("PerceptionGap", "difference", value));
  }

  /**
   * Returns a copy with {@link #lower() lower} set to {@code value}: the lower end of the
   * confidence interval of the difference.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withLower(Estimate value) {
    return ((ImmutablePerceptionGap) this).generatedWithLower(Checks.notNull("PerceptionGap", "lower", value));
  }

  /**
   * Returns a copy with {@link #upper() upper} set to {@code value}: the upper end of the
   * confidence interval of the difference.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withUpper(Estimate value) {
    return ((ImmutablePerceptionGap) this).generatedWithUpper(Checks.notNull("PerceptionGap", "upper", value));
  }

  /**
   * Returns a copy with {@link #p() p} set to {@code value}: the two-sided p value of Welch's
   * t test.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withP(Estimate value) {
    return ((ImmutablePerceptionGap) this).generatedWithP(Checks.notNull("PerceptionGap", "p", value));
  }

  /**
   * Returns a copy with {@link #cohensD() cohensD} set to {@code value}: cohen's d with the
   * pooled SD over n1 + n2 - 2.
   *
   * <p>The field's contract: the effect size, or undefined with zero pooled variance.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionGap withCohensD(Estimate value) {
    return ((ImmutablePerceptionGap) this).generatedWithCohensD(Checks.notNull("PerceptionGap", "cohensD", value));
  }

  /** Builds a {@link PerceptionGap}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "PerceptionGap";

    private final ImmutablePerceptionGap.Builder delegate = ImmutablePerceptionGap.generatedBuilder();

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
    public Builder from(PerceptionGap instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#attribute() attribute}: the grouping attribute. Required.
     *
     * @param attribute the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code attribute} is null
     */
    public Builder attribute(String attribute) {
      delegate.attribute(Checks.notNull(TYPE, "attribute", attribute));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#dimension() dimension}: the dimension compared. Required.
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
     * Sets {@link PerceptionGap#first() first}: the first group's value, such as {@code EXECUTIVE}.
     * Required.
     *
     * @param first the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code first} is null
     */
    public Builder first(String first) {
      delegate.first(Checks.notNull(TYPE, "first", first));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#second() second}: the second group's value, such as {@code
     * FRONTLINE}. Required.
     *
     * @param second the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code second} is null
     */
    public Builder second(String second) {
      delegate.second(Checks.notNull(TYPE, "second", second));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#difference() difference}: the first group's score minus the
     * second's. Required.
     *
     * <p>The field's contract: the difference in points (0 to 100 scale).
     *
     * @param difference the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code difference} is null
     */
    public Builder difference(Estimate difference) {
      delegate.difference(Checks.notNull(TYPE, "difference", difference));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#lower() lower}: the lower end of the confidence interval of the
     * difference. Required.
     *
     * @param lower the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code lower} is null
     */
    public Builder lower(Estimate lower) {
      delegate.lower(Checks.notNull(TYPE, "lower", lower));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#upper() upper}: the upper end of the confidence interval of the
     * difference. Required.
     *
     * @param upper the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code upper} is null
     */
    public Builder upper(Estimate upper) {
      delegate.upper(Checks.notNull(TYPE, "upper", upper));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#p() p}: the two-sided p value of Welch's t test. Required.
     *
     * @param p the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code p} is null
     */
    public Builder p(Estimate p) {
      delegate.p(Checks.notNull(TYPE, "p", p));
      return this;
    }

    /**
     * Sets {@link PerceptionGap#cohensD() cohensD}: cohen's d with the pooled SD over n1 + n2 - 2.
     * Required.
     *
     * <p>The field's contract: the effect size, or undefined with zero pooled variance.
     *
     * @param cohensD the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code cohensD} is null
     */
    public Builder cohensD(Estimate cohensD) {
      delegate.cohensD(Checks.notNull(TYPE, "cohensD", cohensD));
      return this;
    }

    /**
     * Builds the {@link PerceptionGap}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public PerceptionGap build() {
      return delegate.build();
    }
  }
}
