package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import org.junit.jupiter.api.Test;

/** A report's standings are read back as written in format 1.4, refused in a 1.3 report, and checked. */
class StandingsDocumentTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  /** A report of practices only, ranked: standings with nothing in them, and no other 1.4 field. */
  private static String rankedPracticesOnly() {
    AlignmentReport report = AlignmentEngine.withDefaults().assess(Assessment.builder()
        .practices(DocumentFixtures.organization()).build());
    return JSON.write(DocumentFixtures.norms().rank(report));
  }

  @Test
  void standingsReadBackAsWritten() {
    AlignmentReport ranked = DocumentFixtures.norms().rank(DocumentFixtures.report());
    assertEquals(ranked, JSON.readReport(JSON.write(ranked)));
    assertTrue(JSON.readReport(rankedPracticesOnly()).standings().orElseThrow().dimensions().isEmpty());
  }

  @Test
  void aVersion13ReportWithStandingsIsRefusedAtTheProperty() {
    String document = rankedPracticesOnly().replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.3\"");
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readReport(document));
    assertEquals(JsonDocumentException.UNKNOWN_PROPERTY, e.code());
    assertTrue(e.getMessage().contains("/report/standings"), e.getMessage());
  }

  @Test
  void aStandingOutOfItsRangeIsRefused() {
    String document = JSON.write(DocumentFixtures.norms().rank(DocumentFixtures.report()))
        .replaceFirst("\"quartile\":[1-4]", "\"quartile\":5");
    JsonDocumentException e = assertThrows(JsonDocumentException.class, () -> JSON.readReport(document));
    assertTrue(e.getMessage().contains("quartile"), e.getMessage());
  }
}
