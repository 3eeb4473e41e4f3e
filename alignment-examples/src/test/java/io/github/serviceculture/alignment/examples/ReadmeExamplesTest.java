package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's code, compiled and run from another module as a user would, so that it stays true. */
class ReadmeExamplesTest {

  @Test
  void quickStartAssessesAnOrganization() {
    ResponseSet surveyResponses = FictionalOrganization.survey(1, 60);
    Organization org = Organization.builder()
        .name("Acme Support")
        .vision(ServiceVision.of("Make it easy to join the clean vehicle movement"))
        .addGoal(Goal.builder().statement("Each agent who averages 95% CSAT for the month earns a $100 bonus")
            .metricKind(MetricKind.CUSTOMER_SATISFACTION).target(95).cadence(Cadence.MONTHLY)
            .scope(GoalScope.INDIVIDUAL).focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.MONETARY).build())
        .build();
    AlignmentReport report = AlignmentEngine.withDefaults()
        .assess(Assessment.builder().practices(org).responses(surveyResponses).build());
    assertTrue(report.weakestDimension().isPresent());
    assertEquals("GOALS.INDIVIDUAL_REWARD", report.priorities().get(0).ruleId());
    assertTrue(report.priorities().get(0).recommendation().contains("team goal"),
        report.priorities().get(0).recommendation());
    assertEquals(96.0, org.goals().get(0).withTarget(96).target().getAsDouble(), "with* works outside the package");
  }

  @Test
  void theReadmeQuotesTheGutCheckMessageExactly() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> GutCheck.of(10, 11));
    assertEquals("GutCheck.recognized: must not exceed stakeholdersAsked (10), was 11", e.getMessage());
  }

  @Test
  void scoringASurveyGivesFiguresPerDimension() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      responses.add(Response.of(
          Respondent.builder().id("r" + i).level(Level.FRONTLINE).department("support").build(),
          Map.of("GOA_TEAM", 4, "GOA_COMPETE", 2 + i % 2, "GOA_CUSTOMER", 3 + i % 3)));
    }
    ResponseSet set = ResponseSet.of(DefaultInstrument.instrument(), responses);
    PerceptionReport report = PerceptionScorer.of(PerceptionPolicy.defaults()).score(set);
    PerceptionFigures goals = report.dimensions().get(Dimension.GOALS);
    assertEquals(6, goals.n());
    assertTrue(goals.score().value() > 50 && goals.score().value() < 100, goals.toString());
  }
}
