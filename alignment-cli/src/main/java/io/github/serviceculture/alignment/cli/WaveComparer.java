package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.MeaningfulChange;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.survey.Instrument;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * {@code batch --compare-to DIR}: each organization's new report against its report in an earlier
 * batch's output directory. Immutable; called from the workers (each lookup opens the file it reads).
 */
final class WaveComparer {
  private final PreviousRelease.Directory earlier;
  private final Instrument earlierInstrument;
  private final MeaningfulChange rule;
  private final @Nullable AlignmentJson writer;
  private final PreviousRelease.@Nullable Directory previous;
  private final PerceptionScorer opener;

  /**
   * @param earlier the earlier batch's output directory
   * @param earlierInstrument the instrument the earlier batch scored its surveys with
   * @param rule when a change is meaningful
   * @param writer writes each comparison document, or null when none is written
   * @param previous the {@code --previous} directory when it is not {@code earlier}, or null
   * @param opener opens ledgers with this run's release key
   */
  WaveComparer(PreviousRelease.Directory earlier, Instrument earlierInstrument, MeaningfulChange rule,
      @Nullable AlignmentJson writer, PreviousRelease.@Nullable Directory previous, PerceptionScorer opener) {
    this.earlier = earlier;
    this.earlierInstrument = earlierInstrument;
    this.rule = rule;
    this.writer = writer;
    this.previous = previous;
    this.opener = opener;
  }

  /**
   * What became of one organization's comparison.
   *
   * @param comparison the comparison, or null when it could not be made
   * @param json its document, or null when none is written or there is no comparison
   * @param problem why there is no comparison, or null
   */
  record Compared(@Nullable ReportComparison comparison, byte @Nullable [] json, @Nullable String problem) {}

  /**
   * Compares an organization's report with its earlier one.
   *
   * @param instrument the instrument this batch scored the organization's survey with, or null without a survey
   * @return the comparison or why there is none, or null when the organization is not in the earlier batch
   */
  @Nullable Compared compare(String organization, AlignmentReport report, @Nullable Instrument instrument) {
    PreviousRelease.Earlier found = earlier.earlier(organization);
    if (found.problem() != null) {
      return new Compared(null, null, found.problem());
    }
    AlignmentReport before = found.report();
    if (before == null) {
      return null;
    }
    if (before.perceptions().isEmpty() || instrument == null || report.perceptions().isEmpty()) {
      return new Compared(null, null, (instrument == null || report.perceptions().isEmpty() ? "this" : "the earlier")
          + " report has no survey figures to compare");
    }
    String unchecked = previous == null ? null : unchecked(organization, before, found.name());
    if (unchecked != null) {
      return new Compared(null, null, unchecked);
    }
    ReportComparison comparison;
    try {
      comparison = ReportComparison.of(before, earlierInstrument, report, instrument, rule);
    } catch (AlignmentException e) {
      // The library's messages name the field and never quote an answer or a respondent.
      return new Compared(null, null, "its earlier report " + found.name() + " in " + earlier.path()
          + " cannot be compared: " + Printable.text(e.getMessage()));
    }
    byte[] json = writer == null ? null : (writer.write(comparison) + "\n").getBytes(StandardCharsets.UTF_8);
    return new Compared(comparison, json, null);
  }

  /**
   * Why this wave, checked against {@code --previous} rather than the earlier wave, may not be shown
   * beside the earlier wave, or null when it may: the previous release's ledger must record the
   * earlier report's, or a difference between the two waves was never checked.
   */
  private @Nullable String unchecked(String organization, AlignmentReport before, @Nullable String name) {
    PreviousRelease.Lookup lookup = previous.lookup(organization);
    ReleaseLedger earlierLedger = before.perceptions().flatMap(PerceptionReport::ledger).orElse(null);
    boolean recorded;
    try {
      recorded = lookup.ledger() != null && earlierLedger != null && opener.records(lookup.ledger(), earlierLedger);
    } catch (AlignmentException e) {
      recorded = false;
    }
    return recorded ? null : "this wave was checked against --previous " + previous.path() + ", whose release does "
        + "not record its earlier report " + name + " in " + earlier.path() + ", so the two are not shown side by "
        + "side: score with --previous " + earlier.path() + " or a release that was";
  }
}
