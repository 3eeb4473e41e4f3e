package io.github.serviceculture.alignment.scoring;

import static io.github.serviceculture.alignment.scoring.ReportComparisonTest.DEFAULT;
import static io.github.serviceculture.alignment.scoring.ReportComparisonTest.report;
import static io.github.serviceculture.alignment.scoring.ReportComparisonTest.wave;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportComparisonPropertiesTest {
  @Test
  void aReportComparedWithItselfChangesNothingAndHasNoMeaningfulVerdict() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 80)).checkAssert((seed, size) -> {
      AlignmentReport report = report(wave(DEFAULT, seed, size, Map.of()));
      ReportComparison c = ReportComparison.of(report, DEFAULT, report, DEFAULT);
      List<Change> all = new java.util.ArrayList<>(c.changes());
      all.addAll(c.itemChanges());
      for (Change change : all) {
        assertEquals(0.0, change.change().value(), 0, change::toString);
        assertFalse(change.isMeaningful(), change::toString);
        change.lower().asOptional().ifPresent(lower -> assertTrue(lower <= 0, change::toString));
        change.cohensD().asOptional().ifPresent(d -> assertEquals(0.0, d, 0, change::toString));
      }
      assertTrue(c.findings().isEmpty(), c.findings()::toString);
      assertTrue(c.notComparable().values().stream().allMatch(r -> r == NotComparableReason.NOT_REPORTED_IN_BOTH));
      assertTrue(c.itemsNotComparable().values().stream()
          .allMatch(r -> r == NotComparableReason.NOT_REPORTED_IN_BOTH));
    });
  }

  @Test
  void swappingTheWavesNegatesEveryChangeAndItsInterval() {
    qt().withExamples(60).forAll(longs().all(), integers().between(5, 80), integers().between(5, 80),
        doubles().between(-1.5, 1.5)).checkAssert((seed, n1, n2, shift) -> {
          AlignmentReport a = report(wave(DEFAULT, seed, n1, Map.of()));
          AlignmentReport b = report(wave(DEFAULT, seed + 1, n2, Map.of(Dimension.LEADERSHIP, shift)));
          ReportComparison there = ReportComparison.of(a, DEFAULT, b, DEFAULT);
          ReportComparison back = ReportComparison.of(b, DEFAULT, a, DEFAULT);
          List<Change> forward = new java.util.ArrayList<>(there.changes());
          forward.addAll(there.itemChanges());
          List<Change> backward = new java.util.ArrayList<>(back.changes());
          backward.addAll(back.itemChanges());
          assertFalse(there.itemChanges().isEmpty() && !a.perceptions().orElseThrow().items().isEmpty()
              && !b.perceptions().orElseThrow().items().isEmpty(), "items released in both are compared");
          assertEquals(forward.size(), backward.size());
          for (int i = 0; i < forward.size(); i++) {
            Change f = forward.get(i);
            Change r = backward.get(i);
            assertEquals(List.of(f.dimension(), f.itemId(), f.attribute(), f.group()),
                List.of(r.dimension(), r.itemId(), r.attribute(), r.group()));
            assertEquals(f.beforeN(), r.afterN());
            assertEquals(negated(f.change()), r.change(), f::toString);
            assertEquals(negated(f.lower()), r.upper(), f::toString);
            assertEquals(negated(f.upper()), r.lower(), f::toString);
            assertEquals(negated(f.cohensD()), r.cohensD(), f::toString);
            assertEquals(f.degreesOfFreedom(), r.degreesOfFreedom(), f::toString);
            assertEquals(mirrored(f.verdict()), r.verdict(), f::toString);
          }
        });
  }

  @Test
  void onlyFiguresBothReportsReleaseAreComparedSoASuppressedGroupNeverAppears() {
    qt().withExamples(80).forAll(longs().all(), integers().between(1, 60), integers().between(1, 60))
        .checkAssert((seed, n1, n2) -> {
          AlignmentReport a = report(wave(DEFAULT, seed, n1, Map.of()));
          AlignmentReport b = report(wave(DEFAULT, seed ^ 0x5DEECE66DL, n2, Map.of()));
          ReportComparison c = ReportComparison.of(a, DEFAULT, b, DEFAULT);
          for (Change change : c.changes()) {
            assertTrue(released(a, change) && released(b, change), change::toString);
          }
          // Every figure released in both is compared: nothing is silently left out.
          long both = 0;
          for (Dimension d : DEFAULT.dimensions()) {
            both += a.perceptions().orElseThrow().dimensions().containsKey(d)
                && b.perceptions().orElseThrow().dimensions().containsKey(d) ? 1 : 0;
            for (GroupPerception g : b.perceptions().orElseThrow().groups()) {
              if (g.dimensions().containsKey(d) && figures(a.perceptions().orElseThrow(), d, g.attribute(), g.value())
                  .isPresent()) {
                both++;
              }
            }
          }
          assertEquals(both, c.changes().size());
          for (Change change : c.itemChanges()) {
            assertTrue(itemReleased(a, change) && itemReleased(b, change), change::toString);
          }
          long items = 0;
          PerceptionReport pa = a.perceptions().orElseThrow();
          PerceptionReport pb = b.perceptions().orElseThrow();
          for (ItemResult item : pb.items()) {
            items += pa.items().stream().anyMatch(i -> i.itemId().equals(item.itemId())) ? 1 : 0;
          }
          for (GroupPerception g : pb.groups()) {
            for (ItemResult item : g.items()) {
              items += groupItem(pa, item.itemId(), g.attribute(), g.value()).isPresent() ? 1 : 0;
            }
          }
          assertEquals(items, c.itemChanges().size());
        });
  }

  private static boolean itemReleased(AlignmentReport report, Change change) {
    PerceptionReport p = report.perceptions().orElseThrow();
    String id = change.itemId().orElseThrow();
    if (change.attribute().isEmpty()) {
      return p.items().stream().anyMatch(i -> i.itemId().equals(id));
    }
    return groupItem(p, id, change.attribute().get(), change.group().get()).isPresent();
  }

  private static Optional<ItemResult> groupItem(PerceptionReport p, String id, String attribute, String value) {
    return p.groups().stream().filter(g -> g.attribute().equals(attribute) && g.value().equals(value))
        .flatMap(g -> g.items().stream()).filter(i -> i.itemId().equals(id)).findFirst();
  }

  private static boolean released(AlignmentReport report, Change change) {
    PerceptionReport p = report.perceptions().orElseThrow();
    if (change.attribute().isEmpty()) {
      return p.dimensions().containsKey(change.dimension());
    }
    return figures(p, change.dimension(), change.attribute().get(), change.group().get()).isPresent();
  }

  private static Optional<?> figures(PerceptionReport p, Dimension d, String attribute, String value) {
    return p.groups().stream().filter(g -> g.attribute().equals(attribute) && g.value().equals(value))
        .findFirst().map(g -> g.dimensions().get(d));
  }

  private static Estimate negated(Estimate e) {
    // 0.0 - v rather than -v: a change of 0 is +0.0 either way round, never -0.0.
    return e.isDefined() ? Estimate.of(0.0 - e.value()) : e;
  }

  private static ChangeVerdict mirrored(ChangeVerdict v) {
    return v == ChangeVerdict.IMPROVED ? ChangeVerdict.DECLINED : v == ChangeVerdict.DECLINED ? ChangeVerdict.IMPROVED : v;
  }
}
