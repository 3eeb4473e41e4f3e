package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static io.github.serviceculture.alignment.json.BadInputSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reading responses: answers keep the document's order and equal those built in code, and repeated
 * names are reported exactly as Jackson's strict duplicate detection reported them (the reader stands
 * in for that check in answers and value objects), from text, from bytes and through the module.
 */
class ResponseReadingTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  private static final String RESPONSES = """
      {"formatVersion": "1.0",
       "responses": {
         "instrumentRef": {"id": "service-culture-alignment", "version": "1.0"},
         "responses": [
           {"respondent": {"id": "a", "department": "support", "attributes": {"site": "x"}},
            "answers": {"VIS_DEFINED": 4, "GOA_TEAM": 2, "EMP_DECIDE": 3}},
           {"respondent": {"id": "b", "attributes": {"site": "y"}},
            "answers": {"VIS_DEFINED": 5}}
         ]
       }
      }
      """;

  /** The reader from text and the reader from bytes; they use different Jackson parsers. */
  private static final List<Function<String, ResponseSet>> READERS = List.of(
      JSON::readResponses, doc -> JSON.readResponses(utf8(doc)));

  private static long[] after(String doc, String needle, int occurrence) {
    long[] at = spot(doc, needle, occurrence);
    return new long[] {at[0], at[1] + needle.length()};
  }

  private static void rejectsEverywhere(String doc, String code, String pointer, long[] where) {
    for (Function<String, ResponseSet> reader : READERS) {
      assertError(rejects(() -> reader.apply(doc)), code, pointer, where);
    }
  }

  @Test
  void answersKeepTheDocumentsOrderAndEqualAnswersBuiltInCode() {
    for (Function<String, ResponseSet> reader : READERS) {
      ResponseSet read = reader.apply(RESPONSES);
      Map<String, Integer> first = new LinkedHashMap<>();
      first.put("VIS_DEFINED", 4);
      first.put("GOA_TEAM", 2);
      first.put("EMP_DECIDE", 3);
      Response response = read.responses().get(0);
      assertEquals(List.of("VIS_DEFINED", "GOA_TEAM", "EMP_DECIDE"), List.copyOf(response.answers().keySet()));
      assertEquals(first.toString(), response.answers().toString());
      ResponseSet built = ResponseSet.of(DefaultInstrument.instrument(), List.of(
          Response.of(Respondent.builder().id("a").department("support").putAttribute("site", "x").build(), first),
          Response.of(Respondent.builder().id("b").putAttribute("site", "y").build(), Map.of("VIS_DEFINED", 5))));
      assertEquals(built, read);
      assertEquals(built.toMatrix(), read.toMatrix());
    }
  }

  @Test
  void aGeneratedSurveyReadsBackEqual() {
    ResponseSet survey = SurveyFixtures.generated(11, 60, 10);
    String doc = JSON.write(survey);
    for (Function<String, ResponseSet> reader : READERS) {
      ResponseSet read = reader.apply(doc);
      assertEquals(survey, read);
      assertEquals(survey.toMatrix(), read.toMatrix());
    }
  }

  @Test
  void aStreamIsReadWholeHoweverItArrivesAndUpToTheLimit() {
    ResponseSet survey = SurveyFixtures.generated(12, 60, 10);
    byte[] doc = JSON.write(survey).getBytes(StandardCharsets.UTF_8);
    // A stream that announces nothing and gives at most 100 bytes at a time.
    Function<byte[], InputStream> trickle = bytes -> new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 100));
      }

      @Override
      public int available() {
        return 0;
      }
    };
    assertEquals(survey, JSON.readResponses(trickle.apply(doc)));
    AlignmentJson exact = AlignmentJson.builder().maxDocumentLength(doc.length).build();
    assertEquals(survey, exact.readResponses(trickle.apply(doc)));
    assertEquals(survey, exact.readResponses(utf8(doc)));
    AlignmentJson oneShort = AlignmentJson.builder().maxDocumentLength(doc.length - 1).build();
    assertEquals(JsonDocumentException.DOCUMENT_TOO_LARGE,
        rejects(() -> oneShort.readResponses(trickle.apply(doc))).code());
    assertEquals(JsonDocumentException.DOCUMENT_TOO_LARGE, rejects(() -> oneShort.readResponses(utf8(doc))).code());
  }

  @Test
  void aRepeatedAnswerIsPlacedAfterItsSecondNameAsWritten() {
    // Written plainly, and with a Unicode escape (which the reader places by reading once more).
    for (String name : new String[] {"\"VIS_DEFINED\"", "\"\\u0056IS_DEFINED\""}) {
      String doc = RESPONSES.replace("\"GOA_TEAM\": 2", "\"GOA_TEAM\": 2, " + name + ": 3");
      rejectsEverywhere(doc, JsonDocumentException.DUPLICATE_PROPERTY,
          "/responses/responses/0/answers/VIS_DEFINED", after(doc, name, name.contains("\\") ? 0 : 1));
    }
  }

  @Test
  void aRepeatedAnswerFollowedByBrokenJsonIsStillTheRepeat() {
    for (String broken : new String[] {"\"VIS_DEFINED\" 3", "\"VIS_DEFINED\": 03", "\"VIS_DEFINED\": -"}) {
      String doc = RESPONSES.replace("\"GOA_TEAM\": 2", "\"GOA_TEAM\": 2, " + broken);
      rejectsEverywhere(doc, JsonDocumentException.DUPLICATE_PROPERTY,
          "/responses/responses/0/answers/VIS_DEFINED", after(doc, "\"VIS_DEFINED\"", 1));
    }
  }

  @Test
  void aRepeatedPropertyOfARespondentIsPlacedAfterItsSecondName() {
    String doc = RESPONSES.replace("{\"id\": \"b\",", "{\"id\": \"b\", \"id\": \"c\",");
    rejectsEverywhere(doc, JsonDocumentException.DUPLICATE_PROPERTY, "/responses/responses/1/respondent/id",
        after(doc, "\"id\"", 3));
  }

  @Test
  void objectsInsideAValueKeepJacksonsCheck() {
    // The second respondent's attributes reuse the parser's context of the first one's.
    String doc = RESPONSES.replace("{\"site\": \"y\"}", "{\"site\": \"y\", \"site\": \"z\"}");
    rejectsEverywhere(doc, JsonDocumentException.DUPLICATE_PROPERTY,
        "/responses/responses/1/respondent/attributes/site", after(doc, "\"site\"", 2));
  }

  @Test
  void theModuleReportsARepeatAsJacksonDoes() throws Exception {
    String body = RESPONSES.substring(RESPONSES.indexOf("{\n   \"instrumentRef\""), RESPONSES.lastIndexOf('}'))
        .replace("\"GOA_TEAM\": 2", "\"GOA_TEAM\": 2, \"VIS_DEFINED\": 3");
    ObjectMapper strict = JsonMapper.builder().addModule(new AlignmentModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JsonDocumentException e = rejects(() -> strict.readValue(body, ResponseSet.class));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/responses/0/answers/VIS_DEFINED",
        after(body, "\"VIS_DEFINED\"", 1));
    e = rejects(() -> strict.readValue(body.getBytes(StandardCharsets.UTF_8), ResponseSet.class));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/responses/0/answers/VIS_DEFINED",
        after(body, "\"VIS_DEFINED\"", 1));
    ObjectMapper lenient = JsonMapper.builder().addModule(new AlignmentModule()).build();
    e = rejects(() -> lenient.readValue(body, ResponseSet.class));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/responses/0/answers/VIS_DEFINED",
        spot(body, "\"VIS_DEFINED\"", 1));
    assertEquals("answers an item twice", e.description());
  }
}
