package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import org.immutables.value.Value;

/**
 * How much of the variation in one dimension lies between the reported groups of one attribute:
 * ICC(1) and ICC(2) from the one-way ANOVA of respondents' dimension scores on their group (the ANOVA
 * estimator with N / J as the group size, as multilevel::ICC1 and ICC2). Only reported groups take
 * part, so that the figures cannot reveal a suppressed group.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GroupDifferences implements WithGroupDifferences {
  GroupDifferences() {}

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
   * The dimension.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The number of groups that took part.
   *
   * @return the count of reported groups
   */
  public abstract int groupCount();

  /**
   * ICC(1): the share of variance between groups.
   *
   * @return ICC(1), not truncated (negative when groups differ less than chance), or undefined
   */
  public abstract Estimate icc1();

  /**
   * ICC(2): the reliability of the group means.
   *
   * @return ICC(2), not truncated, or undefined
   */
  public abstract Estimate icc2();

  /** Builds a {@link GroupDifferences}. Not thread-safe. */
  public static final class Builder extends ImmutableGroupDifferences.Builder {
    Builder() {}
  }
}
