package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The Welch interval of a change from each wave's n, mean and SD against R's {@code t.test(after,
 * before, var.equal = FALSE)} on the respondents' scores: lq2002's LEAD of consecutive companies
 * as waves ({@code welch-waves.R} beside the CSV wrote it).
 */
class ChangeReferenceTest {
  @Test
  void theIntervalFromSummaryFiguresReproducesRsWelchTTestOnTheRespondents() throws IOException {
    int rows = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        getClass().getResourceAsStream("welch-waves.csv"), "welch-waves.csv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("before")) {
          continue;
        }
        String[] f = line.split(",");
        double level = Double.parseDouble(f[2]);
        PerceptionFigures before = figures(Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        PerceptionFigures after = figures(Integer.parseInt(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]));
        // One point per scale unit, so the change is in R's units.
        Change c = Change.of(Dimension.LEADERSHIP, null, null, before, after, 1, MeaningfulChange.of(5, level));
        String where = "companies " + f[0] + " -> " + f[1] + " at " + f[2];
        assertEquals(Double.parseDouble(f[9]), c.change().value(), 1e-10, where);
        assertEquals(Double.parseDouble(f[10]), c.lower().value(), 1e-10, where);
        assertEquals(Double.parseDouble(f[11]), c.upper().value(), 1e-10, where);
        assertEquals(Double.parseDouble(f[12]), c.degreesOfFreedom().value(), 1e-9, where);
        rows++;
      }
    }
    assertEquals(36, rows);
  }

  private static PerceptionFigures figures(int n, double mean, double sd) {
    Estimate undefined = Estimate.undefined(UndefinedReason.NO_DATA);
    assertTrue(n >= 2);
    return PerceptionFigures.builder().n(n).mean(Estimate.of(mean)).score(Estimate.of(25 * (mean - 1)))
        .sd(Estimate.of(sd)).alpha(undefined).rwgJ(undefined).ad(undefined).build();
  }
}
