package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report in a real browser: Debian's {@code chromium}, headless, the pages loaded from
 * {@code file://} with the network refused. The screenshots and PDFs are left in {@code
 * target/browser/} to look at. Without a browser the tests are skipped with the reason; {@code .ci/run}
 * installs one and fails on any skipped test.
 */
class BrowserTest {
  private static final List<String> SECTIONS = List.of("summary", "dimensions", "groups", "gaps", "engagement",
      "reliability", "items", "priorities", "findings", "metadata");
  private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
  private static Chromium browser;
  private static String sample;
  private static String hostile;
  private static String index;
  private static String comparison;
  private static String participation;

  @BeforeAll
  static void start() throws Exception {
    Path executable = Chromium.executable().orElse(null);
    Assumptions.assumeTrue(executable != null,
        "no chromium on PATH (apt-get install chromium, or -Dalignment.chromium=PATH): browser tests skipped");
    Files.createDirectories(OUT);
    sample = write("sample-report.html", HtmlReport.withDefaults().render(SampleReports.sample()));
    hostile = write("hostile-report.html", HtmlReport.withDefaults().render(SampleReports.hostile()));
    index = write("index.html", HtmlReport.withDefaults().renderIndex(List.of(
        IndexEntry.of(SampleReports.sample(), "sample-report.html"),
        IndexEntry.of(SampleReports.hostile(), "hostile-report.html"))));
    io.github.serviceculture.alignment.survey.Instrument instrument =
        io.github.serviceculture.alignment.survey.DefaultInstrument.instrument();
    comparison = write("comparison.html", HtmlReport.withDefaults().renderComparison(
        io.github.serviceculture.alignment.scoring.ReportComparison.of(SampleReports.hostile(), instrument,
            SampleReports.hostile(), instrument)));
    participation = write("participation-report.html", HtmlReport.withDefaults().render(
        SampleReports.withHeadcounts()));
    browser = Chromium.start(executable);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private static String write(String name, String html) throws Exception {
    Path file = OUT.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file.toUri().toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {360, 390, 1280})
  void theSampleRendersWholeAtEveryWidthWithoutRequestsOrErrors(int width) throws Exception {
    Chromium.Page page = browser.open(width, 900);
    page.load(sample);

    List<String> sections = new ArrayList<>();
    page.evaluate("[...document.querySelectorAll('main > section')].map(s => s.id)")
        .forEach(n -> sections.add(n.asText()));
    assertEquals(SECTIONS, sections);
    for (String id : SECTIONS) {
      assertTrue(page.evaluate("document.getElementById('" + id + "').getBoundingClientRect().height > 0")
          .asBoolean(), id + " is not displayed");
    }
    int overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth").asInt();
    assertEquals(0, overflow, "the page scrolls sideways at " + width + " px");
    // The style sheet is applied, so the CSP hash matched it: viridis' darkest step and the layout width.
    assertEquals("rgb(68, 1, 84)", page.evaluate(
        "getComputedStyle(document.querySelector('#heat-map .legend .heat-0')).fill").asText());
    assertEquals(0, page.evaluate("[...document.querySelectorAll('#heat-map .cells rect.suppressed')]"
        + ".filter(r => /\\d/.test(r.nextElementSibling.textContent)).length").asInt(),
        "a suppressed cell shows a figure");
    assertTrue(page.evaluate("document.querySelectorAll('#heat-map .cells rect.suppressed').length").asInt() > 0);
    JsonNode overlaps = page.evaluate(OVERLAPS);
    assertEquals(0, overlaps.size(), () -> "overlapping chart labels at " + width + " px: " + overlaps);

    assertOnlyTheFileWasRequested(page, sample);
    assertNoErrors(page);

    byte[] png = screenshot(page);
    Files.write(OUT.resolve("sample-report-" + width + ".png"), png);
    assertEquals(width, ByteBuffer.wrap(png, 16, 4).getInt(), "screenshot width");
  }

  @Test
  void hostileNamesRunNothingAndBreakNothingInTheBrowser() throws Exception {
    Chromium.Page page = browser.open(1280, 900);
    page.load(hostile);
    assertEquals(0, page.evaluate("document.querySelectorAll('script, img, iframe, b').length").asInt());
    assertEquals("Service culture alignment report: "
        + SampleReports.HOSTILE_ORGANIZATION.replace("\u0007", "\\x07"), page.evaluate("document.title").asText());
    assertEquals(4, page.evaluate("document.querySelectorAll('svg').length").asInt());
    assertEquals(SECTIONS.size(), page.evaluate("document.querySelectorAll('main > section').length").asInt());
    assertTrue(page.events("Page.javascriptDialogOpening").isEmpty(), "a dialog opened");
    assertOnlyTheFileWasRequested(page, hostile);
    assertNoErrors(page);
  }

  @ParameterizedTest
  @ValueSource(ints = {360, 1280})
  void theIndexRendersWithoutOverflowRequestsOrErrors(int width) throws Exception {
    Chromium.Page page = browser.open(width, 900);
    page.load(index);
    assertEquals(2, page.evaluate("document.querySelectorAll('#by-name-table a').length").asInt());
    assertEquals(0, page.evaluate("document.documentElement.scrollWidth - window.innerWidth").asInt());
    JsonNode overlaps = page.evaluate(OVERLAPS);
    assertEquals(0, overlaps.size(), () -> "overlapping chart labels: " + overlaps);
    assertOnlyTheFileWasRequested(page, index);
    assertNoErrors(page);
    Files.write(OUT.resolve("index-" + width + ".png"), screenshot(page));
  }

  @ParameterizedTest
  @ValueSource(ints = {360, 1280})
  void theComparisonRendersWithoutOverflowRequestsOrErrors(int width) throws Exception {
    Chromium.Page page = browser.open(width, 900);
    page.load(comparison);
    assertEquals(1, page.evaluate("document.querySelectorAll('#change-chart').length").asInt());
    assertEquals(0, page.evaluate("document.querySelectorAll('script, img, iframe, b').length").asInt());
    assertEquals(0, page.evaluate("document.documentElement.scrollWidth - window.innerWidth").asInt(),
        "the page scrolls sideways at " + width + " px");
    JsonNode overlaps = page.evaluate(OVERLAPS);
    assertEquals(0, overlaps.size(), () -> "overlapping chart labels: " + overlaps);
    assertOnlyTheFileWasRequested(page, comparison);
    assertNoErrors(page);
    Files.write(OUT.resolve("comparison-" + width + ".png"), screenshot(page));
  }

  @ParameterizedTest
  @ValueSource(ints = {360, 1280})
  void theParticipationSectionShowsNoFigureForAWithheldGroupAndRunsNothing(int width) throws Exception {
    Chromium.Page page = browser.open(width, 900);
    page.load(participation);
    assertTrue(page.evaluate("document.getElementById('participation').getBoundingClientRect().height > 0")
        .asBoolean(), "the participation section is not displayed");
    assertEquals(5, page.evaluate("document.querySelectorAll('#participation-table tbody tr').length").asInt());
    // The organization's row: a headcount, respondents and a rate.
    assertEquals("Organization|300|240|80%|", page.evaluate("[...document.querySelectorAll("
        + "'#participation-table tbody tr')[0].children].map(c => c.textContent).join('|')").asText());
    // The small hostile department (3 respondents) and the one nobody answered: no headcount and no figure.
    for (int row : new int[] {3, 4}) {
      String cells = page.evaluate("[...document.querySelectorAll('#participation-table tbody tr')[" + row
          + "].children].slice(1, 4).map(c => c.textContent).join('|')").asText();
      assertEquals("-|-|-", cells, "row " + row);
    }
    assertTrue(page.evaluate("document.querySelectorAll('#participation-table tbody tr')[3].textContent")
        .asText().contains(SampleReports.HOSTILE_SMALL_DEPARTMENT), "the hostile name is shown as text");
    assertEquals(0, page.evaluate("document.querySelectorAll('script, img, iframe, b, i').length").asInt());
    assertEquals(0, page.evaluate("document.documentElement.scrollWidth - window.innerWidth").asInt(),
        "the page scrolls sideways at " + width + " px");
    assertTrue(page.events("Page.javascriptDialogOpening").isEmpty(), "a dialog opened");
    assertOnlyTheFileWasRequested(page, participation);
    assertNoErrors(page);
    Files.write(OUT.resolve("participation-report-" + width + ".png"), screenshot(page));
  }

  @Test
  void itPrintsOnA4AndLetterOnASaneNumberOfPages() throws Exception {
    Chromium.Page page = browser.open(1280, 900);
    page.load(sample);
    for (Map.Entry<String, double[]> paper : Map.of("a4", new double[] {8.27, 11.69},
        "letter", new double[] {8.5, 11}).entrySet()) {
      JsonNode pdf = page.call("Page.printToPDF", Map.of("paperWidth", paper.getValue()[0],
          "paperHeight", paper.getValue()[1], "preferCSSPageSize", false));
      byte[] bytes = Base64.getDecoder().decode(pdf.get("data").asText());
      Files.write(OUT.resolve("sample-report-" + paper.getKey() + ".pdf"), bytes);
      int pages = pageCount(bytes);
      assertTrue(pages >= 4 && pages <= 30, paper.getKey() + ": " + pages + " pages");
    }
    assertNoErrors(page);
  }

  private static int pageCount(byte[] pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static byte[] screenshot(Chromium.Page page) throws Exception {
    JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    return Base64.getDecoder().decode(shot.get("data").asText());
  }

  private static void assertOnlyTheFileWasRequested(Chromium.Page page, String url) {
    List<String> requested = new ArrayList<>();
    for (JsonNode request : page.events("Network.requestWillBeSent")) {
      requested.add(request.path("request").path("url").asText());
    }
    assertEquals(List.of(url), requested, "requests other than the page itself");
    assertTrue(page.events("Network.loadingFailed").isEmpty(), () -> "failed loads: "
        + page.events("Network.loadingFailed"));
  }

  private static void assertNoErrors(Chromium.Page page) {
    assertTrue(page.events("Runtime.exceptionThrown").isEmpty(), () -> "exceptions: "
        + page.events("Runtime.exceptionThrown"));
    assertTrue(page.events("Runtime.consoleAPICalled").isEmpty(), () -> "console: "
        + page.events("Runtime.consoleAPICalled"));
    // CSP violations and resource errors are reported as log entries, not console calls.
    assertTrue(page.events("Log.entryAdded").isEmpty(), () -> "log: " + page.events("Log.entryAdded"));
  }

  /** Pairs of text labels in the same chart whose boxes overlap by more than a pixel each way. */
  private static final String OVERLAPS = String.join("\n",
      "(() => {",
      "  const found = [];",
      "  for (const svg of document.querySelectorAll('svg')) {",
      "    const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);",
      "    for (let i = 0; i < boxes.length; i++) {",
      "      for (let j = i + 1; j < boxes.length; j++) {",
      "        const [a, p] = boxes[i], [b, q] = boxes[j];",
      "        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);",
      "        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);",
      "        if (w > 1 && h > 1) found.push(svg.id + ': ' + a + ' / ' + b);",
      "      }",
      "    }",
      "  }",
      "  return found;",
      "})()");
}
