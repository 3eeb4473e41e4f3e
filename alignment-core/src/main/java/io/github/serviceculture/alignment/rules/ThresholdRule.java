package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A rule that compares one figure with a threshold: not applicable when the figure is not known;
 * otherwise the figure meets the threshold (at or above it for an {@linkplain #ThresholdRule(String,
 * Dimension, String, Importance, boolean, boolean) at-least} rule, at or below it otherwise) or the
 * rule raises the one finding {@link #miss} makes. A practice figure gives compliance 1 or 0; a
 * survey figure (a perception) gives observations, which do not count in the practice score.
 *
 * @since 0.2.0
 */
public abstract class ThresholdRule extends BaseRule {
  private final boolean atLeast;
  private final boolean survey;

  /**
   * A rule.
   *
   * @param id the rule's id, {@code DIMENSION.NAME}
   * @param dimension its dimension
   * @param description what it checks, in one sentence
   * @param importance how much its criterion matters
   * @param atLeast true when the figure must reach the threshold, false when it must not exceed it
   * @param survey true when the figure is a perception (the outcome is then an observation), false
   *     for a figure of the practices
   */
  protected ThresholdRule(String id, Dimension dimension, String description, Importance importance,
      boolean atLeast, boolean survey) {
    super(id, dimension, description, importance);
    this.atLeast = atLeast;
    this.survey = survey;
  }

  /**
   * The figure the rule judges.
   *
   * @param context the practices, perceptions and thresholds
   * @return the figure, or empty when it is not known or not defined
   */
  protected abstract OptionalDouble figure(RuleContext context);

  /**
   * The threshold the figure is compared with.
   *
   * @param thresholds the policy's thresholds
   * @return the threshold
   */
  protected abstract double threshold(RuleThresholds thresholds);

  /**
   * The finding of a figure that misses the threshold.
   *
   * @param figure the figure
   * @param threshold the threshold
   * @param context the whole context
   * @return the finding
   */
  protected abstract Finding miss(double figure, double threshold, RuleContext context);

  @Override
  public final RuleOutcome evaluate(RuleContext context) {
    OptionalDouble figure = figure(context);
    if (figure.isEmpty()) {
      return RuleOutcome.notApplicable();
    }
    double value = figure.getAsDouble();
    double threshold = threshold(context.thresholds());
    boolean met = atLeast ? value >= threshold : value <= threshold;
    List<Finding> findings = met ? List.of() : List.of(miss(value, threshold, context));
    if (survey) {
      return RuleOutcome.observations(findings);
    }
    return RuleOutcome.compliance(met ? 1 : 0, findings);
  }
}
