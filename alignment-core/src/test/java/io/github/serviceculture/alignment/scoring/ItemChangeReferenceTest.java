package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.ReferenceData;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An item's change through the whole library (the scorer's item results with their SD, then the
 * comparison) against R's {@code t.test(after, before, var.equal = FALSE)} on the keyed answers:
 * psych's bfi, the men as the earlier wave and the women as the later one, the agree and
 * conscientious items as two dimensions ({@code welch-items.R} beside the CSV wrote it).
 */
class ItemChangeReferenceTest {
  private static final List<String> AGREE = List.of("A1", "A2", "A3", "A4", "A5");
  private static final List<String> CONSCIENTIOUS = List.of("C1", "C2", "C3", "C4", "C5");
  private static final Set<String> REVERSED = Set.of("A1", "C4", "C5");
  /** Points of the 0 to 100 score per unit of the 1 to 6 scale. */
  private static final double POINTS = 20;

  private static Instrument instrument() {
    Instrument.Builder b = Instrument.builder().id("bfi").version("1").scale(Scale.of(1, 6));
    for (String id : AGREE) {
      b.addItems(Item.builder().id(id).dimension(Dimension.GOALS).text("agree " + id)
          .reverseKeyed(REVERSED.contains(id)).build());
    }
    for (String id : CONSCIENTIOUS) {
      b.addItems(Item.builder().id(id).dimension(Dimension.TRAINING).text("conscientious " + id)
          .reverseKeyed(REVERSED.contains(id)).build());
    }
    return b.build();
  }

  private static ResponseSet wave(ReferenceData.Table bfi, Instrument instrument, String gender) {
    List<Response> responses = new ArrayList<>();
    List<String> genders = bfi.strings("gender");
    List<String> ids = bfi.strings("id");
    for (int row = 0; row < bfi.rows(); row++) {
      if (!genders.get(row).equals(gender)) {
        continue;
      }
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : instrument.items()) {
        String cell = bfi.strings(item.id()).get(row);
        if (!cell.isEmpty() && !cell.equals("NA")) {
          answers.put(item.id(), Integer.parseInt(cell));
        }
      }
      responses.add(Response.of(Respondent.of("p" + ids.get(row)), answers));
    }
    return ResponseSet.of(instrument, responses);
  }

  @Test
  void anItemsIntervalFromTheReportsFiguresReproducesRsWelchTTestOnTheKeyedAnswers() throws IOException {
    ReferenceData.Table bfi = ReferenceData.require().table("bfi.csv");
    Instrument instrument = instrument();
    AlignmentEngine engine = AlignmentEngine.withDefaults();
    AlignmentReport before = engine.assess(Assessment.builder().responses(wave(bfi, instrument, "1")).build());
    AlignmentReport after = engine.assess(Assessment.builder().responses(wave(bfi, instrument, "2")).build());
    int rows = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        getClass().getResourceAsStream("welch-items.csv"), "welch-items.csv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("item")) {
          continue;
        }
        String[] f = line.split(",");
        double level = Double.parseDouble(f[1]);
        ReportComparison c = ReportComparison.of(before, instrument, after, instrument, MeaningfulChange.of(5, level));
        Change change = c.itemChanges().stream()
            .filter(ch -> ch.itemId().orElseThrow().equals(f[0]) && ch.attribute().isEmpty()).findFirst().orElseThrow();
        String where = f[0] + " at " + f[1];
        assertEquals(Integer.parseInt(f[2]), change.beforeN(), where);
        assertEquals(Integer.parseInt(f[5]), change.afterN(), where);
        assertEquals(Double.parseDouble(f[8]), change.change().value() / POINTS, 1e-10, where);
        assertEquals(Double.parseDouble(f[9]), change.lower().value() / POINTS, 1e-10, where);
        assertEquals(Double.parseDouble(f[10]), change.upper().value() / POINTS, 1e-10, where);
        assertEquals(Double.parseDouble(f[11]), change.degreesOfFreedom().value(), 1e-7, where);
        rows++;
      }
    }
    assertEquals(30, rows);
  }
}
