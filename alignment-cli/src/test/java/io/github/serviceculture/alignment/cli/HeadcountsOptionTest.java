package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.perception.ResponseRate;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --headcounts}: the headcounts CSV, its errors (file, line, column; never a respondent count) and
 * participation.csv, on hand-computed cases under the default anonymity threshold of 5.
 */
class HeadcountsOptionTest {
  @TempDir
  Path dir;

  /** {@code count} rows of one department, each answering every item with {@code 1 + row % 5}. */
  private static void rows(List<String> out, String organization, String department, int count) {
    for (int i = 0; i < count; i++) {
      List<String> cells = new ArrayList<>(List.of(organization, organization.charAt(0) + department + i, department));
      for (Item item : DefaultInstrument.instrument().items()) {
        cells.add(String.valueOf(1 + (out.size() + item.id().length()) % 5));
      }
      out.add(String.join(",", cells));
    }
  }

  /** Acme: support 10, sales 8, ops 3 (21). Beta: support 6, sales 6 (12). */
  private Path survey() throws IOException {
    List<String> columns = new ArrayList<>(List.of("organization", "respondent", "department"));
    DefaultInstrument.instrument().items().forEach(i -> columns.add(i.id()));
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", columns));
    rows(lines, "Acme", "support", 10);
    rows(lines, "Acme", "sales", 8);
    rows(lines, "Acme", "ops", 3);
    rows(lines, "Beta", "support", 6);
    rows(lines, "Beta", "sales", 6);
    return SampleData.write(dir.resolve("survey.csv"), String.join("\n", lines) + "\n");
  }

  /** Acme alone. */
  private Path acme() throws IOException {
    List<String> all = Files.readAllLines(survey());
    List<String> lines = new ArrayList<>(all.subList(0, 22));
    return SampleData.write(dir.resolve("acme.csv"), String.join("\n", lines) + "\n");
  }

  private Path headcounts(String content) throws IOException {
    return SampleData.write(dir.resolve("headcounts.csv"), content);
  }

  private static final String BATCH_HEADCOUNTS = "organization,attribute,group,headcount\n"
      + "Acme,,,40\n"
      + "Acme,department,support,20\n"
      + "Acme,department,sales,10\n"
      + "Acme,department,ops,4\n"
      + "Acme,department,legal,2\n"
      + "Beta,department,sales,12\n"
      + "Beta,department,support,6\n";

  @Test
  void batchWritesParticipationCsvWithTheRatesTheRulesRelease() throws IOException {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", survey().toString(), "-o", out.toString(), "--headcounts",
        headcounts(BATCH_HEADCOUNTS).toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> rows = BatchCsvTest.table(out.resolve(BatchOutput.PARTICIPATION_CSV));
    List<String> expected = List.of(
        // Acme: 21 of 40; support 10 of 20; ops (3) under k; sales hidden with it (total − support − sales = ops);
        // legal, where nobody responded, like a small group; no withheld group's headcount is printed.
        "Acme,,,40,21,0.525,",
        "Acme,department,support,20,10,0.5,",
        "Acme,department,sales,,,,SUPPRESSED_COMPLEMENTARY",
        "Acme,department,ops,,,,SUPPRESSED_FOR_ANONYMITY",
        "Acme,department,legal,,,,SUPPRESSED_FOR_ANONYMITY",
        // Beta: no organization headcount given; 6 of 12 and 6 of 6.
        "Beta,department,sales,12,6,0.5,",
        "Beta,department,support,6,6,1.0,");
    List<String> actual = new ArrayList<>();
    for (Map<String, String> row : rows) {
      actual.add(String.join(",", row.get("organization"), row.get("attribute"), row.get("group"),
          row.get("headcount"), row.get("respondents"), row.get("response_rate"), row.get("not_reported_reason")));
    }
    assertEquals(expected, actual);
    assertEquals("organization,attribute,group,headcount,respondents,response_rate,not_reported_reason",
        Files.readAllLines(out.resolve(BatchOutput.PARTICIPATION_CSV)).get(0));
    // The report documents hold the same figures.
    AlignmentReport acme = AlignmentJson.withDefaults().readReport(Files.readString(out.resolve("reports/Acme.json")));
    Participation p = acme.perceptions().orElseThrow().participation().orElseThrow();
    assertEquals(0.525, p.organization().orElseThrow().rate().getAsDouble(), 1e-15);
    assertTrue(Files.readString(out.resolve("manifest.sha256")).contains(BatchOutput.PARTICIPATION_CSV));
  }

