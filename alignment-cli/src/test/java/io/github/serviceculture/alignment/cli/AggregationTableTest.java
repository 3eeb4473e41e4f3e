package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Scale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aggregation.csv: the organizations of a batch compared per dimension. Through the CLI, the ANOVA
 * between the 49 companies of lq2002 equals R's (multilevel::ICC1/ICC2 on the soldiers' item means),
 * and the table does not depend on the order of the organizations in the file or on the threads.
 */
class AggregationTableTest {
  private static final double TOLERANCE = 1e-10;
  private static final List<String> LEAD = List.of("LEAD01", "LEAD02", "LEAD03", "LEAD04", "LEAD05", "LEAD06",
      "LEAD07", "LEAD08", "LEAD09", "LEAD10", "LEAD11");

  @TempDir
  Path dir;

  /** The reference folder the build names, or a skip saying it is absent. */
  private static Path reference() {
    String configured = System.getProperty("alignment.reference.dir", "../../shared/reference");
    Path folder = Path.of(configured).toAbsolutePath().normalize();
    boolean present = Files.isRegularFile(folder.resolve("expected.json"));
    if (!present) {
      System.err.println("SKIPPED: reference folder " + folder + " is absent; set -Dalignment.reference.dir");
    }
    assumeTrue(present, "reference folder " + folder + " is absent");
    return folder;
  }

