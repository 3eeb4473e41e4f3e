package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.SECRET;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertMentions;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Scale;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every code of {@link JsonDocumentException}, provoked through {@link AlignmentJson}'s readers for
 * several kinds of document: the code, the pointer, the line and column, what the description names,
 * and that no free text or answer of the input comes back in the error.
 */
class BadInputTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();
  private static final Set<String> CODES_SEEN = new TreeSet<>();

  private static JsonDocumentException seen(JsonDocumentException e) {
    CODES_SEEN.add(e.code());
    return e;
  }

  static final String ORGANIZATION = """
      {"formatVersion": "1.0",
       "organization": {
         "name": "SECRET-7731 Ltd",
         "goals": [
           {"statement": "SECRET-7731 delight",
            "scope": "TEAM",
            "focus": "CUSTOMER_OUTCOME",
            "incentive": "NONE"}
         ]
       }
      }
      """;

  static final String RESPONSES = """
      {"formatVersion": "1.0",
       "responses": {
         "instrumentRef": {"id": "service-culture-alignment", "version": "1.0"},
         "responses": [
           {"respondent": {"id": "SECRET-7731-a", "department": "SECRET-7731"},
            "answers": {"VIS_DEFINED": 4, "GOA_TEAM": 2}},
           {"respondent": {"id": "SECRET-7731-b"},
            "answers": {"VIS_DEFINED": 5}}
         ]
       }
      }
      """;

  static final String POLICY = """
      {"formatVersion": "1.0",
       "policy": {
         "practiceWeight": 0.25,
         "perception": {"anonymityThreshold": 5},
         "dimensionWeights": {"VISION": 2}
       }
      }
      """;

  @AfterAll
  static void everyCodeIsCovered() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field field : JsonDocumentException.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
          && Modifier.isPublic(field.getModifiers())) {
        codes.add((String) field.get(null));
      }
    }
    assertEquals(17, codes.size(), "codes of JsonDocumentException; cover a new one here");
    assertEquals(codes, CODES_SEEN, "codes provoked by this class");
  }

  // ---- the valid documents read, so that each failure below is down to the one change

  @Test
  void theBaseDocumentsAreValid() {
    assertEquals(SECRET + " Ltd", JSON.readOrganization(ORGANIZATION).name());
    assertEquals(2, JSON.readResponses(RESPONSES).responses().size());
    assertEquals(0.25, JSON.readPolicy(POLICY).practiceWeight());
  }

  // ---- MALFORMED_JSON

  @Test
  void aSyntaxErrorIsMalformed() {
    String doc = ORGANIZATION.replace("\"SECRET-7731 delight\",", "\"SECRET-7731 delight\",,");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.MALFORMED_JSON, "/organization/goals/0/statement",
        spot(doc, ",,")[0], spot(doc, ",,")[1] + 1);
    assertEquals("is not well-formed JSON", e.description());
  }

  @Test
  void anUnquotedWordIsMalformedAndNotRepeated() {
    String doc = ORGANIZATION.replace("\"TEAM\"", "SECRET-7731");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("/organization/goals/0/scope", e.pointer());
    assertEquals(spot(doc, "SECRET-7731,")[0], e.line());
    BadInputSupport.assertNoLeak(e);
  }

  @Test
  void contentAfterTheDocumentIsMalformed() {
    String doc = ORGANIZATION + "\n{\"name\": \"SECRET-7731\"}\n";
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.MALFORMED_JSON, "", spot(doc, "{\"name\": \"SECRET"));
    assertEquals("has content after the end of the document", e.description());
  }

  @Test
  void aTruncatedDocumentIsMalformed() {
    String doc = ORGANIZATION.substring(0, ORGANIZATION.indexOf("\"scope\""));
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
    assertEquals("ends before the document is complete", e.description());
    // The pointer names the last property read.
    assertEquals("/organization/goals/0/statement", e.pointer());
    assertEquals(doc.split("\n", -1).length, e.line(), "the last line");
    BadInputSupport.assertNoLeak(e);
  }

  @Test
  void nanAndInfinityAreMalformed() {
    for (String bad : new String[] {"NaN", "Infinity", "-Infinity", "+Infinity"}) {
      String doc = POLICY.replace("0.25", bad);
      JsonDocumentException e = seen(rejects(() -> JSON.readPolicy(doc)));
      assertEquals(JsonDocumentException.MALFORMED_JSON, e.code(), bad);
      assertEquals("/policy/practiceWeight", e.pointer(), bad);
      assertEquals(3, e.line(), bad);
      assertEquals("holds NaN or Infinity, which JSON does not allow", e.description(), bad);
      BadInputSupport.assertNoLeak(e);
    }
  }

  // ---- DUPLICATE_PROPERTY
  // AlignmentJson's parser detects repeated names itself (STRICT_DUPLICATE_DETECTION): it reports
  // the place just after the repeated name. The codecs' own checks, which the module relies on,
  // report the start of the name (see BadStreamInputTest).

  private static long[] after(String doc, String needle, int occurrence) {
    long[] at = spot(doc, needle, occurrence);
    return new long[] {at[0], at[1] + needle.length()};
  }

  @Test
  void aRepeatedPropertyIsRejectedAtItsSecondOccurrence() {
    String doc = ORGANIZATION.replace("\"focus\": \"CUSTOMER_OUTCOME\",",
        "\"focus\": \"CUSTOMER_OUTCOME\",\n        \"scope\": \"TEAM\",");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/organization/goals/0/scope",
        after(doc, "\"scope\"", 1));
    assertEquals("names a property twice", e.description());
  }

  @Test
  void aRepeatedFormatVersionIsRejected() {
    String doc = ORGANIZATION.replace("\"organization\": {", "\"formatVersion\": \"1.0\",\n \"organization\": {");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/formatVersion", after(doc, "\"formatVersion\"", 1));
  }

  @Test
  void aRepeatedAnswerIsRejected() {
    String doc = RESPONSES.replace("\"GOA_TEAM\": 2", "\"GOA_TEAM\": 2, \"VIS_DEFINED\": 3");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/responses/responses/0/answers/VIS_DEFINED",
        after(doc, "\"VIS_DEFINED\"", 1));
  }

  @Test
  void anInstrumentGivenTwiceIsRejected() {
    String doc = RESPONSES.replace("\"responses\": [",
        "\"instrument\": {},\n   \"responses\": [");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.DUPLICATE_PROPERTY, "/responses/instrument", spot(doc, "\"instrument\""));
    assertMentions(e, "instrument or instrumentRef");
  }

  // ---- UNKNOWN_PROPERTY

  @Test
  void anUnknownPropertyNamesTheAllowedOnes() {
    String doc = ORGANIZATION.replace("\"scope\": \"TEAM\",", "\"scope\": \"TEAM\", \"colour\": \"SECRET-7731\",");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/organization/goals/0/colour",
        spot(doc, "\"colour\""));
    assertMentions(e, "Goal", "statement, metric, metricKind, baseline, target, deadline, cadence, scope, focus, "
        + "incentive, incentiveDescription, owner");
  }

  @Test
  void anUnknownTopLevelPropertyNamesTheAllowedOnes() {
    String doc = ORGANIZATION.replace("\n }\n}", "\n },\n \"extra\": \"SECRET-7731\"\n}");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/extra", spot(doc, "\"extra\""));
    assertMentions(e, "formatVersion, organization");
    assertMentions(e, "is not a property of an organization document");
  }

  @Test
  void anUnknownMapKeyNamesTheAllowedKeys() {
    String doc = POLICY.replace("{\"VISION\": 2}", "{\"VISION\": 2,\n   \"VIBES\": 1}");
    JsonDocumentException e = seen(rejects(() -> JSON.readPolicy(doc)));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/policy/dimensionWeights/VIBES",
        spot(doc, "\"VIBES\""));
    assertMentions(e, "VISION, GOALS, HIRING, TRAINING, EMPOWERMENT");
  }

  // ---- MISSING_PROPERTY

  @Test
  void aMissingRequiredPropertyPointsWhereItBelongs() {
    String doc = ORGANIZATION.replace("\"incentive\": \"NONE\"", "\"owner\": \"SECRET-7731\"");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.MISSING_PROPERTY, "/organization/goals/0/incentive",
        spot(doc, "{\"statement\""));
    assertEquals("Goal requires incentive", e.description());
  }

  @Test
  void aMissingBodyIsReported() {
    String doc = "{\n  \"formatVersion\": \"1.0\"\n}\n";
    JsonDocumentException e = seen(rejects(() -> JSON.readInstrument(doc)));
    assertError(e, JsonDocumentException.MISSING_PROPERTY, "/instrument", 1, 1);
  }

  @Test
  void aReferenceWithoutVersionIsReported() {
    String doc = RESPONSES.replace(", \"version\": \"1.0\"", "");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.MISSING_PROPERTY, "/responses/instrumentRef/version",
        spot(doc, "{\"id\""));
  }

  @Test
  void anEstimateWithNeitherValueNorReasonIsReported() {
    String doc = report().replaceFirst("\"alignmentIndex\":\\{[^}]*\\}", "\"alignmentIndex\":{}");
    JsonDocumentException e = seen(rejects(() -> JSON.readReport(doc)));
    assertEquals(JsonDocumentException.MISSING_PROPERTY, e.code());
    assertEquals("/report/alignmentIndex", e.pointer());
    assertEquals(1, e.line());
    assertEquals(doc.indexOf("\"alignmentIndex\":{}") + "\"alignmentIndex\":{".length() + 1, e.column());
    BadInputSupport.assertNoLeak(e);
  }

  // ---- WRONG_TYPE

  @Test
  void aStringWhereAnObjectBelongsIsTheWrongType() {
    String doc = ORGANIZATION.replace("\"goals\": [", "\"vision\": \"SECRET-7731\",\n   \"goals\": [");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/organization/vision", spot(doc, "\"SECRET-7731\""));
    assertEquals("must be an object (ServiceVision), was a string", e.description());
  }

  @Test
  void anIntPropertyRejectsFractionsAndNumbersBeyondInt() {
    String fraction = POLICY.replace("\"anonymityThreshold\": 5", "\"anonymityThreshold\": 2.5");
    JsonDocumentException e = seen(rejects(() -> JSON.readPolicy(fraction)));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/policy/perception/anonymityThreshold",
        spot(fraction, "2.5"));
    assertEquals("must be an integer, was a number with a fraction or exponent", e.description());

    String big = POLICY.replace("\"anonymityThreshold\": 5", "\"anonymityThreshold\": 3000000000");
    e = rejects(() -> JSON.readPolicy(big));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/policy/perception/anonymityThreshold",
        spot(big, "3000000000"));
    assertEquals("must be an integer from -2147483648 to 2147483647", e.description());
  }

  @Test
  void aDoubleBeyondTheRangeOfDoubleIsTheWrongType() {
    for (String huge : new String[] {"1e999", "-1e999"}) {
      String doc = POLICY.replace("0.25", huge);
      JsonDocumentException e = rejects(() -> JSON.readPolicy(doc));
      assertError(e, JsonDocumentException.WRONG_TYPE, "/policy/practiceWeight", spot(doc, huge));
      assertEquals("must be a number within the range of a double", e.description());
    }
  }

  @Test
  void anAnswerAsTextIsTheWrongType() {
    String doc = RESPONSES.replace("\"GOA_TEAM\": 2", "\"GOA_TEAM\": \"SECRET-7731\"");
    JsonDocumentException e = rejects(() -> JSON.readResponses(doc));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/responses/responses/0/answers/GOA_TEAM",
        spot(doc, "\"SECRET-7731\"}}"));
  }

  @Test
  void aBadDateIsTheWrongType() {
    String doc = "{\"formatVersion\": \"1.0\",\n \"assessment\": {\n  \"assessedOn\": \"2026-02-30\",\n"
        + "  \"practices\": {\"name\": \"SECRET-7731\"}}}";
    JsonDocumentException e = rejects(() -> JSON.readAssessment(doc));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/assessment/assessedOn", spot(doc, "\"2026-02-30\""));
    assertEquals("must be a date written YYYY-MM-DD", e.description());
  }

  @Test
  void aDocumentThatIsNotAnObjectIsTheWrongType() {
    String doc = "\n  [\"SECRET-7731\"]";
    JsonDocumentException e = rejects(() -> JSON.readAssessment(doc));
    assertError(e, JsonDocumentException.WRONG_TYPE, "", 2, 3);
    assertEquals("must be an object with formatVersion and assessment, was an array", e.description());
  }

  @Test
  void anEstimateWithBothValueAndReasonIsInvalid() {
    String doc = report().replaceFirst("\"alignmentIndex\":\\{", "\"alignmentIndex\":{\"undefinedReason\":"
        + "\"NO_DATA\",");
    JsonDocumentException e = rejects(() -> JSON.readReport(doc));
    assertEquals(JsonDocumentException.INVALID_VALUE, e.code());
    assertEquals("/report/alignmentIndex/value", e.pointer());
    assertEquals("must not hold both value and undefinedReason", e.description());
  }

  @Test
  void aDimensionWithoutPerceptionFiguresOrAReasonIsInvalid() {
    String doc = JSON.write(DocumentFixtures.notReportedReport());
    String reason = "\"perceptionNotReported\":\"SUPPRESSED_FOR_ANONYMITY\",";
    assertTrue(doc.contains(reason), "the fixture has a suppressed dimension");
    JsonDocumentException neither = rejects(() -> JSON.readReport(doc.replaceFirst(reason, "")));
    assertEquals(JsonDocumentException.INVALID_VALUE, neither.code());
    assertTrue(neither.pointer().startsWith("/report/dimensions/"), neither.pointer());
    assertEquals("DimensionResult.perceptionNotReported must give a reason when respondents is 0",
        neither.description());
  }

  // ---- NULL_VALUE

  @Test
  void nullIsRejectedForRequiredAndOptionalProperties() {
    String required = ORGANIZATION.replace("\"SECRET-7731 Ltd\"", "null");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(required)));
    assertError(e, JsonDocumentException.NULL_VALUE, "/organization/name", spot(required, "null"));
    assertEquals("must not be null; leave optional properties out instead", e.description());

    String optional = ORGANIZATION.replace("\"scope\": \"TEAM\",", "\"owner\": null,\n\"scope\": \"TEAM\",");
    e = rejects(() -> JSON.readOrganization(optional));
    assertError(e, JsonDocumentException.NULL_VALUE, "/organization/goals/0/owner", spot(optional, "null"));

    String withDefault = ORGANIZATION.replace("\"goals\": [", "\"hiring\": {\"profileTraits\": null},\n\"goals\": [");
    e = rejects(() -> JSON.readOrganization(withDefault));
    assertError(e, JsonDocumentException.NULL_VALUE, "/organization/hiring/profileTraits",
        spot(withDefault, "null"));

    String answer = RESPONSES.replace("\"GOA_TEAM\": 2", "\"GOA_TEAM\": null");
    e = rejects(() -> JSON.readResponses(answer));
    assertError(e, JsonDocumentException.NULL_VALUE, "/responses/responses/0/answers/GOA_TEAM",
        spot(answer, "null"));
  }

  @Test
  void aNullDocumentIsRejected() {
    JsonDocumentException e = rejects(() -> JSON.readPolicy("\n null"));
    assertError(e, JsonDocumentException.NULL_VALUE, "", 2, 2);
  }

  // ---- UNKNOWN_ENUM_VALUE

  @Test
  void anUnknownEnumValueNamesTheConstantsAndNotTheValue() {
    String doc = ORGANIZATION.replace("\"TEAM\"", "\"SECRET-7731\"");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/organization/goals/0/scope",
        spot(doc, "\"SECRET-7731\","));
    assertEquals("must be one of INDIVIDUAL, TEAM, ORGANIZATION", e.description());
  }

  @Test
  void anEnumValueInTheWrongCaseIsUnknown() {
    String doc = RESPONSES.replace("\"department\": \"SECRET-7731\"", "\"level\": \"manager\"");
    JsonDocumentException e = rejects(() -> JSON.readResponses(doc));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/responses/responses/0/respondent/level",
        spot(doc, "\"manager\""));
    assertMentions(e, "EXECUTIVE, MANAGER, SUPERVISOR, FRONTLINE");
  }

  @Test
  void anEnumGivenAsANumberIsTheWrongTypeAndNamesTheConstants() {
    String doc = ORGANIZATION.replace("\"NONE\"", "12345");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/organization/goals/0/incentive", spot(doc, "12345"));
    assertMentions(e, "NONE, RECOGNITION, NON_MONETARY_REWARD, MONETARY");
  }

  // ---- INVALID_VALUE

  @Test
  void aBlankNameBreaksAnInvariant() {
    String doc = ORGANIZATION.replace("\"SECRET-7731 Ltd\"", "\"   \"");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/organization/name", spot(doc, "{\n   \"name\""));
    assertEquals("Organization.name must not be blank", e.description());
  }

  @Test
  void aPolicyBelowTheAnonymityMinimumBreaksAnInvariant() {
    String doc = POLICY.replace("\"anonymityThreshold\": 5", "\"anonymityThreshold\": 1");
    JsonDocumentException e = rejects(() -> JSON.readPolicy(doc));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/policy/perception/anonymityThreshold",
        spot(doc, "{\"anonymityThreshold\""));
    assertTrue(e.description().startsWith("PerceptionPolicy.anonymityThreshold must be at least "),
        e.description());
  }

  @Test
  void aRepeatedSetElementBreaksAnInvariant() {
    String doc = ORGANIZATION.replace("\"goals\": [",
        "\"vision\": {\"statement\": \"SECRET-7731\",\n \"inputChannels\": [\"SURVEY\", \"SURVEY\"]},\n\"goals\": [");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertEquals(JsonDocumentException.INVALID_VALUE, e.code());
    assertEquals("/organization/vision/inputChannels/1", e.pointer());
    assertEquals(spot(doc, "\"SURVEY\"", 1)[0], e.line());
    assertEquals(spot(doc, "\"SURVEY\"", 1)[1], e.column());
    BadInputSupport.assertNoLeak(e);
  }

  @Test
  void anAssessmentWithNothingBreaksAnInvariant() {
    String doc = "{\"formatVersion\": \"1.0\",\n  \"assessment\": {\"assessedOn\": \"2026-03-31\"}}";
    JsonDocumentException e = rejects(() -> JSON.readAssessment(doc));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/assessment/practices", spot(doc, "{\"assessedOn\""));
    assertEquals("Assessment.practices must be given when responses are absent", e.description());
  }

  // ---- UNKNOWN_ITEM, ANSWER_OUT_OF_SCALE

  @Test
  void anUnknownItemIsRejectedNamingTheInstrument() {
    String doc = RESPONSES.replace("\"GOA_TEAM\": 2", "\"GOA_TEAMWORK\": 2");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.UNKNOWN_ITEM, "/responses/responses/0/answers/GOA_TEAMWORK",
        spot(doc, "\"GOA_TEAMWORK\""));
    assertEquals("is not an item of instrument service-culture-alignment version 1.0", e.description());
  }

  @Test
  void anAnswerOutsideTheScaleNamesTheRangeAndNotTheAnswer() {
    String doc = RESPONSES.replace("\"VIS_DEFINED\": 5", "\"VIS_DEFINED\": 48213");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.ANSWER_OUT_OF_SCALE, "/responses/responses/1/answers/VIS_DEFINED",
        spot(doc, "48213"));
    assertEquals("must be an option from 1 to 5", e.description());
  }

  @Test
  void anAnswerOutsideAScaleWithDontKnowNamesTheDontKnowCode() {
    String instrument = instrumentBody();
    String doc = "{\"formatVersion\": \"1.0\",\n \"responses\": {\n  \"instrument\": " + instrument + ",\n"
        + "  \"responses\": [{\"respondent\": {\"id\": \"SECRET-7731\"},\n   \"answers\": {\"A1\": 9, \"A2\": -48213}}]}}";
    JsonDocumentException e = rejects(() -> JSON.readResponses(doc));
    assertError(e, JsonDocumentException.ANSWER_OUT_OF_SCALE, "/responses/responses/0/answers/A2",
        spot(doc, "-48213"));
    assertEquals("must be an option from 1 to 4, or 9 for don't know", e.description());
  }

  @Test
  void anAnswerOutsideTheScaleBeforeItsRespondentIsPointedAtWhereItIs() {
    String instrument = instrumentBody();
    String doc = "{\"formatVersion\": \"1.0\",\n \"responses\": {\n  \"instrument\": " + instrument + ",\n"
        + "  \"responses\": [{\"answers\": {\"A1\": 1,\n   \"A2\": -48213},\n   \"respondent\": {\"id\": \"SECRET-7731\"}}]}}";
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.ANSWER_OUT_OF_SCALE, "/responses/responses/0/answers/A2",
        spot(doc, "-48213"));
    assertEquals("must be an option from 1 to 4, or 9 for don't know", e.description());
  }

  @Test
  void answersBeforeTheInstrumentAreCheckedOnceItIsRead() {
    String instrument = instrumentBody();
    String responses = "  \"responses\": [\n"
        + "   {\"respondent\": {\"id\": \"SECRET-7731-a\"}, \"answers\": {\"A1\": 1}},\n"
        + "   {\"respondent\": {\"id\": \"SECRET-7731-b\"}, \"answers\": {\"A1\": 2, \"B9\": 3}},\n"
        + "   {\"respondent\": {\"id\": \"SECRET-7731-c\"}, \"answers\": {\"A2\": 48213}}\n  ],\n";
    String unknownItem = "{\"formatVersion\": \"1.0\",\n \"responses\": {\n" + responses
        + "  \"instrument\": " + instrument + "}}";
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(unknownItem)));
    assertError(e, JsonDocumentException.UNKNOWN_ITEM, "/responses/responses/1/answers/B9",
        spot(unknownItem, "{\"respondent\"", 1));
    assertEquals("is not an item of instrument small version 1", e.description());

    String outOfScale = unknownItem.replace(", \"B9\": 3", "");
    e = seen(rejects(() -> JSON.readResponses(outOfScale)));
    assertError(e, JsonDocumentException.ANSWER_OUT_OF_SCALE, "/responses/responses/2/answers/A2",
        spot(outOfScale, "{\"respondent\"", 2));
    assertEquals("must be an option from 1 to 4, or 9 for don't know", e.description());

    String good = outOfScale.replace("48213", "9");
    assertEquals(3, JSON.readResponses(good).responses().size());
  }

  // ---- DUPLICATE_RESPONDENT

  @Test
  void aRepeatedRespondentIdPointsToBothWithoutNamingTheId() {
    String doc = RESPONSES.replace("SECRET-7731-b", "SECRET-7731-a");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.DUPLICATE_RESPONDENT, "/responses/responses/1/respondent/id",
        spot(doc, "{\"respondent\"", 1));
    assertEquals("repeats the respondent id of /responses/responses/0", e.description());
  }

  // ---- UNKNOWN_INSTRUMENT

  @Test
  void anUnknownInstrumentReferenceNamesTheKnownOnes() {
    String doc = RESPONSES.replace("{\"id\": \"service-culture-alignment\", \"version\": \"1.0\"}",
        "{\"id\": \"SECRET-7731\",\n    \"version\": \"1.0\"}");
    JsonDocumentException e = seen(rejects(() -> JSON.readResponses(doc)));
    assertError(e, JsonDocumentException.UNKNOWN_INSTRUMENT, "/responses/instrumentRef", spot(doc, "{\"id\""));
    assertMentions(e, "known: service-culture-alignment version 1.0", "send the whole instrument");
  }

  @Test
  void aReaderKnowsTheInstrumentsItWasGiven() {
    AlignmentJson json = AlignmentJson.builder().instrument(smallInstrument()).build();
    String doc = "{\"formatVersion\": \"1.0\", \"responses\": {\"instrumentRef\": {\"id\": \"small\","
        + " \"version\": \"2\"}}}";
    JsonDocumentException e = rejects(() -> json.readResponses(doc));
    assertEquals(JsonDocumentException.UNKNOWN_INSTRUMENT, e.code());
    assertMentions(e, "service-culture-alignment version 1.0", "version 1");
    assertEquals(0, json.readResponses(doc.replace("\"2\"", "\"1\"")).responses().size());
  }

  @Test
  void aWordOtherThanTheOneForNoneIsRejectedNamingBothForms() {
    String gutCheck = "{\"formatVersion\": \"1.1\", \"organization\": {\"name\": \"N\",\n"
        + " \"vision\": {\"statement\": \"S\", \"gutCheck\": \"never\"}}}";
    JsonDocumentException e = rejects(() -> JSON.readOrganization(gutCheck));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/organization/vision/gutCheck", spot(gutCheck, "\"never\""));
    assertMentions(e, "a GutCheck object or \"none\"");

    String review = "{\"formatVersion\": \"1.1\", \"organization\": {\"name\": \"N\",\n"
        + " \"empowerment\": {\"writtenGuidelines\": true, \"sayNoListReviewedOn\": \"none\"}}}";
    e = rejects(() -> JSON.readOrganization(review));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/organization/empowerment/sayNoListReviewedOn",
        spot(review, "\"none\""));
    assertMentions(e, "a date written YYYY-MM-DD or \"never\"");

    // Inside a commitment check, a wrong type is that property's own, not the check's.
    String nested = "{\"formatVersion\": \"1.1\", \"organization\": {\"name\": \"N\",\n"
        + " \"hiring\": {\"commitmentCheck\": {\"description\": \"offer\", \"offeredOnDay\": \"seven\"}}}}";
    e = rejects(() -> JSON.readOrganization(nested));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/organization/hiring/commitmentCheck/offeredOnDay",
        spot(nested, "\"seven\""));
  }

  // ---- MISSING_FORMAT_VERSION, UNSUPPORTED_FORMAT_VERSION

  @Test
  void aDocumentWithoutFormatVersionIsRejected() {
    String doc = ORGANIZATION.replace("{\"formatVersion\": \"1.0\",\n", "\n{");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.MISSING_FORMAT_VERSION, "", 2, 1);
    assertMentions(e, "formatVersion (1.1)");

    e = rejects(() -> JSON.readPolicy("{}"));
    assertError(e, JsonDocumentException.MISSING_FORMAT_VERSION, "", 1, 1);
  }

  @Test
  void anUnknownFormatVersionIsRejectedBeforeTheBody() {
    String doc = ORGANIZATION.replace("\"1.0\"", "\"2.0\"").replace("\"TEAM\"", "\"GALAXY\"");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, "/formatVersion", spot(doc, "\"2.0\""));
    assertMentions(e, "organization formatVersion 1.0 and 1.1 only");
  }

  @Test
  void aReportOfFormatOneZeroIsRejectedWithWhatToDo() {
    // Reports say why a figure is missing since format 1.1; a 1.0 report cannot.
    String current = JSON.write(DocumentFixtures.notReportedReport());
    assertTrue(current.startsWith("{\"formatVersion\":\"1.5\",\"report\":"), current.substring(0, 40));
    String old = current.replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.0\"");
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    assertError(e, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, "/formatVersion", spot(old, "\"1.0\""));
    assertMentions(e, "report formatVersion 1.1, 1.2, 1.3, 1.4 and 1.5 only");
    assertMentions(e, "assess again to get a 1.5 report");
  }

  @Test
  void otherKindsStayOnFormatOneZero() {
    assertEquals("1.0", AlignmentJson.formatVersion());
    assertEquals("1.1", AlignmentJson.organizationFormatVersion());
    assertEquals("1.3", AlignmentJson.assessmentFormatVersion());
    assertEquals("1.5", AlignmentJson.reportFormatVersion());
    String policy = JSON.write(DocumentFixtures.policy());
    assertTrue(policy.startsWith("{\"formatVersion\":\"1.0\","), policy.substring(0, 30));
    String newer = policy.replace("\"1.0\"", "\"1.1\"");
    JsonDocumentException e = rejects(() -> JSON.readPolicy(newer));
    assertError(e, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, "/formatVersion", spot(newer, "\"1.1\""));
    assertMentions(e, "formatVersion 1.0 only");
  }

  @Test
  void aFormatVersionThatIsNotAStringIsTheWrongType() {
    String doc = ORGANIZATION.replace("\"1.0\"", "1.0");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertError(e, JsonDocumentException.WRONG_TYPE, "/formatVersion", spot(doc, "1.0"));
  }

  @Test
  void aLateFormatVersionIsFoundWhenValidAndReportedWhenUnknown() {
    String late = ORGANIZATION.replace("{\"formatVersion\": \"1.0\",\n", "{\n")
        .replace("\n }\n}", "\n },\n \"formatVersion\": \"1.0\"\n}");
    assertEquals(SECRET + " Ltd", JSON.readOrganization(late).name());

    String unknown = late.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"0.9\"")
        .replace("\"TEAM\"", "\"GALAXY\"");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(unknown));
    assertError(e, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, "/formatVersion", spot(unknown, "\"0.9\""));

    String missing = late.replace(",\n \"formatVersion\": \"1.0\"", "");
    e = rejects(() -> JSON.readOrganization(missing));
    assertError(e, JsonDocumentException.MISSING_FORMAT_VERSION, "", 1, 1);

    // The body is read after the version was found: its errors still have the right place.
    String lateBad = late.replace("\"TEAM\"", "\"GALAXY\"");
    e = rejects(() -> JSON.readOrganization(lateBad));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/organization/goals/0/scope",
        spot(lateBad, "\"GALAXY\""));

    String lateTrailing = late + " []";
    e = rejects(() -> JSON.readOrganization(lateTrailing));
    assertEquals(JsonDocumentException.MALFORMED_JSON, e.code());
  }

  @Test
  void aLateFormatVersionIsFoundInAStream() {
    String late = "{\"policy\": {\"practiceWeight\": 0.25},\n \"formatVersion\": \"1.0\"}";
    assertEquals(0.25, JSON.readPolicy(BadInputSupport.utf8(late)).practiceWeight());
  }

  // ---- UNPAIRED_SURROGATE (more in UnpairedSurrogateTest)

  @Test
  void aLoneSurrogateEscapeInAStringIsRejectedWithoutQuotingIt() {
    String doc = ORGANIZATION.replace("SECRET-7731 delight", "SECRET-7731 \\ud800 delight");
    JsonDocumentException e = seen(rejects(() -> JSON.readOrganization(doc)));
    assertError(e, JsonDocumentException.UNPAIRED_SURROGATE, "/organization/goals/0/statement",
        spot(doc, "\"SECRET-7731 \\ud800"));
  }

  // ---- LIMIT_EXCEEDED

  @Test
  void nestingDeeperThan32IsALimit() {
    // The codecs read only the shapes the format defines, which fail on their first wrong token; the
    // parser reaches depth when it skips a body to find a late formatVersion.
    String deep = "[".repeat(40) + "]".repeat(40);
    String doc = "{\"policy\": {\"disabledRules\":\n " + deep + "},\n \"formatVersion\": \"1.0\"}";
    JsonDocumentException e = seen(rejects(() -> JSON.readPolicy(doc)));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertEquals("nests objects and arrays deeper than 32 levels", e.description());
    // The document and the policy are two levels; the bracket that opens level 33 is the 31st, at
    // column 32 of line 2, and the parser reports the place just after it.
    assertError(e, JsonDocumentException.LIMIT_EXCEEDED, "/policy/disabledRules" + "/0".repeat(30), 2, 33);

    // Within the limit, the same shape read in order is just the wrong type.
    String shallow = "{\"formatVersion\": \"1.0\",\n \"policy\": {\"disabledRules\": " + deep + "}}";
    JsonDocumentException wrongType = rejects(() -> JSON.readPolicy(shallow));
    assertError(wrongType, JsonDocumentException.WRONG_TYPE, "/policy/disabledRules/0",
        2, spot(shallow, "[[")[1] + 1);
  }

  @Test
  void aStringOver100000CharactersIsALimit() {
    String doc = ORGANIZATION.replace("SECRET-7731 delight", "SECRET-7731" + "x".repeat(100_001));
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertEquals("holds a string longer than 100000 characters", e.description());
    assertEquals("/organization/goals/0/statement", e.pointer());
    BadInputSupport.assertNoLeak(e);
    // One character less is fine.
    String atLimit = ORGANIZATION.replace("SECRET-7731 delight", "x".repeat(100_000));
    assertEquals(100_000, JSON.readOrganization(atLimit).goals().get(0).statement().length());
  }

  @Test
  void aNumberOver100DigitsIsALimit() {
    String doc = POLICY.replace("0.25", "0." + "7".repeat(120));
    JsonDocumentException e = rejects(() -> JSON.readPolicy(doc));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertEquals("holds a number longer than 100 characters", e.description());
    assertEquals("/policy/practiceWeight", e.pointer());
    assertEquals(3, e.line());
    BadInputSupport.assertNoLeak(e);
    assertFalse(e.getMessage().contains("7777"));

    String integer = POLICY.replace("\"anonymityThreshold\": 5", "\"anonymityThreshold\": " + "7".repeat(101));
    e = rejects(() -> JSON.readPolicy(integer));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertEquals("/policy/perception/anonymityThreshold", e.pointer());
  }

  @Test
  void aPropertyNameOver1000CharactersIsALimit() {
    String name = "SECRET-7731" + "n".repeat(1_000);
    String doc = ORGANIZATION.replace("\"scope\": \"TEAM\",", "\"" + name + "\": 1,\n \"scope\": \"TEAM\",");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertEquals(JsonDocumentException.LIMIT_EXCEEDED, e.code());
    assertEquals("holds a property name longer than 1000 characters", e.description());
    assertEquals("/organization/goals/0/statement", e.pointer());
    BadInputSupport.assertNoLeak(e);
  }

  // ---- DOCUMENT_TOO_LARGE

  @Test
  void aDocumentOverTheConfiguredLengthIsTooLarge() {
    AlignmentJson small = AlignmentJson.builder().maxDocumentLength(200).build();
    String doc = ORGANIZATION.replace("SECRET-7731 delight", "SECRET-7731" + " delight".repeat(30));
    JsonDocumentException e = seen(rejects(() -> small.readOrganization(doc)));
    assertEquals(JsonDocumentException.DOCUMENT_TOO_LARGE, e.code());
    assertEquals("is longer than the limit of 200 bytes", e.description());
    BadInputSupport.assertNoLeak(e);

    e = rejects(() -> small.readOrganization(BadInputSupport.utf8(doc)));
    assertError(e, JsonDocumentException.DOCUMENT_TOO_LARGE, "", 0, 0);
    assertEquals("is longer than the limit of 200 bytes", e.description());

    // The same reader takes a document within the limit.
    String fits = "{\"formatVersion\": \"1.0\", \"organization\": {\"name\": \"SECRET-7731\"}}";
    assertEquals(SECRET, small.readOrganization(fits).name());
    assertEquals(SECRET, small.readOrganization(BadInputSupport.utf8(fits)).name());
  }

  // ---- fixtures

  /** An instrument with a don't-know code: items A1, A2 (VISION) on a 1..4 scale, don't know = 9. */
  static Instrument smallInstrument() {
    return Instrument.builder().id("small").version("1")
        .scale(Scale.builder().lowest(1).highest(4).dontKnowCode(9).build())
        .addItems(Item.builder().id("A1").dimension(Dimension.VISION).text("SECRET-7731 first").build(),
            Item.builder().id("A2").dimension(Dimension.VISION).text("SECRET-7731 second").build())
        .build();
  }

  /** The body of {@link #smallInstrument()}'s document, on one line. */
  static String instrumentBody() {
    String doc = JSON.write(smallInstrument());
    return doc.substring(doc.indexOf('{', doc.indexOf("\"instrument\"")), doc.length() - 1);
  }

  /** A report document, on one line. */
  static String report() {
    Organization org = JSON.readOrganization(ORGANIZATION);
    AlignmentReport report = AlignmentEngine.withDefaults()
        .assess(Assessment.builder().practices(org).assessedOn(LocalDate.of(2026, 3, 31)).build());
    return JSON.write(report);
  }
}
