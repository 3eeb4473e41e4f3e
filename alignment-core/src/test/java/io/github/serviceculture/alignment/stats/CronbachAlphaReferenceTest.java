package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.serviceculture.alignment.stats.CronbachAlpha.Coefficients;
import io.github.serviceculture.alignment.stats.CronbachAlpha.Item;
import io.github.serviceculture.alignment.stats.CronbachAlpha.MissingData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every {@code psych::alpha} and {@code multilevel::cronbach} record of expected.json
 * to 1e-10 relative.
 *
 * <p>No record is skipped: the reference has no two-item scale, so psych's special two-item
 * "alpha if dropped" output (which is not an alpha) never occurs.
 */
class CronbachAlphaReferenceTest {
  /** Records intentionally not reproduced, by "dataset/scale/statistic/item", with the reason. */
  private static final Map<String, String> NOT_REPRODUCED = Map.of();

  private static final Map<String, Function<Coefficients, Estimate>> COEFFICIENTS = Map.of(
      "raw_alpha", Coefficients::rawAlpha,
      "std.alpha", Coefficients::standardizedAlpha,
      "G6(smc)", Coefficients::g6Smc,
      "average_r", Coefficients::averageR,
      "S/N", Coefficients::signalToNoise,
      "ase", Coefficients::standardError,
      "alpha se", Coefficients::standardError,
      "median_r", Coefficients::medianR,
      "med.r", Coefficients::medianR,
      "var.r", Coefficients::varianceR);

  private static final Map<String, Function<Item, Estimate>> ITEM = Map.of(
      "raw.r", Item::rawR,
      "std.r", Item::standardizedR,
      "r.cor", Item::correctedR,
      "r.drop", Item::itemRestR,
      "mean", Item::mean,
      "sd", Item::sd);

  private final Map<String, CronbachAlpha.Result> cache = new HashMap<>();

  @Test
  void reproducesEveryPsychAlphaAndMultilevelCronbachRecord() {
    ReferenceData data = ReferenceData.require();
    List<JsonNode> records = data.records(r -> {
      String f = r.path("function").asText();
      return f.equals("psych::alpha") || f.equals("multilevel::cronbach");
    });
    ReferenceScales check = new ReferenceScales();
    int skipped = 0;
    Set<String> datasets = new java.util.TreeSet<>();
    for (JsonNode record : records) {
      String statistic = record.get("statistic").asText();
      String label = record.get("dataset").asText() + "/" + record.get("scale").asText() + "/"
          + record.get("function").asText() + "/" + missing(record) + "/" + statistic
          + (record.has("item") ? "/" + record.get("item").asText() : "");
      String key = record.get("dataset").asText() + "/" + record.get("scale").asText() + "/"
          + statistic + (record.has("item") ? "/" + record.get("item").asText() : "");
      if (NOT_REPRODUCED.containsKey(key)) {
        skipped++;
        continue;
      }
      datasets.add(record.get("dataset").asText() + "/" + record.get("scale").asText());
      CronbachAlpha.Result result = result(data, record);
      JsonNode expected = record.get("value");
      if (record.get("function").asText().equals("multilevel::cronbach")) {
        if (statistic.equals("Alpha")) {
          check.check(label, expected, result.rawAlpha());
        } else if (statistic.equals("N")) {
          check.check(label, expected.asDouble(), result.rows());
        } else {
          check.fail(label, "unknown statistic");
        }
        continue;
      }
      if (statistic.equals("n_rows")) {
        check.check(label, expected.asDouble(), result.rows());
      } else if (statistic.equals("feldt.lower.ci")) {
        check.check(label, expected, result.feldtLower());
      } else if (statistic.equals("feldt.upper.ci")) {
        check.check(label, expected, result.feldtUpper());
      } else if (statistic.equals("total.mean")) {
        check.check(label, expected, result.scoreMean());
      } else if (statistic.equals("total.sd")) {
        check.check(label, expected, result.scoreSd());
      } else if (statistic.startsWith("total.")) {
        coefficient(check, label, statistic.substring("total.".length()), result.total(), expected);
      } else if (statistic.equals("item.n")) {
        check.check(label, expected.asDouble(), result.item(ReferenceScales.itemIndex(record)).n());
      } else if (statistic.startsWith("item.")) {
        Function<Item, Estimate> getter = ITEM.get(statistic.substring("item.".length()));
        if (getter == null) {
          check.fail(label, "unknown statistic");
        } else {
          check.check(label, expected, getter.apply(result.item(ReferenceScales.itemIndex(record))));
        }
      } else if (statistic.startsWith("alpha.drop.")) {
        Coefficients dropped = result.item(ReferenceScales.itemIndex(record)).ifDropped();
        coefficient(check, label, statistic.substring("alpha.drop.".length()), dropped, expected);
      } else {
        check.fail(label, "unknown statistic");
      }
    }
    System.out.println("CronbachAlpha reference: " + records.size() + " records (" + skipped
        + " intentionally skipped) over " + datasets + ": " + check.report().lines().findFirst().orElse(""));
    assertTrue(check.checked() > 500, () -> "too few values checked: " + check.checked());
    assertTrue(check.mismatches().isEmpty(), check::report);
  }

  private static void coefficient(
      ReferenceScales check, String label, String name, Coefficients c, JsonNode expected) {
    Function<Coefficients, Estimate> getter = COEFFICIENTS.get(name);
    if (getter == null) {
      check.fail(label, "unknown coefficient " + name);
    } else {
      check.check(label, expected, getter.apply(c));
    }
  }

  private static MissingData missing(JsonNode record) {
    JsonNode options = record.get("options");
    if (record.get("function").asText().equals("multilevel::cronbach")) {
      return MissingData.LISTWISE;
    }
    String rule = options.path("missing").asText("");
    if (rule.startsWith("listwise")) {
      return MissingData.LISTWISE;
    }
    if (rule.startsWith("impute = 'median'")) {
      return MissingData.IMPUTE_MEDIAN;
    }
    if (rule.startsWith("impute = 'mean'")) {
      return MissingData.IMPUTE_MEAN;
    }
    if (options.path("use").asText().equals("pairwise")) {
      return MissingData.PAIRWISE;
    }
    throw new IllegalArgumentException("unknown missing-data option in " + options);
  }

  private CronbachAlpha.Result result(ReferenceData data, JsonNode record) {
    MissingData missing = missing(record);
    String key = record.get("dataset").asText() + "/" + record.get("items") + "/"
        + record.get("reverse_keyed") + "/" + missing;
    return cache.computeIfAbsent(key, k -> {
      double[] ends = ReferenceScales.scaleEnds(record);
      return CronbachAlpha.withDefaults().with(missing).compute(
          ReferenceScales.items(data, record), ReferenceScales.reversed(record), ends[0], ends[1]);
    });
  }
}
