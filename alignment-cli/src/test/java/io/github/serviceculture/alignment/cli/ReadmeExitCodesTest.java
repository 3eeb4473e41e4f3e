package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of exit codes is the one the tool uses. */
class ReadmeExitCodesTest {
  private static final Path README = Path.of(System.getProperty("alignment.readme", "../README.md"));

  @Test
  void theReadmeNamesEveryExitCodeWithTheMeaningTheToolGivesIt() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("- **Exit codes:**");
    int end = readme.indexOf("\n- ", start + 1);
    String bullet = readme.substring(start, end < 0 ? readme.length() : end).replaceAll("\\s+", " ");

    // Each code followed by the first words of its meaning, as the README gives them.
    Map<Integer, String> said = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?:[:;]|\\*\\*|and) (\\d{1,3}) ([a-z]+(?: [a-z]+)?)").matcher(bullet);
    while (m.find()) {
      said.put(Integer.valueOf(m.group(1)), m.group(2));
    }
    Map<Integer, String> expected = new LinkedHashMap<>();
    expected.put(AlignmentCli.OK, "everything scored");
    expected.put(AlignmentCli.REJECTED, "some rows");
    expected.put(AlignmentCli.USAGE, "usage error");
    expected.put(AlignmentCli.FATAL, "input unreadable");
    expected.put(AlignmentCli.INTERNAL, "internal error");
    expected.put(AlignmentCli.INTERRUPTED_INT, "interrupted");
    expected.put(AlignmentCli.INTERRUPTED_TERM, "terminated");
    assertEquals(expected, said, bullet);
  }
}
