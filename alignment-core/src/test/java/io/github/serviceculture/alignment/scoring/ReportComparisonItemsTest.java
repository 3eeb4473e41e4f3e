package io.github.serviceculture.alignment.scoring;

import static io.github.serviceculture.alignment.scoring.ReportComparisonTest.DEFAULT;
import static io.github.serviceculture.alignment.scoring.ReportComparisonTest.report;
import static io.github.serviceculture.alignment.scoring.ReportComparisonTest.wave;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Items compared between two waves: same id, text, keying, dimension and scale, or not comparable with a reason. */
class ReportComparisonItemsTest {
  private static final Map<Dimension, Double> NONE = Map.of();

  private static Item scaleItem(Dimension dimension, int index) {
    return DEFAULT.scaleItems(dimension).get(index);
  }

  private static Instrument replacing(Item old, Item replacement) {
    List<Item> items = new ArrayList<>(DEFAULT.items());
    items.set(items.indexOf(old), replacement);
    return DEFAULT.withVersion("2").withItems(items);
  }

  private static ReportComparison compare(Instrument later) {
    return ReportComparison.of(report(wave(DEFAULT, 21, 60, NONE)), DEFAULT, report(wave(later, 22, 60, NONE)), later);
  }

  @Test
  void everyScaleItemOfTheSameInstrumentIsComparedForTheOrganizationAndEachGroupInBoth() {
    AlignmentReport before = report(wave(DEFAULT, 23, 120, NONE));
    AlignmentReport after = report(wave(DEFAULT, 24, 120, Map.of(Dimension.GOALS, -1.0)));
    ReportComparison c = ReportComparison.of(before, DEFAULT, after, DEFAULT);
    assertEquals(Map.of(), c.itemsNotComparable());
    List<String> scaleItems = DEFAULT.items().stream().filter(Item::isScaleItem).map(Item::id).toList();
    // The organization's change of each item, in the instrument's order, each followed by its groups'.
    assertEquals(scaleItems, c.itemChanges().stream().filter(ch -> ch.attribute().isEmpty())
        .map(ch -> ch.itemId().orElseThrow()).toList());
    Item g1 = scaleItem(Dimension.GOALS, 0);
    Change goal = c.itemChanges().stream().filter(ch -> ch.itemId().get().equals(g1.id()) && ch.attribute().isEmpty())
        .findFirst().orElseThrow();
    ItemResult then = item(before.perceptions().orElseThrow().items(), g1.id());
    ItemResult now = item(after.perceptions().orElseThrow().items(), g1.id());
    assertEquals(Dimension.GOALS, goal.dimension());
    assertEquals(now.score().value() - then.score().value(), goal.change().value(), 1e-9);
    assertEquals(then.n(), goal.beforeN());
    assertEquals(ChangeVerdict.DECLINED, goal.verdict(), goal::toString);
    List<String> groups = c.itemChanges().stream().filter(ch -> ch.itemId().get().equals(g1.id()))
        .skip(1).map(ch -> ch.attribute().get() + "=" + ch.group().get()).toList();
    assertFalse(groups.isEmpty());
    assertEquals(groups.stream().sorted().toList(), groups);
    // Dimension changes stay in changes(), with no item id; item changes give no findings of their own.
    assertTrue(c.changes().stream().allMatch(ch -> ch.itemId().isEmpty()));
    assertTrue(c.findings().stream().allMatch(f -> f.ruleId().endsWith(".WAVE_CHANGE")));
  }

  @Test
  void aRewordedItemIsNotComparedButTheOtherItemsOfItsDimensionAre() {
    Item first = scaleItem(Dimension.GOALS, 0);
    ReportComparison c = compare(replacing(first, first.withText(first.text() + " every week")));
    assertEquals(Map.of(first.id(), NotComparableReason.ITEMS_CHANGED), c.itemsNotComparable());
    assertEquals(NotComparableReason.ITEMS_CHANGED, c.notComparable().get(Dimension.GOALS));
    assertTrue(c.itemChanges().stream().noneMatch(ch -> ch.itemId().get().equals(first.id())));
    String second = scaleItem(Dimension.GOALS, 1).id();
    assertTrue(c.itemChanges().stream().anyMatch(ch -> ch.itemId().get().equals(second)));
  }

