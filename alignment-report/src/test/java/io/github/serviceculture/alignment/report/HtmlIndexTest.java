package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlIndexTest {
  private final AlignmentReport sample = SampleReports.sample();
  private final AlignmentReport hostile = SampleReports.hostile();
  private final List<IndexEntry> entries = List.of(IndexEntry.of(sample, "reports/Larkspur.html"),
      IndexEntry.of(hostile, "reports/Acme.html"));
  private final Document doc = Jsoup.parse(HtmlReport.withDefaults().renderIndex(entries));

  @Test
  void theIndexListsEveryOrganizationWeakestFirstAndByNameWithLinks() {
    assertEquals(List.of("overview", "by-index", "by-name"), doc.select("main > section").eachAttr("id"));
    assertEquals("Alignment reports: 2 organizations", doc.title());
    List<Element> byIndex = doc.select("#by-index-table tbody tr");
    assertEquals(2, byIndex.size());
    double first = Double.parseDouble(byIndex.get(0).child(1).text());
    double second = Double.parseDouble(byIndex.get(1).child(1).text());
    assertTrue(first <= second, "weakest first");
    assertEquals(List.of("reports/Acme.html", "reports/Larkspur.html"),
        doc.select("#by-name-table a").eachAttr("href"), "by name: Acme before Larkspur");
    assertEquals(List.of("#by-index", "#by-name"), doc.select("nav a").eachAttr("href"));
    assertEquals(2, doc.select("#index-heat-map .cells text.row-label").size());
  }

  @Test
  void namesAreEscapedAndNothingIsLoaded() {
    assertTrue(doc.select("script, img, b").isEmpty());
    assertTrue(doc.select("#by-name-table a").eachText().contains(
        SampleReports.HOSTILE_ORGANIZATION.replace("\u0007", "\\x07")));
    assertTrue(doc.select("[src]").isEmpty());
    assertEquals(HtmlReport.CONTENT_SECURITY_POLICY,
        doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
  }

  @Test
  void theHeatMapKeepsTheWeakestSixtyAndTheTablesKeepAll() {
    List<IndexEntry> many = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      many.add(IndexEntry.of(sample, "reports/org-" + i + ".html"));
    }
    Document page = Jsoup.parse(HtmlReport.withDefaults().renderIndex(many));
    assertEquals(60, page.select("#index-heat-map .cells text.row-label").size());
    assertEquals(70, page.select("#by-name-table tbody tr").size());
    assertTrue(page.getElementById("overview").text().contains("The 60 weakest of 70 organizations"));
  }

  @Test
  void aLinkMustBeARelativePathBelowTheIndex() {
    for (String bad : new String[] {"javascript:alert(1)", "/etc/passwd", "../x.html", "a/../../x", "",
        "https://example.com/x", "a b.html", ".hidden", "-x"}) {
      assertEquals("link", assertThrows(InvalidValueException.class, () -> IndexEntry.of(sample, bad)).field(), bad);
    }
    assertEquals("reports/a-b_c.1.html", IndexEntry.of(sample, "reports/a-b_c.1.html").link());
    assertThrows(InvalidValueException.class, () -> HtmlReport.withDefaults().renderIndex(null));
  }
}
