package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Names from the input that would break the page if written raw: each must come out as text where it
 * belongs, and the page's structure must be exactly that of a report with harmless names.
 */
class HtmlEscapingTest {
  private final AlignmentReport hostile = SampleReports.hostile();
  private final String html = HtmlReport.withDefaults().render(hostile);
  private final Document doc = Jsoup.parse(html);

  @Test
  void noElementComesFromTheInput() {
    assertTrue(doc.select("script, img, b, iframe").isEmpty(), () -> doc.select("script, img, b").toString());
    assertTrue(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
        .noneMatch(a -> a.getKey().startsWith("on")), "no event handler attribute");
    Document plain = Jsoup.parse(HtmlReport.withDefaults().render(SampleReports.harmlessTwin()));
    // Same tags in the same numbers as with harmless names: nothing was opened or closed by a name.
    assertEquals(tagCounts(plain), tagCounts(doc));
  }

  @Test
  void theOrganizationIsShownAsTextWithControlCharactersVisible() {
    String shown = SampleReports.HOSTILE_ORGANIZATION.replace("\u0007", "\\x07");
    assertEquals("Service culture alignment report: " + shown, doc.title());
    assertEquals("Service culture alignment report: " + shown, doc.selectFirst("h1").text());
    assertTrue(doc.getElementById("metadata").text().contains(shown));
    assertFalse(html.contains("\u0007"), "no raw control character in the page");
  }

  @Test
  void aHostileGroupNameStaysInsideItsSvgTextAndTableCell() {
    String group = "department: " + SampleReports.HOSTILE_DEPARTMENT;
    List<String> heatLabels = doc.select("#heat-map text.row-label").eachText();
    assertTrue(heatLabels.stream().anyMatch(l -> l.startsWith("department: <img src=x")), heatLabels::toString);
    assertTrue(doc.select("#heat-table tbody th").eachText().contains(group));
    assertTrue(doc.select("#engagement-table tbody th").eachText().contains(group));
    // Every chart is still whole: its last child is its own last group, not text a name left behind.
    for (Element svg : doc.select("svg")) {
      assertEquals("g", svg.child(svg.childrenSize() - 1).tagName(), svg.id());
    }
  }

  @Test
  void aGroupTooSmallToReportIsNeverNamed() {
    assertFalse(doc.text().contains(SampleReports.HOSTILE_SMALL_DEPARTMENT), "hidden group named in the page");
    assertFalse(html.contains("alert(2)"), "not even escaped");
  }

  @Test
  void findingTextsThatQuoteTheInputAreEscaped() {
    List<Element> articles = doc.select("#findings article.finding");
    for (int i = 0; i < articles.size(); i++) {
      Finding f = hostile.findings().get(i);
      assertEquals(f.message(), articles.get(i).selectFirst("h3 + p").text());
      for (int e = 0; e < f.evidence().size(); e++) {
        Element row = articles.get(i).select("table.evidence tbody tr").get(e);
        assertEquals(f.evidence().get(e).reference(), row.child(1).text());
        assertEquals(f.evidence().get(e).value(), row.child(2).text());
      }
    }
    assertTrue(hostile.findings().stream().anyMatch(f -> f.message().contains("<script>x</script>")
        || f.evidence().stream().anyMatch(e -> e.reference().contains("<script>x</script>"))),
        "the goal's statement is quoted by some finding, so this test sees it");
  }

  private static java.util.Map<String, Long> tagCounts(Document d) {
    return d.select("*").stream().collect(java.util.stream.Collectors.groupingBy(Element::tagName,
        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }
}
