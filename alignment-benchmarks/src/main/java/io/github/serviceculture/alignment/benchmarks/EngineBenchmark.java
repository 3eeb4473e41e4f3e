package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
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
 * Scoring one organization in memory: every dimension's statistics (alpha, rwg(j), AD), the groups by
 * level, department and customer contact with their gaps and ICCs, and all built-in rules. The
 * respondent rows per second are {@code respondents} divided by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  @Param({"100", "1000"})
  public int respondents;

  private final AlignmentEngine engine = AlignmentEngine.withDefaults();
  private final PerceptionScorer scorer = PerceptionScorer.of(PerceptionPolicy.defaults());
  private final PerceptionScorer sealing = scorer.withReleaseKey(ReleaseKey.of(new byte[ReleaseKey.MINIMUM_LENGTH]));
  private Assessment assessment;
  private ResponseMatrix matrix;

  @Setup
  public void setUp() {
    assessment = Workloads.assessment(respondents, 42);
    matrix = assessment.responses().orElseThrow().toMatrix();
  }

  /**
   * The statistics alone, the scope of the throughput budget: every dimension's score, alpha,
   * rwg(j) and AD for everyone and for each group by level, department and customer contact, with
   * the groups' gaps and ICCs and the engagement shares; no rules, findings or report.
   */
  @Benchmark
  public PerceptionReport perceptions() {
    return scorer.score(matrix);
  }

  /**
   * The statistics with a release key: as {@link #perceptions()}, plus a digest of every respondent
   * and the sealed ledger of what each figure was released for.
   */
  @Benchmark
  public PerceptionReport perceptionsSealed() {
    return sealing.score(matrix);
  }

  /** The whole engine: perceptions, rules, findings and report. */
  @Benchmark
  public AlignmentReport assess() {
    return engine.assess(assessment);
  }
}
