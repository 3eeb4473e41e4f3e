package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --release-key-file}: the caller's secret that seals a ledger into every report, so that the
 * next release of the same survey, given its previous release, can refuse figures that would single
 * someone out by difference. The file's bytes are the secret; they never appear in a message.
 */
final class ReleaseOptions {
  /**
   * The most bytes a key file may hold: far more than a key needs, and small enough that a wrong
   * path (a survey, {@code /dev/urandom}) is refused at once instead of being read as a key.
   */
  static final int MAXIMUM_KEY_FILE_LENGTH = 4096;

  @Option(names = "--release-key-file", paramLabel = "FILE",
      description = "File whose bytes (at least 32; such as from 'openssl rand 32 > release.key', readable by its "
          + "owner only) are the secret that seals a ledger into every report, so that a later run given this one "
          + "with --previous can refuse figures that would single someone out by difference. Keep it as secret as "
          + "the responses, and keep using the same file for the same survey.")
  Path keyFile;

  /**
   * The key, or null when no key file was given.
   *
   * @param warn receives a warning when other users may read the file
   * @throws UsageFailure when the file cannot be read, is too short or too long; the message names the
   *     file and its length, never its bytes
   */
  ReleaseKey key(java.util.function.Consumer<String> warn) {
    if (keyFile == null) {
      return null;
    }
    byte[] secret = read(keyFile);
    try {
      warnIfShared(keyFile, warn);
      return ReleaseKey.of(secret);
    } catch (InvalidValueException e) {
      throw new UsageFailure(keyFile + ": a release key needs at least " + ReleaseKey.MINIMUM_LENGTH
          + " bytes; this file has " + secret.length + " (make one with: openssl rand 32 > " + keyFile.getFileName()
          + ")");
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UsageFailure(file + ": is a directory, not a release key file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAXIMUM_KEY_FILE_LENGTH + 1);
      if (bytes.length > MAXIMUM_KEY_FILE_LENGTH) {
        Arrays.fill(bytes, (byte) 0);
        throw new UsageFailure(file + ": holds more than " + MAXIMUM_KEY_FILE_LENGTH + " bytes; a release key file "
            + "holds a short random secret (openssl rand 32 > release.key)");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new UsageFailure(file + ": no such release key file");
    } catch (IOException e) {
      // The exception's own message may name the path only; it never holds the file's bytes.
      throw new UsageFailure(file + ": the release key file cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Warns, rather than refuses, when the group or others may read the key: secrets mounted into a
   * container are often readable by all by default, where no other user can reach them; on a shared
   * machine the warning says what to do.
   */
  private static void warnIfShared(Path file, java.util.function.Consumer<String> warn) {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException | IOException e) {
      return;
    }
    Set<PosixFilePermission> shared = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    shared.retainAll(permissions);
    if (!shared.isEmpty()) {
      warn.accept(file + ": the release key file is readable by "
          + (shared.contains(PosixFilePermission.OTHERS_READ) ? "other users" : "its group")
          + "; whoever holds the key and knows a respondent's id can tell which released groups counted them "
          + "(chmod 600 " + file + ")");
    }
  }
}
