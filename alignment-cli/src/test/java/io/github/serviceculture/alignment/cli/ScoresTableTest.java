package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch --scores: scores.csv holds each respondent's dimension scores under pseudonyms of the run,
 * only for dimensions reported for their organization, in the output set, with a warning.
 */
class ScoresTableTest {
  @TempDir
  Path dir;

  /** Two dimensions of three items on 1-5, the last goals item reverse keyed. */
  private Path instrument() throws IOException {
    Instrument.Builder b = Instrument.builder().id("scores").version("1").scale(Scale.of(1, 5));
    for (int i = 0; i < 3; i++) {
      b.addItem(Item.builder().id("G" + i).dimension(Dimension.GOALS).text("Goal statement " + i)
          .reverseKeyed(i == 2).build());
      b.addItem(Item.builder().id("T" + i).dimension(Dimension.TRAINING).text("Training statement " + i).build());
    }
    return Files.writeString(dir.resolve("instrument.json"), AlignmentJson.withDefaults().write(b.build()));
  }

  /** "north" with 30 respondents (ids emp-000...), the first skipping two goals items; "tiny" with 4. */
  private Path survey() throws IOException {
    Random random = new Random(4);
    StringBuilder csv = new StringBuilder("organization,respondent,G0,T0,G1,T1,G2,T2\n");
    for (int r = 0; r < 34; r++) {
      String organization = r < 30 ? "north" : "tiny";
      csv.append(organization).append(String.format(",emp-%03d", r));
      for (int c = 0; c < 6; c++) {
        boolean skipped = r == 0 && (c == 0 || c == 2);
        csv.append(',').append(skipped ? "" : String.valueOf(1 + random.nextInt(5)));
      }
      csv.append('\n');
    }
    return Files.writeString(dir.resolve("survey.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  private Cli.Run batch(Path survey, Path instrument, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("batch", survey.toString(), "--instrument", instrument.toString(),
        "-o", out.toString(), "--reports", "none"));
    args.addAll(List.of(more));
    Cli.Run run = Cli.run(args.toArray(new String[0]));
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    return run;
  }

  @Test
  void scoresAreWrittenOnlyWhenAskedUnderPseudonymsWithAWarning() throws IOException {
    Path survey = survey();
    Path instrument = instrument();
    Path plain = dir.resolve("plain");
    Cli.Run quiet = batch(survey, instrument, plain);
    assertFalse(Files.exists(plain.resolve(BatchOutput.SCORES_CSV)));
    assertFalse(quiet.err().contains(BatchOutput.SCORES_CSV), quiet.err());

    Path out = dir.resolve("out");
    Cli.Run run = batch(survey, instrument, out, "--scores");
    assertTrue(run.err().contains(out.resolve(BatchOutput.SCORES_CSV) + " holds each respondent's dimension scores"),
        run.err());
    assertTrue(Files.readString(out.resolve(OutputDirectory.MANIFEST)).contains("  " + BatchOutput.SCORES_CSV + "\n"));
    String text = Files.readString(out.resolve(BatchOutput.SCORES_CSV));
    assertEquals(String.join(",", Tables.SCORES), text.substring(0, text.indexOf('\n')));
    assertFalse(text.contains("emp-"), "no respondent id reaches scores.csv");
    List<Map<String, String>> rows = BatchCsvTest.table(out.resolve(BatchOutput.SCORES_CSV));
    // The organization under the threshold contributes nothing.
    assertTrue(rows.stream().allMatch(r -> r.get("organization").equals("north")));
    // 30 training scores; 29 goals scores (the first respondent answered one goals item of three).
    Map<String, List<Map<String, String>>> byDimension = rows.stream()
        .collect(Collectors.groupingBy(r -> r.get("dimension")));
    assertEquals(30, byDimension.get("TRAINING").size());
    assertEquals(29, byDimension.get("GOALS").size());
    Set<String> pseudonyms = rows.stream().map(r -> r.get("respondent")).collect(Collectors.toSet());
    assertEquals(30, pseudonyms.size(), "one pseudonym per respondent, the same in each dimension");
    assertTrue(pseudonyms.stream().allMatch(p -> p.matches("[0-9a-f]{20}")), pseudonyms.toString());
    // Sorted by pseudonym, not in the input's order.
    List<String> order = rows.stream().map(r -> r.get("respondent")).collect(Collectors.toList());
    List<String> sorted = new ArrayList<>(order);
    sorted.sort(null);
    assertEquals(sorted, order);

    // The scores are those behind the report's figures: their mean is the perception score.
    Map<String, String> score = new HashMap<>();
    for (Map<String, String> d : BatchCsvTest.table(out.resolve(BatchOutput.DIMENSIONS_CSV))) {
      if (d.get("organization").equals("north")) {
        score.put(d.get("dimension"), d.get("perception_score"));
      }
    }
    for (Map.Entry<String, List<Map<String, String>>> e : byDimension.entrySet()) {
      double mean = e.getValue().stream().mapToDouble(r -> Double.parseDouble(r.get("score"))).average().orElseThrow();
      assertEquals(Double.parseDouble(score.get(e.getKey())), (mean - 1) / 4 * 100, 1e-9, e.getKey());
    }

    // Another run draws another key: its pseudonyms cannot be joined with these.
    Path again = dir.resolve("again");
    batch(survey, instrument, again, "--scores");
    Set<String> second = new HashSet<>();
    BatchCsvTest.table(again.resolve(BatchOutput.SCORES_CSV)).forEach(r -> second.add(r.get("respondent")));
    assertEquals(30, second.size());
    second.retainAll(pseudonyms);
    assertEquals(Set.of(), second);
  }

