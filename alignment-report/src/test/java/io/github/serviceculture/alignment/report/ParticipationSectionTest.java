package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The participation sections of the text and HTML reports. */
class ParticipationSectionTest {
  private static final AlignmentReport REPORT = SampleReports.withHeadcounts();

  @Test
  void theFixtureWithholdsTheSmallAndTheEmptyGroupsRates() {
    Participation p = REPORT.perceptions().orElseThrow().participation().orElseThrow();
    assertEquals(0.8, p.organization().orElseThrow().rate().getAsDouble(), 1e-15);
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), p.groups().get(2).notReported());
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), p.groups().get(3).notReported());
  }

  @Test
  void theTextReportListsEachRateOrADashWithTheReason() {
    String text = TextReport.render(REPORT);
    List<String> lines = Arrays.asList(text.split("\n"));
    int start = lines.indexOf("Participation (respondents of headcount)");
    assertTrue(start > 0, text);
    List<String> section = lines.subList(start + 1, start + 6);
    assertTrue(section.get(0).matches("  organization +240 of 300 +80%"), section.get(0));
    assertTrue(section.get(1).matches("  department=stores +\\d+ of 200 +\\d+%"), section.get(1));
    assertTrue(section.get(3).matches("  department=.* +- of - +-  suppressed under the anonymity threshold"),
        section.get(3));
    assertTrue(section.get(4).matches("  department=nobody <i>here</i> +- of - +-  suppressed under the anonymity"
        + " threshold"), section.get(4));
    assertTrue(lines.stream().allMatch(l -> l.length() <= TextReport.MAX_LINE));
    assertFalse(TextReport.render(SampleReports.sample()).contains("Participation"), "no headcounts, no section");
  }

  @Test
  void theHtmlReportHasAParticipationTableWhoseWithheldRowsHoldNoFigure() {
    String html = HtmlReport.withDefaults().render(REPORT);
    Matcher table = Pattern.compile("<table id=\"participation-table\">(.*?)</table>", Pattern.DOTALL).matcher(html);
    assertTrue(table.find(), "no participation table");
    List<String> rows = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1)).results()
        .map(m -> m.group(1)).collect(Collectors.toList());
    assertEquals(6, rows.size(), "a header row and five rates");
    assertTrue(rows.get(1).contains("<td class=\"num\">300</td><td class=\"num\">240</td><td class=\"num\">80%</td>"),
        rows.get(1));
    for (int i : new int[] {4, 5}) {
      assertTrue(rows.get(i).contains("<td class=\"num\">-</td><td class=\"num\">-</td><td class=\"num\">-</td>"),
          rows.get(i));
      assertTrue(rows.get(i).contains("suppressed under the anonymity threshold"), rows.get(i));
    }
    assertFalse(html.contains("<i>here</i>"), "a name from the input is escaped");
    assertFalse(HtmlReport.withDefaults().render(SampleReports.sample()).contains("id=\"participation\""));
  }
}
