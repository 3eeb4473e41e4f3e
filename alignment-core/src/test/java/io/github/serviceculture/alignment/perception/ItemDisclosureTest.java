package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Kind;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import io.github.serviceculture.alignment.testing.OrganizationSurveys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Item figures go through the disclosure decision with their dimension's: the auditor, extended to item
 * figures audited together with the dimension's, finds nothing in what the scorer releases, and catches the
 * releases a scorer that decided items on their own would make.
 */
class ItemDisclosureTest {
  private static final Instrument INSTRUMENT = Instrument.builder().id("mini").version("1")
      .scale(Scale.agreement5())
      .addItems(
          Item.builder().id("G1").dimension(Dimension.GOALS).text("Goals help customers").build(),
          Item.builder().id("G2").dimension(Dimension.GOALS).text("Goals set us against each other")
              .reverseKeyed(true).build())
      .build();

  private static final PerceptionPolicy BY_LEVEL = PerceptionPolicy.builder().anonymityThreshold(3)
      .groupBy(List.of(Respondent.LEVEL)).build();

  /** Ten respondents, p0..p4 frontline and p5..p9 managers; p0 alone leaves G2 out. */
  private static List<Response> tenWithOneSkip() {
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      Map<String, Integer> answers = new HashMap<>();
      answers.put("G1", 1 + r % 5);
      if (r > 0) {
        answers.put("G2", 1 + (r * 3) % 5);
      }
      responses.add(Response.of(Respondent.builder().id("p" + r).level(r < 5 ? Level.FRONTLINE : Level.MANAGER)
          .build(), answers));
    }
    return responses;
  }

  private static List<Leak> itemLeaks(List<Leak> leaks) {
    return leaks.stream().filter(l -> l.population().equals("items GOALS")).collect(Collectors.toList());
  }

  @Test
  void theScorersReleaseOfItemsPassesTheAuditor() {
    ResponseSet survey = ResponseSet.of(INSTRUMENT, tenWithOneSkip());
    PerceptionReport report = PerceptionScorer.of(BY_LEVEL).score(survey);
    // The managers' items are released (their item set is their dimension set); the rest is hidden.
    assertEquals(1, report.groups().stream().filter(g -> !g.items().isEmpty()).count());
    assertEquals(List.of(), DisclosureAuditor.audit(survey, BY_LEVEL, report));
  }

  @Test
  void theAuditorCatchesOrganizationItemFiguresOverThoseWhoAnsweredEveryItem() {
    ResponseSet survey = ResponseSet.of(INSTRUMENT, tenWithOneSkip());
    PerceptionPolicy policy = BY_LEVEL.withGroupBy(List.of());
    PerceptionReport honest = PerceptionScorer.of(policy).score(survey);
    assertTrue(honest.items().isEmpty());
    // A leaky scorer releases the items over the nine who answered both: their figures are those of the nine.
    PerceptionReport nine = PerceptionScorer.of(policy).score(ResponseSet.of(INSTRUMENT,
        tenWithOneSkip().subList(1, 10)));
    PerceptionReport leaky = PerceptionReport.builder().from(honest).itemsNotReported(Map.of())
        .items(nine.items()).build();

    List<Leak> leaks = itemLeaks(DisclosureAuditor.audit(survey, policy, leaky));
    // The dimension's sum over ten minus half of each item's over nine is half of p0's G1 answer.
    assertFalse(leaks.isEmpty());
    assertEquals(Kind.SPAN, leaks.get(0).kind());
    assertEquals(List.of("p0"), leaks.get(0).respondentIds());
  }

  @Test
  void theAuditorCatchesAGroupsItemFiguresThatDifferFromItsDimensionByOne() {
    ResponseSet survey = ResponseSet.of(INSTRUMENT, tenWithOneSkip());
    PerceptionReport honest = PerceptionScorer.of(BY_LEVEL).score(survey);
    // The four frontline respondents who answered both, scored alone: the frontline's item figures.
    PerceptionReport four = PerceptionScorer.of(BY_LEVEL).score(ResponseSet.of(INSTRUMENT,
        tenWithOneSkip().subList(1, 5)));
    GroupPerception frontlineItems = four.groups().get(0);
    assertEquals("FRONTLINE", frontlineItems.value());
    List<GroupPerception> groups = new ArrayList<>();
    for (GroupPerception g : honest.groups()) {
      groups.add(g.value().equals("FRONTLINE")
          ? GroupPerception.builder().from(g).itemsNotReported(Map.of()).items(frontlineItems.items()).build()
          : g);
    }
    PerceptionReport leaky = PerceptionReport.builder().from(honest).groups(groups).build();

    List<Leak> leaks = itemLeaks(DisclosureAuditor.audit(survey, BY_LEVEL, leaky));
    assertTrue(leaks.stream().anyMatch(l -> l.kind() == Kind.SPAN && l.respondentIds().equals(List.of("p0"))),
        leaks.toString());
  }

  @Test
  void theAuditorCatchesItemFiguresOverAnotherPopulation() {
    // Item figures over each item's own answerers (G1 over all ten) are not what the report says they are.
    ResponseSet survey = ResponseSet.of(INSTRUMENT, tenWithOneSkip());
    PerceptionPolicy policy = BY_LEVEL.withGroupBy(List.of());
    PerceptionReport honest = PerceptionScorer.of(policy).score(survey);
    // G1 over all ten (answers 1 to 5 twice, by hand), G2 over the nine who answered it.
    ItemResult g1 = ItemResult.builder().itemId("G1").dimension(Dimension.GOALS).reverseKeyed(false).n(10)
        .mean(Estimate.of(3)).score(Estimate.of(50)).favourableShare(Estimate.of(0.4))
        .neutralShare(Estimate.of(0.2)).unfavourableShare(Estimate.of(0.4)).build();
    ItemResult g2 = PerceptionScorer.of(policy).score(ResponseSet.of(INSTRUMENT, tenWithOneSkip().subList(1, 10)))
        .items().get(1);
    PerceptionReport leaky = PerceptionReport.builder().from(honest).itemsNotReported(Map.of()).items(List.of(g1, g2))
        .build();

    List<Leak> leaks = itemLeaks(DisclosureAuditor.audit(survey, policy, leaky));
    assertTrue(leaks.stream().anyMatch(l -> l.kind() == Kind.INCONSISTENT), leaks.toString());
  }

  @Test
  void noReleaseOfRandomOrganizationsDeterminesAFewThroughItemFigures() {
    // Generated organizations skip items often, so that item sets differ from dimension sets.
    AtomicInteger withItems = new AtomicInteger();
    AtomicInteger withFewerItemRespondents = new AtomicInteger();
    AtomicInteger besideASilentGroup = new AtomicInteger();
    qt().withExamples(150).withShrinkCycles(10).forAll(OrganizationSurveys.scenarios(5, 120))
        .checkAssert(s -> {
          PerceptionReport report = PerceptionScorer.of(s.policy()).score(s.responses());
          List<Leak> leaks = DisclosureAuditor.audit(s.responses(), s.policy(), report).stream()
              .filter(l -> l.population().startsWith("items ")).collect(Collectors.toList());
          assertEquals(List.of(), leaks, s.toString());
          withItems.addAndGet(report.items().isEmpty() ? 0 : 1);
          withFewerItemRespondents.addAndGet(report.items().stream()
              .anyMatch(i -> i.n() < report.dimensions().get(i.dimension()).n()) ? 1 : 0);
          besideASilentGroup.addAndGet(itemsReleasedBesideASilentGroup(s.responses(), report) ? 1 : 0);
        });
    // The property has teeth only if item figures are released, some over fewer than their dimension.
    assertTrue(withItems.get() >= 30, withItems + " of 150 release item figures");
    assertTrue(withFewerItemRespondents.get() >= 10, withFewerItemRespondents + " of 150 release item figures over "
        + "fewer respondents than their dimension's");
    // And some beside a whole level or department that answered nothing of the dimension (the
    // executives without a goals answer, whose count the two families' counts could give).
    assertTrue(besideASilentGroup.get() >= 5, besideASilentGroup + " of 150 release item figures of a dimension "
        + "a whole level or department answered nothing of");
  }

  /**
   * Whether some dimension's item figures are released while the members of a level or department
   * (at least one) answered none of its items.
   */
  private static boolean itemsReleasedBesideASilentGroup(ResponseSet survey, PerceptionReport report) {
    List<ItemResult> released = new ArrayList<>(report.items());
    report.groups().forEach(g -> released.addAll(g.items()));
    for (Dimension d : released.stream().map(ItemResult::dimension).distinct().collect(Collectors.toList())) {
      List<String> items = survey.instrument().scaleItems(d).stream().map(Item::id).collect(Collectors.toList());
      for (String attribute : List.of(Respondent.LEVEL, Respondent.DEPARTMENT)) {
        Map<String, Boolean> anyAnswer = new HashMap<>();
        for (Response r : survey.responses()) {
          r.respondent().groupValue(attribute).ifPresent(v -> anyAnswer.merge(v,
              items.stream().anyMatch(r.answers()::containsKey), Boolean::logicalOr));
        }
        if (anyAnswer.containsValue(false) && anyAnswer.containsValue(true)) {
          return true;
        }
      }
    }
    return false;
  }
}