  @Test
  void theScoresHaveNoNameOnDiskUntilTheCommitAndAnUncommittedSetLeavesNone() throws IOException {
    Path temp = Files.createDirectories(dir.resolve("temp"));
    Instrument instrument = io.github.serviceculture.alignment.survey.DefaultInstrument.instrument();
    Outcome outcome = northWithOneScore(instrument);
    for (boolean commit : new boolean[] {false, true}) {
      Path out = dir.resolve("set-" + commit);
      try (BatchOutput output = new BatchOutput(out, instrument, BatchOutput.Reports.NONE, List.of(), w -> { },
          false, 0, null, false, false, temp)) {
        output.accept(outcome);
        try (java.util.stream.Stream<Path> names = Files.list(temp)) {
          assertEquals(List.of(), names.toList(), "the scores wait in a file without a name");
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
          assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equals(BatchOutput.SCORES_CSV)).toList());
        }
        try (java.util.stream.Stream<Path> staged = Files.list(dir)) {
          Path staging = staged.filter(f -> f.getFileName().toString().contains("alignment-new")).findFirst()
              .orElseThrow();
          assertEquals("rwx------", permissions(staging), "the staging directory is the owner's alone");
        }
        if (commit) {
          output.commit();
        }
      }
      if (commit) {
        assertEquals("organization,assessed_on,respondent,dimension,score\nnorth,,0123456789abcdef0123,GOALS,3.5\n",
            Files.readString(out.resolve(BatchOutput.SCORES_CSV)));
        assertEquals("rw-------", permissions(out.resolve(BatchOutput.SCORES_CSV)), "scores.csv is the owner's alone");
        // The committed set itself has the permissions of any new directory there.
        assertEquals(permissions(Files.createDirectory(dir.resolve("fresh-" + commit))), permissions(out));
      } else {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
          assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equals(BatchOutput.SCORES_CSV)).toList(),
              "an uncommitted set leaves no scores");
        }
      }
    }
  }

  @Test
  void theScoresGetANameOnlyAfterEveryOtherStepOfTheCommitSoACommitRefusedLeavesNoneEvenStaged()
      throws IOException {
    Path temp = Files.createDirectories(dir.resolve("temp"));
    Instrument instrument = io.github.serviceculture.alignment.survey.DefaultInstrument.instrument();
    Outcome outcome = northWithOneScore(instrument);
    Path out = dir.resolve("set");
    try (BatchOutput output = new BatchOutput(out, instrument, BatchOutput.Reports.NONE, List.of(), w -> { },
        false, 0, null, false, false, temp)) {
      output.accept(outcome);
      // Someone else's file appears in OUT during the run: the commit's check of OUT refuses it.
      Files.createDirectories(out);
      Files.writeString(out.resolve("notes.txt"), "mine");
      Failure refused = org.junit.jupiter.api.Assertions.assertThrows(Failure.class, output::commit);
      assertTrue(refused.getMessage().contains("notes.txt") || refused.getMessage().contains(out.toString()),
          refused.getMessage());
      // Before the staging directory is cleaned up, the scores were never copied into it.
      try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
        assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equals(BatchOutput.SCORES_CSV)).toList());
      }
    }
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
  }

  /** An organization's outcome with a report of 20 generated respondents and one row of scores. */
  private static Outcome northWithOneScore(Instrument instrument) {
    io.github.serviceculture.alignment.scoring.AlignmentReport report =
        io.github.serviceculture.alignment.scoring.AlignmentEngine.withDefaults().assess(
            io.github.serviceculture.alignment.scoring.Assessment.builder()
                .responses(io.github.serviceculture.alignment.testing.SurveyFixtures.generated(3L, 20, 0)).build());
    return new Outcome("north", java.util.Optional.empty(), 20, List.of(), report, null, instrument,
        List.of(List.of("north", "", "0123456789abcdef0123", "GOALS", "3.5")));
  }

  private static String permissions(Path path) throws IOException {
    return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void pseudonymsOfOneKeyAreStableAndKeepOrganizationsApart() {
    Pseudonyms pseudonyms = new Pseudonyms(new java.security.SecureRandom());
    assertEquals(pseudonyms.of("north", "emp-1"), pseudonyms.of("north", "emp-1"));
    assertNotEquals(pseudonyms.of("north", "emp-1"), pseudonyms.of("south", "emp-1"));
    assertNotEquals(pseudonyms.of("ab", "c"), pseudonyms.of("a", "bc"));
    assertNotEquals(pseudonyms.of("north", "emp-1"), new Pseudonyms(new java.security.SecureRandom()).of("north",
        "emp-1"));
  }
}
