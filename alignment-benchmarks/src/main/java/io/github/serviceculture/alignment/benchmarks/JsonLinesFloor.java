package io.github.serviceculture.alignment.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The floor of {@code alignment norms build} over a JSON Lines file of reports: the file tokenized
 * once by Jackson's streaming parser, every number parsed as a {@code double}, and nothing built. Any
 * reader of the reports pays this; the norms command's time is reported as a ratio to it. The count of
 * root values and the sum of every number are printed, so that none of the work can be dropped.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.serviceculture.alignment.benchmarks.JsonLinesFloor reports.jsonl
 * </pre>
 */
public final class JsonLinesFloor {
  private JsonLinesFloor() {}

  /**
   * Tokenizes the file named by the first argument and prints what it found.
   *
   * @param args the file
   * @throws IOException if the file cannot be read or is not JSON
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JsonLinesFloor FILE.jsonl");
      System.exit(2);
    }
    long start = System.nanoTime();
    long documents = 0;
    long tokens = 0;
    double sum = 0;
    try (JsonParser parser = new JsonFactory().createParser(Path.of(args[0]).toFile())) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd() && --depth == 0) {
          documents++;
        } else if (token.isNumeric()) {
          sum += parser.getDoubleValue();
        }
      }
    }
    System.out.printf(Locale.ROOT, "read %d documents, %d tokens, number sum %.6g in %.2f s%n", documents, tokens,
        sum, (System.nanoTime() - start) / 1e9);
  }
}
