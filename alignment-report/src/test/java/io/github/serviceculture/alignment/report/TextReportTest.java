package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.report.internal.Plain;
import io.github.serviceculture.alignment.report.internal.Views;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private final AlignmentReport report = SampleReports.sample();
  private final String text = TextReport.render(report);

  @Test
  void theSectionsComeInTheOrderAReaderNeedsThem() {
    List<String> headings = List.of("Service culture alignment report: Larkspur Outfitters", "Alignment index: ",
        ">> Weakest point: " + report.weakestDimension().orElseThrow(), "  dimension ", "Top priorities",
        "Leaders and frontline", "Engagement: ", "All findings (" + report.findings().size() + ")");
    int at = -1;
    for (String heading : headings) {
      int next = text.indexOf("\n" + heading);
      assertTrue(next > at || (at == -1 && text.startsWith(heading)), () -> heading + " out of order:\n" + text);
      at = Math.max(at, next);
    }
  }

  @Test
  void theDriversSectionGivesEachDimensionsShareAndNamesTheKeyDrivers() {
    AlignmentReport withDrivers = SampleReports.withDrivers("ENG_STATE", 240);
    var drivers = withDrivers.perceptions().orElseThrow().drivers().orElseThrow();
    String rendered = TextReport.render(withDrivers);
    assertTrue(rendered.contains(String.format(java.util.Locale.ROOT, "Drivers of ENG_STATE: R² %.2f",
        drivers.rSquared().value())), rendered);
    String section = rendered.substring(rendered.indexOf("Drivers of ENG_STATE"), rendered.indexOf("All findings"));
    int keyDrivers = 0;
    for (var e : drivers.dimensions().entrySet()) {
      String line = Arrays.stream(section.split("\n"))
          .filter(l -> l.startsWith("  " + e.getKey() + " ")).findFirst().orElseThrow();
      assertTrue(line.contains(String.format(java.util.Locale.ROOT, "%.2f", e.getValue().share().value())), line);
      boolean key = withDrivers.findings().stream().anyMatch(f -> f.ruleId().equals(e.getKey() + ".KEY_DRIVER"));
      assertEquals(key, line.endsWith("key driver"), line);
      keyDrivers += key ? 1 : 0;
    }
    assertTrue(keyDrivers <= drivers.dimensions().size());
    assertFalse(text.contains("Drivers of"), "no section without an outcome");
  }

  @Test
  void driversUnderTheMinimumOfRespondentsSayWhy() {
    String rendered = TextReport.render(SampleReports.withDrivers("ENG_STATE", 30));
    assertTrue(rendered.contains("Drivers of ENG_STATE\n  Not analysed: fewer than 50 respondents answered the "
        + "outcome and every dimension."), rendered);
  }

  @Test
  void theOrganizationsItemsFollowTheirDimensionsScoreAndFavourableShare() {
    PerceptionReport perceptions = report.perceptions().orElseThrow();
    assertFalse(perceptions.items().isEmpty(), "the sample releases item figures");
    assertTrue(text.contains("\nItems (organization): score, then % favourable / neutral / unfavourable\n"), text);
    for (ItemResult item : perceptions.items()) {
      String line = String.format(Locale.ROOT, "    %-24s %5.0f  %4.0f / %4.0f / %4.0f", item.itemId(),
          item.score().value(), 100 * item.favourableShare().value(), 100 * item.neutralShare().value(),
          100 * item.unfavourableShare().value());
      assertTrue(text.contains("\n" + line), () -> line + "\n" + text);
    }
    DimensionResult first = report.dimension(perceptions.items().get(0).dimension());
    assertTrue(text.contains(String.format(Locale.ROOT, "\n  %-12s %5.0f  %.0f%% favourable\n", first.dimension(),
        first.perceptionScore().value(), 100 * first.perceptionFavourableShare().orElseThrow().value())), text);
  }

  @Test
  void theWeakestPointCarriesItsFirstRecommendation() {
    String first = Views.firstRecommendation(report).orElseThrow();
    String firstWords = first.substring(0, first.indexOf(' ', 20));
    int weakest = text.indexOf(">> Weakest point");
    assertTrue(text.indexOf("First step: " + firstWords) > weakest, text);
  }

  @Test
  void everyFindingIsShownWithItsRecommendation() {
    String unwrapped = text.replaceAll("\n +", " ");
    for (Finding f : report.findings()) {
      assertTrue(unwrapped.contains(f.ruleId()), f.ruleId());
      assertTrue(unwrapped.contains(f.recommendation()), () -> f.recommendation() + " missing");
      assertTrue(unwrapped.contains(f.evidence().get(0).reference()), () -> f.evidence().get(0).reference());
    }
  }

  @Test
  void noLineIsLongerThanTheLimitEvenWithLongNames() {
    String longName = "N".repeat(500) + " " + "word ".repeat(80);
    AlignmentReport big = SampleReports.sample().withMetadata(SampleReports.sample().metadata()
        .withOrganization(longName));
    for (String r : List.of(text, TextReport.render(big), TextReport.render(SampleReports.hostile()))) {
      for (String line : r.split("\n")) {
        assertTrue(line.length() <= TextReport.MAX_LINE, () -> line.length() + ": " + line);
      }
    }
    String joined = TextReport.render(big).replace("\n  ", "");
    assertTrue(joined.contains(": " + "N".repeat(Plain.MAX_NAME - 3) + "..."), "a long name is cut late, not lost");
  }

  @Test
  void controlCharactersFromTheInputAreShownAsEscapes() {
    String hostile = TextReport.render(SampleReports.hostile());
    assertTrue(hostile.contains("\"Sons\" </svg></title>\\x07"), hostile);
    assertFalse(hostile.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control character");
    AlignmentReport escapes = report.withMetadata(report.metadata().withOrganization("a\u001b[2Jb\u202ec\\d"));
    assertTrue(TextReport.render(escapes).startsWith("Service culture alignment report: a\\x1b[2Jb\\u202ec\\\\d\n"));
  }

  @Test
  void aDimensionWithoutPerceptionFiguresSaysWhy() {
    // Three respondents: every dimension is under the anonymity threshold.
    AlignmentReport tiny = AlignmentEngine.withDefaults().assess(Assessment.builder()
        .responses(SampleReports.survey(3, "a", "b", "c")).build());
    String out = TextReport.render(tiny);
    for (DimensionResult d : tiny.dimensions()) {
      String reason = d.perceptionNotReported().orElseThrow().description();
      assertTrue(out.contains("Perception of " + d.dimension() + " not reported: " + reason + "."), out);
    }
    assertTrue(Arrays.stream(out.split("\n")).anyMatch(l -> l.matches("  VISION +- +- +- +- +- +- +- .*")), out);
  }

  @Test
  void practicesAloneSayThereIsNoSurvey() {
    AlignmentReport practices = AlignmentEngine.withDefaults().assess(Assessment.builder()
        .practices(Organization.builder().name("Acme").build()).build());
    String out = TextReport.render(practices);
    assertTrue(out.contains("  Perception: no survey.\n"), out);
    assertFalse(out.contains("Leaders and frontline"), out);
  }

  @Test
  void aNullReportIsAnInvalidValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TextReport.render(null));
    assertEquals("report", e.field());
  }
}
