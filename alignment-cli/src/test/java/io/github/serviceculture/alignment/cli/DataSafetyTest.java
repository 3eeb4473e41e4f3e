package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input side of data safety, in-process: pipes read in one pass or refused at once, the spill file that
 * never has a name, and exit codes for failed writes and lack of memory. The kill and signal tests, which need a
 * separate JVM, are in {@code DataSafetyIT}.
 */
class DataSafetyTest {
  @TempDir
  Path dir;

  private Path fifoWith(String content) throws Exception {
    Path fifo = InputFileTest.mkfifo(dir.resolve("survey-" + System.nanoTime() + ".csv"));
    InputFileTest.writeInto(fifo, content);
    return fifo;
  }

  /** The sample's rows with the organizations interleaved: not grouped. */
  private static String interleaved() {
    List<List<String>> perOrg = SampleData.SAMPLE.stream().map(SampleData::rows).toList();
    StringBuilder csv = new StringBuilder(SampleData.header()).append('\n');
    for (int i = 0; i < 60; i++) {
      for (List<String> rows : perOrg) {
        if (i < rows.size()) {
          csv.append(rows.get(i)).append('\n');
        }
      }
    }
    return csv.toString();
  }

  @Test
  void aGroupedCsvFromAFifoIsScoredInOnePassLikeTheSameFile() throws Exception {
    String csv = SampleData.surveyCsv(SampleData.SAMPLE);
    Path file = SampleData.write(dir.resolve("survey.csv"), csv);
    Path fifo = fifoWith(csv);

    Cli.Run fromFifo = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Cli.run("batch", fifo.toString(), "-o", dir.resolve("fifo").toString()));
    Cli.Run fromFile = Cli.run("batch", file.toString(), "-o", dir.resolve("file").toString());

