package io.github.serviceculture.alignment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ResponseCollectorTest {
  private static final Instrument INSTRUMENT = SurveyValidationTest.twoGoalsItems()
      .withScale(Scale.builder().lowest(1).highest(5).dontKnowCode(9).build());

  @Test
  void collectedAnswersEqualTheSameAnswersGivenByItemId() {
    ResponseSet collected = ResponseSet.collector(INSTRUMENT)
        .begin(Respondent.of("a")).answer(1, 2).answer(0, 9).end()
        .begin(Respondent.of("b")).end()
        .build();
    ResponseSet byId = ResponseSet.of(INSTRUMENT, List.of(
        Response.of(Respondent.of("a"), Map.of("G1", 9, "G2", 2)), Response.of(Respondent.of("b"), Map.of())));
    assertEquals(byId, collected);
    assertEquals(byId.hashCode(), collected.hashCode());
    assertEquals(byId.responses(), collected.responses());
    assertEquals(byId.toMatrix(), collected.toMatrix());
    assertEquals(OptionalInt.of(9), collected.responses().get(0).answer("G1"), "don't know is kept as given");
    assertTrue(Double.isNaN(collected.toMatrix().answer(0, 0)), "and is missing in the matrix");
  }

  @Test
  void aBadAnswerLeavesTheResponseOpenSoThatDiscardingItKeepsTheOthers() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT);
    collector.begin(Respondent.of("good-1")).answer(0, 4).end();
    collector.begin(Respondent.of("bad")).answer(0, 3);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> collector.answer(1, 6));
    assertEquals("responses[1].answers.G2", e.field());
    assertEquals("must be an option from 1 to 5, or 9 for don't know", e.problem());
    collector.discard();
    collector.begin(Respondent.of("good-2")).answer(1, 5).end();
    ResponseSet set = collector.build();
    assertEquals(2, set.size());
    assertEquals(List.of(Respondent.of("good-1"), Respondent.of("good-2")), set.toMatrix().respondents());
    assertTrue(Double.isNaN(set.toMatrix().answer(1, 0)), "the discarded row's answer does not leak into the next");
  }

  @Test
  void aRepeatedIdNamesTheEarlierResponseButNotTheId() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT);
    collector.begin(Respondent.of("SECRET-1")).end().begin(Respondent.of("x")).end();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> collector.begin(Respondent.of("SECRET-1")));
    assertEquals("responses[2].respondent.id", e.field());
    assertEquals("must not repeat the respondent id of responses[0]", e.problem());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    assertEquals(0, collector.indexOf("SECRET-1"));
    assertEquals(1, collector.indexOf("x"));
    assertEquals(-1, collector.indexOf("never"));
  }

  @Test
  void anIdOfADiscardedResponseMayBeUsedAgain() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT);
    collector.begin(Respondent.of("a")).discard();
    collector.begin(Respondent.of("a")).answer(0, 1).end();
    assertEquals(1, collector.build().size());
  }

  @Test
  void anItemAnsweredTwiceOrAPositionOutsideTheInstrumentIsRejected() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT).begin(Respondent.of("a")).answer(0, 1);
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> collector.answer(0, 1));
    assertEquals("responses[0].answers.G1", twice.field());
    assertEquals("must not answer an item twice", twice.problem());
    InvalidValueException outside = assertThrows(InvalidValueException.class, () -> collector.answer(2, 1));
    assertEquals("must give the position of an item of instrument t 1, 0 to 1", outside.problem());
    assertThrows(InvalidValueException.class, () -> collector.answer(-1, 1));
  }

  @Test
  void buildEmptiesTheCollectorForTheNextSet() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT);
    ResponseSet first = collector.begin(Respondent.of("a")).answer(0, 1).end().build();
    assertEquals(0, collector.size());
    ResponseSet second = collector.begin(Respondent.of("a")).answer(0, 2).end().build();
    assertNotEquals(first, second);
    assertEquals(1.0, first.toMatrix().answer(0, 0), "a built set does not change with the collector");
    assertEquals(2.0, second.toMatrix().answer(0, 0));
  }

  @Test
  void manyResponsesGrowTheStorage() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT);
    for (int r = 0; r < 1000; r++) {
      collector.begin(Respondent.of("r" + r)).answer(r % 2, 1 + r % 5).end();
    }
    ResponseMatrix m = collector.build().toMatrix();
    assertEquals(1000, m.rowCount());
    assertEquals(1 + 999 % 5, m.answer(999, 1));
    assertTrue(Double.isNaN(m.answer(999, 0)));
  }

  @Test
  void misuseOfTheOpenResponseIsAnIllegalState() {
    ResponseCollector collector = ResponseSet.collector(INSTRUMENT);
    assertThrows(IllegalStateException.class, () -> collector.answer(0, 1));
    assertThrows(IllegalStateException.class, collector::end);
    collector.begin(Respondent.of("a"));
    assertThrows(IllegalStateException.class, () -> collector.begin(Respondent.of("b")));
    assertThrows(IllegalStateException.class, collector::build);
  }

  @Test
  void aScaleThatUsesTheSmallestIntStillTellsUnansweredFromAnswered() {
    Instrument edge = INSTRUMENT.withScale(
        Scale.builder().lowest(Integer.MIN_VALUE).highest(Integer.MIN_VALUE + 4).build());
    ResponseCollector collector = ResponseSet.collector(edge).begin(Respondent.of("a")).answer(0, Integer.MIN_VALUE);
    assertThrows(InvalidValueException.class, () -> collector.answer(0, Integer.MIN_VALUE + 1), "answered twice");
    ResponseSet set = collector.end().build();
    assertEquals(Map.of("G1", Integer.MIN_VALUE), set.responses().get(0).answers());
    assertEquals((double) Integer.MIN_VALUE, set.toMatrix().answer(0, 0));
    assertTrue(Double.isNaN(set.toMatrix().answer(0, 1)));
    assertNotEquals(ResponseSet.of(edge, List.of(Response.of(Respondent.of("a"), Map.of()))), set);

    Instrument dontKnow = INSTRUMENT.withScale(Scale.builder().lowest(1).highest(5)
        .dontKnowCode(Integer.MIN_VALUE).build());
    ResponseSet withDontKnow = ResponseSet.collector(dontKnow)
        .begin(Respondent.of("a")).answer(0, Integer.MIN_VALUE).end().build();
    assertEquals(Map.of("G1", Integer.MIN_VALUE), withDontKnow.responses().get(0).answers());
  }

  @Test
  void aNullResponseIsAnInvalidValueNamingItsPlace() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ResponseSet.of(INSTRUMENT, java.util.Arrays.asList(Response.of(Respondent.of("a"), Map.of()), null)));
    assertEquals("responses[1]", e.field());
  }

  @Test
  void printingASetShowsNeitherIdsNorAnswers() {
    ResponseSet set = ResponseSet.collector(INSTRUMENT).begin(Respondent.of("SECRET-9")).answer(0, 4).end().build();
    assertEquals("ResponseSet{instrument=t 1, responses=1}", set.toString());
  }
}
