package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertFinding;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.context;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** The perception rules over reports scored from response sets, end to end. */
class PerceptionRulesScoredSurveyTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final PerceptionScorer SCORER = PerceptionScorer.of(PerceptionPolicy.defaults());

  /** A response whose keyed answer to each item is given; reverse-keyed items get the mirrored raw answer. */
  private static Response response(String id, Level level, ToIntFunction<Item> keyed) {
    Map<String, Integer> answers = new HashMap<>();
    for (Item item : INSTRUMENT.items()) {
      int answer = keyed.applyAsInt(item);
      answers.put(item.id(), item.isReverseKeyed() ? 6 - answer : answer);
    }
    return Response.of(Respondent.builder().id(id).level(level).department("support").build(), answers);
  }

  private static Finding single(RuleOutcome outcome) {
    assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
    return outcome.findings().get(0);
  }

  private static Rule rule(String id) {
    return PerceptionRules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void respondentsSplitBetweenOneAndFiveOnGoalsGiveRwgJZeroAndNoSharedPerception() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int goals = i % 2 == 0 ? 1 : 5;
      int other = 3 + i % 2;
      responses.add(response(String.format("p%03d", i), Level.FRONTLINE,
          item -> item.dimension() == Dimension.GOALS && item.engagementQuestion().isEmpty() ? goals : other));
    }
    PerceptionReport report = SCORER.score(ResponseSet.of(INSTRUMENT, responses));
    assertEquals(0.0, report.dimensions().get(Dimension.GOALS).rwgJ().value(), 1e-12);

    Finding finding = single(rule("GOALS.SHARED_PERCEPTION").evaluate(context(report)));

    assertFinding(finding, "GOALS.SHARED_PERCEPTION", Severity.WARNING, "GOALS.rwgJ", "0.00",
        "No shared perception of goals", "rwg(j) is 0.00");
    assertFalse(finding.message().contains("p00"), "no respondent id in the message");
    assertTrue(finding.evidence().stream().noneMatch(e -> e.value().contains("p00")), "nor in the evidence");
  }

  @Test
  void executivesRatingEveryDimensionTwentyFivePointsAboveTheFrontlineGiveAGapFindingForEachDimension() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int keyed = 4 + i % 2;
      responses.add(response(String.format("e%03d", i), Level.EXECUTIVE, item -> keyed));
    }
    for (int i = 0; i < 20; i++) {
      int keyed = 3 + i % 2;
      responses.add(response(String.format("f%03d", i), Level.FRONTLINE, item -> keyed));
    }
    PerceptionReport report = SCORER.score(ResponseSet.of(INSTRUMENT, responses));

    for (Dimension d : Dimension.values()) {
      Finding finding = single(rule(d.name() + ".PERCEPTION_GAP").evaluate(context(report)));
      assertFinding(finding, d.name() + ".PERCEPTION_GAP", Severity.WARNING,
          d.name() + ".gap[level=EXECUTIVE-FRONTLINE].difference", "25.0",
          "Executives rate", "25 points above the frontline");
      assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().equals("level=EXECUTIVE")
          && e.value().startsWith(d.name() + ".score=")), () -> finding.evidence().toString());
    }
  }
}
