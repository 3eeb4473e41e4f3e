package io.github.serviceculture.alignment.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules that cover the framework's criteria: vision and engagement, goals, hiring, training,
 * empowerment and leadership, plus the survey rules for shared perception and leader-frontline gaps
 * in every dimension.
 *
 * <p>Each rule's id, dimension and {@link Rule#description()} say what it checks, and its {@link
 * Rule#importance()} whether the method requires it or suggests it; thresholds come from {@link
 * RuleThresholds}, whose Javadoc gives the source and importance of each.
 *
 * @since 0.1.0
 */
public final class BuiltInRules {
  private static final List<Rule> ALL = collect();

  private BuiltInRules() {}

  /**
   * Returns the built-in rules in their evaluation order: practices dimension by dimension, then the
   * survey rules.
   *
   * @return an unmodifiable list
   */
  public static List<Rule> all() {
    return ALL;
  }

  private static List<Rule> collect() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(VisionRules.all());
    rules.addAll(GoalRules.all());
    rules.addAll(HiringRules.all());
    rules.addAll(TrainingRules.all());
    rules.addAll(EmpowermentRules.all());
    rules.addAll(LeadershipRules.all());
    rules.addAll(PerceptionRules.all());
    return List.copyOf(rules);
  }
}
