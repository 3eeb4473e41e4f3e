package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data safety of the real jar in its own JVM: {@code kill -9} at several points of an unsorted run leaves no
 * file with answers or ids anywhere the tool wrote; SIGTERM exits 143 with the temporaries removed; a full
 * standard output, a file system that refuses to grow a file, and a heap too small are exit 3, 3 and 4 with a
 * message and no stack trace; standard input is read in one pass.
 *
 * <p>The full file system is the kernel's own refusal, without root: the run's file size limit ({@code ulimit
 * -f}), which makes a write beyond it fail as a full disk does (the JVM ignores SIGXFSZ, so the write returns
 * EFBIG), through every code path a full disk takes.
 */
class DataSafetyIT {
  private static final Path JAR = Path.of(System.getProperty("alignment.cli.jar", "target/missing.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("alignment.cli.samples", "samples"));
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  /** Every respondent id of the generated input starts so; no other text of the tool contains it. */
  private static final String ID = "ZQX-";

  @TempDir
  static Path shared;
  @TempDir
  Path dir;

  private static Path unsorted;

  /** An unsorted survey large enough that spilling it takes a while: 50 organizations, rows interleaved. */
  @BeforeAll
  static void generate() throws IOException {
    unsorted = shared.resolve("unsorted.csv");
    String header = SampleData.header();
    int items = header.split(",").length - 5;
    Random random = new Random(16);
    try (BufferedWriter out = Files.newBufferedWriter(unsorted, StandardCharsets.UTF_8)) {
      out.write(header);
      out.write('\n');
      StringBuilder row = new StringBuilder();
      for (int n = 0; n < 200_000; n++) {
        row.setLength(0);
        row.append("Org-").append(n % 50).append(',').append(ID).append(n).append(",FRONTLINE,support,true");
        for (int i = 0; i < items; i++) {
          row.append(',').append(1 + random.nextInt(5));
        }
        out.append(row).append('\n');
      }
    }
  }

  private Process start(Path stdout, Path stderr, List<String> jvm, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
  }

  /** The spill file the process holds open, as /proc shows it, or null while there is none. */
  private static String openSpill(Process process) {
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.contains(CsvRun.SPILL_PREFIX)) {
            return target;
          }
        } catch (IOException e) {
          // Closed meanwhile.
        }
      }
    } catch (IOException e) {
      // The process has ended.
    }
    return null;
  }

  private static String waitForSpill(Process process) throws InterruptedException {
    for (int i = 0; i < 600 && process.isAlive(); i++) {
      String spill = openSpill(process);
      if (spill != null) {
        return spill;
      }
      Thread.sleep(25);
    }
    return null;
  }

  /** Files under the directories whose bytes contain a respondent id of the input. */
  private static List<Path> filesWithIds(Path... directories) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path directory : directories) {
      if (!Files.exists(directory)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(ID)) {
            found.add(file);
          }
        }
      }
    }
    return found;
  }

  /** How a run is killed: after a delay from its start, or once its spill is open plus a delay. */
  private record Kill(String name, boolean unsortedOption, boolean atSpill, long delayMillis) {}

  @Test
  void killNineAtAnyPointLeavesNoFileWithAnswersOrIdsWhereTheToolWrote() throws Exception {
    List<Kill> kills = List.of(
        new Kill("while starting and reading", true, false, 300),
        new Kill("as the spill is created", true, true, 0),
        new Kill("while spilling", true, true, 400),
        new Kill("while reading the spill back and scoring", true, true, 1500),
        new Kill("in the second pass of a file found unsorted", false, true, 200),
        new Kill("late, while writing or committing the outputs", true, false, 4000));
    int spillsSeen = 0;
    for (Kill kill : kills) {
      Path out = dir.resolve(kill.name().replace(' ', '-')).resolve("out");
      Path temp = dir.resolve(kill.name().replace(' ', '-')).resolve("tmp");
      Files.createDirectories(temp);
      List<String> args = new ArrayList<>(List.of("batch", unsorted.toString(), "-o", out.toString()));
      if (kill.unsortedOption()) {
        args.add("--unsorted");
      }
      // The default spill place is the system temporary directory: pointed here, so that this test can scan it.
      Process process = start(dir.resolve("stdout"), dir.resolve("stderr"), List.of("-Djava.io.tmpdir=" + temp),
          args.toArray(new String[0]));
      if (kill.atSpill()) {
        String spill = waitForSpill(process);
        assertTrue(spill != null, kill.name() + ": the run opened a spill file");
        assertTrue(spill.endsWith(" (deleted)"), kill.name() + ": the open spill has no name: " + spill);
        spillsSeen++;
      }
      Thread.sleep(kill.delayMillis());
      try (Stream<Path> names = Files.list(temp)) {
        // JLine unpacks its native library there too; that holds no data.
        assertEquals(List.of(), names.filter(p -> p.getFileName().toString().startsWith(CsvRun.SPILL_PREFIX))
            .toList(), kill.name() + ": no spill file has a name in the spill directory");
      }
      process.destroyForcibly();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), kill.name());

      assertEquals(List.of(), filesWithIds(out, temp), kill.name() + ": no file with answers or ids remains");
    }
    assertEquals(4, spillsSeen);
    try (Stream<Path> names = Files.list(shared)) {
      assertEquals(List.of("unsorted.csv"), names.map(p -> p.getFileName().toString()).toList(),
          "nothing spilled beside the input either");
    }
  }

  @Test
  void sigtermExits143AfterRemovingTheTemporaries() throws Exception {
    Path out = dir.resolve("out");
    Path temp = dir.resolve("tmp");
    Process process = start(dir.resolve("stdout"), dir.resolve("stderr"), List.of(), "batch", unsorted.toString(),
        "-o", out.toString(), "--unsorted", "--temp-dir", temp.toString());
    assertTrue(waitForSpill(process) != null, "the run reached the spill");

    process.destroy();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));

    assertEquals(AlignmentCli.INTERRUPTED_TERM, process.exitValue());
    String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
    assertTrue(stderr.contains("alignment: interrupted; temporary files removed"), stderr);
    // The set is staged beside OUT until its commit, and an interrupt removes what was staged.
    assertFalse(Files.exists(out), "no output set from a run interrupted before its commit");
    try (Stream<Path> beside = Files.list(dir)) {
      assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out."))
          .toList(), "no staged set is left beside the output directory");
    }
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(), left.toList());
    }
  }

  private record Result(int code, String out, String err) {}

  private Result run(List<String> shell) throws IOException, InterruptedException {
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    Process process = new ProcessBuilder(shell).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + shell);
    return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static String quote(Object word) {
    return "'" + word.toString().replace("'", "'\\''") + "'";
  }

  /** A shell command line that runs the jar under a file size limit of {@code kib} KiB. */
  private static List<String> limited(int kib, String... args) {
    StringBuilder line = new StringBuilder("ulimit -f " + kib * 2 + " 2>/dev/null || exit 99; exec "
        + quote(JAVA) + " -XX:-UsePerfData -jar " + quote(JAR));
    for (String arg : args) {
      line.append(' ').append(quote(arg));
    }
    // POSIX sh counts ulimit -f in 512-byte blocks.
    return List.of("/bin/sh", "-c", line.toString());
  }

  private static void assertNoStackTrace(String stderr) {
    assertFalse(stderr.contains("\tat ") || stderr.contains("internal error"), "no stack trace: " + stderr);
  }

  @Test
  void aFullStandardOutputIsExitThree() throws Exception {
    Path stderr = dir.resolve("stderr");
    Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "score", "--practices",
        SAMPLES.resolve("practices.json").toString(), "--responses", SAMPLES.resolve("survey.csv").toString(),
        "--organization", "Northwind Outfitters").redirectOutput(new File("/dev/full"))
        .redirectError(stderr.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(stderr, StandardCharsets.UTF_8);

    assertEquals(AlignmentCli.FATAL, process.exitValue(), err);
    assertTrue(err.contains("error: cannot write to standard output"), err);
    assertNoStackTrace(err);
  }

  @Test
  void aFileSystemThatRefusesToGrowAFileIsExitThreeForScoreBatchAndTheSpill() throws Exception {
    Result score = run(limited(8, "score", "--practices", SAMPLES.resolve("practices.json").toString(),
        "--responses", SAMPLES.resolve("survey.csv").toString(), "--organization", "Northwind Outfitters", "-o",
        dir.resolve("score").resolve("report.json").toString()));
    assertEquals(AlignmentCli.FATAL, score.code(), score.err());
    assertTrue(score.err().contains("File too large"), score.err());
    assertNoStackTrace(score.err());
    assertFalse(Files.exists(dir.resolve("score").resolve("report.json")));

    Result batch = run(limited(8, "batch", SAMPLES.resolve("survey.csv").toString(), "-o",
        dir.resolve("batch").toString()));
    assertEquals(AlignmentCli.FATAL, batch.code(), batch.err());
    assertTrue(batch.err().contains("error: cannot write the outputs"), batch.err());
    assertNoStackTrace(batch.err());

    Result spill = run(limited(1024, "batch", unsorted.toString(), "--unsorted", "--reports", "none", "-o",
        dir.resolve("spilled").toString(), "--temp-dir", dir.resolve("spill").toString()));
    assertEquals(AlignmentCli.FATAL, spill.code(), spill.err());
    assertTrue(spill.err().contains("cannot write the temporary spill file (IOException: File too large); "
        + "--temp-dir chooses another place"), spill.err());
    assertNoStackTrace(spill.err());
    assertEquals(List.of(), filesWithIds(dir.resolve("spilled"), dir.resolve("spill")));
  }

  @Test
  void runningOutOfMemoryIsExitFourWithAdviceOnTheHeap() throws Exception {
    // One organization of 200,000 respondents in a 24 MiB heap.
    Path one = dir.resolve("one.csv");
    try (Stream<String> lines = Files.lines(unsorted)) {
      Files.write(one, (Iterable<String>) lines.map(l -> l.replaceFirst("^Org-\\d+,", "Org-1,"))::iterator);
    }
    Result result = run(List.of(JAVA, "-Xmx24m", "-jar", JAR.toString(), "batch", one.toString(), "-o",
        dir.resolve("out").toString(), "--reports", "none"));

    assertEquals(AlignmentCli.INTERNAL, result.code(), result.err());
    assertTrue(result.err().contains("error: out of memory") && result.err().contains("JAVA_OPTS=-Xmx"),
        result.err());
    assertNoStackTrace(result.err());
  }

  @Test
  void standardInputIsReadInOnePass() throws Exception {
    Path stderr = dir.resolve("stderr");
    Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "batch", "-", "-o",
        dir.resolve("out").toString()).redirectInput(SAMPLES.resolve("survey.csv").toFile())
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(stderr.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(stderr, StandardCharsets.UTF_8);

    assertEquals(AlignmentCli.OK, process.exitValue(), err);
    assertTrue(err.endsWith("read 135, scored 135, rejected 0\n"), err);
  }
}
