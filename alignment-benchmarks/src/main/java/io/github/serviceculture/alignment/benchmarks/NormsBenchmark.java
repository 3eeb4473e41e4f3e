package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
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
 * Norms built from {@code organizations} organizations' reports ({@link #build()}): each report
 * added to a {@link Norms.Accumulator}, then the 101 percentiles of every dimension and item; and
 * the ranking of one report among them ({@link #rank()}). The reports are those of 200 distinct
 * seeded organizations of 100 respondents, cycled: scoring 10,000 distinct organizations in the
 * set-up would measure the engine, not the norms. Reading the reports from JSON, which dominates
 * {@code alignment norms build}, is measured end to end by the command in this module's README.
 *
 * <p>Run (on a quiet machine): {@code java -jar alignment-benchmarks/target/benchmarks.jar
 * NormsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormsBenchmark {
  private static final int DISTINCT = 200;

  /** Organizations whose reports the norms are built from. */
  @Param({"10000"})
  public int organizations;

  private AlignmentReport[] reports;
  private Norms norms;

  @Setup
  public void setUp() {
    AlignmentEngine engine = AlignmentEngine.withDefaults();
    reports = new AlignmentReport[DISTINCT];
    for (int i = 0; i < DISTINCT; i++) {
      reports[i] = engine.assess(Workloads.assessment(100, 1000 + i));
    }
    norms = build();
    if (norms.dimensions().size() != Dimension.values().length) {
      throw new IllegalStateException("the workload must give every dimension a norm: " + norms);
    }
  }

  /** Every report added, then the norms. */
  @Benchmark
  public Norms build() {
    Norms.Accumulator accumulator = Norms.accumulator(DefaultInstrument.instrument());
    for (int i = 0; i < organizations; i++) {
      accumulator.add(reports[i % DISTINCT]);
    }
    return accumulator.result();
  }

  /** One report ranked among the norms: each dimension's and item's percentile rank and quartile. */
  @Benchmark
  public AlignmentReport rank() {
    return norms.rank(reports[0]);
  }
}
