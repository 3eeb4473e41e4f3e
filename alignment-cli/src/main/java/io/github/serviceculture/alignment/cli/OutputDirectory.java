package io.github.serviceculture.alignment.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A batch's output directory {@code OUT}, replaced as a whole, and only when it holds nothing but a
 * previous set this tool wrote.
 *
 * <p><b>Ownership.</b> Every set carries a manifest, {@value #MANIFEST}: one {@code sha256sum} line
 * per file of the set (the manifest itself excepted), so {@code sha256sum -c manifest.sha256} checks
 * it. An existing {@code OUT} is replaced only when it is empty, or when every file in it is listed in
 * its manifest with the same SHA-256 (listed files may be missing) and every directory holds a listed
 * file; anything else (a file the manifest does not list, a changed file, a link, a device) is refused
 * with a {@link Failure} before any file is touched. An input inside {@code OUT} is refused the same
 * way.
 *
 * <p><b>All or nothing.</b> The new set is written into a staging directory beside {@code OUT},
 * {@code .OUT.alignment-new-ID}, and its manifest is written last (under a temporary name, then
 * renamed), so a staging directory with a manifest is complete. {@link #commit()} then checks {@code
 * OUT} again, renames it to {@code .OUT.alignment-old-ID}, renames the staging directory to {@code
 * OUT} and deletes the old one. Java has no atomic exchange of two directories: between the two
 * renames {@code OUT} does not exist, and both complete sets sit beside it under those names. The
 * next run sees that pair and renames the complete new set into place before doing anything else
 * (see {@link #recover}); it then removes every leftover of this tool beside {@code OUT}: directories
 * named {@code .OUT.alignment-new-ID} or {@code .OUT.alignment-old-ID} that hold only the files of a
 * set (checked against their manifest when they have one, or by name when the manifest was never
 * written or already deleted). A leftover holding anything else is left alone, with a warning.
 *
 * <p>{@link #close()} without a commit deletes the staging directory; so does a shutdown hook when the
 * JVM is interrupted. The hook and {@link #commit()} hold the same lock, so an interrupt during the
 * commit waits for it to finish. Not otherwise thread-safe.
 */
final class OutputDirectory implements AutoCloseable {
  /** The manifest's name in {@code OUT}. */
  static final String MANIFEST = "manifest.sha256";
  private static final String MANIFEST_PARTIAL = ".manifest.sha256.partial";
  private static final String MANIFEST_HEADER = "# Written by alignment batch: the files of this output set and "
      + "their SHA-256. Check them with: sha256sum -c " + MANIFEST;
  private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
  /** The spill file that {@code batch} may create in {@code OUT} (its default temporary directory). */
  private static final Pattern SPILL = Pattern.compile("\\.alignment-spill--?[0-9]+\\.tmp");
  /**
   * The names a set's top level may hold; report files are {@code reports/*.json} and {@code
   * reports/*.html}, comparison documents {@code comparisons/*.json} and {@code comparisons/*.html}.
   */
  private static final Set<String> SET_NAMES = Set.of(BatchOutput.REPORTS_DIRECTORY, BatchOutput.REPORTS_JSONL,
      BatchOutput.COMPARISONS_DIRECTORY, BatchOutput.CHANGES_CSV,
      BatchOutput.INDEX_HTML, BatchOutput.ORGANIZATIONS_CSV, BatchOutput.DIMENSIONS_CSV, BatchOutput.FINDINGS_CSV,
      BatchOutput.AGGREGATION_CSV, BatchOutput.AGGREGATION_JSON, BatchOutput.GROUP_DIFFERENCES_CSV,
      BatchOutput.ITEMS_CSV, BatchOutput.DRIVERS_CSV, BatchOutput.NORMS_CSV, BatchOutput.RELIABILITY_CSV,
      BatchOutput.ITEM_ANALYSIS_CSV, BatchOutput.SCORES_CSV, BatchOutput.REJECTED_CSV, MANIFEST, MANIFEST_PARTIAL);

  /** The directories a set may hold: reports and comparison documents, one file per organization. */
  private static final Set<String> SUBDIRECTORIES = Set.of(BatchOutput.REPORTS_DIRECTORY,
      BatchOutput.COMPARISONS_DIRECTORY);

  private final Path target;
  private final Path staging;
  /** The staging directory's permissions as created, restored at the commit; null without POSIX. */
  private @Nullable Set<PosixFilePermission> published;
  private final String id;
  private static final int DISCARD_ATTEMPTS = 1000;

  private final Thread cleaner = new Thread(this::discard, "alignment-cli-cleanup");
  private boolean hooked;
  private boolean committed;

  private OutputDirectory(Path target, String id) {
    this.target = target;
    this.id = id;
    this.staging = sibling(target, "new", id);
  }

  /**
   * Prepares to replace {@code directory}: completes or removes what an interrupted earlier run left
   * beside it, checks that it holds only a previous set of this tool and that no input lies inside it,
   * then creates the empty staging directory.
   *
   * @param directory {@code OUT}, which need not exist
   * @param inputs the run's input files; those that do not exist are ignored
   * @param warn receives a warning for each leftover that is left alone
   * @throws Failure when {@code OUT} cannot be replaced; nothing was changed
   */
  static OutputDirectory open(Path directory, List<Path> inputs, Consumer<String> warn) {
    Path target = resolve(directory);
    for (Path input : inputs) {
      Path real = realPath(input);
      if (real != null && real.startsWith(target)) {
        throw new Failure(input + ": this input lies inside the output directory " + directory + ", which the run "
            + "replaces; move it elsewhere or choose another output directory");
      }
    }
    recover(target, warn, false);
    check(target, directory);
    recover(target, warn, true);
    OutputDirectory out = new OutputDirectory(target, UUID.randomUUID().toString().substring(0, 8));
    try {
      Files.createDirectory(out.staging);
      // Owner-only while staged (it may hold individual data, such as scores.csv, before the commit);
      // the set gets the permissions a new directory gets here back just before it takes OUT's place.
      if (Files.getFileStore(out.staging).supportsFileAttributeView("posix")) {
        out.published = Files.getPosixFilePermissions(out.staging);
        Files.setPosixFilePermissions(out.staging, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new Failure(target.getParent() + ": cannot create the staging directory for " + directory + " there ("
          + e.getClass().getSimpleName() + ")");
    }
    Runtime.getRuntime().addShutdownHook(out.cleaner);
    out.hooked = true;
    return out;
  }

  /**
   * Where the new set is written: a directory beside {@code OUT}, owner-only ({@code 0700}) until
   * the commit gives it a new directory's usual permissions as it takes {@code OUT}'s place.
   */
  Path staging() {
    return staging;
  }

  /**
   * Writes the manifest of the staged set, then puts the set in place of {@code OUT}.
   *
   * @throws Failure when {@code OUT} no longer holds only a previous set, or a file cannot be written or moved;
   *     {@code OUT} is then as it was
   */
  synchronized void commit() {
    commit(null);
  }

  /**
   * Commits as {@link #commit()} does, writing {@code last} into the set directly before its manifest
   * and the renames: after every other file is hashed and {@code OUT} checked, so that a file that
   * should have a name for the shortest time (individual data) has one only for its copy, the
   * manifest's write and the renames. It is created owner-only ({@code 0600}) and hashed as written.
   *
   * @param last the last file, or null for none
   * @throws Failure as {@link #commit()} does
   */
  synchronized void commit(@Nullable LastFile last) {
    try {
      Map<String, String> entries = hashes(staging);
      check(target, target);
      if (last != null) {
        entries.put(last.name(), writeLast(staging.resolve(last.name()), last));
      }
      writeManifest(staging, entries);
      Path old = sibling(target, "old", id);
      boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      if (replacing) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      if (published != null) {
        Files.setPosixFilePermissions(staging, published);
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (replacing) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      committed = true;
      if (replacing) {
        deleteSet(old);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new Failure("cannot move the outputs into place in " + target + " (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
    }
  }

  @Override
  public void close() {
    discard();
    if (hooked) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleaner);
      } catch (IllegalStateException e) {
        // The JVM is shutting down; the hook runs anyway.
      }
      hooked = false;
    }
  }

  private synchronized void discard() {
    if (committed) {
      return;
    }
    // The workers go on writing reports while the JVM shuts down, so a file can appear in a directory
    // after it was listed and before it is deleted; deleting again converges, because once a directory
    // is gone nothing can be created in it. Past the last attempt, the next run recognizes the staging
    // directory by its name and removes it.
    for (int attempt = 0; attempt < DISCARD_ATTEMPTS; attempt++) {
      try {
        deleteSet(staging);
        return;
      } catch (IOException | UncheckedIOException e) {
        Thread.onSpinWait();
      }
    }
  }

  /** {@code OUT} with every existing part resolved, so that links to it and aliases compare equal. */
  private static Path resolve(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    Path real = realPath(absolute);
    if (real != null) {
      return real;
    }
    Path parent = absolute.getParent();
    try {
      Files.createDirectories(parent);
      return parent.toRealPath().resolve(absolute.getFileName());
    } catch (IOException e) {
      throw new Failure(parent + ": cannot write there (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  private static Path sibling(Path target, String kind, String id) {
    return target.resolveSibling("." + target.getFileName() + ".alignment-" + kind + "-" + id);
  }

  /**
   * After a kill between the two renames of a commit, {@code OUT} is missing and the pair old-ID and
   * new-ID sits beside it: the new set is complete (its manifest checks), so it goes into place. Then
   * every leftover of this tool beside {@code OUT} is removed, when {@code removeLeftovers} (the caller
   * first checks that {@code OUT} itself may be replaced, so that a refused run changes nothing else).
   */
  static void recover(Path target, Consumer<String> warn, boolean removeLeftovers) {
    Pattern leftover = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
        + "\\.alignment-(new|old)-([0-9a-f]{8})");
    Map<String, Path> leftovers = new TreeMap<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
      for (Path p : siblings) {
        if (leftover.matcher(p.getFileName().toString()).matches()) {
          leftovers.put(p.getFileName().toString(), p);
        }
      }
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new Failure(target.getParent() + ": cannot be listed (" + e.getClass().getSimpleName() + ")");
    }
    try {
      if (!removeLeftovers && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        for (Path p : leftovers.values()) {
          Matcher m = leftover.matcher(p.getFileName().toString());
          if (m.matches() && m.group(1).equals("new") && leftovers.containsValue(sibling(target, "old", m.group(2)))
              && foreign(p, true).isEmpty()) {
            Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
            warn.accept(target + ": put in place the complete output set of a run interrupted while committing");
            leftovers.remove(p.getFileName().toString());
            break;
          }
        }
      }
      for (Path p : removeLeftovers ? leftovers.values() : List.<Path>of()) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && foreign(p, false).isEmpty()) {
          deleteSet(p);
        } else {
          warn.accept(p + ": left alone: named like a leftover of this tool but holds files it did not write");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(target.getParent() + ": cannot remove the leftovers of an interrupted run ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** Refuses an {@code OUT} that is not absent, empty, or a previous set whose files all check. */
  private static void check(Path target, Path shown) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new Failure(shown + ": exists and is not a directory; nothing was changed");
    }
    List<String> problems;
    try {
      problems = foreign(target, true);
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(shown + ": cannot be read (" + e.getClass().getSimpleName() + "); nothing was changed");
    }
    if (!problems.isEmpty()) {
      int shownCount = Math.min(problems.size(), 5);
      throw new Failure(shown + ": holds files this tool did not write, or that changed since it wrote them ("
          + String.join("; ", problems.subList(0, shownCount)) + (problems.size() > shownCount ? "; and "
          + (problems.size() - shownCount) + " more" : "") + "); nothing was changed. The tool replaces a "
          + "directory only when it holds nothing but a previous output set (listed in its " + MANIFEST + "): move "
          + "those files away or choose another output directory");
    }
  }

  /**
   * What in {@code directory} is not part of an output set of this tool: with a manifest, a file it does
   * not list or lists with another SHA-256; without one, a file whose name is not that of a set's file
   * (allowed only when {@code needManifest} is false, or the directory is empty). Links, devices and
   * other special files never belong; nor does a directory other than {@code reports/} and {@code
   * comparisons/}.
   */
  private static List<String> foreign(Path directory, boolean needManifest) throws IOException {
    Map<String, String> manifest = readManifest(directory.resolve(MANIFEST));
    List<String> problems = new ArrayList<>();
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(directory)) {
      entries = walk.filter(p -> !p.equals(directory)).sorted().toList();
    }
    List<Path> unknown = entries.stream().filter(p -> !(p.getParent().equals(directory)
        && SPILL.matcher(p.getFileName().toString()).matches())).toList();
    if (manifest == null && needManifest && !unknown.isEmpty()) {
      // An output directory of an earlier tool version, or of the user: none of it is known to be ours.
      unknown.stream().limit(6).forEach(p -> problems.add(directory.relativize(p).toString()
          + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "") + " (no " + MANIFEST + ")"));
      return problems;
    }
    for (Path p : entries) {
      String name = directory.relativize(p).toString().replace('\\', '/');
      BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      boolean topLevel = p.getParent().equals(directory);
      if (attributes.isDirectory()) {
        if (!(topLevel && SUBDIRECTORIES.contains(name))) {
          problems.add(name + "/ (a directory the tool does not write)");
        }
      } else if (!attributes.isRegularFile()) {
        problems.add(name + " (not a regular file)");
      } else if (topLevel && SPILL.matcher(name).matches()) {
        // A spill file of a killed run (answers and ids): this tool's own, removed with the set.
        continue;
      } else if (manifest != null) {
        if (name.equals(MANIFEST) || (name.equals(MANIFEST_PARTIAL) && !needManifest)) {
          continue;
        }
        String expected = manifest.get(name);
        if (expected == null) {
          problems.add(name + " (not in " + MANIFEST + ")");
        } else if (!expected.equals(sha256(p))) {
          problems.add(name + " (changed since it was written)");
        }
      } else if (!(topLevel ? SET_NAMES.contains(name) : SUBDIRECTORIES.contains(p.getParent().getFileName().toString())
          && (name.endsWith(".json") || name.endsWith(".html")) && p.getParent().getParent().equals(directory))) {
        problems.add(name + " (not a name the tool writes)");
      }
    }
    return problems;
  }

  /** The manifest's entries (path to SHA-256), or null when there is none or it is not a manifest. */
  private static Map<String, String> readManifest(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      return null;
    }
    if (lines.isEmpty() || !lines.get(0).equals(MANIFEST_HEADER)) {
      return null;
    }
    Map<String, String> entries = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      Matcher m = MANIFEST_LINE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      entries.put(m.group(2), m.group(1));
    }
    return entries;
  }

  /** The file a commit writes last (see {@link #commit(LastFile)}). */
  interface LastFile {
    /**
     * The file's name at the set's top level.
     *
     * @return the name
     */
    String name();

    /**
     * Writes the file's content.
     *
     * @param out where to write; closed by the caller
     * @throws IOException when the content cannot be read or written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private static String writeLast(Path path, LastFile last) throws IOException {
    MessageDigest digest = sha256();
    try (FileChannel file = ownerOnly(path);
        OutputStream out = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(file), digest),
            1 << 16)) {
      last.writeTo(out);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A new file only its owner may read or write ({@code 0600}), where the file system has POSIX modes. */
  static FileChannel ownerOnly(Path path) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (Files.getFileStore(path.getParent()).supportsFileAttributeView("posix")) {
      return FileChannel.open(path, options,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return FileChannel.open(path, options);
  }

  /** The SHA-256 of every file of a staged set, by its path in the set. */
  private static Map<String, String> hashes(Path directory) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : (Iterable<Path>) walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
        entries.put(directory.relativize(p).toString().replace('\\', '/'), sha256(p));
      }
    }
    return entries;
  }

  private static void writeManifest(Path directory, Map<String, String> entries) throws IOException {
    Path partial = directory.resolve(MANIFEST_PARTIAL);
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      out.write(MANIFEST_HEADER + "\n");
      for (Map.Entry<String, String> e : entries.entrySet()) {
        out.write(e.getValue() + "  " + e.getKey() + "\n");
      }
    }
    Files.move(partial, directory.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Deletes a directory this tool owns (checked by the caller), its manifest last, so that a deletion
   * cut short still leaves a directory the next run recognizes. Links are deleted, never followed.
   */
  private static void deleteSet(Path directory) throws IOException {
    if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path manifest = directory.resolve(MANIFEST);
    Files.walkFileTree(directory, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (!file.equals(manifest)) {
          Files.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        if (dir.equals(directory)) {
          Files.deleteIfExists(manifest);
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
