package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.MetricKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GoalRulesPropertiesTest {

  /** Valid goals with every combination of scope, focus, incentive and optional facts. */
  static Gen<Goal> goals() {
    return in -> {
      Goal.Builder b = Goal.builder().statement("goal " + integers().between(0, 999).generate(in))
          .scope(arbitrary().enumValues(GoalScope.class).generate(in))
          .focus(arbitrary().enumValues(GoalFocus.class).generate(in))
          .incentive(arbitrary().enumValues(Incentive.class).generate(in));
      if (booleans().all().generate(in)) {
        b.metric("metric");
      }
      if (booleans().all().generate(in)) {
        b.metricKind(arbitrary().enumValues(MetricKind.class).generate(in));
      }
      if (booleans().all().generate(in)) {
        b.cadence(arbitrary().enumValues(Cadence.class).generate(in));
      }
      if (booleans().all().generate(in)) {
        b.deadline(LocalDate.of(2026, 1, 1).plusDays(integers().between(0, 365).generate(in)));
      }
      if (booleans().all().generate(in)) {
        b.incentiveDescription("reward");
      }
      double baseline = doubles().between(0, 100).generate(in);
      if (booleans().all().generate(in)) {
        b.baseline(baseline);
      }
      if (booleans().all().generate(in)) {
        b.target(baseline + 1);
      }
      return b.build();
    };
  }

  /**
   * Sets the goal at {@code index} (modulo the size) to its {@code from} state, then checks that
   * changing it to its {@code to} state lowers no goal rule's compliance.
   */
  private static void assertNoGoalRuleDrops(List<Goal> generated, int at, UnaryOperator<Goal> from,
      UnaryOperator<Goal> to) {
    int index = at % generated.size();
    List<Goal> goals = new ArrayList<>(generated);
    goals.set(index, from.apply(goals.get(index)));
    List<Goal> changed = new ArrayList<>(goals);
    changed.set(index, to.apply(goals.get(index)));
    RuleContext before = PracticeFixtures.withGoals(goals.toArray(Goal[]::new));
    RuleContext after = PracticeFixtures.withGoals(changed.toArray(Goal[]::new));
    for (Rule rule : GoalRules.all()) {
      double was = PracticeFixtures.compliance(rule.evaluate(before));
      double now = PracticeFixtures.compliance(rule.evaluate(after));
      assertTrue(now >= was, () -> rule.id() + " dropped from " + was + " to " + now + " for " + goals
          + " at " + index);
    }
  }

  @Test
  void switchingAnIndividualGoalToTeamNeverLowersAnyGoalRule() {
    qt().forAll(lists().of(goals()).ofSizeBetween(1, 4), integers().between(0, 3))
        .checkAssert((goals, i) -> assertNoGoalRuleDrops(goals, i, g -> g.withScope(GoalScope.INDIVIDUAL),
            g -> g.withScope(GoalScope.TEAM)));
  }

  @Test
  void droppingAMonetaryIncentiveNeverLowersAnyGoalRule() {
    qt().forAll(lists().of(goals()).ofSizeBetween(1, 4), integers().between(0, 3))
        .checkAssert((goals, i) -> assertNoGoalRuleDrops(goals, i, g -> g.withIncentive(Incentive.MONETARY),
            g -> g.withIncentive(Incentive.NONE)));
  }

  @Test
  void theSwitchesActuallyRaiseTheRuleTheyConcern() {
    qt().forAll(goals().map(g -> g.withScope(GoalScope.INDIVIDUAL))).checkAssert(g -> {
      double was = PracticeFixtures.compliance(new GoalRules.Teamwork().evaluate(PracticeFixtures.withGoals(g)));
      double now = PracticeFixtures.compliance(
          new GoalRules.Teamwork().evaluate(PracticeFixtures.withGoals(g.withScope(GoalScope.TEAM))));
      assertTrue(was == 0 && now == 1, g::toString);
    });
  }

  @Test
  void complianceStaysWithinZeroAndOne() {
    qt().forAll(lists().of(goals()).ofSizeBetween(1, 4)).checkAssert(goals -> {
      for (Rule rule : GoalRules.all()) {
        double c = PracticeFixtures.compliance(rule.evaluate(PracticeFixtures.withGoals(goals.toArray(Goal[]::new))));
        assertTrue(c >= 0 && c <= 1, rule.id() + " " + c);
      }
    });
  }
}
