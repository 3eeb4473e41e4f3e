package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Standing;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alignment norms build}: the norms of a batch's reports are those of the API over the same
 * reports, from files or JSON Lines; each organization counts once; too few organizations write nothing.
 */
class NormsCommandTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  @TempDir
  Path dir;

  /** A batch of {@code n} organizations, one of them under the anonymity threshold. */
  private Path batch(int n, String reports) throws IOException {
    List<SampleData.Org> orgs = new ArrayList<>();
    for (int o = 0; o < n; o++) {
      orgs.add(new SampleData.Org("Org " + (char) ('A' + o), 40 + o, o == 0 ? 3 : 12 + 2 * o, 0.1 * o));
    }
    Path input = SampleData.write(dir.resolve("survey-" + n + ".csv"), SampleData.surveyCsv(orgs));
    Path out = dir.resolve("batch-" + n + "-" + reports);
    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--reports", reports, "-q");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    return out;
  }

  private static List<AlignmentReport> reportFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("reports"))) {
      List<AlignmentReport> reports = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        reports.add(JSON.readReport(Files.readString(f)));
      }
      return reports;
    }
  }

  @Test
  void theNormsOfABatchAreThoseOfTheApiOverItsReports() throws IOException {
    Path out = batch(12, "files");
    Path norms = dir.resolve("norms.json");
    Cli.Run run = Cli.run("norms", "build", out.toString(), "-o", norms.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("read 12, used 12, rejected 0"), run.err());
    assertTrue(run.err().contains("VISION: 11 organizations"), "the small organization adds nothing: " + run.err());
    Norms.Accumulator expected = Norms.accumulator(DefaultInstrument.instrument());
    reportFiles(out).forEach(expected::add);
    Norms written = JSON.readNorms(Files.readString(norms, StandardCharsets.UTF_8));
    assertEquals(expected.result(), written);
    assertEquals(11, written.dimension(Dimension.LEADERSHIP).orElseThrow().organizations());
  }

  @Test
  void batchAndScoreWithNormsRankEachReportAsTheApiDoes() throws IOException {
    Path out = batch(12, "files");
    Path normsFile = dir.resolve("norms.json");
    assertEquals(AlignmentCli.OK, Cli.run("norms", "build", out.toString(), "-o", normsFile.toString()).exitCode());
    Norms norms = JSON.readNorms(Files.readString(normsFile));
    Path input = dir.resolve("survey-12.csv");
    Path ranked = dir.resolve("ranked");
    Cli.Run run = Cli.run("batch", input.toString(), "-o", ranked.toString(), "--norms", normsFile.toString(), "-q");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> rows = BatchCsvTest.table(ranked.resolve(BatchOutput.NORMS_CSV));
    int checked = 0;
    for (AlignmentReport report : reportFiles(ranked)) {
      String organization = report.metadata().organization().orElseThrow();
      // The report as written holds the standings the API gives the unranked report.
      AlignmentReport unranked = reportFiles(out).stream()
          .filter(r -> r.metadata().organization().orElseThrow().equals(organization)).findFirst().orElseThrow();
      assertEquals(norms.rank(unranked).standings(), report.standings(), organization);
      for (Map.Entry<Dimension, Standing> e : report.standings().orElseThrow().dimensions().entrySet()) {
        Map<String, String> row = rows.stream().filter(r -> r.get("organization").equals(organization)
            && r.get("measure").equals("dimension") && r.get("id").equals(e.getKey().name())).findFirst()
            .orElseThrow();
        assertEquals(e.getValue().percentileRank(), Double.parseDouble(row.get("percentile_rank")));
        assertEquals(String.valueOf(e.getValue().quartile()), row.get("quartile"));
        assertEquals("11", row.get("norm_organizations"));
        checked++;
      }
    }
    assertEquals(11 * 6, checked, "every organization with figures, every dimension");
    assertEquals(checked + rows.stream().filter(r -> r.get("measure").equals("item")).count(), rows.size());
    // score ranks its one report the same way, and says so in the text.
    Cli.Run score = Cli.run("score", "--responses", input.toString(), "--organization", "Org B", "--norms",
        normsFile.toString(), "--text");
    assertEquals(AlignmentCli.OK, score.exitCode(), score.err());
    assertTrue(score.out().contains("Among other organizations"), score.out());
    Cli.Run broken = Cli.run("score", "--responses", input.toString(), "--organization", "Org B", "--norms",
        input.toString());
    assertEquals(AlignmentCli.FATAL, broken.exitCode());
    assertTrue(broken.err().contains("not a valid norms document"), broken.err());
  }

  @Test
  void jsonLinesOfReportsGiveTheSameNormsAsTheirFiles() throws IOException {
    Path files = batch(12, "files");
    Path lines = batch(12, "jsonl");
    Path fromFiles = dir.resolve("a.json");
    Path fromLines = dir.resolve("b.json");
    assertEquals(AlignmentCli.OK, Cli.run("norms", "build", files.toString(), "-o", fromFiles.toString()).exitCode());
    Cli.Run run = Cli.run("norms", "build", lines.resolve("reports.jsonl").toString(), "-o", fromLines.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertEquals(Files.readString(fromFiles), Files.readString(fromLines));
  }

  @Test
  void anOrganizationReadTwiceCountsOnceAndEveryReportIsAccountedFor() throws IOException {
    Path out = batch(12, "files");
    Path norms = dir.resolve("norms.json");
    Cli.Run run = Cli.run("norms", "build", out.toString(), out.toString(), "-o", norms.toString());
    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    assertTrue(run.err().contains("read 24, used 12, rejected 12"), run.err());
    assertTrue(run.err().contains("a second report of an organization already read"), run.err());
    Norms.Accumulator expected = Norms.accumulator(DefaultInstrument.instrument());
    reportFiles(out).forEach(expected::add);
    assertEquals(expected.result(), JSON.readNorms(Files.readString(norms)));
  }

  @Test
  void tooFewOrganizationsWriteNothingAndSayHowManyThereAre() throws IOException {
    Path out = batch(8, "files");
    Path norms = dir.resolve("norms.json");
    Cli.Run run = Cli.run("norms", "build", out.toString(), "-o", norms.toString());
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("at least 10 organizations"), run.err());
    assertTrue(run.err().contains("is 7"), run.err());
    assertFalse(Files.exists(norms));
    try (Stream<Path> left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
    // Asked for on purpose, a smaller minimum builds them.
    Cli.Run seven = Cli.run("norms", "build", out.toString(), "-o", norms.toString(), "--minimum", "7");
    assertEquals(AlignmentCli.OK, seven.exitCode(), seven.err());
    assertEquals(7, JSON.readNorms(Files.readString(norms)).minimumOrganizations());
    assertEquals(AlignmentCli.USAGE, Cli.run("norms", "build", out.toString(), "-o", norms.toString(), "--minimum",
        "0").exitCode());
  }

  @Test
  void aDirectoryThatIsNotABatchOutputOrABrokenReportIsNamed() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Cli.Run run = Cli.run("norms", "build", empty.toString(), "-o", dir.resolve("n.json").toString());
    assertEquals(AlignmentCli.FATAL, run.exitCode());
    assertTrue(run.err().contains("not an output directory of alignment batch"), run.err());
    Path out = batch(12, "jsonl");
    Path broken = dir.resolve("broken.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("reports.jsonl")));
    lines.set(3, lines.get(3).replace("\"formatVersion\"", "\"formatVersionX\""));
    Files.write(broken, lines);
    Cli.Run partly = Cli.run("norms", "build", broken.toString(), "-o", dir.resolve("n.json").toString());
    assertEquals(AlignmentCli.REJECTED, partly.exitCode(), partly.err());
    assertTrue(partly.err().contains("broken.jsonl: line 4: not a valid report document"), partly.err());
    assertTrue(partly.err().contains("read 12, used 11, rejected 1"), partly.err());
  }
}
