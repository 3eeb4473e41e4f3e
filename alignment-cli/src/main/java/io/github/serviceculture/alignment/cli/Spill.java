package io.github.serviceculture.alignment.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * The temporary file that holds the rows of an unsorted CSV: whole rows, respondent ids and answers included.
 *
 * <p>It is created owner-only ({@code 0600}; a directory the tool creates for it is {@code 0700}) and deleted
 * from its directory at once, before a byte is written: the open channel keeps the data reachable for this run
 * only, and the operating system frees it when the channel closes or the process ends in any way, {@code kill -9}
 * included. Nothing of it has a name for longer than the instant between the create and the delete, when it is
 * still empty. Where a file cannot be deleted while open (Windows), it is deleted when the channel closes.
 */
final class Spill {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Older than this, a named spill file belongs to no running version of the tool. */
  private static final Duration STALE = Duration.ofMinutes(1);

  private Spill() {}

  /**
   * Creates a nameless spill file in {@code directory}.
   *
   * @throws Failure when it cannot be created
   */
  static FileChannel open(Path directory) {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    try {
      if (!Files.isDirectory(directory)) {
        if (posix) {
          Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
              "rwx------")));
        } else {
          Files.createDirectories(directory);
        }
      }
      Path path = directory.resolve(CsvRun.SPILL_PREFIX + HexFormat.of().formatHex(randomBytes()) + ".tmp");
      Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
          StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
      FileAttribute<?>[] attributes = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
          : new FileAttribute<?>[0];
      FileChannel channel = FileChannel.open(path, options, attributes);
      try {
        // On Unix DELETE_ON_CLOSE already unlinked it; this makes that a guarantee rather than a JDK detail.
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // Open files cannot be deleted on Windows; DELETE_ON_CLOSE deletes it there.
      }
      return channel;
    } catch (IOException | UnsupportedOperationException e) {
      throw new Failure(directory + ": cannot create the temporary spill file (" + e.getClass().getSimpleName()
          + "); --temp-dir chooses another place");
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Appends to the channel from its current position; closing the stream leaves the channel open. */
  static OutputStream writer(FileChannel channel) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    };
  }

  static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // The file has no name; the system frees it with the process at the latest.
    }
  }

  /**
   * Deletes the named spill files that earlier versions of the tool left in {@code directory} when killed
   * (this version never leaves one). Files younger than a minute are left alone, as are those of other users.
   */
  static void removeStale(Path directory) {
    if (directory == null || !Files.isDirectory(directory)) {
      return;
    }
    Instant before = Instant.now().minus(STALE);
    java.nio.file.attribute.UserPrincipal self;
    try {
      self = directory.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    try (DirectoryStream<Path> spills = Files.newDirectoryStream(directory, CsvRun.SPILL_PREFIX + "*.tmp")) {
      for (Path spill : spills) {
        try {
          if (Files.isRegularFile(spill, LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(spill, LinkOption.NOFOLLOW_LINKS).compareTo(FileTime.from(before)) < 0
              && self.equals(Files.getOwner(spill, LinkOption.NOFOLLOW_LINKS))) {
            Files.delete(spill);
          }
        } catch (IOException e) {
          // Someone else's, or gone already.
        }
      }
    } catch (IOException e) {
      // An unreadable directory: nothing to tidy that we could have written.
    }
  }
}
