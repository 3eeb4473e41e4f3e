package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.SECRET;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertNoLeak;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static io.github.serviceculture.alignment.json.BadInputSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bad input that arrives as bytes: byte order marks and invalid UTF-8, JSON Lines streams with good,
 * bad, blank, over-long and CRLF lines, and values read through {@link AlignmentModule} in an
 * application's own {@link ObjectMapper}.
 */
class BadStreamInputTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  // ---- InputStream documents

  @Test
  void aByteOrderMarkIsIgnored() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(SECRET + " Ltd", JSON.readOrganization(utf8(bytes(bom, BadInputTest.ORGANIZATION))).name());
  }

  @Test
  void errorsAfterAByteOrderMarkKeepTheirLineAndColumn() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String doc = BadInputTest.ORGANIZATION.replace("\"TEAM\"", "\"GALAXY\"");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(utf8(bytes(bom, doc))));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/organization/goals/0/scope",
        spot(doc, "\"GALAXY\""));
  }

  @Test
  void invalidUtf8IsMalformedAndItsBytesAreNotRepeated() {
    String doc = BadInputTest.ORGANIZATION;
    int at = doc.indexOf("delight");
    byte[] text = doc.getBytes(StandardCharsets.UTF_8);
    // 0xC3 starts a two-byte sequence; 0x28 cannot continue it.
    text[at] = (byte) 0xC3;
    text[at + 1] = (byte) 0x28;
    JsonDocumentException e = rejects(() -> JSON.readOrganization(utf8(text)));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("is not valid UTF-8 JSON text", e.description());
    assertEquals("/organization/goals/0/statement", e.pointer());
    assertEquals(spot(doc, "delight")[0], e.line());
    assertNoLeak(e);

    // A lone continuation byte, a byte that is never UTF-8, a truncated 3-byte sequence. (Jackson
    // accepts overlong encodings such as C0 AF for '/'; they are not tested here.)
    for (byte[] bad : new byte[][] {{(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82, 'x'}}) {
      byte[] broken = doc.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(bad, 0, broken, at, bad.length);
      JsonDocumentException e2 = rejects(() -> JSON.readOrganization(utf8(broken)));
      assertEquals(JsonDocumentException.MALFORMED_JSON, e2.code());
      assertEquals("/organization/goals/0/statement", e2.pointer());
    }
  }

  @Test
  void invalidUtf8OutsideAStringIsMalformed() {
    byte[] doc = {'{', (byte) 0xFE, '}'};
    JsonDocumentException e = rejects(() -> JSON.readPolicy(utf8(doc)));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals(1, e.line());
  }

  @Test
  void bytesThatAreNotValidInTheDetectedUtf32AreMalformed() {
    // Jackson takes 00 00 00 xx as UTF-32BE; the second unit, 0x00000001 56657273, is above U+10FFFF.
    byte[] doc = {0, 0, 0, '{', 0, 0, 0, 1, 'V', 'e', 'r', 's'};
    JsonDocumentException e = rejects(() -> JSON.readPolicy(utf8(doc)));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("is not valid JSON text: its bytes are not valid UTF-8, UTF-16 or UTF-32", e.description());
    assertNoLeak(e);
    List<JsonLine<Assessment>> lines = JSON.readAssessmentLines(utf8(doc)).collect(Collectors.toList());
    assertEquals(JsonDocumentException.MALFORMED_JSON, lines.get(0).error().orElseThrow().code());
  }

  @Test
  void anEmptyStreamIsReported() {
    JsonDocumentException e = rejects(() -> JSON.readPolicy(utf8("")));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("", e.pointer());
    assertEquals("is empty; expected a JSON document", e.description());
  }

  // ---- JSON Lines

  private static String assessmentLine(String scope) {
    return "{\"formatVersion\":\"1.0\",\"assessment\":{\"practices\":{\"name\":\"SECRET-7731\","
        + "\"goals\":[{\"statement\":\"SECRET-7731\",\"scope\":\"" + scope + "\",\"focus\":\"OPERATIONAL\","
        + "\"incentive\":\"NONE\"}]}}}";
  }

  @Test
  void jsonLinesAccountForEveryNonBlankLineAndGoOnAfterBadOnes() {
    AlignmentJson json = AlignmentJson.builder().maxDocumentLength(400).build();
    String good = assessmentLine("TEAM");
    String stream = good + "\n"                                        // 1 read
        + "\n"                                                         // 2 blank
        + assessmentLine("GALAXY") + "\n"                              // 3 unknown enum value
        + good + "\r\n"                                                // 4 read, CRLF
        + "  \t \r\n"                                                  // 5 blank, CRLF
        + "{\"formatVersion\":\"1.0\",\"assessment\":{\"x\":\"" + "SECRET-7731".repeat(50) + "\"}}\n" // 6 too long
        + "{\"formatVersion\":\"1.0\",\"assessment\":\n"               // 7 cut short
        + "[\"SECRET-7731\"]\n"                                        // 8 not an object
        + good + " {}\n"                                               // 9 trailing content
        + "{\"formatVersion\":\"9\",\"assessment\":{}}\r\n"            // 10 unknown version
        + good;                                                        // 11 read, no final newline
    List<JsonLine<Assessment>> lines;
    try (var s = json.readAssessmentLines(utf8(stream))) {
      lines = s.collect(Collectors.toList());
    }
    assertEquals(List.of(1L, 3L, 4L, 6L, 7L, 8L, 9L, 10L, 11L),
        lines.stream().map(JsonLine::lineNumber).collect(Collectors.toList()));
    assertEquals(List.of(true, false, true, false, false, false, false, false, true),
        lines.stream().map(JsonLine::isValid).collect(Collectors.toList()));

    JsonDocumentException enumError = lines.get(1).error().orElseThrow();
    assertError(enumError, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/assessment/practices/goals/0/scope",
        3, assessmentLine("GALAXY").indexOf("\"GALAXY\"") + 1);
    JsonDocumentException tooLong = lines.get(3).error().orElseThrow();
    assertError(tooLong, JsonDocumentException.DOCUMENT_TOO_LARGE, "", 6, 0);
    assertEquals("is longer than the limit of 400 bytes", tooLong.description());
    JsonDocumentException cut = lines.get(4).error().orElseThrow();
    assertEquals(JsonDocumentException.MALFORMED_JSON, cut.code());
    assertEquals(7, cut.line());
    assertError(lines.get(5).error().orElseThrow(), JsonDocumentException.WRONG_TYPE, "", 8, 1);
    JsonDocumentException trailing = lines.get(6).error().orElseThrow();
    assertError(trailing, JsonDocumentException.MALFORMED_JSON, "", 9, good.length() + 2);
    assertError(lines.get(7).error().orElseThrow(), JsonDocumentException.UNSUPPORTED_FORMAT_VERSION,
        "/formatVersion", 10, "{\"formatVersion\":".length() + 1);
    for (JsonLine<Assessment> line : lines) {
      line.error().ifPresent(e -> {
        assertEquals(line.lineNumber(), e.line());
        assertNoLeak(e);
        assertTrue(line.toString().startsWith("line " + line.lineNumber() + ": rejected, " + e.code()));
      });
    }
  }

  @Test
  void jsonLinesSkipALeadingByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String stream = assessmentLine("TEAM") + "\n" + assessmentLine("GALAXY") + "\n";
    List<JsonLine<Assessment>> lines = JSON.readAssessmentLines(utf8(bytes(bom, stream)))
        .collect(Collectors.toList());
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).isValid());
    assertEquals(2, lines.get(1).error().orElseThrow().line());
  }

  @Test
  void jsonLinesWithInvalidUtf8RejectThatLineOnly() {
    byte[] good = (assessmentLine("TEAM") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = (assessmentLine("TEAM") + "\n").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 10] = (byte) 0xFF;
    List<JsonLine<Assessment>> lines = JSON.readAssessmentLines(utf8(concat(good, bad, good)))
        .collect(Collectors.toList());
    assertEquals(List.of(true, false, true), lines.stream().map(JsonLine::isValid).collect(Collectors.toList()));
    assertEquals(JsonDocumentException.MALFORMED_JSON, lines.get(1).error().orElseThrow().code());
    assertEquals(2, lines.get(1).error().orElseThrow().line());
  }

  // ---- the Jackson module in an application's mapper

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AlignmentModule());

  @Test
  void theModuleThrowsTheLibraryExceptionForARootValue() {
    String body = """
        {"name": "SECRET-7731",
         "goals": [{"statement": "SECRET-7731", "scope": "GALAXY",
                    "focus": "OPERATIONAL", "incentive": "NONE"}]}
        """;
    JsonDocumentException e = rejects(() -> MAPPER.readValue(body, Organization.class));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/goals/0/scope", spot(body, "\"GALAXY\""));
  }

  @Test
  void theModuleChecksAnswersAgainstTheInstrument() {
    String body = """
        {"instrumentRef": {"id": "service-culture-alignment", "version": "1.0"},
         "responses": [{"respondent": {"id": "SECRET-7731"},
                        "answers": {"VIS_DEFINED": 48213}}]}
        """;
    JsonDocumentException e = rejects(() -> MAPPER.readValue(body, ResponseSet.class));
    assertError(e, JsonDocumentException.ANSWER_OUT_OF_SCALE, "/responses/0/answers/VIS_DEFINED",
        spot(body, "48213"));
  }

  @Test
  void theModuleInsideACollectionIsWrappedByJacksonWithTheLibraryExceptionAsCause() {
    String body = """
        [{"name": "SECRET-7731"},
         {"name": "SECRET-7731", "vision": {"statement": null}}]
        """;
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(body, new TypeReference<List<Organization>>() {}));
    JsonDocumentException cause = assertInstanceOf(JsonDocumentException.class, e.getCause());
    assertError(cause, JsonDocumentException.NULL_VALUE, "/1/vision/statement", spot(body, "null"));
  }

  @Test
  void theModuleReportsSyntaxErrorsAsTheLibraryException() {
    String body = "{\"name\": \"SECRET-7731\",\n \"goals\": [SECRET-7731]}";
    JsonDocumentException e = rejects(() -> MAPPER.readValue(body, Organization.class));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("/goals/0", e.pointer());
    assertEquals(2, e.line());
    assertNoLeak(e);

    String nan = "{\"practiceWeight\": NaN}";
    e = rejects(() -> MAPPER.readValue(nan, io.github.serviceculture.alignment.scoring.ScoringPolicy.class));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("/practiceWeight", e.pointer());
  }

  @Test
  void theModuleRejectsRepeatedMapKeysEvenWhenTheMapperAllowsThem() {
    String body = "{\"id\": \"SECRET-7731\",\n \"attributes\": {\"site\": \"SECRET-7731\", \"site\": \"x\"}}";
    JsonDocumentException e = rejects(() -> MAPPER.readValue(body,
        io.github.serviceculture.alignment.survey.Respondent.class));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/attributes/site", spot(body, "\"site\"", 1));
  }

  @Test
  void theModuleRejectsRepeatedPropertiesAtTheStartOfTheName() {
    String body = "{\"name\": \"SECRET-7731\",\n \"name\": \"SECRET-7731\"}";
    JsonDocumentException e = rejects(() -> MAPPER.readValue(body, Organization.class));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/name", spot(body, "\"name\"", 1));

    String estimate = "{\"value\": 0.5,\n \"value\": 0.7}";
    e = rejects(() -> MAPPER.readValue(estimate, io.github.serviceculture.alignment.stats.Estimate.class));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/value", spot(estimate, "\"value\"", 1));

    String both = "{\"value\": 0.5,\n \"undefinedReason\": \"NO_DATA\"}";
    e = rejects(() -> MAPPER.readValue(both, io.github.serviceculture.alignment.stats.Estimate.class));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/undefinedReason", spot(both, "\"undefinedReason\""));
  }

  @Test
  void theModuleLeavesErrorsBeforeItsValueToTheMapper() {
    // The mapper reads the first token before it calls the module: errors there are Jackson's own.
    assertThrows(com.fasterxml.jackson.core.JsonParseException.class,
        () -> MAPPER.readValue("SECRET-7731", Organization.class));
    assertThrows(com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
        () -> MAPPER.readValue("", Organization.class));
    // JSON null is Jackson's null, not an error.
    assertEquals(null, assertDoesNotThrowValue(() -> MAPPER.readValue("null", Organization.class)));
  }

  private static Object assertDoesNotThrowValue(org.junit.jupiter.api.function.ThrowingSupplier<Object> read) {
    return org.junit.jupiter.api.Assertions.assertDoesNotThrow(read);
  }

  // ---- helpers

  private static byte[] bytes(byte[] prefix, String text) {
    return concat(prefix, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
