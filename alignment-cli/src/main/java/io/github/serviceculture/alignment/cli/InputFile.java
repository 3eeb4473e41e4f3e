package io.github.serviceculture.alignment.cli;

import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * One input read in one or more passes that all see the same bytes. A regular file is opened once, as one
 * {@link FileChannel}, and every pass reads that channel from position 0: a second pass never re-opens the file
 * by name. Its identity (file key, size, modification time) is taken at open, and {@link #checkUnchanged()}
 * compares it with the file now, so that a file that is modified in place or replaced during the run is an
 * error ({@link Failure}, exit 3), never a silent mix of two files.
 *
 * <p>A pipe, a FIFO, a device or {@code -} (standard input) is read as it comes, once: {@link #pass()} fails fast
 * with a clear message when a second pass is asked for, instead of blocking on a FIFO that has no writer left.
 *
 * <p>Not thread-safe; used by the reading thread only.
 */
final class InputFile implements AutoCloseable {
  /** The name that means standard input. */
  static final String STDIN = "-";

  private final Path path;
  private final FileChannel channel;
  private final InputStream stream;
  private final Object key;
  private final long size;
  private final FileTime modified;
  private int passes;

  private InputFile(Path path, FileChannel channel, InputStream stream, BasicFileAttributes attributes) {
    this.path = path;
    this.channel = channel;
    this.stream = stream;
    this.key = attributes == null ? null : attributes.fileKey();
    this.size = attributes == null ? 0 : attributes.size();
    this.modified = attributes == null ? null : attributes.lastModifiedTime();
  }

  /**
   * Opens an input: {@code -} is standard input; a regular file is held open for every pass; anything else (a
   * FIFO, a device) is opened once as a stream.
   *
   * @throws Failure when it cannot be opened
   */
  static InputFile open(Path path) {
    if (isStdin(path)) {
      return new InputFile(path, null, System.in, null);
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isRegularFile()) {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        // The identity of what was opened, read after the open so that a replacement in between is noticed too.
        return new InputFile(path, channel, null, Files.readAttributes(path, BasicFileAttributes.class));
      }
      if (attributes.isDirectory()) {
        throw new Failure(path + ": is a directory, not a file");
      }
      // A FileInputStream, not Files.newInputStream: the latter asks a FIFO for its position ("Illegal seek").
      return new InputFile(path, null, new FileInputStream(path.toFile()), null);
    } catch (IOException e) {
      throw Inputs.unreadable(path, e);
    }
  }

  static boolean isStdin(Path path) {
    return path.toString().equals(STDIN);
  }

  Path path() {
    return path;
  }

  /** Whether more than one pass is possible: a regular file. */
  boolean rereadable() {
    return channel != null;
  }

  /** The size in bytes, for progress; 0 when not known (a pipe). */
  long size() {
    return size;
  }

  /**
   * The input from its first byte. Closing the stream does not close the input. A regular file is checked to be
   * unchanged before each pass after the first.
   *
   * @throws Failure when the input is a pipe that was already read, or the file changed
   */
  InputStream pass() {
    passes++;
    if (channel == null) {
      if (passes > 1) {
        throw new Failure(path + ": " + (isStdin(path) ? "standard input" : "a pipe or device") + " can be read only "
            + "once, and this run needs a second pass over it; save it to a file first, or for an unsorted CSV "
            + "give --unsorted, which reads its input once");
      }
      return new Unclosed(stream);
    }
    if (passes > 1) {
      checkUnchanged();
    }
    try {
      channel.position(0);
    } catch (IOException e) {
      throw Inputs.unreadable(path, e);
    }
    return new Unclosed(Channels.newInputStream(channel));
  }

  /**
   * Fails when the file held open is no longer the file at its path, or when its size or modification time
   * changed since it was opened. Nothing to check for a pipe, which is read once.
   *
   * @throws Failure naming the file and what changed
   */
  void checkUnchanged() {
    if (channel == null) {
      return;
    }
    String change;
    try {
      BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
      if (!Objects.equals(key, now.fileKey())) {
        change = "was replaced by another file";
      } else if (now.size() != size || channel.size() != size) {
        change = "changed size";
      } else if (!now.lastModifiedTime().equals(modified)) {
        change = "was modified";
      } else {
        return;
      }
    } catch (IOException e) {
      change = "can no longer be read (" + e.getClass().getSimpleName() + ")";
    }
    throw new Failure(path + ": " + change + " while this run was reading it; nothing was written. Run again once "
        + "the file stays put (copy it first if something else writes it)");
  }

  @Override
  public void close() {
    try {
      if (channel != null) {
        channel.close();
      } else if (!isStdin(path)) {
        stream.close();
      }
    } catch (IOException e) {
      // An input: a failed close loses nothing.
    }
  }

  /** A view whose close leaves the input open for the next pass. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The InputFile closes the input.
    }
  }
}
