package io.github.serviceculture.alignment.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Outputs written atomically: each is written under a temporary name beside its final place
 * ({@code .NAME.<random>.tmp}) and renamed into place by {@link #commit()} once the whole run has
 * succeeded. {@link #close()} without a commit deletes the temporary files, and so does a shutdown
 * hook when the JVM is interrupted: a failed or interrupted run never leaves a file that looks
 * complete. Not thread-safe.
 */
final class OutputSet implements AutoCloseable {
  private final Map<Path, Path> temporaryToFinal = new LinkedHashMap<>();
  private final Thread cleaner = new Thread(this::deleteTemporaries, "alignment-cli-cleanup");
  private boolean hooked;
  private boolean committed;

  /** Reserves a temporary file for {@code target}. */
  Path file(Path target) {
    return reserve(target, false);
  }

  /** Reserves a temporary directory for {@code target}. */
  Path directory(Path target) {
    return reserve(target, true);
  }

  private Path reserve(Path target, boolean directory) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    Path temporary = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
        + ".tmp");
    try {
      Files.createDirectories(parent);
      if (directory) {
        Files.createDirectory(temporary);
      }
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

  /** Renames every temporary output into place, replacing what was there. */
  void commit() {
    try {
      for (Map.Entry<Path, Path> e : temporaryToFinal.entrySet()) {
        Path temporary = e.getKey();
        Path target = e.getValue();
        if (Files.isDirectory(temporary)) {
          Path old = null;
          if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".old");
            Files.move(target, old);
          }
          Files.move(temporary, target);
          if (old != null) {
            deleteRecursively(old);
          }
        } else {
          move(temporary, target);
        }
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

  List<Path> targets() {
    return new ArrayList<>(temporaryToFinal.values());
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
        deleteRecursively(temporary);
      } catch (IOException | UncheckedIOException e) {
        // Best effort: the name still says it is temporary.
      }
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
