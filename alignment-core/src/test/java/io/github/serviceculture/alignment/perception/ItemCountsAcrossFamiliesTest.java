package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Kind;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Counts of the item figures and of their dimension's, over every respondent, are one family: a
 * combination of both that singles out a few tells how many of them answered. The shape a reviewer
 * found: the organization's goals n, minus the frontline's, minus the managers' item n, is the
 * number of the two executives with a goals score (none).
 */
class ItemCountsAcrossFamiliesTest {
  /** Goals by G1 and G2, training by T1. */
  static final Instrument INSTRUMENT = Instrument.builder().id("mini").version("1").scale(Scale.agreement5())
      .addItems(
          Item.builder().id("G1").dimension(Dimension.GOALS).text("Goals help customers").build(),
          Item.builder().id("G2").dimension(Dimension.GOALS).text("Goals are fair").build(),
          Item.builder().id("T1").dimension(Dimension.TRAINING).text("Training works").build())
      .build();

  private static final PerceptionPolicy POLICY = PerceptionPolicy.builder().anonymityThreshold(5)
      .groupBy(List.of(Respondent.LEVEL, Respondent.DEPARTMENT)).build();

  /**
   * 20 frontline (a0-a14 in X, a15-a19 in Y; a0-a7 answer G1 only, still scored at the 0.5 share),
   * 15 managers in Y who answer everything, 2 executives in Y who answer only T1.
   */
  static List<Response> survey() {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Map<String, Integer> a = new HashMap<>();
      a.put("G1", 1 + i % 5);
      a.put("T1", 3);
      if (i >= 8) {
        a.put("G2", 1 + (i * 3) % 5);
      }
      rs.add(Response.of(Respondent.builder().id("a" + i).level(Level.FRONTLINE).department(i < 15 ? "X" : "Y")
          .build(), a));
    }
    for (int i = 0; i < 15; i++) {
      rs.add(Response.of(Respondent.builder().id("b" + i).level(Level.MANAGER).department("Y").build(),
          Map.of("G1", 1 + i % 5, "G2", 1 + (i * 2) % 5, "T1", 4)));
    }
    for (int i = 0; i < 2; i++) {
      rs.add(Response.of(Respondent.builder().id("t" + i).level(Level.EXECUTIVE).department("Y").build(),
          Map.of("T1", 2)));
    }
    return rs;
  }

  private static Optional<GroupPerception> group(PerceptionReport report, String attribute, String value) {
    return report.groups().stream().filter(g -> g.attribute().equals(attribute) && g.value().equals(value))
        .findFirst();
  }

  private static List<Leak> itemLeaks(List<Leak> leaks) {
    return leaks.stream().filter(l -> l.population().equals("items GOALS")).toList();
  }

  @Test
  void theManagersItemFiguresAreHiddenWhereTheirCountWouldTellThatTheExecutivesAnsweredNoGoalsItem() {
    ResponseSet survey = ResponseSet.of(INSTRUMENT, survey());
    PerceptionReport report = PerceptionScorer.of(POLICY).score(survey);

    assertEquals(List.of(), DisclosureAuditor.audit(survey, POLICY, report));
    assertEquals(35, report.dimensions().get(Dimension.GOALS).n());
    assertEquals(20, group(report, Respondent.LEVEL, "FRONTLINE").orElseThrow().dimensions().get(Dimension.GOALS)
        .n());
    // The managers' goals score is hidden (beside the two executives, step 3), and now their item
    // figures too: nothing is left to release for them.
    assertTrue(group(report, Respondent.LEVEL, "MANAGER").stream().allMatch(g -> g.items().isEmpty()),
        report.groups().toString());
    // The organization's item figures over the 27 who answered both goals items stay released.
    assertTrue(report.items().stream().anyMatch(i -> i.itemId().equals("G1") && i.n() == 27), report.toString());
  }

  @Test
  void theAuditorFlagsTheCountOfTheExecutivesWhenTheManagersItemFiguresAreReleased() {
    ResponseSet survey = ResponseSet.of(INSTRUMENT, survey());
    PerceptionReport honest = PerceptionScorer.of(POLICY).score(survey);
    // The managers answered everything: their item figures are those of the 15 scored alone.
    PerceptionReport managersAlone = PerceptionScorer.of(POLICY.withGroupBy(List.of()))
        .score(ResponseSet.of(INSTRUMENT, survey().subList(20, 35)));
    List<ItemResult> managerItems = managersAlone.items();
    assertEquals(15, managerItems.get(0).n());
    assertTrue(group(honest, Respondent.LEVEL, "MANAGER").isEmpty(), honest.groups().toString());
    List<GroupPerception> groups = new ArrayList<>(honest.groups());
    groups.add(1, GroupPerception.builder().attribute(Respondent.LEVEL).value("MANAGER")
        .putNotReported(Dimension.GOALS, NotReportedReason.SUPPRESSED_COMPLEMENTARY)
        .putNotReported(Dimension.TRAINING, NotReportedReason.SUPPRESSED_COMPLEMENTARY)
        .items(managerItems.stream().filter(i -> i.dimension() == Dimension.GOALS).toList())
        .putItemsNotReported(Dimension.TRAINING, NotReportedReason.SUPPRESSED_COMPLEMENTARY).build());
    PerceptionReport leaky = PerceptionReport.builder().from(honest).groups(groups).build();

    List<Leak> leaks = itemLeaks(DisclosureAuditor.audit(survey, POLICY, leaky));
    assertFalse(leaks.isEmpty());
    assertTrue(leaks.stream().anyMatch(l -> l.kind() == Kind.COUNTS && l.respondentIds().equals(List.of("t0", "t1"))),
        leaks.toString());
    assertTrue(leaks.stream().noneMatch(l -> l.kind() == Kind.INCONSISTENT), leaks.toString());
  }
}
