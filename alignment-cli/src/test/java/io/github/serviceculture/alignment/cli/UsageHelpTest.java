package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What --help shows and what a mistyped command or organization gets told. */
class UsageHelpTest {
  @TempDir
  Path dir;

  private static String synopsisOf(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--help");
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    // The synopsis runs from "Usage:" to the first line that is not indented as its continuation.
    String out = run.out();
    int end = out.indexOf(System.lineSeparator(), out.indexOf("Usage:"));
    while (out.startsWith("   ", end + System.lineSeparator().length())) {
      end = out.indexOf(System.lineSeparator(), end + 1);
    }
    return out.substring(out.indexOf("Usage:"), end);
  }

  @Test
  void everyRequiredOptionAppearsInItsCommandsSynopsis() {
    CommandLine cli = new CommandLine(AlignmentCli.class, new AlignmentCli.Factory());
    int required = 0;
    for (var entry : cli.getSubcommands().entrySet()) {
      String synopsis = synopsisOf(entry.getKey());
      for (CommandLine.Model.OptionSpec option : entry.getValue().getCommandSpec().options()) {
        if (option.required()) {
          required++;
          assertTrue(synopsis.contains(option.longestName()), entry.getKey() + ": " + synopsis);
        }
      }
    }
    assertTrue(required >= 2, "batch --output and score --assessment are required: " + required);
  }

  @Test
  void batchShowsItsRequiredOutputDirectoryAndItsInput() {
    assertEquals("Usage: alignment batch --output=DIR [OPTIONS] INPUT", synopsisOf("batch"));
  }

  @Test
  void scoreShowsItsTwoFormsOfInput() {
    String synopsis = synopsisOf("score");

    assertEquals("Usage: alignment score (--assessment=FILE | ([--practices=FILE] [--responses=FILE])) [OPTIONS]",
        synopsis.replaceAll("\\s+", " "));
    assertTrue(synopsis.lines().allMatch(line -> line.length() <= 80), "wrapped at 80 columns: " + synopsis);
  }

  @Test
  void scoreWithoutInputIsAUsageErrorThatNamesBothForms() {
    Cli.Run run = Cli.run("score", "--text");

    assertEquals(AlignmentCli.USAGE, run.exitCode());
    assertTrue(run.err().contains("--assessment=FILE") && run.err().contains("--practices=FILE"), run.err());
  }

  @Test
  void scoreWithAnAssessmentAndItsPartsIsAUsageError() {
    Cli.Run run = Cli.run("score", "--assessment", "a.json", "--practices", "p.json");

    assertEquals(AlignmentCli.USAGE, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  @Test
  void aMistypedCommandSuggestsTheNearestCommand() {
    Cli.Run run = Cli.run("scroe");

    assertEquals(AlignmentCli.USAGE, run.exitCode());
    assertTrue(run.err().contains("Did you mean: alignment score?"), run.err());
    assertFalse(run.err().contains("instrument"), "only near commands: " + run.err());
  }

  @Test
  void aMistypedOptionSuggestsTheNearestOption() {
    Cli.Run run = Cli.run("batch", "in.csv", "-o", "out", "--thread", "2");

    assertEquals(AlignmentCli.USAGE, run.exitCode());
    assertTrue(run.err().contains("--threads"), run.err());
  }

  @Test
  void anUnknownOrganizationSuggestsTheNearestOneInTheFileAndNoRowContent() throws IOException {
    Path csv = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));

    Cli.Run run = Cli.run("score", "--responses", csv.toString(), "--organization", "Northwind Outfiters");

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("no row of organization 'Northwind Outfiters'; did you mean 'Northwind Outfitters'?"),
        run.err());
    assertFalse(run.err().contains(SampleData.HARBOR), "far organizations are not offered: " + run.err());
    assertFalse(run.err().matches("(?s).*r0\\d{4}.*"), "no respondent id: " + run.err());
  }

  @Test
  void anOrganizationFarFromAllInTheFileGetsNoSuggestion() throws IOException {
    Path csv = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));

    Cli.Run run = Cli.run("score", "--responses", csv.toString(), "--organization", "Acme Logistics");

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("no row of organization 'Acme Logistics'"), run.err());
    assertFalse(run.err().contains("did you mean"), run.err());
  }

  @Test
  void anErrorMessageQuotingAnArgumentShowsItsControlCharactersAsEscapes() throws IOException {
    Path csv = SampleData.write(dir.resolve("survey.csv"), SampleData.surveyCsv(SampleData.SAMPLE));

    Cli.Run run = Cli.run("score", "--responses", csv.toString(), "--organization", "Acme\u001b[2J\nerror: forged");

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("no row of organization 'Acme\\x1b[2J\\x0aerror: forged'"), run.err());
    assertFalse(run.err().contains("\u001b"), "no raw escape character: " + run.err());
    assertFalse(run.err().contains("\nerror: forged"), "no forged line: " + run.err());
  }

  @Test
  void everyErrorMessageShowsControlCharactersAsEscapesEvenInAFileName() {
    Path missing = dir.resolve("survey\u001b[2J.csv");

    Cli.Run run = Cli.run("validate", missing.toString());

    assertEquals(AlignmentCli.FATAL, run.exitCode(), run.err());
    assertTrue(run.err().contains("survey\\x1b[2J.csv"), run.err());
    assertFalse(run.err().contains("\u001b"), "no raw escape character: " + run.err());
  }
}
