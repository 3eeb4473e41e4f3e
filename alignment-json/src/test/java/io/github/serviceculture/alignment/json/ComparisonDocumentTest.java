package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.NotComparableReason;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Comparison documents: golden files (regenerated with {@code golden.update}, as {@link
 * GoldenFilesTest}'s) and the schema.
 */
class ComparisonDocumentTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final AlignmentJson PRETTY = AlignmentJson.builder().prettyPrint(true).build();

  /**
   * The golden report ({@link DocumentFixtures#report()}) against a later wave of the same people
   * who answer every goals item one option lower, on an instrument whose version 2 rewords a
   * training item: goals decline, training is not comparable.
   */
  static ReportComparison comparison() {
    Instrument instrument = DefaultInstrument.instrument();
    Item training = instrument.scaleItems(Dimension.TRAINING).get(0);
    List<Item> items = new ArrayList<>(instrument.items());
    items.set(items.indexOf(training), training.withText(training.text() + " each quarter"));
    Instrument reworded = instrument.withVersion("2").withItems(items);
    List<Response> later = new ArrayList<>();
    for (Response r : SurveyFixtures.generated(7L, 50, 1.0).responses()) {
      Map<String, Integer> answers = new HashMap<>(r.answers());
      for (Item goal : instrument.scaleItems(Dimension.GOALS)) {
        // Lower means worse for a reverse-keyed item too: its answer goes one option up.
        answers.computeIfPresent(goal.id(), (id, a) -> goal.isReverseKeyed() ? Math.min(5, a + 1) : Math.max(1, a - 1));
      }
      later.add(Response.of(r.respondent(), answers));
    }
    AlignmentReport before = DocumentFixtures.report();
    AlignmentReport after = AlignmentEngine.withDefaults().assess(Assessment.builder()
        .assessedOn(LocalDate.of(2026, 9, 30))
        .practices(before.metadata().organization().map(name ->
            io.github.serviceculture.alignment.model.Organization.builder().name(name).build()).orElseThrow())
        .responses(ResponseSet.of(reworded, later)).build());
    after = after.withMetadata(after.metadata().withLibraryVersion(DocumentFixtures.GOLDEN_LIBRARY_VERSION));
    return ReportComparison.of(before, instrument, after, reworded);
  }

  /**
   * The ledger report and the differencing report of {@link DocumentFixtures}: a wave whose
   * organization figures are hidden against differencing, so nothing is reported in both.
   */
  static ReportComparison suppressedComparison() {
    Instrument instrument = DefaultInstrument.instrument();
    return ReportComparison.of(DocumentFixtures.ledgerReport(), instrument, DocumentFixtures.differencingReport(),
        instrument);
  }

  @Test
  void aComparisonIsWrittenAsItsGoldenFile() throws IOException {
    golden("comparison", comparison());
  }

  @Test
  void aComparisonWithHiddenFiguresIsWrittenAsItsGoldenFile() throws IOException {
    golden("comparison-suppressed", suppressedComparison());
  }

  @Test
  void theGoldenComparisonHoldsADeclineAFindingAndADimensionNotComparable() {
    ReportComparison c = comparison();
    assertEquals(NotComparableReason.ITEMS_CHANGED, c.notComparable().get(Dimension.TRAINING));
    assertEquals("GOALS.WAVE_CHANGE.DECLINED", c.findings().get(0).code());
    JsonNode tree = Schemas.tree(AlignmentJson.withDefaults().write(c));
    assertEquals("1.1", tree.path("formatVersion").asText());
    assertEquals("ITEMS_CHANGED", tree.path("comparison").path("notComparable").path("TRAINING").asText());
    assertEquals("DECLINED", findVerdict(tree, "GOALS"));
    assertTrue(tree.path("comparison").path("changes").get(0).path("attribute").isMissingNode(),
        "the organization's change comes first and has no attribute");
  }

  @Test
  void theGoldenComparisonComparesItemsAndListsTheRewordedOneAsChanged() {
    ReportComparison c = comparison();
    String reworded = DefaultInstrument.instrument().scaleItems(Dimension.TRAINING).get(0).id();
    assertEquals(Map.of(reworded, NotComparableReason.ITEMS_CHANGED), c.itemsNotComparable());
    JsonNode tree = Schemas.tree(AlignmentJson.withDefaults().write(c)).path("comparison");
    assertEquals("ITEMS_CHANGED", tree.path("itemsNotComparable").path(reworded).asText());
    JsonNode first = tree.path("itemChanges").get(0);
    assertEquals(DefaultInstrument.instrument().items().get(0).id(), first.path("itemId").asText());
    assertTrue(first.path("attribute").isMissingNode(), "the organization's change of an item comes first");
    assertEquals(c.itemChanges().size(), tree.path("itemChanges").size());
    // Every goals item fell by one option for most people: the organization's change of each is a decline.
    for (JsonNode change : tree.path("itemChanges")) {
      if (change.path("dimension").asText().equals("GOALS") && change.path("attribute").isMissingNode()) {
        assertEquals("DECLINED", change.path("verdict").asText(), change::toString);
      }
    }
    for (JsonNode change : tree.path("changes")) {
      assertTrue(change.path("itemId").isMissingNode(), "a dimension's change has no itemId");
    }
  }

  private static String findVerdict(JsonNode tree, String dimension) {
    for (JsonNode change : tree.path("comparison").path("changes")) {
      if (change.path("dimension").asText().equals(dimension) && change.path("attribute").isMissingNode()) {
        return change.path("verdict").asText();
      }
    }
    return "absent";
  }

  @Test
  void theGoldenComparisonsAreValidAgainstTheSchema() {
    assertEquals(Set.of(), Schemas.validate("comparison", PRETTY.write(comparison())));
    assertEquals(Set.of(), Schemas.validate("comparison", PRETTY.write(suppressedComparison())));
    assertFalse(Schemas.validate("comparison", "{\"formatVersion\": \"1.1\", \"comparison\": {}}").isEmpty());
    // A 1.0 document, or an item change without its item, is not this format.
    assertFalse(Schemas.validate("comparison", PRETTY.write(comparison()).replace("\"formatVersion\": \"1.1\"",
        "\"formatVersion\": \"1.0\"")).isEmpty());
    assertFalse(Schemas.validate("comparison", PRETTY.write(comparison()).replaceFirst("\"itemId\": \"[^\"]+\",", ""))
        .isEmpty());
    assertFalse(Schemas.validate("comparison", PRETTY.write(comparison()).replace("\"DECLINED\"", "\"WORSE\""))
        .isEmpty());
  }

  @Test
  void everyComparisonWrittenIsValidAgainstTheSchema() {
    AlignmentEngine engine = AlignmentEngine.withDefaults();
    qt().withExamples(40).forAll(longs().all(), integers().between(1, 60), integers().between(1, 60))
        .checkAssert((seed, n1, n2) -> {
          AlignmentReport a = engine.assess(Assessment.builder().responses(SurveyFixtures.generated(seed, n1, 0.5))
              .build());
          AlignmentReport b = engine.assess(Assessment.builder()
              .responses(SurveyFixtures.generated(seed + 1, n2, -0.5)).build());
          Instrument instrument = DefaultInstrument.instrument();
          String written = AlignmentJson.withDefaults().write(ReportComparison.of(a, instrument, b, instrument));
          assertEquals(Set.of(), Schemas.validate("comparison", written));
        });
  }

  @Test
  void theComparisonFormatVersionIsTheOneWritten() {
    assertEquals("1.1", AlignmentJson.comparisonFormatVersion());
    assertTrue(AlignmentJson.withDefaults().write(suppressedComparison()).startsWith("{\"formatVersion\":\"1.1\","));
  }

  private static void golden(String name, ReportComparison comparison) throws IOException {
    String written = PRETTY.write(comparison);
    String resource = "golden/" + name + ".json";
    if (UPDATE) {
      String configured = System.getProperty("golden.dir");
      Path directory = configured == null || configured.isBlank()
          ? Path.of("src/test/resources/io/github/serviceculture/alignment/json/golden") : Path.of(configured);
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(name + ".json"), written, StandardCharsets.UTF_8);
      fail("golden.update is set: " + name + ".json was rewritten; review the diff, then run the tests again");
    }
    try (InputStream in = ComparisonDocumentTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        fail("no golden file " + resource + "; create it with -Dgolden.update=true (see GoldenFilesTest)");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), written,
          () -> "the format of " + name + " changed; regenerate with -Dgolden.update=true and review the diff");
    }
  }
}
