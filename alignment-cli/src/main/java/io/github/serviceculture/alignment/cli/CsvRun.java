package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a survey CSV grouped by organization and hands each organization to the {@link Pipeline}.
 * The reading thread parses and validates the rows ({@link SurveyCsvReader}); the workers score.
 *
 * <p><b>Grouped input</b> (every organization's rows together, in any order of organizations) is
 * read once, holding one organization's rows at a time. When an organization reappears after
 * another began, the input is not grouped: that first pass is abandoned, its outputs discarded, and
 * the file is read again, this time spilling every block of rows, as read and validated, to a temporary
 * file with an index of each organization's blocks; organizations are then read back one at a time from the spill, in the order
 * they first appear. That costs a second read of the input and temporary space about the size of the
 * rows; {@code --unsorted} goes to the spill directly. Either way organizations come out in order
 * of first appearance, so the outputs are the same.
 *
 * <p>Both passes read the same open {@link InputFile}, which is checked to be unchanged after each pass, so the
 * second pass cannot read another file of the same name. An input that can be read only once (a pipe) is refused
 * when it turns out not to be grouped. The spill has no name (see {@link Spill}).
 */
final class CsvRun {
  /** The name of spill files; older versions left them by name in the output directory. */
  static final String SPILL_PREFIX = ".alignment-spill-";

  private final InputFile source;
  private final Path file;
  /** The first pass, already past the header; null once used. */
  private SurveyInput first;
  private final List<String> header;
  private final SurveyCsvLayout layout;
  private final Scorer scorer;
  private final Terminal terminal;
  private final int threads;
  private final Path tempDirectory;

  /**
   * @param source the input, held open for every pass
   * @param first the first pass over {@code source}
   */
  CsvRun(InputFile source, SurveyInput first, Scorer scorer, Terminal terminal, int threads, Path tempDirectory) {
    this.source = source;
    this.first = first;
    this.header = first.reader().header();
    this.layout = first.reader().layout();
    this.file = source.path();
    this.scorer = scorer;
    this.terminal = terminal;
    this.threads = threads;
    this.tempDirectory = tempDirectory;
  }

  /** Thrown by the grouped pass when an organization reappears. */
  private static final class NotGrouped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String organization;
    final long line;
    final long firstLine;

    NotGrouped(String organization, long line, long firstLine) {
      super(null, null, false, false);
      this.organization = organization;
      this.line = line;
      this.firstLine = firstLine;
    }
  }

  /** The result of a run: rows read, and the sink that holds (and has committed) the outputs. */
  record Result(long read, Sink sink) {}

  /**
   * Runs the file through the sinks made by {@code sinks}; the returned sink is committed by the caller.
   *
   * @param sinks makes a fresh sink; called again when the first pass is abandoned
   * @param unsorted go to the spill directly
   */
  Result run(Supplier<Sink> sinks, boolean unsorted) {
    long started = System.nanoTime();
    if (!unsorted) {
      Sink sink = sinks.get();
      try {
        long read = grouped(sink);
        source.checkUnchanged();
        terminal.detail(String.format(java.util.Locale.ROOT, "one pass over %s (grouped by organization) in %.1f s",
            file, (System.nanoTime() - started) / 1e9));
        return new Result(read, sink);
      } catch (NotGrouped e) {
        sink.close();
        if (!source.rereadable()) {
          throw new Failure(file + ": not grouped by organization: '" + Printable.name(e.organization) + "' at line "
              + e.line
              + " reappears after other organizations (its rows began at line " + e.firstLine + "), and "
              + (InputFile.isStdin(file) ? "standard input" : "a pipe") + " can be read only once: give --unsorted, "
              + "which spills the rows as they are read, or save the input to a file first");
        }
        terminal.info("note: " + file + " is not grouped by organization: '" + Printable.name(e.organization)
            + "' at line " + e.line
            + " reappears after other organizations (its rows began at line " + e.firstLine + "); reading the file "
            + "again through a temporary spill file (use --unsorted to skip the first attempt)");
      } catch (RuntimeException e) {
        sink.close();
        throw e;
      }
    }
    Sink sink = sinks.get();
    try {
      long read = spilled(sink, !unsorted);
      source.checkUnchanged();
      return new Result(read, sink);
    } catch (RuntimeException e) {
      sink.close();
      throw e;
    }
  }

  private long grouped(Sink sink) {
    try (SurveyInput in = pass();
        Pipeline pipeline = new Pipeline(threads, sink::accept);
        Progress progress = terminal.progress("scoring", source.size(), "MiB", 1 << 20)) {
      Map<String, Long> firstLines = new HashMap<>();
      for (SurveyCsvReader.Block block = in.next(); block != null; block = in.next()) {
        progress.stepTo(in.bytesRead());
        OrganizationRows rows = ownRows(block, pipeline);
        if (rows == null) {
          continue;
        }
        Long earlier = firstLines.putIfAbsent(rows.organization(), rows.firstLine());
        if (earlier != null) {
          throw new NotGrouped(rows.organization(), rows.firstLine(), earlier);
        }
        pipeline.submit(() -> scorer.csv(rows));
      }
      pipeline.finish();
      progress.stepTo(in.bytesRead());
      return in.rowCount();
    }
  }

  /**
   * Hands the rejected rows of a block whose organization could not be read to the pipeline at once, as
   * rejected rows of no organization; returns the rest of the block, or null when nothing is left.
   */
  private static OrganizationRows ownRows(SurveyCsvReader.Block block, Pipeline pipeline) {
    List<Rejection> own = new ArrayList<>();
    for (SurveyCsvReader.Rejection r : block.rejections()) {
      // Without an organization column, every row is of the one organization named "".
      if (r.organization().isEmpty() && !block.organization().isEmpty()) {
        pipeline.submitDone(Outcome.rejected(SurveyInput.rejection(r)));
      } else {
        own.add(SurveyInput.rejection(r));
      }
    }
    if (block.responses().isEmpty() && own.isEmpty()) {
      return null;
    }
    return OrganizationRows.of(block, own);
  }

  /**
   * The next pass over the input: the one that read the header first, then passes from the first byte of the
   * same open file (with the same header, or the file changed).
   */
  private SurveyInput pass() {
    if (first != null) {
      SurveyInput in = first;
      first = null;
      return in;
    }
    SurveyInput in = SurveyInput.open(source, layout);
    if (!in.reader().header().equals(header)) {
      in.close();
      throw new Failure(file + ": the header changed while this run was reading the file; nothing was written");
    }
    return in;
  }

  private long spilled(Sink sink, boolean secondRead) {
    long started = System.nanoTime();
    // The spill holds ids and answers: it has no name from the moment it is created (see Spill), so that
    // nothing of it outlives this channel, even after kill -9.
    FileChannel spill = Spill.open(tempDirectory);
    try (Pipeline pipeline = new Pipeline(threads, sink::accept)) {
      long read;
      long bytes = 0;
      long rowsSpilled = 0;
      Map<String, LongList> index = new LinkedHashMap<>();
      try (SurveyInput in = pass();
          OutputStream out = new BufferedOutputStream(Spill.writer(spill), 1 << 16);
          Progress progress = terminal.progress("indexing", source.size(), "MiB", 1 << 20)) {
        for (SurveyCsvReader.Block block = in.next(); block != null; block = in.next()) {
          progress.stepTo(in.bytesRead());
          OrganizationRows rows = ownRows(block, pipeline);
          if (rows == null) {
            continue;
          }
          index.computeIfAbsent(rows.organization(), o -> new LongList()).add(bytes);
          bytes += SpilledRows.write(out, rows);
          rowsSpilled += rows.rowCount();
        }
        progress.stepTo(in.bytesRead());
        read = in.rowCount();
      } catch (IOException e) {
        throw new Failure(tempDirectory + ": cannot write the temporary spill file (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); --temp-dir chooses another place");
      }
      terminal.detail(String.format(java.util.Locale.ROOT,
          "indexed %d organizations; spilled %d rows, %d bytes, to %s in %.1f s", index.size(), rowsSpilled, bytes,
          tempDirectory, (System.nanoTime() - started) / 1e9));
      try (Progress progress = terminal.progress("scoring", rowsSpilled, "rows", 1)) {
        long done = 0;
        for (LongList offsets : index.values()) {
          List<OrganizationRows> parts = new ArrayList<>(offsets.size);
          for (int i = 0; i < offsets.size; i++) {
            parts.add(SpilledRows.read(spill, offsets.values[i], layout.instrument()));
          }
          OrganizationRows rows = OrganizationRows.merge(layout.instrument(), parts);
          pipeline.submit(() -> scorer.csv(rows));
          done += rows.rowCount();
          progress.stepTo(done);
        }
        pipeline.finish();
      } catch (IOException e) {
        throw new Failure(tempDirectory + ": cannot read the temporary spill file back ("
            + e.getClass().getSimpleName() + ")");
      }
      terminal.info(String.format(java.util.Locale.ROOT,
          "unsorted input cost: %s of %s and %s of temporary space, read back by organization (%d rows of %d "
              + "organizations)", secondRead ? "a second read" : "one read", file, humanBytes(bytes), rowsSpilled,
          index.size()));
      return read;
    } finally {
      Spill.close(spill);
    }
  }

  static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double kib = bytes / 1024.0;
    return kib < 1024 ? String.format(java.util.Locale.ROOT, "%.1f KiB", kib)
        : String.format(java.util.Locale.ROOT, "%.1f MiB", kib / 1024);
  }

  /** A growable array of offsets: 8 bytes per block, the only per-row memory of the unsorted path. */
  private static final class LongList {
    long[] values = new long[4];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
