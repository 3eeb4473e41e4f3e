package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.assertMentions;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents of the earlier versions still read: 1.1, 1.2 and 1.3 reports, a 1.0 organization and 1.0
 * and 1.1 assessments, exactly as the library wrote them before reports became 1.2, 1.3 and 1.4,
 * organizations 1.1 and assessments 1.2. Each is read by the rules of its own version, so what its
 * version could not hold is rejected in it, and an empty array of organization format 1.0 reads as
 * not recorded.
 */
class EarlierFormatVersionsTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();
  private static final AlignmentJson PRETTY = AlignmentJson.builder().prettyPrint(true).build();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String LEDGER = ",\"ledger\":{\"keyId\":\"0123456789abcdef\",\"sealed\":\"AAAA\"}";

  private static String legacy(String resource) {
    try (InputStream in = EarlierFormatVersionsTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String legacyReport() {
    return legacy(DocumentFixtures.LEGACY_REPORT);
  }

  /** The legacy report on one line, as a compact writer would have given it. */
  private static String compactLegacyReport() {
    return compact(legacyReport());
  }

  private static String compact(String json) {
    try {
      return TREE.readTree(json).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that {@code written}, the current writer's output for a report read from {@code old},
   * is {@code old} but for its version and the findings' code (their rule id) and parameters
   * (none), which came with 1.3.
   */
  private static void assertSameButForVersionAndCodes(String old, String written) throws IOException {
    JsonNode tree = TREE.readTree(written);
    assertEquals(AlignmentJson.reportFormatVersion(), tree.get("formatVersion").asText());
    int findings = 0;
    for (String list : List.of("findings", "priorities")) {
      for (JsonNode finding : tree.get("report").get(list)) {
        ObjectNode node = (ObjectNode) finding;
        assertEquals(node.get("ruleId").asText(), node.remove("code").asText(), "a finding read without code");
        assertEquals(0, node.remove("parameters").size(), "a finding read without parameters has none");
        findings++;
      }
    }
    assertTrue(findings > 0, "the legacy report has findings");
    removeEmptyItemResults(tree);
    JsonNode before = TREE.readTree(old);
    ((ObjectNode) tree).set("formatVersion", before.get("formatVersion"));
    assertEquals(before, tree);
  }

  /** A report read from 1.3 or earlier has no item results: 1.4 writes them empty; checks and removes them. */
  private static void removeEmptyItemResults(JsonNode tree) {
    ObjectNode perceptions = (ObjectNode) tree.get("report").get("perceptions");
    assertEquals(0, perceptions.remove("items").size(), "no item results read from an earlier format");
    assertEquals(0, perceptions.remove("itemsNotReported").size());
    for (JsonNode group : perceptions.get("groups")) {
      assertEquals(0, ((ObjectNode) group).remove("items").size());
      assertEquals(0, ((ObjectNode) group).remove("itemsNotReported").size());
    }
  }

  @Test
  void aReportOfFormat11IsReadAndWrittenBackAsTheCurrentVersionWithNothingElseChangedButCodes() throws IOException {
    String old = legacyReport();
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.1\",\n"), old.substring(0, 40));
    AlignmentReport report = JSON.readReport(old);
    assertTrue(report.perceptions().orElseThrow().ledger().isEmpty(), "a 1.1 report has no ledger");
    String written = PRETTY.write(report);
    assertSameButForVersionAndCodes(old, written);
    assertEquals(report, JSON.readReport(written));
  }

  /**
   * What organization format 1.0 held for the fixture: the same, but the trait the fixture records
   * as not assessed was written as an empty array, which 1.0 cannot tell from "not recorded".
   */
  private static Organization organizationAsOf10() {
    Organization current = DocumentFixtures.organization();
    HiringPractice hiring = current.hiring().orElseThrow();
    List<ProfileTrait> traits = hiring.profileTraits().stream()
        .map(t -> t.notAssessed() ? t.withNotAssessed(false) : t).collect(Collectors.toList());
    return current.withHiring(hiring.withProfileTraits(traits));
  }

  /** The fixture's 1.2 text with the empty array that a 1.0 organization reads as not recorded left out. */
  private static String withoutTheUnrecordedArray(String written) {
    String trait = "\"serviceTrait\": true,\n *\"assessedBy\": \\[]\n";
    assertTrue(Pattern.compile(trait).matcher(written).find(), "the fixture's recorded none");
    return written.replaceFirst(trait, "\"serviceTrait\": true\n");
  }

  @Test
  void aReportOfFormat12IsReadAndWrittenBackAsTheCurrentVersionWithNothingElseChangedButCodes() throws IOException {
    String old = legacy(DocumentFixtures.LEGACY_REPORT_1_2);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.2\",\n"), old.substring(0, 40));
    AlignmentReport report = JSON.readReport(old);
    assertTrue(report.findings().stream().allMatch(f -> f.code().equals(f.ruleId()) && f.parameters().isEmpty()),
        "a 1.2 finding has its rule id as code and no parameters");
    String written = PRETTY.write(report);
    assertSameButForVersionAndCodes(old, written);
    assertEquals(report, JSON.readReport(written));
  }

  /** A report's text without its instrument fingerprint, which 1.4 and earlier do not have. */
  private static String withoutFingerprint(String json) {
    String without = json.replaceFirst(",\"instrumentFingerprint\":\"[0-9a-f]{64}\"", "");
    assertFalse(without.contains("instrumentFingerprint"), without);
    return without;
  }

  /** The current fixture as 1.3 wrote it: no item results, no favourable shares. */
  private static String as13() {
    return as13(DocumentFixtures.report());
  }

  /**
   * {@code report} as 1.3 would write it but for what 1.3 lacks besides item results and favourable
   * shares: psychometrics, if any, stay (their item statistics have no dimension, item results do).
   */
  private static String as13(AlignmentReport report) {
    return withoutFingerprint(JSON.write(report)).replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.3\"")
        .replaceAll(",\"favourableShare\":\\{\"value\":[0-9.E-]+}", "")
        .replaceAll("\"perceptionFavourableShare\":\\{\"value\":[0-9.E-]+},", "")
        .replaceAll(",\"items\":\\[(?:\\{\"itemId\":\"[^\"]*\",\"dimension\"[^\\]]*)?]", "")
        .replaceAll(",\"itemsNotReported\":\\{[^}]*}", "");
  }

  @Test
  void aReportOfFormat13IsReadWithoutItemResultsOrFavourableShares() {
    String old = as13();
    assertTrue(old.startsWith("{\"formatVersion\":\"1.3\","), old.substring(0, 30));
    assertFalse(old.contains("favourableShare") || old.contains("\"items\""), old);
    AlignmentReport report = JSON.readReport(old);
    assertTrue(report.perceptions().orElseThrow().items().isEmpty());
    assertTrue(report.dimensions().stream().allMatch(d -> d.perceptionFavourableShare().isEmpty()));
    AlignmentReport current = DocumentFixtures.report();
    assertEquals(current.findings(), report.findings());
    assertEquals(current.perceptions().orElseThrow().gaps(), report.perceptions().orElseThrow().gaps());
  }

  @Test
  void aReportOfFormat13WithItemResultsOrAFavourableShareFailsOnThem() {
    String current = JSON.write(DocumentFixtures.report());
    String withShare = withoutFingerprint(current).replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.3\"");
    JsonDocumentException e = rejects(() -> JSON.readReport(withShare));
    assertEquals(JsonDocumentException.UNKNOWN_PROPERTY, e.code());
    assertEquals("/report/dimensions/0/perceptionFavourableShare", e.pointer());
    String withItems = as13().replace("\"groups\":[", "\"items\":[],\"groups\":[");
    e = rejects(() -> JSON.readReport(withItems));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/perceptions/items", spot(withItems, "\"items\""));
  }

  @Test
  void aReportOfFormat13IsReadAndWrittenBackAsTheCurrentVersionWithNothingAddedButEmptyItemResults() throws IOException {
    String old = legacy(DocumentFixtures.LEGACY_REPORT_1_3);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.3\",\n"), old.substring(0, 40));
    AlignmentReport report = JSON.readReport(old);
    assertTrue(report.perceptions().orElseThrow().drivers().isEmpty(), "a 1.3 report has no drivers");
    String written = PRETTY.write(report);
    JsonNode tree = TREE.readTree(written);
    assertEquals("1.5", tree.get("formatVersion").asText());
    removeEmptyItemResults(tree);
    ((ObjectNode) tree).put("formatVersion", "1.3");
    assertEquals(TREE.readTree(old), tree);
  }

  @Test
  void aReportOfFormat14IsReadWithItemResultsWithoutAnSdAndWrittenBackAsTheCurrentVersionUnchanged()
      throws IOException {
    String old = legacy(DocumentFixtures.LEGACY_REPORT_1_4);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.4\",\n"), old.substring(0, 40));
    AlignmentReport report = JSON.readReport(old);
    PerceptionReport perceptions = report.perceptions().orElseThrow();
    assertFalse(perceptions.items().isEmpty(), "the 1.4 golden report has item results");
    assertTrue(perceptions.items().stream().allMatch(i -> i.sd().isEmpty()), "a 1.4 item result has no SD");
    assertTrue(perceptions.groups().stream().flatMap(g -> g.items().stream()).allMatch(i -> i.sd().isEmpty()));
    JsonNode tree = TREE.readTree(PRETTY.write(report));
    assertEquals(AlignmentJson.reportFormatVersion(), tree.get("formatVersion").asText());
    ((ObjectNode) tree).put("formatVersion", "1.4");
    assertEquals(TREE.readTree(old), tree);
  }

  @Test
  void aReportOfFormat14WithAnItemSdFailsOnIt() {
    String current = JSON.write(DocumentFixtures.report());
    assertTrue(current.contains("\"sd\":"), "the fixture's item results have an SD");
    // The dimension figures have an SD in 1.4 too; the first item result's is the one 1.4 does not know.
    String old = withoutFingerprint(current).replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.4\"");
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    assertEquals(JsonDocumentException.UNKNOWN_PROPERTY, e.code());
    assertTrue(e.pointer().matches("/report/perceptions/(groups/\\d+/)?items/0/sd"), e.pointer());
  }

  @Test
  void aReportOfFormat14WithAnInstrumentFingerprintFailsOnIt() {
    String current = JSON.write(DocumentFixtures.report());
    assertTrue(current.contains("\"instrumentFingerprint\":\"" + DefaultInstrument.instrument().fingerprint() + "\""),
        "the fixture records the default instrument's fingerprint");
    String old = current.replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.4\"");
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/metadata/instrumentFingerprint",
        spot(old, "\"instrumentFingerprint\""));
    AlignmentReport report = JSON.readReport(legacy(DocumentFixtures.LEGACY_REPORT_1_4));
    assertTrue(report.metadata().instrumentFingerprint().isEmpty(), "a 1.4 report records no fingerprint");
  }

  @Test
  void aReportOfFormat13WithADriversAnalysisFailsOnIt() {
    String current = JSON.write(DocumentFixtures.driversReport());
    assertTrue(current.contains("\"drivers\":{"), "the fixture has a drivers analysis");
    // A 1.3 text but for its drivers, so that they are the first property 1.3 does not know.
    String old = as13(DocumentFixtures.driversReport());
    assertTrue(old.startsWith("{\"formatVersion\":\"1.3\",") && old.contains("\"drivers\":{"), old);
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/perceptions/drivers", spot(old, "\"drivers\""));
    assertEquals(DocumentFixtures.driversReport(), JSON.readReport(current));
  }

  @Test
  void aReportOfFormat13WithPsychometricsFailsOnThem() {
    String current = JSON.write(DocumentFixtures.psychometricsReport());
    assertTrue(current.startsWith("{\"formatVersion\":\"1.5\","), current.substring(0, 30));
    String old = as13(DocumentFixtures.psychometricsReport());
    assertFalse(old.contains("favourableShare") || old.contains("\"reverseKeyed\""), old);
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    // The first dimension written is VISION.
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/perceptions/dimensions/VISION/psychometrics",
        spot(old, "\"psychometrics\""));
    // As the current version they are read.
    assertEquals(DocumentFixtures.psychometricsReport(), JSON.readReport(current));
  }

  @Test
  void aReportOfFormat12WithAFindingsCodeOrParametersFailsOnThem() {
    String current = JSON.write(DocumentFixtures.report());
    assertTrue(current.startsWith("{\"formatVersion\":\"1.5\","), current.substring(0, 30));
    String old = as13().replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.2\"");
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/findings/0/code", spot(old, "\"code\""));
    String noCode = old.replaceAll("\"code\":\"[A-Z_.]+\",", "");
    e = rejects(() -> JSON.readReport(noCode));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/findings/0/parameters",
        spot(noCode, "\"parameters\""));
    // As the current version both are read.
    assertEquals(DocumentFixtures.report(), JSON.readReport(current));
  }

  @Test
  void anAssessmentOfFormat10IsReadAsOrganizationFormat10AndWrittenBackAs13() {
    String old = legacy(DocumentFixtures.LEGACY_ASSESSMENT);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.0\",\n"), old.substring(0, 40));
    Assessment assessment = JSON.readAssessment(old);
    assertEquals(DocumentFixtures.assessment().withPractices(organizationAsOf10()), assessment);
    assertTrue(assessment.previousRelease().isEmpty(), "a 1.0 assessment has no previous release");
    assertEquals(withoutTheUnrecordedArray(old.replaceFirst("\"formatVersion\": \"1.0\"",
        "\"formatVersion\": \"1.3\"")), PRETTY.write(assessment));
  }

  @Test
  void anAssessmentOfFormat11IsReadAsOrganizationFormat10AndWrittenBackAs13() {
    String old = legacy(DocumentFixtures.LEGACY_ASSESSMENT_1_1);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.1\",\n"), old.substring(0, 40));
    Assessment assessment = JSON.readAssessment(old);
    assertEquals(DocumentFixtures.assessment().withPractices(organizationAsOf10()), assessment);
    assertEquals(withoutTheUnrecordedArray(old.replaceFirst("\"formatVersion\": \"1.1\"",
        "\"formatVersion\": \"1.3\"")), PRETTY.write(assessment));
  }

  @Test
  void anAssessmentOfFormat12IsReadAndWrittenBackAs13() {
    String old = legacy(DocumentFixtures.LEGACY_ASSESSMENT_1_2);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.2\",\n"), old.substring(0, 40));
    Assessment assessment = JSON.readAssessment(old);
    assertEquals(DocumentFixtures.assessment(), assessment);
    assertTrue(assessment.headcounts().isEmpty(), "a 1.2 assessment has no headcounts");
    assertEquals(old.replaceFirst("\"formatVersion\": \"1.2\"", "\"formatVersion\": \"1.3\""),
        PRETTY.write(assessment));
  }

  @Test
  void headcountsInAnAssessmentOfFormat12AreAnUnknownProperty() {
    String current = JSON.write(DocumentFixtures.headcountsAssessment());
    assertTrue(current.contains("\"headcounts\":{"), current);
    String old = current.replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.2\"");
    JsonDocumentException e = rejects(() -> JSON.readAssessment(old));
    assertEquals(JsonDocumentException.UNKNOWN_PROPERTY, e.code());
    assertEquals("/assessment/headcounts", e.pointer());
  }

  @Test
  void participationInAReportOfFormat14IsAnUnknownProperty() {
    String current = JSON.write(DocumentFixtures.participationReport());
    assertTrue(current.contains("\"participation\":{"), current);
    // A 1.4 report has no item SDs or instrument fingerprint either: drop them, so that the participation is
    // what fails.
    String old = current.replace("\"formatVersion\":\"1.5\"", "\"formatVersion\":\"1.4\"")
        .replaceAll(",\"sd\":\\{[^}]*\\}(?=,\"score\")", "")
        .replaceAll(",\"instrumentFingerprint\":\"[0-9a-f]+\"", "");
    JsonDocumentException e = rejects(() -> JSON.readReport(old));
    assertEquals(JsonDocumentException.UNKNOWN_PROPERTY, e.code(), e.getMessage());
    assertTrue(e.pointer().endsWith("/participation"), e.pointer());
  }

  @Test
  void anOrganizationOfFormat10ReadsItsEmptyArraysAsNotRecorded() {
    String old = legacy(DocumentFixtures.LEGACY_ORGANIZATION);
    assertTrue(old.startsWith("{\n  \"formatVersion\": \"1.0\",\n"), old.substring(0, 40));
    Organization organization = JSON.readOrganization(old);
    assertEquals(organizationAsOf10(), organization);
    ProfileTrait trustworthy = organization.hiring().orElseThrow().profileTraits().stream()
        .filter(t -> t.name().equals("trustworthy")).findFirst().orElseThrow();
    assertFalse(trustworthy.assessedByRecorded(), "an empty array of 1.0 is not recorded");
    String written = PRETTY.write(organization);
    assertTrue(written.startsWith("{\n  \"formatVersion\": \"1.1\",\n"), written.substring(0, 40));
    assertEquals(withoutTheUnrecordedArray(old.replaceFirst("\"formatVersion\": \"1.0\"",
        "\"formatVersion\": \"1.1\"")), written);
  }

  @Test
  void everyEmptyArrayOfOrganizationFormat10IsNotRecordedAndItsOptionalsCannotSayNone() {
    String none = JSON.write(DocumentFixtures.noneAndNotRecorded());
    String asOld = none.replace("{\"formatVersion\":\"1.1\"", "{\"formatVersion\":\"1.0\"")
        .replace(",\"gutCheck\":\"none\"", "").replace(",\"commitmentCheck\":\"none\"", "")
        .replace(",\"sayNoListReviewedOn\":\"never\"", "");
    Organization old = JSON.readOrganization(asOld);
    ServiceVision vision = old.vision().orElseThrow();
    HiringPractice hiring = old.hiring().orElseThrow();
    EmpowermentPolicy empowerment = old.empowerment().orElseThrow();
    assertFalse(vision.inputChannelsRecorded() || vision.gutCheckRecorded() || old.goalsRecorded()
        || hiring.profileTraits().get(0).assessedByRecorded() || hiring.commitmentCheckRecorded()
        || old.training().orElseThrow().reinforcementsRecorded() || empowerment.ingredientsRecorded()
        || empowerment.sayNoListReviewRecorded(), old::toString);
    for (String word : List.of("\"gutCheck\":\"none\"", "\"commitmentCheck\":\"none\"",
        "\"sayNoListReviewedOn\":\"never\"")) {
      String withWord = none.replace("{\"formatVersion\":\"1.1\"", "{\"formatVersion\":\"1.0\"");
      assertTrue(withWord.contains(word), word);
      String only = withWord;
      for (String other : List.of(",\"gutCheck\":\"none\"", ",\"commitmentCheck\":\"none\"",
          ",\"sayNoListReviewedOn\":\"never\"")) {
        if (!other.substring(1).equals(word)) {
          only = only.replace(other, "");
        }
      }
      String doc = only;
      JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
      assertTrue(Set.of(JsonDocumentException.WRONG_TYPE, JsonDocumentException.INVALID_VALUE).contains(e.code()),
          () -> word + ": " + e.code() + " " + e.getMessage());
    }
  }

  @Test
  void aReportOfFormat11ThatGivesAGroupAReasonOf12FailsOnThatReason() {
    String old = compactLegacyReport();
    String needle = "\"notReported\":{\"GOALS\":\"SUPPRESSED_FOR_ANONYMITY\"";
    int group = old.indexOf("\"groups\":[");
    int at = old.indexOf(needle, group);
    assertTrue(group > 0 && at > group, "the legacy report hides goals for a group");
    String changed = old.substring(0, at) + needle.replace("SUPPRESSED_FOR_ANONYMITY", "SUPPRESSED_COMPLEMENTARY")
        + old.substring(at + needle.length());
    JsonDocumentException e = rejects(() -> JSON.readReport(changed));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/report/perceptions/groups/0/notReported/GOALS",
        spot(changed, "\"SUPPRESSED_COMPLEMENTARY\""));
    assertMentions(e, "must be one of SUPPRESSED_FOR_ANONYMITY, TOO_FEW_ITEMS_ANSWERED, NO_DATA, NOT_MEASURED",
        "need report formatVersion 1.2");

    // The same report as 1.2 may say it.
    String asNew = changed.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"1.2\"");
    assertEquals("SUPPRESSED_COMPLEMENTARY", JSON.readReport(asNew).perceptions().orElseThrow().groups().get(0)
        .notReported().values().iterator().next().name());
  }

  @Test
  void aReportOfFormat11ThatGivesTheOrganizationTheDifferencingReasonFailsOnThatReason() {
    String old = compactLegacyReport();
    String needle = "\"perceptions\":{";
    int perceptions = old.indexOf(needle);
    int at = old.indexOf("\"GOALS\":\"SUPPRESSED_FOR_ANONYMITY\"", perceptions);
    assertTrue(perceptions > 0 && at > perceptions, "the legacy report hides goals for the organization");
    String changed = old.substring(0, at) + "\"GOALS\":\"SUPPRESSED_AGAINST_DIFFERENCING\""
        + old.substring(at + "\"GOALS\":\"SUPPRESSED_FOR_ANONYMITY\"".length());
    JsonDocumentException e = rejects(() -> JSON.readReport(changed));
    assertError(e, JsonDocumentException.UNKNOWN_ENUM_VALUE, "/report/perceptions/notReported/GOALS",
        spot(changed, "\"SUPPRESSED_AGAINST_DIFFERENCING\""));
  }

  @Test
  void aReportOfFormat11ThatGivesADimensionResultAReasonOf12FailsOnThatReason() {
    String old = compactLegacyReport();
    String needle = "\"perceptionNotReported\":\"SUPPRESSED_FOR_ANONYMITY\"";
    assertTrue(old.contains(needle), "the legacy report has a dimension suppressed for anonymity");
    String changed = old.replaceFirst(needle, "\"perceptionNotReported\":\"SUPPRESSED_AGAINST_DIFFERENCING\"");
    JsonDocumentException e = rejects(() -> JSON.readReport(changed));
    assertEquals(JsonDocumentException.UNKNOWN_ENUM_VALUE, e.code(), e.getMessage());
    assertTrue(e.pointer().matches("/report/dimensions/\\d+/perceptionNotReported"), e.pointer());
  }

  @Test
  void aReportOfFormat11WithALedgerFailsOnTheLedger() {
    String old = compactLegacyReport();
    int end = old.lastIndexOf("]}}}");
    assertTrue(end > 0 && old.indexOf("\"groupDifferences\":[", old.indexOf("\"perceptions\":{")) > 0,
        "the perceptions end with their group differences");
    String changed = old.substring(0, end + 1) + LEDGER + old.substring(end + 1);
    JsonDocumentException e = rejects(() -> JSON.readReport(changed));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/perceptions/ledger", spot(changed, "\"ledger\""));
    // As 1.2 the same ledger is read.
    String asNew = changed.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"1.2\"");
    assertEquals("0123456789abcdef", JSON.readReport(asNew).perceptions().orElseThrow().ledger().orElseThrow().keyId());
  }

  @Test
  void anAssessmentOfFormat10WithAPreviousReleaseFailsOnIt() {
    String current = JSON.write(DocumentFixtures.previousReleaseAssessment());
    assertTrue(current.startsWith("{\"formatVersion\":\"1.3\","), current.substring(0, 30));
    String old = current.replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.0\"");
    JsonDocumentException e = rejects(() -> JSON.readAssessment(old));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/assessment/previousRelease",
        spot(old, "\"previousRelease\""));
    assertMentions(e, "allowed: assessedOn, practices, responses");
  }

  @Test
  void theVersionDecidesTheRulesWhenItComesLast() {
    String old = compactLegacyReport();
    String late = old.replace("{\"formatVersion\":\"1.1\",", "{").replaceFirst("}$", ",\"formatVersion\":\"1.1\"}");
    assertEquals(JSON.readReport(old), JSON.readReport(late));
    int end = late.lastIndexOf("]}}");
    String lateWithLedger = late.substring(0, end + 1) + LEDGER + late.substring(end + 1);
    JsonDocumentException e = rejects(() -> JSON.readReport(lateWithLedger));
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY, "/report/perceptions/ledger",
        spot(lateWithLedger, "\"ledger\""));
    String lateAsNew = lateWithLedger.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"1.2\"");
    assertTrue(JSON.readReport(lateAsNew).perceptions().orElseThrow().ledger().isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.9", "1.4", "2.0"})
  void anAssessmentOfAnotherVersionIsRejectedNamingTheVersionsRead(String version) {
    String doc = JSON.write(DocumentFixtures.assessment()).replace("\"formatVersion\":\"1.3\"",
        "\"formatVersion\":\"" + version + "\"");
    JsonDocumentException e = rejects(() -> JSON.readAssessment(doc));
    assertError(e, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, "/formatVersion",
        spot(doc, "\"" + version + "\""));
    assertMentions(e, "assessment formatVersion 1.0, 1.1, 1.2 and 1.3 only");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.9", "1.2", "2.0"})
  void anOrganizationOfAnotherVersionIsRejectedNamingTheVersionsRead(String version) {
    String doc = JSON.write(DocumentFixtures.organization()).replace("\"formatVersion\":\"1.1\"",
        "\"formatVersion\":\"" + version + "\"");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(doc));
    assertError(e, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION, "/formatVersion",
        spot(doc, "\"" + version + "\""));
    assertMentions(e, "organization formatVersion 1.0 and 1.1 only");
  }

  @Test
  void aStreamOfAssessmentsMayMixVersions() {
    String current = JSON.write(DocumentFixtures.previousReleaseAssessment());
    String old = JSON.write(DocumentFixtures.assessment()).replace("\"formatVersion\":\"1.3\"",
        "\"formatVersion\":\"1.0\"");
    String oldWithRelease = current.replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.0\"");
    List<JsonLine<Assessment>> lines = JSON.readAssessmentLines(
        BadInputSupport.utf8(old + "\n" + current + "\n" + oldWithRelease + "\n")).collect(Collectors.toList());
    assertEquals(DocumentFixtures.assessment().withPractices(organizationAsOf10()), lines.get(0).value().orElseThrow());
    assertEquals(DocumentFixtures.previousReleaseAssessment(), lines.get(1).value().orElseThrow());
    assertEquals(JsonDocumentException.UNKNOWN_PROPERTY, lines.get(2).error().orElseThrow().code());
  }
}
