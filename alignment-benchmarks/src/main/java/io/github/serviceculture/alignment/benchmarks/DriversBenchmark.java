package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.stats.RelativeImportance;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import java.util.SplittableRandom;
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
 * Drivers of an outcome on one organization: the LMG decomposition of the R<sup>2</sup> of an
 * outcome on six dimension scores (64 sub-models) over {@code respondents} complete respondents,
 * alone ({@link #decomposition()}) and with the seeded bootstrap at its default size of {@value
 * RelativeImportance#DEFAULT_RESAMPLES} resamples ({@link #decompositionAndBootstrap()}), the
 * figures a report carries; and an organization's whole perception scoring without and with a drivers
 * analysis of the engagement item {@code ENG_STATE} ({@link #organizationPerceptions()}, {@link
 * #organizationPerceptionsWithDrivers()}), whose difference is what drivers add to a report (the
 * outcome's column, the disclosure decision of its set, the analysis). The budget is 5 ms for 1,000
 * respondents with the bootstrap.
 *
 * <p>Run (the lead runs benchmarks, on a quiet machine): {@code java -jar
 * alignment-benchmarks/target/benchmarks.jar DriversBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DriversBenchmark {
  /** Complete respondents of the organization. */
  @Param({"100", "1000"})
  public int respondents;

  private double[][] scores;
  private double[] outcome;
  private ResponseMatrix organization;
  private final PerceptionScorer withoutDrivers = PerceptionScorer.of(PerceptionPolicy.defaults());
  private final PerceptionScorer withDrivers =
      PerceptionScorer.of(PerceptionPolicy.builder().driversOutcome("ENG_STATE").build());

  @Setup
  public void setUp() {
    organization = Workloads.assessment(respondents, 42).responses().orElseThrow().toMatrix();
    SplittableRandom random = new SplittableRandom(42);
    scores = new double[6][respondents];
    outcome = new double[respondents];
    double[] weights = {0.5, 0.4, 0.3, 0.2, 0.1, 0};
    for (int r = 0; r < respondents; r++) {
      double common = random.nextGaussian();
      double y = 3;
      for (int d = 0; d < 6; d++) {
        // Dimension scores on the 0-100 scale, rounded as averages of a few 1-5 answers are.
        double z = 0.6 * common + 0.8 * random.nextGaussian();
        scores[d][r] = Math.max(0, Math.min(100, Math.rint(60 + 15 * z)));
        y += weights[d] * z;
      }
      outcome[r] = Math.max(1, Math.min(5, Math.rint(y + 0.7 * random.nextGaussian())));
    }
  }

  /** The point estimates: 64 sub-models, shares and betas. */
  @Benchmark
  public double decomposition() {
    return RelativeImportance.of(outcome, scores).share(0).value();
  }

  /** The point estimates and the default bootstrap, as a report computes them. */
  @Benchmark
  public double decompositionAndBootstrap() {
    RelativeImportance importance = RelativeImportance.of(outcome, scores);
    return importance.bootstrap(RelativeImportance.DEFAULT_RESAMPLES, 42, 0.95).shareUpper(0).value();
  }

  /** An organization's perception scoring, the policy naming no outcome: the baseline. */
  @Benchmark
  public PerceptionReport organizationPerceptions() {
    return withoutDrivers.score(organization);
  }

  /** The same scoring with the drivers of {@code ENG_STATE}, at the default bootstrap. */
  @Benchmark
  public PerceptionReport organizationPerceptionsWithDrivers() {
    return withDrivers.score(organization);
  }
}
