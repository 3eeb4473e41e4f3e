package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar with {@code java -jar}, as a researcher would; failsafe runs it after package. */
class RunnableJarIT {
  @TempDir
  Path dir;

  private static final Path JAR = Path.of(System.getProperty("alignment.cli.jar", "target/missing.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("alignment.cli.samples", "samples"));

  /** Exit code, stdout and stderr of one run. */
  record Result(int code, String out, String err) {}

  private Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar finished within a minute");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theShadedJarRunsTheReadmeCommandsOnTheShippedSample() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");

    Result version = java("--version");
    assertEquals(0, version.code(), version.err());
    assertTrue(version.out().startsWith("alignment "), version.out());

    Result validate = java("validate", SAMPLES.resolve("survey.csv").toString());
    assertEquals(0, validate.code(), validate.err());
    assertTrue(validate.err().contains("read 135, valid 135, rejected 0"), validate.err());

    Path results = dir.resolve("results");
    Result batch = java("batch", SAMPLES.resolve("survey.csv").toString(), "-o", results.toString());
    assertEquals(0, batch.code(), batch.err());
    assertTrue(batch.err().endsWith("read 135, scored 135, rejected 0\n"), batch.err());
    assertTrue(Files.isRegularFile(results.resolve("dimensions.csv")));
    assertEquals(3, Files.list(results.resolve("reports")).count());

    Result score = java("score", "--practices", SAMPLES.resolve("practices.json").toString(), "--responses",
        SAMPLES.resolve("survey.csv").toString(), "--organization", "Northwind Outfitters", "--text");
    assertEquals(0, score.code(), score.err());
    assertTrue(score.out().startsWith("Service culture alignment report: Northwind Outfitters"), score.out());
    assertTrue(score.err().contains("read 60, scored 60, rejected 0"), score.err());
    assertTrue(!score.err().contains("SLF4J"), "one slf4j provider, no warnings: " + score.err());
  }
}
