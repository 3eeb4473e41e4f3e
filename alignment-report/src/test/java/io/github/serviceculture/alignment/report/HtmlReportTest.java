package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final List<String> SECTIONS = List.of("summary", "dimensions", "groups", "gaps", "engagement",
      "reliability", "items", "priorities", "findings", "metadata");

  private final AlignmentReport report = SampleReports.sample();
  private final String html = HtmlReport.withDefaults().render(report);
  private final Document doc = Jsoup.parse(html);

  @Test
  void theSectionsComeInTheOrderAReaderNeedsThem() {
    assertEquals(SECTIONS, doc.select("main > section").eachAttr("id"));
    assertEquals(1, doc.select("h1").size());
    for (String id : SECTIONS) {
      Element section = doc.getElementById(id);
      assertEquals(id + "-h", section.selectFirst("h2").id(), id);
      assertEquals(id + "-h", section.attr("aria-labelledby"), id);
    }
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertTrue(doc.title().equals("Service culture alignment report: Larkspur Outfitters"), doc.title());
  }

  @Test
  void aReportRankedAgainstNormsShowsWhereEachDimensionStandsBeforeTheReliability() {
    // Norms of one organization, set on purpose: the sample ranks at the top of a norm of itself.
    Norms.Accumulator accumulator = Norms.accumulator(
        io.github.serviceculture.alignment.survey.DefaultInstrument.instrument(), 1);
    accumulator.add(report);
    AlignmentReport ranked = accumulator.result().rank(report);
    Document page = Jsoup.parse(HtmlReport.withDefaults().render(ranked));
    List<String> sections = page.select("main > section").eachAttr("id");
    assertEquals(sections.indexOf("reliability") - 1, sections.indexOf("standings"), sections.toString());
    Element table = page.getElementById("standings-table");
    assertEquals(ranked.standings().orElseThrow().dimensions().size(), table.select("tbody tr").size());
    assertTrue(table.text().contains("100"), table.text());
    assertTrue(table.text().contains("4 of 4"), table.text());
    assertFalse(sections.contains("standings") && doc.getElementById("standings") != null,
        "an unranked report has no standings section");
  }

  @Test
  void theHeadlineGivesTheIndexAndTheWeakestPointWithItsFirstStep() {
    Element summary = doc.getElementById("summary");
    String index = String.format(java.util.Locale.ROOT, "%.0f", report.alignmentIndex().value());
    assertTrue(summary.text().contains("Alignment index " + index + " / 100"), summary.text());
    String weakest = report.weakestDimension().orElseThrow().name();
    assertTrue(summary.text().toUpperCase(java.util.Locale.ROOT).contains(weakest), summary.text());
    Finding first = report.findings().stream().filter(f -> f.dimension() == report.weakestDimension().get())
        .findFirst().orElseThrow();
    assertEquals("First step: " + first.recommendation(), summary.selectFirst("p.todo").text());
  }

  @Test
  void theDriversSectionComesAfterEngagementWithARowPerDimension() {
    AlignmentReport withDrivers = SampleReports.withDrivers("ENG_STATE", 240);
    Document page = Jsoup.parse(HtmlReport.withDefaults().render(withDrivers));
    List<String> sections = page.select("main > section").eachAttr("id");
    assertEquals(sections.indexOf("engagement") + 1, sections.indexOf("drivers"), sections::toString);
    var drivers = withDrivers.perceptions().orElseThrow().drivers().orElseThrow();
    List<Element> rows = page.select("#drivers-table tbody tr");
    assertEquals(drivers.dimensions().size(), rows.size());
    int i = 0;
    for (var e : drivers.dimensions().entrySet()) {
      Element row = rows.get(i++);
      assertEquals(String.format(java.util.Locale.ROOT, "%.2f", e.getValue().share().value()),
          row.select("td").get(0).text());
      boolean key = withDrivers.findings().stream().anyMatch(f -> f.ruleId().equals(e.getKey() + ".KEY_DRIVER"));
      assertEquals(key ? "key driver" : "", row.select("td").last().text());
    }
    assertEquals("What drives ENG_STATE", page.getElementById("drivers-h").text());
  }

  @Test
  void theBandsThresholdsComeFromThePolicy() {
    ScoringPolicy policy = ScoringPolicy.builder().alignedAt(80).driftingAt(40).build();
    Document other = Jsoup.parse(HtmlReport.of(policy).render(report));
    assertTrue(other.getElementById("dimensions").selectFirst("p.lead").text()
        .contains("aligned from 80, drifting from 40"));
    List<String> thresholds = other.select("#practice-chart .thresholds text").eachText();
    assertEquals(List.of("40", "80"), thresholds);
  }

  @Test
  void everyChartHasATitleADescriptionAndATableBehindIt() {
    List<Element> charts = doc.select("svg");
    assertEquals(List.of("practice-chart", "heat-map", "gap-chart", "engagement-chart"), charts.stream()
        .map(Element::id).collect(Collectors.toList()));
    for (Element svg : charts) {
      assertEquals("title", svg.child(0).tagName(), svg.id());
      assertEquals("desc", svg.child(1).tagName(), svg.id());
      assertFalse(svg.child(0).text().isBlank(), svg.id());
      assertEquals(svg.id() + "-title " + svg.id() + "-desc", svg.attr("aria-labelledby"));
      assertEquals("img", svg.attr("role"));
      Element figure = svg.parent();
      Element next = figure.nextElementSibling();
      assertTrue(next != null && next.selectFirst("table") != null, svg.id() + " has no table after it");
    }
  }

  @Test
  void aSuppressedCellIsNeitherColouredNorSizedAndSaysWhy() {
    List<Element> suppressed = doc.select("#heat-map .cells rect.suppressed");
    List<Element> cells = doc.select("#heat-map .cells rect");
    assertTrue(suppressed.size() >= 1, "the sample hides a department's training figures");
    for (Element rect : suppressed) {
      assertFalse(rect.className().contains("heat-"), "a suppressed cell takes no colour class");
      assertFalse(rect.hasAttr("fill") || rect.hasAttr("style"), "nor a colour of its own");
      assertEquals(cells.get(0).attr("width"), rect.attr("width"));
      assertEquals(cells.get(0).attr("height"), rect.attr("height"));
      assertTrue(rect.selectFirst("title").text().endsWith("suppressed under the anonymity threshold"));
      Element label = rect.nextElementSibling();
      assertEquals("A", label.text());
      assertFalse(label.text().matches(".*\\d.*"), "no figure in a suppressed cell");
    }
    assertTrue(doc.select("#heat-map .legend").text().contains("Suppressed under the anonymity threshold"));
    assertTrue(doc.getElementById("heat-table").text().contains("A: suppressed under the anonymity threshold"));
  }

  @Test
  void theGapsAreAForestPlotWithIntervals() {
    long levelGaps = report.perceptions().orElseThrow().gaps().stream()
        .filter(g -> g.attribute().equals("level")).count();
    assertEquals(levelGaps, doc.select("#gap-chart rect.gap").size());
    assertEquals(levelGaps, doc.select("#gap-chart line.whisker").size());
    assertEquals(levelGaps, doc.select("#gaps-table tbody tr").size());
  }

  @Test
  void reliabilityAndAgreementAreReadInPlainWords() {
    List<Element> rows = doc.select("#reliability-table tbody tr");
    assertEquals(report.dimensions().size(), rows.size());
    for (Element row : rows) {
      assertTrue(row.child(3).text().matches("(Excellent|Good|Acceptable|Questionable|Poor|Unacceptable): .*"),
          row.text());
      assertTrue(row.child(5).text().matches("(Very strong|Strong|Moderate|Weak|No real) agreement: .*"),
          row.text());
    }
  }

  @Test
  void everyFindingIsShownWithItsEvidenceAndRecommendation() {
    List<Element> articles = doc.select("#findings article.finding");
    assertEquals(report.findings().size(), articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Finding f = report.findings().get(i);
      Element a = articles.get(i);
      assertTrue(a.selectFirst("h3").text().contains(f.ruleId()), f.ruleId());
      assertEquals(f.message(), a.selectFirst("h3 + p").text());
      assertEquals(f.evidence().size(), a.select("table.evidence tbody tr").size());
      assertEquals("What to do: " + f.recommendation(), a.selectFirst("p.todo").text());
    }
    assertEquals(report.priorities().size(), doc.select("#priorities ol > li").size());
  }

  @Test
  void theMetadataNamesTheInstrumentPolicyAndLibrary() {
    String facts = doc.getElementById("metadata").text();
    assertTrue(facts.contains(report.metadata().policyFingerprint()), facts);
    assertTrue(facts.contains(report.metadata().libraryVersion()), facts);
    assertTrue(facts.contains(report.metadata().instrumentId().orElseThrow()), facts);
    assertTrue(facts.contains("Rules evaluated (" + report.metadata().rulesEvaluated().size() + ")"), facts);
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() throws Exception {
    assertTrue(doc.select("script, link, iframe, object, embed, img, base, form, [src], [href]").isEmpty(),
        () -> doc.select("script, link, iframe, object, embed, img, base, form, [src], [href]").toString());
    assertTrue(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
        .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style")), "no handler, no inline style");
    Element style = doc.selectFirst("head > style");
    assertFalse(style.data().contains("url(") || style.data().contains("@import"), "no fetched resource in CSS");
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none'; "), csp);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.data().getBytes(StandardCharsets.UTF_8));
    assertTrue(csp.contains("style-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"),
        "the style sheet is allowed by its own hash: " + csp);
    assertFalse(csp.contains("unsafe"), csp);
  }

  @Test
  void thePrintStylesheetAndTheNarrowLayoutAreThere() {
    String css = doc.selectFirst("head > style").data();
    assertTrue(css.contains("@media print"), "print stylesheet");
    assertTrue(css.contains("@page"), "page margins for A4 and Letter alike");
    assertTrue(css.contains("@media (max-width: 30rem)"), "narrow screens");
    assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
  }

  @Test
  void theItemTableShowsEachReleasedItemsScoreAndSharesUnderItsDimension() {
    PerceptionReport perceptions = report.perceptions().orElseThrow();
    assertFalse(perceptions.items().isEmpty(), "the sample releases item figures");
    Element table = doc.getElementById("items-table");
    for (ItemResult item : perceptions.items()) {
      Element row = table.select("tbody tr").stream()
          .filter(r -> r.select("td").get(0).text().equals(item.itemId())).findFirst().orElseThrow();
      List<String> cells = row.select("td").stream().map(Element::text).collect(Collectors.toList());
      assertEquals(String.valueOf(item.n()), cells.get(1), item.itemId());
      assertEquals(String.format(Locale.ROOT, "%.0f", item.score().value()), cells.get(2), item.itemId());
      assertEquals(String.format(Locale.ROOT, "%.0f %%", 100 * item.favourableShare().value()), cells.get(3));
      assertEquals(String.format(Locale.ROOT, "%.0f %%", 100 * item.unfavourableShare().value()), cells.get(5));
      assertEquals(item.reverseKeyed(), cells.get(6).startsWith("reverse keyed"), item.itemId());
    }
    for (Dimension d : perceptions.itemsNotReported().keySet()) {
      assertTrue(table.text().contains("items not reported: " + perceptions.itemsNotReported().get(d).description()),
          d.toString());
    }
  }

  @Test
  void aReportOfPracticesAloneSaysItHasNoSurvey() {
    AlignmentReport practices = AlignmentEngine.withDefaults().assess(Assessment.builder()
        .practices(Organization.builder().name("Acme").build()).build());
    Document page = Jsoup.parse(HtmlReport.withDefaults().render(practices));
    assertEquals(List.of("summary", "dimensions", "reliability", "priorities", "findings", "metadata"),
        page.select("main > section").eachAttr("id"));
    assertTrue(page.getElementById("dimensions").text().contains("no survey"));
    assertEquals(1, page.select("svg").size());
  }

  @Test
  void writeGivesTheSamePageAsRender() {
    StringWriter out = new StringWriter();
    HtmlReport.withDefaults().write(report, out);
    assertEquals(html, out.toString());
  }

  @Test
  void nullArgumentsAreInvalidValues() {
    assertEquals("report", assertThrows(InvalidValueException.class,
        () -> HtmlReport.withDefaults().render(null)).field());
    assertEquals("out", assertThrows(InvalidValueException.class,
        () -> HtmlReport.withDefaults().write(report, null)).field());
    assertEquals("policy", assertThrows(InvalidValueException.class, () -> HtmlReport.of(null)).field());
  }
}
