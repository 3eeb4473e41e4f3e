package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.csv.SurveyCsvException;
import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of {@link SurveyCsvReader} over a survey CSV, with the errors of the command-line tool: a
 * header that cannot be used or an input that cannot be read is a {@link Failure} naming the file. It
 * counts the bytes read, for the progress bar. Not thread-safe.
 */
final class SurveyInput implements Closeable {
  private final Path file;
  private final CountingStream counting;
  private final SurveyCsvReader reader;

  private SurveyInput(Path file, InputStream in, SurveyCsvLayout layout) {
    this.file = file;
    this.counting = new CountingStream(in);
    try {
      this.reader = SurveyCsvReader.open(counting, layout);
    } catch (SurveyCsvException e) {
      throw new Failure(file + ": " + e.getMessage() + (e.code().equals(SurveyCsvException.HEADER_MISMATCH)
          ? "; the column options (--organization-column, --id-column, --attribute-column, --item-map, ...) say "
              + "which column holds what, and 'alignment instrument --csv-template' prints the header expected"
          : ""));
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(file, e.getCause());
    }
  }

  /** Starts a pass over {@code input}, from its first byte, and reads its header. */
  static SurveyInput open(InputFile input, SurveyCsvLayout layout) {
    return new SurveyInput(input.path(), input.pass(), layout);
  }

  Path file() {
    return file;
  }

  SurveyCsvReader reader() {
    return reader;
  }

  /** Bytes of the file read so far, for progress. */
  long bytesRead() {
    return counting.count();
  }

  /**
   * The next block of one organization's contiguous rows.
   *
   * @return the block, or null at the end of the file
   */
  SurveyCsvReader.Block next() {
    try {
      return reader.next();
    } catch (UncheckedIOException e) {
      throw Inputs.unreadable(file, e.getCause());
    }
  }

  /** The rows read, each scored or rejected. */
  long rowCount() {
    return reader.rowCount();
  }

  /** The lines of the block's responses, in order. */
  static List<Long> lines(SurveyCsvReader.Block block) {
    int n = block.responses().map(r -> r.size()).orElse(0);
    List<Long> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lines.add(block.line(i));
    }
    return lines;
  }

  /** The reader's rejection as the tool's. */
  static Rejection rejection(SurveyCsvReader.Rejection r) {
    return new Rejection(r.line(), r.organization(), r.reason(), r.repeatOf());
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Nothing was written; a failed close of an input loses nothing.
    }
  }
}
