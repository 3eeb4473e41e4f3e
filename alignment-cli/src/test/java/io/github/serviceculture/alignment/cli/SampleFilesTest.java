package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The samples shipped in {@code alignment-cli/samples/} are the seeded generator's output. Run with
 * {@code -Dalignment.cli.regenerateSamples=true} to write them again.
 */
class SampleFilesTest {
  static final Path SAMPLES = Path.of("samples");

  @Test
  void shippedSurveyIsTheSeededGeneratorsOutput() throws IOException {
    check(SAMPLES.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));
  }

  @Test
  void shippedPracticesAreTheGeneratorsOrganization() throws IOException {
    check(SAMPLES.resolve("practices.json"), SampleData.practicesJson());
  }

  private static void check(Path file, String expected) throws IOException {
    if (Boolean.getBoolean("alignment.cli.regenerateSamples")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " differs from the generator; "
        + "regenerate with -Dalignment.cli.regenerateSamples=true");
  }
}
