package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.OrganizationSurveys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of item results over random organizations: shares that are fractions summing to 1, order-free. */
class ItemResultsPropertiesTest {
  private static List<ItemResult> everyItemResult(PerceptionReport report) {
    List<ItemResult> all = new ArrayList<>(report.items());
    report.groups().forEach(g -> all.addAll(g.items()));
    return all;
  }

  @Test
  void sharesAreFractionsThatSumToOneAndNIsAtLeastTheThreshold() {
    qt().withExamples(200).forAll(OrganizationSurveys.scenarios(5, 120)).checkAssert(s -> {
      PerceptionReport report = PerceptionScorer.of(s.policy()).score(s.responses());
      for (ItemResult item : everyItemResult(report)) {
        double favourable = item.favourableShare().value();
        double neutral = item.neutralShare().value();
        double unfavourable = item.unfavourableShare().value();
        for (double share : new double[] {favourable, neutral, unfavourable}) {
          assertTrue(share >= 0 && share <= 1, item.toString());
        }
        assertEquals(1.0, favourable + neutral + unfavourable, 1e-12, item.toString());
        assertTrue(item.n() >= s.policy().anonymityThreshold(), item.toString());
        assertTrue(item.score().value() >= 0 && item.score().value() <= 100, item.toString());
        // Each share is a whole number of the n respondents.
        assertEquals(Math.rint(favourable * item.n()), favourable * item.n(), 1e-9, item.toString());
      }
    });
  }

  @Test
  void itemResultsDoNotDependOnTheOrderOfTheResponses() {
    qt().withExamples(100).forAll(OrganizationSurveys.scenarios(5, 120)).checkAssert(s -> {
      List<Response> shuffled = new ArrayList<>(s.responses().responses());
      Collections.shuffle(shuffled, new Random(s.seed()));
      PerceptionReport report = PerceptionScorer.of(s.policy()).score(s.responses());
      PerceptionReport again = PerceptionScorer.of(s.policy())
          .score(ResponseSet.of(s.responses().instrument(), shuffled));
      assertEquals(report.items(), again.items());
      assertEquals(report.itemsNotReported(), again.itemsNotReported());
      assertEquals(report.groups(), again.groups());
    });
  }
}
