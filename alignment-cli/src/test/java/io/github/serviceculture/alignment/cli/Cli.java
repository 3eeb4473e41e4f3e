package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs the tool's entry point in-process and captures what it prints. */
final class Cli {
  private static final Pattern ACCOUNTING = Pattern.compile("(?m)^read (\\d+), (?:scored|valid) (\\d+), rejected (\\d+)$");

  /** What a run returned and printed. */
  record Run(int exitCode, String out, String err) {
    /** The numbers of the accounting line: read, scored (or valid), rejected; checks N = S + R. */
    long[] accounting() {
      Matcher m = ACCOUNTING.matcher(err);
      assertTrue(m.find(), "no accounting line in stderr:\n" + err);
      long[] n = {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
      assertEquals(n[0], n[1] + n[2], "read N must equal scored S + rejected R: " + m.group());
      return n;
    }

    void assertAccounting(long read, long scored, long rejected) {
      long[] n = accounting();
      assertEquals(read + "/" + scored + "/" + rejected, n[0] + "/" + n[1] + "/" + n[2], "accounting line; stderr:\n"
          + err);
    }
  }

  private Cli() {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = AlignmentCli.run(o, e, args);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Every file under a directory, by relative path, with its bytes as text. */
  static Map<String, String> files(Path directory) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(directory.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
