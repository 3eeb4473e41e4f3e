package io.github.serviceculture.alignment.survey;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The readers' compact responses (answers by item position) against responses built from a map:
 * the same map contract, equality, order and validation.
 */
class IndexedResponseTest {
  private static final Instrument INSTRUMENT = Instrument.builder().id("t").version("1").scale(Scale.agreement5())
      .addItems(SurveyValidationTest.item("G1", Dimension.GOALS), SurveyValidationTest.item("G2", Dimension.GOALS),
          SurveyValidationTest.item("H1", Dimension.HIRING), SurveyValidationTest.item("H2", Dimension.HIRING))
      .build();
  private static final Respondent ANNA = Respondent.of("anna");

  /** Answers H2=4, G1=2, H1=5 given in that order (not the instrument's), G2 unanswered. */
  private static Response indexed(Respondent respondent, int h2) {
    return Response.of(respondent, INSTRUMENT, new int[] {3, 0, 2, 99}, new int[] {h2, 2, 5, 99}, 3);
  }

  private static Map<String, Integer> sameAnswers() {
    Map<String, Integer> answers = new LinkedHashMap<>();
    answers.put("H2", 4);
    answers.put("G1", 2);
    answers.put("H1", 5);
    return answers;
  }

  @Test
  void answersAreAMapInTheOrderGiven() {
    Map<String, Integer> answers = indexed(ANNA, 4).answers();
    Map<String, Integer> expected = sameAnswers();
    assertAll(
        () -> assertEquals(List.of("H2", "G1", "H1"), List.copyOf(answers.keySet())),
        () -> assertEquals(List.of(4, 2, 5), List.copyOf(answers.values())),
        () -> assertEquals(expected.toString(), answers.toString()),
        () -> assertEquals(3, answers.size()),
        () -> assertEquals(2, answers.get("G1")),
        () -> assertNull(answers.get("G2"), "an item of the instrument that was not answered"),
        () -> assertNull(answers.get("X9"), "not an item of the instrument"),
        () -> assertNull(answers.get(42), "not a string"),
        () -> assertTrue(answers.containsKey("H1")),
        () -> assertFalse(answers.containsKey("G2")),
        () -> assertTrue(answers.containsValue(5)),
        () -> assertFalse(answers.containsValue(3)));
  }

  @Test
  void answersEqualAndHashLikeAnyMapWithTheSameEntries() {
    Map<String, Integer> answers = indexed(ANNA, 4).answers();
    Map<String, Integer> linked = sameAnswers();
    Map<String, Integer> hashed = new HashMap<>(linked);
    assertAll(
        () -> assertEquals(linked, answers),
        () -> assertEquals(answers, linked),
        () -> assertEquals(hashed, answers),
        () -> assertEquals(answers, hashed),
        () -> assertEquals(hashed.hashCode(), answers.hashCode()),
        () -> assertEquals(Map.copyOf(linked), answers),
        () -> assertNotEquals(indexed(ANNA, 3).answers(), answers),
        () -> assertEquals(indexed(ANNA, 4).answers(), answers));
  }

