package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool deletes or replaces only what it wrote: {@code batch -o} replaces its directory as a whole and only when
 * that holds nothing but a previous set listed in its manifest; {@code score -o} replaces only a regular file that is
 * not one of its inputs. Every refusal exits 3 and changes nothing.
 */
class OutputOwnershipTest {
  @TempDir
  Path dir;

  private Path sample() throws IOException {
    return SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
  }

  /** Every entry under a directory (files with their bytes, directories and links as markers), by relative path. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String name = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          entries.put(name, "link to " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          entries.put(name + "/", "");
        } else if (Files.isRegularFile(p)) {
          entries.put(name, Files.readString(p, StandardCharsets.ISO_8859_1));
        } else {
          entries.put(name, "special");
        }
      }
    }
    return entries;
  }

  /** Writes a file, creating its directories. */
  private static Path put(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return SampleData.write(file, content);
  }

  private Cli.Run batch(Path input, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("batch", input.toString(), "-o", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private void assertRefused(Cli.Run run, String expected) {
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("read "), "refused before reading any row: " + run.err());
  }

  @Test
  void aDirectoryHoldingAFileTheToolDidNotWriteIsRefusedAndNothingChanges() throws IOException {
    Path input = sample();
    Path out = dir.resolve("out");
    put(out.resolve("notes.txt"), "my notes\n");
    put(out.resolve("reports/mine.json"), "{}\n");
    Map<String, String> before = tree(dir);

    Cli.Run run = batch(input, out);

    assertRefused(run, out + ": holds files this tool did not write");
    assertTrue(run.err().contains("notes.txt (no manifest.sha256)"), run.err());
    assertTrue(run.err().contains("nothing was changed"), run.err());
    assertEquals(before, tree(dir), "not a byte changed, no staging directory left beside it");
  }

  @Test
  void aFileAddedToAPreviousSetOrAChangedOutputIsRefusedAndNothingChanges() throws IOException {
    Path input = sample();
    Path out = dir.resolve("out");
    assertEquals(AlignmentCli.OK, batch(input, out).exitCode());
    put(out.resolve("reports/thesis-notes.txt"), "mine\n");
    Map<String, String> before = tree(dir);

    Cli.Run added = batch(input, out, "--reports", "none");

    assertRefused(added, "reports/thesis-notes.txt (not in manifest.sha256)");
    assertEquals(before, tree(dir));

    Files.delete(out.resolve("reports/thesis-notes.txt"));
    Files.writeString(out.resolve("organizations.csv"), "edited in a spreadsheet\n");
    Map<String, String> edited = tree(dir);
    Cli.Run changed = batch(input, out);
    assertRefused(changed, "organizations.csv (changed since it was written)");
    assertEquals(edited, tree(dir));
  }

  @Test
  void anInputInsideTheOutputDirectoryIsRefusedEvenWhereTheSetWouldReplaceIt() throws IOException {
    String csv = SampleData.surveyCsv(SampleData.SAMPLE);
    for (String name : List.of("reports/survey.csv", "organizations.csv")) {
      Path out = dir.resolve("out-" + name.replace('/', '-'));
      Path input = put(out.resolve(name), csv);
      Map<String, String> before = tree(dir);

      Cli.Run run = batch(input, out);

      assertRefused(run, input + ": this input lies inside the output directory " + out);
      assertEquals(before, tree(dir), name);
      // The same file reached through another path is the same file.
      Cli.Run aliased = batch(dir.resolve(".").resolve(out.getFileName()).resolve(name), out);
      assertRefused(aliased, "lies inside the output directory");
    }
    Path out = dir.resolve("out");
    Path map = put(out.resolve("map.csv"), "column,item\n");
    assertRefused(batch(sample(), out, "--item-map", map.toString()), "lies inside the output directory");
  }

  @Test
  void aSecondRunReplacesTheWholeSetSoNoReportOfTheFirstStaysBesideTheNewTables() throws IOException {
    Path input = sample();
    Path out = dir.resolve("out");
    assertEquals(AlignmentCli.OK, batch(input, out).exitCode());
    assertEquals(3, Cli.files(out.resolve("reports")).size());

    Cli.Run run = batch(input, out, "--reports", "none");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertEquals(List.of("aggregation.csv", "aggregation.json", "dimensions.csv", "drivers.csv", "findings.csv",
        "group-differences.csv", "items.csv", "manifest.sha256", "organizations.csv", "rejected.csv"),
        List.copyOf(tree(out).keySet()).subList(1, 11), "exactly the new set");
    assertEquals(11, tree(out).size(), "the directory itself and ten files: " + tree(out).keySet());
    try (Stream<Path> beside = Files.list(dir)) {
      assertEquals(List.of("out", "survey.csv"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging or old directory left beside it");
    }
  }

  @Test
  void aSetWithEveryTableOfFullTablesAndScoresIsAPreviousSetTheNextRunReplaces() throws IOException {
    Path input = sample();
    Path out = dir.resolve("out");
    Cli.Run first = batch(input, out, "--reports", "none", "--tables", "full", "--scores");
    assertEquals(AlignmentCli.OK, first.exitCode(), first.err());
    assertEquals(List.of("aggregation.csv", "aggregation.json", "dimensions.csv", "drivers.csv", "findings.csv",
        "group-differences.csv", "item-analysis.csv", "items.csv", "manifest.sha256", "organizations.csv",
        "rejected.csv", "reliability.csv", "scores.csv"), List.copyOf(Cli.files(out).keySet()));

    Cli.Run run = batch(input, out, "--reports", "none");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertEquals(List.of("aggregation.csv", "aggregation.json", "dimensions.csv", "drivers.csv", "findings.csv",
        "group-differences.csv", "items.csv", "manifest.sha256", "organizations.csv", "rejected.csv"),
        List.copyOf(Cli.files(out).keySet()), "the full tables and the scores went with the previous set");
  }

  @Test
  void theManifestListsEveryFileOfTheSetWithItsSha256InTheFormatOfSha256sum() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(AlignmentCli.OK, batch(sample(), out, "--reports", "jsonl").exitCode());

    List<String> lines = Files.readAllLines(out.resolve("manifest.sha256"));
    assertTrue(lines.get(0).startsWith("# Written by alignment batch"), lines.get(0));
    Map<String, String> listed = new TreeMap<>();
    lines.subList(1, lines.size()).forEach(l -> listed.put(l.substring(66), l.substring(0, 64)));
    Map<String, String> actual = new TreeMap<>();
    for (String name : Cli.files(out).keySet()) {
      if (!name.equals("manifest.sha256")) {
        actual.put(name, OutputDirectory.sha256(out.resolve(name)));
      }
    }
    assertEquals(List.of("aggregation.csv", "aggregation.json", "dimensions.csv", "drivers.csv", "findings.csv",
        "group-differences.csv", "items.csv", "organizations.csv", "rejected.csv", "reports.jsonl"),
        List.copyOf(actual.keySet()));
    assertEquals(actual, listed);

    Process check = new ProcessBuilder("sha256sum", "--strict", "-c", "manifest.sha256").directory(out.toFile())
        .redirectErrorStream(true).start();
    String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(check.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, check.exitValue(), said);
    assertTrue(said.contains("reports.jsonl: OK"), said);
  }

  @Test
  void aKillBetweenTheTwoRenamesOfACommitIsCompletedByTheNextRunBeforeAnythingElse() throws IOException {
    Path input = sample();
    Path out = dir.resolve("out");
    Path newer = dir.resolve("newer");
    assertEquals(AlignmentCli.OK, batch(input, out).exitCode());
    assertEquals(AlignmentCli.OK, batch(input, newer, "--reports", "jsonl").exitCode());
    Map<String, String> newSet = Cli.files(newer);
    // The state after a kill between the renames: OUT gone, the previous and the new set beside it.
    Files.move(out, dir.resolve(".out.alignment-old-0123abcd"));
    Files.move(newer, dir.resolve(".out.alignment-new-0123abcd"));

    // A run that fails after the output set was opened: the recovery has happened, the failure changes nothing.
    // The rows come through a pipe, which cannot be read again to regroup them when an organization reappears.
    List<SampleData.Org> many = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(new SampleData.Org("Extra " + i, 100 + i, 20, 0.3));
    }
    String grouped = SampleData.surveyCsv(many);
    Path broken = InputFileTest.pipeWith(dir,
        grouped + grouped.lines().filter(l -> l.startsWith("Extra 0,")).findFirst().orElseThrow() + "\n");
    Cli.Run run = batch(broken, out);

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("put in place the complete output set of a run interrupted while committing"),
        run.err());
    assertEquals(newSet, Cli.files(out), "the complete new set is in place");
    try (Stream<Path> beside = Files.list(dir)) {
      assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
          "the previous set, now a leftover, was removed");
    }
  }

  @Test
  void leftoversOfAnInterruptedRunAreRemovedButALookalikeHoldingOtherFilesIsLeftAlone() throws IOException {
    Path out = dir.resolve("out");
    // A staging directory cut short (no manifest yet) and a deletion cut short (manifest kept to the last).
    put(dir.resolve(".out.alignment-new-deadbeef/reports/Acme.json"), "{\"partial");
    put(dir.resolve(".out.alignment-new-deadbeef/organizations.csv"), "organization,");
    Path lookalike = put(dir.resolve(".out.alignment-old-cafebabe/thesis.docx"), "mine");

    Cli.Run run = batch(sample(), out);

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertFalse(Files.exists(dir.resolve(".out.alignment-new-deadbeef")), "the tool's own leftover is removed");
    assertEquals("mine", Files.readString(lookalike), "a lookalike holding a foreign file is kept");
    assertTrue(run.err().contains(".out.alignment-old-cafebabe: left alone"), run.err());
  }

  @Test
  void theSpillFileOfAKilledRunInTheOutputDirectoryIsTheToolsOwnAndGoesWithTheReplacedSet() throws IOException {
    Path out = dir.resolve("out");
    Path spill = put(out.resolve(".alignment-spill-4242424242.tmp"), "rows with answers");

    Cli.Run run = batch(sample(), out);

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertFalse(Files.exists(spill), "removed with the directory it was in");
    assertTrue(Files.isRegularFile(out.resolve("manifest.sha256")));
  }

  @Test
  void anOutputDirectoryReachedThroughALinkIsReplacedWhereItLiesAndTheLinkIsKept() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("out"), real);
    Path input = sample();
    assertEquals(AlignmentCli.OK, batch(input, link).exitCode());

    Cli.Run again = batch(input, link, "--reports", "none");

    assertEquals(AlignmentCli.OK, again.exitCode(), again.err());
    assertTrue(Files.isSymbolicLink(link), "the link is kept");
    assertTrue(Files.isRegularFile(real.resolve("manifest.sha256")));
    assertFalse(Files.exists(real.resolve("reports")), "the set was replaced where it lies");
  }

  @Test
  void aRegularFileWhereTheDirectoryShouldBeIsRefused() throws IOException {
    Path out = SampleData.write(dir.resolve("out"), "a file\n");
    assertRefused(batch(sample(), out), out + ": exists and is not a directory");
    assertEquals("a file\n", Files.readString(out));
  }

  private Cli.Run score(Path output) throws IOException {
    return Cli.run("score", "--responses", sample().toString(), "--organization", SampleData.NORTHWIND, "-o",
        output.toString());
  }

  @Test
  void scoreRefusesToReplaceALinkADirectoryAFifoOrADevice() throws Exception {
    Path target = SampleData.write(dir.resolve("target.json"), "precious\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    Path directory = Files.createDirectory(dir.resolve("report.json"));
    Path fifo = dir.resolve("fifo.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");

    assertRefused(score(link), link + ": is a symbolic link, not a regular file");
    assertRefused(score(directory), directory + ": is a directory, not a regular file");
    assertRefused(score(fifo), fifo + ": is a device, FIFO or socket, not a regular file");
    Cli.Run devNull = score(Path.of("/dev/null"));
    assertRefused(devNull, "/dev/null: is a device, FIFO or socket");

    assertTrue(Files.isSymbolicLink(link));
    assertEquals("precious\n", Files.readString(target));
    assertTrue(Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS).isOther(), "the FIFO is still a FIFO");
    assertTrue(Files.readAttributes(Path.of("/dev/null"), java.nio.file.attribute.BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS).isOther(), "/dev/null is still a device");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
    }
  }

  @Test
  void scoreRefusesToWriteOverItsOwnInputAndRemovesTheTemporaryFileOfAKilledRun() throws IOException {
    Path input = sample();
    String before = Files.readString(input);
    Cli.Run onInput = Cli.run("score", "--responses", input.toString(), "--organization", SampleData.NORTHWIND, "-o",
        dir.resolve(".").resolve("survey.csv").toString());
    assertRefused(onInput, "is also an input of this run");
    assertEquals(before, Files.readString(input));

    Path report = dir.resolve("report.json");
    Path leftover = SampleData.write(dir.resolve(".report.json.0123abcd.tmp"), "{\"half");
    Path unrelated = SampleData.write(dir.resolve(".report.json.backup.tmp"), "mine");
    Cli.Run run = score(report);
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertFalse(Files.exists(leftover), "the temporary file of a killed run, recognized by its name, is removed");
    assertEquals("mine", Files.readString(unrelated), "another name is not the tool's");
    assertTrue(Files.readString(report).startsWith("{"));
  }
}
