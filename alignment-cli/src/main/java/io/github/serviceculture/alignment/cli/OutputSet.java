package io.github.serviceculture.alignment.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Single output files ({@code score -o}, {@code validate --errors}) written atomically: each is
 * written under a temporary name beside its final place ({@code .NAME.<8 hex digits>.tmp}) and
 * renamed into place by {@link #commit()} once the whole run has succeeded. {@link #close()} without a
 * commit deletes the temporary files, and so does a shutdown hook when the JVM is interrupted: a
 * failed or interrupted run never leaves a file that looks complete. Temporary files of that name that
 * a killed run left beside the target are removed when the target is reserved.
 *
 * <p>Only a regular file, or nothing, is ever replaced: a target that is a directory, a symbolic
 * link, a device (such as {@code /dev/null}), a FIFO or a socket is refused, and so is a target that
 * is one of the run's inputs. The batch's output directory is handled by {@link OutputDirectory}.
 * Not thread-safe.
 */
final class OutputSet implements AutoCloseable {
  private final Map<Path, Path> temporaryToFinal = new LinkedHashMap<>();
  private final Thread cleaner = new Thread(this::deleteTemporaries, "alignment-cli-cleanup");
  private boolean hooked;
  private boolean committed;

  /**
   * Reserves a temporary file for {@code target}.
   *
   * @param target the file to write, which must be absent or a regular file
   * @param inputs the run's input files, none of which may be {@code target}
   * @throws Failure when the target is not a regular file, is an input, or its directory cannot be written
   */
  Path file(Path target, List<Path> inputs) {
    Path absolute = target.toAbsolutePath();
    refuseSpecial(target, absolute);
    for (Path input : inputs) {
      if (sameFile(input, absolute)) {
        throw new Failure(target + ": is also an input of this run; write the output to another file");
      }
    }
    Path parent = absolute.getParent();
    Path temporary = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
        + ".tmp");
    try {
      Files.createDirectories(parent);
      removeLeftovers(absolute);
    } catch (IOException e) {
      throw new Failure(parent + ": cannot write there (" + e.getClass().getSimpleName() + ")");
    }
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(cleaner);
      hooked = true;
    }
    temporaryToFinal.put(temporary, absolute);
    return temporary;
  }

  private static void refuseSpecial(Path shown, Path target) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return;
    }
    String kind = attributes.isSymbolicLink() ? "a symbolic link" : attributes.isDirectory() ? "a directory"
        : attributes.isOther() ? "a device, FIFO or socket" : null;
    if (kind != null) {
      throw new Failure(shown + ": is " + kind + ", not a regular file; the tool replaces only regular files, so "
          + "nothing was written (name a file, or leave out the option to write to stdout)");
    }
  }

  private static boolean sameFile(Path input, Path target) {
    try {
      return Files.exists(input) && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(input, target);
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes the temporary files of this target that a killed run left, recognized by their name. */
  private static void removeLeftovers(Path target) throws IOException {
    Pattern leftover = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-f]{8}\\.tmp");
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
      for (Path p : siblings) {
        if (leftover.matcher(p.getFileName().toString()).matches()
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          found.add(p);
        }
      }
    }
    for (Path p : found) {
      Files.deleteIfExists(p);
    }
  }

  /** Renames every temporary output into place, replacing what was there. */
  void commit() {
    try {
      for (Map.Entry<Path, Path> e : temporaryToFinal.entrySet()) {
        // Checked again: the target may have been replaced by a link or a device since it was reserved.
        refuseSpecial(e.getValue(), e.getValue());
        move(e.getKey(), e.getValue());
      }
      committed = true;
    } catch (IOException e) {
      throw new Failure("cannot move the outputs into place (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + ")");
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      deleteTemporaries();
    }
    if (hooked) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleaner);
      } catch (IllegalStateException e) {
        // The JVM is shutting down; the hook runs anyway.
      }
      hooked = false;
    }
  }

  private synchronized void deleteTemporaries() {
    for (Path temporary : temporaryToFinal.keySet()) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Best effort: the name still says it is temporary, and the next run removes it.
      }
    }
  }
}
