package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.report.HtmlReport;
import io.github.serviceculture.alignment.report.TextReport;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alignment score}: one assessment to one report. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
    versionProvider = AlignmentCli.Version.class,
    description = {
        "Scores one assessment: practices (JSON) and/or a survey (CSV, or a JSON responses document), or a whole "
            + "assessment document. Writes the report as JSON to stdout or --output, a readable summary with --text, and a self-contained HTML page with --html.",
        "",
        "Survey rows that cannot be used are listed on stderr with their line and reason and left out; the run ends "
            + "with 'read N, scored S, rejected R' on stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored, every survey row used", "1:scored, but some survey rows were rejected",
        "2:usage error", "3:input unreadable, nothing to score, or output not writable", "4:internal error"})
final class ScoreCommand implements Callable<Integer> {
  private final Terminal terminal;
  private String organization;

  /** What to score: one of the two forms, which picocli checks and shows in the synopsis. */
  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /** {@code --assessment}, or {@code --practices} and/or {@code --responses}. */
  static final class Input {
    @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "Assessment document (JSON).")
    Path assessment;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Parts parts;
  }

  /** The parts of an assessment, either or both. */
  static final class Parts {
    @Option(names = "--practices", paramLabel = "FILE", description = "Organization document (JSON): the practices.")
    Path practices;

    @Option(names = "--responses", paramLabel = "FILE",
        description = "Survey: a CSV (one row per respondent; an organization column, if any, must hold one value) "
            + "or a responses document (.json).")
    Path responses;
  }

  private Path assessmentFile;
  private Path practicesFile;
  private Path responsesFile;

  @Option(names = "--organization", paramLabel = "NAME",
      description = "Score only this organization's rows of a CSV that holds several.")
  String onlyOrganization;

  @Option(names = "--instrument", paramLabel = "FILE",
      description = "Instrument document (JSON) the survey answers (default: the built-in instrument).")
  Path instrumentFile;

  @Option(names = "--assessed-on", paramLabel = "DATE", description = "Date the assessment describes (yyyy-mm-dd).")
  LocalDate assessedOn;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON report here instead of "
      + "stdout: written beside it and renamed over it at the end; only a regular file (or nothing) is replaced.")
  Path output;

  @Option(names = "--text", description = "Print a readable summary on stdout (instead of the JSON, unless --output).")
  boolean text;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML page "
      + "here (charts, no script, no external request; instead of the JSON on stdout, unless --output): written "
      + "beside it and renamed over it at the end; only a regular file (or nothing) is replaced.")
  Path html;

  @Option(names = "--pretty", description = "Indent the JSON report.")
  boolean pretty;

  @Option(names = "--previous", paramLabel = "FILE",
      description = "The report (JSON) of this survey's previous release, scored with the same --release-key-file: "
          + "a figure whose difference with it would single someone out is not reported "
          + "(SUPPRESSED_AGAINST_DIFFERENCING). A report without a ledger, with another key's or a damaged one is "
          + "refused.")
  Path previous;

  @Mixin
  NormsOption norms;

  @Mixin
  HeadcountsOption headcounts;

  /** The --headcounts rows given to the assessment, once given: they explain a headcount error. */
  private HeadcountsOption.@Nullable Entry headcountsEntry;

  @Mixin
  ReleaseOptions release;

  @Mixin
  CsvOptions csv;

  @Mixin
  PolicyOptions policy;

  @Mixin
  CommonOptions common;

  ScoreCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    terminal.configure(common.quiet, common.verbose);
    assessmentFile = input.assessment;
    practicesFile = input.parts == null ? null : input.parts.practices;
    responsesFile = input.parts == null ? null : input.parts.responses;
    Instrument instrument = Survey.instrument(instrumentFile);
    AlignmentJson json = Survey.json(instrument, pretty);
    if (previous != null && release.keyFile == null) {
      throw new UsageFailure("--previous needs --release-key-file: the key that sealed the previous report's ledger");
    }
    if (html != null && output != null && html.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      throw new UsageFailure("--html and --output name the same file, " + html + "; give each its own");
    }
    ScoringPolicy scoring = policy.policy(json);
    PolicyOptions.checkScale(scoring, instrument);
    AlignmentEngine engine = PolicyOptions.engine(scoring);
    ReleaseKey key = release.key(terminal::warn);
    if (key != null) {
      engine = engine.withReleaseKey(key);
    }
    long read = 0;
    List<Rejection> rejections = new ArrayList<>();
    Assessment assessment;
    if (assessmentFile != null) {
      assessment = Inputs.read(assessmentFile, "assessment", json::readAssessment);
      if (assessedOn != null) {
        assessment = assessment.withAssessedOn(assessedOn);
      }
    } else {
      Optional<Organization> practices = Optional.ofNullable(practicesFile)
          .map(f -> Inputs.read(f, "organization", json::readOrganization));
      Optional<ResponseSet> responses = Optional.empty();
      if (responsesFile != null) {
        if (responsesFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
          responses = Optional.of(Inputs.read(responsesFile, "responses", json::readResponses));
        } else {
          CsvSurvey survey = csvSurvey(instrument, scoring.perception().driversOutcome());
          read = survey.read;
          rejections = survey.rejections;
          if (survey.skipped > 0) {
            terminal.detail(responsesFile + ": skipped " + survey.skipped + " rows of other organizations");
          }
          if (onlyOrganization != null && !survey.matched) {
            // Organization names are not confidential; the rows' ids and answers stay out of the message.
            throw new Failure(responsesFile + ": no row of organization '" + Printable.name(onlyOrganization) + "'"
                + Suggestions.didYouMean(Suggestions.nearest(onlyOrganization, survey.organizations)));
          }
          if (survey.responses == null) {
            rejections.forEach(this::printRejection);
            terminal.info("read " + read + ", scored 0, rejected " + rejections.size());
            throw new Failure(responsesFile + ": no row could be used, nothing to score");
          }
          responses = Optional.of(survey.responses);
        }
      }
      try {
        assessment = Assessment.builder().practices(practices).responses(responses)
            .assessedOn(Optional.ofNullable(assessedOn)).build();
      } catch (AlignmentException e) {
        throw new Failure("the assessment is not valid: " + Scorer.describe(e));
      }
    }
    if (previous != null) {
      if (assessment.responses().isEmpty()) {
        throw new UsageFailure("--previous needs a survey to score: a previous release is checked against the "
            + "survey's figures");
      }
      assessment = assessment.withPreviousRelease(PreviousRelease.ofReport(previous, json));
    }
    assessment = withHeadcounts(assessment, scoring);
    AlignmentReport report;
    try {
      report = engine.assess(assessment);
    } catch (AlignmentException e) {
      if (HeadcountsOption.isHeadcountError(e)) {
        // A released group's headcount smaller than its respondents (checked only there).
        throw new Failure(headcountsEntry != null ? headcountsEntry.explain((InvalidValueException) e)
            : assessmentFile + ": the assessment's headcounts: " + e.getMessage());
      }
      String problem = PreviousRelease.explain(e);
      if (problem == null) {
        throw e;
      }
      if (previous == null) {
        // The previous release came in the assessment document itself.
        throw new Failure(assessmentFile + ": the survey cannot be checked against its previous release: " + problem);
      }
      throw new Failure(previous + ": the survey cannot be checked against this previous release: " + problem);
    }
    if (report.metadata().organization().isPresent() && organization != null && !organization.isEmpty()
        && !report.metadata().organization().get().equals(organization)) {
      terminal.warn("the practices are those of '" + Printable.name(report.metadata().organization().get())
          + "', the survey rows of '" + Printable.name(organization) + "'");
    }
    if (responsesFile != null && read > 0 && report.metadata().organization().isEmpty() && organization != null
        && !organization.isEmpty()) {
      report = report.withMetadata(report.metadata().withOrganization(organization));
    }
    Norms ranking = norms.read();
    if (ranking != null) {
      try {
        report = ranking.rank(report);
      } catch (InvalidValueException e) {
        throw new Failure(norms.file + ": these norms do not apply to this report: " + e.problem());
      }
    }
    String document = json.write(report) + "\n";
    if (output != null || html != null) {
      List<Path> inputs = java.util.stream.Stream.of(assessmentFile, practicesFile, responsesFile, instrumentFile,
          csv.itemMap, policy.policyFile, previous, release.keyFile, norms.file, headcounts.file)
          .filter(java.util.Objects::nonNull)
          .toList();
      // One set: the JSON and the page are renamed into place together, after both were written whole.
      try (OutputSet outputs = new OutputSet()) {
        if (output != null) {
          Files.writeString(outputs.file(output, inputs), document, StandardCharsets.UTF_8);
        }
        if (html != null) {
          Files.writeString(outputs.file(html, inputs), HtmlReport.of(scoring).render(report), StandardCharsets.UTF_8);
        }
        outputs.commit();
      }
    }
    if (output == null && html == null && !text) {
      OutputStream out = terminal.out();
      out.write(document.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    if (text) {
      // TextReport escapes every name and message from the input for a terminal itself.
      terminal.out().print(TextReport.render(report));
      terminal.out().flush();
    }
    rejections.forEach(this::printRejection);
    if (read > 0) {
      long scored = read - rejections.size();
      terminal.info("read " + read + ", scored " + scored + ", rejected " + rejections.size());
    }
    return rejections.isEmpty() ? AlignmentCli.OK : AlignmentCli.REJECTED;
  }


  /**
   * Gives the assessment the headcounts of --headcounts, replacing any it carries: all rows of a file
   * without an organization column, else the rows of the organization scored (the survey's
   * organization column, or the practices' name).
   */
  private Assessment withHeadcounts(Assessment assessment, ScoringPolicy scoring) {
    HeadcountsOption.Table table = headcounts.read(false, scoring.perception().groupBy());
    if (table == null) {
      return assessment;
    }
    if (assessment.responses().isEmpty()) {
      throw new UsageFailure("--headcounts needs a survey to score: a response rate is the survey's respondents "
          + "over a headcount");
    }
    String name = organization != null && !organization.isEmpty() ? organization
        : assessment.practices().map(Organization::name).orElse(null);
    if (table.hasOrganizationColumn() && name == null) {
      throw new UsageFailure(table.file() + " has an organization column, but the survey names no organization; "
          + "leave the column out to give this survey's headcounts");
    }
    HeadcountsOption.Entry entry = table.of(name).orElseThrow(() -> new Failure(table.file()
        + ": no row of organization '" + Printable.name(name) + "'"
        + Suggestions.didYouMean(Suggestions.nearest(name, table.byOrganization().keySet()))));
    try {
      Assessment given = assessment.withHeadcounts(entry.headcounts());
      headcountsEntry = entry;
      return given;
    } catch (InvalidValueException e) {
      throw new Failure(entry.explain(e));
    }
  }

  private void printRejection(Rejection r) {
    terminal.info(responsesFile + ": line " + r.line() + " rejected: " + r.reason());
  }

  /** A survey read from one CSV. */
  private static final class CsvSurvey {
    long read;
    long skipped;
    /** The organizations of the skipped rows, for suggestions when --organization matched none. */
    final java.util.Set<String> organizations = new java.util.TreeSet<>();
    /** Whether a row of the organization scored was read. */
    boolean matched;
    ResponseSet responses;
    List<Rejection> rejections = new ArrayList<>();
  }

  private CsvSurvey csvSurvey(Instrument instrument, Optional<String> outcome) {
    CsvSurvey survey = new CsvSurvey();
    SurveyCsvLayout layout = csv.layout(instrument, false, outcome);
    List<OrganizationRows> parts = new ArrayList<>();
    // One pass over one open file: the header and the rows come from the same read, so a pipe works too.
    try (InputFile source = InputFile.open(responsesFile); SurveyInput in = Survey.open(source, layout, terminal)) {
      boolean hasOrganization = Survey.hasOrganizationColumn(in.reader());
      if (onlyOrganization != null && !hasOrganization) {
        throw new UsageFailure("--organization needs an organization column in " + responsesFile);
      }
      for (SurveyCsvReader.Block block = in.next(); block != null; block = in.next()) {
        List<Rejection> own = new ArrayList<>();
        for (SurveyCsvReader.Rejection r : block.rejections()) {
          if (hasOrganization && r.organization().isEmpty()) {
            // A row whose organization cannot be read may be one of the organization scored: it is reported.
            survey.read++;
            survey.rejections.add(SurveyInput.rejection(r));
          } else {
            own.add(SurveyInput.rejection(r));
          }
        }
        OrganizationRows rows = OrganizationRows.of(block, own);
        if (rows.rowCount() == 0) {
          continue;
        }
        if (onlyOrganization != null && !block.organization().equals(onlyOrganization.strip())) {
          survey.skipped += rows.rowCount();
          survey.organizations.add(block.organization());
          continue;
        }
        if (hasOrganization) {
          if (organization == null) {
            organization = block.organization();
          } else if (!organization.equals(block.organization())) {
            throw new UsageFailure(responsesFile + ": line " + rows.firstLine() + " names a second organization; "
                + "choose one with --organization, or use 'batch' to score them all");
          }
        }
        survey.read += rows.rowCount();
        survey.matched = true;
        parts.add(rows);
      }
    }
    if (!parts.isEmpty()) {
      // The organization's rows may come in more than one block when other rows lie between them.
      OrganizationRows rows = OrganizationRows.merge(instrument, parts);
      survey.rejections.addAll(rows.rejections());
      survey.responses = rows.responses();
    }
    survey.rejections.sort(java.util.Comparator.comparingLong(Rejection::line));
    return survey;
  }
}
