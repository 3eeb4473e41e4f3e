package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.internal.Checks;
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
 * <p>No figure is silently missing: every dimension the instrument measures is either in {@link
 * #dimensions()} or in {@link #notReported()} with the reason, never in both; {@link
 * #dimension(Dimension)} gives one or the other, and {@link NotReportedReason#NOT_MEASURED} for a
 * dimension the instrument does not measure. Groups follow the same rule (see {@link
 * GroupPerception}).
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
   * The organization-wide figures per dimension measured, for the dimensions that are reported; the
   * others are in {@link #notReported()}.
   *
   * @return dimension to figures, in dimension order
   */
  public abstract Map<Dimension, PerceptionFigures> dimensions();

  /**
   * Why each measured dimension without organization-wide figures has none. Its keys and those of
   * {@link #dimensions()} never overlap, and together they are the dimensions the instrument
   * measures.
   *
   * @return dimension to reason, in dimension order; empty when every measured dimension is reported
   */
  public abstract Map<Dimension, NotReportedReason> notReported();

  /**
   * The organization-wide figures of one dimension, or why there are none.
   *
   * @param dimension the dimension
   * @return the figures, or the reason: {@link NotReportedReason#NOT_MEASURED} for a dimension that
   *     is neither reported nor in {@link #notReported()}
   */
  public final Reported<PerceptionFigures> dimension(Dimension dimension) {
    return reported(dimension, dimensions(), notReported());
  }

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

  @Value.Check
  void check() {
    for (Dimension d : notReported().keySet()) {
      Checks.require(!dimensions().containsKey(d), "PerceptionReport", "notReported", d,
          "must not give a reason for a dimension that has figures");
    }
  }

  static Reported<PerceptionFigures> reported(Dimension dimension, Map<Dimension, PerceptionFigures> figures,
      Map<Dimension, NotReportedReason> reasons) {
    PerceptionFigures f = figures.get(dimension);
    if (f != null) {
      return Reported.of(f);
    }
    NotReportedReason reason = reasons.get(dimension);
    return Reported.notReported(reason != null ? reason : NotReportedReason.NOT_MEASURED);
  }

  /** Builds a {@link PerceptionReport}. Not thread-safe. */
  public static final class Builder extends ImmutablePerceptionReport.Builder {
    Builder() {}
  }
}
