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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

  /**
   * An auditor that knows nothing of the scorer's rule: each released item figure names the set of
   * respondents it sits over (the scored who answered the item, or both items of a pair for the
   * figures over pairs), and no such set may differ from the dimension's set, or from the set of
   * another released figure, by 1 to k - 1 respondents.
   */
  @Test
  void noReleasedItemFigureSitsOverASetAFewApartFromTheDimensionsOrAnotherReleasedOne() {
    int k = PerceptionPolicy.defaults().anonymityThreshold();
    int[] released = new int[2];
    qt().withExamples(80).forAll(surveys()).checkAssert(set -> {
      PerceptionReport full = FULL.score(set);
      full.dimensions().forEach((dimension, figures) -> {
        List<Item> items = set.instrument().scaleItems(dimension);
        // The scored respondents: at least half of the items answered, as the policy's default.
        List<Response> scored = set.responses().stream()
            .filter(r -> items.stream().filter(i -> r.answers().containsKey(i.id())).count() >= 0.5 * items.size())
            .toList();
        assertEquals(figures.n(), scored.size(), dimension.name());
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        sets.put("the dimension", ids(scored, items, List.of()));
        List<ItemStatistics> stats = figures.psychometrics().orElseThrow().items();
        for (int i = 0; i < items.size(); i++) {
          ItemStatistics item = stats.get(i);
          assertEquals(items.get(i).id(), item.itemId());
          if (item.mean().isDefined() || item.sd().isDefined()) {
            released[0]++;
            sets.put(item.itemId(), ids(scored, items, List.of(items.get(i))));
          }
          if (item.itemRestR().isDefined() || item.alphaIfDropped().isDefined()) {
            // Over every pair of the dimension's items (the rest's variance holds them all).
            released[1]++;
            for (int a = 0; a < items.size(); a++) {
              for (int b = 0; b <= a; b++) {
                sets.put(items.get(a).id() + "&" + items.get(b).id(),
                    ids(scored, items, List.of(items.get(a), items.get(b))));
              }
            }
          }
        }
        List<Map.Entry<String, Set<String>>> all = new ArrayList<>(sets.entrySet());
        for (int a = 0; a < all.size(); a++) {
          for (int b = 0; b < a; b++) {
            Set<String> difference = new HashSet<>(all.get(a).getValue());
            difference.addAll(all.get(b).getValue());
            Set<String> both = new HashSet<>(all.get(a).getValue());
            both.retainAll(all.get(b).getValue());
            difference.removeAll(both);
            assertTrue(difference.isEmpty() || difference.size() >= k, dimension + ": " + all.get(a).getKey()
                + " and " + all.get(b).getKey() + " differ by " + difference.size() + " respondents");
          }
        }
        for (ItemStatistics item : stats) {
          assertTrue(item.missingShare().isDefined());
          assertEquals(figures.n(), item.n() + Math.round(item.missingShare().value() * figures.n()));
        }
      });
    });
    // The generated surveys do release item figures, and figures over pairs: the audit saw some.
    assertTrue(released[0] > 0 && released[1] > 0, "released item figures, pair figures: " + released[0] + ", "
        + released[1]);
  }

  /** The ids of the respondents among {@code scored} who answered every item of {@code answered}. */
  private static Set<String> ids(List<Response> scored, List<Item> items, List<Item> answered) {
    Set<String> out = new HashSet<>();
    for (Response r : scored) {
      if (answered.stream().allMatch(i -> r.answers().containsKey(i.id()))) {
        out.add(r.respondent().id());
      }
    }
    return out;
  }
}
