package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which built-in rules are advice: the method's suggested steps, examples and tools, and this
 * library's own figures. Every other rule states a criterion the method requires.
 */
class RuleImportanceTest {
  private static final Set<String> ADVISORY = Set.of("VISION.ONE_SENTENCE", "VISION.EMPLOYEE_INPUT",
      "VISION.DRAFTING_GROUP", "GOALS.SMART", "HIRING.JOB_PREVIEW", "HIRING.COMMITMENT_CHECK",
      "HIRING.TURNOVER", "EMPOWERMENT.SAY_NO_REVIEW", "LEADERSHIP.EXECUTIVE_VISITS", "VISION.KEY_DRIVER",
      "GOALS.KEY_DRIVER", "HIRING.KEY_DRIVER", "TRAINING.KEY_DRIVER", "EMPOWERMENT.KEY_DRIVER",
      "LEADERSHIP.KEY_DRIVER");

  @Test
  void exactlyTheMethodsSuggestionsAreAdvisory() {
    Set<String> advisory = BuiltInRules.all().stream().filter(r -> r.importance() == Importance.ADVISORY)
        .map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(ADVISORY), advisory);
  }

  @Test
  void essentialRulesWeighInTheScoreAndAdvisoryOnesDoNot() {
    assertEquals(1, Importance.ESSENTIAL.weight());
    assertEquals(0, Importance.ADVISORY.weight());
    assertEquals(Severity.INFO, Importance.ADVISORY.mostSevere());
    assertEquals(Severity.CRITICAL, Importance.ESSENTIAL.mostSevere());
  }
}