  /** lq2002's companies as organizations, its soldiers as respondents, the LEAD items as LEADERSHIP. */
  private static List<String> lq2002Rows(Path reference) throws IOException {
    List<String> lines = Files.readAllLines(reference.resolve("lq2002.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
    int company = header.indexOf("COMPID");
    List<String> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      StringBuilder row = new StringBuilder("company " + f[company]).append(",s").append(i);
      for (String item : LEAD) {
        row.append(',').append(f[header.indexOf(item)]);
      }
      rows.add(row.toString());
    }
    return rows;
  }

  /** R's statistics of lq2002's LEAD item means between companies, by name. */
  private static Map<String, Double> expected(Path reference) throws IOException {
    Map<String, Double> expected = new HashMap<>();
    for (JsonNode record : new ObjectMapper().readTree(reference.resolve("expected.json").toFile()).get("records")) {
      if (record.path("dataset").asText().equals("lq2002") && record.path("scale").asText().equals("LEAD_itemmean")) {
        expected.put(record.path("statistic").asText(), record.path("value").asDouble());
      }
    }
    return expected;
  }

  private static void assertAnovaIsRs(Map<String, Double> expected, Map<String, String> row) {
    for (Map.Entry<String, String> column : Map.of("ICC1", "icc1", "ICC2", "icc2", "F", "f", "msb", "msb", "msw", "msw",
        "kbar", "mean_group_size").entrySet()) {
      double want = expected.get(column.getKey());
      double got = Double.parseDouble(row.get(column.getValue()));
      assertTrue(Math.abs(got - want) <= TOLERANCE * Math.abs(want), column.getValue() + ": R " + want + ", ours " + got);
    }
  }

  private Path instrument() throws IOException {
    return instrument(LEAD);
  }

  private Path instrument(List<String> items) throws IOException {
    Instrument.Builder b = Instrument.builder().id("lq2002").version("1").scale(Scale.of(1, 5));
    for (String id : items) {
      b.addItem(Item.builder().id(id).dimension(Dimension.LEADERSHIP).text("Leadership statement " + id).build());
    }
    return Files.writeString(dir.resolve("instrument.json"), AlignmentJson.withDefaults().write(b.build()));
  }

  private Path survey(String name, List<String> rows) throws IOException {
    return Files.writeString(dir.resolve(name), "organization,respondent," + String.join(",", LEAD) + "\n"
        + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void theAnovaBetweenTheOrganizationsOfABatchIsRsOnTheRespondentsInTheTableAndTheJsonDocument()
      throws IOException {
    Path reference = reference();
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", survey("lq2002.csv", lq2002Rows(reference)).toString(), "--instrument",
        instrument().toString(), "-o", out.toString(), "--reports", "none", "-q");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    Map<String, String> leadership = BatchCsvTest.table(out.resolve(BatchOutput.AGGREGATION_CSV)).stream()
        .filter(r -> r.get("dimension").equals("LEADERSHIP")).findFirst().orElseThrow();
    Map<String, Double> expected = expected(reference);
    assertEquals("49", leadership.get("organizations"));
    assertEquals(String.valueOf((long) (double) expected.get("N")), leadership.get("respondents"));
    assertEquals("48", leadership.get("df_between"));
    assertEquals(String.valueOf((long) (expected.get("N") - 49)), leadership.get("df_within"));
    assertAnovaIsRs(expected, leadership);
    assertTrue(Double.parseDouble(leadership.get("p")) < 1e-20, "49 companies differ: " + leadership.get("p"));
    // The dimensions without items: no organization, every statistic empty with its reason.
    Map<String, String> goals = BatchCsvTest.table(out.resolve(BatchOutput.AGGREGATION_CSV)).stream()
        .filter(r -> r.get("dimension").equals("GOALS")).findFirst().orElseThrow();
    assertEquals("0", goals.get("organizations"));
    assertEquals("", goals.get("icc1"));
    assertEquals("NO_DATA", goals.get("icc1_undefined"));
    assertEquals("NO_DATA", goals.get("rwg_j_mean_undefined"));

    // aggregation.json: the same numbers.
    JsonNode document = new ObjectMapper().readTree(out.resolve(BatchOutput.AGGREGATION_JSON).toFile());
    assertEquals("1.0", document.path("formatVersion").asText());
    JsonNode body = document.path("aggregation");
    assertEquals("lq2002", body.path("instrumentId").asText());
    assertEquals(49, body.path("units").asInt());
    JsonNode lead = null;
    for (JsonNode d : body.path("dimensions")) {
      if (d.path("dimension").asText().equals("LEADERSHIP")) {
        lead = d;
      }
    }
    assertEquals(leadership.get("organizations"), lead.path("units").asText());
    for (String column : List.of("icc1", "icc2", "f", "p", "msb", "msw")) {
      assertEquals(Double.parseDouble(leadership.get(column)), lead.path("icc").path(column).path("value").asDouble(),
          column);
    }
    assertEquals(Double.parseDouble(leadership.get("rwg_j_median")),
        lead.path("rwgJ").path("median").path("value").asDouble());
    assertEquals(Double.parseDouble(leadership.get("ad_share_at_or_below_cutoff")),
        lead.path("ad").path("shareAgreeing").path("value").asDouble());
  }

  @Test
  void theGroupsOfOneOrganizationAreComparedAsOrganizationsAreAndGiveRsAnova() throws IOException {
    Path reference = reference();
    // Every soldier in one organization, the company as the department.
    List<String> rows = new ArrayList<>();
    for (String row : lq2002Rows(reference)) {
      String[] f = row.split(",", 3);
      rows.add("one," + f[1] + "," + f[0] + "," + f[2]);
    }
    Path input = Files.writeString(dir.resolve("one.csv"), "organization,respondent,department,"
        + String.join(",", LEAD) + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", input.toString(), "--instrument", instrument().toString(), "-o", out.toString(),
        "--reports", "none", "-q");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    Map<String, String> departments = BatchCsvTest.table(out.resolve(BatchOutput.GROUP_DIFFERENCES_CSV)).stream()
        .filter(r -> r.get("attribute").equals("department") && r.get("dimension").equals("LEADERSHIP"))
        .findFirst().orElseThrow();
    Map<String, Double> expected = expected(reference);
    assertEquals("one", departments.get("organization"));
    assertEquals("49", departments.get("groups"));
    assertEquals("48", departments.get("df_between"));
    assertEquals(String.valueOf((long) (double) expected.get("N")), departments.get("respondents"));
    assertAnovaIsRs(expected, departments);
    assertEquals("49", departments.get("rwg_j_groups"));
    assertEquals("0.7", departments.get("rwg_j_cutoff"));
  }

  @Test
  void aSingleItemMeasureSaysSoInEveryTableAndIsComparedAcrossOrganizations() throws IOException {
    Path reference = reference();
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", survey("lq2002.csv", lq2002Rows(reference)).toString(), "--instrument",
        instrument(List.of("LEAD05")).toString(), "-o", out.toString(), "--reports", "none", "-q");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<Map<String, String>> leadership = BatchCsvTest.table(out.resolve(BatchOutput.DIMENSIONS_CSV)).stream()
        .filter(r -> r.get("dimension").equals("LEADERSHIP")).toList();
    assertEquals(49, leadership.size());
    for (Map<String, String> row : leadership) {
      assertEquals("", row.get("alpha"));
      assertEquals("SINGLE_ITEM", row.get("alpha_undefined"), row.toString());
      assertTrue(Double.parseDouble(row.get("rwg_j")) > 0, "rwg of the single item: " + row);
    }
    double icc1 = Double.NaN;
    for (JsonNode record : new ObjectMapper().readTree(reference.resolve("expected.json").toFile()).get("records")) {
      if (record.path("dataset").asText().equals("lq2002") && record.path("scale").asText().equals("LEAD05")
          && record.path("function").asText().equals("multilevel::ICC1")) {
        icc1 = record.path("value").asDouble();
      }
    }
    double ours = Double.parseDouble(BatchCsvTest.table(out.resolve(BatchOutput.AGGREGATION_CSV)).stream()
        .filter(r -> r.get("dimension").equals("LEADERSHIP")).findFirst().orElseThrow().get("icc1"));
    assertTrue(Math.abs(ours - icc1) <= TOLERANCE * Math.abs(icc1), "R " + icc1 + ", ours " + ours);
  }

  /** A survey of {@code n} respondents answering every item from 1 to {@code highest}, seeded. */
  private static io.github.serviceculture.alignment.survey.ResponseSet survey(Instrument instrument, int n, int seed,
      int highest) {
    Random random = new Random(seed);
    var collector = io.github.serviceculture.alignment.survey.ResponseSet.collector(instrument);
    for (int r = 0; r < n; r++) {
      collector.begin(io.github.serviceculture.alignment.survey.Respondent.of("r" + seed + "-" + r));
      for (int i = 0; i < instrument.items().size(); i++) {
        collector.answer(i, 1 + random.nextInt(highest));
      }
      collector.end();
    }
    return collector.build();
  }

  @Test
  void aJsonLineScoredWithAnotherInstrumentIsLeftOutEvenUnderTheBatchsIdAndVersion() throws IOException {
    Instrument batch = io.github.serviceculture.alignment.survey.DefaultInstrument.instrument();
    // The default's id and version, but a seven-point scale: not comparable.
    Instrument lookalike = Instrument.builder().from(batch).scale(Scale.of(1, 7)).build();
    AlignmentJson json = AlignmentJson.withDefaults();
    StringBuilder lines = new StringBuilder();
    for (int o = 0; o < 3; o++) {
      lines.append(json.write(io.github.serviceculture.alignment.scoring.Assessment.builder()
          .responses(survey(batch, 20, o, 5)).build()).replace("\n", "")).append('\n');
    }
    String comparable = lines.toString();
    lines.append(json.write(io.github.serviceculture.alignment.scoring.Assessment.builder()
        .responses(survey(lookalike, 20, 11, 7)).build()).replace("\n", "")).append('\n');
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", Files.writeString(dir.resolve("all.jsonl"), lines.toString()).toString(), "-o",
        out.toString(), "--reports", "none");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("1 report(s) scored with an instrument other than the batch's are left out"),
        run.err());
    Path alone = dir.resolve("alone");
    assertEquals(AlignmentCli.OK, Cli.run("batch", Files.writeString(dir.resolve("three.jsonl"), comparable).toString(),
        "-o", alone.toString(), "--reports", "none").exitCode());
    assertEquals(Files.readString(alone.resolve(BatchOutput.AGGREGATION_CSV)),
        Files.readString(out.resolve(BatchOutput.AGGREGATION_CSV)));
  }

  @Test
  void theTableDoesNotDependOnTheOrderOfTheOrganizationsOrOnTheThreads() throws IOException {
    Path reference = reference();
    List<String> rows = lq2002Rows(reference);
    Path instrument = instrument();
    Path grouped = survey("grouped.csv", rows);
    // The organizations in another order, each still grouped.
    Map<String, List<String>> byOrganization = new java.util.LinkedHashMap<>();
    rows.forEach(r -> byOrganization.computeIfAbsent(r.substring(0, r.indexOf(',')), o -> new ArrayList<>()).add(r));
    List<String> organizations = new ArrayList<>(byOrganization.keySet());
    Collections.shuffle(organizations, new Random(3));
    List<String> reordered = new ArrayList<>();
    organizations.forEach(o -> reordered.addAll(byOrganization.get(o)));
    Path shuffled = survey("shuffled.csv", reordered);
    String first = null;
    for (Path input : List.of(grouped, shuffled)) {
      for (String threads : List.of("1", "2")) {
        Path out = dir.resolve("out-" + input.getFileName() + "-" + threads);
        Cli.Run run = Cli.run("batch", input.toString(), "--instrument", instrument.toString(), "-o", out.toString(),
            "--reports", "none", "--threads", threads, "-q");
        assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
        String table = Files.readString(out.resolve(BatchOutput.AGGREGATION_CSV));
        if (first == null) {
          first = table;
        }
        assertEquals(first, table, input.getFileName() + " with " + threads + " threads");
      }
    }
  }
}
