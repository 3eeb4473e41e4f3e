package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.norms.Norm;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Norms documents: any norms read back equal, and what a norm must be (101 percentiles in order, enough
 * organizations) is refused at its pointer, by the reader and, where a schema can say it, by the schema.
 */
class NormsDocumentTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  @Test
  void anyNormsReadBackEqual() {
    qt().withExamples(100).forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(101, 101),
        integers().between(1, 50)).checkAssert((values, minimum) -> {
          List<Double> sorted = new ArrayList<>(values);
          Collections.sort(sorted);
          Map<Dimension, Norm> dimensions = new EnumMap<>(Dimension.class);
          dimensions.put(Dimension.HIRING, Norm.of(minimum + 3, sorted));
          Norms norms = Norms.of("custom", "2", minimum, dimensions, Map.of("item-" + minimum, Norm.of(minimum,
              sorted)));
          String document = JSON.write(norms);
          assertEquals(norms, JSON.readNorms(document));
          assertEquals(java.util.Set.of(), Schemas.validate("norms", document));
        });
  }

  private static String fixture() {
    return JSON.write(DocumentFixtures.norms());
  }

  @Test
  void percentilesOutOfOrderAreRefusedAtThePercentile() {
    String document = fixture().replaceFirst("\"percentiles\":\\[35.0,35.5,", "\"percentiles\":[35.0,34.5,");
    assertTrue(Schemas.validate("norms", document).isEmpty(), "no schema can say nondecreasing");
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readNorms(document));
    assertEquals(JsonDocumentException.INVALID_VALUE, e.code());
    assertTrue(e.getMessage().contains("/norms/dimensions/VISION"), e.getMessage());
    assertTrue(e.getMessage().contains("percentiles[1]"), e.getMessage());
  }

  @Test
  void aNormOfFewerOrganizationsThanTheMinimumIsRefused() {
    String document = fixture().replace("\"organizations\":12", "\"organizations\":9");
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readNorms(document));
    assertTrue(e.getMessage().contains("minimumOrganizations"), e.getMessage());
  }

  @Test
  void theWrongNumberOfPercentilesOrAScoreOffTheScaleFailsBothSchemaAndReader() {
    String hundred = fixture().replaceFirst("\"percentiles\":\\[35.0,", "\"percentiles\":[");
    assertFalse(Schemas.validate("norms", hundred).isEmpty());
    assertThrows(JsonDocumentException.class, () -> JSON.readNorms(hundred));
    String over = fixture().replaceFirst(",100.0]", ",100.5]");
    assertFalse(Schemas.validate("norms", over).isEmpty());
    assertThrows(JsonDocumentException.class, () -> JSON.readNorms(over));
    String noDimension = fixture().replaceFirst("\"dimensions\":\\{.*\\}\\}\\}$", "\"dimensions\":{}}}");
    assertFalse(Schemas.validate("norms", noDimension).isEmpty());
    assertThrows(JsonDocumentException.class, () -> JSON.readNorms(noDimension));
  }

  @Test
  void aLaterFormatVersionIsRefused() {
    JsonDocumentException e = assertThrows(JsonDocumentException.class,
        () -> JSON.readNorms(fixture().replace("\"formatVersion\":\"1.0\"", "\"formatVersion\":\"1.1\"")));
    assertEquals(JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, e.code());
    assertEquals(DefaultInstrument.instrument().id(), JSON.readNorms(fixture()).instrumentId());
  }
}
