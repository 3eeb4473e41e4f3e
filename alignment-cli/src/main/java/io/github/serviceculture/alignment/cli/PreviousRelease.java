package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code --previous}: the ledger of an earlier release of the same survey, read from the report
 * document that {@code score} wrote ({@link #ofReport}) or, for each organization, from an earlier
 * {@code batch} output directory ({@link Directory}).
 *
 * <p>A report scored without a release key carries no ledger, and one scored with another key or
 * changed since cannot be opened: both are refused, since scoring on without the earlier release
 * would release exactly the figures whose difference with it singles someone out.
 */
final class PreviousRelease {
  private PreviousRelease() {}

  /**
   * The ledger of a report document, for {@code score --previous FILE}.
   *
   * @throws Failure when the file cannot be read, is not a report, or its report carries no ledger
   */
  static ReleaseLedger ofReport(Path file, AlignmentJson json) {
    AlignmentReport report = Inputs.read(file, "report", json::readReport);
    String problem = problem(report);
    if (problem != null) {
      throw new Failure(file + ": " + problem);
    }
    return report.perceptions().flatMap(PerceptionReport::ledger).orElseThrow();
  }

  /**
   * Why a previous report gives no ledger, or null when it gives one. A report without perceptions
   * (practices only) released no figure of a survey, so it has no ledger either: there is nothing to
   * check against, which the caller decides.
   */
  private static @Nullable String problem(AlignmentReport report) {
    if (report.perceptions().isEmpty()) {
      return "the previous report has no survey figures, so no ledger to check against";
    }
    if (report.perceptions().get().ledger().isEmpty()) {
      return "the previous report carries no ledger: it was scored without --release-key-file (or written before "
          + "report format 1.2), so differencing with it cannot be checked";
    }
    return null;
  }

  /**
   * What went wrong with a previous release the engine could not use, for a message, or null when
   * {@code e} is about something else. The key id names a key without revealing it; the ledger's
   * contents are never quoted.
   */
  static @Nullable String explain(AlignmentException e) {
    if (e instanceof InvalidValueException invalid && invalid.type().equals("PerceptionScorer")
        && invalid.field().equals("releaseKey")) {
      // An assessment document that carries its previous release, scored without a key.
      return "the assessment carries a previous release (previousRelease), which needs --release-key-file";
    }
    if (e instanceof InvalidValueException invalid && invalid.type().equals("PerceptionScorer")
        && invalid.field().equals("previous")) {
      boolean key = invalid.problem().contains("release key");
      return "the ledger " + invalid.problem() + (invalid.value() == null ? "" : ", was " + invalid.value())
          + (key ? "; give the --release-key-file that sealed it" : "");
    }
    return null;
  }

  /**
   * The result of looking an organization up in a previous batch: its ledger, nothing (the
   * organization is new, or nothing of its survey was released), or why its previous release cannot
   * be used.
   *
   * @param ledger the ledger, or null
   * @param problem why the organization must be rejected, or null
   */
  record Lookup(@Nullable ReleaseLedger ledger, @Nullable String problem) {
    static final Lookup NEW = new Lookup(null, null);
  }

  /**
   * An organization's report in an earlier batch: the report, nothing (the organization is not
   * there), or why it cannot be read.
   *
   * @param report the report, or null
   * @param name the report's name in organizations.csv, or null when there is none
   * @param problem why the report cannot be used, or null
   */
  record Earlier(@Nullable AlignmentReport report, @Nullable String name, @Nullable String problem) {}

  /**
   * An earlier batch output directory, indexed by organization from its {@code organizations.csv}
   * (whose {@code report} column names each organization's report), and read one report at a time
   * as organizations are scored. Thread-safe: the index is read once and never changed, and each
   * lookup opens the file it reads.
   */
  static final class Directory {
    private final Path directory;
    private final AlignmentJson json;
    /** Each organization cell of organizations.csv, as written, to the report names of its rows. */
    private final Map<String, List<String>> reports = new HashMap<>();
    /** Where each line of reports.jsonl begins, when the set has one; entry 0 is line 1. */
    private final long[] lineStarts;

    private Directory(Path directory, AlignmentJson json, long[] lineStarts) {
      this.directory = directory;
      this.json = json;
      this.lineStarts = lineStarts;
    }

    /**
     * Indexes a previous batch output directory.
     *
     * @throws Failure when it is not one, or holds no reports (written with {@code --reports none})
     */
    static Directory open(Path directory, AlignmentJson json) {
      if (!Files.isDirectory(directory)) {
        throw new Failure(directory + ": --previous names no directory; give the output directory of an earlier "
            + "batch run");
      }
      Path table = directory.resolve(BatchOutput.ORGANIZATIONS_CSV);
      if (!Files.isRegularFile(table, LinkOption.NOFOLLOW_LINKS)) {
        throw new Failure(directory + ": not the output directory of a batch run (no "
            + BatchOutput.ORGANIZATIONS_CSV + ")");
      }
      Path lines = directory.resolve(BatchOutput.REPORTS_JSONL);
      boolean hasLines = Files.isRegularFile(lines, LinkOption.NOFOLLOW_LINKS);
      if (!hasLines && !Files.isDirectory(directory.resolve(BatchOutput.REPORTS_DIRECTORY), LinkOption.NOFOLLOW_LINKS)) {
        throw new Failure(directory + ": holds no reports (written with --reports none?), so no ledger to check "
            + "against; the ledger of each release is in its reports");
      }
      Directory previous = new Directory(directory, json, hasLines ? lineStarts(lines) : new long[0]);
      try (CsvInput in = CsvInput.open(table, ',')) {
        int organization = in.header().indexOf("organization");
        int report = in.header().indexOf("report");
        if (organization < 0 || report < 0) {
          throw new Failure(table + ": has no organization or report column; not a table this tool wrote");
        }
        for (CsvInput.Row row = in.next(); row != null; row = in.next()) {
          String[] cells = row.fields();
          if (cells.length > Math.max(organization, report) && !cells[report].isEmpty()) {
            previous.reports.computeIfAbsent(cells[organization], o -> new ArrayList<>()).add(cells[report]);
          }
        }
      }
      return previous;
    }

    private static long[] lineStarts(Path file) {
      List<Long> starts = new ArrayList<>();
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        long at = 0;
        boolean lineStart = true;
        for (int b = in.read(); b >= 0; b = in.read(), at++) {
          if (lineStart) {
            starts.add(at);
            lineStart = false;
          }
          if (b == '\n') {
            lineStart = true;
          }
        }
      } catch (IOException e) {
        throw Inputs.unreadable(file, e);
      }
      return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The previous release of one organization, from its {@linkplain #earlier earlier report}. */
    Lookup lookup(String organization) {
      Earlier earlier = earlier(organization);
      if (earlier.problem() != null) {
        return new Lookup(null, earlier.problem());
      }
      AlignmentReport report = earlier.report();
      if (report == null || report.perceptions().isEmpty()) {
        // New, or practices only: no figure of a survey was released, so this survey is a first release.
        return Lookup.NEW;
      }
      String problem = problem(report);
      return problem == null ? new Lookup(report.perceptions().get().ledger().orElseThrow(), null)
          : new Lookup(null, problem.replace("the previous report", "its previous report " + earlier.name() + " in "
              + directory));
    }

    /**
     * The earlier report of one organization. Its row in organizations.csv is found by name, as
     * written there or with the {@code '} that keeps a spreadsheet from running it as a formula;
     * the report it names must be that organization's (when the report names one).
     */
    Earlier earlier(String organization) {
      List<String> names = new ArrayList<>(reports.getOrDefault(organization, List.of()));
      String neutralized = Tables.neutralize(organization);
      if (!neutralized.equals(organization)) {
        names.addAll(reports.getOrDefault(neutralized, List.of()));
      }
      for (String name : names) {
        AlignmentReport report;
        try {
          report = json.readReport(read(name));
        } catch (JsonDocumentException e) {
          return new Earlier(null, name, "its previous report " + name + " in " + directory
              + " is not a valid report: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
          return new Earlier(null, name, "its previous report " + name + " in " + directory + " cannot be read ("
              + e.getClass().getSimpleName() + ")");
        }
        Optional<String> named = report.metadata().organization();
        if (named.isPresent() && !named.get().equals(organization)) {
          continue;
        }
        return new Earlier(report, name, null);
      }
      return new Earlier(null, null, null);
    }

    /** Each organization cell of its organizations.csv, as written there. */
    java.util.Set<String> organizationCells() {
      return java.util.Collections.unmodifiableSet(reports.keySet());
    }

    /** The directory, for messages. */
    Path path() {
      return directory;
    }

    /** A report document by the name organizations.csv gives it: {@code reports/x.json} or {@code reports.jsonl:N}. */
    private String read(String name) throws IOException {
      String jsonlPrefix = BatchOutput.REPORTS_JSONL + ":";
      if (name.startsWith(jsonlPrefix)) {
        int line;
        try {
          line = Integer.parseInt(name.substring(jsonlPrefix.length()));
        } catch (NumberFormatException e) {
          throw new IOException("not a line number");
        }
        if (line < 1 || line > lineStarts.length) {
          throw new IOException("no such line");
        }
        try (RandomAccessFile file = new RandomAccessFile(directory.resolve(BatchOutput.REPORTS_JSONL).toFile(), "r")) {
          long start = lineStarts[line - 1];
          long end = line < lineStarts.length ? lineStarts[line] : file.length();
          if (end - start > Integer.MAX_VALUE - 8) {
            throw new IOException("line too long");
          }
          byte[] bytes = new byte[(int) (end - start)];
          file.seek(start);
          file.readFully(bytes);
          return new String(bytes, StandardCharsets.UTF_8);
        }
      }
      if (!name.startsWith(BatchOutput.REPORTS_DIRECTORY + "/") || name.contains("..") || name.contains("\\")
          || name.indexOf('/') != name.lastIndexOf('/')) {
        // Only the names this tool writes: a changed table must not make the run read other files.
        throw new IOException("not a report name this tool writes");
      }
      Path file = directory.resolve(name);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("no such report file");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }
}
