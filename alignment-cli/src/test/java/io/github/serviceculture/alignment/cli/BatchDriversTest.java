package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.stats.Estimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --outcome}: the drivers analysis of an item or of a column of its own, and drivers.csv. */
class BatchDriversTest {
  @TempDir
  Path dir;

  @Test
  void anItemOutcomeGivesEachOrganizationsDriversInTheReportAndInDriversCsv() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--outcome", "ENG_STATE");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> rows = BatchCsvTest.table(out.resolve(BatchOutput.DRIVERS_CSV));
    assertEquals(3 * 6, rows.size(), "one row per organization and dimension");
    int defined = 0;
    for (Map<String, String> organization : BatchCsvTest.table(out.resolve("organizations.csv"))) {
      AlignmentReport report = AlignmentJson.withDefaults()
          .readReport(Files.readString(out.resolve(organization.get("report"))));
      Drivers drivers = report.perceptions().orElseThrow().drivers().orElseThrow();
      List<Map<String, String>> mine = rows.stream()
          .filter(r -> r.get("organization").equals(organization.get("organization"))).toList();
      assertEquals(drivers.dimensions().size(), mine.size());
      int i = 0;
      for (var e : drivers.dimensions().entrySet()) {
        Map<String, String> row = mine.get(i++);
        DriverFigures figures = e.getValue();
        assertEquals(e.getKey().name(), row.get("dimension"));
        assertEquals("ENG_STATE", row.get("outcome"));
        assertEquals("ITEM", row.get("outcome_source"));
        assertEquals(drivers.respondents().isPresent() ? String.valueOf(drivers.respondents().getAsInt()) : "",
            row.get("respondents"));
        same(row, "r_squared", drivers.rSquared());
        same(row, "r_squared_lower", drivers.rSquaredLower());
        same(row, "share", figures.share());
        same(row, "relative_share", figures.relativeShare());
        same(row, "beta", figures.beta());
        same(row, "share_lower", figures.shareLower());
        same(row, "share_upper", figures.shareUpper());
        assertEquals("200", row.get("resamples"));
        assertEquals(String.valueOf(report.findings().stream()
            .anyMatch(f -> f.ruleId().equals(e.getKey().name() + ".KEY_DRIVER"))), row.get("key_driver"));
      }
      defined += drivers.rSquared().isDefined() ? 1 : 0;
    }
    // 60, 45 and 30 respondents against the default minimum of 50.
    assertEquals(1, defined, "only the largest organization has enough complete respondents");
  }

  @Test
  void aColumnThatIsNoItemIsReadAsEachRespondentsOutcome() throws IOException {
    List<String> lines = new ArrayList<>(List.of(SampleData.surveyCsv(SampleData.SAMPLE).split("\n")));
    lines.set(0, lines.get(0) + ",nps");
    for (int i = 1; i < lines.size(); i++) {
      // A number per respondent, the first two cells missing (empty and NA).
      lines.set(i, lines.get(i) + "," + (i == 1 ? "" : i == 2 ? "NA" : String.valueOf(i % 11)));
    }
    Path input = SampleData.write(dir.resolve("survey.csv"), String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--outcome", "nps",
        "--drivers-minimum", "20", "--drivers-resamples", "50", "--drivers-seed", "7");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> rows = BatchCsvTest.table(out.resolve(BatchOutput.DRIVERS_CSV));
    assertEquals(3 * 6, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.get("outcome_source").equals("RESPONDENT_VALUE")
        && r.get("outcome").equals("nps") && r.get("resamples").equals("50") && r.get("seed").equals("7")));
    assertTrue(rows.stream().allMatch(r -> !r.get("r_squared").isEmpty()), "30 or more respondents each, above 20");
    assertEquals(List.of(), BatchCsvTest.table(out.resolve("rejected.csv")));
  }

  @Test
  void withoutAnOutcomeDriversCsvHasItsHeaderOnly() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
    Path out = dir.resolve("out");
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", out.toString()).exitCode());
    List<String> lines = Files.readAllLines(out.resolve(BatchOutput.DRIVERS_CSV));
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("organization,assessed_on,outcome,outcome_source,respondents,r_squared,"));
  }

  @Test
  void anOutcomeColumnMissingFromTheFileIsAnError() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString(), "--outcome", "nps");
    assertFalse(run.exitCode() == AlignmentCli.OK);
    assertTrue(run.err().contains("nps"), run.err());
  }

  private static void same(Map<String, String> row, String column, Estimate e) {
    if (e.isDefined()) {
      assertEquals(Double.doubleToLongBits(e.value()), Double.doubleToLongBits(Double.parseDouble(row.get(column))),
          column);
      assertEquals("", row.get(column + "_undefined"));
    } else {
      assertEquals("", row.get(column), column);
      assertEquals(e.undefinedReason().orElseThrow().name(), row.get(column + "_undefined"), column);
    }
  }
}
