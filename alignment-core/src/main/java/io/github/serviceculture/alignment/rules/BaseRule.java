package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;

/** The id, dimension, description and importance every built-in rule carries, and a shorthand for findings. */
abstract class BaseRule implements Rule {
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

  @Override
  public String toString() {
    return id;
  }
}
