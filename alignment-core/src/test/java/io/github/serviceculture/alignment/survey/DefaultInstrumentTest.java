package io.github.serviceculture.alignment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultInstrumentTest {
  private final Instrument instrument = DefaultInstrument.instrument();

  @Test
  void measuresEveryDimensionWithFiveOrSixStatements() {
    assertEquals(EnumSet.allOf(Dimension.class), instrument.dimensions());
    for (Dimension d : Dimension.values()) {
      int n = instrument.scaleItems(d).size();
      assertTrue(n >= 5 && n <= 6, d + " has " + n + " items");
    }
  }

  @Test
  void holdsThirtyFourStatementsAndThreeEngagementQuestions() {
    assertEquals(37, instrument.items().size());
    assertEquals(34, instrument.items().stream().filter(Item::isScaleItem).count());
  }

  @Test
  void usesTheFivePointAgreementScale() {
    assertEquals(Scale.agreement5(), instrument.scale());
    assertEquals(5, instrument.scale().labels().size());
  }

  @Test
  void everyDimensionHasAReverseKeyedItemSoAcquiescenceShows() {
    for (Dimension d : Dimension.values()) {
      assertTrue(instrument.scaleItems(d).stream().anyMatch(Item::isReverseKeyed), d.toString());
    }
  }

  @Test
  void asksTheThreeEngagementQuestionsOnce() {
    Set<EngagementQuestion> asked = instrument.engagementItems().stream()
        .map(i -> i.engagementQuestion().orElseThrow()).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(EngagementQuestion.class), asked);
    assertEquals(3, instrument.engagementItems().size());
  }

  @Test
  void everyItemSaysWhichCriterionItProbes() {
    instrument.items().forEach(i -> assertTrue(i.probes().isPresent(), i.id()));
  }

  @Test
  void itemsAreFoundById() {
    Item first = instrument.items().get(0);
    assertEquals(first, instrument.item(first.id()).orElseThrow());
    assertEquals(0, instrument.indexOf(first.id()));
    assertEquals(-1, instrument.indexOf("NOPE"));
  }
}
