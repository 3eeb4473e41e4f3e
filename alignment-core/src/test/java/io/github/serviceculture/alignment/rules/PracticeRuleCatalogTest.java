package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.HiringPractice;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the catalog of the vision, goal and hiring rules as a whole. */
class PracticeRuleCatalogTest {

  private static List<Rule> all() {
    return Stream.of(VisionRules.all(), GoalRules.all(), HiringRules.all()).flatMap(List::stream).toList();
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : all()) {
      assertTrue(rule.id().matches("[A-Z]+\\.[A-Z_]+"), rule.id());
      assertTrue(seen.add(rule.id()), "duplicate " + rule.id());
    }
    assertEquals(17, seen.size());
  }

  @Test
  void idPrefixNamesTheRulesDimensionAndDescriptionsAreNotBlank() {
    for (Rule rule : all()) {
      assertEquals(rule.dimension().name(), rule.id().substring(0, rule.id().indexOf('.')), rule.id());
      assertFalse(rule.description().isBlank(), rule.id());
      assertEquals(rule.id(), rule.toString());
    }
  }

  @Test
  void eachHolderKeepsToItsDimensionInAFixedOrder() {
    assertTrue(VisionRules.all().stream().allMatch(r -> r.dimension() == Dimension.VISION));
    assertTrue(GoalRules.all().stream().allMatch(r -> r.dimension() == Dimension.GOALS));
    assertTrue(HiringRules.all().stream().allMatch(r -> r.dimension() == Dimension.HIRING));
    assertEquals("VISION.DEFINED", VisionRules.all().get(0).id());
    assertEquals(List.of("GOALS.CUSTOMER_FOCUS", "GOALS.TEAMWORK", "GOALS.INTERNAL_MOTIVATION",
        "GOALS.INDIVIDUAL_REWARD", "GOALS.SMART"), GoalRules.all().stream().map(Rule::id).toList());
    assertSame(VisionRules.all().get(1), VisionRules.all().get(1));
  }

  @Test
  void theCatalogCannotBeChanged() {
    List<Rule> rules = HiringRules.all();
    try {
      rules.add(rules.get(0));
    } catch (UnsupportedOperationException expected) {
      return;
    }
    throw new AssertionError("HiringRules.all() is modifiable");
  }

  @Test
  void everyRuleIsNotApplicableWithoutPracticesAndFindingsCarryItsIdAndDimension() {
    RuleContext none = PracticeFixtures.noPractices();
    RuleContext bare = PracticeFixtures.context(PracticeFixtures.org()
        .withGoals(PracticeFixtures.individualCsatBonus())
        .withHiring(HiringPractice.builder()
            .realisticJobPreview(false).build()));
    for (Rule rule : all()) {
      assertFalse(rule.evaluate(none).applicable(), rule.id());
      for (Finding f : rule.evaluate(bare).findings()) {
        assertEquals(rule.id(), f.ruleId());
        assertEquals(rule.dimension(), f.dimension());
        assertFalse(f.evidence().isEmpty());
      }
    }
  }
}
