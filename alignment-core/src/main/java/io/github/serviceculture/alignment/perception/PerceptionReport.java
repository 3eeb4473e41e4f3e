package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a survey says about one organization: per dimension the level, reliability and agreement;
 * the engagement shares; the same per reported group; gaps and intraclass correlations between
 * groups.
 *
 * <p>Privacy: a set of respondents smaller than the policy's anonymity threshold is never reported,
 * not even its size; when exactly one set of an attribute would be hidden, the smallest reported one
 * is hidden too, so that no hidden figure can be recovered by subtracting the others from the total.
 * Organization-wide figures follow the same threshold.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerceptionReport implements WithPerceptionReport {
  PerceptionReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the instrument answered.
   *
   * @return the instrument id
   */
  public abstract String instrumentId();

  /**
   * The version of the instrument answered.
   *
   * @return the instrument version
   */
  public abstract String instrumentVersion();

  /**
   * The number of respondents in the response set.
   *
   * @return the count
   */
  public abstract int respondentCount();

  /**
   * The organization-wide figures per dimension measured (absent for a dimension whose scored
   * respondents are fewer than the anonymity threshold).
   *
   * @return dimension to figures, in dimension order
   */
  public abstract Map<Dimension, PerceptionFigures> dimensions();

  /**
   * The organization-wide engagement shares.
   *
   * @return question to share, in question order
   */
  public abstract Map<EngagementQuestion, EngagementShare> engagement();

  /**
   * The reported groups, ordered by attribute (policy order) and then value.
   *
   * @return the groups
   */
  public abstract List<GroupPerception> groups();

  /**
   * The gaps between reported groups: for {@code level}, each level against {@code FRONTLINE}; for
   * other attributes, every pair of groups.
   *
   * @return the gaps, ordered by attribute, dimension, first and second group
   */
  public abstract List<PerceptionGap> gaps();

  /**
   * ICC(1) and ICC(2) per attribute and dimension, over the reported groups.
   *
   * @return the figures, ordered by attribute and dimension; absent where fewer than two groups are
   *     reported
   */
  public abstract List<GroupDifferences> groupDifferences();

  /** Builds a {@link PerceptionReport}. Not thread-safe. */
  public static final class Builder extends ImmutablePerceptionReport.Builder {
    Builder() {}
  }
}
