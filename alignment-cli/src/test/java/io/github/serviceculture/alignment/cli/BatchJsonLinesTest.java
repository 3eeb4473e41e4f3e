package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJsonLinesTest {
  @TempDir
  Path dir;

  private static String assessment(long seed) {
    return AlignmentJson.withDefaults().write(Assessment.builder()
        .practices(SampleData.practices().withName("Org " + seed))
        .responses(SurveyFixtures.generated(seed, 12, 0.5))
        .assessedOn(LocalDate.of(2026, 11, 1))
        .build());
  }

  @Test
  void badLinesAreRejectedWithTheirLineAndTheOthersScored() throws IOException {
    String surveyOnly = AlignmentJson.withDefaults().write(Assessment.builder()
        .responses(SurveyFixtures.generated(9, 10, 0.0)).build());
    String lines = String.join("\n",
        assessment(1),                                   // 1
        "{\"formatVersion\": \"1.0\", \"assessment\": ", // 2: malformed
        "",                                              // 3: blank, skipped but counted in line numbers
        assessment(2),                                   // 4
        assessment(3).replace("\"assessedOn\"", "\"assessedAt\""), // 5: unknown property
        "   ",                                           // 6: blank
        surveyOnly,                                      // 7: survey only, known by its line
        "[1, 2, 3]") + "\n";                             // 8: not an assessment
    Path input = SampleData.write(dir.resolve("assessments.jsonl"), lines);
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString());

    assertEquals(AlignmentCli.REJECTED, run.exitCode(), run.err());
    run.assertAccounting(6, 3, 3);
    List<Map<String, String>> rejected = BatchCsvTest.table(out.resolve("rejected.csv"));
    assertEquals(List.of("2", "5", "8"), rejected.stream().map(r -> r.get("line")).toList());
    assertTrue(rejected.get(0).get("reason").startsWith("MALFORMED_JSON"), rejected.get(0).toString());
    assertTrue(rejected.get(1).get("reason").startsWith("UNKNOWN_PROPERTY"), rejected.get(1).toString());
    assertEquals(List.of("Org 1", "Org 2", "line-7"), BatchCsvTest.table(out.resolve("organizations.csv")).stream()
        .map(r -> r.get("organization")).toList());
    assertEquals("2026-11-01", BatchCsvTest.table(out.resolve("dimensions.csv")).get(0).get("assessed_on"));
    AlignmentReport report = AlignmentJson.withDefaults().readReport(Files.readString(out.resolve("reports/Org_1.json")));
    assertEquals("Org 1", report.metadata().organization().orElseThrow());
  }

  @Test
  void reportsCanBeOneJsonLinesFileInInputOrder() throws IOException {
    Path input = SampleData.write(dir.resolve("a.ndjson"), assessment(1) + "\n" + assessment(2) + "\n"
        + assessment(3) + "\n");
    Path out = dir.resolve("out");

    Cli.Run run = Cli.run("batch", input.toString(), "-o", out.toString(), "--reports", "jsonl", "--threads", "3");

    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    run.assertAccounting(3, 3, 0);
    List<String> reports = Files.readAllLines(out.resolve("reports.jsonl"));
    assertEquals(3, reports.size());
    for (int i = 0; i < 3; i++) {
      assertEquals("Org " + (i + 1), AlignmentJson.withDefaults().readReport(reports.get(i)).metadata().organization()
          .orElseThrow());
    }
    assertEquals(List.of("reports.jsonl:1", "reports.jsonl:2", "reports.jsonl:3"),
        BatchCsvTest.table(out.resolve("organizations.csv")).stream().map(r -> r.get("report")).toList());
  }
}
