package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: strings no output can hold, cells longer than the JSON limits, spreadsheet formulas
 * and terminal escapes in names, and floods of identical rejections.
 */
class DataSafetyInputTest {
  @TempDir
  Path dir;

  private static String assessment(String name, long seed) {
    return AlignmentJson.withDefaults().write(Assessment.builder()
        .practices(SampleData.practices().withName(name))
        .responses(SurveyFixtures.generated(seed, 12, 0.5))
        .build());
  }

  private static String csv(List<SampleData.Org> orgs) {
    return SampleData.surveyCsv(orgs);
  }

  // ---- lines that cannot be represented

  @Test
  void aJsonLineWithALoneSurrogateIsRejectedWithItsLineAndTheBatchGoesOn() throws IOException {
    String bad = assessment("Org 2", 2).replace("\"Org 2\"", "\"Org \\ud800 2\"");
    Path input = SampleData.write(dir.resolve("a.jsonl"),
        String.join("\n", assessment("Org 1", 1), bad, assessment("Org 3", 3)) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(3, 2, 1);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertEquals("2", rejected.get(0).get("line"));
    assertTrue(rejected.get(0).get("reason").startsWith(JsonDocumentException.UNPAIRED_SURROGATE + " at "),
        rejected.get(0).toString());
    assertEquals(List.of("Org 1", "Org 3"), BatchCsvTest.table(out.resolve("organizations.csv")).stream()
        .map(r -> r.get("organization")).toList());
    for (Path report : reports(out)) {
      AlignmentJson.withDefaults().readReport(Files.readString(report));
    }
    assertFalse(Files.readString(out.resolve("organizations.csv")).contains("?"), "nothing written as ?");
  }

  @Test
  void validateReportsALoneSurrogateLine() throws IOException {
    String bad = assessment("Org 2", 2).replace("\"Org 2\"", "\"Org \\udc00\"");
    Path input = SampleData.write(dir.resolve("a.jsonl"), assessment("Org 1", 1) + "\n" + bad + "\n");

    Cli.Run run = Cli.run("validate", input.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(2, 1, 1);
    assertTrue(run.out().contains("line 2") && run.out().contains(JsonDocumentException.UNPAIRED_SURROGATE),
        run.out());
  }

  @Test
  void scoreRefusesALoneSurrogateDocumentClearlyAndWritesNothing() throws IOException {
    Path input = SampleData.write(dir.resolve("a.json"),
        assessment("Org 2", 2).replace("\"Org 2\"", "\"Org \\ud800 2\""));
    Path report = dir.resolve("report.json");

    Cli.Run run = Cli.run("score", "--assessment", input.toString(), "-o", report.toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains(JsonDocumentException.UNPAIRED_SURROGATE + " at /assessment/practices/name"),
        run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
    assertFalse(Files.exists(report), "nothing written");
  }

  // ---- cells longer than the JSON limits

  @Test
  void aCellLongerThanTheJsonLimitRejectsItsRowAndEveryReportReadsBack() throws IOException {
    List<String> lines = new ArrayList<>(List.of(csv(SampleData.SAMPLE).split("\n")));
    String[] cells = lines.get(4).split(",", -1);
    cells[3] = "D".repeat(200_000);                                     // line 5: the department
    lines.set(4, String.join(",", cells));
    Path input = SampleData.write(dir.resolve("survey.csv"), String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(135, 134, 1);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertEquals(1, rejected.size());
    assertEquals("5", rejected.get(0).get("line"));
    assertEquals("the department is longer than " + AlignmentJson.maxStringLength() + " characters",
        rejected.get(0).get("reason"));
    List<Path> reports = reports(out);
    assertEquals(3, reports.size());
    for (Path report : reports) {
      AlignmentJson.withDefaults().readReport(Files.readString(report));
    }
  }

  @Test
  void anOrganizationNameLongerThanTheJsonLimitRejectsItsRowsWithoutRepeatingTheName() throws IOException {
    String huge = "O".repeat(AlignmentJson.maxStringLength() + 1);
    Path input = SampleData.write(dir.resolve("survey.csv"),
        csv(List.of(new SampleData.Org(huge, 1, 6, 0.5), new SampleData.Org("Acme", 2, 8, 0.5))));
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(14, 8, 6);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertEquals(List.of("2", "3", "4", "5", "6", "7"), rejected.stream().map(r -> r.get("line")).toList());
    assertTrue(rejected.stream().allMatch(r -> r.get("organization").isEmpty()
        && r.get("reason").equals("the organization is longer than 100000 characters")), rejected.toString());
    assertEquals(List.of("Acme"), BatchCsvTest.table(out.resolve("organizations.csv")).stream()
        .map(r -> r.get("organization")).toList());
    assertTrue(Files.size(out.resolve("rejected.csv")) < 1000, "the name is not repeated");
  }

  @Test
  void aHeaderOrItemMapWithBytesThatAreNotUtf8StopsTheRunRatherThanMisnamingColumns() throws IOException {
    byte[] survey = csv(SampleData.SAMPLE).getBytes(StandardCharsets.UTF_8);
    survey[1] = (byte) 0xFF;
    Path input = Files.write(dir.resolve("survey.csv"), survey);

    Cli.Run run = Cli.run("batch", input.toString(), "-o", dir.resolve("out").toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("the header, line 1, holds bytes that are not valid UTF-8"), run.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");

    Path good = Files.writeString(dir.resolve("good.csv"), csv(SampleData.SAMPLE), StandardCharsets.UTF_8);
    Path itemMap = Files.write(dir.resolve("map.csv"),
        "column,item\nGOA\u00ff,GOA_TEAM\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Run mapped = Cli.run("validate", good.toString(), "--item-map", itemMap.toString());

    assertEquals(AlignmentCli.FATAL, mapped.exitCode(), mapped.err());
    assertTrue(mapped.err().contains("line 2 holds bytes that are not valid UTF-8"), mapped.err());
  }

  @Test
  void aRowWithBytesThatAreNotUtf8IsRejectedWithItsExactLineAndTheFileGoesOn() throws IOException {
    String text = csv(SampleData.SAMPLE);
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    // Line 11's department, and line 90's organization (a Harbor Lane row), get a byte that is never UTF-8.
    int line11 = nthLineStart(text, 11);
    int department = text.indexOf(",", text.indexOf(",", text.indexOf(",", line11) + 1) + 1) + 1;
    good[department] = (byte) 0xFF;
    good[nthLineStart(text, 90)] = (byte) 0xC3;
    Path input = dir.resolve("survey.csv");
    Files.write(input, good);
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(135, 133, 2);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertEquals(List.of("11", "90"), rejected.stream().map(r -> r.get("line")).toList());
    assertTrue(rejected.stream().allMatch(r -> r.get("reason").equals("the row holds bytes that are not valid UTF-8")
        && r.get("organization").isEmpty()), rejected.toString());
    assertFalse(Files.readString(out.resolve("rejected.csv")).contains("?"), "nothing written as ?");
    assertEquals(3, reports(out).size());

    Path spilled = dir.resolve("spilled");
    Cli.Run unsorted = Cli.run("batch", input.toString(), "-o", spilled.toString(), "--unsorted");
    unsorted.assertAccounting(135, 133, 2);
    assertEquals(Files.readString(out.resolve("rejected.csv")), Files.readString(spilled.resolve("rejected.csv")));

    Cli.Run validate = Cli.run("validate", input.toString());
    validate.assertAccounting(135, 133, 2);
    assertTrue(validate.out().contains("line 11: the row holds bytes that are not valid UTF-8"), validate.out());
  }

  private static int nthLineStart(String text, int line) {
    int at = 0;
    for (int i = 1; i < line; i++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at;
  }

  // ---- spreadsheets

  @Test
  void formulaCellsAreNeutralizedInEveryTableAndNumbersStayNumbers() throws IOException {
    Path input = SampleData.write(dir.resolve("survey.csv"), csv(List.of(
        new SampleData.Org("=1+2", 1, 8, 0.5), new SampleData.Org("@SUM(A1)", 2, 8, 0.5),
        new SampleData.Org("-Acme", 3, 8, 0.5), new SampleData.Org("+Birch", 4, 8, 0.5))));
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--reports", "none");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    List<String> expected = List.of("'=1+2", "'@SUM(A1)", "'-Acme", "'+Birch");
    assertEquals(expected, BatchCsvTest.table(out.resolve("organizations.csv")).stream()
        .map(r -> r.get("organization")).toList());
    assertEquals(expected, BatchCsvTest.table(out.resolve("dimensions.csv")).stream()
        .map(r -> r.get("organization")).distinct().toList());
    assertTrue(BatchCsvTest.table(out.resolve("findings.csv")).stream()
        .allMatch(r -> r.get("organization").startsWith("'")), "findings.csv");
    for (Map<String, String> row : BatchCsvTest.table(out.resolve("dimensions.csv"))) {
      for (String column : List.of("alignment_score", "practice_score", "perception_score", "alpha", "rwg_j")) {
        String cell = row.get(column);
        assertTrue(cell.isEmpty() || cell.matches("-?[0-9.E]+"), column + " stays a number: " + cell);
      }
    }

    Path raw = dir.resolve("raw");
    Cli.Run rawRun = Cli.run("batch", input.toString(), "-o", raw.toString(), "--reports", "none", "--csv-raw-text");
    assertEquals(AlignmentCli.OK, rawRun.exitCode(), rawRun.err());
    assertEquals(List.of("=1+2", "@SUM(A1)", "-Acme", "+Birch"), BatchCsvTest.table(raw.resolve("organizations.csv"))
        .stream().map(r -> r.get("organization")).toList());
  }

  @Test
  void rejectedCsvNeutralizesOrganizationsToo() throws IOException {
    List<String> lines = new ArrayList<>(List.of(csv(List.of(new SampleData.Org("=Evil", 1, 8, 0.5))).split("\n")));
    lines.set(2, lines.get(2).replaceFirst(",r[0-9]+,[A-Z]*,", ",r00002,boss,"));
    Path input = SampleData.write(dir.resolve("survey.csv"), String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--reports", "none");

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    assertEquals("'=Evil", BatchCsvTest.table(out.resolve("rejected.csv")).get(0).get("organization"));
  }

  @Test
  void aTableRefusesACellThatUtf8CannotHoldRatherThanWritingAQuestionMark() throws IOException {
    Path file = dir.resolve("t.csv");
    try (Tables.Table table = new Tables.Table(file, List.of("a"))) {
      assertThrows(IllegalStateException.class, () -> table.row(List.of("x\uD800")));
      table.row(List.of("x\uD83D\uDE00"));
    }
    assertEquals("a\nx\uD83D\uDE00\n", Files.readString(file));
  }

  @Test
  void theNeutralizingRuleFollowsOwasp() {
    for (String risky : List.of("=A1", "+1", "-1+1", "@x", "\tx", "\rx", "-", "--1", "-1.", "-.5", "-1E")) {
      assertEquals("'" + risky, Tables.neutralize(risky), risky);
    }
    for (String safe : List.of("", "Acme", "'=A1", " =A1", "-0.25", "-12", "1.0E-5", "-1.5E-10", "0.7", "a=b")) {
      assertEquals(safe, Tables.neutralize(safe), safe);
    }
  }

  // ---- the terminal

  @Test
  void namesPrintedToTheTerminalHaveControlCharactersEscaped() {
    assertEquals("Acme", Printable.name("Acme"));
    assertEquals("\\x1b[31mRed\\x1b[0m", Printable.name("\u001b[31mRed\u001b[0m"));
    assertEquals("a\\x0ab\\x0dc\\x09d\\x7f\\x9b", Printable.name("a\nb\rc\td\u007f\u009b"));
    assertEquals("x\\u202egnp.exe", Printable.name("x\u202egnp.exe"));
    assertEquals("lone \\ud800 and pair \uD83D\uDE00", Printable.name("lone \uD800 and pair \uD83D\uDE00"));
    assertEquals("back\\\\slash", Printable.name("back\\slash"));
    assertEquals("N".repeat(Printable.MAX_LENGTH) + "...", Printable.name("N".repeat(100_000)));
    assertEquals(100_000, Printable.text("N".repeat(100_000)).length());
  }

  @Test
  void scoreTextAndMessagesShowEscapesNotRawControlCharacters() throws IOException {
    String name = "Evil\u001b]0;owned\u0007 Ltd";
    Path input = SampleData.write(dir.resolve("survey.csv"), csv(List.of(new SampleData.Org(name, 1, 8, 0.5))));

    Cli.Run text = Cli.run("score", "--responses", input.toString(), "--text");
    assertEquals(AlignmentCli.OK, text.exitCode(), text.err());
    assertTrue(text.out().contains("Evil\\x1b]0;owned\\x07 Ltd"), text.out());
    assertFalse(text.out().contains("\u001b") || text.err().contains("\u001b"), "no raw ESC");

    Cli.Run missing = Cli.run("score", "--responses", input.toString(), "--organization", "Evil", "--text");
    assertFalse(missing.err().contains("\u001b"), missing.err());
    assertTrue(missing.err().contains("\\x1b"), missing.err());
  }

  // ---- floods

  @Test
  void aFloodOfIdenticalRejectionsIsCountedNotListedAndTheAccountingStaysExact() throws IOException {
    List<String> lines = new ArrayList<>(List.of(csv(List.of(new SampleData.Org("Acme", 1, 40, 0.5))).split("\n")));
    for (int i = 1; i <= 30; i++) {
      lines.set(i, lines.get(i).replaceFirst(",r([0-9]+),[A-Z]*,", ",r$1,boss,"));    // 30 unknown levels
    }
    lines.set(31, lines.get(31).substring(0, lines.get(31).lastIndexOf(',')));         // one short row
    Path input = SampleData.write(dir.resolve("survey.csv"), String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--max-rejected-per-reason", "5");

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(40, 9, 31);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    // A row of the wrong width is rejected as it is read, before its organization is scored.
    assertEquals(List.of("32", "2", "3", "4", "5", "6", ""), rejected.stream().map(r -> r.get("line")).toList());
    assertEquals("not listed: 25 more rows rejected as: " + rejected.get(1).get("reason"),
        rejected.get(6).get("reason"));
    long listed = rejected.stream().filter(r -> !r.get("line").isEmpty()).count();
    long counted = rejected.stream().filter(r -> r.get("line").isEmpty())
        .mapToLong(r -> Long.parseLong(r.get("reason").replaceAll("^not listed: ([0-9]+) .*", "$1"))).sum();
    assertEquals(31, listed + counted, "listed plus counted is the rejected count");
    assertTrue(run.err().contains("25 of them counted"), run.err());

    Path all = dir.resolve("all");
    Cli.Run unlimited = Cli.run("batch", input.toString(), "-o", all.toString(), "--max-rejected-per-reason", "0");
    unlimited.assertAccounting(40, 9, 31);
    assertEquals(31, BatchCsvTest.table(all.resolve("rejected.csv")).size());
  }

  @Test
  void rowsCraftedToHaveDistinctReasonsAreBoundedToo() throws IOException {
    Path file = dir.resolve("rejected.csv");
    int perReason = 2;
    long rows = 3L * RejectedTable.MAX_REASONS;
    try (RejectedTable table = new RejectedTable(new Tables.Table(file, Tables.REJECTED), perReason)) {
      for (long i = 0; i < rows; i++) {
        // Letters, not digits: each row its own reason.
        String name = Long.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
            .reduce("", String::concat);
        table.add(new Rejection(i + 2, "", "UNKNOWN_PROPERTY at /" + name));
      }
      assertEquals(rows - RejectedTable.MAX_REASONS - perReason, table.unlisted());
    }
    List<Map<String, String>> listed = BatchCsvTest.table(file);
    assertEquals(RejectedTable.MAX_REASONS + perReason + 1, listed.size());
    assertEquals("not listed: " + (rows - RejectedTable.MAX_REASONS - perReason) + " more rows rejected as: "
        + RejectedTable.OTHER_REASONS, listed.get(listed.size() - 1).get("reason"));
  }

  @Test
  void reasonsDifferingOnlyInTheirNumbersAreOneReason() {
    assertEquals(RejectedTable.reasonKey("the row has 3 fields, the header 12"),
        RejectedTable.reasonKey("the row has 41 fields, the header 12"));
    assertEquals("MALFORMED_JSON at /assessment (line #, column #): is not well-formed JSON",
        RejectedTable.reasonKey("MALFORMED_JSON at /assessment (line 7, column 19): is not well-formed JSON"));
  }

  private static List<Path> reports(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("reports"))) {
      return files.sorted().toList();
    }
  }
}
