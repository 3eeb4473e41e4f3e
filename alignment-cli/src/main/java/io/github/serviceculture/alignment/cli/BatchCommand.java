package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonLine;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.report.HtmlReport;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.MeaningfulChange;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alignment batch}: many organizations in one run. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
    versionProvider = AlignmentCli.Version.class,
    description = {
        "Scores many organizations: a survey CSV with one row per respondent, grouped by an organization column, "
            + "or JSON Lines with one assessment document per line.",
        "",
        "Writes into the output directory: reports/<organization>.json (or reports.jsonl with --reports jsonl); "
            + "organizations.csv, dimensions.csv (one row per organization and dimension) and findings.csv (one row "
            + "per finding), tidy tables for R or pandas; aggregation.csv and aggregation.json (the organizations compared "
            + "per dimension: ICC(1), ICC(2), F, rwg(j) and AD over organizations) and group-differences.csv (the "
            + "same between the reported groups of each attribute inside each organization); items.csv (one row per "
            + "organization, released set and item: n, mean, score and favourable, neutral and unfavourable shares); "
            + "drivers.csv (with --outcome: each dimension's share of the outcome's R² per organization); "
            + "with --tables full, reliability.csv and item-analysis.csv too, and with --scores, scores.csv "
            + "(individual data); with --headcounts, participation.csv (per organization and group given a "
            + "headcount: headcount, respondents, response rate, or the reason they are withheld); with --compare-to, changes.csv (each organization's change since the earlier wave, "
            + "per dimension and group) and comparisons/<organization>.json; rejected.csv, every row or line not "
            + "scored with its line, "
            + "organization and reason; manifest.sha256, the SHA-256 of each. The set is written beside DIR and "
            + "replaces DIR as a whole at the end; DIR must be absent, empty, or hold only a previous set (as its "
            + "manifest says).",
        "",
        "Ends with 'read N, scored S, rejected R' on stderr, where N = S + R counts data rows (CSV) or non-blank "
            + "lines (JSON Lines). Outputs are byte-identical whatever --threads is."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every row or line was scored", "1:some were rejected (see rejected.csv); the rest was written",
        "2:usage error", "3:input unreadable or output not writable; nothing was written", "4:internal error"})
