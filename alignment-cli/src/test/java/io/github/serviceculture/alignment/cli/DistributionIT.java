package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the distribution archive that {@code package} built and uses it as an installed tool: the launcher,
 * reached through a symbolic link as after {@code ln -s …/bin/alignment ~/.local/bin}, and the bash completion
 * script. Needs {@code tar} and {@code bash}, which this project's machines and CI have.
 */
class DistributionIT {
  private static final Path ARCHIVE = Path.of(System.getProperty("alignment.cli.dist", "target/missing.tar.gz"));
  private static final Path SAMPLES = Path.of(System.getProperty("alignment.cli.samples", "samples"));
  private static final String VERSION = System.getProperty("alignment.cli.version", "unknown");
  private static final String JAVA_HOME = System.getProperty("java.home");

  @TempDir
  static Path installation;

  private static Path home;

  /** Exit code, stdout and stderr of one run. */
  record Result(int code, String out, String err) {}

  @BeforeAll
  static void unpack() throws Exception {
    assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " is built by the package phase");
    Result tar = run(Map.of(), installation, "tar", "-xzf", ARCHIVE.toString(), "-C", installation.toString());
    assertEquals(0, tar.code(), tar.err());
    home = installation.resolve("alignment-" + VERSION);
    Files.createDirectories(installation.resolve("on-path"));
    Files.createSymbolicLink(installation.resolve("on-path").resolve("alignment"), home.resolve("bin/alignment"));
  }

  private static Result run(Map<String, String> environment, Path directory, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    // Only what a test sets: the JAVA_HOME that Maven may have exported would hide the PATH look-up.
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("JAVA_OPTS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(installation, "stdout", ".txt");
    Path err = Files.createTempFile(installation, "stderr", ".txt");
    Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), "finished within 90 s: " + List.of(command));
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Runs the launcher through its link, finding java on PATH (no JAVA_HOME), as a user's shell would. */
  private static Result alignment(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(installation.resolve("on-path/alignment").toString()));
    command.addAll(List.of(args));
    return run(Map.of("PATH", JAVA_HOME + "/bin:/usr/bin:/bin"), installation, command.toArray(String[]::new));
  }

  @Test
  void theArchiveHoldsAnExecutableLauncherTheJarTheCompletionScriptAndTheReadme() throws IOException {
    assertTrue(Files.getPosixFilePermissions(home.resolve("bin/alignment")).contains(PosixFilePermission.OWNER_EXECUTE));
    assertTrue(Files.readString(home.resolve("bin/alignment")).startsWith("#!/bin/sh\n"));
    assertTrue(Files.isRegularFile(home.resolve("lib/alignment-cli.jar")));
    assertTrue(Files.readString(home.resolve("README.md")).contains("## Shell completion"));
    assertTrue(Files.isRegularFile(home.resolve("LICENSE")));
  }

  @Test
  void theLauncherPrintsTheVersionAndTheHelp() throws Exception {
    Result version = alignment("--version");
    assertEquals(0, version.code(), version.err());
    assertTrue(version.out().startsWith("alignment " + VERSION + "\n"), version.out());

    Result help = alignment("--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().startsWith("Usage: alignment [-hV] [COMMAND]"), help.out());
    assertTrue(help.out().contains("  batch "), help.out());
  }

  @Test
  void theLauncherValidatesTheShippedSampleAndPassesTheExitCodeOn() throws Exception {
    Result validate = alignment("validate", SAMPLES.resolve("survey.csv").toString());
    assertEquals(0, validate.code(), validate.err());
    assertTrue(validate.err().contains("read 135, valid 135, rejected 0"), validate.err());

    Result mistyped = alignment("scroe");
    assertEquals(AlignmentCli.USAGE, mistyped.code());
    assertTrue(mistyped.err().contains("Did you mean: alignment score?"), mistyped.err());
  }

  @Test
  void theLauncherRunsJavaHomesJavaWithJavaOptsAndPassesEveryArgumentUnchanged() throws Exception {
    // A JDK whose java lists its arguments, one per line in brackets, then runs the real java.
    Path fakeJdk = installation.resolve("fake-jdk");
    Files.createDirectories(fakeJdk.resolve("bin"));
    Path fakeJava = fakeJdk.resolve("bin/java");
    Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\"; done >&2\n"
        + "exec '" + JAVA_HOME + "/bin/java' \"$@\"\n");
    Files.setPosixFilePermissions(fakeJava, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

    Result run = run(Map.of("JAVA_HOME", fakeJdk.toString(), "PATH", "/usr/bin:/bin",
        "JAVA_OPTS", "-Xmx256m -Dalignment.test=*"), installation, home.resolve("bin/alignment").toString(),
        "no such command", "*");

    assertEquals(AlignmentCli.USAGE, run.code(), "the tool's exit code: " + run.err());
    assertTrue(run.err().startsWith("[-Xmx256m]\n[-Dalignment.test=*]\n[-jar]\n[" + home.toRealPath()
        + "/lib/alignment-cli.jar]\n[no such command]\n[*]\n"), run.err());
    assertTrue(run.err().contains("Unmatched arguments from index 0: 'no such command', '*'"), run.err());
  }

  @Test
  void theLauncherSaysWhenJavaHomeHoldsNoJava() throws Exception {
    Result noJava = run(Map.of("JAVA_HOME", installation.resolve("no-such-jdk").toString()), installation,
        home.resolve("bin/alignment").toString(), "--version");

    assertEquals(127, noJava.code());
    assertTrue(noJava.err().startsWith("alignment: JAVA_HOME is "), noJava.err());
  }

  @Test
  void theCompletionScriptParsesInBashAndCompletesTheCommandsOfAlignment() throws Exception {
    Path script = home.resolve("completion/alignment_completion");
    assertTrue(Files.isRegularFile(script), script.toString());

    Result syntax = run(Map.of(), installation, "bash", "-n", script.toString());
    assertEquals(0, syntax.code(), syntax.err());

    Result completion = run(Map.of(), installation, "bash", "-c", ". \"$0\"; complete -p alignment; "
        + "COMP_WORDS=(alignment ''); COMP_CWORD=1; COMP_LINE='alignment '; COMP_POINT=10; "
        + "_complete_alignment 2>/dev/null; echo \"${COMPREPLY[*]}\"", script.toString());
    assertEquals(0, completion.code(), completion.err());
    List<String> lines = completion.out().lines().toList();
    assertEquals("complete -o default -F _complete_alignment alignment", lines.get(0), completion.out());
    assertEquals(List.of("score", "batch", "compare", "validate", "instrument", "norms", "help"), List.of(lines.get(1).split(" ")));
  }
}
