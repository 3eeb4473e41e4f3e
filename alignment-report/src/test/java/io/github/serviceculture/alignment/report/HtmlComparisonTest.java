package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.Change;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link HtmlReport#renderComparison}: two waves as one self-contained page. */
class HtmlComparisonTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();

  private static AlignmentReport report(ResponseSet responses) {
    return AlignmentEngine.withDefaults().assess(Assessment.builder().responses(responses).build());
  }

  @Test
  void thePageShowsTheOrganizationsChangesAsAChartAndATableThenTheGroupsAndTheFindings() {
    Item first = INSTRUMENT.scaleItems(Dimension.TRAINING).get(0);
    List<Item> items = new ArrayList<>(INSTRUMENT.items());
    items.set(items.indexOf(first), first.withText(first.text() + " now"));
    Instrument later = INSTRUMENT.withVersion("2").withItems(items);
    ReportComparison comparison = ReportComparison.of(report(SurveyFixtures.generated(1, 200, 0)), INSTRUMENT,
        report(ResponseSet.of(later, SurveyFixtures.generated(1, 200, 2.5).responses())), later);
    Document doc = Jsoup.parse(HtmlReport.withDefaults().renderComparison(comparison));

    assertEquals(List.of("organization", "groups", "items", "findings", "metadata"),
        doc.select("main > section").eachAttr("id"));
    assertEquals("Two waves compared: (organization not named)", doc.title());
    long organizationChanges = comparison.changes().stream().filter(c -> c.attribute().isEmpty()).count();
    assertEquals(organizationChanges, doc.select("#organization-table tbody tr").size());
    assertEquals(organizationChanges, doc.select("#change-chart .marks .row-label").size());
    assertEquals(comparison.changes().size() - organizationChanges, doc.select("#groups-table tbody tr").size());
    assertTrue(doc.getElementById("organization").text().contains("Training: Its items changed"),
        doc.getElementById("organization").text());
    assertEquals(comparison.findings().size(), doc.select("article.finding").size());
    assertTrue(doc.select("#groups-table").text().contains("level: EXECUTIVE"));
    Change executives = comparison.changes().stream()
        .filter(c -> c.group().filter("EXECUTIVE"::equals).isPresent()).findFirst().orElseThrow();
    assertEquals(executives.verdict().name().equals("IMPROVED"), doc.select("#groups-table").text().contains("improved"));

    // Items: the organization's change of each, the groups' meaningful ones, the reworded item not compared.
    long organizationItems = comparison.itemChanges().stream().filter(c -> c.attribute().isEmpty()).count();
    assertTrue(organizationItems > 0);
    assertEquals(organizationItems, doc.select("#items-table tbody tr").size());
    long meaningful = comparison.itemChanges().stream().filter(c -> c.attribute().isPresent() && c.isMeaningful())
        .count();
    assertEquals(meaningful, doc.select("#group-items-table tbody tr").size());
    assertTrue(meaningful > 0, "the executives' items rose");
    String itemsText = doc.getElementById("items").text();
    assertTrue(itemsText.contains("Their text, keying or dimension changed: " + first.id()), itemsText);
    assertTrue(itemsText.contains("Groups: " + meaningful + " meaningful item change(s) of "), itemsText);
  }

  @Test
  void namesAreEscapedNothingIsLoadedAndAReportAgainstItselfSaysSo() {
    AlignmentReport hostile = SampleReports.hostile();
    Document doc = Jsoup.parse(HtmlReport.withDefaults().renderComparison(
        ReportComparison.of(hostile, INSTRUMENT, hostile, INSTRUMENT)));
    assertTrue(doc.select("script, img, b").isEmpty());
    assertTrue(doc.select("[src]").isEmpty());
    assertTrue(doc.title().contains(SampleReports.HOSTILE_ORGANIZATION.replace("\u0007", "\\x07")), doc.title());
    assertEquals(HtmlReport.CONTENT_SECURITY_POLICY,
        doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    assertTrue(doc.getElementById("findings").text().contains("No meaningful decline or improvement."));
    assertThrows(InvalidValueException.class, () -> HtmlReport.withDefaults().renderComparison(null));
  }
}
