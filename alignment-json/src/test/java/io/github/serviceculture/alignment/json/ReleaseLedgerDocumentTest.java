package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.SECRET;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertMentions;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The release ledger in documents: a report's {@code ledger} and an assessment's {@code
 * previousRelease}, read strictly, never quoted in an error, and long enough for a large survey.
 */
class ReleaseLedgerDocumentTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  private static String ledgerReport() {
    return JSON.write(DocumentFixtures.ledgerReport());
  }

  private static ReleaseLedger ledger() {
    return DocumentFixtures.ledgerReport().perceptions().orElseThrow().ledger().orElseThrow();
  }

  /** The report with its ledger object replaced by {@code replacement}. */
  private static String withLedger(String replacement) {
    String report = ledgerReport();
    String ledger = report.substring(report.indexOf("\"ledger\":"));
    String object = ledger.substring("\"ledger\":".length(), ledger.indexOf('}') + 1);
    return report.replace(object, replacement);
  }

  private static long[] ledgerObject(String document) {
    long[] name = spot(document, "\"ledger\":");
    return new long[] {name[0], name[1] + "\"ledger\":".length()};
  }

  @Test
  void theLedgerIsWrittenLastInThePerceptionsAndReadBackEqual() {
    String report = ledgerReport();
    ReleaseLedger ledger = ledger();
    assertTrue(report.endsWith("\"ledger\":{\"keyId\":\"" + ledger.keyId() + "\",\"sealed\":\"" + ledger.sealed()
        + "\"}}}}"), report.substring(report.length() - 80));
    assertEquals(ledger, JSON.readReport(report).perceptions().orElseThrow().ledger().orElseThrow());
  }

  @Test
  void aPreviousReleaseReadFromJsonOpensWithTheKeyThatSealedIt() {
    // The whole chain through documents: the first report's ledger, in the next assessment's JSON.
    ReleaseLedger fromReport = JSON.readReport(ledgerReport()).perceptions().orElseThrow().ledger().orElseThrow();
    Assessment next = JSON.readAssessment(JSON.write(DocumentFixtures.previousReleaseAssessment()));
    assertEquals(fromReport, next.previousRelease().orElseThrow());
    AlignmentReport report = AlignmentEngine.withDefaults().withReleaseKey(DocumentFixtures.releaseKey()).assess(next);
    assertEquals(DocumentFixtures.differencingReport(),
        report.withMetadata(report.metadata().withLibraryVersion(DocumentFixtures.GOLDEN_LIBRARY_VERSION)));
  }

  @Test
  void theLedgerOfAThousandRespondentsIsLongerThanOtherStringsMayBeAndReadsBack() {
    PerceptionReport perceptions = PerceptionScorer.of(PerceptionPolicy.defaults())
        .withReleaseKey(DocumentFixtures.releaseKey()).score(SurveyFixtures.generated(3L, 1_000, 0.5));
    ReleaseLedger ledger = perceptions.ledger().orElseThrow();
    assertTrue(ledger.sealed().length() > AlignmentJson.maxStringLength(), "sealed " + ledger.sealed().length());

    AlignmentReport report = AlignmentEngine.withDefaults().withReleaseKey(DocumentFixtures.releaseKey())
        .assess(Assessment.builder().responses(SurveyFixtures.generated(3L, 1_000, 0.5)).build());
    String document = JSON.write(report);
    assertEquals(document, JSON.write(JSON.readReport(document)));
    assertEquals(document, JSON.write(JSON.readReport(BadInputSupport.utf8(document))));

    Assessment next = Assessment.builder().responses(SurveyFixtures.generated(3L, 1_001, 0.5))
        .previousRelease(report.perceptions().orElseThrow().ledger().orElseThrow()).build();
    assertEquals(next, JSON.readAssessment(JSON.write(next)));
  }

  @Test
  void anyOtherStringStillStopsAt100000Characters() {
    // The parser lets a sealed ledger be long; the other strings keep their limit, the ledger's key id too.
    String longKeyId = withLedger("{\"keyId\":\"" + "a".repeat(100_001) + "\",\"sealed\":\"AAAA\"}");
    JsonDocumentException e = rejects(() -> JSON.readReport(longKeyId));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertEquals("/report/perceptions/ledger/keyId", e.pointer());
    assertEquals("holds a string longer than 100000 characters", e.description());

    String longReason = ledgerReport().replaceFirst("(\"notReported\":\\{[^}]*?)\"SUPPRESSED_COMPLEMENTARY\"",
        "$1\"" + "S".repeat(100_001) + "\"");
    e = rejects(() -> JSON.readReport(longReason));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertTrue(e.pointer().endsWith("/notReported/GOALS"), e.pointer());
  }

  @Test
  void aLedgerLongerThanTheDocumentLimitIsTooLarge() {
    String document = withLedger("{\"keyId\":\"0123456789abcdef\",\"sealed\":\"" + "A".repeat(40_000) + "\"}");
    AlignmentJson small = AlignmentJson.builder().maxDocumentLength(document.length() - 1).build();
    assertEquals(JsonDocumentException.DOCUMENT_TOO_LARGE, rejects(() -> small.readReport(document)).code());
    AlignmentJson enough = AlignmentJson.builder().maxDocumentLength(document.length()).build();
    assertEquals(40_000, enough.readReport(document).perceptions().orElseThrow().ledger().orElseThrow()
        .sealed().length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "0123456789abcdeg",
      SECRET + "-0123"})
  void aKeyIdNotOfItsFormIsInvalidAndNotQuoted(String keyId) {
    String document = withLedger("{\"keyId\":\"" + keyId + "\",\"sealed\":\"AAAA\"}");
    JsonDocumentException e = rejects(() -> JSON.readReport(document));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/report/perceptions/ledger/keyId", ledgerObject(document));
    assertMentions(e, "16 lowercase hexadecimal digits");
    assertFalse(e.getMessage().contains(keyId), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AAAA==", "AAA=", "AA+A", "AA/A", "AAAAA", "AA AA", SECRET + "."})
  void aSealedTextNotOfItsFormIsInvalidAndNotQuoted(String sealed) {
    String document = withLedger("{\"keyId\":\"0123456789abcdef\",\"sealed\":\"" + sealed + "\"}");
    JsonDocumentException e = rejects(() -> JSON.readReport(document));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/report/perceptions/ledger/sealed", ledgerObject(document));
    assertMentions(e, "unpadded base64url");
    assertTrue(sealed.isEmpty() || !e.getMessage().contains(sealed), e.getMessage());
  }

  @Test
  void aRealSealedTextIsNeverQuotedEvenWhenItsKeyIdIsWrong() {
    String sealed = ledger().sealed();
    String document = withLedger("{\"keyId\":\"NOT-A-KEY-ID\",\"sealed\":\"" + sealed + "\"}");
    JsonDocumentException e = rejects(() -> JSON.readReport(document));
    assertEquals(JsonDocumentException.INVALID_VALUE, e.code());
    assertFalse(e.getMessage().contains(sealed.substring(0, 12)), e.getMessage());
  }

  @Test
  void aLedgerIsReadStrictlyLikeEveryOtherObject() {
    String missing = withLedger("{\"keyId\":\"0123456789abcdef\"}");
    assertError(rejects(() -> JSON.readReport(missing)), JsonDocumentException.MISSING_PROPERTY,
        "/report/perceptions/ledger/sealed", ledgerObject(missing));

    String number = withLedger("{\"keyId\":\"0123456789abcdef\",\"sealed\":7}");
    long[] sealedName = spot(number, "\"sealed\":7");
    assertError(rejects(() -> JSON.readReport(number)), JsonDocumentException.WRONG_TYPE,
        "/report/perceptions/ledger/sealed", sealedName[0], sealedName[1] + "\"sealed\":".length());

    String nul = withLedger("{\"keyId\":null,\"sealed\":\"AAAA\"}");
    assertError(rejects(() -> JSON.readReport(nul)), JsonDocumentException.NULL_VALUE,
        "/report/perceptions/ledger/keyId", spot(nul, "null"));

    String unknown = withLedger("{\"keyId\":\"0123456789abcdef\",\"sealed\":\"AAAA\",\"salt\":\"x\"}");
    JsonDocumentException e = rejects(() -> JSON.readReport(unknown));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/perceptions/ledger/salt",
        spot(unknown, "\"salt\""));
    assertMentions(e, "allowed: keyId, sealed");

    String twice = withLedger("{\"keyId\":\"0123456789abcdef\",\"sealed\":\"AAAA\",\"sealed\":\"AAAA\"}");
    assertEquals(JsonDocumentException.DUPLICATE_PROPERTY, rejects(() -> JSON.readReport(twice)).code());
  }

  @Test
  void aPreviousReleaseIsCheckedLikeALedgerAndNeedsResponses() {
    String current = JSON.write(DocumentFixtures.previousReleaseAssessment());
    String badKeyId = current.replace(ledger().keyId(), "0123456789ABCDEF");
    JsonDocumentException e = rejects(() -> JSON.readAssessment(badKeyId));
    assertEquals(JsonDocumentException.INVALID_VALUE, e.code());
    assertEquals("/assessment/previousRelease/keyId", e.pointer());

    String practicesOnly = JSON.write(Assessment.builder()
        .practices(DocumentFixtures.organization()).build())
        .replaceFirst("}}$", ",\"previousRelease\":{\"keyId\":\"0123456789abcdef\",\"sealed\":\"AAAA\"}}}");
    e = rejects(() -> JSON.readAssessment(practicesOnly));
    long[] body = spot(practicesOnly, "\"assessment\":{");
    assertError(e, JsonDocumentException.INVALID_VALUE, "/assessment/previousRelease", body[0],
        body[1] + "\"assessment\":".length());
    assertMentions(e, "must be absent when responses are absent");
  }

  @Test
  void theJacksonModuleMapsALedgerAsTheDocumentsDo() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AlignmentModule()).build();
    ReleaseLedger ledger = ledger();
    String json = mapper.writeValueAsString(ledger);
    assertEquals("{\"keyId\":\"" + ledger.keyId() + "\",\"sealed\":\"" + ledger.sealed() + "\"}", json);
    assertEquals(ledger, mapper.readValue(json, ReleaseLedger.class));
    assertEquals(DocumentFixtures.previousReleaseAssessment(),
        mapper.readValue(mapper.writeValueAsString(DocumentFixtures.previousReleaseAssessment()), Assessment.class));
  }
}
