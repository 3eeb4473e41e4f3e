package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Splitting a group's rows into parts (random sizes, empty parts included), accumulating each part
 * and combining the parts in a random order gives the statistics of the whole: to 1e-12 relative
 * for real values (Chan's merge), bit for bit for whole-number answers (exact sums).
 */
class AccumulatorCombinePropertiesTest {
  private static final double RELATIVE = 1e-12;

  @Test
  void momentsOfCombinedPartsEqualThoseOfTheWhole() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      double[] values = realValues(random, random.nextInt(60));
      Moments whole = Moments.of(values);
      List<int[]> parts = split(random, values.length);
      Moments combined = combineInRandomOrder(random, momentsOfParts(random, values, parts), Moments::combine);
      Moments again = combineInRandomOrder(random, momentsOfParts(random, values, parts), Moments::combine);
      assertMomentsClose(whole, combined, values);
      assertMomentsClose(combined, again, values);
    });
  }

  @Test
  void gapsAndIccsOfCombinedGroupMomentsEqualThoseOfTheValues() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = random.nextInt(80);
      int groupCount = 1 + random.nextInt(4);
      double[] values = realValues(random, n);
      int[] codes = new int[n];
      for (int row = 0; row < n; row++) {
        codes[row] = random.nextInt(groupCount + 1) - 1;
      }
      Groups groups = Groups.of(codes, groupCount);
      Moments[] byGroup = new Moments[groupCount];
      for (int g = 0; g < groupCount; g++) {
        int group = g;
        double[] members = Arrays.stream(groups.members(g)).mapToDouble(row -> values[row]).toArray();
        byGroup[g] = combineInRandomOrder(random, momentsOfParts(random, members, split(random, members.length)),
            Moments::combine);
        assertMomentsClose(Moments.of(members), byGroup[group], members);
      }
      Icc fromValues = Icc.anova(values, groups);
      Icc fromMoments = Icc.anova(byGroup);
      assertClose(fromValues.icc1(), fromMoments.icc1(), "ICC(1)");
      assertClose(fromValues.icc2(), fromMoments.icc2(), "ICC(2)");
      assertClose(fromValues.msw(), fromMoments.msw(), "MSW");
      assertClose(fromValues.msb(), fromMoments.msb(), "MSB");
      GroupMeans means = GroupMeans.of(byGroup);
      GroupMeans direct = GroupMeans.of(values, groups);
      for (int g = 0; g < groupCount; g++) {
        assertClose(direct.mean(g), means.mean(g), "mean of group " + g);
        assertClose(direct.sd(g), means.sd(g), "SD of group " + g);
      }
      if (groupCount >= 2) {
        GroupGap gap = GroupGap.of(byGroup[0], byGroup[1], 0.95);
        GroupGap expected = GroupGap.of(values, groups, 0, 1, 0.95);
        assertClose(expected.difference(), gap.difference(), "difference");
        assertClose(expected.welchLower(), gap.welchLower(), "Welch lower");
        assertClose(expected.welchP(), gap.welchP(), "Welch p");
        assertClose(expected.cohensD(), gap.cohensD(), "Cohen's d");
      }
    });
  }

  @Test
  void covariancesOfCombinedPartsEqualThoseOfTheWhole() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = random.nextInt(60);
      int k = 1 + random.nextInt(6);
      double[][] columns = new double[k][];
      for (int i = 0; i < k; i++) {
        columns[i] = realValues(random, n);
      }
      // Correlated columns, as the items of a scale: alpha is then mostly well away from zero.
      for (int i = 1; i < k; i++) {
        for (int row = 0; row < n; row++) {
          columns[i][row] += columns[0][row] == columns[0][row] ? columns[0][row] : 0;
        }
      }
      Covariances whole = Covariances.of(columns);
      List<Covariances> parts = new ArrayList<>();
      for (int[] part : split(random, n)) {
        double[][] selected = new double[k][part.length];
        for (int i = 0; i < k; i++) {
          for (int r = 0; r < part.length; r++) {
            selected[i][r] = columns[i][part[r]];
          }
        }
        if (random.nextBoolean()) {
          parts.add(Covariances.of(selected));
        } else {
          Covariances c = new Covariances(k);
          double[] row = new double[k];
          for (int r = 0; r < part.length; r++) {
            for (int i = 0; i < k; i++) {
              row[i] = selected[i][r];
            }
            c.accept(row);
          }
          parts.add(c);
        }
      }
      Covariances combined = combineInRandomOrder(random, parts, Covariances::combine);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          assertEquals(whole.count(i, j), combined.count(i, j));
          assertClose(whole.covariance(i, j), combined.covariance(i, j), "covariance " + i + ", " + j);
        }
      }
      assertClose(whole.alpha(), combined.alpha(), "alpha");
      if (k >= 2 && n >= 2) {
        assertClose(CronbachAlpha.withDefaults().compute(columns).rawAlpha(), whole.alpha(), "alpha, CronbachAlpha");
      }
    });
  }

  @Test
  void answerAccumulatorsOfCombinedPartsEqualTheWholeBitForBit() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = random.nextInt(60);
      int k = 2 + random.nextInt(6);
      int options = 2 + random.nextInt(9);
      double missing = random.nextInt(4) * 0.1;
      double[] answers = new double[n * k];
      for (int c = 0; c < answers.length; c++) {
        answers[c] = random.nextDouble() < missing ? Double.NaN : random.nextInt(options);
      }
      AnswerCovariances wholeCovariances = new AnswerCovariances(k);
      AnswerAgreement wholeAgreement = new AnswerAgreement(k, options);
      for (int row = 0; row < n; row++) {
        wholeCovariances.accept(answers, row * k);
        wholeAgreement.accept(answers, row * k);
      }
      List<int[]> parts = split(random, n);
      List<AnswerCovariances> covariances = new ArrayList<>();
      List<AnswerAgreement> agreement = new ArrayList<>();
      for (int[] part : parts) {
        AnswerCovariances c = new AnswerCovariances(k);
        AnswerAgreement a = new AnswerAgreement(k, options);
        for (int row : part) {
          c.accept(answers, row * k);
          a.accept(answers, row * k);
        }
        covariances.add(c);
        agreement.add(a);
      }
      AnswerCovariances c = combineInRandomOrder(random, covariances, AnswerCovariances::combine);
      AnswerAgreement a = combineInRandomOrder(random, agreement, AnswerAgreement::combine);
      AgreementNull nullModel = AgreementNull.uniform(options);
      assertEquals(wholeCovariances.fewestPairRows(), c.fewestPairRows());
      assertEquals(wholeCovariances.alpha(), c.alpha());
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          assertEquals(wholeCovariances.covariance(i, j), c.covariance(i, j));
        }
      }
      assertEquals(wholeAgreement.completeRows(), a.completeRows());
      assertEquals(wholeAgreement.rwgJ(nullModel), a.rwgJ(nullModel));
      assertEquals(wholeAgreement.ad(), a.ad());
    });
  }

  @Test
  void combiningAccumulatorsOfOtherShapesIsRefused() {
    assertThrows(InvalidValueException.class, () -> new AnswerCovariances(3).combine(new AnswerCovariances(4)));
    assertThrows(InvalidValueException.class, () -> new AnswerAgreement(3, 5).combine(new AnswerAgreement(3, 7)));
    assertThrows(InvalidValueException.class, () -> new AnswerAgreement(3, 5).accept(new double[] {0, 5, 1}));
    assertThrows(InvalidValueException.class, () -> new AnswerCovariances(2).accept(new double[] {0.5, 1}));
    assertThrows(InvalidValueException.class, () -> new Moments().accept(Double.POSITIVE_INFINITY));
    assertThrows(InvalidValueException.class, () -> new Covariances(2).combine(new Covariances(3)));
    assertThrows(InvalidValueException.class, () -> new Covariances(2).accept(new double[] {1, Double.NEGATIVE_INFINITY}));
  }

  @Test
  void aMomentsCombinedWithItselfHoldsEveryValueTwice() {
    Moments m = Moments.of(1, 2, 4);
    m.combine(m);
    assertEquals(6, m.count());
    assertClose(Moments.of(1, 2, 4, 1, 2, 4).variance(), m.variance(), "variance");
    assertClose(Estimate.of(7.0 / 3), m.mean(), "mean");
  }

  /** Normal values whose mean is at most ten standard deviations from zero, a fifth missing. */
  private static double[] realValues(Random random, int n) {
    double centre = (random.nextDouble() - 0.5) * 100;
    double spread = 1 + random.nextDouble() * 9;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = random.nextInt(5) == 0 ? Double.NaN : centre + spread * random.nextGaussian();
    }
    return values;
  }

  /** The rows 0..n-1 shuffled and cut into 1 to 6 parts of random sizes, some possibly empty. */
  private static List<int[]> split(Random random, int n) {
    List<Integer> rows = new ArrayList<>();
    for (int row = 0; row < n; row++) {
      rows.add(row);
    }
    Collections.shuffle(rows, random);
    int partCount = 1 + random.nextInt(6);
    int[] cuts = new int[partCount + 1];
    for (int p = 1; p < partCount; p++) {
      cuts[p] = random.nextInt(n + 1);
    }
    cuts[partCount] = n;
    Arrays.sort(cuts);
    List<int[]> parts = new ArrayList<>();
    for (int p = 0; p < partCount; p++) {
      parts.add(rows.subList(cuts[p], cuts[p + 1]).stream().mapToInt(Integer::intValue).toArray());
    }
    return parts;
  }

  /** Each part's moments, by accept (Welford) or by the two-pass {@code of}, at random. */
  private static List<Moments> momentsOfParts(Random random, double[] values, List<int[]> parts) {
    List<Moments> out = new ArrayList<>();
    for (int[] part : parts) {
      if (random.nextBoolean()) {
        Moments m = new Moments();
        for (int row : part) {
          m.accept(values[row]);
        }
        out.add(m);
      } else {
        out.add(Moments.of(Arrays.stream(part).mapToDouble(row -> values[row]).toArray()));
      }
    }
    return out;
  }

  /** Combines the parts pairwise in a random order until one is left. */
  private static <T> T combineInRandomOrder(Random random, List<T> parts, BinaryOperator<T> combine) {
    List<T> left = new ArrayList<>(parts);
    while (left.size() > 1) {
      T a = left.remove(random.nextInt(left.size()));
      T b = left.remove(random.nextInt(left.size()));
      left.add(combine.apply(a, b));
    }
    return left.get(0);
  }

  private static void assertMomentsClose(Moments expected, Moments actual, double[] values) {
    assertEquals(expected.count(), actual.count());
    // The mean relative to the values' scale: a mean near zero has no relative precision of its own.
    double scale = Arrays.stream(values).filter(v -> v == v).map(Math::abs).max().orElse(1);
    assertEquals(expected.mean().isDefined(), actual.mean().isDefined());
    if (expected.mean().isDefined()) {
      assertEquals(expected.mean().value(), actual.mean().value(), RELATIVE * scale, "mean");
    }
    assertClose(expected.variance(), actual.variance(), "variance");
  }

  private static void assertClose(Estimate expected, Estimate actual, String what) {
    AnswerAccumulatorsPropertiesTest.assertClose(expected, actual, RELATIVE, what);
  }
}
