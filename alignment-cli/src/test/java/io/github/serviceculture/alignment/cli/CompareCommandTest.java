package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alignment compare} and {@code batch --compare-to}: two waves through the command line. */
class CompareCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SampleData.Org NORTHWIND = new SampleData.Org(SampleData.NORTHWIND, 11, 60, 0.9);
  private static final SampleData.Org HARBOR = new SampleData.Org(SampleData.HARBOR, 12, 45, 0.2);

  @TempDir
  Path dir;

  /**
   * The organization's rows with every goals answer one option worse (reverse-keyed ones one higher);
   * for a name without a comma, which the CSV then does not quote.
   */
  static List<String> goalsWorse(SampleData.Org org) {
    Instrument instrument = DefaultInstrument.instrument();
    List<String> rows = new ArrayList<>();
    for (String row : SampleData.rows(org)) {
      List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
      int first = cells.size() - instrument.items().size();
      for (int i = 0; i < instrument.items().size(); i++) {
        Item item = instrument.items().get(i);
        String cell = cells.get(first + i);
        if (item.isScaleItem() && item.dimension() == Dimension.GOALS && !cell.isEmpty()) {
          int a = Integer.parseInt(cell);
          cells.set(first + i, String.valueOf(item.isReverseKeyed() ? Math.min(5, a + 1) : Math.max(1, a - 1)));
        }
      }
      rows.add(String.join(",", cells));
    }
    return rows;
  }

  private Path csv(String name, List<String> rows) throws IOException {
    return SampleData.write(dir.resolve(name), SampleData.header() + "\n" + String.join("\n", rows) + "\n");
  }

  private Path report(String name, List<String> rows) throws IOException {
    Path out = dir.resolve(name + ".json");
    Cli.Run run = Cli.run("score", "--responses", csv(name + ".csv", rows).toString(), "-o", out.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    return out;
  }

  @Test
  void twoReportsGiveAComparisonWithTheDeclineAsAFinding() throws IOException {
    Path before = report("q1", SampleData.rows(NORTHWIND));
    Path after = report("q2", goalsWorse(NORTHWIND));
    Cli.Run run = Cli.run("compare", before.toString(), after.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    JsonNode doc = MAPPER.readTree(run.out());
    assertEquals("1.1", doc.path("formatVersion").asText());
    JsonNode comparison = doc.path("comparison");
    assertEquals(SampleData.NORTHWIND, comparison.path("organization").asText());
    assertEquals("GOALS.WAVE_CHANGE.DECLINED", comparison.path("findings").get(0).path("code").asText());
    JsonNode goals = null;
    for (JsonNode change : comparison.path("changes")) {
      if (change.path("dimension").asText().equals("GOALS") && change.path("attribute").isMissingNode()) {
        goals = change;
      }
    }
    assertEquals("DECLINED", goals.path("verdict").asText());
    assertTrue(goals.path("change").path("value").asDouble() < -5);
    assertTrue(run.err().contains("meaningful change(s)"), run.err());
  }

  @Test
  void theChangesTableAndTheTextAreWrittenAndAReportAgainstItselfChangesNothing() throws IOException {
    Path report = report("q1", SampleData.rows(NORTHWIND));
    Path changes = dir.resolve("changes.csv");
    Path json = dir.resolve("comparison.json");
    Path page = dir.resolve("comparison.html");
    Cli.Run run = Cli.run("compare", report.toString(), report.toString(), "--changes", changes.toString(),
        "-o", json.toString(), "--html", page.toString(), "--text");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> rows = BatchCsvTest.table(changes);
    assertEquals(Tables.CHANGES, List.copyOf(rows.get(0).keySet()));
    assertFalse(rows.isEmpty());
    for (Map<String, String> row : rows) {
      if (!row.get("not_comparable").isEmpty()) {
        // Only the organization's figures of an item can be hidden in one report and released in the other.
        assertEquals("NOT_REPORTED_IN_BOTH", row.get("not_comparable"), row.toString());
        assertFalse(row.get("item_id").isEmpty(), row.toString());
        continue;
      }
      assertEquals("0.0", row.get("change"), row.toString());
      assertTrue(Set.of("NO_MEANINGFUL_CHANGE", "UNDETERMINED").contains(row.get("verdict")), row.toString());
    }
    assertTrue(rows.stream().anyMatch(r -> !r.get("item_id").isEmpty() && r.get("change").equals("0.0")),
        "items are compared too");
    assertTrue(run.out().startsWith("Service culture survey, two waves compared: " + SampleData.NORTHWIND + "\n"),
        run.out());
    assertTrue(run.out().contains("Findings (0)"), run.out());
    assertTrue(run.out().lines().allMatch(l -> l.length() <= 100), run.out());
    assertTrue(Files.readString(json, StandardCharsets.UTF_8).startsWith("{\"formatVersion\":\"1.1\",\"comparison\""));
    assertTrue(Files.readString(page, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
    Cli.Run same = Cli.run("compare", report.toString(), report.toString(), "--changes", page.toString(), "--html",
        page.toString());
    assertEquals(AlignmentCli.USAGE, same.exitCode(), same.err());
  }

  @Test
  void aReportAndAnAssessmentOrAnInstrumentOtherThanTheReportsAreRefused() throws IOException {
    Path report = report("q1", SampleData.rows(NORTHWIND));
    Path assessment = dir.resolve("practices.json");
    Files.writeString(assessment, AlignmentJson.withDefaults().write(
        io.github.serviceculture.alignment.scoring.Assessment.builder().practices(SampleData.practices()).build()));
    Cli.Run mixed = Cli.run("compare", report.toString(), assessment.toString());
    assertEquals(AlignmentCli.USAGE, mixed.exitCode(), mixed.err());
    assertTrue(mixed.err().contains("compare two reports or two assessments"), mixed.err());

    Path other = dir.resolve("instrument.json");
    Files.writeString(other, AlignmentJson.withDefaults().write(DefaultInstrument.instrument().withVersion("9")));
    Cli.Run wrong = Cli.run("compare", report.toString(), report.toString(), "--instrument", other.toString());
    assertEquals(AlignmentCli.FATAL, wrong.exitCode(), wrong.err());
    assertTrue(wrong.err().contains("cannot be compared"), wrong.err());
    assertTrue(wrong.err().contains("beforeInstrument"), wrong.err());

    Cli.Run points = Cli.run("compare", report.toString(), report.toString(), "--min-change", "101");
    assertEquals(AlignmentCli.USAGE, points.exitCode(), points.err());
    assertTrue(points.err().contains("--min-change"), points.err());
    Cli.Run policy = Cli.run("compare", report.toString(), report.toString(), "--policy", report.toString());
    assertEquals(AlignmentCli.USAGE, policy.exitCode(), policy.err());
  }

  @Test
  void anInstrumentEditedWithoutANewVersionIsRefusedByTheReportsFingerprint() throws IOException {
    Path report = report("q1", SampleData.rows(NORTHWIND));
    Instrument builtIn = DefaultInstrument.instrument();
    Item goals = builtIn.scaleItems(Dimension.GOALS).get(0);
    List<Item> items = new ArrayList<>(builtIn.items());
    items.set(items.indexOf(goals), goals.withText(goals.text() + " every week"));
    Path edited = dir.resolve("edited-instrument.json");
    Files.writeString(edited, AlignmentJson.withDefaults().write(builtIn.withItems(items)));
    Cli.Run run = Cli.run("compare", report.toString(), report.toString(), "--instrument", edited.toString());
    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("cannot be compared"), run.err());
    assertTrue(run.err().contains("beforeInstrument") && run.err().contains("fingerprint differs"), run.err());
  }

  @Test
  void twoAssessmentsAreScoredTheLaterAgainstTheEarlierAndOnlyFiguresOfBothAppear() throws IOException {
    AlignmentJson json = AlignmentJson.withDefaults();
    Path first = dir.resolve("a1.json");
    Path second = dir.resolve("a2.json");
    io.github.serviceculture.alignment.survey.ResponseSet responses =
        io.github.serviceculture.alignment.testing.SurveyFixtures.generated(5, 40, 0.5);
    Files.writeString(first, json.write(io.github.serviceculture.alignment.scoring.Assessment.builder()
        .responses(responses).build()));
    Files.writeString(second, json.write(io.github.serviceculture.alignment.scoring.Assessment.builder()
        .responses(io.github.serviceculture.alignment.testing.SurveyFixtures.generated(6, 41, 0.5)).build()));
    Cli.Run run = Cli.run("compare", first.toString(), second.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    JsonNode comparison = MAPPER.readTree(run.out()).path("comparison");
    assertEquals(40, comparison.path("before").path("respondentCount").asInt());
    assertEquals(41, comparison.path("after").path("respondentCount").asInt());
    assertTrue(comparison.path("changes").size() > 0);
  }

  @Test
  void eachAssessmentIsReadWithItsOwnInstrumentEvenWhenBothShareIdAndVersion() throws IOException {
    // The same id and version, one GOALS item reworded: each wave's instrumentRef must resolve to its own.
    Instrument builtIn = DefaultInstrument.instrument();
    Item goals = builtIn.scaleItems(Dimension.GOALS).get(0);
    List<Item> items = new ArrayList<>(builtIn.items());
    items.set(items.indexOf(goals), goals.withText(goals.text() + " every week"));
    Instrument reworded = builtIn.withItems(items);
    Path beforeInstrument = dir.resolve("before-instrument.json");
    Path afterInstrument = dir.resolve("after-instrument.json");
    Files.writeString(beforeInstrument, AlignmentJson.withDefaults().write(builtIn));
    Files.writeString(afterInstrument, AlignmentJson.withDefaults().write(reworded));
    AlignmentJson json = AlignmentJson.withDefaults();
    Path first = dir.resolve("a1.json");
    Path second = dir.resolve("a2.json");
    Files.writeString(first, json.write(io.github.serviceculture.alignment.scoring.Assessment.builder()
        .responses(io.github.serviceculture.alignment.testing.SurveyFixtures.generated(5, 40, 0.5)).build()));
    Files.writeString(second, json.write(io.github.serviceculture.alignment.scoring.Assessment.builder()
        .responses(io.github.serviceculture.alignment.testing.SurveyFixtures.generated(6, 41, 0.5)).build()));
    assertTrue(Files.readString(second).contains("instrumentRef"), "the wave names its instrument by reference");

    Cli.Run run = Cli.run("compare", first.toString(), second.toString(), "--instrument", afterInstrument.toString(),
        "--before-instrument", beforeInstrument.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    JsonNode comparison = MAPPER.readTree(run.out()).path("comparison");
    assertEquals("ITEMS_CHANGED", comparison.path("notComparable").path("GOALS").asText(),
        comparison.path("notComparable").toString());
  }

  @Test
  void wavesScoredUnderDifferentPoliciesAreComparedWithAWarning() throws IOException {
    AlignmentJson json = AlignmentJson.withDefaults();
    io.github.serviceculture.alignment.scoring.AlignmentEngine engine =
        io.github.serviceculture.alignment.scoring.AlignmentEngine.withDefaults();
    AlignmentReport report = engine.assess(io.github.serviceculture.alignment.scoring.Assessment.builder()
        .responses(io.github.serviceculture.alignment.testing.SurveyFixtures.generated(5, 40, 0.5)).build());
    Path first = dir.resolve("r1.json");
    Path second = dir.resolve("r2.json");
    Files.writeString(first, json.write(report));
    Files.writeString(second, json.write(report.withMetadata(report.metadata().withPolicyFingerprint("0123456789abcdef"))));
    Cli.Run differ = Cli.run("compare", first.toString(), second.toString());
    assertEquals(AlignmentCli.OK, differ.exitCode(), differ.err());
    assertTrue(differ.err().contains("scored under different policies"), differ.err());
    Cli.Run same = Cli.run("compare", first.toString(), first.toString());
    assertFalse(same.err().contains("different policies"), same.err());
  }

  // ---- batch --compare-to

  private Path key() throws IOException {
    return DisclosureAttacksTest.key(dir);
  }

  @Test
  void batchComparesEveryOrganizationFoundInBothWavesIntoChangesCsvAndAComparisonEach() throws IOException {
    Path key = key();
    Path q1 = dir.resolve("q1");
    Path q2 = dir.resolve("q2");
    Cli.Run run1 = Cli.run("batch", csv("q1.csv", SampleData.rows(NORTHWIND)).toString(), "-o", q1.toString(),
        "--release-key-file", key.toString());
    assertEquals(AlignmentCli.OK, run1.exitCode(), run1.err());
    List<String> later = new ArrayList<>(goalsWorse(NORTHWIND));
    later.addAll(SampleData.rows(HARBOR));
    Cli.Run run2 = Cli.run("batch", csv("q2.csv", later).toString(), "-o", q2.toString(), "--release-key-file",
        key.toString(), "--compare-to", q1.toString(), "--html");
    assertEquals(AlignmentCli.OK, run2.exitCode(), run2.err());
    assertTrue(run2.err().contains("compared 1 organization(s) with " + q1), run2.err());
    assertTrue(run2.err().contains("0 found there could not be compared, 1 new in this run, 0 only in " + q1),
        run2.err());
    // Back to Northwind alone: Harbor is only in the earlier batch, and is counted as such.
    Cli.Run run3 = Cli.run("batch", csv("q3.csv", goalsWorse(NORTHWIND)).toString(), "-o",
        dir.resolve("q3").toString(), "--release-key-file", key.toString(), "--compare-to", q2.toString());
    assertEquals(AlignmentCli.OK, run3.exitCode(), run3.err());
    assertTrue(run3.err().contains("compared 1 organization(s) with " + q2 + " into ")
        && run3.err().contains(", 0 new in this run, 1 only in " + q2), run3.err());

    List<Map<String, String>> changes = BatchCsvTest.table(q2.resolve("changes.csv"));
    assertEquals(Set.of(SampleData.NORTHWIND), changes.stream().map(r -> r.get("organization"))
        .collect(Collectors.toSet()), "Harbor is new in q2: nothing to compare it with");
    Map<String, String> goals = changes.stream().filter(r -> r.get("dimension").equals("GOALS")
        && r.get("attribute").isEmpty()).findFirst().orElseThrow();
    assertEquals("DECLINED", goals.get("verdict"));
    assertTrue(Files.isRegularFile(q2.resolve("comparisons/Northwind_Outfitters.json")));
    assertTrue(Files.readString(q2.resolve("comparisons/Northwind_Outfitters.html")).contains("Two waves compared"));
    assertTrue(Files.readString(q2.resolve("manifest.sha256")).contains("changes.csv"));

    // Every group compared is reported in both waves' reports.
    AlignmentJson json = AlignmentJson.withDefaults();
    AlignmentReport before = json.readReport(Files.readString(q1.resolve("reports/Northwind_Outfitters.json")));
    AlignmentReport after = json.readReport(Files.readString(q2.resolve("reports/Northwind_Outfitters.json")));
    for (Map<String, String> row : changes) {
      if (!row.get("attribute").isEmpty() && row.get("item_id").isEmpty()) {
        Dimension d = Dimension.valueOf(row.get("dimension"));
        assertTrue(reported(before, d, row.get("attribute"), row.get("group"))
            && reported(after, d, row.get("attribute"), row.get("group")), row.toString());
      } else if (!row.get("attribute").isEmpty()) {
        assertTrue(itemReported(before, row.get("item_id"), row.get("attribute"), row.get("group"))
            && itemReported(after, row.get("item_id"), row.get("attribute"), row.get("group")), row.toString());
      }
    }
    // Items come after the dimensions: the organization's change of each goals item, with its dimension.
    List<Map<String, String>> items = changes.stream().filter(r -> !r.get("item_id").isEmpty()).toList();
    assertFalse(items.isEmpty());
    assertEquals(changes.subList(changes.size() - items.size(), changes.size()), items);
    assertTrue(items.stream().anyMatch(r -> r.get("dimension").equals("GOALS") && r.get("attribute").isEmpty()
        && r.get("verdict").equals("DECLINED")), items::toString);
  }

  private static boolean itemReported(AlignmentReport report, String itemId, String attribute, String value) {
    return report.perceptions().orElseThrow().groups().stream().anyMatch(g -> g.attribute().equals(attribute)
        && g.value().equals(value) && g.items().stream().anyMatch(i -> i.itemId().equals(itemId)));
  }

  private static boolean reported(AlignmentReport report, Dimension d, String attribute, String value) {
    return report.perceptions().orElseThrow().groups().stream().anyMatch(g -> g.attribute().equals(attribute)
        && g.value().equals(value) && g.dimensions().containsKey(d));
  }

  @Test
  void aWaveThatOnePersonJoinedIsNotComparedSinceItsFiguresAreHiddenAgainstTheEarlierOnes() throws IOException {
    // DisclosureAttacksTest's third attack: Acme's second wave is its first plus one late response, so its
    // figures beside the first's would give that response. Birch is unchanged.
    List<DisclosureAttacksTest.Atom> atoms = List.of(
        new DisclosureAttacksTest.Atom(new DisclosureAttacksTest.Profile("FRONTLINE", "support", "true"), 20),
        new DisclosureAttacksTest.Atom(new DisclosureAttacksTest.Profile("MANAGER", "ops", "true"), 10));
    String acme = DisclosureAttacksTest.rows("Acme", atoms, 4);
    String birch = DisclosureAttacksTest.rows("Birch", atoms, 5);
    StringBuilder late = new StringBuilder("Acme,late,FRONTLINE,support,true");
    for (Item item : DefaultInstrument.instrument().items()) {
      late.append(',').append(item.isReverseKeyed() ? 1 : 5);
    }
    Path first = SampleData.write(dir.resolve("q1.csv"), SampleData.header() + "\n" + acme + birch);
    Path second = SampleData.write(dir.resolve("q2.csv"), SampleData.header() + "\n" + acme + late + "\n" + birch);
    Path key = key();
    Path q1 = dir.resolve("q1");
    Path q2 = dir.resolve("q2");
    assertEquals(AlignmentCli.OK, Cli.run("batch", first.toString(), "-o", q1.toString(), "--release-key-file",
        key.toString()).exitCode());
    Cli.Run run = Cli.run("batch", second.toString(), "-o", q2.toString(), "--release-key-file", key.toString(),
        "--compare-to", q1.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());

    List<Map<String, String>> changes = BatchCsvTest.table(q2.resolve("changes.csv"));
    List<Map<String, String>> acmeRows = changes.stream().filter(r -> r.get("organization").equals("Acme")).toList();
    // The organization's figures and the joiner's groups are hidden in the second wave, so never compared; the
    // managers in ops, unchanged, are released in both and compared.
    List<Map<String, String>> organizationRows = acmeRows.stream().filter(r -> r.get("attribute").isEmpty()).toList();
    // One row per dimension and one per scale item, each not reported in both.
    assertEquals(6, organizationRows.stream().filter(r -> r.get("item_id").isEmpty()).count(), acmeRows::toString);
    assertTrue(organizationRows.stream().allMatch(r -> r.get("not_comparable").equals("NOT_REPORTED_IN_BOTH")
        && r.get("change").isEmpty()), acmeRows::toString);
    assertEquals(Set.of("department=ops", "level=MANAGER"), acmeRows.stream().filter(r -> !r.get("attribute").isEmpty())
        .map(r -> r.get("attribute") + "=" + r.get("group")).collect(Collectors.toSet()));
    assertTrue(acmeRows.stream().filter(r -> !r.get("attribute").isEmpty()).allMatch(r -> r.get("change").equals("0.0")));
    List<Map<String, String>> birchRows = changes.stream().filter(r -> r.get("organization").equals("Birch")).toList();
    assertFalse(birchRows.isEmpty());
    assertTrue(birchRows.stream().allMatch(r -> r.get("change").equals("0.0")), birchRows::toString);
  }

  @Test
  void aSecondRunReplacesASetThatHoldsComparisons() throws IOException {
    Path key = key();
    Path q1 = dir.resolve("q1");
    Path q2 = dir.resolve("q2");
    Path input = csv("q1.csv", SampleData.rows(NORTHWIND));
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", q1.toString(), "--release-key-file",
        key.toString()).exitCode());
    Cli.Run compared = Cli.run("batch", input.toString(), "-o", q2.toString(), "--release-key-file", key.toString(),
        "--compare-to", q1.toString());
    assertEquals(AlignmentCli.OK, compared.exitCode(), compared.err());
    assertTrue(Files.isDirectory(q2.resolve(BatchOutput.COMPARISONS_DIRECTORY)));
    assertTrue(Files.isRegularFile(q2.resolve(BatchOutput.CHANGES_CSV)));
    // The same output directory again: the tool's own set, comparisons included, is replaced as a whole.
    Cli.Run again = Cli.run("batch", input.toString(), "-o", q2.toString(), "--reports", "none");
    assertEquals(AlignmentCli.OK, again.exitCode(), again.err());
    assertFalse(Files.exists(q2.resolve(BatchOutput.COMPARISONS_DIRECTORY)), "the earlier set is gone");
  }

  @Test
  void batchCompareToNeedsAReleaseKeyAndADirectoryOtherThanTheOutput() throws IOException {
    Path input = csv("q1.csv", SampleData.rows(NORTHWIND));
    Path q1 = dir.resolve("q1");
    Cli.Run noKey = Cli.run("batch", input.toString(), "-o", dir.resolve("q2").toString(), "--compare-to",
        q1.toString());
    assertEquals(AlignmentCli.USAGE, noKey.exitCode(), noKey.err());
    assertTrue(noKey.err().contains("--compare-to needs --release-key-file"), noKey.err());
    Path key = key();
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", q1.toString(), "--release-key-file",
        key.toString()).exitCode());
    Cli.Run same = Cli.run("batch", input.toString(), "-o", q1.toString(), "--release-key-file", key.toString(),
        "--compare-to", q1.toString());
    assertEquals(AlignmentCli.USAGE, same.exitCode(), same.err());
    assertTrue(same.err().contains("is the output directory"), same.err());
  }

  @Test
  void batchCompareToWithAnotherPreviousComparesOnlyWhereThatReleaseRecordsTheEarlierWave() throws IOException {
    Path key = key();
    Path q1 = dir.resolve("q1");
    Path other = dir.resolve("other");
    Path mid = dir.resolve("mid");
    Path input = csv("q1.csv", SampleData.rows(NORTHWIND));
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", q1.toString(), "--release-key-file",
        key.toString()).exitCode());
    // Other answers scored on their own, not against q1: its ledger does not record q1's release.
    assertEquals(AlignmentCli.OK, Cli.run("batch", csv("other.csv", goalsWorse(NORTHWIND)).toString(), "-o",
        other.toString(), "--release-key-file", key.toString()).exitCode());
    // Scored against q1: a release between the waves whose ledger records q1's.
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", mid.toString(), "--release-key-file",
        key.toString(), "--previous", q1.toString()).exitCode());
    Path later = csv("q2.csv", goalsWorse(NORTHWIND));

    Cli.Run unchecked = Cli.run("batch", later.toString(), "-o", dir.resolve("q2a").toString(), "--release-key-file",
        key.toString(), "--compare-to", q1.toString(), "--previous", other.toString());
    assertTrue(unchecked.err().contains("does not record its earlier report"), unchecked.err());
    assertTrue(unchecked.err().contains("compared 0 organization(s)"), unchecked.err());
    assertTrue(BatchCsvTest.table(dir.resolve("q2a/changes.csv")).isEmpty());

    Cli.Run checked = Cli.run("batch", later.toString(), "-o", dir.resolve("q2b").toString(), "--release-key-file",
        key.toString(), "--compare-to", q1.toString(), "--previous", mid.toString());
    assertEquals(AlignmentCli.OK, checked.exitCode(), checked.err());
    assertTrue(checked.err().contains("compared 1 organization(s) with " + q1), checked.err());
    assertFalse(BatchCsvTest.table(dir.resolve("q2b/changes.csv")).isEmpty());
  }

  @Test
  void anEarlierBatchWithoutLedgerOrUnderAnotherKeyRejectsTheOrganizationAndComparesNothing() throws IOException {
    Path key = key();
    Path other = dir.resolve("other.key");
    byte[] secret = new byte[32];
    java.util.Arrays.fill(secret, (byte) 7);
    Files.write(other, secret);
    Path input = csv("q1.csv", SampleData.rows(NORTHWIND));
    Path later = csv("q2.csv", goalsWorse(NORTHWIND));
    Path noLedger = dir.resolve("no-ledger");
    Path otherKey = dir.resolve("other-key");
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", noLedger.toString()).exitCode());
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", otherKey.toString(), "--release-key-file",
        other.toString()).exitCode());
    for (Path earlier : List.of(noLedger, otherKey)) {
      Path out = dir.resolve("q2-" + earlier.getFileName());
      Cli.Run run = Cli.run("batch", later.toString(), "-o", out.toString(), "--release-key-file", key.toString(),
          "--compare-to", earlier.toString());
      assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
      assertTrue(BatchCsvTest.table(out.resolve("changes.csv")).isEmpty(), earlier + ": nothing compared");
      assertFalse(BatchCsvTest.table(out.resolve("rejected.csv")).isEmpty(), earlier + ": the organization rejected");
      assertTrue(run.err().contains("compared 0 organization(s)"), run.err());
    }
  }
}
