package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.TidyTables;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores one unit of input into an {@link Outcome}: one organization's CSV rows, or one JSON line.
 * With no engine it only checks (for {@code validate}). Immutable; called from the workers.
 */
final class Scorer {
  private final AlignmentEngine engine;
  private final @Nullable AlignmentJson writer;
  private final Optional<LocalDate> assessedOn;
  private final PreviousRelease.@Nullable Directory previous;
  /** The pseudonyms of scores.csv, or null when no scores are wanted. */
  private final @Nullable Pseudonyms pseudonyms;
  private final @Nullable WaveComparer comparer;
  private @Nullable Norms norms;
  private HeadcountsOption.@Nullable Table headcounts;

  Scorer(AlignmentEngine engine, @Nullable AlignmentJson writer, Optional<LocalDate> assessedOn) {
    this(engine, writer, assessedOn, null);
  }

  Scorer(AlignmentEngine engine, @Nullable AlignmentJson writer, Optional<LocalDate> assessedOn,
      PreviousRelease.@Nullable Directory previous) {
    this(engine, writer, assessedOn, previous, null, null);
  }

  /**
   * @param engine the engine, or null to check without scoring
   * @param writer writes the report documents, or null when no report document is wanted (the tables
   *     are written from the report itself, so serializing it would be wasted work)
   * @param assessedOn the date given to survey-only assessments from CSV
   * @param previous the previous batch whose releases each organization is checked against, or null
   * @param comparer compares each report with the organization's in an earlier batch, or null
   * @param pseudonyms the pseudonyms of scores.csv's rows, or null for no rows
   */
  Scorer(AlignmentEngine engine, @Nullable AlignmentJson writer, Optional<LocalDate> assessedOn,
      PreviousRelease.@Nullable Directory previous, @Nullable WaveComparer comparer, @Nullable Pseudonyms pseudonyms) {
    this.pseudonyms = pseudonyms;
    this.engine = engine;
    this.writer = writer;
    this.assessedOn = assessedOn;
    this.previous = previous;
    this.comparer = comparer;
  }

  /** Gives each organization its headcounts from {@code table} (null for none); before the scoring starts. */
  Scorer withHeadcounts(HeadcountsOption.@Nullable Table table) {
    this.headcounts = table;
    return this;
  }

  /** Ranks every report against {@code norms} (null for none); before the scoring starts. */
  Scorer rankingAgainst(@Nullable Norms norms) {
    this.norms = norms;
    return this;
  }

  /** Scores one organization's rows of a survey CSV. */
  Outcome csv(OrganizationRows rows) {
    String organization = rows.organization();
    if (rows.responses() == null) {
      return Outcome.rejected(organization, rows.rejections());
    }
    Assessment assessment = Assessment.builder().responses(rows.responses()).assessedOn(assessedOn).build();
    if (previous != null && engine != null) {
      PreviousRelease.Lookup release = previous.lookup(organization);
      if (release.problem() != null) {
        return rejectAll(organization, rows.lines(), rows.rejections(), release.problem());
      }
      if (release.ledger() != null) {
        assessment = assessment.withPreviousRelease(release.ledger());
      }
    }
    return withHeadcounts(organization, assessment, rows.lines(), rows.rejections(), true);
  }

  /**
   * Gives the assessment the organization's headcounts from --headcounts, if any, and assesses it; an
   * organization whose headcounts break an invariant against its responses is rejected, with the
   * file, line and group, never a count.
   */
  private Outcome withHeadcounts(String organization, Assessment assessment, List<Long> lines,
      List<Rejection> rejections, boolean nameReport) {
    Optional<HeadcountsOption.Entry> entry = headcounts == null || engine == null ? Optional.empty()
        : headcounts.of(organization);
    if (entry.isPresent()) {
      if (assessment.responses().isEmpty()) {
        return rejectAll(organization, lines, rejections, entry.get().file()
            + " gives headcounts, but the organization has no survey to give response rates for");
      }
      if (assessment.headcounts().isPresent()) {
        return rejectAll(organization, lines, rejections, "the assessment gives headcounts and so does "
            + entry.get().file() + "; give them in one place");
      }
      try {
        assessment = assessment.withHeadcounts(entry.get().headcounts());
      } catch (InvalidValueException e) {
        return rejectAll(organization, lines, rejections, entry.get().explain(e));
      }
    }
    return assess(organization, assessment, lines, rejections, nameReport, entry.orElse(null));
  }

