package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --release-key-file} and {@code --previous} on {@code score} and {@code batch}: what is refused
 * and how, what a batch does with each organization's previous release, and that the key's bytes never
 * appear in what the tool prints.
 */
class ReleaseOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Printable key bytes, so that a message quoting them would be caught. */
  private static final String SHORT_SECRET = "KEYBYTES-short";

  @TempDir
  Path dir;

  private Path survey() throws IOException {
    return SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(List.of(SampleData.SAMPLE.get(2))));
  }

  private Path batchSurvey(List<SampleData.Org> orgs, String name) throws IOException {
    return SampleData.write(dir.resolve(name), SampleData.surveyCsv(orgs));
  }

  private Path key(String name, long seed, String permissions) throws IOException {
    Path key = dir.resolve(name);
    byte[] secret = new byte[32];
    new Random(seed).nextBytes(secret);
    Files.write(key, secret);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString(permissions));
    return key;
  }

  @Test
  void previousWithoutAKeyIsAUsageErrorOnBothCommands() throws IOException {
    Path survey = survey();
    Cli.Run score = Cli.run("score", "--responses", survey.toString(), "--previous", dir.resolve("r.json").toString());
    assertEquals(AlignmentCli.USAGE, score.exitCode(), score.err());
    assertTrue(score.err().contains("--previous needs --release-key-file"), score.err());

    Cli.Run batch = Cli.run("batch", survey.toString(), "-o", dir.resolve("out").toString(), "--previous",
        dir.toString());
    assertEquals(AlignmentCli.USAGE, batch.exitCode(), batch.err());
    assertTrue(batch.err().contains("--previous needs --release-key-file"), batch.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aShortKeyFileIsAUsageErrorNamingTheFileAndItsLengthButNeverItsBytes() throws IOException {
    Path key = dir.resolve("short.key");
    Files.writeString(key, SHORT_SECRET, StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

    Cli.Run run = Cli.run("score", "--responses", survey().toString(), "--release-key-file", key.toString());

    assertEquals(AlignmentCli.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains(key.toString()) && run.err().contains("at least 32 bytes")
        && run.err().contains("has " + SHORT_SECRET.length()), run.err());
    assertFalse((run.out() + run.err()).contains(SHORT_SECRET), "the key's bytes are printed");
  }

  @Test
  void aMissingOrOversizedKeyFileIsAUsageError() throws IOException {
    Path survey = survey();
    Cli.Run missing = Cli.run("score", "--responses", survey.toString(), "--release-key-file",
        dir.resolve("absent.key").toString());
    assertEquals(AlignmentCli.USAGE, missing.exitCode(), missing.err());
    assertTrue(missing.err().contains("absent.key: no such release key file"), missing.err());

    Cli.Run large = Cli.run("score", "--responses", survey.toString(), "--release-key-file", survey.toString());
    assertEquals(AlignmentCli.USAGE, large.exitCode(), large.err());
    assertTrue(large.err().contains("holds more than " + ReleaseOptions.MAXIMUM_KEY_FILE_LENGTH + " bytes"),
        large.err());
  }

  @Test
  void aKeyFileOthersMayReadIsUsedWithAWarning() throws IOException {
    Path key = key("shared.key", 1, "rw-r--r--");
    Cli.Run run = Cli.run("score", "--responses", survey().toString(), "--release-key-file", key.toString(), "-o",
        dir.resolve("r.json").toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("readable by other users") && run.err().contains("chmod 600"), run.err());

    Cli.Run owner = Cli.run("score", "--responses", survey().toString(), "--release-key-file",
        key("own.key", 1, "rw-------").toString(), "-o", dir.resolve("r2.json").toString());
    assertEquals(AlignmentCli.OK, owner.exitCode(), owner.err());
    assertFalse(owner.err().contains("readable by"), owner.err());
  }

  @Test
  void aKeyWithReportsNoneOrThePreviousDirectoryAsOutputIsAUsageError() throws IOException {
    Path survey = survey();
    Path key = key("release.key", 2, "rw-------");
    Cli.Run none = Cli.run("batch", survey.toString(), "-o", dir.resolve("out").toString(), "--reports", "none",
        "--release-key-file", key.toString());
    assertEquals(AlignmentCli.USAGE, none.exitCode(), none.err());
    assertTrue(none.err().contains("--reports none"), none.err());

    Path out = dir.resolve("out");
    assertEquals(AlignmentCli.OK, Cli.run("batch", survey.toString(), "-o", out.toString(), "--release-key-file",
        key.toString()).exitCode());
    Map<String, String> before = Cli.files(out);
    Cli.Run same = Cli.run("batch", survey.toString(), "-o", out.toString(), "--release-key-file", key.toString(),
        "--previous", out.toString());
    assertEquals(AlignmentCli.USAGE, same.exitCode(), same.err());
    assertTrue(same.err().contains("is the output directory"), same.err());
    assertEquals(before, Cli.files(out), "the previous set is untouched");
  }

  @Test
  void aPreviousReportWithoutALedgerIsRefusedByScore() throws IOException {
    Path survey = survey();
    Path unsealed = dir.resolve("unsealed.json");
    assertEquals(AlignmentCli.OK, Cli.run("score", "--responses", survey.toString(), "-o", unsealed.toString())
        .exitCode());

    Cli.Run run = Cli.run("score", "--responses", survey.toString(), "--release-key-file",
        key("release.key", 3, "rw-------").toString(), "--previous", unsealed.toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains(unsealed + ": the previous report carries no ledger"), run.err());
    assertEquals("", run.out(), "no report");
  }

  @Test
  void aPreviousDirectoryThatIsNoBatchOutputIsRefused() throws IOException {
    Cli.Run run = Cli.run("batch", survey().toString(), "-o", dir.resolve("out").toString(), "--release-key-file",
        key("release.key", 4, "rw-------").toString(), "--previous", Files.createDirectory(dir.resolve("empty"))
            .toString());
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("not the output directory of a batch run"), run.err());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void batchRejectsEachOrganizationWhosePreviousReportHasNoLedgerAndScoresTheNewOnes() throws IOException {
    Path previous = dir.resolve("q1");
    assertEquals(AlignmentCli.OK, Cli.run("batch", batchSurvey(SampleData.SAMPLE.subList(0, 2), "q1.csv").toString(),
        "-o", previous.toString()).exitCode());
    Path out = dir.resolve("q2");

    Cli.Run run = Cli.run("batch", batchSurvey(SampleData.SAMPLE, "q2.csv").toString(), "-o", out.toString(),
        "--release-key-file", key("release.key", 5, "rw-------").toString(), "--previous", previous.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(135, 30, 105);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertEquals(105, rejected.size());
    assertTrue(rejected.stream().allMatch(r -> r.get("reason").contains("carries no ledger")
        && r.get("reason").contains("previous report reports/")), rejected.get(0).toString());
    assertEquals(List.of("reports/Bayside_Dental_Inc.json"), Cli.files(out).keySet().stream()
        .filter(f -> f.startsWith("reports/")).toList(), "the new organization is scored, as a first release");
  }

  @Test
  void batchChecksEachOrganizationAgainstItsPreviousReportAndRejectsOnlyTheDamagedOne() throws IOException {
    Path key = key("release.key", 6, "rw-------");
    Path previous = dir.resolve("q1");
    Cli.Run first = Cli.run("batch", batchSurvey(SampleData.SAMPLE.subList(0, 2), "q1.csv").toString(), "-o",
        previous.toString(), "--release-key-file", key.toString());
    assertEquals(AlignmentCli.OK, first.exitCode(), first.err());
    // Damage Harbor's ledger; the manifest no longer matches, which the run does not need.
    Path harbor = previous.resolve("reports/Harbor_Lane_Credit_Union.json");
    ObjectNode document = (ObjectNode) JSON.readTree(harbor.toFile());
    ObjectNode ledger = (ObjectNode) document.path("report").path("perceptions").path("ledger");
    assertTrue(ledger.path("sealed").isTextual(), "the batch report carries a ledger");
    String sealed = ledger.path("sealed").asText();
    // Past the nonce (12 bytes, 16 characters): a changed byte of the ciphertext.
    ledger.put("sealed", sealed.substring(0, 20) + (sealed.charAt(20) == 'A' ? 'B' : 'A') + sealed.substring(21));
    JSON.writeValue(harbor.toFile(), document);

    Path out = dir.resolve("q2");
    Cli.Run run = Cli.run("batch", batchSurvey(SampleData.SAMPLE, "q2.csv").toString(), "-o", out.toString(),
        "--release-key-file", key.toString(), "--previous", previous.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(135, 90, 45);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertTrue(rejected.stream().allMatch(r -> r.get("organization").equals(SampleData.HARBOR)
        && r.get("reason").contains("against its previous release")), rejected.get(0).toString());
    assertFalse(rejected.stream().anyMatch(r -> r.get("reason").contains(sealed)), "the ledger is quoted");
    JsonNode northwind = JSON.readTree(out.resolve("reports/Northwind_Outfitters.json").toFile());
    assertTrue(northwind.path("report").path("perceptions").path("ledger").path("sealed").isTextual());
    assertTrue(Files.exists(out.resolve("reports/Bayside_Dental_Inc.json")), "the new organization is scored");
  }

  @Test
  void batchWithAnotherKeyRejectsEveryOrganizationThatHasAPreviousRelease() throws IOException {
    Path previous = dir.resolve("q1");
    Path survey = batchSurvey(SampleData.SAMPLE.subList(0, 1), "q1.csv");
    assertEquals(AlignmentCli.OK, Cli.run("batch", survey.toString(), "-o", previous.toString(),
        "--release-key-file", key("one.key", 7, "rw-------").toString()).exitCode());

    Cli.Run run = Cli.run("batch", survey.toString(), "-o", dir.resolve("q2").toString(), "--release-key-file",
        key("other.key", 8, "rw-------").toString(), "--previous", previous.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    List<Map<String, String>> rejected = BatchCsvTest.table(dir.resolve("q2/rejected.csv"));
    assertTrue(rejected.get(0).get("reason").contains("release key"), rejected.get(0).toString());
  }

  @Test
  void batchFindsThePreviousReportOfEachJsonLineInReportsJsonl() throws IOException {
    String named = AlignmentJson.withDefaults().write(Assessment.builder()
        .practices(SampleData.practices()).responses(SurveyFixtures.generated(21, 12, 0.5)).build());
    String surveyOnly = AlignmentJson.withDefaults().write(Assessment.builder()
        .responses(SurveyFixtures.generated(22, 10, 0.0)).build());
    Path input = SampleData.write(dir.resolve("a.jsonl"), named + "\n" + surveyOnly + "\n");
    Path previous = dir.resolve("q1");
    Path key = key("release.key", 12, "rw-------");
    Cli.Run first = Cli.run("batch", input.toString(), "-o", previous.toString(), "--reports", "jsonl",
        "--release-key-file", key.toString());
    assertEquals(AlignmentCli.OK, first.exitCode(), first.err());

    Cli.Run same = Cli.run("batch", input.toString(), "-o", dir.resolve("q2").toString(), "--release-key-file",
        key.toString(), "--previous", previous.toString());
    assertEquals(AlignmentCli.OK, same.exitCode(), same.err());
    same.assertAccounting(2, 2, 0);

    // Another key shows that both lines were looked up: by practices name, and the survey-only one as line-2.
    Cli.Run other = Cli.run("batch", input.toString(), "-o", dir.resolve("q3").toString(), "--release-key-file",
        key("other.key", 13, "rw-------").toString(), "--previous", previous.toString());
    assertEquals(AlignmentCli.REJECTED, other.exitCode(), other.err());
    List<Map<String, String>> rejected = BatchCsvTest.table(dir.resolve("q3/rejected.csv"));
    assertEquals(List.of(SampleData.NORTHWIND, "line-2"), rejected.stream().map(r -> r.get("organization")).toList());
    assertTrue(rejected.stream().allMatch(r -> r.get("reason").contains("release key")), rejected.toString());
  }

  @Test
  void anOrganizationWhoseNameTheTablesNeutralizedIsStillFoundInThePreviousDirectory() throws IOException {
    Path survey = batchSurvey(List.of(new SampleData.Org("=Sum Holdings", 31, 20, 0.5)), "formula.csv");
    Path previous = dir.resolve("q1");
    Path one = key("one.key", 14, "rw-------");
    assertEquals(AlignmentCli.OK, Cli.run("batch", survey.toString(), "-o", previous.toString(),
        "--release-key-file", one.toString()).exitCode());
    assertEquals("'=Sum Holdings", BatchCsvTest.table(previous.resolve("organizations.csv")).get(0)
        .get("organization"), "the table neutralizes the name");

    Cli.Run other = Cli.run("batch", survey.toString(), "-o", dir.resolve("q2").toString(), "--release-key-file",
        key("other.key", 15, "rw-------").toString(), "--previous", previous.toString());

    assertEquals(AlignmentCli.REJECTED, other.exitCode(), "found, and sealed with another key: " + other.err());
  }

  @Test
  void anAssessmentDocumentCarryingItsPreviousReleaseNeedsTheKey() throws IOException {
    Path key = key("release.key", 16, "rw-------");
    Path report = dir.resolve("r1.json");
    assertEquals(AlignmentCli.OK, Cli.run("score", "--responses", survey().toString(), "--release-key-file",
        key.toString(), "-o", report.toString()).exitCode());
    AlignmentJson json = AlignmentJson.withDefaults();
    Path assessment = SampleData.write(dir.resolve("assessment.json"), json.write(Assessment.builder()
        .responses(json.readResponses(Files.readString(responsesDocument())))
        .previousRelease(json.readReport(Files.readString(report)).perceptions().orElseThrow().ledger().orElseThrow())
        .build()));

    Cli.Run without = Cli.run("score", "--assessment", assessment.toString());
    assertEquals(AlignmentCli.FATAL, without.exitCode(), without.err());
    assertTrue(without.err().contains("previousRelease") && without.err().contains("--release-key-file"),
        without.err());

    Cli.Run with = Cli.run("score", "--assessment", assessment.toString(), "--release-key-file", key.toString());
    assertEquals(AlignmentCli.OK, with.exitCode(), with.err());
    assertTrue(JSON.readTree(with.out()).path("report").path("perceptions").path("ledger").isObject(), with.out());
  }

  /** The survey as a responses document, so that an assessment of it can be written. */
  private Path responsesDocument() throws IOException {
    return SampleData.write(dir.resolve("responses.json"), AlignmentJson.withDefaults()
        .write(SurveyFixtures.generated(13, 30, 1.2)));
  }

  @Test
  void scoreRefusesAPreviousReportWhoseLedgerWasChanged() throws IOException {
    Path survey = survey();
    Path key = key("release.key", 11, "rw-------");
    Path report = dir.resolve("r1.json");
    assertEquals(AlignmentCli.OK, Cli.run("score", "--responses", survey.toString(), "--release-key-file",
        key.toString(), "-o", report.toString()).exitCode());
    ObjectNode document = (ObjectNode) JSON.readTree(report.toFile());
    ObjectNode ledger = (ObjectNode) document.path("report").path("perceptions").path("ledger");
    String sealed = ledger.path("sealed").asText();
    ledger.put("sealed", sealed.substring(0, 30) + (sealed.charAt(30) == 'A' ? 'B' : 'A') + sealed.substring(31));
    JSON.writeValue(report.toFile(), document);
    Path out = dir.resolve("r2.json");

    Cli.Run run = Cli.run("score", "--responses", survey.toString(), "--release-key-file", key.toString(),
        "--previous", report.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("must be a ledger this library sealed, unchanged"), run.err());
    assertFalse(run.err().contains(sealed.substring(0, 16)), "the ledger is quoted");
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void scoreRefusesAPreviousReportSealedWithAnotherKey() throws IOException {
    Path survey = survey();
    Path report = dir.resolve("r1.json");
    assertEquals(AlignmentCli.OK, Cli.run("score", "--responses", survey.toString(), "--release-key-file",
        key("one.key", 9, "rw-------").toString(), "-o", report.toString()).exitCode());

    Cli.Run run = Cli.run("score", "--responses", survey.toString(), "--release-key-file",
        key("other.key", 10, "rw-------").toString(), "--previous", report.toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains(report + ": the survey cannot be checked against this previous release") && run.err().contains("release key"),
        run.err());
  }
}
