package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.UndefinedReason;
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
import org.junit.jupiter.api.Test;

class WithheldFiguresTest {

  @Test
  void agreementAndAlphaOverFewerCompleteAnswersThanTheThresholdAreWithheld() {
    // ops: five with a goals score, three of whom skipped one item, so two answered every item:
    // an AD over those two (2.0 when they answered 1 and 5 throughout) would give both answers.
    Instrument instrument = DefaultInstrument.instrument();
    List<Item> goals = instrument.scaleItems(Dimension.GOALS);
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < 15; r++) {
      Map<String, Integer> answers = new HashMap<>();
      for (int i = 0; i < goals.size(); i++) {
        boolean skips = r >= 2 && r < 5 && i == 0;
        if (!skips) {
          answers.put(goals.get(i).id(), r % 2 == 0 ? 1 : 5);
        }
      }
      String department = r < 5 ? "ops" : "sales";
      responses.add(Response.of(Respondent.builder().id("e" + r).department(department).build(), answers));
    }
    PerceptionReport report = PerceptionScorer.of(PerceptionPolicy.defaults().withGroupBy(Respondent.DEPARTMENT))
        .score(ResponseSet.of(instrument, responses));
    GroupPerception ops = report.groups().stream().filter(g -> g.value().equals("ops")).findFirst().orElseThrow();
    PerceptionFigures figures = ops.dimensions().get(Dimension.GOALS);
    assertEquals(5, figures.n());
    assertEquals(UndefinedReason.WITHHELD_FOR_ANONYMITY, figures.ad().undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.WITHHELD_FOR_ANONYMITY, figures.rwgJ().undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.WITHHELD_FOR_ANONYMITY, figures.alpha().undefinedReason().orElseThrow());
    assertTrue(figures.mean().isDefined());
    // The organization's 12 complete answers are enough.
    PerceptionFigures all = report.dimension(Dimension.GOALS).value().orElseThrow();
    assertTrue(all.ad().isDefined() && all.rwgJ().isDefined());
  }
}
