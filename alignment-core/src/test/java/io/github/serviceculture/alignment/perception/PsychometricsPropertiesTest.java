package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the organization's psychometrics over generated surveys. */
class PsychometricsPropertiesTest {
  private static final PerceptionScorer PLAIN = PerceptionScorer.of(PerceptionPolicy.defaults());
  private static final PerceptionScorer FULL = PLAIN.withPsychometrics();

  private static Gen<ResponseSet> surveys() {
    return longs().all().zip(integers().between(3, 70), doubles().between(-1, 1),
        (seed, size, shift) -> SurveyFixtures.generated(seed, size, shift));
  }

  @Test
  void thePsychometricsAddToTheOrganizationsFiguresAndChangeNothingElse() {
    qt().withExamples(40).forAll(surveys()).checkAssert(set -> {
      PerceptionReport plain = PLAIN.score(set);
      PerceptionReport full = FULL.score(set);
      Map<Dimension, PerceptionFigures> stripped = new EnumMap<>(Dimension.class);
      full.dimensions().forEach((d, f) -> {
        assertTrue(f.psychometrics().isPresent(), d.name());
        assertEquals(set.instrument().scaleItems(d).size(), f.psychometrics().get().items().size());
        stripped.put(d, f.withPsychometrics(Optional.empty()));
      });
      assertEquals(plain, full.withDimensions(stripped));
      full.groups().forEach(g -> g.dimensions().values()
          .forEach(f -> assertTrue(f.psychometrics().isEmpty(), g.attribute() + "=" + g.value())));
    });
  }

  @Test
  void thePsychometricsDoNotDependOnTheOrderOfRespondents() {
    qt().withExamples(30).forAll(surveys(), longs().all()).checkAssert((set, seed) -> {
      List<Response> shuffled = new ArrayList<>(set.responses());
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(FULL.score(set), FULL.score(set.withResponses(shuffled)));
    });
  }

  @Test
  void itemFiguresAreWithheldExactlyWhenAFewSkippedAnItemOrAnsweredAPair() {
    int k = PerceptionPolicy.defaults().anonymityThreshold();
    qt().withExamples(60).forAll(surveys()).checkAssert(set -> {
      PerceptionReport full = FULL.score(set);
      full.dimensions().forEach((dimension, figures) -> {
        List<Item> items = set.instrument().scaleItems(dimension);
        // The respondents with a score who skipped an item, and the fewest with a score behind a pair
        // of items (as alpha, the item figures need k there).
        int skippers = 0;
        int[][] pairs = new int[items.size()][items.size()];
        for (Response r : set.responses()) {
          long answered = items.stream().filter(i -> r.answers().containsKey(i.id())).count();
          if (answered < 0.5 * items.size()) {
            continue;
          }
          if (answered < items.size()) {
            skippers++;
          }
          for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < items.size(); j++) {
              if (r.answers().containsKey(items.get(i).id()) && r.answers().containsKey(items.get(j).id())) {
                pairs[i][j]++;
              }
            }
          }
        }
        int fewestPairRows = Integer.MAX_VALUE;
        for (int[] row : pairs) {
          for (int count : row) {
            fewestPairRows = Math.min(fewestPairRows, count);
          }
        }
        boolean few = skippers > 0 && skippers < k || fewestPairRows < k;
        for (ItemStatistics item : figures.psychometrics().orElseThrow().items()) {
          Estimate mean = item.mean();
          assertEquals(few, mean.undefinedReason().equals(Optional.of(UndefinedReason.WITHHELD_FOR_ANONYMITY)),
              dimension + " " + item.itemId() + " with " + skippers + " skippers: " + mean);
          assertTrue(item.missingShare().isDefined());
          assertEquals(figures.n(), item.n() + Math.round(item.missingShare().value() * figures.n()));
        }
      });
    });
  }
}
