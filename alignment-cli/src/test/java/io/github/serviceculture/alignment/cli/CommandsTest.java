package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** score, validate, instrument, help, version and the exit codes of usage and input errors. */
class CommandsTest {
  @TempDir
  Path dir;

  private Path sample() throws IOException {
    return SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
  }

  private Path practices() throws IOException {
    return SampleData.write(dir.resolve("practices.json"), SampleData.practicesJson());
  }

  @Test
  void scoreCombinesPracticesWithOneOrganizationsSurveyRows() throws IOException {
    Cli.Run run = Cli.run("score", "--practices", practices().toString(), "--responses", sample().toString(),
        "--organization", SampleData.NORTHWIND, "--assessed-on", "2026-11-23");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    run.assertAccounting(60, 60, 0);
    AlignmentReport report = AlignmentJson.withDefaults().readReport(run.out());
    assertEquals(SampleData.NORTHWIND, report.metadata().organization().orElseThrow());
    assertEquals(60, report.metadata().respondentCount());
    assertTrue(report.dimensions().stream().allMatch(d -> d.practiceScore().isDefined()), "practices were scored");
  }

  @Test
  void scoreWritesTheReportAtomicallyAndATextSummaryOnDemand() throws IOException {
    Path out = dir.resolve("report.json");
    Cli.Run run = Cli.run("score", "--practices", practices().toString(), "--responses", sample().toString(),
        "--organization", SampleData.NORTHWIND, "-o", out.toString(), "--text", "--pretty");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Service culture alignment report: Northwind Outfitters\n"), run.out());
    assertTrue(run.out().contains("\nTop priorities\n"), run.out());
    AlignmentReport report = AlignmentJson.withDefaults().readReport(Files.readString(out));
    assertTrue(run.out().contains("All findings (" + report.findings().size() + ")"), run.out());
    assertTrue(Files.readString(out).startsWith("{\n  \"formatVersion\""), "pretty");
  }

