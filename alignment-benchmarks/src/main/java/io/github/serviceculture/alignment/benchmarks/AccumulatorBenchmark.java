package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.AgreementNull;
import io.github.serviceculture.alignment.stats.AnswerAgreement;
import io.github.serviceculture.alignment.stats.AnswerCovariances;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.GroupGap;
import io.github.serviceculture.alignment.stats.Icc;
import io.github.serviceculture.alignment.stats.Moments;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * One organization's statistics through the accumulators of the stats package, in memory: for each
 * of the default instrument's dimensions, alpha, rwg(j), AD, mean and SD for everyone and for each
 * group by level and by department, then the ICCs of both attributes and the gaps (each level
 * against the frontline, every pair of departments). Rows are accumulated once into their (level,
 * department) cell, and the cells combined into the sets reported, as the perception scorer does;
 * no disclosure control, no report. Respondent rows per second are {@code respondents} divided by
 * the time per operation (times the threads, with {@code -t}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccumulatorBenchmark {
  @Param({"100", "1000"})
  public int respondents;

  /** Per dimension: answers shifted to 0..4, row-major. */
  private double[][] answers;
  /** Per dimension: each row's mean answer, NaN without answers. */
  private double[][] scores;
  private int[] items;
  private int[] level;
  private int[] department;
  private int levels;
  private int departments;
  private final AgreementNull uniform = AgreementNull.uniform(5);
  private final Moments firstGroup = Moments.of(3, 4, 4, 5, 2, 4, 3, 5, 4, 4, 3, 5);
  private final Moments secondGroup = Moments.of(2, 3, 3, 4, 1, 3, 2, 3, 5);

  @Setup
  public void setUp() {
    ResponseSet responses = SurveyFixtures.generated(42, respondents, 12);
    Instrument instrument = responses.instrument();
    ResponseMatrix matrix = responses.toMatrix();
    List<Dimension> dimensions = new ArrayList<>(instrument.dimensions());
    answers = new double[dimensions.size()][];
    scores = new double[dimensions.size()][];
    items = new int[dimensions.size()];
    int lowest = instrument.scale().lowest();
    for (int d = 0; d < dimensions.size(); d++) {
      List<Item> scale = instrument.scaleItems(dimensions.get(d));
      int k = scale.size();
      items[d] = k;
      answers[d] = new double[respondents * k];
      scores[d] = new double[respondents];
      for (int r = 0; r < respondents; r++) {
        double sum = 0;
        int answered = 0;
        for (int i = 0; i < k; i++) {
          double x = matrix.answer(r, instrument.indexOf(scale.get(i).id()));
          answers[d][r * k + i] = x - lowest;
          if (x == x) {
            sum += x;
            answered++;
          }
        }
        scores[d][r] = answered == 0 ? Double.NaN : sum / answered;
      }
    }
    level = codes(matrix, Respondent.LEVEL);
    department = codes(matrix, "department");
    levels = 1 + max(level);
    departments = 1 + max(department);
  }

  private static int[] codes(ResponseMatrix matrix, String attribute) {
    List<String> seen = new ArrayList<>();
    int[] codes = new int[matrix.rowCount()];
    for (int r = 0; r < codes.length; r++) {
      String value = matrix.respondents().get(r).groupValue(attribute).orElse("");
      int code = seen.indexOf(value);
      if (code < 0) {
        code = seen.size();
        seen.add(value);
      }
      codes[r] = code;
    }
    return codes;
  }

  private static int max(int[] codes) {
    int max = 0;
    for (int c : codes) {
      max = Math.max(max, c);
    }
    return max;
  }

  /** Every dimension's figures for everyone, the levels and the departments, with ICCs and gaps. */
  @Benchmark
  public double organization() {
    double checksum = 0;
    int cells = levels * departments;
    for (int d = 0; d < answers.length; d++) {
      int k = items[d];
      double[] a = answers[d];
      double[] s = scores[d];
      AnswerCovariances[] cellCovariances = new AnswerCovariances[cells];
      AnswerAgreement[] cellAgreement = new AnswerAgreement[cells];
      Moments[] cellMoments = new Moments[cells];
      for (int c = 0; c < cells; c++) {
        cellCovariances[c] = new AnswerCovariances(k);
        cellAgreement[c] = new AnswerAgreement(k, 5);
        cellMoments[c] = new Moments();
      }
      for (int r = 0; r < respondents; r++) {
        if (s[r] == s[r]) {
          int c = level[r] * departments + department[r];
          cellCovariances[c].accept(a, r * k);
          cellAgreement[c].accept(a, r * k);
          cellMoments[c].accept(s[r]);
        }
      }
      // Slot 0 everyone, then the levels, then the departments.
      int slots = 1 + levels + departments;
      AnswerCovariances[] covariances = new AnswerCovariances[slots];
      AnswerAgreement[] agreement = new AnswerAgreement[slots];
      Moments[] moments = new Moments[slots];
      for (int slot = 0; slot < slots; slot++) {
        covariances[slot] = new AnswerCovariances(k);
        agreement[slot] = new AnswerAgreement(k, 5);
        moments[slot] = new Moments();
      }
      for (int c = 0; c < cells; c++) {
        for (int slot : new int[] {0, 1 + c / departments, 1 + levels + c % departments}) {
          covariances[slot].combine(cellCovariances[c]);
          agreement[slot].combine(cellAgreement[c]);
          moments[slot].combine(cellMoments[c]);
        }
      }
      for (int slot = 0; slot < slots; slot++) {
        checksum += value(covariances[slot].alpha()) + value(agreement[slot].rwgJ(uniform))
            + value(agreement[slot].ad()) + value(moments[slot].mean()) + value(moments[slot].standardDeviation());
      }
      Moments[] byLevel = Arrays.copyOfRange(moments, 1, 1 + levels);
      Moments[] byDepartment = Arrays.copyOfRange(moments, 1 + levels, slots);
      checksum += value(Icc.anova(byLevel).icc1()) + value(Icc.anova(byDepartment).icc1());
      for (int g = 1; g < levels; g++) {
        checksum += gap(GroupGap.of(byLevel[g], byLevel[0], 0.95));
      }
      for (int g = 0; g < departments; g++) {
        for (int h = g + 1; h < departments; h++) {
          checksum += gap(GroupGap.of(byDepartment[g], byDepartment[h], 0.95));
        }
      }
    }
    return checksum;
  }

  /**
   * One Welch gap from two groups' moments (non-integer degrees of freedom): the t quantile of the
   * interval and the p-value dominate it.
   */
  @Benchmark
  public GroupGap gap() {
    return GroupGap.of(firstGroup, secondGroup, 0.95);
  }

  private static double gap(GroupGap gap) {
    return value(gap.welchLower()) + value(gap.welchUpper()) + value(gap.welchP()) + value(gap.cohensD());
  }

  private static double value(Estimate e) {
    return e.isDefined() ? e.value() : 0;
  }
}
