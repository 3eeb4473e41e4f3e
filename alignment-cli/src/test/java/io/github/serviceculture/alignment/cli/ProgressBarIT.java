package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar is drawn exactly when stderr is a terminal. Each run happens under a pseudo-terminal made by
 * util-linux's {@code script}, so that stdin and stdout are terminals as in an interactive shell: that is the
 * case where the JDK's {@code System.console()} said "terminal" even with stderr redirected to a file.
 * {@code script} comes with util-linux (Debian's essential bsdutils package), which this project's machines and
 * CI have; its absence fails the test rather than skipping it.
 */
class ProgressBarIT {
  private static final Path JAR = Path.of(System.getProperty("alignment.cli.jar", "target/missing.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("alignment.cli.samples", "samples"));

  @TempDir
  Path dir;

  @BeforeAll
  static void scriptIsInstalled() throws Exception {
    Process probe = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
    String version = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0 && version.contains("util-linux"),
        "these tests need util-linux's script: " + version);
  }

  /** Runs a shell command line under a pseudo-terminal and returns what the terminal showed. */
  private String underTerminal(String commandLine) throws IOException, InterruptedException {
    Path typescript = dir.resolve("typescript");
    Process process = new ProcessBuilder(List.of("script", "-qec", commandLine, "/dev/null"))
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(typescript.toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(typescript.toFile()))
        .start();
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the run finished within 90 s");
    String shown = Files.readString(typescript, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), shown);
    return shown;
  }

  private String batch() {
    return quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -jar "
        + quote(JAR.toAbsolutePath().toString()) + " batch "
        + quote(SAMPLES.resolve("survey.csv").toAbsolutePath().toString()) + " -o results";
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  @Test
  void stderrRedirectedToAFileGetsTheSummaryButNoCarriageReturnFrames() throws Exception {
    underTerminal(batch() + " 2>stderr.txt");

    String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertFalse(stderr.contains("\r"), "no progress frames in the file: " + stderr);
    assertTrue(stderr.endsWith("read 135, scored 135, rejected 0\n"), stderr);
  }

  @Test
  void stderrOnATerminalShowsTheBar() throws Exception {
    String shown = underTerminal(batch());

    assertTrue(shown.contains("\rscoring"), "the bar's frames reached the terminal: " + shown);
    assertTrue(shown.contains("read 135, scored 135, rejected 0"), shown);
  }

  @Test
  void quietHidesTheBarEvenOnATerminal() throws Exception {
    String shown = underTerminal(batch() + " --quiet");

    assertFalse(shown.contains("scoring"), shown);
    assertTrue(Files.isRegularFile(dir.resolve("results").resolve("dimensions.csv")));
  }
}
