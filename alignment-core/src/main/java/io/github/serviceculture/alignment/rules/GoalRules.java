package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.RuleText.quoted;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Organization;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in rules of performance goals. Good goals keep attention on the customer, promote
 * teamwork and rely on people's own motivation; bad goals divert attention, reward selfishness and
 * rely on rewards. The canonical bad goal pays each agent for a high personal satisfaction score,
 * which agents can reach by choosing easy customers and passing upset ones on.
 *
 * <p>The three keys (customer focus, teamwork, internal motivation) and the canonical bad goal are
 * {@linkplain Importance#ESSENTIAL essential}; the SMART worksheet, a tool of the method's toolkit
 * rather than one of its keys, is {@linkplain Importance#ADVISORY advisory}.
 *
 * <p>Each rule judges every goal on its own and its compliance is the mean over the goals; findings
 * point at {@code goals["statement"]}. The rules are not applicable when the practices are absent or no goal is
 * listed: when the goals are not recorded, as when another practice is absent, and when the
 * organization sets none ({@code noGoals}), since each key is a property of the goals there are and
 * no goal can divert attention, reward selfishness or rely on rewards.
 */
final class GoalRules {
  private static final List<Rule> ALL = List.of(new CustomerFocus(), new Teamwork(),
      new InternalMotivation(), new IndividualReward(), new Smart());

  private GoalRules() {}

  /** The goal rules, in a fixed order. */
  static List<Rule> all() {
    return ALL;
  }

  /**
   * A rule judged goal by goal: its compliance is the mean of the goals' compliance, and its
   * findings are those of all goals, in goal order.
   */
  abstract static class PerGoalRule extends BaseRule {
    PerGoalRule(String id, String description) {
      this(id, description, Importance.ESSENTIAL);
    }

    PerGoalRule(String id, String description, Importance importance) {
      super(id, Dimension.GOALS, description, importance);
    }

    /**
     * Judges one goal.
     *
     * @param goal the goal
     * @param index its position among the organization's goals
     * @param findings where to add the goal's findings
     * @return the goal's compliance, from 0 to 1
     */
    abstract double judge(Goal goal, int index, List<Finding> findings);

    @Override
    public final RuleOutcome evaluate(RuleContext context) {
      List<Goal> goals = context.practices().map(Organization::goals).orElse(List.of());
      if (goals.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      List<Finding> findings = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < goals.size(); i++) {
        sum += judge(goals.get(i), i, findings);
      }
      return RuleOutcome.compliance(Math.min(1, sum / goals.size()), findings);
    }
  }

  /**
   * A goal named in a message by its statement. Goals are named, not numbered, so that a report does
   * not depend on the order in which goals were listed.
   */
  static String name(Goal goal) {
    return "Goal " + quoted(goal.statement());
  }

  /** The evidence reference of a goal's field, such as {@code goals["Lift the team's..."].scope}. */
  static String field(Goal goal, String field) {
    return "goals[" + quoted(goal.statement()) + "]." + field;
  }

  /** The incentive in words, such as {@code MONETARY ($100 per agent per month)}. */
  static String incentive(Goal goal) {
    return goal.incentive() + goal.incentiveDescription().map(d -> " (" + d + ")").orElse("");
  }

  static boolean isIndividualMoney(Goal goal) {
    return goal.scope() == GoalScope.INDIVIDUAL && goal.incentive() == Incentive.MONETARY;
  }

  /**
   * {@code GOALS.CUSTOMER_FOCUS}, essential (the first key: good goals focus attention on the
   * customer, bad ones divert it): each goal keeps attention on the customer. Three criteria per goal:
   * its focus is {@code CUSTOMER_OUTCOME}; its metric, when its kind is known, is not an inward
   * measure of speed, volume, revenue or cost ({@code SPEED}, {@code PRODUCTIVITY}, {@code
   * REVENUE}, {@code COST}); and it does not pay individuals money, which pulls attention from the
   * customer to the reward. Each missed criterion is a WARNING.
   */
  static final class CustomerFocus extends PerGoalRule {
    private static final Set<MetricKind> INWARD_METRICS =
        EnumSet.of(MetricKind.SPEED, MetricKind.PRODUCTIVITY, MetricKind.REVENUE, MetricKind.COST);

    CustomerFocus() {
      super("GOALS.CUSTOMER_FOCUS", "Each goal focuses attention on an outcome for customers.");
    }

    @Override
    double judge(Goal goal, int i, List<Finding> findings) {
      int criteria = 2;
      int met = 0;
      if (goal.focus() == GoalFocus.CUSTOMER_OUTCOME) {
        met++;
      } else {
        findings.add(finding(Severity.WARNING, "NOT_CUSTOMER_OUTCOME",
            Map.of("goal", name(goal), "focus", goal.focus()),
                List.of(Evidence.practice(field(goal, "focus"), goal.focus()))));
      }
      if (goal.metricKind().isPresent()) {
        criteria++;
        MetricKind kind = goal.metricKind().get();
        if (!INWARD_METRICS.contains(kind)) {
          met++;
        } else {
          Map<String, Object> parameters = new HashMap<>(Map.of("goal", name(goal), "metricKind", kind));
          goal.metric().ifPresent(m -> parameters.put("metric", m));
          findings.add(finding(Severity.WARNING, "INWARD_METRIC", parameters,
              List.of(Evidence.practice(field(goal, "metricKind"), kind))));
        }
      }
      if (!isIndividualMoney(goal)) {
        met++;
      } else {
        findings.add(finding(Severity.WARNING, "INDIVIDUAL_PAY",
            Map.of("goal", name(goal), "incentive", incentive(goal)),
                List.of(Evidence.practice(field(goal, "scope"), goal.scope()),
                Evidence.practice(field(goal, "incentive"), goal.incentive()))));
      }
      return (double) met / criteria;
    }
  }

  /**
   * {@code GOALS.TEAMWORK}, essential (the second key: good goals promote teamwork, bad ones reward
   * selfishness): each goal is shared by a team or the whole organization ({@code TEAM} or
   * {@code ORGANIZATION} scope), so meeting it means helping each other; an {@code INDIVIDUAL} goal
   * is a WARNING.
   */
  static final class Teamwork extends PerGoalRule {
    Teamwork() {
      super("GOALS.TEAMWORK", "Each goal is shared by a team or the organization, promoting teamwork.");
    }

    @Override
    double judge(Goal goal, int i, List<Finding> findings) {
      if (goal.scope() != GoalScope.INDIVIDUAL) {
        return 1;
      }
      findings.add(finding(Severity.WARNING, "INDIVIDUAL_SCOPE", Map.of("goal", name(goal)),
          List.of(Evidence.practice(field(goal, "scope"), goal.scope()))));
      return 0;
    }
  }

  /**
   * {@code GOALS.INTERNAL_MOTIVATION}, essential (the third key: good goals rely on internal
   * motivation, bad ones on rewards): each goal relies on people's own motivation: no cash ({@code
   * MONETARY}) and no prize ({@code NON_MONETARY_REWARD}) for meeting it. Recognition and no
   * incentive at all are fine. A reward is a WARNING.
   */
  static final class InternalMotivation extends PerGoalRule {
    InternalMotivation() {
      super("GOALS.INTERNAL_MOTIVATION",
          "Each goal relies on internal motivation rather than a cash or material reward.");
    }

    @Override
    double judge(Goal goal, int i, List<Finding> findings) {
      if (goal.incentive() != Incentive.MONETARY && goal.incentive() != Incentive.NON_MONETARY_REWARD) {
        return 1;
      }
      findings.add(finding(Severity.WARNING, "REWARD",
          Map.of("goal", name(goal), "incentive", incentive(goal)),
              List.of(Evidence.practice(field(goal, "incentive"), goal.incentive()))));
      return 0;
    }
  }

  /**
   * {@code GOALS.INDIVIDUAL_REWARD}, essential (the method's canonical bad goal, a monthly $100 bonus
   * per agent for a 95 % satisfaction average, which agents met by passing upset customers on): no
   * goal pays individuals money for a customer-outcome measure,
   * which invites gaming it. {@code INDIVIDUAL} scope with a {@code MONETARY} incentive on a {@code
   * CUSTOMER_SATISFACTION} or {@code LOYALTY} metric is CRITICAL: people can raise their own score by
   * choosing easy customers and passing upset ones on. The same pay on another customer-outcome
   * goal (another customer metric, or an unknown metric with a customer-outcome focus) is a WARNING.
   */
  static final class IndividualReward extends PerGoalRule {
    private static final Set<MetricKind> SURVEYED =
        EnumSet.of(MetricKind.CUSTOMER_SATISFACTION, MetricKind.LOYALTY);
    private static final Set<MetricKind> OTHER_CUSTOMER =
        EnumSet.of(MetricKind.FIRST_CONTACT_RESOLUTION, MetricKind.CUSTOMER_EFFORT);

    IndividualReward() {
      super("GOALS.INDIVIDUAL_REWARD",
          "No goal pays individuals money for a customer-outcome measure they can game.");
    }

    @Override
    double judge(Goal goal, int i, List<Finding> findings) {
      if (!isIndividualMoney(goal)) {
        return 1;
      }
      List<Evidence> evidence = new ArrayList<>(List.of(
          Evidence.practice(field(goal, "scope"), goal.scope()),
          Evidence.practice(field(goal, "incentive"), goal.incentive())));
      goal.metricKind().ifPresent(k -> evidence.add(Evidence.practice(field(goal, "metricKind"), k)));
      Map<String, Object> parameters = new HashMap<>(Map.of("goal", name(goal), "incentive", incentive(goal)));
      goal.metricKind().ifPresent(k -> parameters.put("metricKind", k));
      if (goal.metricKind().filter(SURVEYED::contains).isPresent()) {
        goal.target().ifPresent(t -> parameters.put("target", t));
        findings.add(finding(Severity.CRITICAL, "SURVEYED_SCORE", parameters, evidence));
        return 0;
      }
      boolean customerMetric = goal.metricKind().filter(OTHER_CUSTOMER::contains).isPresent();
      boolean customerFocus = goal.metricKind().isEmpty() && goal.focus() == GoalFocus.CUSTOMER_OUTCOME;
      if (customerMetric || customerFocus) {
        findings.add(finding(Severity.WARNING, "CUSTOMER_OUTCOME", parameters, evidence));
        return 0;
      }
      return 1;
    }
  }

  /**
   * {@code GOALS.SMART}, advisory (the SMART worksheet is a tool of the method's toolkit, not one of
   * its three keys): each goal is specific (it names a metric), measurable (it has a target),
   * achievable (its baseline is known, so the step from baseline to target can be judged), relevant
   * (its focus is a customer outcome) and time-bound (it has a deadline or a cadence). A goal's
   * compliance is the share of the five met; a goal missing any gets INFO advice listing what is
   * missing.
   */
  static final class Smart extends PerGoalRule {
    Smart() {
      super("GOALS.SMART", "Each goal is specific, measurable, achievable, relevant and time-bound.",
          Importance.ADVISORY);
    }

    @Override
    double judge(Goal goal, int i, List<Finding> findings) {
      List<String> missing = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      if (goal.metric().isEmpty()) {
        missing.add("specific (no metric named)");
        evidence.add(Evidence.practice(field(goal, "metric"), "none"));
      }
      if (goal.target().isEmpty()) {
        missing.add("measurable (no target)");
        evidence.add(Evidence.practice(field(goal, "target"), "none"));
      }
      if (goal.baseline().isEmpty()) {
        missing.add("achievable (no baseline to judge the step to the target)");
        evidence.add(Evidence.practice(field(goal, "baseline"), "none"));
      }
      if (goal.focus() != GoalFocus.CUSTOMER_OUTCOME) {
        missing.add("relevant (focus " + goal.focus() + ", not a customer outcome)");
        evidence.add(Evidence.practice(field(goal, "focus"), goal.focus()));
      }
      if (!goal.isTimeBound()) {
        missing.add("time-bound (no deadline or cadence)");
        evidence.add(Evidence.practice(field(goal, "deadline"), "none"));
      }
      if (missing.isEmpty()) {
        return 1;
      }
      findings.add(finding(Severity.INFO, "INCOMPLETE",
          Map.of("goal", name(goal), "missing", String.join(", ", missing)), evidence));
      return (5.0 - missing.size()) / 5;
    }
  }
}
