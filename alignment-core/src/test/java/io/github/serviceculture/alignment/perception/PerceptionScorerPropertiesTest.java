package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PerceptionScorerPropertiesTest {
  private static final PerceptionScorer SCORER = PerceptionScorer.of(PerceptionPolicy.defaults());

  private static Gen<ResponseSet> surveys() {
    return longs().all().zip(integers().between(3, 70), doubles().between(-1, 1),
        (seed, size, shift) -> SurveyFixtures.generated(seed, size, shift));
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfRespondents() {
    qt().withExamples(40).forAll(surveys(), longs().all()).checkAssert((set, seed) -> {
      List<Response> shuffled = new ArrayList<>(set.responses());
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(SCORER.score(set), SCORER.score(set.withResponses(shuffled)));
    });
  }

  @Test
  void renamingGroupsChangesNoFigure() {
    qt().withExamples(40).forAll(surveys()).checkAssert(set -> {
      // "unit-" keeps the sort order of department names, so groups and gaps line up one to one.
      List<Response> renamed = new ArrayList<>();
      for (Response r : set.responses()) {
        Respondent p = r.respondent();
        renamed.add(r.withRespondent(p.withDepartment(p.department().map(d -> "unit-" + d))));
      }
      PerceptionReport original = SCORER.score(set);
      PerceptionReport other = SCORER.score(set.withResponses(renamed));
      assertEquals(original.groups().size(), other.groups().size());
      for (int i = 0; i < original.groups().size(); i++) {
        GroupPerception a = original.groups().get(i);
        GroupPerception b = other.groups().get(i);
        String expected = a.attribute().equals(Respondent.DEPARTMENT) ? "unit-" + a.value() : a.value();
        assertEquals(expected, b.value());
        assertEquals(a.dimensions(), b.dimensions());
        assertEquals(a.engagement(), b.engagement());
      }
      assertEquals(original.groupDifferences(), other.groupDifferences());
      assertEquals(original.gaps().size(), other.gaps().size());
      for (int i = 0; i < original.gaps().size(); i++) {
        assertEquals(original.gaps().get(i).difference(), other.gaps().get(i).difference());
      }
    });
  }

  @Test
  void noHiddenGroupCanBeRecoveredFromTheReport() {
    int threshold = PerceptionPolicy.defaults().anonymityThreshold();
    qt().withExamples(80).forAll(surveys()).checkAssert(set -> {
      PerceptionReport report = SCORER.score(set);
      for (String attribute : PerceptionPolicy.defaults().groupBy()) {
        for (Dimension dimension : set.instrument().dimensions()) {
          // Who has a score for this dimension, per group value ("" = no value).
          Map<String, Integer> scored = new HashMap<>();
          for (Response r : set.responses()) {
            long answered = set.instrument().scaleItems(dimension).stream()
                .filter(i -> r.answers().containsKey(i.id())).count();
            if (answered * 2 >= set.instrument().scaleItems(dimension).size()) {
              scored.merge(r.respondent().groupValue(attribute).orElse(""), 1, Integer::sum);
            }
          }
          Map<String, Integer> shown = new HashMap<>();
          report.groups().stream().filter(g -> g.attribute().equals(attribute))
              .filter(g -> g.dimensions().containsKey(dimension))
              .forEach(g -> shown.put(g.value(), g.dimensions().get(dimension).n()));
          shown.forEach((value, n) -> {
            assertTrue(n >= threshold, attribute + "=" + value + " shown with n " + n);
            assertEquals(scored.get(value), n, "reported n is the scored n");
          });
          long hiddenUnits = scored.entrySet().stream().filter(e -> !shown.containsKey(e.getKey())).count();
          if (!shown.isEmpty()) {
            assertNotEquals(1L, hiddenUnits, attribute + "/" + dimension + ": one hidden unit = total minus shown");
          }
        }
      }
    });
  }

  @Test
  void scoresAndAgreementStayInRange() {
    qt().withExamples(60).forAll(surveys()).checkAssert(set -> {
      PerceptionReport report = SCORER.score(set);
      List<PerceptionFigures> all = new ArrayList<>(report.dimensions().values());
      report.groups().forEach(g -> all.addAll(g.dimensions().values()));
      for (PerceptionFigures f : all) {
        assertTrue(f.score().value() >= 0 && f.score().value() <= 100, f.toString());
        f.rwgJ().asOptional().ifPresent(r -> assertTrue(r >= 0 && r <= 1, f.toString()));
        f.alpha().asOptional().ifPresent(a -> assertTrue(a <= 1 + 1e-12, f.toString()));
        f.ad().asOptional().ifPresent(ad -> assertTrue(ad >= 0, f.toString()));
      }
      report.engagement().values().forEach(e ->
          assertTrue(e.agreePercent().value() >= 0 && e.agreePercent().value() <= 100));
    });
  }
}