  @Test
  void answersCannotBeChanged() {
    Map<String, Integer> answers = indexed(ANNA, 4).answers();
    assertAll(
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.put("G2", 1)),
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.remove("G1")),
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.remove("X9")),
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.putAll(Map.of("G2", 1))),
        () -> assertThrows(UnsupportedOperationException.class, answers::clear),
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.keySet().remove("G1")),
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.values().clear()),
        () -> assertThrows(UnsupportedOperationException.class, () -> answers.entrySet().iterator().remove()),
        () -> assertThrows(UnsupportedOperationException.class,
            () -> answers.entrySet().iterator().next().setValue(1)));
    assertEquals(sameAnswers(), answers);
  }

  @Test
  void theArraysGivenAreCopied() {
    int[] items = {0, 1};
    int[] codes = {3, 4};
    Response response = Response.of(ANNA, INSTRUMENT, items, codes, 2);
    items[0] = 2;
    codes[0] = 1;
    assertEquals(Map.of("G1", 3, "G2", 4), response.answers());
  }

  @Test
  void aCompactResponseEqualsOneBuiltFromAMap() {
    Response compact = indexed(ANNA, 4);
    Response built = Response.of(ANNA, sameAnswers());
    assertAll(
        () -> assertEquals(built, compact),
        () -> assertEquals(compact, built),
        () -> assertEquals(built.hashCode(), compact.hashCode()),
        () -> assertEquals(built.toString(), compact.toString()),
        () -> assertEquals(Set.of(built), Set.of(compact)),
        () -> assertEquals(OptionalInt.of(5), compact.answer("H1")),
        () -> assertEquals(OptionalInt.empty(), compact.answer("G2")),
        () -> assertNotEquals(Response.of(Respondent.of("ben"), sameAnswers()), compact),
        () -> assertNotEquals(Response.of(ANNA, Map.of("H2", 4)), compact),
        () -> assertEquals(built, Response.builder().from(compact).build()));
  }

  @Test
  void withMethodsKeepOrReplaceParts() {
    Response compact = indexed(ANNA, 4);
    Respondent ben = Respondent.of("ben");
    assertSame(compact, compact.withRespondent(ANNA));
    assertSame(compact, compact.withAnswers(compact.answers()));
    assertEquals(Response.of(ben, sameAnswers()), compact.withRespondent(ben));
    assertEquals(Response.of(ANNA, Map.of("G2", 1)), compact.withAnswers(Map.of("G2", 1)));
    InvalidValueException noRespondent = assertThrows(InvalidValueException.class, () -> compact.withRespondent(null));
    assertEquals("Response.respondent: must not be null, was absent", noRespondent.getMessage());
  }

  @Test
  void aResponseSetOfCompactResponsesEqualsOneOfBuiltResponses() {
    Map<String, Integer> ben = Map.of("G1", 1, "G2", 5, "H1", 3);
    ResponseSet compact = ResponseSet.of(INSTRUMENT, List.of(indexed(ANNA, 4),
        Response.of(Respondent.of("ben"), INSTRUMENT, new int[] {0, 1, 2}, new int[] {1, 5, 3}, 3)));
    ResponseSet built = ResponseSet.of(INSTRUMENT, List.of(Response.of(ANNA, sameAnswers()),
        Response.of(Respondent.of("ben"), ben)));
    assertEquals(built, compact);
    assertEquals(built.hashCode(), compact.hashCode());
    assertEquals(built.toMatrix(), compact.toMatrix());
    assertEquals(Double.NaN, compact.toMatrix().answer(0, 1));
    assertEquals(4.0, compact.toMatrix().answer(0, 3));
  }

  @Test
  void aCompactAnswerOffTheScaleIsRejectedAsABuiltOneIs() {
    Scale withDontKnow = Scale.builder().lowest(1).highest(5).dontKnowCode(9).build();
    Instrument instrument = INSTRUMENT.withScale(withDontKnow);
    Response compact = Response.of(ANNA, instrument, new int[] {1, 2}, new int[] {9, 7}, 2);
    Response built = Response.of(ANNA, Map.of("G2", 9, "H1", 7));
    InvalidValueException fromCompact = assertThrows(InvalidValueException.class,
        () -> ResponseSet.of(instrument, List.of(Response.of(Respondent.of("ben"), Map.of()), compact)));
    InvalidValueException fromBuilt = assertThrows(InvalidValueException.class,
        () -> ResponseSet.of(instrument, List.of(Response.of(Respondent.of("ben"), Map.of()), built)));
    assertEquals("responses[1].answers.H1", fromCompact.field());
    assertEquals(fromBuilt.getMessage(), fromCompact.getMessage());
    assertEquals("ResponseSet.responses[1].answers.H1: must be an option from 1 to 5 or 9 (respondent \"anna\"), was 7",
        fromCompact.getMessage());
  }

  @Test
  void aCompactResponseToAnotherInstrumentIsCheckedByItemId() {
    Instrument other = Instrument.builder().id("t").version("2").scale(Scale.agreement5())
        .addItems(SurveyValidationTest.item("G1", Dimension.GOALS), SurveyValidationTest.item("G2", Dimension.GOALS))
        .build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ResponseSet.of(other, List.of(indexed(ANNA, 4))));
    assertEquals("responses[0].answers.H2", e.field());
    assertEquals("ResponseSet.responses[0].answers.H2: must name an item of instrument t 2 (respondent \"anna\"), "
        + "was \"H2\"", e.getMessage());
    ResponseSet fine = ResponseSet.of(INSTRUMENT.withVersion("3"), List.of(indexed(ANNA, 4)));
    assertEquals(4.0, fine.toMatrix().answer(0, 3));
  }

  @Test
  void aRepeatedRespondentIsRejectedWithItsPlace() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ResponseSet.of(INSTRUMENT, List.of(indexed(ANNA, 4), Response.of(Respondent.of("ben"), Map.of()),
            indexed(ANNA, 3))));
    assertEquals("ResponseSet.responses[2].respondent.id: must not repeat a respondent id, was \"anna\"",
        e.getMessage());
  }

  @Test
  void positionsMustBeItemsOfTheInstrumentAnsweredOnce() {
    InvalidValueException outside = assertThrows(InvalidValueException.class,
        () -> Response.of(ANNA, INSTRUMENT, new int[] {0, 4}, new int[] {1, 2}, 2));
    assertEquals("Response.answers: must give positions of items of instrument t 1, 0 to 3, was 4",
        outside.getMessage());
    assertThrows(InvalidValueException.class, () -> Response.of(ANNA, INSTRUMENT, new int[] {-1}, new int[] {1}, 1));
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> Response.of(ANNA, INSTRUMENT, new int[] {2, 0, 2}, new int[] {1, 2, 3}, 3));
    assertEquals("Response.answers: must not answer an item twice, was \"H1\"", twice.getMessage());
    assertEquals(Map.of("H1", 1, "G1", 2), Response.of(ANNA, INSTRUMENT, new int[] {2, 0, 2}, new int[] {1, 2, 3}, 2)
        .answers(), "only the first count are read");
    assertThrows(IndexOutOfBoundsException.class, () -> Response.of(ANNA, INSTRUMENT, new int[] {0}, new int[0], 1));
    assertThrows(IndexOutOfBoundsException.class, () -> Response.of(ANNA, INSTRUMENT, new int[0], new int[0], -1));
    assertEquals(Map.of(), Response.of(ANNA, INSTRUMENT, new int[0], new int[0], 0).answers());
  }

  @Test
  void aMissingRespondentOrInstrumentIsNamed() {
    InvalidValueException noRespondent = assertThrows(InvalidValueException.class,
        () -> Response.of(null, INSTRUMENT, new int[0], new int[0], 0));
    assertEquals("respondent", noRespondent.field());
    InvalidValueException noInstrument = assertThrows(InvalidValueException.class,
        () -> Response.of(ANNA, null, new int[0], new int[0], 0));
    assertEquals("instrument", noInstrument.field());
    assertEquals("must not be null", noInstrument.problem());
  }

  @Test
  void repeatsAreFoundInALongInstrumentToo() {
    Instrument.Builder builder = Instrument.builder().id("long").version("1").scale(Scale.agreement5());
    for (int i = 0; i < 140; i++) {
      builder.addItems(SurveyValidationTest.item("Q" + i, Dimension.GOALS));
    }
    Instrument instrument = builder.build();
    Response response = Response.of(ANNA, instrument, new int[] {139, 64, 3, 70}, new int[] {1, 2, 3, 4}, 4);
    assertEquals(Map.of("Q139", 1, "Q64", 2, "Q3", 3, "Q70", 4), response.answers());
    for (int position : new int[] {3, 64, 139}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Response.of(ANNA, instrument, new int[] {139, 64, 3, position}, new int[] {1, 2, 3, 4}, 4));
      assertEquals("\"Q" + position + "\"", e.value());
    }
  }
}
