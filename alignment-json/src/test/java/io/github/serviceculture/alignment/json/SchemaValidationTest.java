package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import io.github.serviceculture.alignment.json.DocumentFixtures.Golden;
import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.InputChannel;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.ListeningChannel;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.OutcomeSource;
import io.github.serviceculture.alignment.rules.EvidenceSource;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.scoring.Band;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas shipped under {@code META-INF/alignment/schemas/} against the golden files and the
 * reader: what one accepts the other accepts, and what one rejects the other rejects, except for the
 * checks a schema cannot express, which are listed separately as reader-only.
 */
class SchemaValidationTest {
  private static final List<String> KINDS = Schemas.KINDS;
  private static final List<String> SCHEMA_FILES = Schemas.FILES;
  private static final ObjectMapper MAPPER = Schemas.MAPPER;
  private static final AlignmentJson PRETTY = AlignmentJson.builder().prettyPrint(true).build();
  private static final AlignmentJson COMPACT = AlignmentJson.withDefaults();

  private static JsonSchema schema(String kind) {
    return Schemas.of(kind);
  }

  private static Set<ValidationMessage> validate(String kind, String document) {
    return Schemas.validate(kind, document);
  }

  private static JsonNode schemaFile(String file) {
    return Schemas.file(file);
  }

  private static Object read(String kind, String document) {
    switch (kind) {
      case "organization":
        return COMPACT.readOrganization(document);
      case "instrument":
        return COMPACT.readInstrument(document);
      case "responses":
        return COMPACT.readResponses(document);
      case "assessment":
        return COMPACT.readAssessment(document);
      case "policy":
        return COMPACT.readPolicy(document);
      case "report":
        return COMPACT.readReport(document);
      case "norms":
        return COMPACT.readNorms(document);
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  // ---- the schemas themselves

  @ParameterizedTest
  @MethodSource("schemaFiles")
  void everySchemaIsValidAgainstTheDraft202012MetaSchema(String file) {
    JsonSchema meta = Schemas.FACTORY.getSchema(SchemaLocation.of(Schemas.META_SCHEMA), Schemas.CONFIG);
    JsonNode schema = schemaFile(file);
    assertEquals(Set.of(), meta.validate(schema));
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
    assertEquals(Schemas.id(file), schema.path("$id").asText());
  }

  static List<String> schemaFiles() {
    return SCHEMA_FILES;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyDocumentSchemaLoadsOfflineWithAllItsReferences(String kind) {
    JsonSchema schema = schema(kind);
    JsonNode root = schemaFile(kind + ".schema.json");
    assertEquals(Set.of("formatVersion", kind), fieldNames(root.path("properties")));
    assertEquals(List.of("formatVersion", kind), MAPPER.convertValue(root.path("required"), List.class));
    assertFalse(root.path("additionalProperties").asBoolean(true));
    assertEquals(Schemas.id(kind + ".schema.json"), schema.getSchemaLocation().getAbsoluteIri().toString());
  }

  static List<String> kinds() {
    return KINDS;
  }

  @Test
  void aReferenceOutsideTheClasspathIsNotFetched() {
    JsonSchema schema = Schemas.FACTORY.getSchema(MAPPER.createObjectNode()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$ref", "https://example.org/not-ours.schema.json"), Schemas.CONFIG);
    InvalidSchemaException e = assertThrows(InvalidSchemaException.class, schema::initializeValidators);
    assertTrue(e.getMessage().contains("not allowed to be loaded"), e.getMessage());
  }

  @Test
  void everyObjectInEverySchemaForbidsUnknownProperties() {
    for (String file : SCHEMA_FILES) {
      List<String> open = new ArrayList<>();
      walk(schemaFile(file), "", (pointer, node) -> {
        boolean isObjectType = "object".equals(node.path("type").asText());
        boolean closed = node.has("additionalProperties")
            && (node.get("additionalProperties").isObject() ? node.has("propertyNames")
                : !node.get("additionalProperties").asBoolean());
        boolean freeStringKeys = node.get("additionalProperties") != null && node.get("additionalProperties").isObject()
            && List.of("attributes", "answers").stream().anyMatch(pointer::endsWith);
        if (isObjectType && !closed && !freeStringKeys) {
          open.add(pointer);
        }
      });
      assertEquals(List.of(), open, file + ": objects that accept unknown properties");
    }
  }

  @Test
  void schemaEnumerationsListTheJavaConstantsInOrder() {
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("defs:UndefinedReason", UndefinedReason.class);
    enums.put("defs:Dimension", Dimension.class);
    enums.put("defs:Level", Level.class);
    enums.put("defs:Frequency", Frequency.class);
    enums.put("defs:EngagementQuestion", EngagementQuestion.class);
    enums.put("organization:InputChannel", InputChannel.class);
    enums.put("organization:MetricKind", MetricKind.class);
    enums.put("organization:Cadence", Cadence.class);
    enums.put("organization:GoalScope", GoalScope.class);
    enums.put("organization:GoalFocus", GoalFocus.class);
    enums.put("organization:Incentive", Incentive.class);
    enums.put("organization:CandidateAssessment", CandidateAssessment.class);
    enums.put("organization:TrainingCoverage", TrainingCoverage.class);
    enums.put("organization:TrainingEvaluation", TrainingEvaluation.class);
    enums.put("organization:Reinforcement", Reinforcement.class);
    enums.put("organization:EmpowermentIngredient", EmpowermentIngredient.class);
    enums.put("organization:ListeningChannel", ListeningChannel.class);
    enums.put("report:Band", Band.class);
    enums.put("report:Severity", Severity.class);
    enums.put("report:EvidenceSource", EvidenceSource.class);
    enums.put("report:NotReportedReason", NotReportedReason.class);
    enums.put("report:OutcomeSource", OutcomeSource.class);
    enums.put("comparison:ChangeVerdict", io.github.serviceculture.alignment.scoring.ChangeVerdict.class);
    enums.put("comparison:NotComparableReason", io.github.serviceculture.alignment.scoring.NotComparableReason.class);
    enums.forEach((place, type) -> {
      String[] parts = place.split(":");
      JsonNode definition = schemaFile(parts[0] + ".schema.json").path("$defs").path(parts[1]);
      List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
      assertEquals(constants, MAPPER.convertValue(definition.path("enum"), List.class), place);
    });
    int enumerationsInSchemas = 0;
    for (String file : SCHEMA_FILES) {
      int[] count = {0};
      walk(schemaFile(file), "", (pointer, node) -> count[0] += node.has("enum") ? 1 : 0);
      enumerationsInSchemas += count[0];
    }
    assertEquals(enums.size(), enumerationsInSchemas, "every enumeration of the schemas is checked here");
  }

  @Test
  void schemaPropertiesAreTheCodecsPropertiesInWrittenOrder() {
    Map<String, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put("organization:Organization", ModelCodecs.ORGANIZATION);
    codecs.put("organization:ServiceVision", ModelCodecs.VISION);
    codecs.put("organization:DraftingGroup", ModelCodecs.DRAFTING_GROUP);
    codecs.put("organization:GutCheck", ModelCodecs.GUT_CHECK);
    codecs.put("organization:Goal", ModelCodecs.GOAL);
    codecs.put("organization:HiringPractice", ModelCodecs.HIRING);
    codecs.put("organization:ProfileTrait", ModelCodecs.PROFILE_TRAIT);
    codecs.put("organization:CommitmentCheck", ModelCodecs.COMMITMENT_CHECK);
    codecs.put("organization:TurnoverFigures", ModelCodecs.TURNOVER);
    codecs.put("organization:TrainingProgram", ModelCodecs.TRAINING);
    codecs.put("organization:EmpowermentPolicy", ModelCodecs.EMPOWERMENT);
    codecs.put("organization:LeadershipPractice", ModelCodecs.LEADERSHIP);
    codecs.put("instrument:Instrument", SurveyCodecs.INSTRUMENT);
    codecs.put("instrument:Scale", SurveyCodecs.SCALE);
    codecs.put("instrument:Item", SurveyCodecs.ITEM);
    codecs.put("responses:Respondent", SurveyCodecs.RESPONDENT);
    codecs.put("responses:Response", SurveyCodecs.RESPONSE);
    codecs.put("assessment:Assessment", new Formats(Instruments.DEFAULT).assessment);
    codecs.put("assessment:Headcounts", SurveyCodecs.HEADCOUNTS);
    codecs.put("assessment:GroupHeadcount", SurveyCodecs.GROUP_HEADCOUNT);
    codecs.put("policy:ScoringPolicy", PolicyCodecs.SCORING);
    codecs.put("policy:PerceptionPolicy", PolicyCodecs.PERCEPTION);
    codecs.put("policy:RuleThresholds", PolicyCodecs.THRESHOLDS);
    codecs.put("report:AlignmentReport", ReportCodecs.REPORT);
    codecs.put("report:ReportMetadata", ReportCodecs.METADATA);
    codecs.put("report:DimensionResult", ReportCodecs.DIMENSION);
    codecs.put("report:Finding", ReportCodecs.FINDING);
    codecs.put("report:Evidence", ReportCodecs.EVIDENCE);
    codecs.put("report:PerceptionReport", ReportCodecs.PERCEPTIONS);
    codecs.put("report:PerceptionFigures", ReportCodecs.FIGURES);
    codecs.put("report:EngagementShare", ReportCodecs.ENGAGEMENT);
    codecs.put("report:GroupPerception", ReportCodecs.GROUP);
    codecs.put("report:PerceptionGap", ReportCodecs.GAP);
    codecs.put("report:GroupDifferences", ReportCodecs.DIFFERENCES);
    codecs.put("report:Participation", ReportCodecs.PARTICIPATION);
    codecs.put("report:ResponseRate", ReportCodecs.RESPONSE_RATE);
    codecs.put("report:Standings", ReportCodecs.STANDINGS);
    codecs.put("report:Standing", ReportCodecs.STANDING);
    codecs.put("defs:ReleaseLedger", ReportCodecs.LEDGER);
    codecs.put("norms:Norms", NormsCodecs.NORMS);
    codecs.put("norms:Norm", NormsCodecs.NORM);
    codecs.forEach((place, codec) -> {
      String[] parts = place.split(":");
      JsonNode definition = schemaFile(parts[0] + ".schema.json").path("$defs").path(parts[1]);
      List<String> schemaProperties = new ArrayList<>();
      definition.path("properties").fieldNames().forEachRemaining(schemaProperties::add);
      assertEquals(((ObjectCodec<?, ?>) codec).propertyNames(), schemaProperties, place);
    });
  }

  @Test
  void policyDefaultsInTheSchemaAreTheDefaultsTheWriterWrites() {
    JsonNode definitions = schemaFile("policy.schema.json").path("$defs");
    JsonNode written = readTree(COMPACT.write(ScoringPolicy.defaults())).path("policy");
    assertDefaults(definitions.path("ScoringPolicy"), written, Set.of("perception", "thresholds"));
    assertDefaults(definitions.path("PerceptionPolicy"), written.path("perception"), Set.of());
    assertDefaults(definitions.path("RuleThresholds"), written.path("thresholds"), Set.of());
    assertFalse(definitions.path("PerceptionPolicy").path("properties").path("agreementNullVariance").has("default"),
        "no default is written for the optional null variance");
  }

  private static void assertDefaults(JsonNode definition, JsonNode written, Set<String> nested) {
    for (Iterator<String> names = written.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (nested.contains(name)) {
        continue;
      }
      JsonNode expected = written.get(name);
      JsonNode declared = definition.path("properties").path(name).get("default");
      assertTrue(declared != null, name + " declares a default");
      boolean same = expected.isNumber() && declared.isNumber()
          ? expected.decimalValue().compareTo(declared.decimalValue()) == 0
          : expected.equals(declared);
      assertTrue(same, name + ": schema default " + declared + ", written " + expected);
    }
  }

  // ---- valid documents

  static Stream<Arguments> goldenDocuments() {
    return DocumentFixtures.goldens().stream().flatMap(golden -> Stream.of(
        Arguments.of(golden, "pretty", golden.write(PRETTY)),
        Arguments.of(golden, "compact", golden.write(COMPACT)),
        Arguments.of(golden, "golden file", GoldenFilesTest.goldenText(golden))));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("goldenDocuments")
  void everyGoldenDocumentValidatesAgainstItsSchema(Golden<?> golden, String form, String document) {
    assertEquals(Set.of(), validate(golden.kind(), document));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"formatVersion\":\"1.1\",\"organization\":{\"name\":\"Only a name\"}}",
      "{\"organization\":{\"name\":\"Version last\"},\"formatVersion\":\"1.1\"}",
      "{\"formatVersion\":\"1.1\",\"organization\":{\"name\":\"N\",\"goals\":[],\"vision\":{\"statement\":\"S\"}}}",
      "{\"formatVersion\":\"1.1\",\"organization\":{\"name\":\"N\",\"vision\":{\"statement\":\"S\","
          + "\"gutCheck\":\"none\"},\"hiring\":{\"commitmentCheck\":\"none\"},"
          + "\"empowerment\":{\"writtenGuidelines\":true,\"sayNoListReviewedOn\":\"never\"}}}",
      "{\"formatVersion\":\"1.1\",\"organization\":{\"name\":\"N\",\"vision\":\"none\"}}"})
  void minimalOrganizationsPassBothSchemaAndReader(String document) {
    assertEquals(Set.of(), validate("organization", document));
    read("organization", document);
  }

  @Test
  void anEmptyPolicyPassesBothSchemaAndReaderAndMeansTheDefaults() {
    String document = "{\"formatVersion\":\"1.0\",\"policy\":{}}";
    assertEquals(Set.of(), validate("policy", document));
    assertEquals(ScoringPolicy.defaults(), read("policy", document));
  }

  @Test
  void aResponseSetWithoutResponsesPassesBothSchemaAndReader() {
    String document = "{\"formatVersion\":\"1.0\",\"responses\":{\"instrumentRef\":"
        + "{\"id\":\"service-culture-alignment\",\"version\":\"1.0\"}}}";
    assertEquals(Set.of(), validate("responses", document));
    read("responses", document);
  }

  // ---- invalid documents: the schema and the reader both reject them

  /** A broken document: what is wrong, its kind, its text, and the reader's error code. */
  record Broken(String what, String kind, String document, String readerCode) {
    @Override
    public String toString() {
      return what;
    }
  }

  private static Broken broken(String what, String golden, String readerCode, Consumer<ObjectNode> change) {
    Golden<?> source = DocumentFixtures.goldens().stream().filter(g -> g.name().equals(golden)).findFirst()
        .orElseThrow();
    ObjectNode root = (ObjectNode) readTree(source.write(COMPACT));
    change.accept(root);
    return new Broken(what, source.kind(), root.toString(), readerCode);
  }

  private static Broken broken(String what, String kind, String readerCode, String document) {
    return new Broken(what, kind, document, readerCode);
  }

  private static ObjectNode object(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  static List<Broken> rejectedByBoth() {
    return List.of(
        broken("a group headcount of 0", "assessment-headcounts", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/assessment/headcounts/groups/0").put("headcount", 0)),
        broken("headcounts that give nothing", "assessment-headcounts", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/assessment/headcounts").remove(List.of("organization", "groups"))),
        broken("a withheld response rate with a count", "report-participation", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/participation/groups/1").put("respondents", 8)
                .put("responseRate", 0.8)),
        broken("a withheld response rate with a headcount", "report-participation",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/participation/groups/1").put("headcount", 10)),
        broken("a released response rate without its headcount", "report-participation",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/participation/groups/0").remove("headcount")),
        broken("a response rate with neither a count nor a reason", "report-participation",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/participation/groups/1").remove("notReported")),
        broken("a response rate withheld for a reason that is not a SUPPRESSED_* one", "report-participation",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/participation/groups/1").put("notReported", "NO_DATA")),
        broken("a gut check that is neither an object nor \"none\"", "organization-none-and-not-recorded",
            JsonDocumentException.WRONG_TYPE, root -> object(root, "/organization/vision").put("gutCheck", "never")),
        broken("a commitment check of \"None\"", "organization-none-and-not-recorded",
            JsonDocumentException.WRONG_TYPE, root -> object(root, "/organization/hiring").put("commitmentCheck", "None")),
        broken("a say-no review that is neither a date nor \"never\"", "organization-none-and-not-recorded",
            JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization/empowerment").put("sayNoListReviewedOn", "none")),
        broken("a null listening channels", "organization", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/organization/leadership").putNull("listeningChannels")),
        broken("a vision of \"never\"", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization").put("vision", "never")),
        broken("a gut check of null", "organization", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/organization/vision").putNull("gutCheck")),
        broken("unknown property at the document root", "organization", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> root.put("comment", "hello")),
        broken("unknown property in the body", "policy", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/policy").put("strict", true)),
        broken("unknown property three levels down", "organization", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/organization/vision/draftingGroup").put("chair", "Ana")),
        broken("unknown property in an array element", "organization", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/organization/goals/1").put("priority", 1)),
        broken("unknown property in an estimate", "report", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/report/alignmentIndex").put("unit", "points")),
        broken("unknown property in an instrument reference", "responses-default-instrument",
            JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/responses/instrumentRef").put("url", "https://example.org")),
        broken("missing formatVersion", "policy", JsonDocumentException.MISSING_FORMAT_VERSION,
            root -> root.remove("formatVersion")),
        broken("formatVersion 2.0", "organization", JsonDocumentException.UNSUPPORTED_FORMAT_VERSION,
            root -> root.put("formatVersion", "2.0")),
        broken("formatVersion as a number", "organization", JsonDocumentException.WRONG_TYPE,
            root -> root.put("formatVersion", 1.0)),
        broken("missing body", "organization", JsonDocumentException.MISSING_PROPERTY,
            root -> root.remove("organization")),
        broken("the body of another kind", "organization", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> root.set("policy", root.remove("organization"))),
        broken("missing required name", "organization", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/organization").remove("name")),
        broken("missing required goal scope", "organization", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/organization/goals/0").remove("scope")),
        broken("missing required report metadata fingerprint", "report", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/report/metadata").remove("policyFingerprint")),
        broken("missing respondent", "responses-custom-instrument", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/responses/responses/0").remove("respondent")),
        broken("instrument reference without version", "responses-default-instrument",
            JsonDocumentException.MISSING_PROPERTY, root -> object(root, "/responses/instrumentRef").remove("version")),
        broken("integer as a string", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization/vision/draftingGroup").put("size", "8")),
        broken("integer with a fraction", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization/vision/draftingGroup").put("size", 8.5)),
        broken("integer beyond 32 bits", "policy", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/policy/perception").put("anonymityThreshold", 3_000_000_000L)),
        broken("number as a string", "policy", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/policy").put("alignedAt", "80")),
        broken("boolean as a string", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization/training").put("teachesVision", "yes")),
        broken("object where an array belongs", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization").putObject("goals")),
        broken("answer as a string", "responses-custom-instrument", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/responses/responses/0/answers").put("GOALS_TEAM", "3")),
        broken("attribute value as a number", "responses-custom-instrument", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/responses/responses/0/respondent/attributes").put("site", 7)),
        broken("date in another layout", "assessment", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/assessment").put("assessedOn", "31/03/2026")),
        broken("date that does not exist", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization/goals/0").put("deadline", "2026-02-30")),
        broken("unknown enumeration value", "organization", JsonDocumentException.UNKNOWN_ENUM_VALUE,
            root -> object(root, "/organization/goals/0").put("scope", "GALAXY")),
        broken("enumeration value in lower case", "instrument-custom", JsonDocumentException.UNKNOWN_ENUM_VALUE,
            root -> object(root, "/instrument/items/0").put("dimension", "vision")),
        broken("unknown undefined reason", "report", JsonDocumentException.UNKNOWN_ENUM_VALUE,
            root -> object(root, "/report/dimensions/2/practiceScore").put("undefinedReason", "BAD_LUCK")),
        broken("unknown enumeration key of a map", "policy", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/policy/dimensionWeights").put("MORALE", 1.0)),
        broken("repeated element of a set", "organization", JsonDocumentException.INVALID_VALUE,
            root -> ((ArrayNode) root.at("/organization/vision/inputChannels")).add("SURVEY")),
        broken("repeated string of a set", "policy", JsonDocumentException.INVALID_VALUE,
            root -> ((ArrayNode) root.at("/policy/disabledRules")).add("VISION.ONE_SENTENCE")),
        broken("both instrument and instrumentRef", "responses-custom-instrument",
            JsonDocumentException.DUPLICATE_PROPERTY, root -> object(root, "/responses").putObject("instrumentRef")
                .put("id", "service-culture-alignment").put("version", "1.0")),
        broken("neither instrument nor instrumentRef", "responses-custom-instrument",
            JsonDocumentException.MISSING_PROPERTY, root -> object(root, "/responses").remove("instrument")),
        broken("a dimension listed as not measured", "report-not-reported", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/notReported").put("HIRING", "NOT_MEASURED")),
        broken("estimate with both value and undefinedReason", "report", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/alignmentIndex").put("undefinedReason", "NO_DATA")),
        broken("estimate with neither value nor undefinedReason", "report", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/report").putObject("alignmentIndex")),
        broken("date with a five-digit year", "assessment", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/assessment").put("assessedOn", "+12026-01-01")),
        broken("null for an optional property", "organization", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/organization/goals/0").putNull("metric")),
        broken("null for an optional object", "organization", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/organization").putNull("leadership")),
        broken("null for a property with a default", "policy", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/policy").putNull("disabledRules")),
        broken("null estimate value", "report", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/report/alignmentIndex").putNull("value")),
        broken("an instrument without items", "instrument-custom", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/instrument").putArray("items")),
        broken("an assessment with neither practices nor responses", "assessment",
            JsonDocumentException.INVALID_VALUE, root -> {
              object(root, "/assessment").remove("practices");
              object(root, "/assessment").remove("responses");
            }),
        broken("an array as the document", "policy", JsonDocumentException.WRONG_TYPE, "[]"),
        broken("a ledger key id in upper case", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/ledger").put("keyId", "0123456789ABCDEF")),
        broken("a ledger key id of 15 digits", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/ledger").put("keyId", "0123456789abcde")),
        broken("a sealed ledger with base64 padding", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/ledger").put("sealed",
                root.at("/report/perceptions/ledger/sealed").asText() + "==")),
        broken("a sealed ledger in standard base64", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/ledger").put("sealed", "ab+/")),
        broken("a sealed ledger of a length base64 cannot have", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/ledger").put("sealed", "AAAAA")),
        broken("an empty sealed ledger", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/ledger").put("sealed", "")),
        broken("a ledger without its key id", "report-ledger", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/report/perceptions/ledger").remove("keyId")),
        broken("unknown property in a ledger", "report-ledger", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> object(root, "/report/perceptions/ledger").put("nonce", "AAAA")),
        broken("a previous release of the wrong type", "assessment-previous-release",
            JsonDocumentException.WRONG_TYPE, root -> object(root, "/assessment").put("previousRelease", "AAAA")),
        broken("the organization suppressed as complementary", "report-not-reported",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/notReported").put("GOALS", "SUPPRESSED_COMPLEMENTARY")),
        broken("a group hiding a dimension for no data", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/groups/1/notReported").put("GOALS", "NO_DATA")),
        broken("an unknown reason", "report-ledger", JsonDocumentException.UNKNOWN_ENUM_VALUE,
            root -> object(root, "/report/perceptions/groups/1/notReported").put("GOALS", "SUPPRESSED_BY_HR")),
        broken("a previous release without responses", "assessment", JsonDocumentException.INVALID_VALUE, root -> {
          object(root, "/assessment").remove("responses");
          object(root, "/assessment").putObject("previousRelease").put("keyId", "0123456789abcdef")
              .put("sealed", "AAAA");
        }),
        broken("a report of format 1.1 with a reason of 1.2", "report-ledger", JsonDocumentException.UNKNOWN_ENUM_VALUE,
            root -> withoutCodes(root).put("formatVersion", "1.1")),
        broken("a report of format 1.2 with a finding's code", "report", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> withoutItems(root).put("formatVersion", "1.2")),
        broken("a report of format 1.3 with item results", "report", JsonDocumentException.UNKNOWN_PROPERTY,
            root -> root.put("formatVersion", "1.3")),
        broken("a report of format 1.4 with an instrument fingerprint", "report",
            JsonDocumentException.UNKNOWN_PROPERTY, root -> root.put("formatVersion", "1.4")),
        broken("an instrument fingerprint that is not a SHA-256", "report", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/metadata").put("instrumentFingerprint", "7EF573A0")),
        broken("an item result without its n", "report", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/report/perceptions/items/0").remove("n")),
        broken("an item result of an unknown dimension", "report", JsonDocumentException.UNKNOWN_ENUM_VALUE,
            root -> object(root, "/report/perceptions/items/0").put("dimension", "CULTURE")),
        broken("a group hiding its items for no data", "report-ledger", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/groups/1").putObject("itemsNotReported").put("GOALS",
                "NO_DATA")),
        broken("a finding without its code", "report", JsonDocumentException.MISSING_PROPERTY,
            root -> object(root, "/report/findings/0").remove("code")),
        broken("a parameter that is an array", "report", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/report/findings/0/parameters").putArray("groups")),
        broken("a parameter that is null", "report", JsonDocumentException.NULL_VALUE,
            root -> object(root, "/report/findings/0/parameters").putNull("groups")),
        broken("a parameter whose name is not a word", "report", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/findings/0/parameters").put("two words", 1)),
        broken("an assessment of format 1.0 with a previous release", "assessment-previous-release",
            JsonDocumentException.UNKNOWN_PROPERTY, root -> root.put("formatVersion", "1.0")));
  }

  /** The document with the code and parameters of every finding removed, as a 1.2 report has them. */
  private static ObjectNode withoutCodes(ObjectNode root) {
    withoutItems(root);
    for (String list : List.of("findings", "priorities")) {
      for (JsonNode finding : root.get("report").get(list)) {
        ((ObjectNode) finding).remove(List.of("code", "parameters"));
      }
    }
    return root;
  }

  /**
   * Removes what formats 1.4 and 1.5 added: item results and favourable shares, wherever they are,
   * and the instrument fingerprint.
   */
  private static ObjectNode withoutItems(ObjectNode root) {
    List<JsonNode> nodes = new java.util.ArrayList<>(List.of(root));
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.remove(nodes.size() - 1);
      if (node instanceof ObjectNode) {
        ((ObjectNode) node).remove(List.of("items", "itemsNotReported", "favourableShare", "perceptionFavourableShare",
            "instrumentFingerprint"));
      }
      node.forEach(nodes::add);
    }
    return root;
  }

  /** Whether a complaint is the version's or a finding's missing code, the differences of 1.2 and 1.1. */
  private static boolean versionOrCode(ValidationMessage m) {
    return m.getInstanceLocation().toString().equals("/formatVersion")
        || "required".equals(m.getType()) && m.getMessage().contains("code")
            && m.getInstanceLocation().toString().matches("/report/(findings|priorities)/\\d+");
  }

  @Test
  void theReportSchemaDescribesFormat14AndTheReaderAlsoReads11To13ReportsThatSayNothingNew() {
    // A 1.1 or 1.2 report is a 1.4 report but for its version and its findings' codes: the 1.4
    // schema rejects it there only.
    for (String resource : List.of(DocumentFixtures.LEGACY_REPORT, DocumentFixtures.LEGACY_REPORT_1_2)) {
      String legacy = readResource(resource);
      Set<ValidationMessage> complaints = validate("report", legacy);
      assertTrue(complaints.stream().anyMatch(m -> m.getInstanceLocation().toString().equals("/formatVersion")),
          complaints::toString);
      assertTrue(complaints.stream().anyMatch(m -> !m.getInstanceLocation().toString().equals("/formatVersion")),
          "the findings lack a code: " + complaints);
      assertTrue(complaints.stream().allMatch(SchemaValidationTest::versionOrCode), complaints::toString);
      read("report", legacy);
    }

    // A 1.3 report is a 1.4 report but for its version.
    String legacy13 = readResource(DocumentFixtures.LEGACY_REPORT_1_3);
    Set<ValidationMessage> complaints13 = validate("report", legacy13);
    assertTrue(!complaints13.isEmpty() && complaints13.stream()
        .allMatch(m -> m.getInstanceLocation().toString().equals("/formatVersion")), complaints13::toString);
    read("report", legacy13);

    String legacyAssessment = readResource(DocumentFixtures.LEGACY_ASSESSMENT);
    Set<ValidationMessage> complaints = validate("assessment", legacyAssessment);
    assertTrue(!complaints.isEmpty() && complaints.stream()
        .allMatch(m -> m.getInstanceLocation().toString().equals("/formatVersion")), complaints::toString);
    read("assessment", legacyAssessment);
  }

  private static String readResource(String resource) {
    try (var in = SchemaValidationTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedByBoth")
  void theSchemaRejectsWhatTheReaderRejects(Broken broken) {
    assertFalse(validate(broken.kind(), broken.document()).isEmpty(), "the schema accepts " + broken.document());
    JsonDocumentException e =
        assertThrows(JsonDocumentException.class, () -> read(broken.kind(), broken.document()), broken.document());
    assertEquals(broken.readerCode(), e.code(), e.getMessage());
  }

  // ---- invalid documents that only the reader can reject

  /**
   * A schema sees each document alone and cannot express these: answers are checked against the
   * instrument's items and scale, references against the instruments the reader knows, ids for
   * uniqueness across array elements, the core types' invariants (non-blank text, ranges, the syntax
   * of ids) by the values' own validation, and repeated property names are lost by a JSON tree
   * before the schema sees them. A whole number written as {@code 8.0} is an integer to JSON Schema
   * but not to the reader, which expects integers written as integers. The schemas describe these
   * rules in their descriptions and comments; these tests pin that the reader enforces them.
   */
  static List<Broken> rejectedByTheReaderOnly() {
    return List.of(
        broken("a response rate that is not respondents divided by headcount", "report-participation",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/participation/groups/0").put("responseRate", 0.6)),
        broken("an organization's headcount smaller than its respondents", "assessment-headcounts",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/assessment/headcounts").put("organization", 2)),
        broken("answer outside the scale", "responses-custom-instrument", JsonDocumentException.ANSWER_OUT_OF_SCALE,
            root -> object(root, "/responses/responses/0/answers").put("GOALS_TEAM", 7)),
        broken("answer to an unknown item", "responses-custom-instrument", JsonDocumentException.UNKNOWN_ITEM,
            root -> object(root, "/responses/responses/0/answers").put("NO_SUCH_ITEM", 3)),
        broken("reference to an unknown instrument", "responses-default-instrument",
            JsonDocumentException.UNKNOWN_INSTRUMENT,
            root -> object(root, "/responses/instrumentRef").put("version", "9.9")),
        broken("repeated respondent id", "responses-custom-instrument", JsonDocumentException.DUPLICATE_RESPONDENT,
            root -> object(root, "/responses/responses/1/respondent").put("id", "p-001")),
        broken("blank vision statement", "organization", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/organization/vision").put("statement", "   ")),
        broken("recognized more often than asked", "organization", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/organization/vision/gutCheck").put("recognized", 21)),
        broken("percentage above 100", "organization", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/organization/hiring/commitmentCheck").put("acceptancePercent", 101)),
        broken("item id with a space", "instrument-custom", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/instrument/items/3").put("id", "GOALS CLEAR")),
        broken("a dimension without respondents and without a reason", "report-not-reported",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/dimensions/2").remove("perceptionNotReported")),
        broken("a reason beside respondents", "report-not-reported", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/dimensions/0").put("perceptionNotReported", "NO_DATA")),
        broken("a dimension with both figures and a reason", "report-not-reported",
            JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/report/perceptions/notReported").put("VISION", "NO_DATA")),
        broken("aligned below drifting", "policy", JsonDocumentException.INVALID_VALUE,
            root -> object(root, "/policy").put("alignedAt", 40)),
        broken("integer written with a fraction of zero", "organization", JsonDocumentException.WRONG_TYPE,
            root -> object(root, "/organization/vision/draftingGroup").put("size", 8.0)),
        broken("property named twice", "policy", JsonDocumentException.DUPLICATE_PROPERTY,
            "{\"formatVersion\":\"1.0\",\"policy\":{\"alignedAt\":80,\"alignedAt\":70}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedByTheReaderOnly")
  void theReaderAloneRejectsWhatNoSchemaCanExpress(Broken broken) {
    assertEquals(Set.of(), validate(broken.kind(), broken.document()));
    JsonDocumentException e =
        assertThrows(JsonDocumentException.class, () -> read(broken.kind(), broken.document()), broken.document());
    assertEquals(broken.readerCode(), e.code(), e.getMessage());
  }

  @Test
  void aDimensionMeasuredByOneItemIsReadAndItsSingleItemAlphaValidates() {
    // The custom instrument without its second GOALS item: GOALS is a single-item measure.
    Broken single = broken("a dimension measured by one item", "instrument-custom", null,
        root -> ((ArrayNode) root.at("/instrument/items")).remove(3));
    assertEquals(Set.of(), validate(single.kind(), single.document()));
    var instrument = (io.github.serviceculture.alignment.survey.Instrument) read(single.kind(), single.document());
    assertEquals(1, instrument.scaleItems(io.github.serviceculture.alignment.model.Dimension.GOALS).size());
    Broken report = broken("an alpha undefined for a single item", "report", null,
        root -> object(root, "/report/dimensions/0").putObject("reliability").put("undefinedReason", "SINGLE_ITEM"));
    assertEquals(Set.of(), validate(report.kind(), report.document()));
    var read = (io.github.serviceculture.alignment.scoring.AlignmentReport) read(report.kind(), report.document());
    assertEquals(io.github.serviceculture.alignment.stats.UndefinedReason.SINGLE_ITEM,
        read.dimensions().get(0).reliability().undefinedReason().orElseThrow());
  }

  // ---- helpers

  private static JsonNode readTree(String json) {
    return Schemas.tree(json);
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @FunctionalInterface
  private interface Visitor {
    void visit(String pointer, JsonNode node);
  }

  private static void walk(JsonNode node, String pointer, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(pointer, node);
      node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }
}
