package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.report.HtmlReport;
import io.github.serviceculture.alignment.report.TextReport;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.MeaningfulChange;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alignment compare}: two waves of one organization's survey. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
    versionProvider = AlignmentCli.Version.class,
    description = {
        "Compares two waves of one organization's survey: two report documents, or two assessment documents which "
            + "it scores, the later one checked against the earlier one's release so that nothing the two waves "
            + "show together singles anyone out.",
        "",
        "Per dimension, for the organization and every group reported in both waves: the change of score in points "
            + "(after minus before), its Welch interval, Cohen's d and a verdict (IMPROVED or DECLINED when the "
            + "interval excludes 0 and the change is at least --min-change points). A dimension whose items or scale "
            + "changed between the instruments is not compared and says why. Writes the comparison as JSON to stdout "
            + "or --output, the changes as a table with --changes, a readable summary with --text, and a "
            + "self-contained HTML page with --html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared", "2:usage error",
        "3:input unreadable, not a report or assessment, the waves cannot be compared, or output not writable",
        "4:internal error"})
final class CompareCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier wave: a report or an assessment (JSON).")
  Path before;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The later wave, of the same kind as BEFORE.")
  Path after;

  @Option(names = "--instrument", paramLabel = "FILE",
      description = "Instrument document (JSON) of the later wave, and of the earlier one unless "
          + "--before-instrument (default: the built-in instrument).")
  Path instrumentFile;

  @Option(names = "--before-instrument", paramLabel = "FILE",
      description = "Instrument document (JSON) of the earlier wave, when it differs from the later one's.")
  Path beforeInstrumentFile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON comparison here instead of "
      + "stdout: written beside it and renamed over it at the end; only a regular file (or nothing) is replaced.")
  Path output;

  @Option(names = "--changes", paramLabel = "FILE", description = "Write the changes as a tidy CSV table here "
      + "(one row per dimension and set compared), written like --output.")
  Path changes;

  @Option(names = "--text", description = "Print a readable summary on stdout (instead of the JSON, unless --output).")
  boolean text;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the comparison as one self-contained HTML page "
      + "here (a chart of the changes with their intervals, the tables, the findings; no script, no external "
      + "request), written like --output.")
  Path html;

  @Option(names = "--pretty", description = "Indent the JSON comparison.")
  boolean pretty;

  @Option(names = "--csv-raw-text", description = "Write the table's text cells exactly as given (see batch).")
  boolean csvRawText;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Scoring policy document (JSON) to score assessments with (default: the defaults).")
  Path policyFile;

  @Mixin
  ChangeOptions change;

  @Mixin
  ReleaseOptions release;

  @Mixin
  CommonOptions common;

  CompareCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    terminal.configure(common.quiet, common.verbose);
    MeaningfulChange rule = change.rule();
    Instrument afterInstrument = Survey.instrument(instrumentFile);
    Instrument beforeInstrument = beforeInstrumentFile == null ? afterInstrument
        : Survey.instrument(beforeInstrumentFile);
    // A reader per wave: in one reader, two instruments of the same id and version would resolve both waves'
    // instrumentRef to the one given last, and a reworded item would go unnoticed.
    AlignmentJson json = AlignmentJson.builder().instrument(afterInstrument).prettyPrint(pretty).build();
    AlignmentJson beforeJson = beforeInstrumentFile == null ? json
        : AlignmentJson.builder().instrument(beforeInstrument).prettyPrint(pretty).build();
    byte[] first = bytes(before);
    byte[] second = bytes(after);
    String kind = kindOf(before, first);
    if (!kind.equals(kindOf(after, second))) {
      throw new UsageFailure(before + " is " + withArticle(kind) + " document and " + after + " "
          + withArticle(kindOf(after, second)) + " document; compare two reports or two assessments");
    }
    ReportComparison comparison;
    if (kind.equals("report")) {
      if (policyFile != null || release.keyFile != null) {
        throw new UsageFailure((policyFile != null ? "--policy" : "--release-key-file") + " applies to assessments, "
            + "which are scored; reports are compared as they were released");
      }
      AlignmentReport earlier = read(before, first, "report", beforeJson::readReport);
      AlignmentReport later = read(after, second, "report", json::readReport);
      comparison = compare(() -> ReportComparison.of(earlier, beforeInstrument, later, afterInstrument, rule));
    } else {
      Assessment earlier = read(before, first, "assessment", beforeJson::readAssessment);
      Assessment later = read(after, second, "assessment", json::readAssessment);
      ScoringPolicy scoring = policyFile == null ? ScoringPolicy.defaults()
          : Inputs.read(policyFile, "policy", json::readPolicy);
      AlignmentEngine engine = PolicyOptions.engine(scoring);
      ReleaseKey key = release.key(terminal::warn);
      if (key != null) {
        engine = engine.withReleaseKey(key);
      }
      AlignmentEngine scorer = engine;
      comparison = compare(() -> ReportComparison.ofAssessments(scorer, earlier, later, rule));
    }
    String document = json.write(comparison) + "\n";
    if (output != null || changes != null || html != null) {
      List<Path> inputs = Stream.of(before, after, instrumentFile, beforeInstrumentFile, policyFile, release.keyFile)
          .filter(Objects::nonNull).toList();
      List<Path> targets = Stream.of(output, changes, html).filter(Objects::nonNull)
          .map(p -> p.toAbsolutePath().normalize()).toList();
      if (targets.size() != targets.stream().distinct().count()) {
        throw new UsageFailure("--output, --changes and --html name the same file; give each its own");
      }
      try (OutputSet outputs = new OutputSet()) {
        if (output != null) {
          Files.writeString(outputs.file(output, inputs), document, StandardCharsets.UTF_8);
        }
        if (changes != null) {
          try (Tables.Table table = new Tables.Table(outputs.file(changes, inputs), Tables.CHANGES, csvRawText)) {
            table.rows(Tables.changes(comparison.organization().orElse(""), comparison));
          }
        }
        if (html != null) {
          Files.writeString(outputs.file(html, inputs), HtmlReport.withDefaults().renderComparison(comparison),
              StandardCharsets.UTF_8);
        }
        outputs.commit();
      }
    }
    if (output == null && changes == null && html == null && !text) {
      OutputStream out = terminal.out();
      out.write(document.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    if (text) {
      terminal.out().print(TextReport.renderComparison(comparison));
      terminal.out().flush();
    }
    if (!comparison.samePolicy()) {
      terminal.warn(Tables.policyChanged(comparison));
    }
    long meaningful = comparison.changes().stream().filter(c -> c.isMeaningful()).count();
    long meaningfulItems = comparison.itemChanges().stream().filter(c -> c.isMeaningful()).count();
    terminal.info("compared " + comparison.changes().size() + " sets, " + meaningful + " meaningful change(s), "
        + comparison.notComparable().size() + " dimension(s) not comparable; items: "
        + comparison.itemChanges().size() + " sets, " + meaningfulItems + " meaningful change(s), "
        + comparison.itemsNotComparable().size() + " not comparable");
    return AlignmentCli.OK;
  }

  @FunctionalInterface
  private interface Comparing {
    ReportComparison run();
  }

  private ReportComparison compare(Comparing comparing) {
    try {
      return comparing.run();
    } catch (AlignmentException e) {
      String problem = PreviousRelease.explain(e);
      // The library's messages name the field and never quote an answer or a respondent.
      throw new Failure(before + " and " + after + " cannot be compared: "
          + (problem != null ? problem : Printable.text(e.getMessage())));
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw Inputs.unreadable(file, e);
    }
  }

  private static String kindOf(Path file, byte[] bytes) {
    String kind = ValidateCommand.kind(bytes);
    if (!"report".equals(kind) && !"assessment".equals(kind)) {
      throw new Failure(file + ": neither a report nor an assessment document"
          + (kind == null ? "" : " (a document of kind '" + Printable.name(kind) + "')"));
    }
    return kind;
  }

  private static String withArticle(String kind) {
    return (kind.startsWith("a") ? "an " : "a ") + kind;
  }

  private static <T> T read(Path file, byte[] bytes, String kind, Function<java.io.InputStream, T> reader) {
    try {
      return reader.apply(new ByteArrayInputStream(bytes));
    } catch (JsonDocumentException e) {
      throw new Failure(file + ": not a valid " + kind + " document: " + e.getMessage());
    }
  }
}
