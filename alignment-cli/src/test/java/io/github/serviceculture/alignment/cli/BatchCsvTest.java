package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCsvTest {
  @TempDir
  Path dir;

  private static final List<SampleData.Org> TWELVE = List.of(
      new SampleData.Org("Acme", 1, 12, 0.5), new SampleData.Org("Birch", 2, 20, 0.0),
      new SampleData.Org("Cobalt", 3, 7, 1.0), new SampleData.Org("Delta", 4, 30, 0.3),
      new SampleData.Org("Elm", 5, 15, 0.8), new SampleData.Org("Fjord", 6, 9, 0.1),
      new SampleData.Org("Garnet", 7, 25, 0.6), new SampleData.Org("Heron", 8, 11, 1.1),
      new SampleData.Org("Iris", 9, 18, 0.4), new SampleData.Org("Juniper", 10, 6, 0.9),
      new SampleData.Org("Kestrel", 11, 14, 0.2), new SampleData.Org("Lumen", 12, 22, 0.7));

  private static int rows(List<SampleData.Org> orgs) {
    return orgs.stream().mapToInt(SampleData.Org::respondents).sum();
  }

  @Test
  void multiOrganizationCsvGivesOneReportPerOrganizationAndAccountsForEveryRow() throws IOException {
    String csv = SampleData.surveyCsv(SampleData.SAMPLE);
    Path input = SampleData.write(dir.resolve("survey.csv"), csv);
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    run.assertAccounting(135, 135, 0);
    assertEquals(List.of("reports/Bayside_Dental_Inc.json", "reports/Harbor_Lane_Credit_Union.json",
        "reports/Northwind_Outfitters.json"), Cli.files(out).keySet().stream().filter(f -> f.startsWith("reports/"))
        .toList());
    List<Map<String, String>> organizations = table(out.resolve("organizations.csv"));
    assertEquals(List.of(SampleData.NORTHWIND, SampleData.HARBOR, SampleData.BAYSIDE),
        organizations.stream().map(r -> r.get("organization")).toList(), "input order");
    assertEquals(List.of("60", "45", "30"), organizations.stream().map(r -> r.get("rows_scored")).toList());
    assertEquals(3 * 6, table(out.resolve("dimensions.csv")).size(), "one row per organization and dimension");
    AlignmentReport northwind = AlignmentJson.withDefaults()
        .readReport(Files.readString(out.resolve("reports/Northwind_Outfitters.json")));
    assertEquals(SampleData.NORTHWIND, northwind.metadata().organization().orElseThrow());
    List<Map<String, String>> findings = table(out.resolve("findings.csv")).stream()
        .filter(r -> r.get("organization").equals(SampleData.NORTHWIND)).toList();
    assertEquals(northwind.findings().size(), findings.size(), "one row per finding");
    assertEquals(northwind.findings().stream().map(f -> f.code()).toList(),
        findings.stream().map(r -> r.get("code")).toList(), "each finding's stable code, for a platform's own texts");
    assertEquals(List.of(), table(out.resolve("rejected.csv")));
  }

  @Test
  void unusableRowsAreRejectedWithLineOrganizationAndReasonAndTheRestIsScored() throws IOException {
    List<String> lines = new ArrayList<>(List.of(SampleData.surveyCsv(SampleData.SAMPLE).split("\n")));
    // Line numbers count the header as line 1; lines[i] is line i + 1.
    lines.set(3, lines.get(3).replaceFirst(",r00002,FRONTLINE,", ",r00002,boss,"));          // line 4: unknown level
    lines.set(5, replaceAnswer(lines.get(5), "7"));                                             // line 6: off the scale
    lines.set(7, replaceAnswer(lines.get(7), "often"));                                         // line 8: not a number
    lines.set(9, lines.get(9).replaceFirst(",r00008,", ",r00001,"));                            // line 10: repeated id
    lines.set(11, lines.get(11).replaceFirst("^Northwind Outfitters,", ","));                   // line 12: no organization
    lines.set(13, lines.get(13).substring(0, lines.get(13).lastIndexOf(',')));                  // line 14: a field short
    lines.set(15, lines.get(15).replaceFirst("^Northwind Outfitters,", "NA,"));                 // line 16: missing code
    lines.set(17, lines.get(17).replaceFirst(",r00016,", ",\"r00016,"));                        // line 18: quote never closed
    Path input = SampleData.write(dir.resolve("survey.csv"), String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--threads", "2");

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(135, 127, 8);
    List<Map<String, String>> rejected = table(out.resolve("rejected.csv"));
    assertEquals(List.of("4", "6", "8", "10", "12", "14", "16", "18"),
        rejected.stream().map(r -> r.get("line")).sorted((a, b) -> Integer.parseInt(a) - Integer.parseInt(b)).toList());
    Map<String, String> reasons = new java.util.HashMap<>();
    rejected.forEach(r -> reasons.put(r.get("line"), r.get("organization") + " | " + r.get("reason")));
    assertEquals("Northwind Outfitters | the level is not one of EXECUTIVE, MANAGER, SUPERVISOR, FRONTLINE",
        reasons.get("4"));
    assertEquals("Northwind Outfitters | the answer to VIS_DEFINED must be an option from 1 to 5", reasons.get("6"));
    assertEquals("Northwind Outfitters | the answer to VIS_DEFINED is not a whole number", reasons.get("8"));
    assertEquals("Northwind Outfitters | repeats the respondent id of line 3", reasons.get("10"));
    assertEquals(" | no organization", reasons.get("12"));
    assertEquals(" | the row has 41 fields, the header 42", reasons.get("14"));
    assertEquals(" | no organization", reasons.get("16"));
    // The quote runs on to one of a later line, and the text after it makes the record malformed.
    assertEquals(" | malformed quoting in column 'respondent': text after the closing quote; reading goes on from "
        + "the next line", reasons.get("18"));
    for (Map<String, String> r : rejected) {
      assertFalse(r.get("reason").matches(".*(r000\\d\\d|often|\\b7\\b).*"), "never echo ids or answers: " + r);
    }
    assertTrue(run.err().contains("rejected.csv"), run.err());
    // Northwind's 60 rows: 4 rejected as its own, 4 rejected before they could be grouped.
    assertEquals("52", table(out.resolve("organizations.csv")).get(0).get("rows_scored"));
    assertEquals("4", table(out.resolve("organizations.csv")).get(0).get("rows_rejected"));
  }

  private static String replaceAnswer(String line, String answer) {
    // The first item column is the sixth field.
    String[] f = line.split(",", -1);
    f[5] = answer;
    return String.join(",", f);
  }

  @Test
  void outputsAreByteIdenticalWhateverTheNumberOfThreads() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(TWELVE));
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");

    // With a drivers analysis, whose bootstrap must not depend on the threads either.
    Cli.Run a = Cli.run("batch", input.toString(), "-o", one.toString(), "--threads", "1", "--outcome", "ENG_STATE",
        "--drivers-minimum", "8");
    Cli.Run b = Cli.run("batch", input.toString(), "-o", four.toString(), "--threads", "4", "--outcome", "ENG_STATE",
        "--drivers-minimum", "8");

    assertEquals(AlignmentCli.OK, a.exitCode(), a.err());
    assertEquals(AlignmentCli.OK, b.exitCode(), b.err());
    a.assertAccounting(rows(TWELVE), rows(TWELVE), 0);
    Map<String, String> filesOne = Cli.files(one);
    assertEquals(12 + 8 + 1 + 1, filesOne.size(), "reports, tables, aggregation.json and the manifest");
    assertTrue(table(one.resolve(BatchOutput.DRIVERS_CSV)).stream().anyMatch(r -> !r.get("share").isEmpty()),
        "some organizations have a drivers analysis");
    assertEquals(filesOne, Cli.files(four));

    Path jsonlOne = dir.resolve("jsonl-one");
    Path jsonlFour = dir.resolve("jsonl-four");
    Cli.run("batch", input.toString(), "-o", jsonlOne.toString(), "--threads", "1", "--reports", "jsonl");
    Cli.run("batch", input.toString(), "-o", jsonlFour.toString(), "--threads", "4", "--reports", "jsonl");
    assertEquals(Cli.files(jsonlOne), Cli.files(jsonlFour));
    assertEquals(12, Files.readAllLines(jsonlOne.resolve("reports.jsonl")).size());
  }

  @Test
  void unsortedCsvIsSpilledAndGivesTheSameOutputsAsTheGroupedOneAndSaysWhatItCost() throws IOException {
    List<SampleData.Org> orgs = TWELVE.subList(0, 4);
    Path grouped = SampleData.write(dir.resolve("grouped.csv"), SampleData.surveyCsv(orgs));
    // Round-robin the organizations' rows: each keeps its rows' order and the organizations their first appearance.
    List<List<String>> perOrg = orgs.stream().map(SampleData::rows).toList();
    StringBuilder interleaved = new StringBuilder(SampleData.header()).append('\n');
    for (int i = 0; i < 30; i++) {
      for (List<String> rows : perOrg) {
        if (i < rows.size()) {
          interleaved.append(rows.get(i)).append('\n');
        }
      }
    }
    Path unsorted = SampleData.write(dir.resolve("unsorted.csv"), interleaved.toString());

    Cli.Run sorted = Cli.run("batch", grouped.toString(), "-o", dir.resolve("a").toString());
    Cli.Run detected = Cli.run("batch", unsorted.toString(), "-o", dir.resolve("b").toString(), "--threads", "3");
    Cli.Run told = Cli.run("batch", unsorted.toString(), "-o", dir.resolve("c").toString(), "--unsorted");

    assertEquals(AlignmentCli.OK, detected.exitCode(), detected.err());
    detected.assertAccounting(rows(orgs), rows(orgs), 0);
    told.assertAccounting(rows(orgs), rows(orgs), 0);
    assertFalse(sorted.err().contains("not grouped"), sorted.err());
    assertTrue(detected.err().contains("is not grouped by organization: 'Acme' at line 6 reappears"), detected.err());
    assertTrue(detected.err().contains("unsorted input cost: a second read of"), detected.err());
    assertFalse(told.err().contains("is not grouped"), "--unsorted skips the first attempt");
    assertTrue(told.err().contains("unsorted input cost: one read of"), told.err());
    assertEquals(Cli.files(dir.resolve("a")), Cli.files(dir.resolve("b")));
    assertEquals(Cli.files(dir.resolve("a")), Cli.files(dir.resolve("c")));
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
          "no spill or temporary file left");
    }
    try (var left = Files.list(dir.resolve("b"))) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
    }
  }

  @Test
  void aMissingItemColumnIsReadAsUnansweredWithAWarningOrFailsWhenAllItemsAreRequired() throws IOException {
    List<String> lines = List.of(SampleData.surveyCsv(SampleData.SAMPLE).split("\n"));
    int column = List.of(lines.get(0).split(",")).indexOf("GOA_TEAM");
    StringBuilder csv = new StringBuilder();
    for (String line : lines) {
      // Split on commas outside quotes; cells stay as written.
      List<String> cells = new ArrayList<>(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
      cells.remove(column);
      csv.append(String.join(",", cells)).append('\n');
    }
    Path input = SampleData.write(dir.resolve("survey.csv"), csv.toString());

    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString());
    Cli.Run strict = Cli.run("batch", input.toString(), "-o", dir.resolve("strict").toString(), "--require-all-items");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    run.assertAccounting(135, 135, 0);
    assertTrue(run.err().contains("warning:") && run.err().contains("no column for 1 of the instrument's 37 items "
        + "(GOA_TEAM)"), run.err());
    assertEquals(3, Cli.files(dir.resolve("out").resolve("reports")).size());
    assertEquals(AlignmentCli.FATAL, strict.exitCode(), strict.err());
    assertTrue(strict.err().contains("no column for 1 item(s) of the instrument: GOA_TEAM"), strict.err());
    assertFalse(Files.exists(dir.resolve("strict")) && Cli.files(dir.resolve("strict")).size() > 0,
        "nothing written");
  }

  @Test
  void utf8ByteOrderMarkQuotedFieldsAndCrlfAreReadAndLinesCountPhysicalLines() throws IOException {
    List<String> rows = SampleData.rows(new SampleData.Org("Quote \"Co\", Ltd.", 5, 8, 0.4));
    StringBuilder csv = new StringBuilder("\uFEFF").append(SampleData.header()).append("\r\n");
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (i == 2) {
        // A quoted department spanning two lines.
        String[] f = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        f[3] = "\"customer\nsupport\"";
        row = String.join(",", f);
      }
      if (i == 5) {
        row = row.replaceFirst(",(EXECUTIVE|MANAGER|FRONTLINE),", ",chief,");
      }
      csv.append(row).append("\r\n");
    }
    Path input = dir.resolve("bom.csv");
    Files.write(input, csv.toString().getBytes(StandardCharsets.UTF_8));

    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(8, 7, 1);
    Map<String, String> rejected = table(dir.resolve("out/rejected.csv")).get(0);
    assertEquals("8", rejected.get("line"), "the header is line 1 and row 3 spans lines 4 and 5, so row 6 is on line 8");
    assertEquals("Quote \"Co\", Ltd.", rejected.get("organization"));
    assertEquals(List.of("Quote \"Co\", Ltd."), table(dir.resolve("out/organizations.csv")).stream()
        .map(r -> r.get("organization")).toList());
    assertTrue(Files.exists(dir.resolve("out/reports/Quote_Co_Ltd.json")));
  }

  @Test
  void tidyCsvReadsBackToExactlyTheNumbersOfTheJsonReports() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(TWELVE));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--anonymity-threshold", "8");
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());

    List<Map<String, String>> dimensions = table(out.resolve("dimensions.csv"));
    Map<String, Map<String, String>> organizations = new java.util.HashMap<>();
    table(out.resolve("organizations.csv")).forEach(r -> organizations.put(r.get("organization"), r));
    int checked = 0;
    int undefined = 0;
    for (Map<String, String> row : dimensions) {
      String reportFile = organizations.get(row.get("organization")).get("report");
      AlignmentReport report = AlignmentJson.withDefaults().readReport(Files.readString(out.resolve(reportFile)));
      var d = report.dimension(io.github.serviceculture.alignment.model.Dimension.valueOf(row.get("dimension")));
      undefined += same(row, "alignment_score", d.alignmentScore());
      undefined += same(row, "practice_score", d.practiceScore());
      undefined += same(row, "perception_score", d.perceptionScore());
      undefined += same(row, "alpha", d.reliability());
      undefined += same(row, "rwg_j", d.agreement());
      assertEquals(d.perceptionNotReported().map(Enum::name).orElse(""), row.get("perception_not_reported"));
      assertEquals(d.perceptionNotReported().isPresent() ? "" : String.valueOf(d.respondents()), row.get("respondents"));
      assertEquals(d.band().map(Enum::name).orElse(""), row.get("band"));
      if (d.perceptionFavourableShare().isPresent()) {
        same(row, "perception_favourable_share", d.perceptionFavourableShare().get());
      } else {
        assertEquals("", row.get("perception_favourable_share"));
      }
      checked++;
      if (row.get("dimension").equals("VISION")) {
        same(organizations.get(row.get("organization")), "alignment_index", report.alignmentIndex());
      }
    }
    assertEquals(12 * 6, checked);
    assertTrue(undefined > 0, "practice scores are undefined for a survey: empty cells with a reason");

    // group-differences.csv: each report's comparisons of its reported groups, row for row; the ANOVA from the
    // groups' released n, mean and SD gives the engine's ICCs, summed in another order.
    List<Map<String, String>> differences = table(out.resolve(BatchOutput.GROUP_DIFFERENCES_CSV));
    int expected = 0;
    for (Map<String, String> organization : organizations.values()) {
      AlignmentReport report = AlignmentJson.withDefaults().readReport(
          Files.readString(out.resolve(organization.get("report"))));
      List<Map<String, String>> rows = differences.stream()
          .filter(r -> r.get("organization").equals(organization.get("organization"))).toList();
      var groupDifferences = report.perceptions().orElseThrow().groupDifferences();
      assertEquals(groupDifferences.size(), rows.size(), organization.get("organization"));
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(groupDifferences.get(i).attribute(), rows.get(i).get("attribute"));
        assertEquals(groupDifferences.get(i).dimension().name(), rows.get(i).get("dimension"));
        assertEquals(String.valueOf(groupDifferences.get(i).groupCount()), rows.get(i).get("groups"));
        close(rows.get(i), "icc1", groupDifferences.get(i).icc1());
        close(rows.get(i), "icc2", groupDifferences.get(i).icc2());
        int groups = groupDifferences.get(i).groupCount();
        assertEquals(String.valueOf(groups - 1), rows.get(i).get("df_between"));
        assertEquals(Integer.parseInt(rows.get(i).get("respondents")) - groups,
            Integer.parseInt(rows.get(i).get("df_within")));
        double p = Double.parseDouble(rows.get(i).get("p"));
        assertTrue(p >= 0 && p <= 1, "p " + p);
        int withRwgJ = Integer.parseInt(rows.get(i).get("rwg_j_groups"));
        assertTrue(withRwgJ >= 0 && withRwgJ <= groups, "groups with rwg(j) " + withRwgJ + " of " + groups);
      }
      expected += rows.size();
    }
    assertEquals(expected, differences.size());
    assertTrue(expected > 0, "the sample's organizations have reported groups");

    // items.csv: each report's item results, the organization's (attribute and value empty) then each group's.
    List<Map<String, String>> items = table(out.resolve(BatchOutput.ITEMS_CSV));
    int itemRows = 0;
    for (Map<String, String> organization : organizations.values()) {
      AlignmentReport report = AlignmentJson.withDefaults().readReport(
          Files.readString(out.resolve(organization.get("report"))));
      List<Map<String, String>> rows = items.stream()
          .filter(r -> r.get("organization").equals(organization.get("organization"))).toList();
      var perceptions = report.perceptions().orElseThrow();
      List<List<String>> sets = new java.util.ArrayList<>();
      List<io.github.serviceculture.alignment.perception.ItemResult> results = new java.util.ArrayList<>();
      perceptions.items().forEach(i -> {
        sets.add(List.of("", ""));
        results.add(i);
      });
      perceptions.groups().forEach(g -> g.items().forEach(i -> {
        sets.add(List.of(g.attribute(), g.value()));
        results.add(i);
      }));
      assertEquals(results.size(), rows.size(), organization.get("organization"));
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> row = rows.get(i);
        var item = results.get(i);
        assertEquals(sets.get(i), List.of(row.get("attribute"), row.get("value")));
        assertEquals(item.itemId(), row.get("item_id"));
        assertEquals(item.dimension().name(), row.get("dimension"));
        assertEquals(String.valueOf(item.reverseKeyed()), row.get("reverse_keyed"));
        assertEquals(String.valueOf(item.n()), row.get("n"));
        same(row, "mean", item.mean());
        same(row, "score", item.score());
        same(row, "favourable_share", item.favourableShare());
        same(row, "neutral_share", item.neutralShare());
        same(row, "unfavourable_share", item.unfavourableShare());
      }
      itemRows += rows.size();
    }
    assertEquals(itemRows, items.size());
    assertTrue(itemRows > 0, "the sample's organizations have item results");
  }

  @Test
  void anOrganizationBelowTheAnonymityThresholdSaysWhyItsDimensionsHaveNoPerceptionFigures() throws IOException {
    List<SampleData.Org> orgs = List.of(new SampleData.Org("Tiny", 21, 3, 0.0), new SampleData.Org("Ample", 22, 20, 0.3));
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(orgs));
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());

    List<Map<String, String>> dimensions = table(out.resolve("dimensions.csv"));
    List<String> header = List.of(Files.readAllLines(out.resolve("dimensions.csv")).get(0).split(","));
    assertEquals(header.indexOf("perception_score_undefined") + 1, header.indexOf("perception_not_reported"));
    for (Map<String, String> row : dimensions) {
      if (row.get("organization").equals("Tiny")) {
        assertEquals("SUPPRESSED_FOR_ANONYMITY", row.get("perception_not_reported"), row.get("dimension"));
        assertEquals("", row.get("respondents"), "no count beside a reason");
        assertEquals("", row.get("perception_score"));
      } else {
        assertEquals("", row.get("perception_not_reported"), row.get("dimension"));
        assertEquals("20", row.get("respondents"));
      }
    }
    assertEquals(12, dimensions.size());
  }

  /** Asserts a cell pair holds the estimate: the same double, or empty with the reason; returns 1 if undefined. */
  private static void close(Map<String, String> row, String column, io.github.serviceculture.alignment.stats.Estimate e) {
    if (e.isDefined()) {
      assertEquals(e.value(), Double.parseDouble(row.get(column)), 1e-12 * Math.max(1, Math.abs(e.value())), column);
    } else {
      assertEquals("", row.get(column), column);
      assertEquals(e.undefinedReason().orElseThrow().name(), row.get(column + "_undefined"));
    }
  }

  private static int same(Map<String, String> row, String column, io.github.serviceculture.alignment.stats.Estimate e) {
    if (e.isDefined()) {
      assertEquals(e.value(), Double.parseDouble(row.get(column)), 0.0, column);
      assertEquals(Double.doubleToLongBits(e.value()), Double.doubleToLongBits(Double.parseDouble(row.get(column))));
      assertEquals("", row.get(column + "_undefined"));
      return 0;
    }
    assertEquals("", row.get(column), column);
    assertEquals(e.undefinedReason().orElseThrow().name(), row.get(column + "_undefined"));
    return 1;
  }

  @Test
  void aRunThatFailsMidWayLeavesNeitherOutputsNorTemporaryFiles() throws IOException {
    Path out = dir.resolve("out");
    Path input = dir.resolve("survey.csv");
    // Large enough that the bad bytes lie well past what the header read buffers.
    List<SampleData.Org> many = new ArrayList<>(TWELVE);
    for (int i = 0; i < 40; i++) {
      many.add(new SampleData.Org("Extra " + i, 100 + i, 20, 0.3));
    }
    SampleData.write(input, SampleData.surveyCsv(many));
    assertEquals(AlignmentCli.OK, Cli.run("batch", input.toString(), "-o", out.toString()).exitCode());
    Map<String, String> before = Cli.files(out);

    // The same organizations read from a pipe, then the first one again after several were scored: a pipe
    // cannot be read a second time to regroup the rows, so the run fails midway.
    String grouped = SampleData.surveyCsv(many);
    String ungrouped = grouped + grouped.lines().filter(l -> l.startsWith("Extra 0,")).findFirst().orElseThrow() + "\n";
    Cli.Run run = fromPipe(ungrouped, "-o", out.toString(), "--threads", "2");

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("not grouped by organization"), run.err());
    assertFalse(run.err().matches("(?s).*read \\d+, scored.*"), "no accounting line for a run that did not finish");
    assertEquals(before, Cli.files(out), "the previous run's outputs are untouched, none half-written");
    try (var names = Files.list(out)) {
      assertEquals(List.of(), names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
          "temporary files are removed");
    }

    Path fresh = dir.resolve("fresh");
    assertEquals(AlignmentCli.FATAL, fromPipe(ungrouped, "-o", fresh.toString()).exitCode());
    assertFalse(Files.exists(fresh), "a failed first run leaves no output directory");
    try (var names = Files.list(dir)) {
      assertEquals(List.of(), names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
          "nor a staging directory beside it");
    }
  }

  /** Runs batch over {@code csv} written into a FIFO, which can be read only once. */
  private Cli.Run fromPipe(String csv, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("batch", InputFileTest.pipeWith(dir, csv).toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(new String[0]));
  }

  @Test
  void headerProblemsAreFatalAndNameTheColumn() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE)
        .replaceFirst("^organization,", "org,"));
    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString());
    assertEquals(AlignmentCli.FATAL, run.exitCode());
    assertTrue(run.err().contains("no column 'organization'"), run.err());

    Cli.Run renamed = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString(),
        "--organization-column", "org", "-q");
    assertEquals(AlignmentCli.OK, renamed.exitCode(), renamed.err());
    assertEquals("", renamed.err(), "--quiet prints nothing");
  }

  @Test
  void anItemMapAndMissingCodesAreApplied() throws IOException {
    String csv = SampleData.surveyCsv(SampleData.SAMPLE).replaceFirst(",VIS_DEFINED,", ",Q1,")
        .replaceAll("(?m)^(Harbor Lane Credit Union,r00000,[A-Z]+,[a-zA-Z]+,(true|false)),\\d,", "$1,-99,");
    Path input = SampleData.write(dir.resolve("survey.csv"), csv);
    Path map = SampleData.write(dir.resolve("map.csv"), "column,item\nQ1,VIS_DEFINED\n");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString(), "--item-map",
        map.toString(), "--missing", "NA,-99");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    run.assertAccounting(135, 135, 0);
    assertFalse(run.err().contains("no column for"), run.err());
    Cli.Run withoutCode = Cli.run("batch", input.toString(), "-o", dir.resolve("out2").toString(), "--item-map",
        map.toString());
    assertNotEquals(AlignmentCli.OK, withoutCode.exitCode());
  }

  static List<Map<String, String>> table(Path csv) throws IOException {
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      return it.readAll();
    }
  }
}