  @Test
  void anotherKeyingOrDimensionIsAChangedItemButAnotherWeightIsNot() {
    Item first = scaleItem(Dimension.TRAINING, 0);
    assertEquals(Map.of(first.id(), NotComparableReason.ITEMS_CHANGED),
        compare(replacing(first, first.withReverseKeyed(!first.isReverseKeyed()))).itemsNotComparable());
    assertEquals(Map.of(first.id(), NotComparableReason.ITEMS_CHANGED),
        compare(replacing(first, first.withDimension(Dimension.HIRING))).itemsNotComparable());
    // The weight enters the dimension's score, not the item's figures.
    ReportComparison weighted = compare(replacing(first, first.withWeight(2)));
    assertEquals(Map.of(), weighted.itemsNotComparable());
    assertEquals(NotComparableReason.ITEMS_CHANGED, weighted.notComparable().get(Dimension.TRAINING));
  }

  @Test
  void anAddedOrDroppedItemIsNotMeasuredInBothAndAnotherScaleComparesNoItem() {
    Item first = scaleItem(Dimension.HIRING, 0);
    Instrument renamed = replacing(first, first.withId(first.id() + "-new"));
    ReportComparison c = compare(renamed);
    // The later instrument's items first, then the earlier one's that it lacks.
    assertEquals(List.of(first.id() + "-new", first.id()), List.copyOf(c.itemsNotComparable().keySet()));
    assertTrue(c.itemsNotComparable().values().stream().allMatch(r -> r == NotComparableReason.NOT_MEASURED_IN_BOTH));
    // Both items have their dimension, the dropped one from the earlier instrument.
    assertEquals(Dimension.HIRING, c.itemDimensions().get(first.id()));
    assertEquals(Dimension.HIRING, c.itemDimensions().get(first.id() + "-new"));
    assertEquals(DEFAULT.items().stream().filter(Item::isScaleItem).count() + 1, c.itemDimensions().size());

    ReportComparison scale = compare(DEFAULT.withScale(Scale.of(1, 7)));
    assertTrue(scale.itemChanges().isEmpty());
    assertEquals(DEFAULT.items().stream().filter(Item::isScaleItem).count(), scale.itemsNotComparable().size());
    assertTrue(scale.itemsNotComparable().values().stream().allMatch(r -> r == NotComparableReason.SCALE_CHANGED));
  }

  @Test
  void itemsOfAReportWithoutItemSdsAsFormat14WroteThemAreNotComparedAndSaySo() {
    AlignmentReport before = report(wave(DEFAULT, 25, 60, NONE));
    AlignmentReport after = report(wave(DEFAULT, 26, 60, NONE));
    ReportComparison c = ReportComparison.of(withoutItemSds(before), DEFAULT, after, DEFAULT);
    assertTrue(c.itemChanges().isEmpty());
    assertEquals(DEFAULT.items().stream().filter(Item::isScaleItem).count(), c.itemsNotComparable().size());
    assertTrue(c.itemsNotComparable().values().stream().allMatch(r -> r == NotComparableReason.SPREAD_NOT_REPORTED));
    // The dimensions are compared as before.
    assertEquals(ReportComparison.of(before, DEFAULT, after, DEFAULT).changes(), c.changes());
  }

  @Test
  void anItemHiddenForTheOrganizationInOneWaveIsNotReportedInBoth() {
    AlignmentReport small = report(wave(DEFAULT, 27, 4, NONE));
    assertTrue(small.perceptions().orElseThrow().items().isEmpty());
    ReportComparison c = ReportComparison.of(report(wave(DEFAULT, 28, 40, NONE)), DEFAULT, small, DEFAULT);
    assertTrue(c.itemChanges().isEmpty());
    assertTrue(c.itemsNotComparable().values().stream().allMatch(r -> r == NotComparableReason.NOT_REPORTED_IN_BOTH));
  }

  static AlignmentReport withoutItemSds(AlignmentReport report) {
    PerceptionReport p = report.perceptions().orElseThrow();
    List<GroupPerception> groups = p.groups().stream()
        .map(g -> g.withItems(g.items().stream().map(i -> i.withSd(Optional.empty())).toList()))
        .collect(Collectors.toList());
    return report.withPerceptions(p.withItems(p.items().stream().map(i -> i.withSd(Optional.empty())).toList())
        .withGroups(groups));
  }

  private static ItemResult item(List<ItemResult> items, String id) {
    return items.stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
  }
}
