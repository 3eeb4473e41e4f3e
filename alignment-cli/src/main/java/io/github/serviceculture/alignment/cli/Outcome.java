package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What became of one unit of input, an organization's rows or one JSON line: how many rows were
 * scored (or found valid), which were rejected, and the report when one was made.
 *
 * @param organization the organization, or empty when unknown
 * @param assessedOn the assessment date, when given
 * @param scored rows or lines that went into the report (or, when validating, that are valid)
 * @param rejections rows or lines rejected, in line order
 * @param report the report, or null when nothing was scored
 * @param json the report document, or null
 * @param instrument the instrument the survey was scored with, or null without a survey
 * @param scores scores.csv's rows of the organization (individual data), empty unless asked for
 * @param compared the report compared with the organization's in an earlier batch ({@code --compare-to}), or
 *     null when there is none to compare with
 */
record Outcome(String organization, Optional<LocalDate> assessedOn, long scored, List<Rejection> rejections,
    AlignmentReport report, byte[] json, Instrument instrument, List<List<String>> scores,
    WaveComparer.Compared compared) {

  Outcome(String organization, Optional<LocalDate> assessedOn, long scored, List<Rejection> rejections,
      AlignmentReport report, byte[] json, Instrument instrument, List<List<String>> scores) {
    this(organization, assessedOn, scored, rejections, report, json, instrument, scores, null);
  }

  static Outcome rejected(Rejection rejection) {
    return new Outcome(rejection.organization(), Optional.empty(), 0, List.of(rejection), null, null, null,
        List.of());
  }

  static Outcome rejected(String organization, List<Rejection> rejections) {
    return new Outcome(organization, Optional.empty(), 0, rejections, null, null, null, List.of());
  }
}
