package io.github.serviceculture.alignment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.serviceculture.alignment.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

class ModelPropertiesTest {

  @Test
  void rebuildingAnOrganizationFromItsOwnFactsGivesAnEqualValue() {
    qt().forAll(ModelGenerators.organizations()).checkAssert(org -> {
      Organization copy = Organization.builder().from(org).build();
      assertEquals(org, copy);
      assertEquals(org.hashCode(), copy.hashCode());
      assertEquals(org.toString(), copy.toString());
    });
  }

  @Test
  void rebuildingEachPracticeFromItsOwnFactsGivesAnEqualValue() {
    qt().forAll(ModelGenerators.goals()).checkAssert(g -> assertEquals(g, Goal.builder().from(g).build()));
    qt().forAll(ModelGenerators.visions())
        .checkAssert(v -> assertEquals(v, ServiceVision.builder().from(v).build()));
    qt().forAll(ModelGenerators.hiringPractices())
        .checkAssert(h -> assertEquals(h, HiringPractice.builder().from(h).build()));
    qt().forAll(ModelGenerators.trainingPrograms())
        .checkAssert(t -> assertEquals(t, TrainingProgram.builder().from(t).build()));
    qt().forAll(ModelGenerators.empowermentPolicies())
        .checkAssert(e -> assertEquals(e, EmpowermentPolicy.builder().from(e).build()));
    qt().forAll(ModelGenerators.leadershipPractices())
        .checkAssert(l -> assertEquals(l, LeadershipPractice.builder().from(l).build()));
  }

  @Test
  void aCopyWithOneFieldChangedKeepsEveryOtherField() {
    qt().forAll(ModelGenerators.goals(), ModelGenerators.text()).checkAssert((goal, owner) -> {
      Goal changed = goal.withOwner(owner);
      assertEquals(owner, changed.owner().orElseThrow());
      // Putting the old value back must restore the original exactly: nothing else moved.
      assertEquals(goal, goal.owner().isPresent()
          ? changed.withOwner(goal.owner().get()) : changed.withOwner(java.util.Optional.empty()));
    });
    qt().forAll(ModelGenerators.organizations(), ModelGenerators.text()).checkAssert((org, name) -> {
      Organization renamed = org.withName(name);
      assertEquals(name, renamed.name());
      assertEquals(org.vision(), renamed.vision());
      assertEquals(org.goals(), renamed.goals());
      assertEquals(org.hiring(), renamed.hiring());
      assertEquals(org.training(), renamed.training());
      assertEquals(org.empowerment(), renamed.empowerment());
      assertEquals(org.leadership(), renamed.leadership());
      assertEquals(org, renamed.withName(org.name()));
    });
  }

  @Test
  void aCopyWithADifferentValueIsNotEqual() {
    qt().forAll(ModelGenerators.gutChecks()).checkAssert(check -> {
      int other = check.recognized() == 0 ? 1 : check.recognized() - 1;
      if (other <= check.stakeholdersAsked()) {
        assertNotEquals(check, check.withRecognized(other));
      }
    });
  }

  @Test
  void derivedPercentagesStayInRange() {
    qt().forAll(ModelGenerators.gutChecks()).checkAssert(check -> {
      double p = check.recognitionPercent();
      assertEquals(true, p >= 0 && p <= 100, () -> "recognition " + p);
    });
    qt().forAll(ModelGenerators.turnover()).checkAssert(t -> {
      assertEquals(true, t.turnoverRatePercent() >= 0);
      assertEquals(t.costPerSeparation().isPresent(), t.annualCost().isPresent());
    });
  }
}
