package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.serviceculture.alignment.stats.ScaleScores.Imputation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every {@code psych::scoreItems} record of expected.json and every row of
 * bfi_scores_expected.csv to 1e-10 relative. Nothing is skipped.
 */
class ScaleScoresReferenceTest {
  private final Map<String, ScaleScores.Result> cache = new HashMap<>();

  @Test
  void reproducesEveryPsychScoreItemsRecord() {
    ReferenceData data = ReferenceData.require();
    List<JsonNode> records = data.records(r -> r.path("function").asText().equals("psych::scoreItems"));
    ReferenceScales check = new ReferenceScales();
    for (JsonNode record : records) {
      ScaleScores.Result result = result(data, record);
      String statistic = record.get("statistic").asText();
      String label = record.get("scale").asText() + "/impute=" + record.at("/options/impute").asText()
          + "/" + statistic;
      JsonNode expected = record.get("value");
      switch (statistic) {
        case "alpha":
          check.check(label, expected, result.alpha());
          break;
        case "av.r":
          check.check(label, expected, result.averageR());
          break;
        case "score_mean":
          check.check(label, expected, result.mean());
          break;
        case "score_sd":
          check.check(label, expected, result.sd());
          break;
        case "score_n_nan":
          check.check(label, expected.asDouble(), result.absentCount());
          break;
        case "score":
          for (JsonNode row : record.get("by_row")) {
            int index = row.get("row").asInt() - 1;
            check.check(label + "/row " + (index + 1), row.get("value"), result.score(index));
            check.check(
                label + "/row " + (index + 1) + "/n_missing",
                row.get("n_missing").asDouble(),
                result.itemCount() - result.answered(index));
          }
          break;
        default:
          check.fail(label, "unknown statistic");
      }
    }
    System.out.println("ScaleScores reference (expected.json): " + records.size() + " records: "
        + check.report().lines().findFirst().orElse(""));
    assertTrue(check.checked() > 100, () -> "too few values checked: " + check.checked());
    assertTrue(check.mismatches().isEmpty(), check::report);
  }

  @Test
  void reproducesEveryRowOfBfiScoresExpected() {
    ReferenceData data = ReferenceData.require();
    ReferenceData.Table bfi = data.table("bfi.csv");
    ReferenceData.Table expected = data.table("bfi_scores_expected.csv");
    Map<String, double[][]> scales = Map.of(
        "agree", columns(bfi, "A1", "A2", "A3", "A4", "A5"),
        "conscientious", columns(bfi, "C1", "C2", "C3", "C4", "C5"));
    Map<String, boolean[]> keys = Map.of(
        "agree", new boolean[] {true, false, false, false, false},
        "conscientious", new boolean[] {false, false, false, true, true});
    ReferenceScales check = new ReferenceScales();
    for (String scale : scales.keySet()) {
      for (Imputation imputation : Imputation.values()) {
        String column = scale + "_" + imputation.name().toLowerCase(Locale.ROOT);
        double[] want = expected.numbers(column);
        ScaleScores.Result result = ScaleScores.withDefaults().with(imputation)
            .compute(scales.get(scale), keys.get(scale), 1, 6);
        assertTrue(want.length == result.rows(), column + ": row count");
        for (int i = 0; i < want.length; i++) {
          Estimate got = result.score(i);
          if (Double.isNaN(want[i])) {
            if (got.isDefined()) {
              check.fail(column + "/row " + (i + 1), "expected NA, got " + got);
            }
          } else if (!got.isDefined()) {
            check.fail(column + "/row " + (i + 1), "expected " + want[i] + ", got " + got);
          } else {
            check.check(column + "/row " + (i + 1), want[i], got.value());
          }
        }
      }
    }
    System.out.println("ScaleScores reference (bfi_scores_expected.csv): "
        + check.report().lines().findFirst().orElse(""));
    assertTrue(check.checked() >= 2 * 3 * 2800, () -> "too few values checked: " + check.checked());
    assertTrue(check.mismatches().isEmpty(), check::report);
  }

  private static double[][] columns(ReferenceData.Table table, String... names) {
    double[][] out = new double[names.length][];
    for (int j = 0; j < names.length; j++) {
      out[j] = table.numbers(names[j]);
    }
    return out;
  }

  private ScaleScores.Result result(ReferenceData data, JsonNode record) {
    Imputation imputation =
        Imputation.valueOf(record.at("/options/impute").asText().toUpperCase(Locale.ROOT));
    double min = record.at("/options/min").asDouble();
    double max = record.at("/options/max").asDouble();
    String key = record.get("items") + "/" + record.get("reverse_keyed") + "/" + imputation;
    return cache.computeIfAbsent(key, k -> ScaleScores.withDefaults().with(imputation)
        .compute(ReferenceScales.items(data, record), ReferenceScales.reversed(record), min, max));
  }
}
