package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Agreement;
import io.github.serviceculture.alignment.stats.AgreementNull;
import io.github.serviceculture.alignment.stats.CronbachAlpha;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.Groups;
import io.github.serviceculture.alignment.stats.Icc;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.List;
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

/** The statistics kernels on one dimension's columns (six items) of a seeded survey. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatisticsBenchmark {
  @Param({"100", "1000"})
  public int respondents;

  private double[][] items;
  private double[] scores;
  private Groups groups;
  private final AgreementNull uniform = AgreementNull.uniform(5);
  private final CronbachAlpha alpha = CronbachAlpha.withDefaults();

  @Setup
  public void setUp() {
    ResponseSet responses = SurveyFixtures.generated(42, respondents, 12);
    Instrument instrument = responses.instrument();
    ResponseMatrix matrix = responses.toMatrix();
    List<Item> goals = instrument.scaleItems(Dimension.GOALS);
    items = new double[goals.size()][];
    for (int i = 0; i < items.length; i++) {
      items[i] = matrix.column(instrument.indexOf(goals.get(i).id()));
    }
    scores = new double[respondents];
    int[] codes = new int[respondents];
    for (int r = 0; r < respondents; r++) {
      double sum = 0;
      for (double[] item : items) {
        sum += Double.isNaN(item[r]) ? 3 : item[r];
      }
      scores[r] = sum / items.length;
      codes[r] = r % 7;
    }
    groups = Groups.of(codes);
  }

  @Benchmark
  public CronbachAlpha.Result cronbachAlpha() {
    return alpha.compute(items);
  }

  @Benchmark
  public Estimate rwgJ() {
    return Agreement.rwgJ(uniform, items);
  }

  @Benchmark
  public Object rwgJByGroup() {
    return Agreement.rwgJ(groups, uniform, items);
  }

  @Benchmark
  public Icc icc() {
    return Icc.anova(scores, groups);
  }
}