  Outcome json(long line, Assessment assessment) {
    String organization = assessment.practices().map(o -> o.name()).orElse("line-" + line);
    if (previous != null && engine != null && assessment.responses().isPresent()) {
      PreviousRelease.Lookup release = previous.lookup(organization);
      if (release.problem() != null) {
        return rejectAll(organization, List.of(line), List.of(), release.problem());
      }
      if (release.ledger() != null) {
        // The previous batch's release of this organization is the one its figures were last shown in.
        assessment = assessment.withPreviousRelease(release.ledger());
      }
    }
    return withHeadcounts(organization, assessment, List.of(line), List.of(), false);
  }

  /** Rejects every line of an organization, with the rows its conversion already rejected. */
  private static Outcome rejectAll(String organization, List<Long> lines, List<Rejection> rejections, String reason) {
    List<Rejection> all = new ArrayList<>(rejections);
    lines.forEach(l -> all.add(new Rejection(l, organization, reason)));
    all.sort(java.util.Comparator.comparingLong(Rejection::line));
    return Outcome.rejected(organization, all);
  }

  /**
   * Assesses one organization. {@code headcounts}, the --headcounts rows it was given, explains a
   * headcount the scoring finds smaller than a released group's respondents (checked only there, see
   * {@code PerceptionScorer}).
   */
  private Outcome assess(String organization, Assessment assessment, List<Long> lines, List<Rejection> rejections,
      boolean nameReport, HeadcountsOption.@Nullable Entry headcounts) {
    if (engine == null) {
      return new Outcome(organization, assessment.assessedOn(), lines.size(), rejections, null, null, null,
          List.of());
    }
    AlignmentReport report;
    try {
      report = engine.assess(assessment);
    } catch (RuntimeException e) {
      if (HeadcountsOption.isHeadcountError(e)) {
        return rejectAll(organization, lines, rejections, headcounts != null
            ? headcounts.explain((InvalidValueException) e) : "the assessment's headcounts: " + e.getMessage());
      }
      String release = e instanceof AlignmentException ? PreviousRelease.explain((AlignmentException) e) : null;
      return rejectAll(organization, lines, rejections, release != null
          ? "the organization could not be scored against its previous release: " + release
          : TidyTables.notScored(e));
    }
    if (nameReport && report.metadata().organization().isEmpty()) {
      report = report.withMetadata(report.metadata().withOrganization(organization));
    }
    if (norms != null) {
      try {
        report = norms.rank(report);
      } catch (InvalidValueException e) {
        return rejectAll(organization, lines, rejections, "the organization cannot be ranked against the norms: "
            + e.problem());
      }
    }
    byte[] json = writer == null ? null : (writer.write(report) + "\n").getBytes(StandardCharsets.UTF_8);
    Instrument instrument = assessment.responses().map(ResponseSet::instrument).orElse(null);
    WaveComparer.Compared compared = comparer == null ? null : comparer.compare(organization, report, instrument);
    return new Outcome(organization, assessment.assessedOn(), lines.size(), rejections, report, json, instrument,
        scores(organization, assessment, report), compared);
  }

  /**
   * scores.csv's rows: each respondent's score of each dimension the report gives the organization's
   * figures for (none under the anonymity threshold), under a pseudonym, sorted by pseudonym so that
   * the rows do not keep the input's order.
   */
  private List<List<String>> scores(String organization, Assessment assessment, AlignmentReport report) {
    if (pseudonyms == null || assessment.responses().isEmpty() || report.perceptions().isEmpty()) {
      return List.of();
    }
    // One matrix for every dimension; its rows follow the response set's order.
    ResponseMatrix matrix = assessment.responses().get().toMatrix();
    String date = assessment.assessedOn().map(Object::toString).orElse("");
    List<String> names = new ArrayList<>();
    for (Respondent r : matrix.respondents()) {
      names.add(pseudonyms.of(organization, r.id()));
    }
    List<List<String>> rows = new ArrayList<>();
    Map<Dimension, double[]> all = RespondentScores.of(matrix, report.perceptions().get().dimensions().keySet(),
        engine.policy().perception());
    for (Map.Entry<Dimension, double[]> e : all.entrySet()) {
      double[] scores = e.getValue();
      for (int i = 0; i < scores.length; i++) {
        if (scores[i] == scores[i]) {
          rows.add(List.of(organization, date, names.get(i), e.getKey().name(), Tables.number(scores[i])));
        }
      }
    }
    rows.sort(java.util.Comparator.<List<String>, String>comparing(row -> row.get(2))
        .thenComparing(row -> Dimension.valueOf(row.get(3))));
    return rows;
  }

  /** An exception's code and place, without the value that may quote the input. */
  static String describe(RuntimeException e) {
    return TidyTables.describe(e);
  }
}
