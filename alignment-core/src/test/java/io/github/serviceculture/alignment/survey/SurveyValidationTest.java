package io.github.serviceculture.alignment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SurveyValidationTest {

  private static InvalidValueException rejected(Executable build, String type, String field) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(type, e.type(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }

  static Item item(String id, Dimension dimension) {
    return Item.builder().id(id).dimension(dimension).text("Statement " + id).build();
  }

  static Instrument twoGoalsItems() {
    return Instrument.builder().id("t").version("1").scale(Scale.agreement5())
        .addItems(item("G1", Dimension.GOALS), item("G2", Dimension.GOALS)).build();
  }

  @Test
  void scaleNeedsMoreThanOneOption() {
    rejected(() -> Scale.of(3, 3), "Scale", "highest");
    rejected(() -> Scale.of(5, 1), "Scale", "highest");
  }

  @Test
  void scaleLabelsAreOnePerOption() {
    InvalidValueException e = rejected(() -> Scale.builder().lowest(1).highest(3).addLabels("no", "yes").build(),
        "Scale", "labels");
    assertTrue(e.getMessage().contains("one label per option (3)"), e.getMessage());
  }

  @Test
  void dontKnowCodeMustLieOutsideTheOptions() {
    rejected(() -> Scale.builder().lowest(1).highest(5).dontKnowCode(3).build(), "Scale", "dontKnowCode");
    assertEquals(9, Scale.builder().lowest(1).highest(5).dontKnowCode(9).build().dontKnowCode().getAsInt());
  }

  @Test
  void scaleReversesWithItsNominalEnds() {
    Scale six = Scale.of(1, 6);
    assertEquals(6, six.reverse(1));
    assertEquals(2, six.reverse(5));
    Scale zeroBased = Scale.of(0, 4);
    assertEquals(4, zeroBased.reverse(0));
    assertEquals(5, zeroBased.options());
    assertEquals(50.0, zeroBased.toPercent(2), 1e-12);
  }

  @Test
  void itemIdMustBeAToken() {
    InvalidValueException e = rejected(() -> item("1st item", Dimension.GOALS), "Item", "id");
    assertEquals("\"1st item\"", e.value());
    rejected(() -> Item.builder().id("G1").dimension(Dimension.GOALS).text(" ").build(), "Item", "text");
    rejected(() -> Item.builder().id("G1").dimension(Dimension.GOALS).text("t").weight(0).build(), "Item", "weight");
  }

  @Test
  void instrumentRejectsRepeatedItemIds() {
    InvalidValueException e = rejected(() -> Instrument.builder().id("t").version("1").scale(Scale.agreement5())
        .addItems(item("G1", Dimension.GOALS), item("G1", Dimension.GOALS)).build(), "Instrument", "items");
    assertEquals("\"G1\"", e.value());
  }

  @Test
  void instrumentAcceptsADimensionWithASingleItem() {
    Instrument instrument = Instrument.builder().id("t").version("1").scale(Scale.agreement5())
        .addItems(item("G1", Dimension.GOALS), item("G2", Dimension.GOALS), item("H1", Dimension.HIRING)).build();
    assertEquals(1, instrument.scaleItems(Dimension.HIRING).size());
  }

  @Test
  void instrumentNeedsItemsAndTokenIds() {
    rejected(() -> Instrument.builder().id("t").version("1").scale(Scale.agreement5()).build(), "Instrument", "items");
    rejected(() -> Instrument.builder().id("my survey").version("1").scale(Scale.agreement5())
        .addItems(item("G1", Dimension.GOALS), item("G2", Dimension.GOALS)).build(), "Instrument", "id");
  }

  @Test
  void respondentAttributesCannotShadowBuiltInOnes() {
    rejected(() -> Respondent.builder().id("r1").putAttribute("level", "x").build(), "Respondent", "attributes");
    rejected(() -> Respondent.builder().id(" ").build(), "Respondent", "id");
    rejected(() -> Respondent.builder().id("r1").putAttribute("site", "").build(), "Respondent", "attributes.site");
  }

  @Test
  void anAnswerOutsideTheScaleNamesResponseItemAndRangeButNeitherAnswerNorRespondent() {
    Response bad = Response.of(Respondent.of("r-17"), Map.of("G1", 4, "G2", 7));
    InvalidValueException e = rejected(() -> ResponseSet.of(twoGoalsItems(),
        List.of(Response.of(Respondent.of("r-1"), Map.of("G1", 1)), bad)), "ResponseSet", "responses[1].answers.G2");
    assertEquals("must be an option from 1 to 5", e.problem());
    assertFalse(e.getMessage().contains("7"), e.getMessage());
    assertFalse(e.getMessage().contains("r-17"), e.getMessage());
  }

  @Test
  void anAnswerToAnUnknownItemIsRejected() {
    InvalidValueException e = rejected(() -> ResponseSet.of(twoGoalsItems(),
        List.of(Response.of(Respondent.of("r-1"), Map.of("X9", 3)))), "ResponseSet", "responses[0].answers.X9");
    assertTrue(e.getMessage().contains("must name an item of instrument t 1"), e.getMessage());
  }

  @Test
  void repeatedRespondentIdsAreRejected() {
    rejected(() -> ResponseSet.of(twoGoalsItems(), List.of(
        Response.of(Respondent.of("r-1"), Map.of()), Response.of(Respondent.of("r-1"), Map.of()))),
        "ResponseSet", "responses[1].respondent.id");
  }

  @Test
  void theMatrixHoldsAnswersByItemWithMissingAndDontKnowAsNaN() {
    Instrument instrument = twoGoalsItems().withScale(Scale.builder().lowest(1).highest(5).dontKnowCode(9).build());
    ResponseSet set = ResponseSet.of(instrument, List.of(
        Response.of(Respondent.of("a"), Map.of("G1", 5, "G2", 9)),
        Response.of(Respondent.of("b"), Map.of("G2", 2))));
    ResponseMatrix m = set.toMatrix();
    assertEquals(2, m.rowCount());
    assertEquals(2, m.columnCount());
    assertEquals(5.0, m.answer(0, 0));
    assertTrue(Double.isNaN(m.answer(0, 1)), "don't know is missing");
    assertTrue(Double.isNaN(m.answer(1, 0)), "unanswered is missing");
    assertEquals(2.0, m.answer(1, 1));
    double[] copy = m.column(1);
    copy[1] = 1;
    assertEquals(2.0, m.answer(1, 1), "column() returns a copy");
    assertEquals("b", m.respondents().get(1).id());
  }

  @Test
  void groupValuesCoverBuiltInAndFreeAttributes() {
    Respondent r = Respondent.builder().id("r").level(io.github.serviceculture.alignment.model.Level.MANAGER)
        .department("support").customerFacing(true).putAttribute("site", "Denver").build();
    assertEquals("MANAGER", r.groupValue(Respondent.LEVEL).orElseThrow());
    assertEquals("support", r.groupValue(Respondent.DEPARTMENT).orElseThrow());
    assertEquals("true", r.groupValue(Respondent.CUSTOMER_FACING).orElseThrow());
    assertEquals("Denver", r.groupValue("site").orElseThrow());
    assertTrue(r.groupValue("tenure").isEmpty());
  }
}
