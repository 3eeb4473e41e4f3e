package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real jar ({@code destroyForcibly}, SIGKILL on Linux) at random instants of {@code batch -o}, while it
 * reads, writes its set and commits it, alternating between two different output sets. After every kill the
 * output directory must hold exactly one complete set, byte for byte the previous one or the new one (or, only in
 * the instant between the commit's two renames, no directory and both complete sets beside it), and nothing else
 * beside it but leftovers named as the tool names them; a final run must remove every leftover.
 */
class OutputKillIT {
  private static final Path JAR = Path.of(System.getProperty("alignment.cli.jar", "target/missing.jar"));
  private static final Pattern LEFTOVER = Pattern.compile("\\.out\\.alignment-(new|old)-[0-9a-f]{8}");

  @TempDir
  Path dir;

  /** What a kill left. */
  enum State { PREVIOUS, PREVIOUS_AND_STAGING, BETWEEN_RENAMES, NEW_AND_OLD, NEW }

  private Process start(Path input, Path out) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "batch", input.toString(), "-o", out.toString(), "--threads", "2")
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
  }

  private long complete(Path input, Path out) throws Exception {
    long started = System.nanoTime();
    Process p = start(input, out);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stderr")));
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static Path csv(Path file, String prefix, int organizations, long seed) throws IOException {
    List<SampleData.Org> orgs = new ArrayList<>();
    for (int i = 0; i < organizations; i++) {
      orgs.add(new SampleData.Org(prefix + " " + i, seed + i, 8, (i % 10) / 10.0));
    }
    return SampleData.write(file, SampleData.surveyCsv(orgs));
  }

  @Test
  void aKillAtAnyInstantLeavesThePreviousOrTheNewSetWholeAndTheNextRunRemovesTheLeftovers() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
    Path[] inputs = {csv(dir.resolve("a.csv"), "Alder", 1200, 1), csv(dir.resolve("b.csv"), "Birch", 900, 5000)};
    List<Map<String, String>> sets = new ArrayList<>();
    long typical = 0;
    for (int i = 0; i < 2; i++) {
      Path reference = dir.resolve("reference-" + i);
      typical = Math.max(typical, complete(inputs[i], reference));
      sets.add(Cli.files(reference));
    }
    Path work = Files.createDirectory(dir.resolve("work"));
    Path out = work.resolve("out");
    Random random = new Random(20261202);
    Map<State, Integer> seen = new TreeMap<>();
    Integer previous = null;
    int kills = 0;
    for (; kills < 32; kills++) {
      int next = kills % 2;
      // Every other kill falls in the last 0.4 s of a typical run, where the set is finished and committed.
      long delay = kills % 4 < 2 ? (long) (random.nextDouble() * 1.1 * typical)
          : Math.max(0, typical - 400 + random.nextInt(450));
      long started = System.nanoTime();
      Process p = start(inputs[next], out);
      boolean finished;
      if (kills % 4 == 3) {
        // Aimed at the commit: up to 30 ms after the staged set's manifest appears, or as soon as the previous set
        // has been renamed aside (then the kill falls between the renames or while the previous set is deleted).
        boolean renamedAside = kills % 8 == 7;
        finished = !awaitCommit(p, work, renamedAside);
        delay = renamedAside ? 0 : random.nextInt(30);
        finished = finished || delay > 0 && p.waitFor(delay, TimeUnit.MILLISECONDS);
      } else {
        finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      }
      if (finished) {
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stderr")));
        typical = (typical + (System.nanoTime() - started) / 1_000_000) / 2;
      } else {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed");
      }
      State state = check(work, out, previous == null ? null : sets.get(previous), sets.get(next),
          "kill " + kills + " after " + delay + " ms");
      seen.merge(state, 1, Integer::sum);
      if (state == State.NEW || state == State.NEW_AND_OLD) {
        previous = next;
      } else if (state == State.BETWEEN_RENAMES) {
        // The next run completes this commit first.
        previous = next;
      }
      if (kills >= 15 && seen.containsKey(State.PREVIOUS_AND_STAGING) && seen.containsKey(State.NEW)
          && seen.containsKey(State.NEW_AND_OLD)) {
        kills++;
        break;
      }
    }
    System.out.println("OutputKillIT: " + kills + " runs, killed or finished: " + seen);
    assertTrue(seen.containsKey(State.PREVIOUS_AND_STAGING), "some kills fell while the set was written: " + seen);
    assertTrue(seen.containsKey(State.NEW), "some runs got past their commit: " + seen);

    complete(inputs[0], out);
    try (Stream<Path> left = Files.list(work)) {
      assertEquals(List.of("out"), left.map(p -> p.getFileName().toString()).toList(),
          "the next complete run removed every leftover");
    }
    assertEquals(sets.get(0), Cli.files(out));
  }

  @Test
  void anInterruptWhileTheSetIsWrittenRemovesItAndKeepsThePreviousSet() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
    Path input = csv(dir.resolve("a.csv"), "Alder", 1200, 1);
    Path work = Files.createDirectory(dir.resolve("work"));
    Path out = work.resolve("out");
    complete(input, out);
    Map<String, String> previous = Cli.files(out);

    Process p = start(input, out);
    // As soon as the staging directory holds a report, the run is writing its set.
    boolean writing = false;
    while (p.isAlive() && !writing) {
      try (Stream<Path> entries = Files.list(work)) {
        writing = entries.anyMatch(e -> e.getFileName().toString().contains("-new-")
            && Files.isDirectory(e.resolve("reports")) && e.resolve("reports").toFile().list().length > 10);
      } catch (java.io.UncheckedIOException e) {
        // Listed while it changed; look again.
      }
      Thread.onSpinWait();
    }
    assertTrue(writing, "caught the run while it wrote its set");
    p.destroy();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "SIGTERM ends the run");

    try (Stream<Path> left = Files.list(work)) {
      assertEquals(List.of("out"), left.map(e -> e.getFileName().toString()).toList(),
          "the interrupted run removed the set it was writing");
    }
    assertEquals(previous, Cli.files(out), "the previous set is untouched");
  }

  /** Waits until the run starts its commit; false if it ended first. */
  private static boolean awaitCommit(Process p, Path work, boolean renamedAside) throws IOException {
    while (p.isAlive()) {
      try (Stream<Path> entries = Files.list(work)) {
        for (Path e : (Iterable<Path>) entries::iterator) {
          String name = e.getFileName().toString();
          if (name.contains("-old-") || !renamedAside && name.contains("-new-")
              && Files.exists(e.resolve("manifest.sha256"))) {
            return true;
          }
        }
      } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
        // A directory renamed or deleted while listed: the commit is under way.
        if (!renamedAside) {
          return true;
        }
      }
      Thread.onSpinWait();
    }
    return false;
  }

  /** Classifies what a kill left, failing on anything but one whole set and the tool's named leftovers. */
  private static State check(Path work, Path out, Map<String, String> previous, Map<String, String> next,
      String when) throws IOException {
    List<Path> leftovers = new ArrayList<>();
    try (Stream<Path> entries = Files.list(work)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (!p.equals(out)) {
          assertTrue(LEFTOVER.matcher(p.getFileName().toString()).matches(), when + ": unexpected " + p);
          leftovers.add(p);
        }
      }
    }
    if (!Files.exists(out)) {
      if (previous == null) {
        assertTrue(leftovers.stream().allMatch(p -> p.getFileName().toString().contains("-new-")), when);
        return State.PREVIOUS_AND_STAGING;
      }
      Path old = leftovers.stream().filter(p -> p.getFileName().toString().contains("-old-")).findFirst().orElse(null);
      assertNotNull(old, when + ": the output directory is missing and no previous set is beside it");
      Path staged = old.resolveSibling(old.getFileName().toString().replace("-old-", "-new-"));
      assertEquals(previous, Cli.files(old), when + ": the previous set beside the missing directory is whole");
      assertEquals(next, Cli.files(staged), when + ": the new set beside the missing directory is whole");
      return State.BETWEEN_RENAMES;
    }
    assertOnlyFilesAndTheReportsDirectory(out, when);
    Map<String, String> held = Cli.files(out);
    if (held.equals(next)) {
      return leftovers.stream().anyMatch(p -> p.getFileName().toString().contains("-old-")) ? State.NEW_AND_OLD
          : State.NEW;
    }
    if (previous != null && held.equals(previous)) {
      return leftovers.isEmpty() ? State.PREVIOUS : State.PREVIOUS_AND_STAGING;
    }
    fail(when + ": the output directory holds neither set whole: " + held.size() + " files, "
        + held.keySet().stream().limit(8).toList());
    return null;
  }

  private static void assertOnlyFilesAndTheReportsDirectory(Path out, String when) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isDirectory(p)) {
          assertTrue(p.equals(out) || p.equals(out.resolve("reports")), when + ": unexpected directory " + p);
        } else {
          assertTrue(Files.isRegularFile(p), when + ": " + p);
        }
      }
    }
    assertTrue(Files.readString(out.resolve("manifest.sha256"), StandardCharsets.UTF_8).startsWith("# Written by"),
        when + ": a set always has its manifest");
  }
}
