package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedOrganizationsTest {

  @Test
  void theTwoSupportGoalsDifferInScopeAndIncentive() {
    Goal bonus = SeedPractices.individualCsatBonus();
    Goal shared = SeedPractices.sharedTeamCsatGoal(LocalDate.of(2026, 11, 30));
    assertEquals(GoalScope.INDIVIDUAL, bonus.scope());
    assertEquals(Incentive.MONETARY, bonus.incentive());
    assertEquals(GoalScope.TEAM, shared.scope());
    assertEquals(Incentive.NONE, shared.incentive());
    assertEquals(80.0, shared.baseline().getAsDouble());
    assertEquals(85.0, shared.target().getAsDouble());
    assertTrue(bonus.isTimeBound());
    assertTrue(shared.isTimeBound());
  }

  @Test
  void zapposOffersMoneyToQuitDuringTraining() {
    var check = SeedPractices.zappos().commitmentCheck().orElseThrow();
    assertEquals(1_000.0, check.paymentOffered().getAsDouble());
    assertFalse(check.acceptancePercent().isPresent(), "the sources give no exact share");
  }

  @Test
  void theExamplePrintsEverySeedPractice() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedOrganizations.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String expected : new String[] {"REI", "\"Inspire Humanity\" (2 words)", "Clean Vehicle Rebate Project",
        "scope INDIVIDUAL", "scope TEAM", "baseline 80, target 85", "commitment check"}) {
      assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
    }
  }
}
