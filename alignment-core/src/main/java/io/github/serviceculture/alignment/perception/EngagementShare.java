package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import org.immutables.value.Value;

/**
 * How many respondents say they can answer one engagement question: those who answered above the
 * scale's midpoint, as a share of those who answered.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EngagementShare implements WithEngagementShare {
  EngagementShare() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The question.
   *
   * @return the engagement question
   */
  public abstract EngagementQuestion question();

  /**
   * The id of the item that asks it.
   *
   * @return the item id
   */
  public abstract String itemId();

  /**
   * The number of respondents who answered the item.
   *
   * @return the count
   */
  public abstract int n();

  /**
   * The share of those who answered above the scale's midpoint.
   *
   * @return the share in percent, or undefined when nobody answered
   */
  public abstract Estimate agreePercent();

  /** Builds an {@link EngagementShare}. Not thread-safe. */
  public static final class Builder extends ImmutableEngagementShare.Builder {
    Builder() {}
  }
}
