package io.github.serviceculture.alignment.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgTest {
  @Test
  void textAndAttributeValuesAreEscaped() {
    Svg svg = Svg.chart("c", 10, 10, "a </title><script>x</script>", "d \" ' & </svg>");
    svg.root().label(1, 2, "start", "</text></svg><b>bold</b>").cls("x\" onload=\"alert(1)");
    String markup = svg.toString();
    assertTrue(markup.contains("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;"), markup);
    assertTrue(markup.contains("class=\"x&#34; onload=&#34;alert(1)\""), markup);
    Document doc = Jsoup.parse("<body>" + markup + "</body>");
    Element root = doc.selectFirst("svg");
    assertEquals(3, root.childrenSize(), "title, desc, text and nothing else");
    assertEquals("</text></svg><b>bold</b>", root.selectFirst("text").text());
    assertEquals("x\" onload=\"alert(1)", root.selectFirst("text").attr("class"));
    assertTrue(doc.select("script, b").isEmpty());
  }

  @Test
  void theMarkupIsWellFormedXml() {
    Svg svg = Svg.chart("c", 100, 50, "t", "d");
    Svg.Node g = svg.root().group("marks");
    g.rect(1, 2, 3, 4).title("a < b");
    g.circle(5, 5, 2);
    g.polygon(0, 0, 1, 1, 2, 0);
    Document xml = Jsoup.parse(svg.toString(), "", Parser.xmlParser());
    assertEquals(List.of("svg", "title", "desc", "g", "rect", "title", "circle", "polygon"),
        xml.select("*").stream().skip(1).map(Element::tagName).collect(java.util.stream.Collectors.toList()));
    assertEquals("0,0 1,1 2,0", xml.selectFirst("polygon").attr("points"));
    assertEquals("c-title c-desc", xml.selectFirst("svg").attr("aria-labelledby"));
  }

  @Test
  void namesFromAnywhereButThisCodeAreRefused() {
    Svg svg = Svg.chart("c", 1, 1, "t", "d");
    assertThrows(IllegalArgumentException.class, () -> svg.root().attr("onload x", "1"));
    assertThrows(IllegalArgumentException.class, () -> new Svg.Node("script>"));
    assertThrows(IllegalStateException.class, () -> svg.root().label(0, 0, "start", "t").add(new Svg.Node("g")));
  }

  @Test
  void numbersAreShortAndLocaleFree() {
    assertEquals("12", Svg.number(12.0));
    assertEquals("12.5", Svg.number(12.5));
    assertEquals("0.33", Svg.number(1 / 3.0));
    assertEquals("0", Svg.number(-0.001));
    assertEquals("-4.25", Svg.number(-4.25));
    assertEquals("-0.5", Svg.number(-0.5));
    assertEquals("610", Svg.number(610.004));
    assertEquals("1.01", Svg.number(1.006));
    assertEquals("100", Svg.number(99.999));
  }

  @Test
  void theHeatMapDrawsEveryCellTheSameSizeAndNeverColoursAHiddenOne() {
    List<Charts.Cell> cells = List.of(new Charts.Cell(OptionalDouble.of(10), "", ""),
        new Charts.Cell(OptionalDouble.empty(), "A", "suppressed"), new Charts.Cell(OptionalDouble.of(95), "", ""));
    Svg svg = Charts.heatMap(List.of("X", "Y", "Z"), List.of(new Charts.HeatRow("g", "g", cells)),
        List.of(new Charts.Code("A", "Suppressed")));
    Document doc = Jsoup.parse("<body>" + svg + "</body>");
    List<Element> rects = doc.select(".cells rect");
    assertEquals(List.of("cell heat-0", "cell suppressed", "cell heat-4"), rects.stream().map(Element::className)
        .collect(java.util.stream.Collectors.toList()));
    assertEquals(1, rects.stream().map(r -> r.attr("width") + "x" + r.attr("height")).distinct().count());
    assertEquals(List.of("g", "10", "A", "95"), doc.select(".cells text").eachText());
  }

  @Test
  void theColourStepsCoverZeroToOneHundred() {
    assertEquals(0, Charts.step(0));
    assertEquals(0, Charts.step(19.9));
    assertEquals(1, Charts.step(20));
    assertEquals(4, Charts.step(80));
    assertEquals(4, Charts.step(100));
  }

  @Test
  void theForestPlotIsSymmetricAroundZeroAndCoversEveryInterval() {
    Svg svg = Charts.forest(List.of(new Charts.Gap("a", OptionalDouble.of(22), OptionalDouble.of(15),
        OptionalDouble.of(31), "+22"), new Charts.Gap("b", OptionalDouble.of(-3), OptionalDouble.empty(),
        OptionalDouble.empty(), "-3")), 15, "95 %");
    Document doc = Jsoup.parse("<body>" + svg + "</body>");
    assertEquals(List.of("-40 pt", "-20 pt", "0 pt", "+20 pt", "+40 pt"), doc.select(".axis text").eachText());
    assertEquals(1, doc.select("line.whisker").size(), "no whisker without an interval");
    assertEquals(2, doc.select("rect.gap").size());
    Element zero = doc.selectFirst("line.zero");
    assertEquals(zero.attr("x1"), doc.select(".axis line").get(3).attr("x1"), "zero line at the middle tick");
  }
}