  @Test
  void withoutHeadcountsBatchWritesNoParticipationTable() throws IOException {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", survey().toString(), "-o", out.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertFalse(Files.exists(out.resolve(BatchOutput.PARTICIPATION_CSV)));
  }

  @Test
  void anOrganizationWithAReleasedGroupsHeadcountSmallerThanItsRespondentsIsRejectedNamingTheLineAndGroup()
      throws IOException {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", survey().toString(), "-o", out.toString(), "--headcounts",
        headcounts(BATCH_HEADCOUNTS.replace("Acme,department,support,20", "Acme,department,support,9")).toString());
    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(33, 12, 21);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve(BatchOutput.REJECTED_CSV));
    String reason = rejected.get(0).get("reason");
    assertTrue(reason.contains("headcounts.csv: line 3, column headcount: department=support"), reason);
    assertTrue(reason.contains("at least the number of the group's respondents"), reason);
    String afterPath = reason.substring(reason.indexOf("headcounts.csv"));
    assertFalse(afterPath.replace("line 3", "").matches(".*\\d.*"), "the respondent count must not appear: " + reason);
    List<Map<String, String>> rows = BatchCsvTest.table(out.resolve(BatchOutput.PARTICIPATION_CSV));
    assertTrue(rows.stream().allMatch(r -> r.get("organization").equals("Beta")), rows.toString());
  }

  @Test
  void aWithheldGroupsHeadcountIsNotCheckedSinceTheOutcomeWouldTellItsCount() throws IOException {
    // ops (3 respondents) is withheld: its headcount 2 is accepted as 4 is, and prints nowhere.
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", survey().toString(), "-o", out.toString(), "--headcounts",
        headcounts(BATCH_HEADCOUNTS.replace("Acme,department,ops,4", "Acme,department,ops,2")).toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> rows = BatchCsvTest.table(out.resolve(BatchOutput.PARTICIPATION_CSV));
    assertTrue(rows.stream().anyMatch(r -> r.get("group").equals("ops") && r.get("headcount").isEmpty()
        && r.get("not_reported_reason").equals("SUPPRESSED_FOR_ANONYMITY")), rows.toString());
  }

  @Test
  void scoreGivesTheReportResponseRatesFromAFileWithoutAnOrganizationColumn() throws IOException {
    Cli.Run run = Cli.run("score", "--responses", acme().toString(), "--headcounts",
        headcounts("attribute,group,headcount\n,,40\ndepartment,support,20\ndepartment,ops,4\n").toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    Participation p = AlignmentJson.withDefaults().readReport(run.out()).perceptions().orElseThrow()
        .participation().orElseThrow();
    assertEquals(21, p.organization().orElseThrow().respondents().getAsInt());
    ResponseRate support = p.groups().get(0);
    assertEquals(0.5, support.rate().getAsDouble(), 1e-15);
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), p.groups().get(1).notReported());
  }

  @Test
  void scoreUsesTheRowsOfTheOrganizationItScores() throws IOException {
    Cli.Run run = Cli.run("score", "--responses", survey().toString(), "--organization", "Beta", "--headcounts",
        headcounts(BATCH_HEADCOUNTS).toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    Participation p = AlignmentJson.withDefaults().readReport(run.out()).perceptions().orElseThrow()
        .participation().orElseThrow();
    assertEquals(Optional.empty(), p.organization());
    assertEquals(List.of(0.5, 1.0), p.groups().stream().map(g -> g.rate().getAsDouble()).toList());
  }

  @Test
  void scoreNamesAnOrganizationTheFileDoesNotHold() throws IOException {
    Cli.Run run = Cli.run("score", "--responses", acme().toString(), "--headcounts",
        headcounts("organization,attribute,group,headcount\nAcne,,,40\n").toString());
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("no row of organization 'Acme'") && run.err().contains("Acne"), run.err());
  }

  private Cli.Run scoreWith(String headcounts) throws IOException {
    return Cli.run("score", "--responses", acme().toString(), "--headcounts", headcounts(headcounts).toString());
  }

  @Test
  void aHeadcountThatIsNoWholePositiveNumberNamesTheLineAndColumn() throws IOException {
    for (String bad : List.of("twenty", "2.5", "0", "-3", "")) {
      Cli.Run run = scoreWith("attribute,group,headcount\n,,40\ndepartment,support," + bad + "\n");
      assertEquals(AlignmentCli.FATAL, run.exitCode(), bad + ": " + run.err());
      assertTrue(run.err().contains("headcounts.csv: line 3, column headcount: '" + bad + "' is not a headcount"),
          run.err());
    }
  }

  @Test
  void anUnknownColumnIsNamedWithItsPlace() throws IOException {
    Cli.Run run = scoreWith("attribute,group,headcont\ndepartment,support,20\n");
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("headcounts.csv: line 1, column 3: unknown column 'headcont'"), run.err());
    assertTrue(run.err().contains("headcount"), run.err());
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    Cli.Run run = scoreWith("attribute,group\ndepartment,support\n");
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("headcounts.csv: line 1: the column 'headcount' is missing"), run.err());
    // Batch needs the organization column.
    Cli.Run batch = Cli.run("batch", survey().toString(), "-o", dir.resolve("out").toString(), "--headcounts",
        headcounts("attribute,group,headcount\ndepartment,support,20\n").toString());
    assertEquals(AlignmentCli.FATAL, batch.exitCode(), batch.err());
    assertTrue(batch.err().contains("the column 'organization' is missing"), batch.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
  }

  @Test
  void aHeadcountSmallerThanTheRespondentsNamesTheLineColumnAndGroupButNotTheCount() throws IOException {
    Cli.Run run = scoreWith("attribute,group,headcount\n,,40\ndepartment,support,9\n");
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("headcounts.csv: line 3, column headcount: department=support must have a headcount "
        + "at least the number of the group's respondents"), run.err());
    assertFalse(afterTheFile(run.err()).replace("line 3", "").matches("(?s).*\\d.*"),
        "the respondent count must not appear: " + run.err());
    Cli.Run org = scoreWith("attribute,group,headcount\n,,20\n");
    assertEquals(AlignmentCli.FATAL, org.exitCode(), org.err());
    assertTrue(org.err().contains("line 2, column headcount: the organization's headcount must be at least the "
        + "number of respondents"), org.err());
    assertFalse(afterTheFile(org.err()).replace("line 2", "").matches("(?s).*\\d.*"), org.err());
  }

  /** The message after the file's path, whose temporary directory may hold any digits. */
  private static String afterTheFile(String err) {
    return err.substring(err.indexOf("headcounts.csv") + "headcounts.csv".length());
  }

  @Test
  void rowsThatRepeatOrHalfNameAGroupOrNameAnotherAttributeAreErrors() throws IOException {
    Cli.Run twice = scoreWith("attribute,group,headcount\ndepartment,ops,4\ndepartment,ops,5\n");
    assertTrue(twice.err().contains("line 3: the headcount of department=ops is given a second time (first on line 2)"),
        twice.err());
    Cli.Run half = scoreWith("attribute,group,headcount\ndepartment,,4\n");
    assertTrue(half.err().contains("line 2, column group: must not be empty"), half.err());
    Cli.Run other = scoreWith("attribute,group,headcount\nsite,Denver,4\n");
    assertTrue(other.err().contains("line 2, column attribute: 'site' is not an attribute the policy groups by"),
        other.err());
    assertEquals(AlignmentCli.FATAL, other.exitCode());
  }

  @Test
  void headcountsNeedASurvey() throws IOException {
    Path practices = SampleData.write(dir.resolve("practices.json"), SampleData.practicesJson());
    Cli.Run run = Cli.run("score", "--practices", practices.toString(), "--headcounts",
        headcounts("attribute,group,headcount\n,,40\n").toString());
    assertEquals(AlignmentCli.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("--headcounts needs a survey"), run.err());
  }
}
