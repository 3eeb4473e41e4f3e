package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every pass over an input reads the same file, and a file that changes under the run is an error. */
class InputFileTest {
  @TempDir
  Path dir;

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyPassOfAnUnchangedFileReadsTheSameBytesFromTheStart() throws IOException {
    Path file = Files.writeString(dir.resolve("in.csv"), "a,b\n1,2\n");
    try (InputFile input = InputFile.open(file)) {
      byte[] first = readAll(input.pass());
      byte[] second = readAll(input.pass());

      assertArrayEquals("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), first);
      assertArrayEquals(first, second, "closing a pass leaves the file open for the next one");
      assertTrue(input.rereadable());
      assertEquals(8, input.size());
    }
  }

  @Test
  void aFileReplacedBetweenPassesFailsTheSecondPassInsteadOfReadingTheOtherFile() throws IOException {
    Path file = Files.writeString(dir.resolve("in.csv"), "a,b\n1,2\n");
    Path other = Files.writeString(dir.resolve("other.csv"), "b,a\n2,1\n");
    try (InputFile input = InputFile.open(file)) {
      readAll(input.pass());
      Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);

      Failure failure = assertThrows(Failure.class, input::pass);
      assertTrue(failure.getMessage().contains("in.csv: was replaced by another file while this run was reading it"),
          failure.getMessage());
    }
  }

  @Test
  void aFileAppendedToOrRewrittenInPlaceIsAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("in.csv"), "a,b\n1,2\n");
    try (InputFile input = InputFile.open(file)) {
      Files.writeString(file, "3,4\n", StandardOpenOption.APPEND);
      Failure grown = assertThrows(Failure.class, input::checkUnchanged);
      assertTrue(grown.getMessage().contains("changed size"), grown.getMessage());
    }
    Files.writeString(file, "a,b\n1,2\n");
    try (InputFile input = InputFile.open(file)) {
      FileTime before = Files.getLastModifiedTime(file);
      // Same size, other bytes, a later modification time: an edit in place.
      Files.writeString(file, "a,b\n9,9\n", StandardOpenOption.TRUNCATE_EXISTING);
      Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
      Failure edited = assertThrows(Failure.class, input::checkUnchanged);
      assertTrue(edited.getMessage().contains("was modified"), edited.getMessage());
    }
  }

  @Test
  void aFifoIsReadOnceAndASecondPassFailsAtOnceInsteadOfWaitingForAWriter() throws Exception {
    Path fifo = mkfifo(dir.resolve("in.fifo"));
    Thread writer = writeInto(fifo, "a,b\n1,2\n");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try (InputFile input = InputFile.open(fifo)) {
        assertArrayEquals("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), readAll(input.pass()));
        Failure failure = assertThrows(Failure.class, input::pass);
        assertTrue(failure.getMessage().contains("a pipe or device can be read only once"), failure.getMessage());
        assertTrue(!input.rereadable());
      }
    });
    writer.join();
  }

  static Path mkfifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder(List.of("mkfifo", path.toString())).inheritIO().start();
    assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo " + path);
    return path;
  }

  /** A new FIFO in its own directory under {@code dir}, into which {@code content} is written from another thread. */
  static Path pipeWith(Path dir, String content) throws IOException {
    Path fifo;
    try {
      fifo = mkfifo(Files.createTempDirectory(dir, "pipe").resolve("survey.csv"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    writeInto(fifo, content);
    return fifo;
  }

  /** Writes into a FIFO from another thread: opening a FIFO for writing waits for its reader. */
  static Thread writeInto(Path fifo, String content) {
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The reader went away: the test's assertions say what happened.
      }
    }, "fifo-writer");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
