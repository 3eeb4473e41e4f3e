package io.github.serviceculture.alignment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.serviceculture.alignment.csv.SurveyCsvReader.Block;
import io.github.serviceculture.alignment.csv.SurveyCsvReader.Rejection;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds arbitrary bytes to {@link SurveyCsvReader} with two layouts. Opening may throw only {@link
 * SurveyCsvException} (a bad header); reading never throws; every data row is a response or a
 * rejection, each at its own line, in order, after the header; and for input without quotes, the rows
 * are exactly its non-empty lines after the header. Anything else is a finding.
 *
 * <p>A plain {@code mvn verify} runs it in regression mode: once per file in {@code
 * src/test/resources/io/github/serviceculture/alignment/csv/SurveyCsvReaderFuzzTestInputs/readEveryRow/}
 * plus an empty input. To fuzz, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=5m JAZZER_INSTRUMENT='io.github.serviceculture.**' \
 *   mvn -B test -pl alignment-csv -am -Dtest=SurveyCsvReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The generated corpus goes to {@code alignment-csv/.cifuzz-corpus/} (git-ignored); a crashing
 * input is written next to the seeds above, where it becomes a regression test.
 */
class SurveyCsvReaderFuzzTest {
  private static final SurveyCsvLayout COMMAS = SurveyCsvLayout.builder(DefaultInstrument.instrument()).build();
  private static final SurveyCsvLayout TABS = SurveyCsvLayout.builder(DefaultInstrument.instrument())
      .delimiter('\t').missingCodes(List.of("9", "-")).attributeColumn("site").build();

  @FuzzTest(maxDuration = "30s")
  // libFuzzer dictionary lines: each entry quoted, with its escapes.
  @DictionaryEntries({
      "\"organization\"", "\"respondent\"", "\"level\"", "\"department\"", "\"customerFacing\"", "\"site\"",
      "\"LEA_TALK\"", "\"VIS_DEFINED\"", "\"GOA_TEAM\"", "\"MANAGER\"", "\"frontline\"", "\"yes\"", "\"NA\"",
      "\"\\\"\"", "\"\\\"\\\"\"", "\",\"", "\"\\t\"", "\"\\r\\n\"", "\"\\n\"", "\"\\xEF\\xBB\\xBF\""})
  void readEveryRow(byte[] input) throws IOException {
    for (SurveyCsvLayout layout : List.of(COMMAS, TABS)) {
      read(input, layout);
    }
  }

  private static void read(byte[] input, SurveyCsvLayout layout) throws IOException {
    SurveyCsvReader reader;
    try {
      reader = SurveyCsvReader.open(new ByteArrayInputStream(input), layout);
    } catch (SurveyCsvException e) {
      assertTrue(e.code().equals(SurveyCsvException.MALFORMED_HEADER)
          || e.code().equals(SurveyCsvException.HEADER_MISMATCH), e.code());
      return;
    }
    long rows = 0;
    long last = headerLine(input);
    try (reader) {
      for (Block block = reader.next(); block != null; block = reader.next()) {
        List<Long> lines = new ArrayList<>();
        int responses = block.responses().map(ResponseSet::size).orElse(0);
        assertFalse(block.responses().isPresent() && responses == 0, "a present set is not empty");
        for (int i = 0; i < responses; i++) {
          lines.add(block.line(i));
        }
        for (Rejection rejection : block.rejections()) {
          lines.add(rejection.line());
          assertFalse(rejection.reason().isBlank(), "a rejection says why");
          assertTrue(rejection.organization().isEmpty() || rejection.organization().equals(block.organization()),
              "a rejected row names its block's organization or none");
        }
        lines.sort(null);
        for (long line : lines) {
          assertTrue(line > last, "each row has its own line, after the header and the rows before");
          last = line;
        }
        assertEquals(lines.size(), block.rowCount());
        rows += block.rowCount();
      }
      assertEquals(reader.rowCount(), rows, "every row read is in a block");
    }
    if (!contains(input, (byte) '"')) {
      assertEquals(nonEmptyLines(input) - 1, rows, "every non-empty line after the header is a row");
    }
  }

  /** The line of the first non-empty line, where the header is. */
  private static long headerLine(byte[] input) {
    long line = 1;
    for (int i = 0; i < input.length; i++) {
      byte b = input[i];
      if (b == '\n' || b == '\r') {
        if (b == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
          i++;
        }
        line++;
      } else {
        return line;
      }
    }
    return line;
  }

  private static long nonEmptyLines(byte[] input) {
    long count = 0;
    boolean content = false;
    int start = input.length >= 3 && input[0] == (byte) 0xEF && input[1] == (byte) 0xBB && input[2] == (byte) 0xBF
        ? 3 : 0;
    for (int i = start; i < input.length; i++) {
      byte b = input[i];
      if (b == '\n' || b == '\r') {
        if (content) {
          count++;
        }
        content = false;
      } else {
        content = true;
      }
    }
    return content ? count + 1 : count;
  }

  private static boolean contains(byte[] input, byte wanted) {
    for (byte b : input) {
      if (b == wanted) {
        return true;
      }
    }
    return false;
  }
}
