package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Item figures and counts across two releases scored with a ledger. */
class ItemReleasesTest {
  private static final ReleaseKey KEY =
      ReleaseKey.of("a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8));

  private static final Instrument INSTRUMENT = ItemCountsAcrossFamiliesTest.INSTRUMENT;

  private static final PerceptionPolicy BY_DEPARTMENT = PerceptionPolicy.builder().anonymityThreshold(5)
      .groupBy(List.of(Respondent.DEPARTMENT)).build();

  private static Response person(String id, String department, boolean bothGoals, int seed) {
    Map<String, Integer> answers = new HashMap<>();
    answers.put("G1", 1 + seed % 5);
    answers.put("T1", 1 + (seed * 7) % 5);
    if (bothGoals) {
      answers.put("G2", 1 + (seed * 3) % 5);
    }
    return Response.of(Respondent.builder().id(id).level(Level.FRONTLINE).department(department).build(), answers);
  }

  /** 12 in X who answer everything; 12 in Y of whom y0-y5 leave G2 out. */
  private static List<Response> first() {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rs.add(person("x" + i, "X", true, i));
    }
    for (int i = 0; i < 12; i++) {
      rs.add(person("y" + i, "Y", i >= 6, 20 + i));
    }
    return rs;
  }

  private static Optional<GroupPerception> group(PerceptionReport report, String value) {
    return report.groups().stream().filter(g -> g.value().equals(value)).findFirst();
  }

  private static boolean goalItemsShown(PerceptionReport report, String value) {
    return group(report, value).stream().anyMatch(g -> g.items().stream().anyMatch(i -> i.dimension() == Dimension.GOALS));
  }

  @Test
  void aLeaverFromAGroupWhoseItemFiguresWereShownIsNotRevealedByTheirDifference() {
    ResponseSet before = ResponseSet.of(INSTRUMENT, first());
    PerceptionScorer scorer = PerceptionScorer.of(BY_DEPARTMENT).withReleaseKey(KEY);
    PerceptionReport r0 = scorer.score(before);
    // Release 1: X's item figures (12 who answered both) are shown beside Y's skippers.
    assertTrue(goalItemsShown(r0, "X"), r0.groups().toString());
    assertTrue(r0.items().stream().anyMatch(i -> i.itemId().equals("G2") && i.n() == 18), r0.items().toString());
    assertEquals(List.of(), DisclosureAuditor.audit(before, BY_DEPARTMENT, r0));

    // Release 2: x0 left; nobody else changed an answer.
    List<Response> rest = new ArrayList<>(first());
    rest.remove(0);
    ResponseSet after = ResponseSet.of(INSTRUMENT, rest);
    PerceptionReport unguarded = PerceptionScorer.of(BY_DEPARTMENT).score(after);
    assertTrue(goalItemsShown(unguarded, "X") && !unguarded.items().isEmpty(),
        "without the ledger X's and the organization's item figures over one fewer are released");
    List<Leak> unguardedLeaks = DisclosureAuditor.auditPair(before, r0, after, unguarded, BY_DEPARTMENT);
    assertTrue(unguardedLeaks.stream().anyMatch(l -> l.respondentIds().equals(List.of("x0"))),
        unguardedLeaks.toString());

    PerceptionReport r1 = scorer.score(after, r0.ledger().orElseThrow());
    assertFalse(goalItemsShown(r1, "X") && !r1.items().isEmpty(), r1.toString());
    assertEquals(List.of(), DisclosureAuditor.auditPair(before, r0, after, r1, BY_DEPARTMENT));
  }

  @Test
  void newcomersWhoAnsweredNoGoalsItemAreNotRevealedByAnUnchangedGoalsCount() {
    ResponseSet before = ResponseSet.of(INSTRUMENT, first());
    PerceptionScorer scorer = PerceptionScorer.of(BY_DEPARTMENT).withReleaseKey(KEY);
    PerceptionReport r0 = scorer.score(before);
    assertEquals(12, group(r0, "X").orElseThrow().dimensions().get(Dimension.GOALS).n());

    // Release 2: two newcomers in X answer the training item only; everyone else is unchanged. X's
    // goals n stays 12 while X grew by two: neither newcomer answered a goals item.
    List<Response> grown = new ArrayList<>(first());
    for (int i = 0; i < 2; i++) {
      grown.add(Response.of(Respondent.builder().id("n" + i).level(Level.FRONTLINE).department("X").build(),
          Map.of("T1", 4)));
    }
    ResponseSet after = ResponseSet.of(INSTRUMENT, grown);
    PerceptionReport unguarded = PerceptionScorer.of(BY_DEPARTMENT).score(after);
    assertEquals(12, group(unguarded, "X").orElseThrow().dimensions().get(Dimension.GOALS).n());
    List<Leak> unguardedLeaks = DisclosureAuditor.auditPair(before, r0, after, unguarded, BY_DEPARTMENT);
    assertTrue(unguardedLeaks.stream().anyMatch(l -> l.kind() == DisclosureAuditor.Kind.COUNTS
        && l.respondentIds().equals(List.of("n0", "n1"))), unguardedLeaks.toString());

    PerceptionReport r1 = scorer.score(after, r0.ledger().orElseThrow());
    // X's training figures differ by the newcomers' answers and are hidden as well, so X may be gone.
    assertTrue(group(r1, "X").stream().noneMatch(g -> g.dimensions().containsKey(Dimension.GOALS)), r1.toString());
    assertTrue(group(r1, "Y").orElseThrow().dimensions().containsKey(Dimension.GOALS), r1.toString());
    assertEquals(List.of(), DisclosureAuditor.auditPair(before, r0, after, r1, BY_DEPARTMENT));
  }
}
