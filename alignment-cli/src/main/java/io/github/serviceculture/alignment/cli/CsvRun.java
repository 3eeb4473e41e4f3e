package io.github.serviceculture.alignment.cli;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a survey CSV grouped by organization and hands each organization to the {@link Pipeline}.
 *
 * <p><b>Grouped input</b> (every organization's rows together, in any order of organizations) is
 * read once, holding one organization's rows at a time. When an organization reappears after
 * another began, the input is not grouped: that first pass is abandoned, its outputs discarded, and
 * the file is read again, this time spilling every row to a temporary file with an index of each
 * organization's rows; organizations are then read back one at a time from the spill, in the order
 * they first appear. That costs a second read of the input and temporary space about the size of the
 * rows (a little more than the input); {@code --unsorted} goes to the spill directly. Either way organizations come out in order
 * of first appearance, so the outputs are the same.
 *
 * <p>Both passes read the same open {@link InputFile}, which is checked to be unchanged after each pass, so the
 * second pass cannot read another file of the same name. An input that can be read only once (a pipe) is refused
 * when it turns out not to be grouped. The spill has no name (see {@link Spill}).
 */
final class CsvRun {
  /** The name of spill files; older versions left them by name in the output directory. */
  static final String SPILL_PREFIX = ".alignment-spill-";
  private static final String SPILL_SUFFIX = ".tmp";

  private final InputFile source;
  private final Path file;
  /** The first pass, already past the header; null once used. */
  private CsvInput first;
  private final List<String> header;
  private final char separator;
  private final SurveyRows rows;
  private final Scorer scorer;
  private final Terminal terminal;
  private final int threads;
  private final Path tempDirectory;

  /**
   * @param source the input, held open for every pass
   * @param first the first pass over {@code source}, whose header made {@code rows}
   */
  CsvRun(InputFile source, CsvInput first, char separator, SurveyRows rows, Scorer scorer, Terminal terminal,
      int threads, Path tempDirectory) {
    this.source = source;
    this.first = first;
    this.header = first.header();
    this.file = source.path();
    this.separator = separator;
    this.rows = rows;
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
    long read = 0;
    try (CsvInput in = pass();
        Pipeline pipeline = new Pipeline(threads, sink::accept);
        Progress progress = terminal.progress("scoring", source.size(), "MiB", 1 << 20)) {
      Map<String, Long> finished = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      String current = null;
      long currentFirst = 0;
      List<CsvInput.Row> group = new ArrayList<>();
      for (CsvInput.Row row = in.next(); row != null; row = in.next()) {
        read++;
        if ((read & 255) == 0) {
          progress.stepTo(in.bytesRead());
        }
        String organization = organizationOrReject(row, pipeline);
        if (organization == null) {
          continue;
        }
        if (!organization.equals(current)) {
          if (current != null) {
            submit(pipeline, current, group);
            group = new ArrayList<>();
            finished.put(current, currentFirst);
          }
          if (!seen.add(organization)) {
            throw new NotGrouped(organization, row.line(), finished.get(organization));
          }
          current = organization;
          currentFirst = row.line();
        }
        group.add(row);
      }
      if (current != null) {
        submit(pipeline, current, group);
      }
      pipeline.finish();
      progress.stepTo(in.bytesRead());
    }
    return read;
  }

  /** Rejects a row with no usable organization at once; returns the organization otherwise. */
  private String organizationOrReject(CsvInput.Row row, Pipeline pipeline) {
    // Before the row can be spilled: the spill's UTF-8 would turn the mark of invalid bytes into '?'.
    if (SurveyRows.hasInvalidUtf8(row)) {
      pipeline.submitDone(Outcome.rejected(new Rejection(row.line(), "", SurveyRows.INVALID_UTF8_ROW)));
      return null;
    }
    if (!rows.fits(row)) {
      pipeline.submitDone(Outcome.rejected(new Rejection(row.line(), "", rows.widthProblem(row))));
      return null;
    }
    String organization = rows.organization(row).orElse(null);
    if (organization == null) {
      pipeline.submitDone(Outcome.rejected(new Rejection(row.line(), "", "no organization")));
    }
    return organization;
  }

  private void submit(Pipeline pipeline, String organization, List<CsvInput.Row> group) {
    List<CsvInput.Row> rowsOfOrganization = List.copyOf(group);
    pipeline.submit(() -> scorer.csv(rows, organization, rowsOfOrganization));
  }

  /**
   * The next pass over the input: the one that read the header first, then passes from the first byte of the
   * same open file (with the same header, or the file changed).
   */
  private CsvInput pass() {
    if (first != null) {
      CsvInput in = first;
      first = null;
      return in;
    }
    CsvInput in = CsvInput.open(source, separator);
    if (!in.header().equals(header)) {
      in.close();
      throw new Failure(file + ": the header changed while this run was reading the file; nothing was written");
    }
    return in;
  }

  private long spilled(Sink sink, boolean secondRead) {
    long started = System.nanoTime();
    // The spill holds whole rows (ids and answers): it has no name from the moment it is created (see Spill),
    // so that nothing of it outlives this channel, even after kill -9.
    FileChannel spill = Spill.open(tempDirectory);
    try (Pipeline pipeline = new Pipeline(threads, sink::accept)) {
      long read = 0;
      long bytes = 0;
      Map<String, LongList> index = new LinkedHashMap<>();
      try (CsvInput in = pass();
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Spill.writer(spill), 1 << 16));
          Progress progress = terminal.progress("indexing", source.size(), "MiB", 1 << 20)) {
        for (CsvInput.Row row = in.next(); row != null; row = in.next()) {
          read++;
          if ((read & 255) == 0) {
            progress.stepTo(in.bytesRead());
          }
          String organization = organizationOrReject(row, pipeline);
          if (organization == null) {
            continue;
          }
          index.computeIfAbsent(organization, o -> new LongList()).add(bytes);
          bytes += write(out, row);
        }
        progress.stepTo(in.bytesRead());
      } catch (IOException e) {
        throw new Failure(tempDirectory + ": cannot write the temporary spill file (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); --temp-dir chooses another place");
      }
      terminal.detail(String.format(java.util.Locale.ROOT,
          "indexed %d organizations; spilled %d rows, %d bytes, to %s in %.1f s", index.size(), read, bytes,
          tempDirectory, (System.nanoTime() - started) / 1e9));
      try (Progress progress = terminal.progress("scoring", read, "rows", 1)) {
        long done = 0;
        for (Map.Entry<String, LongList> e : index.entrySet()) {
          List<CsvInput.Row> group = new ArrayList<>(e.getValue().size);
          for (int i = 0; i < e.getValue().size; i++) {
            group.add(read(spill, e.getValue().values[i]));
          }
          submit(pipeline, e.getKey(), group);
          done += group.size();
          progress.stepTo(done);
        }
        pipeline.finish();
      } catch (IOException e) {
        throw new Failure(tempDirectory + ": cannot read the temporary spill file back ("
            + e.getClass().getSimpleName() + ")");
      }
      terminal.info(String.format(java.util.Locale.ROOT,
          "unsorted input cost: %s of %s and %s of temporary space, read back by organization (%d rows of %d "
              + "organizations)", secondRead ? "a second read" : "one read", file, humanBytes(bytes), read,
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

  /**
   * A record: its length, the line, the number of fields, then each field as its length (a varint:
   * one byte for fields under 128 bytes) and its UTF-8 bytes.
   */
  private static long write(DataOutputStream out, CsvInput.Row row) throws IOException {
    byte[][] fields = new byte[row.fields().length][];
    int length = 8 + 4;
    for (int i = 0; i < fields.length; i++) {
      fields[i] = row.fields()[i].getBytes(StandardCharsets.UTF_8);
      length += varintSize(fields[i].length) + fields[i].length;
    }
    out.writeInt(length);
    out.writeLong(row.line());
    out.writeInt(fields.length);
    for (byte[] field : fields) {
      for (int v = field.length; ; v >>>= 7) {
        if (v < 0x80) {
          out.writeByte(v);
          break;
        }
        out.writeByte((v & 0x7F) | 0x80);
      }
      out.write(field);
    }
    return 4L + length;
  }

  private static int varintSize(int v) {
    int size = 1;
    while (v >= 0x80) {
      v >>>= 7;
      size++;
    }
    return size;
  }

  private static int readVarint(ByteBuffer body) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = body.get();
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  private static CsvInput.Row read(FileChannel channel, long offset) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(4);
    readFully(channel, head, offset);
    ByteBuffer body = ByteBuffer.allocate(head.flip().getInt());
    readFully(channel, body, offset + 4);
    body.flip();
    long line = body.getLong();
    String[] fields = new String[body.getInt()];
    for (int i = 0; i < fields.length; i++) {
      byte[] bytes = new byte[readVarint(body)];
      body.get(bytes);
      fields[i] = new String(bytes, StandardCharsets.UTF_8);
    }
    return new CsvInput.Row(line, fields);
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException("the spill file is shorter than its index");
      }
      at += n;
    }
  }

  /** A growable array of offsets: 8 bytes per row, the only per-row memory of the unsorted path. */
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
