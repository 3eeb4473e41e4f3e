package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Feeds arbitrary bytes to every reader: each {@code read*} method of {@link AlignmentJson} from a
 * String and from an InputStream, {@link AlignmentJson#readAssessmentLines}, and {@link
 * AlignmentModule} in a plain {@link ObjectMapper}. The only exception a reader may throw is {@link
 * JsonDocumentException}, with a consistent code, pointer and place; anything else (another
 * exception, {@link StackOverflowError}, {@link OutOfMemoryError}) is a finding.
 *
 * <p>A plain {@code mvn verify} runs it in regression mode: once per file in {@code
 * src/test/resources/io/github/serviceculture/alignment/json/DocumentReaderFuzzTestInputs/readEveryReader/}
 * plus an empty input. To fuzz, from the repository root (JAZZER_FUZZ=1 is required; the
 * instrumentation filter lets Jazzer see Jackson's and this library's branches):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m \
 *   JAZZER_INSTRUMENT='com.fasterxml.jackson.**,io.github.serviceculture.**' \
 *   mvn -B test -pl alignment-json -am -Dtest=DocumentReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The generated corpus goes to {@code alignment-json/.cifuzz-corpus/} (git-ignored); a crashing
 * input is written next to the seeds above, where it becomes a regression test.
 */
class DocumentReaderFuzzTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();
  private static final AlignmentJson SMALL = AlignmentJson.builder().maxDocumentLength(512).build();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AlignmentModule());
  private static final List<Class<?>> MODULE_TYPES = List.of(Organization.class, Instrument.class,
      ResponseSet.class, Assessment.class, ScoringPolicy.class, AlignmentReport.class, Response.class,
      Estimate.class, ReleaseLedger.class);

  @FuzzTest(maxDuration = "30s")
  @DictionaryEntries({
      "\"1.0\"", "\"none\"", "\"never\"", "\"acceptancePercent\"", "\"ad\"", "\"agreePercent\"", "\"agreement\"",
      "\"agreementNullVariance\"",
      "\"alignedAt\"", "\"alignmentIndex\"", "\"alignmentScore\"", "\"alpha\"", "\"anonymityThreshold\"",
      "\"answers\"", "\"assessedBy\"", "\"assessedOn\"", "\"assessment\"", "\"attribute\"", "\"attributes\"",
      "\"autonomousDecisions\"", "\"averageHeadcount\"", "\"band\"", "\"baseline\"", "\"cadence\"", "\"cohensD\"",
      "\"commitmentCheck\"", "\"confidenceLevel\"", "\"costPerSeparation\"", "\"coverage\"", "\"customerFacing\"",
      "\"deadline\"", "\"department\"", "\"description\"", "\"difference\"", "\"dimension\"", "\"dimensionWeights\"",
      "\"dimensions\"", "\"disabledRules\"", "\"discretionaryLimit\"", "\"dontKnowCode\"", "\"draftingGroup\"",
      "\"draftingGroupMaxSize\"", "\"draftingGroupMinSize\"", "\"driftingAt\"", "\"empowerment\"", "\"engagement\"",
      "\"engagementMinAgreePercent\"", "\"engagementQuestion\"", "\"evaluations\"", "\"evidence\"",
      "\"executiveVisitMinFrequency\"", "\"executiveVisits\"", "\"facilitated\"", "\"findingCount\"", "\"findings\"",
      "\"first\"", "\"focus\"", "\"formatVersion\"", "\"functions\"", "\"gaps\"", "\"goals\"", "\"groupBy\"",
      "\"groupCount\"", "\"groupDifferences\"", "\"groups\"", "\"gutCheck\"", "\"gutCheckMinPercent\"",
      "\"hasFullyTrainedStandard\"", "\"highest\"", "\"hiring\"", "\"id\"", "\"incentive\"",
      "\"incentiveDescription\"", "\"ingredients\"", "\"inputChannels\"", "\"instrument\"", "\"instrumentId\"",
      "\"instrumentRef\"", "\"instrumentVersion\"", "\"itemId\"", "\"items\"", "\"labels\"",
      "\"leadersServeCustomers\"", "\"leadership\"", "\"level\"", "\"levels\"", "\"libraryVersion\"",
      "\"listeningChannels\"", "\"lower\"", "\"lowest\"", "\"mean\"", "\"message\"", "\"metadata\"", "\"metric\"",
      "\"metricKind\"", "\"minimumAnsweredShare\"", "\"n\"", "\"name\"", "\"offeredOnDay\"", "\"organization\"",
      "\"owner\"", "\"p\"", "\"paymentOffered\"", "\"perception\"", "\"perceptionGapPoints\"", "\"perceptionScore\"",
      "\"perceptions\"", "\"policy\"", "\"policyFingerprint\"", "\"practiceRulesApplied\"", "\"practiceScore\"",
      "\"practiceWeight\"", "\"practices\"", "\"priorities\"", "\"probes\"", "\"profileTraits\"", "\"question\"",
      "\"readabilityMinWords\"", "\"realisticJobPreview\"", "\"recognized\"", "\"recommendation\"", "\"reference\"",
      "\"reinforcements\"", "\"reliability\"", "\"report\"", "\"respondent\"", "\"respondentCount\"",
      "\"respondents\"", "\"responses\"", "\"reverseKeyed\"", "\"ruleId\"", "\"rulesEvaluated\"", "\"rwgJ\"",
      "\"sayNoListReviewedOn\"", "\"sayNoReviewMaxAgeDays\"", "\"scale\"", "\"scope\"", "\"score\"", "\"sd\"",
      "\"second\"", "\"separationsPerYear\"", "\"service-culture-alignment\"", "\"serviceAccountability\"",
      "\"serviceTrait\"", "\"severity\"", "\"sharedPerceptionMinRwgJ\"", "\"size\"", "\"source\"",
      "\"specificPositiveFeedback\"", "\"stakeholdersAsked\"", "\"statement\"", "\"target\"", "\"teachesVision\"",
      "\"text\"", "\"thresholds\"", "\"training\"", "\"turnover\"", "\"turnoverWarningPercent\"",
      "\"undefinedReason\"", "\"upper\"", "\"value\"", "\"version\"", "\"vision\"",
      "\"visionDiscussionMinFrequency\"", "\"visionInOneOnOnes\"", "\"visionInTeamMeetings\"",
      "\"visionMaxSentences\"", "\"visionMaxWords\"", "\"visionMinReadingEase\"", "\"weakestDimension\"",
      "\"weight\"", "\"writtenGuidelines\"", "\"ALIGNED\"", "\"DRIFTING\"", "\"MISALIGNED\"", "\"TEAM\"",
      "\"INDIVIDUAL\"", "\"ORGANIZATION\"", "\"CUSTOMER_OUTCOME\"", "\"OPERATIONAL\"", "\"FINANCIAL\"", "\"NONE\"",
      "\"RECOGNITION\"", "\"MONETARY\"", "\"EXECUTIVE\"", "\"MANAGER\"", "\"SUPERVISOR\"", "\"FRONTLINE\"",
      "\"VISION\"", "\"GOALS\"", "\"HIRING\"", "\"TRAINING\"", "\"EMPOWERMENT\"", "\"LEADERSHIP\"", "\"DAILY\"",
      "\"WEEKLY\"", "\"MONTHLY\"", "\"QUARTERLY\"", "\"ANNUALLY\"", "\"NEVER\"", "\"SURVEY\"", "\"NO_DATA\"",
      "\"ZERO_VARIANCE\"", "\"TOO_FEW_OBSERVATIONS\"", "\"CAN_STATE_VISION\"", "\"KNOWS_WHAT_IT_MEANS\"",
      "\"KNOWS_OWN_CONTRIBUTION\"", "\"CRITICAL\"", "\"WARNING\"", "\"INFO\"", "\"VIS_DEFINED\"", "\"GOA_TEAM\"",
      "\"1.1\"", "\"1.2\"", "\"ledger\"", "\"keyId\"", "\"sealed\"", "\"previousRelease\"", "\"notReported\"",
      "\"perceptionNotReported\"", "\"SUPPRESSED_FOR_ANONYMITY\"", "\"SUPPRESSED_COMPLEMENTARY\"",
      "\"SUPPRESSED_AGAINST_DIFFERENCING\"", "\"TOO_FEW_ITEMS_ANSWERED\"", "\"NOT_MEASURED\"",
      "\"1.3\"", "\"1.4\"", "\"psychometrics\"", "\"standardizedAlpha\"", "\"g6\"", "\"averageR\"", "\"medianR\"",
      "\"signalToNoise\"", "\"feldtLower\"", "\"feldtUpper\"", "\"lindellRwgJ\"", "\"adMedian\"", "\"awg\"",
      "\"missingShare\"", "\"itemTotalR\"", "\"correctedItemTotalR\"", "\"itemRestR\"", "\"alphaIfDropped\"",
      "\"WITHHELD_FOR_ANONYMITY\"", "\"SINGLE_ITEM\"",
      "NaN", "Infinity", "1e999", "null", "true", "false", "\\u0000"
  })
  void readEveryReader(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    for (AlignmentJson json : List.of(JSON, SMALL)) {
      List<Function<String, ?>> fromText = List.of(json::readOrganization, json::readInstrument,
          json::readResponses, json::readAssessment, json::readPolicy, json::readReport);
      for (Function<String, ?> read : fromText) {
        expectOnlyDocumentErrors(() -> read.apply(text));
      }
      List<Function<ByteArrayInputStream, ?>> fromBytes = List.of(json::readOrganization, json::readInstrument,
          json::readResponses, json::readAssessment, json::readPolicy, json::readReport);
      for (Function<ByteArrayInputStream, ?> read : fromBytes) {
        expectOnlyDocumentErrors(() -> read.apply(new ByteArrayInputStream(input)));
      }
      readLines(json, input);
    }
    for (Class<?> type : MODULE_TYPES) {
      readWithModule(input, type);
    }
  }

  private static void expectOnlyDocumentErrors(Runnable read) {
    try {
      read.run();
    } catch (JsonDocumentException e) {
      checkError(e);
    }
  }

  private static void readLines(AlignmentJson json, byte[] input) {
    long previous = 0;
    try (Stream<JsonLine<Assessment>> lines = json.readAssessmentLines(new ByteArrayInputStream(input))) {
      for (JsonLine<Assessment> line : (Iterable<JsonLine<Assessment>>) lines::iterator) {
        assertTrue(line.lineNumber() > previous, "line numbers rise");
        previous = line.lineNumber();
        assertTrue(line.isValid() != line.error().isPresent(), "a line is read or rejected");
        line.error().ifPresent(e -> {
          checkError(e);
          assertEquals(line.lineNumber(), e.line(), "a rejected line's error names its line");
        });
      }
    }
  }

  /**
   * The mapper reads the first token before it calls the module, and an error there is the
   * mapper's own (BadStreamInputTest). From there on, only JsonDocumentException may escape: for a
   * root value Jackson does not wrap it.
   */
  private static void readWithModule(byte[] input, Class<?> type) throws IOException {
    JsonParser opened;
    try {
      opened = MAPPER.createParser(input);
      if (opened.nextToken() == null) {
        return;
      }
    } catch (IOException e) {
      // JsonProcessingException, or CharConversionException for bad UTF-16/32: the mapper's own.
      return;
    }
    try (JsonParser p = opened) {
      try {
        MAPPER.readValue(p, type);
      } catch (JsonDocumentException e) {
        checkError(e);
      }
    }
  }

  private static void checkError(JsonDocumentException e) {
    assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e::getMessage);
    assertTrue(e.line() >= 0 && e.column() >= 0, e::getMessage);
    assertTrue(e.getMessage().startsWith(e.code() + " at "), e::getMessage);
    assertTrue(e.getMessage().endsWith(": " + e.description()), e::getMessage);
    assertTrue(e.getCause() == null, e::getMessage);
  }
}
