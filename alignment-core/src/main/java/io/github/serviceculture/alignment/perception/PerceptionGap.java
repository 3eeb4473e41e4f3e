package io.github.serviceculture.alignment.perception;

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
public abstract class PerceptionGap implements WithPerceptionGap {
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

  /** Builds a {@link PerceptionGap}. Not thread-safe. */
  public static final class Builder extends ImmutablePerceptionGap.Builder {
    Builder() {}
  }
}
