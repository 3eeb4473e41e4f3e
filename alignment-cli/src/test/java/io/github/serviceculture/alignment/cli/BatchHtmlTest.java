package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch --html: a page per organization beside its JSON report, and an index, in the one output set. */
class BatchHtmlTest {
  private static final Pattern LINK = Pattern.compile("<a href=\"(reports/[^\"]+)\">");

  @TempDir
  Path dir;

  private Path sample() throws IOException {
    return SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
  }

  @Test
  void everyReportGetsAPageAndTheIndexLinksToEach() throws IOException {
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", sample().toString(), "-o", out.toString(), "--html");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    Map<String, String> files = Cli.files(out);
    List<String> json = files.keySet().stream().filter(f -> f.startsWith("reports/") && f.endsWith(".json"))
        .collect(Collectors.toList());
    List<String> pages = files.keySet().stream().filter(f -> f.startsWith("reports/") && f.endsWith(".html"))
        .collect(Collectors.toList());
    assertEquals(SampleData.SAMPLE.size(), json.size());
    assertEquals(json.stream().map(f -> f.replace(".json", ".html")).collect(Collectors.toList()), pages);
    for (String page : pages) {
      assertTrue(files.get(page).startsWith("<!DOCTYPE html>"), page);
    }
    String index = files.get("index.html");
    assertTrue(index.contains("<title>Alignment reports: " + SampleData.SAMPLE.size() + " organizations</title>"));
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(index);
    while (m.find()) {
      links.add(m.group(1));
    }
    // Two pre-sorted tables, each linking every page once.
    assertEquals(2 * pages.size(), links.size(), index);
    assertEquals(pages, links.stream().distinct().sorted().collect(Collectors.toList()));
    for (SampleData.Org org : SampleData.SAMPLE) {
      assertTrue(index.contains(">" + org.name() + "</a>"), org.name());
    }
    String manifest = files.get(OutputDirectory.MANIFEST);
    for (String f : files.keySet()) {
      if (!f.equals(OutputDirectory.MANIFEST)) {
        assertTrue(manifest.contains("  " + f + "\n"), f + " is not in the manifest");
      }
    }
  }

  @Test
  void aSetWithPagesIsReplacedByTheNextRunWithOrWithoutThem() throws IOException {
    Path out = dir.resolve("out");
    Path input = sample();
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", out.toString(), "--html").exitCode());
    Cli.Run again = Cli.run("batch", input.toString(), "-o", out.toString(), "--html");
    assertEquals(AlignmentCli.OK, again.exitCode(), again.err());
    Cli.Run plain = Cli.run("batch", input.toString(), "-o", out.toString());
    assertEquals(AlignmentCli.OK, plain.exitCode(), plain.err());
    assertFalse(Files.exists(out.resolve("index.html")), "a run without --html leaves no page of the last one");
    assertTrue(Cli.files(out).keySet().stream().noneMatch(f -> f.endsWith(".html")));
  }

  @Test
  void aPageChangedSinceItWasWrittenIsNotReplaced() throws IOException {
    Path out = dir.resolve("out");
    Path input = sample();
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", out.toString(), "--html").exitCode());
    Files.writeString(out.resolve("index.html"), "edited by hand");
    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--html");
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("index.html (changed since it was written)"), run.err());
    assertEquals("edited by hand", Files.readString(out.resolve("index.html")));
  }

  @Test
  void pagesNeedReportFiles() throws IOException {
    Cli.Run run = Cli.run("batch", sample().toString(), "-o", dir.resolve("out").toString(), "--html",
        "--reports", "jsonl");
    assertEquals(AlignmentCli.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("--html writes each page beside its report file"), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
