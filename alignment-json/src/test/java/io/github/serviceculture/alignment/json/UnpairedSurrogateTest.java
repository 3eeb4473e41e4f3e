package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertNoLeak;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static io.github.serviceculture.alignment.json.BadInputSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.Respondent;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Strings that Java can hold but Unicode text cannot: a surrogate without its partner, which JSON
 * admits as an escape such as <code>"&#92;ud800"</code>. The reader rejects them where they are, the writers
 * refuse to write them rather than writing {@code ?}.
 */
class UnpairedSurrogateTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  private static String organization(String name) {
    return "{\"formatVersion\": \"1.0\", \"organization\": {\"name\": \"" + name + "\"}}";
  }

  @Test
  void aLoneHighSurrogateEscapeIsRejectedAtItsString() {
    String doc = organization("SECRET-7731 \\ud800 Ltd");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertError(e, JsonDocumentException.UNPAIRED_SURROGATE, "/organization/name", spot(doc, "\"SECRET"));
    assertTrue(e.description().contains("unpaired surrogate"), e.description());
  }

  @Test
  void aLoneLowSurrogateAndAReversedPairAreRejectedToo() {
    for (String text : List.of("\\udc00", "x\\udfff", "\\udc00\\ud800", "end\\udbff")) {
      JsonDocumentException e = rejects(() -> JSON.readOrganization(utf8(organization(text))));
      assertEquals(JsonDocumentException.UNPAIRED_SURROGATE, e.code(), text);
      assertEquals("/organization/name", e.pointer(), text);
    }
  }

  @Test
  void aPairedSurrogateEscapeAndRawCharactersBeyondTheBmpAreRead() {
    assertEquals("\uD83D\uDE00 Ltd", JSON.readOrganization(organization("\\ud83d\\ude00 Ltd")).name());
    assertEquals("\uD83D\uDE00 Ltd", JSON.readOrganization(utf8(organization("\uD83D\uDE00 Ltd"))).name());
  }

  @Test
  void aLoneSurrogateInAPropertyNameIsRejectedAtItsObject() {
    String line = "{\"formatVersion\":\"1.0\",\"assessment\":{\"practices\":{\"name\":\"SECRET-7731\"},"
        + "\"responses\":{\"instrumentRef\":{\"id\":\"service-culture-alignment\",\"version\":\"1.0\"},"
        + "\"responses\":[{\"respondent\":{\"id\":\"r1\",\"attributes\":{\"site\\ud800\":\"x\"}}}]}}}";
    JsonDocumentException e = rejects(() -> JSON.readAssessment(line));
    // Jackson's name decoding already fails on it (MALFORMED_JSON); the codec's own check stands behind it.
    assertTrue(List.of(JsonDocumentException.UNPAIRED_SURROGATE, JsonDocumentException.MALFORMED_JSON)
        .contains(e.code()), e.getMessage());
    assertTrue(e.pointer().endsWith("/respondent/attributes"), e.pointer());
    assertNoLeak(e);
  }

  @Test
  void aJsonLinesStreamRejectsTheLineAndGoesOn() {
    String good = "{\"formatVersion\":\"1.0\",\"assessment\":{\"practices\":{\"name\":\"SECRET-7731\"}}}";
    String bad = good.replace("SECRET-7731", "SECRET-7731\\ud800");
    List<JsonLine<Assessment>> lines = JSON.readAssessmentLines(utf8(good + "\n" + bad + "\n" + good + "\n"))
        .collect(Collectors.toList());
    assertEquals(List.of(true, false, true), lines.stream().map(JsonLine::isValid).collect(Collectors.toList()));
    JsonDocumentException e = lines.get(1).error().orElseThrow();
    assertEquals(JsonDocumentException.UNPAIRED_SURROGATE, e.code());
    assertEquals(2, e.line());
    assertEquals("/assessment/practices/name", e.pointer());
    assertNoLeak(e);
  }

  @Test
  void theJacksonModuleRejectsItInAnApplicationsMapper() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new AlignmentModule());
    String body = "{\"id\": \"SECRET-7731\\ud800\"}";
    JsonDocumentException e = rejects(() -> mapper.readValue(body, Respondent.class));
    assertError(e, JsonDocumentException.UNPAIRED_SURROGATE, "/id", spot(body, "\"SECRET"));
  }

  @Test
  void writersRefuseAValueBuiltInCodeInsteadOfWritingAQuestionMark() {
    Organization built = Organization.builder().name("SECRET-7731 \uD800 Ltd").build();
    JsonDocumentException toString = rejects(() -> JSON.write(built));
    assertEquals(JsonDocumentException.UNPAIRED_SURROGATE, toString.code());
    assertEquals("/organization/name", toString.pointer());
    assertEquals(0, toString.line());
    assertNoLeak(toString);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonDocumentException toBytes = rejects(() -> JSON.write(built, out));
    assertEquals(JsonDocumentException.UNPAIRED_SURROGATE, toBytes.code());
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("?"), "no ? written");
  }
}
