package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NotReportedPropertiesTest {
  private static final PerceptionScorer SCORER = PerceptionScorer.of(PerceptionPolicy.defaults());

  /**
   * Generated surveys of 0 to 40 respondents in which, per dimension, a random share of the
   * respondents skip all its items or all but one, so that every reason turns up.
   */
  private static Gen<ResponseSet> surveys() {
    return longs().all().zip(integers().between(0, 40), (seed, size) -> {
      ResponseSet set = SurveyFixtures.generated(seed, size, 0.5);
      SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
      Map<Dimension, Double> skipAll = new HashMap<>();
      Map<Dimension, Double> keepOne = new HashMap<>();
      for (Dimension d : Dimension.values()) {
        skipAll.put(d, random.nextInt(3) == 0 ? random.nextDouble() : 0);
        keepOne.put(d, random.nextInt(3) == 0 ? random.nextDouble() : 0);
      }
      List<Response> responses = new ArrayList<>();
      for (Response r : set.responses()) {
        Map<String, Integer> answers = new HashMap<>(r.answers());
        for (Dimension d : Dimension.values()) {
          List<Item> items = set.instrument().scaleItems(d);
          double u = random.nextDouble();
          if (u < skipAll.get(d)) {
            items.forEach(i -> answers.remove(i.id()));
          } else if (u < skipAll.get(d) + keepOne.get(d)) {
            items.subList(1, items.size()).forEach(i -> answers.remove(i.id()));
          }
        }
        responses.add(Response.of(r.respondent(), answers));
      }
      return set.withResponses(responses);
    });
  }

  private static void assertFiguresOrOneReason(Set<Dimension> measured, Map<Dimension, PerceptionFigures> figures,
      Map<Dimension, NotReportedReason> reasons, String where) {
    for (Dimension d : Dimension.values()) {
      boolean hasFigures = figures.containsKey(d);
      boolean hasReason = reasons.containsKey(d);
      if (measured.contains(d)) {
        assertTrue(hasFigures != hasReason, where + " " + d + ": figures " + hasFigures + ", reason " + hasReason);
      } else {
        assertTrue(!hasFigures && !hasReason, where + " " + d + " is not measured");
      }
    }
  }

  @Test
  void everyMeasuredDimensionHasFiguresOrExactlyOneReason() {
    qt().withExamples(150).forAll(surveys()).checkAssert(set -> {
      PerceptionReport report = SCORER.score(set);
      Set<Dimension> measured = EnumSet.copyOf(set.instrument().dimensions());
      assertFiguresOrOneReason(measured, report.dimensions(), report.notReported(), "organization");
      for (Dimension d : Dimension.values()) {
        Reported<PerceptionFigures> r = report.dimension(d);
        assertTrue(r.value().isPresent() != r.reason().isPresent(), d.name());
        assertEquals(r.value(), java.util.Optional.ofNullable(report.dimensions().get(d)));
      }
      for (GroupPerception group : report.groups()) {
        assertFiguresOrOneReason(measured, group.dimensions(), group.notReported(), group.attribute() + "=" + group.value());
        assertTrue(group.notReported().values().stream().allMatch(r -> r == NotReportedReason.SUPPRESSED_FOR_ANONYMITY
            || r == NotReportedReason.SUPPRESSED_COMPLEMENTARY), "a group says suppressed only, never why in detail");
      }
    });
  }

  @Test
  void aReasonNeverRevealsASetBelowTheThreshold() {
    int threshold = PerceptionPolicy.defaults().anonymityThreshold();
    qt().withExamples(150).forAll(surveys()).checkAssert(set -> {
      PerceptionReport report = SCORER.score(set);
      if (set.responses().size() > 0 && set.responses().size() < threshold) {
        assertTrue(report.notReported().values().stream()
            .allMatch(r -> r == NotReportedReason.SUPPRESSED_FOR_ANONYMITY), report.notReported().toString());
      }
    });
  }
}
