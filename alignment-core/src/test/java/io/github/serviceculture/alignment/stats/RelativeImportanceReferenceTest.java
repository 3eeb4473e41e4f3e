package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * LMG shares, every sub-model's R<sup>2</sup> and the betas against base R: {@code drivers/drivers.R}
 * fits {@code lm()} on each of the 64 subsets of {@code drivers/drivers-data.csv} (written once by
 * {@code drivers/drivers-data.R}) and writes {@code drivers/drivers-expected.csv}.
 */
class RelativeImportanceReferenceTest {
  private static final double TOL = 1e-10;

  @Test
  void reproducesLmOverAllSubsetsOfBaseR() throws IOException {
    List<String[]> data = csv("drivers/drivers-data.csv");
    int n = data.size();
    double[][] predictors = new double[6][n];
    double[] outcome = new double[n];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < 6; j++) {
        predictors[j][r] = number(data.get(r)[j]);
      }
      outcome[r] = number(data.get(r)[6]);
    }
    RelativeImportance importance = RelativeImportance.of(outcome, predictors);

    int checked = 0;
    double worst = 0;
    for (String[] row : csv("drivers/drivers-expected.csv")) {
      int index = Integer.parseInt(row[1]);
      double expected = Double.parseDouble(row[2]);
      double actual = switch (row[0]) {
        case "n" -> importance.n();
        case "r.squared" -> importance.subsetRSquared(index).value();
        case "lmg" -> importance.share(index).value();
        case "beta" -> importance.beta(index).value();
        default -> throw new AssertionError("unknown statistic " + row[0]);
      };
      assertEquals(expected, actual, TOL, () -> row[0] + " " + index);
      worst = Math.max(worst, Math.abs(expected - actual));
      checked++;
    }
    assertEquals(1 + 64 + 6 + 6, checked, "values in drivers-expected.csv");
    System.out.printf("RelativeImportance reference: %d values of lm() over all subsets, max absolute error %.1e%n",
        checked, worst);
  }

  private static double number(String cell) {
    return cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
  }

  /** The data rows of a CSV resource, skipping comments and the header. */
  private List<String[]> csv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(name), name);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }
}
