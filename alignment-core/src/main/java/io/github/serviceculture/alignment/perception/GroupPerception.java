package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The survey figures of one reported group, such as the respondents whose {@code department} is
 * {@code support}.
 *
 * <p>A figure appears only when the group passes the anonymity rules for it, so a group may lack
 * some dimensions; each such measured dimension is in {@link #notReported()}, always with {@link
 * NotReportedReason#SUPPRESSED_FOR_ANONYMITY} (a finer reason could tell something about a few
 * members). A group that passes for nothing is not reported at all, not even by name: listing it
 * would reveal that some respondent has that value.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GroupPerception implements WithGroupPerception {
  GroupPerception() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grouping attribute, such as {@code level}.
   *
   * @return the attribute name
   */
  public abstract String attribute();

  /**
   * The group's value of the attribute, such as {@code FRONTLINE}.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * The figures per dimension that may be reported.
   *
   * @return dimension to figures, in dimension order
   */
  public abstract Map<Dimension, PerceptionFigures> dimensions();

  /**
   * The measured dimensions that the anonymity rules hide for this group. Its keys and those of
   * {@link #dimensions()} never overlap, and together they are the dimensions the instrument
   * measures.
   *
   * @return dimension to reason, in dimension order; every reason is {@link
   *     NotReportedReason#SUPPRESSED_FOR_ANONYMITY}
   */
  public abstract Map<Dimension, NotReportedReason> notReported();

  /**
   * The group's figures of one dimension, or why there are none.
   *
   * @param dimension the dimension
   * @return the figures, or the reason: {@link NotReportedReason#NOT_MEASURED} for a dimension that
   *     is neither reported nor in {@link #notReported()}
   */
  public final Reported<PerceptionFigures> dimension(Dimension dimension) {
    return PerceptionReport.reported(dimension, dimensions(), notReported());
  }

  /**
   * The engagement shares that may be reported.
   *
   * @return question to share, in question order
   */
  public abstract Map<EngagementQuestion, EngagementShare> engagement();

  @Value.Check
  void check() {
    for (Map.Entry<Dimension, NotReportedReason> e : notReported().entrySet()) {
      Checks.require(!dimensions().containsKey(e.getKey()), "GroupPerception", "notReported", e.getKey(),
          "must not give a reason for a dimension that has figures");
      Checks.require(e.getValue() == NotReportedReason.SUPPRESSED_FOR_ANONYMITY, "GroupPerception",
          "notReported", e.getValue(), "must be SUPPRESSED_FOR_ANONYMITY for a group");
    }
  }

  /** Builds a {@link GroupPerception}. Not thread-safe. */
  public static final class Builder extends ImmutableGroupPerception.Builder {
    Builder() {}
  }
}