  @Test
  void theTextSummarySaysWhyADimensionHasNoPerceptionFigures() throws IOException {
    Path input = SampleData.write(dir.resolve("tiny.csv"),
        SampleData.surveyCsv(List.of(new SampleData.Org("Tiny", 21, 3, 0.0))));
    Cli.Run run = Cli.run("score", "--responses", input.toString(), "--text");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Perception of GOALS not reported: suppressed under the anonymity threshold.\n"),
        run.out());
    assertTrue(run.out().matches("(?s).*\n  GOALS +- +- +- +- +- +- +- .*"), "no figure, no band, no count: " + run.out());
  }

  @Test
  void scoreListsRejectedRowsAndSaysSoInItsExitCode() throws IOException {
    String csv = SampleData.surveyCsv(SampleData.SAMPLE).replaceFirst("(?m)^(Harbor Lane Credit Union,r00003,)[A-Z]+,",
        "$1CEO,");
    Path input = SampleData.write(dir.resolve("survey.csv"), csv);

    Cli.Run run = Cli.run("score", "--responses", input.toString(), "--organization", SampleData.HARBOR);

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(45, 44, 1);
    assertTrue(run.err().contains("line 65 rejected: the level is not one of"), run.err());
    assertEquals(44, AlignmentJson.withDefaults().readReport(run.out()).metadata().respondentCount());
  }

  @Test
  void scoreRefusesSeveralOrganizationsWithoutAChoice() throws IOException {
    Cli.Run run = Cli.run("score", "--responses", sample().toString());
    assertEquals(AlignmentCli.USAGE, run.exitCode());
    assertTrue(run.err().contains("choose one with --organization, or use 'batch'"), run.err());
  }

  @Test
  void scoreReadsAnAssessmentDocumentAndAPolicyFile() throws IOException {
    Path assessment = SampleData.write(dir.resolve("assessment.json"), AlignmentJson.withDefaults().write(
        io.github.serviceculture.alignment.scoring.Assessment.builder().practices(SampleData.practices()).build()));
    Path policy = SampleData.write(dir.resolve("policy.json"), AlignmentJson.withDefaults().write(
        io.github.serviceculture.alignment.scoring.ScoringPolicy.builder().alignedAt(90).driftingAt(60).build()));

    Cli.Run run = Cli.run("score", "--assessment", assessment.toString(), "--policy", policy.toString());

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    AlignmentReport report = AlignmentJson.withDefaults().readReport(run.out());
    assertEquals(SampleData.NORTHWIND, report.metadata().organization().orElseThrow());
    assertFalse(run.err().contains("read "), "no survey rows, no accounting line");
  }

  @Test
  void validateReportsEveryBadRowWithoutScoring() throws IOException {
    String csv = SampleData.surveyCsv(SampleData.SAMPLE)
        .replaceFirst("(?m)^(Northwind Outfitters,r00004,[A-Z]+,[a-zA-Z]+,)(true|false),", "$1maybe,");
    Path input = SampleData.write(dir.resolve("survey.csv"), csv);
    Path errors = dir.resolve("errors.csv");

    Cli.Run run = Cli.run("validate", input.toString(), "--errors", errors.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(135, 134, 1);
    assertEquals("line 6, organization Northwind Outfitters: customer-facing is not one of true/false, yes/no, 1/0\n",
        run.out());
    assertEquals("6", BatchCsvTest.table(errors).get(0).get("line"));
    assertEquals(AlignmentCli.OK, Cli.run("validate", sample().toString()).exitCode());
  }

  @Test
  void validateChecksAJsonDocumentOfAnyKind() throws IOException {
    Cli.Run good = Cli.run("validate", practices().toString());
    assertEquals(AlignmentCli.OK, good.exitCode(), good.err());
    assertTrue(good.out().contains("a valid organization document"), good.out());

    Path bad = SampleData.write(dir.resolve("bad.json"), SampleData.practicesJson().replace("\"name\"", "\"nom\""));
    Cli.Run run = Cli.run("validate", bad.toString());
    assertEquals(AlignmentCli.REJECTED, run.exitCode());
    assertTrue(run.out().contains("UNKNOWN_PROPERTY"), run.out());
    run.assertAccounting(1, 0, 1);
  }

  @Test
  void instrumentPrintsTheDocumentOrACsvTemplate() {
    Cli.Run template = Cli.run("instrument", "--csv-template");
    assertEquals(AlignmentCli.OK, template.exitCode());
    assertEquals(SampleData.header() + "\n", template.out());

    Cli.Run document = Cli.run("instrument");
    assertEquals(DefaultInstrument.instrument(), AlignmentJson.withDefaults().readInstrument(document.out()));
  }

  @Test
  void helpVersionAndUsageErrorsHaveTheirExitCodes() throws IOException {
    Cli.Run help = Cli.run("--help");
    assertEquals(AlignmentCli.OK, help.exitCode());
    for (String command : List.of("score", "batch", "validate", "instrument")) {
      assertTrue(help.out().contains(command), help.out());
    }
    assertTrue(help.out().contains("Exit codes:") && help.out().matches("(?s).*\\n\\s+3\\s+input unreadable.*"),
        help.out());
    assertTrue(help.out().matches("(?s).*\\n\\s+143\\s+terminated.*"), help.out());
    assertTrue(Cli.run("batch", "--help").out().contains("--threads"));
    assertTrue(Cli.run("--version").out().startsWith("alignment 0.1.0"), Cli.run("--version").out());

    Cli.Run unknown = Cli.run("batch", "--no-such-option", "x.csv", "-o", "out");
    assertEquals(AlignmentCli.USAGE, unknown.exitCode());
    assertTrue(unknown.err().contains("Unknown option"), unknown.err());
    assertEquals(AlignmentCli.USAGE, Cli.run("batch", sample().toString()).exitCode(), "missing -o");
    assertEquals(AlignmentCli.USAGE, Cli.run("batch", sample().toString(), "-o", dir.resolve("o").toString(),
        "--anonymity-threshold", "2").exitCode(), "a policy the core rejects");
    Cli.Run wide = Cli.run("batch", sample().toString(), "-o", dir.resolve("o").toString(), "--favourable-options",
        "3");
    assertEquals(AlignmentCli.USAGE, wide.exitCode(), "more favourable options than half a five-point scale");
    assertTrue(wide.err().contains("favourableOptions") && wide.err().contains("(2)"), wide.err());

    Cli.Run missing = Cli.run("batch", dir.resolve("nope.csv").toString(), "-o", dir.resolve("o").toString());
    assertEquals(AlignmentCli.FATAL, missing.exitCode());
    assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());
  }

  @Test
  void fewerFavourableOptionsCountOnlyTheTopAnswersFavourableInItemsCsv() throws IOException {
    Path half = dir.resolve("half");
    Path top = dir.resolve("top");
    assertEquals(AlignmentCli.OK, Cli.run("batch", sample().toString(), "-o", half.toString()).exitCode());
    assertEquals(AlignmentCli.OK, Cli.run("batch", sample().toString(), "-o", top.toString(),
        "--favourable-options", "1").exitCode());
    List<Map<String, String>> byHalf = BatchCsvTest.table(half.resolve(BatchOutput.ITEMS_CSV));
    List<Map<String, String>> byTop = BatchCsvTest.table(top.resolve(BatchOutput.ITEMS_CSV));
    assertFalse(byHalf.isEmpty());
    assertEquals(byHalf.size(), byTop.size());
    int fewer = 0;
    for (int i = 0; i < byHalf.size(); i++) {
      // 4-5 favourable against 5 alone; 1-2 unfavourable against 1 alone; the rest neutral.
      double halfShare = Double.parseDouble(byHalf.get(i).get("favourable_share"));
      double topShare = Double.parseDouble(byTop.get(i).get("favourable_share"));
      assertTrue(topShare <= halfShare, byTop.get(i).toString());
      assertEquals(byHalf.get(i).get("score"), byTop.get(i).get("score"), "the score does not depend on the map");
      fewer += topShare < halfShare ? 1 : 0;
    }
    assertTrue(fewer > 0, "some answers of 4 were favourable and are neutral now");
  }

  @Test
  void aColumnOptionThatIsNotValidIsAUsageErrorNamingTheOptionAndTheValue() throws IOException {
    String survey = sample().toString();
    Cli.Run attribute = Cli.run("validate", survey, "--attribute-column", "1site");
    assertEquals(AlignmentCli.USAGE, attribute.exitCode(), attribute.err());
    assertTrue(attribute.err().contains("--attribute-column '1site': must be a letter followed by"), attribute.err());
    Cli.Run twice = Cli.run("validate", survey, "--id-column", "level");
    assertEquals(AlignmentCli.USAGE, twice.exitCode(), twice.err());
    assertTrue(twice.err().contains("column 'level' is given two roles by the column options (the defaults name"),
        twice.err());
    Cli.Run delimiter = Cli.run("validate", survey, "--delimiter", "\u00e9");
    assertEquals(AlignmentCli.USAGE, delimiter.exitCode(), delimiter.err());
    assertTrue(delimiter.err().contains("--delimiter must be one ASCII character"), delimiter.err());
  }
}
