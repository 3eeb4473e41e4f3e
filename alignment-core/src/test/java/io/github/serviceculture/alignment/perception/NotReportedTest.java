package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotReportedTest {
  private static final PerceptionScorer SCORER = PerceptionScorer.of(PerceptionPolicy.defaults());

  /** Four goals items and two empowerment items; no other dimension is measured. */
  private static Instrument instrument() {
    Item.Builder[] items = {
        Item.builder().id("G1").dimension(Dimension.GOALS), Item.builder().id("G2").dimension(Dimension.GOALS),
        Item.builder().id("G3").dimension(Dimension.GOALS), Item.builder().id("G4").dimension(Dimension.GOALS),
        Item.builder().id("P1").dimension(Dimension.EMPOWERMENT),
        Item.builder().id("P2").dimension(Dimension.EMPOWERMENT)};
    Instrument.Builder b = Instrument.builder().id("mini").version("1").scale(Scale.agreement5());
    for (Item.Builder item : items) {
      b.addItems(item.text("statement").build());
    }
    return b.build();
  }

  private static Response response(String id, String department, String... answered) {
    Map<String, Integer> answers = new HashMap<>();
    for (String item : answered) {
      answers.put(item, 2 + answers.size() % 3);
    }
    return Response.of(Respondent.builder().id(id).level(Level.FRONTLINE).department(department).build(), answers);
  }

  private static PerceptionReport score(List<Response> responses) {
    return SCORER.score(ResponseSet.of(instrument(), responses));
  }

  @Test
  void anOrganizationBelowTheThresholdSaysItsDimensionsAreSuppressed() {
    List<Response> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(response("r" + i, "support", "G1", "G2", "G3", "G4"));
    }
    PerceptionReport report = score(three);
    assertTrue(report.dimensions().isEmpty());
    assertEquals(Map.of(Dimension.GOALS, NotReportedReason.SUPPRESSED_FOR_ANONYMITY,
        Dimension.EMPOWERMENT, NotReportedReason.SUPPRESSED_FOR_ANONYMITY), report.notReported());
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), report.dimension(Dimension.GOALS).reason());
    assertEquals(Optional.empty(), report.dimension(Dimension.GOALS).value());
  }

  @Test
  void aDimensionTheInstrumentDoesNotMeasureSaysSo() {
    PerceptionReport report = score(List.of(response("r0", "support", "G1")));
    Reported<PerceptionFigures> vision = report.dimension(Dimension.VISION);
    assertFalse(vision.isReported());
    assertEquals(Optional.of(NotReportedReason.NOT_MEASURED), vision.reason());
    assertFalse(report.notReported().containsKey(Dimension.VISION), "only measured dimensions are listed");
  }

  @Test
  void aDimensionNobodyAnsweredInALargeEnoughSetHasNoData() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(response("r" + i, "support", "G1", "G2", "G3", "G4"));
    }
    PerceptionReport report = score(responses);
    assertTrue(report.dimension(Dimension.GOALS).isReported());
    assertEquals(Map.of(Dimension.EMPOWERMENT, NotReportedReason.NO_DATA), report.notReported());
  }

  @Test
  void aSmallSetThatAnsweredNothingIsSuppressedRatherThanNoData() {
    // "Nobody answered" about three people would tell something about each of them.
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(response("r" + i, "support", "G1", "G2"));
    }
    assertEquals(NotReportedReason.SUPPRESSED_FOR_ANONYMITY, score(responses).notReported().get(Dimension.EMPOWERMENT));
  }

  @Test
  void anEmptySurveyHasNoData() {
    PerceptionReport report = score(List.of());
    assertEquals(Map.of(Dimension.GOALS, NotReportedReason.NO_DATA, Dimension.EMPOWERMENT, NotReportedReason.NO_DATA),
        report.notReported());
  }

  @Test
  void enoughRespondentsWhoEachAnsweredTooFewItemsAreTooFewItemsAnswered() {
    // One goals item in four is below the policy's half: nobody has a goals score.
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      responses.add(response("r" + i, "support", "G1", "P1", "P2"));
    }
    PerceptionReport report = score(responses);
    assertEquals(Map.of(Dimension.GOALS, NotReportedReason.TOO_FEW_ITEMS_ANSWERED), report.notReported());
  }

  @Test
  void fewerThanTheThresholdAnsweringAnyItemIsSuppressed() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      responses.add(i < 2 ? response("r" + i, "support", "G1", "G2", "P1", "P2") : response("r" + i, "support", "P1"));
    }
    assertEquals(NotReportedReason.SUPPRESSED_FOR_ANONYMITY, score(responses).notReported().get(Dimension.GOALS));
  }

  @Test
  void aReportedGroupSaysOnlySuppressedForItsHiddenDimensions() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // Every respondent answers goals; only the first six answer empowerment, all in support.
      String department = i < 6 ? "support" : "sales";
      responses.add(i < 6 ? response("r" + i, department, "G1", "G2", "P1", "P2")
          : response("r" + i, department, "G1", "G2"));
    }
    PerceptionReport report = score(responses);
    GroupPerception sales = report.groups().stream()
        .filter(g -> g.attribute().equals(Respondent.DEPARTMENT) && g.value().equals("sales")).findFirst()
        .orElseThrow();
    assertTrue(sales.dimension(Dimension.GOALS).isReported());
    // Nobody in sales answered empowerment, yet the group says suppressed, never no data.
    assertEquals(Map.of(Dimension.EMPOWERMENT, NotReportedReason.SUPPRESSED_FOR_ANONYMITY), sales.notReported());
    assertEquals(Optional.of(NotReportedReason.NOT_MEASURED), sales.dimension(Dimension.VISION).reason());
  }

  @Test
  void aReportCannotGiveBothFiguresAndAReason() {
    PerceptionReport report = SCORER.score(SurveyFixtures.generated(3, 30, 0));
    PerceptionFigures goals = report.dimension(Dimension.GOALS).value().orElseThrow();
    assertThrows(InvalidValueException.class,
        () -> report.withNotReported(Map.of(Dimension.GOALS, NotReportedReason.NO_DATA)));
    GroupPerception.Builder group = GroupPerception.builder().attribute("level").value("FRONTLINE")
        .putDimension(Dimension.GOALS, goals);
    assertThrows(InvalidValueException.class,
        () -> group.putNotReported(Dimension.GOALS, NotReportedReason.SUPPRESSED_FOR_ANONYMITY).build());
  }

  @Test
  void aReportLeavesOutRatherThanListsADimensionThatIsNotMeasured() {
    PerceptionReport report = SCORER.score(SurveyFixtures.generated(3, 30, 0));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> report.withDimensions(Map.of())
            .withNotReported(Map.of(Dimension.VISION, NotReportedReason.NOT_MEASURED)));
    assertEquals("notReported", e.field());
    assertTrue(e.problem().contains("NOT_MEASURED"), e.problem());
  }

  @Test
  void aGroupGivesNoReasonButSuppressed() {
    assertThrows(InvalidValueException.class, () -> GroupPerception.builder().attribute("level")
        .value("FRONTLINE").putNotReported(Dimension.GOALS, NotReportedReason.NO_DATA).build());
  }

  @Test
  void reportedHoldsExactlyOneOfValueAndReason() {
    Reported<Estimate> value = Reported.of(Estimate.of(1));
    Reported<Estimate> reason = Reported.notReported(NotReportedReason.NO_DATA);
    assertEquals(Optional.of(Estimate.of(1)), value.value());
    assertEquals(Optional.empty(), value.reason());
    assertEquals(Optional.empty(), reason.value());
    assertEquals("no data", reason.map(Object::toString, NotReportedReason::description));
    assertEquals(Reported.notReported(NotReportedReason.NO_DATA), reason);
    assertFalse(value.equals(reason));
  }
}
