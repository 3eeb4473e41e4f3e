package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules of the training, empowerment, leadership and perception holders as a catalogue. */
class PeopleRuleCatalogueTest {
  private static final Pattern ID = Pattern.compile("[A-Z]+\\.[A-Z_]+");

  private static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(TrainingRules.all());
    rules.addAll(EmpowermentRules.all());
    rules.addAll(LeadershipRules.all());
    rules.addAll(PerceptionRules.all());
    return rules;
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : all()) {
      assertTrue(ID.matcher(rule.id()).matches(), rule.id());
      assertTrue(seen.add(rule.id()), () -> "duplicate id " + rule.id());
    }
  }

  @Test
  void eachIdStartsWithItsDimension() {
    for (Rule rule : all()) {
      assertEquals(rule.dimension().name(), rule.id().substring(0, rule.id().indexOf('.')), rule.id());
    }
  }

  @Test
  void descriptionsAreNotBlank() {
    for (Rule rule : all()) {
      assertFalse(rule.description().isBlank(), rule.id());
    }
  }

  @Test
  void theBriefsRequiredIdsAreAllPresent() {
    Set<String> ids = all().stream().map(Rule::id).collect(Collectors.toSet());
    List<String> required = new ArrayList<>(List.of("TRAINING.EVERYONE", "TRAINING.FULLY_TRAINED_STANDARD",
        "TRAINING.PERFORMANCE_EVALUATION", "TRAINING.REINFORCEMENT", "EMPOWERMENT.DECISIONS",
        "EMPOWERMENT.GUIDELINES", "EMPOWERMENT.INGREDIENTS", "EMPOWERMENT.SAY_NO_REVIEW",
        "LEADERSHIP.VISION_TALK", "LEADERSHIP.EXECUTIVE_VISITS", "LEADERSHIP.SERVES_CUSTOMERS",
        "LEADERSHIP.LISTENS_TO_FRONTLINE", "LEADERSHIP.FEEDBACK_AND_ACCOUNTABILITY", "VISION.ENGAGEMENT"));
    for (Dimension d : Dimension.values()) {
      required.add(d.name() + ".SHARED_PERCEPTION");
      required.add(d.name() + ".PERCEPTION_GAP");
      required.add(d.name() + ".KEY_DRIVER");
    }
    for (String id : required) {
      assertTrue(ids.contains(id), id);
    }
    assertEquals(required.size(), ids.size(), "no rule beyond the catalogue: " + ids);
  }

  @Test
  void eachHolderReturnsItsRulesInAFixedOrder() {
    assertEquals(List.of("TRAINING.EVERYONE", "TRAINING.FULLY_TRAINED_STANDARD",
        "TRAINING.PERFORMANCE_EVALUATION", "TRAINING.REINFORCEMENT"),
        TrainingRules.all().stream().map(Rule::id).collect(Collectors.toList()));
    assertEquals("VISION.ENGAGEMENT", PerceptionRules.all().get(0).id());
    assertEquals("VISION.SHARED_PERCEPTION", PerceptionRules.all().get(1).id());
    assertEquals("LEADERSHIP.PERCEPTION_GAP", PerceptionRules.all().get(12).id());
    assertSame(LeadershipRules.all().get(0), LeadershipRules.all().get(0));
    assertEquals(EmpowermentRules.all(), EmpowermentRules.all());
  }

  @Test
  void ruleClassesAreFinalPackagePrivateAndStateless() {
    for (Rule rule : all()) {
      Class<?> type = rule.getClass();
      assertTrue(Modifier.isFinal(type.getModifiers()), type.getName());
      assertFalse(Modifier.isPublic(type.getModifiers()), type.getName());
      for (Field field : type.getDeclaredFields()) {
        assertTrue(Modifier.isFinal(field.getModifiers()), type.getName() + "." + field.getName());
      }
      assertEquals(rule.id(), rule.toString());
    }
    assertNotSame(PerceptionRules.all().get(1), PerceptionRules.all().get(2));
  }
}
