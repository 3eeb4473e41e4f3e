package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.report.HtmlReport;
import io.github.serviceculture.alignment.report.IndexEntry;
import io.github.serviceculture.alignment.scoring.Aggregation;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a batch's outcomes, in the order given, into the staging directory of an {@link
 * OutputDirectory}: the reports (one JSON file per organization, or one JSON Lines file; with HTML, a
 * page beside each JSON file and an index), the tidy tables and the error file. {@link #commit()} puts the whole set in place of the output directory at
 * once, with its manifest. Used from one thread.
 */
final class BatchOutput implements Sink {
  /** How reports are written. */
  enum Reports { FILES, JSONL, NONE }

  static final String REPORTS_DIRECTORY = "reports";
  static final String REPORTS_JSONL = "reports.jsonl";
  static final String ORGANIZATIONS_CSV = "organizations.csv";
  static final String DIMENSIONS_CSV = "dimensions.csv";
  static final String FINDINGS_CSV = "findings.csv";
  static final String REJECTED_CSV = "rejected.csv";
  static final String AGGREGATION_CSV = "aggregation.csv";
  static final String AGGREGATION_JSON = "aggregation.json";
  static final String GROUP_DIFFERENCES_CSV = "group-differences.csv";
  static final String RELIABILITY_CSV = "reliability.csv";
  static final String ITEM_ANALYSIS_CSV = "item-analysis.csv";
  static final String SCORES_CSV = "scores.csv";
  static final String ITEMS_CSV = "items.csv";
  static final String DRIVERS_CSV = "drivers.csv";
  static final String NORMS_CSV = "norms.csv";
  static final String PARTICIPATION_CSV = "participation.csv";
  static final String INDEX_HTML = "index.html";
  static final String CHANGES_CSV = "changes.csv";
  static final String COMPARISONS_DIRECTORY = "comparisons";

  /** aggregation.json is read by people as well as programs: indented. */
  private static final AlignmentJson AGGREGATION_WRITER = AlignmentJson.builder().prettyPrint(true).build();

  private final OutputDirectory outputs;
  private final Reports reports;
  private final Path reportsDirectory;
  private final OutputStream reportsLines;
  private final Tables.Table organizations;
  private final Tables.Table dimensions;
  private final Tables.Table findings;
  private final Tables.Table groupDifferences;
  /** reliability.csv and item-analysis.csv, or null without {@code --tables full}. */
  private final Tables.Table reliability;
  private final Tables.Table itemAnalysis;
  private final boolean fullTables;
  /**
   * scores.csv, or null without {@code --scores}: written into a nameless file (see {@link Spill}) and
   * copied into the set only at the commit, so that no individual score outlives a killed run.
   */
  private final Tables.Table scores;
  private final FileChannel scoresSpill;
  /** The standings of the reports ranked against norms, or null without --norms. */
  private Tables.Table standings;
  /** The response rates of the reports scored with headcounts, or null without --headcounts. */
  private Tables.Table participation;
  private final Tables.Table items;
  private final Tables.Table drivers;
  private final RejectedTable rejected;
  private final Path aggregationFile;
  private final boolean rawText;
  private final Instrument instrument;
  private final Aggregation.Accumulator aggregation;
  /** Reports left out of the aggregation: their survey was scored with another instrument. */
  private long notAggregated;
  private final Set<String> reportNames = new HashSet<>();
  /** The page renderer, or null when no pages are written. */
  private final HtmlReport html;
  /** One small line per page for the index (names and figures, not the reports). */
  private final List<IndexEntry> index = new ArrayList<>();
  private long scored;
  private long rejectedCount;
  private long reportCount;
  /** changes.csv, or null when the run compares with no earlier batch. */
  private final Tables.Table changes;
  /** Where each comparison document goes (with {@link Reports#FILES}), or null. */
  private final Path comparisonsDirectory;
  private final java.util.function.Consumer<String> warn;
  private long compared;
  private long notCompared;
  private long newHere;
  /** The organizations scored in this run, as written in organizations.csv and neutralized, with --compare-to. */
  private final java.util.Set<String> scoredNames = new java.util.HashSet<>();

  /**
   * Opens the output set.
   *
   * @param directory the output directory, replaced as a whole by {@link #commit()}
   * @param instrument the instrument of the batch, whose organizations are aggregated
   * @param reports how reports are written
   * @param inputs the run's input files, refused when inside {@code directory}
   * @param warn receives warnings about leftovers of interrupted runs
   * @param rawText true to write the tables' text cells as given, false to neutralize spreadsheet formulas
   * @param rejectedPerReason rows of rejected.csv listed per reason, 0 for all (see {@link RejectedTable})
   * @param html the renderer of a page per report and of {@value #INDEX_HTML}, or null for none (pages are
   *     written only with {@link Reports#FILES})
   * @param fullTables true for {@code --tables full}: {@value #RELIABILITY_CSV}, {@value #ITEM_ANALYSIS_CSV}
   *     and dimensions.csv's further agreement columns, from the psychometrics the reports hold
   * @param scores where to keep {@value #SCORES_CSV} until the commit ({@code --scores}), or null for none
   * @param comparing true when each report is compared with an earlier batch's ({@value #CHANGES_CSV}, and
   *     with {@link Reports#FILES} a comparison document per organization under {@value #COMPARISONS_DIRECTORY})
   * @throws Failure when the directory holds files this tool did not write, or cannot be written
   */
  BatchOutput(Path directory, Instrument instrument, Reports reports, List<Path> inputs,
      java.util.function.Consumer<String> warn, boolean rawText, int rejectedPerReason, HtmlReport html,
      boolean comparing, boolean fullTables, Path scores) {
    this.warn = warn;
    this.fullTables = fullTables;
    this.reports = reports;
    this.rawText = rawText;
    this.instrument = instrument;
    this.aggregation = Aggregation.accumulator(instrument);
    this.html = reports == Reports.FILES ? html : null;
    this.outputs = OutputDirectory.open(directory, inputs, warn);
    Path staging = outputs.staging();
    try {
      this.reportsDirectory = reports == Reports.FILES
          ? Files.createDirectory(staging.resolve(REPORTS_DIRECTORY)) : null;
      this.reportsLines = reports == Reports.JSONL
          ? new BufferedOutputStream(Files.newOutputStream(staging.resolve(REPORTS_JSONL)), 1 << 16)
          : null;
      this.organizations = new Tables.Table(staging.resolve(ORGANIZATIONS_CSV), Tables.ORGANIZATIONS, rawText);
      this.dimensions = new Tables.Table(staging.resolve(DIMENSIONS_CSV),
          fullTables ? Tables.DIMENSIONS_FULL : Tables.DIMENSIONS, rawText);
      this.reliability = fullTables
          ? new Tables.Table(staging.resolve(RELIABILITY_CSV), Tables.RELIABILITY, rawText) : null;
      this.itemAnalysis = fullTables
          ? new Tables.Table(staging.resolve(ITEM_ANALYSIS_CSV), Tables.ITEM_ANALYSIS, rawText) : null;
      this.scoresSpill = scores == null ? null : Spill.open(scores);
      this.scores = scores == null ? null : new Tables.Table(
          new OutputStreamWriter(Spill.writer(scoresSpill), StandardCharsets.UTF_8), Tables.SCORES, rawText);
      this.findings = new Tables.Table(staging.resolve(FINDINGS_CSV), Tables.FINDINGS, rawText);
      this.groupDifferences = new Tables.Table(staging.resolve(GROUP_DIFFERENCES_CSV), Tables.GROUP_DIFFERENCES,
          rawText);
      this.items = new Tables.Table(staging.resolve(ITEMS_CSV), Tables.ITEMS, rawText);
      this.drivers = new Tables.Table(staging.resolve(DRIVERS_CSV), Tables.DRIVERS, rawText);
      this.rejected = new RejectedTable(
          new Tables.Table(staging.resolve(REJECTED_CSV), Tables.REJECTED, rawText), rejectedPerReason);
      this.aggregationFile = staging.resolve(AGGREGATION_CSV);
      this.changes = comparing ? new Tables.Table(staging.resolve(CHANGES_CSV), Tables.CHANGES, rawText) : null;
      this.comparisonsDirectory = comparing && reports == Reports.FILES
          ? Files.createDirectory(staging.resolve(COMPARISONS_DIRECTORY)) : null;
    } catch (IOException e) {
      outputs.close();
      throw new Failure(directory + ": cannot write there (" + e.getClass().getSimpleName() + ")");
    } catch (RuntimeException e) {
      outputs.close();
      throw e;
    }
  }

  @Override
  public void accept(Outcome outcome) {
    try {
      String reportName = "";
      if (outcome.report() != null) {
        reportCount++;
        String base = null;
        if (reports == Reports.FILES) {
          base = fileName(outcome.organization());
          reportName = REPORTS_DIRECTORY + "/" + base + ".json";
          Files.write(reportsDirectory.resolve(base + ".json"), outcome.json());
          if (html != null) {
            Files.writeString(reportsDirectory.resolve(base + ".html"), html.render(outcome.report()),
                StandardCharsets.UTF_8);
            index.add(IndexEntry.of(outcome.report(), REPORTS_DIRECTORY + "/" + base + ".html"));
          }
        } else if (reports == Reports.JSONL) {
          reportName = REPORTS_JSONL + ":" + reportCount;
          reportsLines.write(outcome.json());
        }
        compared(outcome, base);
        dimensions.rows(Tables.dimensions(outcome, fullTables));
        if (fullTables) {
          reliability.rows(Tables.reliability(outcome));
          itemAnalysis.rows(Tables.itemAnalysis(outcome));
        }
        if (scores != null) {
          scores.rows(outcome.scores());
        }
        if (standings != null) {
          standings.rows(Tables.standings(outcome));
        }
        findings.rows(Tables.findings(outcome));
        groupDifferences.rows(Tables.groupDifferences(outcome));
        items.rows(Tables.items(outcome));
        drivers.rows(Tables.drivers(outcome));
        if (participation != null) {
          participation.rows(Tables.participation(outcome));
        }
        if (outcome.instrument() == null) {
          // No survey: nothing to aggregate.
        } else if (outcome.instrument().equals(instrument)) {
          aggregation.add(outcome.report());
        } else {
          // A JSON line may embed its own instrument, even under the batch's id and version: its figures are not
          // comparable with the others'.
          notAggregated++;
        }
      }
      if (!outcome.organization().isEmpty()) {
        organizations.row(Tables.organization(outcome, reportName, outcome.rejections().size()));
      }
      for (Rejection r : outcome.rejections()) {
        rejected.add(r);
      }
      scored += outcome.scored();
      rejectedCount += outcome.rejections().size();
    } catch (IOException e) {
      throw new Failure("cannot write the outputs (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** The organization's comparison with the earlier batch, if any: its rows, its document, or a warning. */
  private void compared(Outcome outcome, String base) throws IOException {
    WaveComparer.Compared c = outcome.compared();
    if (changes == null) {
      return;
    }
    scoredNames.add(outcome.organization());
    scoredNames.add(Tables.neutralize(outcome.organization()));
    if (c == null) {
      newHere++;
      return;
    }
    if (c.comparison() == null) {
      notCompared++;
      // Organization names are not confidential; the reason names files and fields, never answers.
      warn.accept(Printable.name(outcome.organization()) + ": not compared with the earlier batch: " + c.problem());
      return;
    }
    compared++;
    if (!c.comparison().samePolicy()) {
      warn.accept(Printable.name(outcome.organization()) + ": " + Tables.policyChanged(c.comparison()));
    }
    changes.rows(Tables.changes(outcome.organization(), c.comparison()));
    if (comparisonsDirectory != null && base != null && c.json() != null) {
      Files.write(comparisonsDirectory.resolve(base + ".json"), c.json());
      if (html != null) {
        Files.writeString(comparisonsDirectory.resolve(base + ".html"), html.renderComparison(c.comparison()),
            StandardCharsets.UTF_8);
      }
    }
  }

  /** Organizations compared with the earlier batch. */
  long compared() {
    return compared;
  }

  /** Organizations of this run absent from the earlier batch: nothing to compare them with. */
  long newHere() {
    return newHere;
  }

  /** Whether an organization cell of the earlier batch's organizations.csv names one scored in this run. */
  boolean scoredHere(String cell) {
    return scoredNames.contains(cell);
  }

  /** Organizations found in the earlier batch but not compared (a warning said why). */
  long notCompared() {
    return notCompared;
  }

  /**
   * A file name (without extension) from the organization: safe characters only, unique even on
   * case-insensitive file systems.
   */
  private String fileName(String organization) {
    String base = organization.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+|[._-]+$", "");
    if (base.length() > 100) {
      base = base.substring(0, 100);
    }
    if (base.isEmpty()) {
      base = "organization";
    }
    String name = base;
    for (int n = 2; !reportNames.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  @Override
  public long scored() {
    return scored;
  }

  @Override
  public long rejected() {
    return rejectedCount;
  }

  /**
   * Adds {@value #NORMS_CSV} to the set: the reports are ranked against norms.
   *
   * @return this output set
   * @throws Failure when the table cannot be created
   */
  BatchOutput withStandings() {
    try {
      standings = new Tables.Table(outputs.staging().resolve(NORMS_CSV), Tables.NORMS, rawText);
    } catch (IOException e) {
      throw new Failure("cannot write the outputs (" + e.getClass().getSimpleName() + ")");
    }
    return this;
  }

  /** Adds {@value #PARTICIPATION_CSV}, the response rates, for a run with --headcounts. */
  BatchOutput withParticipation() {
    try {
      participation = new Tables.Table(outputs.staging().resolve(PARTICIPATION_CSV), Tables.PARTICIPATION, rawText);
    } catch (IOException e) {
      throw new Failure("cannot write the outputs (" + e.getClass().getSimpleName() + ")");
    }
    return this;
  }

  /** Rejected rows counted in rejected.csv's summary rows rather than listed. */
  long unlistedRejections() {
    return rejected.unlisted();
  }

  long reports() {
    return reportCount;
  }

  /** Reports left out of aggregation.csv because their survey was scored with another instrument. */
  long notAggregated() {
    return notAggregated;
  }

  @Override
  public void commit() {
    try {
      Aggregation result = aggregation.result();
      try (Tables.Table table = new Tables.Table(aggregationFile, Tables.AGGREGATION, rawText)) {
        table.rows(Tables.aggregation(result));
      }
      try (OutputStream out = Files.newOutputStream(outputs.staging().resolve(AGGREGATION_JSON))) {
        AGGREGATION_WRITER.write(result, out);
      }
      if (html != null) {
        Files.writeString(outputs.staging().resolve(INDEX_HTML), html.renderIndex(index), StandardCharsets.UTF_8);
      }
      closeAll();
    } catch (IOException e) {
      throw new Failure("cannot write the outputs (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    // The scores get a name last, right before the set takes OUT's place (see OutputDirectory.commit).
    outputs.commit(scoresSpill == null ? null : new OutputDirectory.LastFile() {
      @Override
      public String name() {
        return SCORES_CSV;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long position = 0; scoresSpill.read(buffer, position) > 0; position += buffer.position(),
            buffer.clear()) {
          out.write(buffer.array(), 0, buffer.position());
        }
      }
    });
    if (scoresSpill != null) {
      Spill.close(scoresSpill);
    }
  }

  @Override
  public void close() {
    try {
      closeAll();
    } catch (IOException e) {
      // The temporary files are deleted next.
    }
    if (scoresSpill != null) {
      Spill.close(scoresSpill);
    }
    outputs.close();
  }

  /**
   * Closes every output even when one fails, so that none is left open (and undeletable on some
   * systems); throws the first failure. Closing twice is harmless.
   */
  private void closeAll() throws IOException {
    IOException first = null;
    for (Closeable output : new Closeable[] {reportsLines, organizations, dimensions, findings, groupDifferences,
        items, drivers, standings, participation, reliability, itemAnalysis, scores, rejected, changes}) {
      try {
        if (output != null) {
          output.close();
        }
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
