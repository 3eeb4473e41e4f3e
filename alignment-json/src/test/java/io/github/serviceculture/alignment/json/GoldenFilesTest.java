package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.serviceculture.alignment.json.DocumentFixtures.Golden;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files pin the format: any change to what is written, however small, fails here.
 *
 * <p>To change the format on purpose, regenerate the files, review the diff and commit it:
 *
 * <pre>
 * mvn -B verify -pl alignment-json -am -Dtest='GoldenFilesTest' -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 *
 * <p>With {@code golden.update} set, every file is rewritten in {@code src/test/resources} (the
 * directory comes from the {@code golden.dir} system property the POM passes) and each test fails
 * with a message saying so, so that an update never passes unnoticed. Run again without the
 * property to see them pass.
 */
class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final AlignmentJson PRETTY = AlignmentJson.builder().prettyPrint(true).build();
  private static final AlignmentJson COMPACT = AlignmentJson.withDefaults();

  static List<Golden<?>> goldens() {
    return DocumentFixtures.goldens();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writingTheFixtureGivesTheGoldenBytes(Golden<?> golden) throws IOException {
    String written = golden.write(PRETTY);
    if (UPDATE) {
      Path file = goldenDirectory().resolve(golden.name() + ".json");
      boolean changed = !Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(written);
      Files.writeString(file, written, StandardCharsets.UTF_8);
      fail("golden.update is set: " + file + (changed ? " was rewritten" : " was rewritten, unchanged")
          + "; review the diff, then run the tests again without -Dgolden.update");
    }
    assertEquals(goldenText(golden), written, () -> "the format of " + golden.name() + " changed; if that is on "
        + "purpose, regenerate the golden files with -Dgolden.update=true (see GoldenFilesTest) and review the diff");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void readingTheGoldenFileGivesTheFixture(Golden<?> golden) {
    assumeFalse(UPDATE, "golden files are being rewritten");
    assertEquals(golden.fixture(), golden.read(COMPACT, goldenText(golden)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void compactAndPrettyOutputReadBackEqual(Golden<?> golden) {
    String compact = golden.write(COMPACT);
    String pretty = golden.write(PRETTY);
    assertNotEquals(compact, pretty);
    assertTrue(!compact.contains("\n") && pretty.contains("\n  "), "compact is one line, pretty is indented");
    Object fromCompact = golden.read(COMPACT, compact);
    Object fromPretty = golden.read(COMPACT, pretty);
    assertEquals(golden.fixture(), fromCompact);
    assertEquals(fromCompact, fromPretty);
  }

  @Test
  void everyDocumentKindHasAGoldenFile() {
    Set<String> kinds = goldens().stream().map(Golden::kind).collect(Collectors.toSet());
    assertEquals(Set.of("organization", "instrument", "responses", "assessment", "policy", "report", "norms"), kinds);
  }

  @Test
  void theDefaultInstrumentGoesByReferenceAndACustomOneWhole() {
    assumeFalse(UPDATE, "golden files are being rewritten");
    String byReference = goldenText(golden("responses-default-instrument"));
    String whole = goldenText(golden("responses-custom-instrument"));
    assertTrue(byReference.contains("\"instrumentRef\"") && !byReference.contains("\"instrument\""), byReference);
    assertTrue(whole.contains("\"instrument\"") && !whole.contains("\"instrumentRef\""), whole);
    assertEquals(12, ((ResponseSet) golden("responses-default-instrument").fixture()).responses().size());
  }

  @Test
  void theReportShowsGroupsGapsIccAndUndefinedEstimates() {
    assumeFalse(UPDATE, "golden files are being rewritten");
    AlignmentReport report = (AlignmentReport) golden("report").fixture();
    var perceptions = report.perceptions().orElseThrow();
    assertTrue(!perceptions.groups().isEmpty(), "groups");
    assertTrue(!perceptions.gaps().isEmpty(), "gaps");
    assertTrue(!perceptions.groupDifferences().isEmpty(), "ICC");
    String text = goldenText(golden("report"));
    assertTrue(text.contains("\"undefinedReason\""), "at least one undefined estimate");
    assertTrue(text.contains("\"libraryVersion\": \"" + DocumentFixtures.GOLDEN_LIBRARY_VERSION + "\""),
        "the library version is fixed so that a release does not change the file");
  }

  private static Golden<?> golden(String name) {
    return goldens().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }

  static String goldenText(Golden<?> golden) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(golden.resource())) {
      if (in == null) {
        throw new AssertionError("no golden file " + golden.resource()
            + "; create it with -Dgolden.update=true (see GoldenFilesTest)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path goldenDirectory() throws IOException {
    String configured = System.getProperty("golden.dir");
    Path directory = configured == null || configured.isBlank()
        ? Path.of("src/test/resources/io/github/serviceculture/alignment/json/golden")
        : Path.of(configured);
    Files.createDirectories(directory);
    return directory;
  }
}
