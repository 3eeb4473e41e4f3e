package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.serviceculture.alignment.scoring.AgreementDistribution;
import io.github.serviceculture.alignment.scoring.Aggregation;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.DimensionAggregation;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aggregation document, which the library writes and does not read: its bytes are pinned by golden
 * files (regenerated with {@code golden.update}, as {@link GoldenFilesTest}'s), it validates against its
 * schema, and every number in it is the API's.
 */
class AggregationDocumentTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final AlignmentJson PRETTY = AlignmentJson.builder().prettyPrint(true).build();
  private static final AlignmentJson COMPACT = AlignmentJson.withDefaults();
  private static final AlignmentEngine ENGINE = AlignmentEngine.withDefaults();

  private static List<AlignmentReport> reports(long seed, int organizations, int respondents) {
    List<AlignmentReport> reports = new ArrayList<>();
    for (int o = 0; o < organizations; o++) {
      AlignmentReport report = ENGINE.assess(Assessment.builder()
          .responses(SurveyFixtures.generated(seed + o, respondents + 7 * o, 0.4 * o)).build());
      reports.add(report.withMetadata(report.metadata().withOrganization("org " + o)));
    }
    return reports;
  }

  /** Four organizations, one of them under the anonymity threshold. */
  static Aggregation organizations() {
    List<AlignmentReport> reports = reports(11, 3, 40);
    reports.add(ENGINE.assess(Assessment.builder().responses(SurveyFixtures.generated(99, 3, 0)).build()));
    return Aggregation.of(DefaultInstrument.instrument(), reports);
  }

  /** The departments of one organization. */
  static Aggregation departments() {
    AlignmentReport report = ENGINE.assess(Assessment.builder().responses(SurveyFixtures.generated(5, 120, 0.3))
        .build());
    return Aggregation.ofGroups(DefaultInstrument.instrument(), report.perceptions().orElseThrow(),
        Respondent.DEPARTMENT);
  }

  @Test
  void writingTheOrganizationsAggregationGivesTheGoldenBytes() throws IOException {
    golden("aggregation", PRETTY.write(organizations()));
  }

  @Test
  void writingTheDepartmentsAggregationGivesTheGoldenBytes() throws IOException {
    golden("aggregation-groups", PRETTY.write(departments()));
  }

  @Test
  void theGoldenDocumentsValidateAgainstTheSchemaCompactOrPretty() {
    for (Aggregation aggregation : List.of(organizations(), departments())) {
      assertEquals(java.util.Set.of(), Schemas.validate("aggregation", PRETTY.write(aggregation)));
      assertEquals(java.util.Set.of(), Schemas.validate("aggregation", COMPACT.write(aggregation)));
      assertEquals(Schemas.tree(PRETTY.write(aggregation)), Schemas.tree(COMPACT.write(aggregation)));
    }
  }

  @Test
  void theStreamWriterWritesTheSameBytesAsTheStringWriter() {
    Aggregation aggregation = departments();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    COMPACT.write(aggregation, out);
    assertEquals(COMPACT.write(aggregation), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theSchemaRejectsADocumentWithAPropertyItDoesNotDescribe() {
    JsonNode tree = Schemas.tree(COMPACT.write(organizations()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("aggregation").path("dimensions").get(0)
        .path("icc")).put("icc3", 0.5);
    assertFalse(Schemas.of("aggregation").validate(tree).isEmpty(), "an unknown property fails the schema");
  }

  @Test
  void everyWrittenAggregationValidatesAndHoldsTheApisNumbers() {
    qt().withExamples(12).forAll(longs().between(0, 1_000_000), integers().between(0, 4)).checkAssert((seed, n) -> {
      Aggregation aggregation = Aggregation.of(DefaultInstrument.instrument(), reports(seed, n, 6));
      String document = COMPACT.write(aggregation);
      assertEquals(java.util.Set.of(), Schemas.validate("aggregation", document), document);
      JsonNode body = Schemas.tree(document).path("aggregation");
      assertEquals("1.0", Schemas.tree(document).path("formatVersion").asText());
      assertFalse(body.has("attribute"));
      assertEquals(aggregation.units(), body.path("units").asInt());
      assertEquals(aggregation.dimensions().size(), body.path("dimensions").size());
      for (int i = 0; i < aggregation.dimensions().size(); i++) {
        DimensionAggregation d = aggregation.dimensions().get(i);
        JsonNode node = body.path("dimensions").get(i);
        assertEquals(d.dimension().name(), node.path("dimension").asText());
        assertEquals(d.units(), node.path("units").asInt());
        assertEquals(d.icc().n(), node.path("icc").path("n").asInt());
        assertEquals(d.icc().groupCount(), node.path("icc").path("groupCount").asInt());
        same(d.icc().icc1(), node.path("icc").path("icc1"));
        same(d.icc().icc2(), node.path("icc").path("icc2"));
        same(d.icc().f(), node.path("icc").path("f"));
        same(d.icc().p(), node.path("icc").path("p"));
        distribution(d.rwgJ(), node.path("rwgJ"));
        distribution(d.ad(), node.path("ad"));
      }
    });
  }

  @Test
  void aGroupAggregationNamesItsAttribute() {
    JsonNode body = Schemas.tree(COMPACT.write(departments())).path("aggregation");
    assertEquals(Respondent.DEPARTMENT, body.path("attribute").asText());
    assertTrue(body.path("units").asInt() >= 2, "the generated departments are reported");
  }

  private static void distribution(AgreementDistribution expected, JsonNode node) {
    assertEquals(expected.units(), node.path("units").asInt());
    same(expected.mean(), node.path("mean"));
    same(expected.median(), node.path("median"));
    assertEquals(expected.cutoff(), node.path("cutoff").asDouble());
    assertEquals(expected.agreeingAtOrAbove(), node.path("agreeingAtOrAbove").asBoolean());
    same(expected.shareAgreeing(), node.path("shareAgreeing"));
  }

  private static void same(Estimate expected, JsonNode node) {
    if (expected.isDefined()) {
      assertEquals(expected.value(), node.path("value").asDouble());
      assertFalse(node.has("undefinedReason"));
    } else {
      assertEquals(expected.undefinedReason().orElseThrow().name(), node.path("undefinedReason").asText());
      assertFalse(node.has("value"));
    }
  }

  private static void golden(String name, String written) throws IOException {
    if (UPDATE) {
      String configured = System.getProperty("golden.dir");
      Path directory = configured == null || configured.isBlank()
          ? Path.of("src/test/resources/io/github/serviceculture/alignment/json/golden")
          : Path.of(configured);
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(name + ".json"), written, StandardCharsets.UTF_8);
      fail("golden.update is set: " + name + ".json was rewritten; review the diff, then run without it");
    }
    try (InputStream in = AggregationDocumentTest.class.getResourceAsStream("golden/" + name + ".json")) {
      if (in == null) {
        fail("no golden file golden/" + name + ".json; create it with -Dgolden.update=true");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), written,
          "the aggregation format changed; regenerate the golden files with -Dgolden.update=true and review the diff");
    }
  }
}
