package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;

/** The id, dimension, description and importance every built-in rule carries, and a shorthand for findings. */
abstract class BaseRule implements Rule {
  /** The evidence value of a practice field that is not recorded, apart from a recorded "none". */
  static final String NOT_RECORDED = "not recorded";

  private final String id;
  private final Dimension dimension;
  private final String description;
  private final Importance importance;

  BaseRule(String id, Dimension dimension, String description) {
    this(id, dimension, description, Importance.ESSENTIAL);
  }

  BaseRule(String id, Dimension dimension, String description, Importance importance) {
    this.id = id;
    this.dimension = dimension;
    this.description = description;
    this.importance = importance;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Dimension dimension() {
    return dimension;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Importance importance() {
    return importance;
  }

  /** A finding of this rule. */
  final Finding finding(Severity severity, String message, String recommendation, List<Evidence> evidence) {
    return Finding.builder().ruleId(id).dimension(dimension).severity(severity).message(message)
        .recommendation(recommendation).evidence(evidence).build();
  }

  /**
   * The outcome of a rule whose fact is not recorded: one INFO finding that says it is unknown, as an
   * observation, so that it neither lowers nor pads the practice score. A fact recorded as "none" is
   * judged as a real absence instead.
   *
   * @param field the practice field, as named in evidence
   * @param message what is unknown and what that leaves unjudged
   * @param recommendation what to record
   */
  final RuleOutcome notRecorded(String field, String message, String recommendation) {
    return RuleOutcome.observations(List.of(finding(Severity.INFO, message, recommendation,
        List.of(Evidence.practice(field, NOT_RECORDED)))));
  }

  @Override
  public String toString() {
    return id;
  }
}
