package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import org.junit.jupiter.api.Test;

class PerceptionScorerTest {
  private static final PerceptionScorer SCORER = PerceptionScorer.of(PerceptionPolicy.defaults());

  /** Two goals items, the second reverse-keyed, and one engagement item. */
  private static Instrument goalsInstrument() {
    return Instrument.builder().id("mini").version("1").scale(Scale.agreement5())
        .addItems(
            Item.builder().id("G1").dimension(Dimension.GOALS).text("Goals help customers").build(),
            Item.builder().id("G2").dimension(Dimension.GOALS).text("Goals set us against each other")
                .reverseKeyed(true).build(),
            Item.builder().id("E1").dimension(Dimension.VISION).text("I can state the vision")
                .engagementQuestion(EngagementQuestion.CAN_STATE_VISION).build())
        .build();
  }

  private static Response response(String id, Level level, String department, Integer g1, Integer g2, Integer e1) {
    Map<String, Integer> answers = new java.util.HashMap<>();
    if (g1 != null) {
      answers.put("G1", g1);
    }
    if (g2 != null) {
      answers.put("G2", g2);
    }
    if (e1 != null) {
      answers.put("E1", e1);
    }
    Respondent.Builder r = Respondent.builder().id(id).level(level);
    if (department != null) {
      r.department(department);
    }
    return Response.of(r.build(), answers);
  }

  @Test
  void dimensionFiguresMatchAHandComputation() {
    // Keyed answers (G2 reversed as 6 - x): scores 4.5, 4, 3, 5, 2.5 -> mean 3.8 -> (3.8-1)/4 = 70 points.
    ResponseSet set = ResponseSet.of(goalsInstrument(), List.of(
        response("a", Level.FRONTLINE, null, 5, 2, 5),
        response("b", Level.FRONTLINE, null, 4, 2, 4),
        response("c", Level.FRONTLINE, null, 3, 3, 2),
        response("d", Level.FRONTLINE, null, 5, 1, 3),
        response("e", Level.FRONTLINE, null, 2, 3, null)));
    PerceptionFigures goals = SCORER.score(set).dimensions().get(Dimension.GOALS);
    assertEquals(5, goals.n());
    assertEquals(3.8, goals.mean().value(), 1e-12);
    assertEquals(70.0, goals.score().value(), 1e-12);
    // Sample SD of 4.5, 4, 3, 5, 2.5: squared deviations 0.49+0.04+0.64+1.44+1.69 = 4.3, /4 = 1.075.
    assertEquals(Math.sqrt(1.075), goals.sd().value(), 1e-12);
    // rwg(j), J = 2: item variances of keyed G1 (5,4,3,5,2) = 1.7 and G2 (4,4,3,5,3) = 0.7, mean 1.2,
    // q = 1.2/2 = 0.6, rwg(j) = 2(0.4)/(2(0.4)+0.6) = 0.8/1.4.
    assertEquals(0.8 / 1.4, goals.rwgJ().value(), 1e-12);
  }

  @Test
  void engagementIsTheShareAnsweringAboveTheMidpoint() {
    ResponseSet set = ResponseSet.of(goalsInstrument(), List.of(
        response("a", Level.FRONTLINE, null, 5, 2, 5),
        response("b", Level.FRONTLINE, null, 4, 2, 4),
        response("c", Level.FRONTLINE, null, 3, 3, 3),
        response("d", Level.FRONTLINE, null, 5, 1, 2),
        response("e", Level.FRONTLINE, null, 2, 3, 4),
        response("f", Level.FRONTLINE, null, 2, 3, null)));
    EngagementShare share = SCORER.score(set).engagement().get(EngagementQuestion.CAN_STATE_VISION);
    assertEquals(5, share.n());
    assertEquals(60.0, share.agreePercent().value(), 1e-12);
    assertEquals("E1", share.itemId());
  }

