package io.github.serviceculture.alignment.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedding path of an HR platform: an assessment arrives as JSON bytes, is scored, and the
 * report leaves as JSON. {@link #embed} is the request's whole cost on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  @Param({"1000"})
  public int respondents;

  private static final JsonFactory TOKENS = new JsonFactory();
  private final AlignmentJson json = AlignmentJson.withDefaults();
  private final AlignmentEngine engine = AlignmentEngine.withDefaults();
  private byte[] assessmentJson;
  private AlignmentReport report;

  @Setup
  public void setUp() {
    Assessment assessment = Workloads.assessment(respondents, 42);
    assessmentJson = json.write(assessment).getBytes(StandardCharsets.UTF_8);
    report = engine.assess(assessment);
  }

  /**
   * The floor of {@link #readAssessment}: Jackson's tokenizer over the same bytes, every number's
   * value taken, nothing built. No reader built on Jackson can be faster.
   */
  @Benchmark
  public long tokens() throws java.io.IOException {
    long sum = 0;
    try (JsonParser p = TOKENS.createParser(assessmentJson)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_INT) {
          sum += p.getIntValue();
        }
      }
    }
    return sum;
  }

  @Benchmark
  public Assessment readAssessment() {
    return json.readAssessment(new java.io.ByteArrayInputStream(assessmentJson));
  }

  @Benchmark
  public String writeReport() {
    return json.write(report);
  }

  /** JSON in, report JSON out: read, assess, write. */
  @Benchmark
  public String embed() {
    return json.write(engine.assess(json.readAssessment(new java.io.ByteArrayInputStream(assessmentJson))));
  }
}
