package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;

/**
 * A check of an organization's practices or perceptions against one criterion of the framework.
 *
 * <p>This is a service-provider interface: implement it to add a rule, and give it to the engine
 * with the built-in ones. A rule must be stateless (or immutable), thread-safe and deterministic,
 * must do no I/O, and must not put survey answers or respondent ids in its findings.
 *
 * @since 0.1.0
 */
public interface Rule {
  /**
   * The rule's stable id, {@code DIMENSION.NAME} in upper case, such as {@code
   * GOALS.INDIVIDUAL_REWARD}. Policies switch rules off by id.
   *
   * @return the id
   */
  String id();

  /**
   * The dimension the rule belongs to.
   *
   * @return the dimension
   */
  Dimension dimension();

  /**
   * What the rule checks, in one sentence.
   *
   * @return the description
   */
  String description();

  /**
   * How much the rule's criterion matters to the method. An {@linkplain Importance#ADVISORY advisory}
   * rule raises findings of {@link Severity#INFO} at most and does not count in the practice score;
   * an {@linkplain Importance#ESSENTIAL essential} rule counts in it, and a warning or critical
   * finding of it keeps its dimension out of the aligned band. A rule whose criterion has advisory
   * parts (such as advice on a vision's length beside the essential check of its words) is
   * essential and raises INFO for those parts without lowering its compliance.
   *
   * @return the importance; {@link Importance#ESSENTIAL} unless overridden
   */
  default Importance importance() {
    return Importance.ESSENTIAL;
  }

  /**
   * Evaluates the rule.
   *
   * @param context the practices, perceptions and thresholds
   * @return the outcome
   */
  RuleOutcome evaluate(RuleContext context);
}
