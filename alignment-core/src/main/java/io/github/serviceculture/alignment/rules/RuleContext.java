package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule may look at: the organization's practices, the scored perceptions, the thresholds, and
 * the date of the assessment (for checks of recency).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleContext implements WithRuleContext {
  RuleContext() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The organization's practices.
   *
   * @return the practices, or empty for a perceptions-only assessment
   */
  public abstract Optional<Organization> practices();

  /**
   * The scored survey.
   *
   * @return the perceptions, or empty for a practices-only assessment
   */
  public abstract Optional<PerceptionReport> perceptions();

  /**
   * The thresholds rules compare against.
   *
   * @return the thresholds
   */
  public abstract RuleThresholds thresholds();

  /**
   * The date the assessment describes; rules about recency are not applicable without it.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> assessedOn();

  /** Builds a {@link RuleContext}. Not thread-safe. */
  public static final class Builder extends ImmutableRuleContext.Builder {
    Builder() {}
  }
}
