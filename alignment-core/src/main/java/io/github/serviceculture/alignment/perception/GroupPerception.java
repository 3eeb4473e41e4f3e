package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The survey figures of one reported group, such as the respondents whose {@code department} is
 * {@code support}.
 *
 * <p>A figure appears only when the group passes the anonymity rules for it, so a group may lack
 * some dimensions; a group that passes for none is not reported at all.
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
   * The engagement shares that may be reported.
   *
   * @return question to share, in question order
   */
  public abstract Map<EngagementQuestion, EngagementShare> engagement();

  /** Builds a {@link GroupPerception}. Not thread-safe. */
  public static final class Builder extends ImmutableGroupPerception.Builder {
    Builder() {}
  }
}