final class BatchCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(index = "0", paramLabel = "INPUT", description = "Survey CSV, or JSON Lines of assessments (.jsonl, .ndjson).")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Directory for the outputs.")
  Path output;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "csv or jsonl (default: from the file name; .jsonl and .ndjson are JSON Lines).")
  InputFormat inputFormat;

  @Option(names = "--reports", paramLabel = "FORM", defaultValue = "files",
      description = "files: one JSON report per organization under reports/; jsonl: one line per organization in "
          + "reports.jsonl; none: tables only (default: ${DEFAULT-VALUE}).")
  BatchOutput.Reports reports;

  @Option(names = "--tables", paramLabel = "SET", defaultValue = "default",
      description = "default: the tables above; full: also reliability.csv (per organization and dimension: raw and "
          + "standardized alpha, G6, average and median r, S/N, Feldt interval), item-analysis.csv (per item: "
          + "item-total and item-rest r, alpha if dropped, mean, sd, share missing) and r*wg(j) (Lindell), AD around "
          + "the median and a(wg) in dimensions.csv; the reports then hold the organizations' psychometrics "
          + "(default: ${DEFAULT-VALUE}).")
  TableSet tables;

  @Option(names = "--scores", description = "Also write scores.csv: each respondent's score of each dimension "
      + "reported for their organization, under a pseudonym drawn for this run (HMAC-SHA256 with a random key "
      + "that is never stored), sorted by pseudonym. It is individual data: keep it as confidential as the "
      + "responses.")
  boolean scores;

  @Option(names = "--pretty", description = "Indent the JSON report files.")
  boolean pretty;

  /** The policy of this run, read once (the engine and the HTML pages use it). */
  private ScoringPolicy scoring;

  @Option(names = "--html", description = "Also write each organization's report as a self-contained HTML page, "
      + "reports/NAME.html beside its JSON, and index.html: every organization, weakest first and by name, linking "
      + "to its page (needs --reports files).")
  boolean html;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--unsorted", description = "The CSV is not grouped by organization: spill and index it at once "
      + "instead of trying a single pass first.")
  boolean unsorted;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where an unsorted CSV is spilled, and --scores kept until the end, in files that have no name "
          + "and are readable by their owner only (default: the system's temporary directory).")
  Path tempDirectory;

  @Option(names = "--instrument", paramLabel = "FILE",
      description = "Instrument document (JSON) the survey answers (default: the built-in instrument).")
  Path instrumentFile;

  @Option(names = "--assessed-on", paramLabel = "DATE", description = "Date the CSV's assessments describe (yyyy-mm-dd).")
  LocalDate assessedOn;

  @Option(names = "--csv-raw-text", description = "Write the tables' text cells exactly as given. By default a text "
      + "cell starting with =, +, -, @, tab or carriage return gets a ' in front so that a spreadsheet shows it as "
      + "text instead of running it as a formula; numbers are never changed.")
  boolean csvRawText;

  @Option(names = "--max-rejected-per-reason", paramLabel = "N", defaultValue = "" + RejectedTable.DEFAULT_PER_REASON,
      description = "List at most N rows per reason in rejected.csv; further ones are counted in a summary row "
          + "(0: list all; default: ${DEFAULT-VALUE}).")
  int maxRejectedPerReason;

  @Option(names = "--previous", paramLabel = "DIR",
      description = "The output directory of this survey's previous batch run, scored with the same "
          + "--release-key-file: each organization is checked against its report there, and a figure whose "
          + "difference with it would single someone out is not reported (SUPPRESSED_AGAINST_DIFFERENCING). An "
          + "organization absent from DIR is a first release; one whose previous report has no ledger, another key's "
          + "or a damaged one is rejected. DIR must not be the output directory: keep each release's own.")
  Path previous;

  @Mixin
  NormsOption norms;

  @Mixin
  HeadcountsOption headcounts;

  @Option(names = "--compare-to", paramLabel = "DIR",
      description = "The output directory of an earlier batch run (an earlier wave): each organization found in both "
          + "is compared with its report there, into changes.csv (and comparisons/<organization>.json with --reports "
          + "files). Needs --release-key-file: this wave is checked against that one as --previous does, so that the "
          + "two waves shown together single nobody out. DIR is the previous release unless --previous names "
          + "another, whose release must then record DIR's (it was scored with --previous DIR, directly or through "
          + "releases in between); an organization whose previous release does not is scored but not compared.")
  Path compareTo;

  @Option(names = "--compare-instrument", paramLabel = "FILE",
      description = "Instrument document (JSON) the --compare-to batch scored with (default: this batch's).")
  Path compareInstrumentFile;

  /** With --compare-to: when a change is meaningful. */
  @Mixin
  ChangeOptions change;

  @Mixin
  ReleaseOptions release;

  @Mixin
  CsvOptions csv;

  @Mixin
  PolicyOptions policy;

  @Mixin
  CommonOptions common;

  /** The input formats. */
  enum InputFormat { CSV, JSONL }

  /** The tables written: the default ones, or with the full psychometrics too. */
  enum TableSet { DEFAULT, FULL }

  /** With --compare-to: the earlier batch, whose organizations the summary accounts for. */
  private PreviousRelease.Directory earlierWave;

  BatchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.configure(common.quiet, common.verbose);
    if (threads < 1) {
      throw new UsageFailure("--threads must be at least 1");
    }
    if (maxRejectedPerReason < 0) {
      throw new UsageFailure("--max-rejected-per-reason must be 0 (no limit) or more");
    }
    Instrument instrument = Survey.instrument(instrumentFile);
    AlignmentJson json = Survey.json(instrument, false);
    if (previous != null && release.keyFile == null) {
      throw new UsageFailure("--previous needs --release-key-file: the key that sealed the previous release's ledger");
    }
    if (compareTo != null && release.keyFile == null) {
      throw new UsageFailure("--compare-to needs --release-key-file: this wave's figures are checked against the "
          + "earlier wave's release (its ledger, sealed with that key) before they are shown beside it");
    }
    if (compareTo != null && sameDirectory(compareTo, output)) {
      throw new UsageFailure("--compare-to " + compareTo + " is the output directory, which this run replaces; write "
          + "each wave to a directory of its own (-o waves/q2 --compare-to waves/q1)");
    }
    MeaningfulChange rule = null;
    if (compareTo != null) {
      rule = change.rule();
      if (previous == null) {
        previous = compareTo;
      }
    }
    if (release.keyFile != null && reports == BatchOutput.Reports.NONE) {
      throw new UsageFailure("--release-key-file needs report documents: the ledger that a later run checks against "
          + "is written in each report, and --reports none writes none");
    }
    if (previous != null && sameDirectory(previous, output)) {
      throw new UsageFailure("--previous " + previous + " is the output directory, which this run replaces; an "
          + "organization rejected now would lose its previous release. Write each release to a directory of its own "
          + "(-o releases/q2 --previous releases/q1)");
    }
    if (html && reports != BatchOutput.Reports.FILES) {
      throw new UsageFailure("--html writes each page beside its report file under reports/; it needs --reports "
          + "files, not --reports " + reports.name().toLowerCase(Locale.ROOT));
    }
    scoring = policy.policy(json);
    PolicyOptions.checkScale(scoring, instrument);
    AlignmentEngine engine = PolicyOptions.engine(scoring);
    if (tables == TableSet.FULL) {
      engine = engine.withPsychometrics();
    }
    ReleaseKey key = release.key(terminal::warn);
    if (key != null) {
      engine = engine.withReleaseKey(key);
    }
    PreviousRelease.Directory previousRelease = previous == null ? null : PreviousRelease.Directory.open(previous, json);
    WaveComparer comparer = null;
    if (compareTo != null) {
      Instrument earlierInstrument = compareInstrumentFile == null ? instrument
          : Survey.instrument(compareInstrumentFile);
      PreviousRelease.Directory earlier = sameDirectory(compareTo, previous) ? previousRelease
          : PreviousRelease.Directory.open(compareTo, json);
      earlierWave = earlier;
      comparer = new WaveComparer(earlier, earlierInstrument, rule, reports == BatchOutput.Reports.FILES
          ? Survey.json(instrument, pretty) : null, earlier == previousRelease ? null : previousRelease,
          PerceptionScorer.of(scoring.perception()).withReleaseKey(key));
    }
    Scorer scorer = new Scorer(engine, reports == BatchOutput.Reports.NONE ? null
        : Survey.json(instrument, pretty && reports == BatchOutput.Reports.FILES),
        Optional.ofNullable(assessedOn), previousRelease, comparer,
        scores ? new Pseudonyms(new SecureRandom()) : null).rankingAgainst(norms.read())
        .withHeadcounts(headcounts.read(true, scoring.perception().groupBy()));
    InputFormat format = inputFormat != null ? inputFormat
        : Survey.isJsonLines(input) ? InputFormat.JSONL : InputFormat.CSV;
    long started = System.nanoTime();
    long read;
    Sink sink;
    if (format == InputFormat.CSV) {
      Path temp = temporaryDirectory();
      // Named spill files of older versions, which kept them in the output directory.
      Spill.removeStale(output);
      Spill.removeStale(temp);
      SurveyCsvLayout layout = csv.layout(instrument, true, scoring.perception().driversOutcome());
      try (InputFile source = InputFile.open(input)) {
        CsvRun.Result result;
        try (SurveyInput first = Survey.open(source, layout, terminal)) {
          result = new CsvRun(source, first, scorer, terminal, threads, temp).run(() -> outputSet(instrument), unsorted);
        }
        read = result.read();
        sink = result.sink();
      }
    } else {
      sink = outputSet(instrument);
      try {
        read = jsonLines(json, scorer, sink);
      } catch (RuntimeException e) {
        sink.close();
        throw e;
      }
    }
    try {
      return finish(read, sink, started);
    } finally {
      sink.close();
    }
  }

  private static boolean sameDirectory(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /** The output set; refuses a directory holding files this tool did not write, or one of the inputs. */
  private BatchOutput outputSet(Instrument instrument) {
    List<Path> inputs = new ArrayList<>(List.of(input));
    Stream.of(instrumentFile, csv.itemMap, policy.policyFile, release.keyFile, previous, compareTo,
        compareInstrumentFile, norms.file, headcounts.file).filter(Objects::nonNull).forEach(inputs::add);
    BatchOutput out = new BatchOutput(output, instrument, reports, inputs, terminal::warn, csvRawText,
        maxRejectedPerReason, html ? HtmlReport.of(scoring) : null, compareTo != null, tables == TableSet.FULL,
        scores ? temporaryDirectory() : null);
    if (norms.file == null && headcounts.file == null) {
      return out;
    }
    try {
      if (headcounts.file != null) {
        out = out.withParticipation();
      }
      return norms.file == null ? out : out.withStandings();
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }

  private Path temporaryDirectory() {
    return tempDirectory != null ? tempDirectory : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private long jsonLines(AlignmentJson json, Scorer scorer, Sink sink) {
    long[] read = {0};
    try (InputFile source = InputFile.open(input);
        CountingStream in = new CountingStream(source.pass());
        Stream<JsonLine<Assessment>> lines = json.readAssessmentLines(in);
        Pipeline pipeline = new Pipeline(threads, sink::accept);
        Progress progress = terminal.progress("scoring", source.size(), "MiB", 1 << 20)) {
      lines.forEach(line -> {
        read[0]++;
        if (line.isValid()) {
          Assessment assessment = line.value().orElseThrow();
          pipeline.submit(() -> scorer.json(line.lineNumber(), assessment));
        } else {
          pipeline.submitDone(Outcome.rejected(new Rejection(line.lineNumber(), "",
              line.error().orElseThrow().getMessage())));
        }
        progress.stepTo(in.count());
      });
      pipeline.finish();
      source.checkUnchanged();
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(input, e.getCause());
    } catch (IOException e) {
      throw Inputs.unreadable(input, e);
    }
    return read[0];
  }

  private int finish(long read, Sink sink, long started) {
    if (read != sink.scored() + sink.rejected()) {
      throw new IllegalStateException("accounting does not add up: read " + read + ", scored " + sink.scored()
          + ", rejected " + sink.rejected());
    }
    sink.commit();
    BatchOutput out = (BatchOutput) sink;
    terminal.detail(String.format(Locale.ROOT, "wrote %d reports and the tables to %s in %.1f s", out.reports(),
        output, (System.nanoTime() - started) / 1e9));
    if (scores) {
      terminal.warn(output.resolve(BatchOutput.SCORES_CSV) + " holds each respondent's dimension scores: individual "
          + "data under pseudonyms of this run only. Keep it as confidential as the responses, and do not share or "
          + "publish it");
    }
    if (out.notAggregated() > 0) {
      terminal.warn(out.notAggregated() + " report(s) scored with an instrument other than the batch's are left out of "
          + output.resolve(BatchOutput.AGGREGATION_CSV));
    }
    if (sink.rejected() > 0) {
      terminal.info("rejected rows and lines are listed in " + output.resolve(BatchOutput.REJECTED_CSV)
          + (out.unlistedRejections() > 0 ? " (" + out.unlistedRejections() + " of them counted in its summary "
              + "rows, not listed: more than " + maxRejectedPerReason + " for one reason)" : ""));
    }
    if (compareTo != null) {
      long onlyThere = earlierWave.organizationCells().stream().filter(cell -> !out.scoredHere(cell)).count();
      terminal.info("compared " + out.compared() + " organization(s) with " + compareTo + " into "
          + output.resolve(BatchOutput.CHANGES_CSV) + "; " + out.notCompared() + " found there could not be compared"
          + (out.notCompared() > 0 ? " (see the warnings)" : "") + ", " + out.newHere() + " new in this run, "
          + onlyThere + " only in " + compareTo);
    }
    terminal.info("read " + read + ", scored " + sink.scored() + ", rejected " + sink.rejected());
    return sink.rejected() > 0 ? AlignmentCli.REJECTED : AlignmentCli.OK;
  }
}
