package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.stats.ReferenceData;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Instrument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dimension measured by one item (lq2002's LEAD05): its agreement is rwg for that item and its AD
 * the item's, as R's multilevel gives them per company; its alpha is undefined as a single item; the
 * companies compared give R's ICCs.
 */
class SingleItemMeasureTest {
  private static final double TOLERANCE = 1e-10;

  /** R's per-company values of one function and statistic for LEAD05. */
  private static Map<String, Double> byCompany(String function, String statistic) {
    Map<String, Double> values = new HashMap<>();
    for (JsonNode r : ReferenceData.require().records(r -> r.path("dataset").asText().equals("lq2002")
        && r.path("scale").asText().equals("LEAD05") && r.path("function").asText().equals(function)
        && r.path("statistic").asText().equals(statistic))) {
      r.path("by_group").forEach(g -> values.put("company " + g.path("group").asText(), g.path("value").asDouble()));
    }
    assertEquals(49, values.size(), function + " " + statistic);
    return values;
  }

  private static double single(String function, String statistic) {
    List<JsonNode> records = ReferenceData.require().records(r -> r.path("dataset").asText().equals("lq2002")
        && r.path("scale").asText().equals("LEAD05") && r.path("function").asText().equals(function)
        && r.path("statistic").asText().equals(statistic));
    assertEquals(1, records.size(), function + " " + statistic);
    return records.get(0).path("value").asDouble();
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(ReferenceData.close(expected, actual, TOLERANCE), what + ": R " + expected + ", ours " + actual);
  }

  @Test
  void aSingleItemDimensionHasRsRwgAndAdAndNoAlpha() {
    Instrument instrument = Lq2002.instrument("LEAD05");
    Map<String, Double> rwg = byCompany("multilevel::rwg", "rwg");
    Map<String, Double> ad = byCompany("multilevel::ad.m", "AD.mean");
    for (AlignmentReport report : Lq2002.reports(instrument)) {
      String company = report.metadata().organization().orElseThrow();
      PerceptionFigures f = report.perceptions().orElseThrow().dimensions().get(Dimension.LEADERSHIP);
      close(rwg.get(company), f.rwgJ().value(), company + " rwg");
      close(ad.get(company), f.ad().value(), company + " AD");
      assertEquals(UndefinedReason.SINGLE_ITEM, f.alpha().undefinedReason().orElseThrow(), company);
      DimensionResult leadership = report.dimension(Dimension.LEADERSHIP);
      assertEquals(UndefinedReason.SINGLE_ITEM, leadership.reliability().undefinedReason().orElseThrow());
      assertTrue(leadership.perceptionScore().isDefined(), "a single item still gives a score");
    }
  }

  @Test
  void companiesComparedOnASingleItemGiveRsIccs() {
    Instrument instrument = Lq2002.instrument("LEAD05");
    DimensionAggregation leadership = Aggregation.of(instrument, Lq2002.reports(instrument))
        .dimension(Dimension.LEADERSHIP);
    close(single("multilevel::ICC1", "ICC1"), leadership.icc().icc1().value(), "ICC(1)");
    close(single("multilevel::ICC2", "ICC2"), leadership.icc().icc2().value(), "ICC(2)");
    close(single("stats::aov (intermediate)", "F"), leadership.icc().f().value(), "F");
  }

  @Test
  void theSharedPerceptionCutOffFiresFarMoreOftenForOneItemThanForElevenAsTheJavadocSays() {
    // PerceptionRules.SharedPerception documents these counts: rwg(j) is rwg stepped up by the number of items.
    assertEquals(47, sharedPerceptionWarnings(Lq2002.instrument("LEAD05")));
    assertEquals(0, sharedPerceptionWarnings(Lq2002.instrument("LEAD01", "LEAD02", "LEAD03", "LEAD04", "LEAD05",
        "LEAD06", "LEAD07", "LEAD08", "LEAD09", "LEAD10", "LEAD11")));
  }

  private static long sharedPerceptionWarnings(Instrument instrument) {
    List<AlignmentReport> reports = Lq2002.reports(instrument);
    assertEquals(49, reports.size());
    return reports.stream().filter(r -> r.findings().stream()
        .anyMatch(f -> f.code().equals("LEADERSHIP.SHARED_PERCEPTION.LOW_AGREEMENT"))).count();
  }
}
