package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.stats.GroupGap;
import io.github.serviceculture.alignment.stats.Moments;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.statistics.distribution.TDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Welch gaps between groups of 5 to 40 respondents with answers from 1 to 5, as the perception
 * scorer compares levels and departments: 32 pairs per operation, so Welch df from about 4 to 70.
 * {@link #welchGaps()} is the library's {@link GroupGap}; {@link #tDistributionGaps(Blackhole)}
 * takes the same interval's quantile and p value from Commons Statistics' generic {@link
 * TDistribution} (a bracketing inverse), the way the gaps were computed before the Halley steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GapBenchmark {
  private static final int PAIRS = 32;

  private final Moments[] first = new Moments[PAIRS];
  private final Moments[] second = new Moments[PAIRS];

  @Setup
  public void setUp() {
    Random random = new Random(42);
    for (int p = 0; p < PAIRS; p++) {
      first[p] = group(random);
      second[p] = group(random);
    }
  }

  private static Moments group(Random random) {
    Moments moments = new Moments();
    int size = 5 + random.nextInt(36);
    int centre = 2 + random.nextInt(3);
    for (int i = 0; i < size; i++) {
      moments.accept(Math.max(1, Math.min(5, centre + random.nextInt(3) - 1)));
    }
    return moments;
  }

  /** The gaps as the scorer computes them. */
  @Benchmark
  public double welchGaps() {
    double sum = 0;
    for (int p = 0; p < PAIRS; p++) {
      GroupGap gap = GroupGap.of(first[p], second[p], 0.95);
      sum += gap.welchUpper().value() + gap.welchP().value();
    }
    return sum;
  }

  /** The same Welch df, quantile and p value from the generic {@code TDistribution} functions. */
  @Benchmark
  public void tDistributionGaps(Blackhole hole) {
    for (int p = 0; p < PAIRS; p++) {
      Moments a = first[p];
      Moments b = second[p];
      double v1 = a.variance().value() / a.count();
      double v2 = b.variance().value() / b.count();
      double se = Math.sqrt(v1 + v2);
      double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (a.count() - 1) + v2 * v2 / (b.count() - 1));
      TDistribution t = TDistribution.of(df);
      double diff = a.mean().value() - b.mean().value();
      hole.consume(diff + t.inverseSurvivalProbability(0.025) * se);
      hole.consume(2 * t.survivalProbability(Math.abs(diff / se)));
    }
  }
}
