package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** score --html: the page written through the same safe output as --output. */
class HtmlOutputTest {
  @TempDir
  Path dir;

  private Path sample() throws IOException {
    return SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
  }

  private Path practices() throws IOException {
    return SampleData.write(dir.resolve("practices.json"), SampleData.practicesJson());
  }

  @Test
  void scoreWritesThePageAndTheJsonTogether() throws IOException {
    Path json = dir.resolve("report.json");
    Path html = dir.resolve("out/report.html");
    Cli.Run run = Cli.run("score", "--practices", practices().toString(), "--responses", sample().toString(),
        "--organization", SampleData.NORTHWIND, "-o", json.toString(), "--html", html.toString());

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertEquals("", run.out(), "nothing on stdout when both go to files");
    AlignmentReport report = AlignmentJson.withDefaults().readReport(Files.readString(json));
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
    assertTrue(page.contains("<title>Service culture alignment report: " + SampleData.NORTHWIND + "</title>"));
    assertTrue(page.contains("All findings (" + report.findings().size() + ")"));
    assertEquals(List.of("report.html"), names(html.getParent()), "no temporary file left");
  }

  @Test
  void htmlAloneReplacesTheJsonOnStdout() throws IOException {
    Path html = dir.resolve("report.html");
    Cli.Run run = Cli.run("score", "--responses", sample().toString(), "--organization", SampleData.HARBOR,
        "--html", html.toString());

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(html).contains("id=\"heat-map\""), "a survey gives the heat map");
  }

  @Test
  void thePageShowsTheBandsOfThePolicyUsed() throws IOException {
    Path html = dir.resolve("report.html");
    Cli.Run run = Cli.run("score", "--responses", sample().toString(), "--organization", SampleData.HARBOR,
        "--aligned-at", "82", "--html", html.toString());

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(Files.readString(html).contains("aligned from 82, drifting from 50"));
  }

  @Test
  void aDirectoryOrALinkIsNotReplacedAndNothingIsWritten() throws IOException {
    Path json = dir.resolve("report.json");
    Path taken = Files.createDirectory(dir.resolve("page.html"));
    Cli.Run run = Cli.run("score", "--responses", sample().toString(), "--organization", SampleData.HARBOR,
        "-o", json.toString(), "--html", taken.toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("is a directory, not a regular file"), run.err());
    assertFalse(Files.exists(json), "the JSON is not written either: the set commits whole or not at all");

    Path target = SampleData.write(dir.resolve("mine.txt"), "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), target);
    Cli.Run viaLink = Cli.run("score", "--responses", sample().toString(), "--organization", SampleData.HARBOR,
        "--html", link.toString());
    assertEquals(AlignmentCli.FATAL, viaLink.exitCode(), viaLink.err());
    assertEquals("keep me", Files.readString(target));
  }

  @Test
  void anInputOrTheJsonOutputIsRefused() throws IOException {
    Path survey = sample();
    Cli.Run input = Cli.run("score", "--responses", survey.toString(), "--organization", SampleData.HARBOR,
        "--html", survey.toString());
    assertEquals(AlignmentCli.FATAL, input.exitCode(), input.err());
    assertTrue(input.err().contains("is also an input of this run"), input.err());
    assertEquals(SampleData.surveyCsv(SampleData.SAMPLE), Files.readString(survey));

    Path same = dir.resolve("report.out");
    Cli.Run both = Cli.run("score", "--responses", survey.toString(), "--organization", SampleData.HARBOR,
        "-o", same.toString(), "--html", same.toString());
    assertEquals(AlignmentCli.USAGE, both.exitCode(), both.err());
    assertFalse(Files.exists(same));
  }

  @Test
  void aHostileOrganizationNameIsEscapedInThePage() throws IOException {
    String name = "Evil <script>alert(1)</script> \u001b[31m Ltd";
    Path input = SampleData.write(dir.resolve("evil.csv"),
        SampleData.surveyCsv(List.of(new SampleData.Org(name, 1, 12, 0.5))));
    Path html = dir.resolve("evil.html");
    Cli.Run run = Cli.run("score", "--responses", input.toString(), "--html", html.toString());

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    String page = Files.readString(html);
    assertFalse(page.contains("<script>"), "no script element");
    assertFalse(page.contains("\u001b"), "no raw control character");
    Matcher title = Pattern.compile("<title>(.*)</title>").matcher(page);
    assertTrue(title.find());
    assertEquals("Service culture alignment report: Evil &lt;script&gt;alert(1)&lt;/script&gt; \\x1b[31m Ltd",
        title.group(1));
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
