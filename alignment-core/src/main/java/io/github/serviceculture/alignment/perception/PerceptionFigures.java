package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.stats.Estimate;
import org.immutables.value.Value;

/**
 * The survey figures of one dimension for one set of respondents (the organization or a group).
 *
 * <p>The {@linkplain #score() score} is the mean of the respondents' dimension scores mapped onto 0
 * to 100 (lowest option 0, highest 100). A respondent's dimension score is the weighted mean of the
 * dimension's answered items after reverse keying, when at least the policy's share of the items is
 * answered. Reliability and agreement use the same respondents; agreement (rwg(j), AD) drops a
 * respondent with any missing item of the dimension, as R's multilevel does.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerceptionFigures implements WithPerceptionFigures {
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

  /** Builds a {@link PerceptionFigures}. Not thread-safe. */
  public static final class Builder extends ImmutablePerceptionFigures.Builder {
    Builder() {}
  }
}