  @Test
  void aRespondentWhoAnsweredTooFewItemsHasNoDimensionScore() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(response("r" + i, Level.FRONTLINE, null, 4, 2, 4));
    }
    responses.add(response("partial", Level.FRONTLINE, null, 1, null, 4));
    ResponseSet set = ResponseSet.of(goalsInstrument(), responses);
    assertEquals(7, SCORER.score(set).dimensions().get(Dimension.GOALS).n(), "half of two items is enough");
    PerceptionPolicy strict = PerceptionPolicy.defaults().withMinimumAnsweredShare(1.0);
    assertEquals(6, PerceptionScorer.of(strict).score(set).dimensions().get(Dimension.GOALS).n());
  }

  @Test
  void identicalAnswersGiveFullAgreementAndUndefinedAlpha() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(response("r" + i, Level.FRONTLINE, null, 4, 2, 4));
    }
    PerceptionFigures goals = SCORER.score(ResponseSet.of(goalsInstrument(), responses))
        .dimensions().get(Dimension.GOALS);
    assertEquals(1.0, goals.rwgJ().value(), 0);
    assertEquals(0.0, goals.ad().value(), 0);
    assertFalse(goals.alpha().isDefined());
    assertEquals(0.0, goals.sd().value(), 0);
  }

  @Test
  void anOrganizationBelowTheThresholdReportsNoFigures() {
    ResponseSet set = ResponseSet.of(goalsInstrument(), List.of(
        response("a", Level.FRONTLINE, null, 5, 2, 5),
        response("b", Level.FRONTLINE, null, 4, 2, 4)));
    PerceptionReport report = SCORER.score(set);
    assertEquals(2, report.respondentCount());
    assertTrue(report.dimensions().isEmpty());
    assertTrue(report.engagement().isEmpty());
    assertTrue(report.groups().isEmpty());
  }

  @Test
  void aSmallDepartmentIsSuppressedTogetherWithTheSmallestOtherOne() {
    List<Response> responses = new ArrayList<>();
    int id = 0;
    for (int i = 0; i < 10; i++) {
      responses.add(response("s" + id++, Level.FRONTLINE, "support", 4, 2, 4));
    }
    for (int i = 0; i < 7; i++) {
      responses.add(response("s" + id++, Level.FRONTLINE, "sales", 3, 3, 3));
    }
    for (int i = 0; i < 2; i++) {
      responses.add(response("s" + id++, Level.FRONTLINE, "IT", 1, 5, 1));
    }
    PerceptionReport report = SCORER.score(ResponseSet.of(goalsInstrument(), responses));
    List<String> departments = report.groups().stream()
        .filter(g -> g.attribute().equals(Respondent.DEPARTMENT)).map(GroupPerception::value).toList();
    assertEquals(List.of("support"), departments, "IT (2) is hidden, and sales (7) with it");
    assertTrue(report.gaps().stream().noneMatch(g -> g.attribute().equals(Respondent.DEPARTMENT)));
  }

  @Test
  void leadersWhoRateEverythingHigherShowAGapAgainstTheFrontline() {
    ResponseSet set = SurveyFixtures.generated(7, 400, 1.0);
    PerceptionReport report = SCORER.score(set);
    for (Dimension d : Dimension.values()) {
      PerceptionGap gap = report.gaps().stream()
          .filter(g -> g.attribute().equals(Respondent.LEVEL) && g.dimension() == d
              && g.first().equals("EXECUTIVE") && g.second().equals("FRONTLINE"))
          .findFirst().orElseThrow(() -> new AssertionError("no executive gap for " + d));
      // One scale point of latent shift is 25 points on 0-100; rounding and clipping to 1..5 shrink it.
      assertTrue(gap.difference().value() > 12 && gap.difference().value() < 30, d + ": " + gap);
      assertTrue(gap.lower().value() < gap.difference().value() && gap.difference().value() < gap.upper().value());
      assertTrue(gap.p().value() < 0.001, d + ": " + gap);
    }
    assertTrue(report.groupDifferences().stream()
        .anyMatch(g -> g.attribute().equals(Respondent.LEVEL) && g.icc1().value() > 0));
  }

  @Test
  void aDimensionNobodyAnsweredIsNotReported() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(response("r" + i, Level.FRONTLINE, null, null, null, 4));
    }
    PerceptionReport report = SCORER.score(ResponseSet.of(goalsInstrument(), responses));
    assertFalse(report.dimensions().containsKey(Dimension.GOALS));
    assertTrue(report.engagement().containsKey(EngagementQuestion.CAN_STATE_VISION));
    assertTrue(report.groups().stream().noneMatch(g -> g.dimensions().containsKey(Dimension.GOALS)));
  }
}
