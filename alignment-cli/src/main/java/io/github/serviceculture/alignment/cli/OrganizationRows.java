package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One organization's rows of a survey CSV, ready to score: the responses, the line each came from, and
 * the rows of the organization that were rejected. Immutable.
 *
 * @param organization the organization's name
 * @param responses the responses, or null when every row was rejected
 * @param lines the line of each response, in the order of {@code responses}
 * @param rejections the organization's rejected rows, in the order of their lines
 */
record OrganizationRows(String organization, @Nullable ResponseSet responses, List<Long> lines,
    List<Rejection> rejections) {

  OrganizationRows {
    lines = List.copyOf(lines);
    rejections = List.copyOf(rejections);
  }

  /** The rows of a block that belong to its organization: its responses and {@code own} rejections. */
  static OrganizationRows of(SurveyCsvReader.Block block, List<Rejection> own) {
    return new OrganizationRows(block.organization(), block.responses().orElse(null), SurveyInput.lines(block),
        own);
  }

  /** The number of rows: responses and rejections. */
  long rowCount() {
    return lines.size() + rejections.size();
  }

  /** The first line of the rows. */
  long firstLine() {
    long first = Long.MAX_VALUE;
    if (!lines.isEmpty()) {
      first = lines.get(0);
    }
    if (!rejections.isEmpty()) {
      first = Math.min(first, rejections.get(0).line());
    }
    return first;
  }

  /**
   * One organization's rows from blocks read apart, in the order of their lines: a row whose respondent
   * id an earlier block already holds is rejected as the reader rejects a repeat within a block, and a
   * repeat within a block of a row rejected so names the line that row repeats. The rows, the rows
   * rejected and the responses are those of the organization's rows read together; only a row with
   * two problems, a repeated id and another one, may be rejected for the other, as the reader reports
   * the first problem it finds and a rejected row's id is not kept.
   *
   * @param parts the blocks, all of one organization, in the order they were read
   */
  static OrganizationRows merge(Instrument instrument, List<OrganizationRows> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String organization = parts.get(0).organization();
    ResponseCollector collector = ResponseSet.collector(instrument);
    List<Long> lines = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    // The line of each response dropped as a repeat, to the line it repeats.
    Map<Long, Long> repeats = new HashMap<>();
    for (OrganizationRows part : parts) {
      if (!part.organization().equals(organization)) {
        throw new IllegalArgumentException("the parts are of more than one organization");
      }
      if (part.responses() == null) {
        rejections.addAll(part.rejections());
        continue;
      }
      List<Response> responses = part.responses().responses();
      for (int i = 0; i < responses.size(); i++) {
        Response response = responses.get(i);
        long line = part.lines().get(i);
        try {
          collector.begin(response.respondent());
        } catch (InvalidValueException e) {
          int earlier = collector.indexOf(response.respondent().id());
          if (earlier < 0) {
            throw e;
          }
          rejections.add(repeating(line, organization, lines.get(earlier)));
          repeats.put(line, lines.get(earlier));
          continue;
        }
        // Answers already validated by the reader, against the same instrument.
        for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
          collector.answer(instrument.indexOf(answer.getKey()), answer.getValue());
        }
        collector.end();
        lines.add(line);
      }
      for (Rejection r : part.rejections()) {
        Long repeated = r.repeatOf() > 0 ? repeats.get(r.repeatOf()) : null;
        rejections.add(repeated == null ? r : repeating(r.line(), r.organization(), repeated));
      }
    }
    rejections.sort(Comparator.comparingLong(Rejection::line));
    return new OrganizationRows(organization, collector.size() == 0 ? null : collector.build(), lines, rejections);
  }

  /** A row that repeats the respondent id of line {@code earlier}, in the reader's words. */
  private static Rejection repeating(long line, String organization, long earlier) {
    return SurveyInput.rejection(SurveyCsvReader.Rejection.repeating(line, organization, earlier));
  }
}