    assertEquals(AlignmentCli.OK, fromFifo.exitCode(), fromFifo.err());
    fromFifo.assertAccounting(135, 135, 0);
    assertEquals(Cli.files(dir.resolve("file")), Cli.files(dir.resolve("fifo")));
    assertEquals(AlignmentCli.OK, fromFile.exitCode(), fromFile.err());
  }

  @Test
  void scoreReadsTheHeaderAndTheRowsOfAFifoInOnePass() throws Exception {
    Path fifo = fifoWith(SampleData.surveyCsv(SampleData.SAMPLE));

    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("score", "--responses",
        fifo.toString(), "--organization", SampleData.NORTHWIND));

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    run.assertAccounting(60, 60, 0);
    assertTrue(run.out().startsWith("{\"formatVersion\""), run.out());
  }

  @Test
  void anUnsortedCsvFromAFifoFailsAtTheFirstReappearanceOrIsSpilledWithUnsorted() throws Exception {
    Path refused = fifoWith(interleaved());
    Cli.Run fails = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Cli.run("batch", refused.toString(), "-o", dir.resolve("refused").toString()));

    assertEquals(AlignmentCli.FATAL, fails.exitCode(), fails.err());
    assertTrue(fails.err().contains("not grouped by organization: 'Northwind Outfitters' at line 5 reappears")
        && fails.err().contains("a pipe can be read only once: give --unsorted"), fails.err());
    assertFalse(Files.exists(dir.resolve("refused").resolve(BatchOutput.DIMENSIONS_CSV)), "nothing written");

    Path spilled = fifoWith(interleaved());
    Cli.Run works = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("batch", spilled.toString(),
        "-o", dir.resolve("spilled").toString(), "--unsorted", "--temp-dir", dir.resolve("spill").toString()));

    assertEquals(AlignmentCli.OK, works.exitCode(), works.err());
    works.assertAccounting(135, 135, 0);
    assertTrue(works.err().contains("unsorted input cost: one read of"), works.err());
  }

  @Test
  void theSpillFileHasNoNameFromItsFirstByteAndItsDirectoryIsOwnerOnly() throws IOException {
    Path spillDirectory = dir.resolve("private").resolve("spill");
    try (FileChannel spill = Spill.open(spillDirectory)) {
      Spill.writer(spill).write("r00042,5,4,3".getBytes(StandardCharsets.UTF_8));
      ByteBuffer back = ByteBuffer.allocate(12);
      spill.read(back, 0);

      assertEquals("r00042,5,4,3", new String(back.array(), StandardCharsets.UTF_8), "readable through the channel");
      try (Stream<Path> names = Files.list(spillDirectory)) {
        assertEquals(List.of(), names.toList(), "no name in the directory while the run holds it");
      }
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spillDirectory)));
    }
  }

  @Test
  void namedSpillFilesOfOlderVersionsAreRemovedByTheNextRunButFreshOnesAndOthersAreLeft() throws IOException {
    Path old = Files.writeString(dir.resolve(".alignment-spill-123.tmp"), "r00001,5,5");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.writeString(dir.resolve(".alignment-spill-456.tmp"), "r00002,4,4");
    Path other = Files.writeString(dir.resolve("notes.tmp"), "mine");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    Spill.removeStale(dir);

    assertFalse(Files.exists(old));
    assertTrue(Files.exists(fresh), "a spill younger than a minute may belong to a run starting now");
    assertTrue(Files.exists(other));
  }

  @Test
  void anUnsortedRunSpillsIntoTheTemporaryDirectoryAndLeavesNoFileThere() throws IOException {
    Path input = SampleData.write(dir.resolve("unsorted.csv"), interleaved());
    Path temp = dir.resolve("temp");
    Files.createDirectories(temp);

    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString(), "--temp-dir",
        temp.toString(), "--verbose");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("to " + temp + " in"), run.err());
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** Standard output on a full disk: every write fails, as on {@code > /dev/full}. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aStandardOutputThatCannotBeWrittenExitsThreeInsteadOfZero() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = AlignmentCli.run(out, e, "instrument");
    }
    String stderr = err.toString(StandardCharsets.UTF_8);

    assertEquals(AlignmentCli.FATAL, code, stderr);
    assertTrue(stderr.contains("error: cannot write to standard output"), stderr);
    assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
  }

  @Test
  void anIoErrorOfAnyCommandIsExitThreeWithItsMessageAndNoStackTrace() {
    StringWriter text = new StringWriter();
    int code = AlignmentCli.exitCode(new java.io.UncheckedIOException(new IOException("No space left on device")),
        new PrintWriter(text, true));

    assertEquals(AlignmentCli.FATAL, code);
    assertEquals("error: cannot write or read a file (IOException: No space left on device); nothing was written",
        text.toString().strip());
  }

  @Test
  void runningOutOfMemoryInAWorkerIsExitFourWithAdviceOnTheHeap() {
    StringWriter text = new StringWriter();
    // How the pipeline hands on an Error of a worker thread.
    int code = AlignmentCli.exitCode(new IllegalStateException(new OutOfMemoryError("Java heap space")),
        new PrintWriter(text, true));

    assertEquals(AlignmentCli.INTERNAL, code);
    assertTrue(text.toString().startsWith("error: out of memory") && text.toString().contains("JAVA_OPTS=-Xmx"),
        text.toString());
    assertFalse(text.toString().contains("\tat "), text.toString());
  }

  @Test
  void anInputReplacedBetweenThePassesIsExitThreeAndWritesNothing() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), interleaved());
    Path replacement = SampleData.write(dir.resolve("replacement.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
    Path output = dir.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // The note that the input is not grouped is printed between the two passes: replace the file right then,
    // as another program writing the same name would.
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8) {
      @Override
      public void println(String line) {
        super.println(line);
        if (line.startsWith("note: ")) {
          try {
            Files.move(replacement, input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }
    };
    int code;
    try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      code = AlignmentCli.run(out, stderr, "batch", input.toString(), "-o", output.toString());
    }
    String text = err.toString(StandardCharsets.UTF_8);

    assertFalse(Files.exists(replacement), "the file was replaced during the run");
    assertEquals(AlignmentCli.FATAL, code, text);
    assertTrue(text.contains("survey.csv: was replaced by another file while this run was reading it; nothing was "
        + "written"), text);
    assertFalse(Files.exists(output.resolve(BatchOutput.DIMENSIONS_CSV)), "no table of a mix of two files");
  }
}
