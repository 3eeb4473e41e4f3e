package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dimension of an alignment report: its practice and perception scores, reliability and
 * agreement, the combined alignment score and band, and the counts they came from.
 *
 * <p>The practice score is the mean compliance of the dimension's applicable practice rules, times
 * 100. The perception score is the survey's 0 to 100 level. The alignment score is their weighted
 * mean ({@link ScoringPolicy#practiceWeight()}), or whichever exists.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DimensionResult implements WithDimensionResult {
  DimensionResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The practice score, 0 to 100.
   *
   * @return the score, or undefined when no practice rule applied
   */
  public abstract Estimate practiceScore();

  /**
   * The perception score, 0 to 100.
   *
   * @return the score, or undefined without a reportable survey figure
   */
  public abstract Estimate perceptionScore();

  /**
   * Why the dimension has no perception figures (score, reliability, agreement, respondents). It is
   * present exactly when there are none: the reason the survey gives ({@link
   * io.github.serviceculture.alignment.perception.PerceptionReport#dimension}), or {@link
   * NotReportedReason#NO_DATA} when the assessment has no survey.
   *
   * @return the reason, or empty when the perception figures are reported
   */
  public abstract Optional<NotReportedReason> perceptionNotReported();

  /**
   * Cronbach's alpha of the dimension's survey items.
   *
   * @return alpha, or undefined
   */
  public abstract Estimate reliability();

  /**
   * The within-organization agreement rwg(j) of the dimension's survey items.
   *
   * @return rwg(j), or undefined
   */
  public abstract Estimate agreement();

  /**
   * The combined alignment score, 0 to 100.
   *
   * @return the score, or undefined when neither practice nor perception score exists
   */
  public abstract Estimate alignmentScore();

  /**
   * The band of the alignment score.
   *
   * @return the band, or empty when the score is undefined
   */
  public abstract Optional<Band> band();

  /**
   * The number of practice rules that applied (their mean compliance is the practice score).
   *
   * @return the count
   */
  public abstract int practiceRulesApplied();

  /**
   * The number of respondents with a score for this dimension (0 when not reported; see {@link
   * #perceptionNotReported()}).
   *
   * @return the count
   */
  public abstract int respondents();

  /**
   * The number of findings in this dimension.
   *
   * @return the count
   */
  public abstract int findingCount();

  /** Builds a {@link DimensionResult}. Not thread-safe. */
  public static final class Builder extends ImmutableDimensionResult.Builder {
    Builder() {}
  }
}
