package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Shared steps of the commands that read surveys: the instrument, the CSV layout and its warnings. */
final class Survey {
  private Survey() {}

  static Instrument instrument(Path file) {
    return file == null ? DefaultInstrument.instrument()
        : Inputs.read(file, "instrument", AlignmentJson.withDefaults()::readInstrument);
  }

  /** A reader that also knows the given instrument by reference. */
  static AlignmentJson json(Instrument instrument, boolean pretty) {
    return AlignmentJson.builder().instrument(instrument).prettyPrint(pretty).build();
  }

  /**
   * Opens the first pass over a survey CSV and reads its header, so that the rows that follow are read from
   * the same pass (a pipe cannot be opened twice), printing what is ignored or missing.
   */
  static SurveyInput open(InputFile source, SurveyCsvLayout layout, Terminal terminal) {
    SurveyInput in = SurveyInput.open(source, layout);
    Path file = source.path();
    SurveyCsvReader reader = in.reader();
    Instrument instrument = layout.instrument();
    List<String> absent = reader.absentItems();
    if (!absent.isEmpty()) {
      terminal.warn(file + ": no column for " + absent.size() + " of the instrument's "
          + instrument.items().size() + " items (" + String.join(", ", absent)
          + "); they are read as unanswered by everyone (--require-all-items makes this an error)");
    }
    if (!reader.ignoredColumns().isEmpty()) {
      terminal.warn(file + ": ignoring " + reader.ignoredColumns().size() + " column(s) that are neither items nor "
          + "named by an option: " + String.join(", ", reader.ignoredColumns()));
    }
    terminal.detail(String.format(Locale.ROOT, "%s: %d item columns, organization column %s, id column %s", file,
        instrument.items().size() - absent.size(), hasOrganizationColumn(reader) ? "present" : "absent",
        has(reader, layout.respondentColumn()) ? "present" : "absent (rows are known by line number)"));
    return in;
  }

  /** Whether the header has the layout's organization column. */
  static boolean hasOrganizationColumn(SurveyCsvReader reader) {
    return has(reader, reader.layout().organizationColumn());
  }

  private static boolean has(SurveyCsvReader reader, String column) {
    return reader.header().stream().anyMatch(name -> name.strip().equals(column));
  }

  /** Whether a file is JSON Lines rather than CSV, by its name. */
  static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.txt");
  }
}
