package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import java.nio.file.Path;
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
   * Lays out the header of a CSV already open, so that the rows that follow are read from the same pass (a pipe
   * cannot be opened twice), printing what is ignored or missing.
   */
  static CsvLayout layout(CsvInput in, CsvOptions options, Instrument instrument, boolean needOrganization,
      Terminal terminal) {
    Path file = in.file();
    java.util.Map<String, String> itemMap = options.itemMap();
    CsvLayout layout = CsvLayout.of(file, in.header(), options, itemMap, instrument, needOrganization);
    if (!layout.absentItems.isEmpty()) {
      terminal.warn(file + ": no column for " + layout.absentItems.size() + " of the instrument's "
          + instrument.items().size() + " items (" + String.join(", ", layout.absentItems)
          + "); they are read as unanswered by everyone (--require-all-items makes this an error)");
    }
    if (!layout.ignoredColumns.isEmpty()) {
      terminal.warn(file + ": ignoring " + layout.ignoredColumns.size() + " column(s) that are neither items nor "
          + "named by an option: " + String.join(", ", layout.ignoredColumns));
    }
    terminal.detail(String.format(Locale.ROOT, "%s: %d item columns, organization column %s, id column %s", file,
        layout.itemIds.length, layout.organization >= 0 ? "present" : "absent", layout.id >= 0 ? "present"
            : "absent (rows are known by line number)"));
    return layout;
  }

  /** Whether a file is JSON Lines rather than CSV, by its name. */
  static boolean isJsonLines(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.txt");
  }
}
