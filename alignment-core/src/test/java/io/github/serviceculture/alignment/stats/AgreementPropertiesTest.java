package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of the group statistics on random survey data: ranges, invariance to the order of
 * respondents and to renaming groups, to adding a constant and to reverse keying.
 */
class AgreementPropertiesTest {
  private static final int EXAMPLES = 300;
  /** Reordering sums changes the last bits; values are of order 1, so this is far above that. */
  private static final double TOLERANCE = 1e-9;

  /** A random survey: codes, items with integer answers 1..options, some missing. */
  static final class Survey {
    final int options;
    final int groupCount;
    final int[] codes;
    final double[][] items;

    Survey(int options, int groupCount, int[] codes, double[][] items) {
      this.options = options;
      this.groupCount = groupCount;
      this.codes = codes;
      this.items = items;
    }

    static Survey random(long seed, int options, int rows) {
      Random random = new Random(seed);
      int groupCount = 1 + random.nextInt(6);
      int itemCount = 1 + random.nextInt(4);
      double missing = random.nextInt(3) * 0.08;
      // Some groups answer near one option so that zero variance and end-point means occur.
      int[] centre = new int[groupCount];
      double[] spread = new double[groupCount];
      for (int g = 0; g < groupCount; g++) {
        centre[g] = 1 + random.nextInt(options);
        spread[g] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
      }
      int[] codes = new int[rows];
      for (int i = 0; i < rows; i++) {
        codes[i] = random.nextInt(20) == 0 ? Groups.NONE : random.nextInt(groupCount);
      }
      double[][] items = new double[itemCount][rows];
      for (double[] item : items) {
        for (int i = 0; i < rows; i++) {
          int g = Math.max(codes[i], 0);
          int answer = random.nextDouble() < spread[g] ? 1 + random.nextInt(options) : centre[g];
          item[i] = random.nextDouble() < missing ? Double.NaN : answer;
        }
      }
      return new Survey(options, groupCount, codes, items);
    }

    Groups groups() {
      return Groups.of(codes, groupCount);
    }

    Survey map(Function<Double, Double> f) {
      double[][] mapped = new double[items.length][];
      for (int j = 0; j < items.length; j++) {
        mapped[j] = Arrays.stream(items[j]).map(f::apply).toArray();
      }
      return new Survey(options, groupCount, codes, mapped);
    }

    /** The same respondents in another order. */
    Survey shuffle(long seed) {
      int n = codes.length;
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Random random = new Random(seed);
      for (int i = n - 1; i > 0; i--) {
        int k = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[k];
        order[k] = t;
      }
      int[] shuffledCodes = new int[n];
      double[][] shuffled = new double[items.length][n];
      for (int i = 0; i < n; i++) {
        shuffledCodes[i] = codes[order[i]];
        for (int j = 0; j < items.length; j++) {
          shuffled[j][i] = items[j][order[i]];
        }
      }
      return new Survey(options, groupCount, shuffledCodes, shuffled);
    }

    /** The same data with group g renamed to rename[g]. */
    Survey rename(int[] rename) {
      int[] renamed = Arrays.stream(codes).map(c -> c == Groups.NONE ? c : rename[c]).toArray();
      return new Survey(options, groupCount, renamed, items);
    }

    int[] permutation(long seed) {
      int[] p = new int[groupCount];
      for (int g = 0; g < groupCount; g++) {
        p[g] = g;
      }
      Random random = new Random(seed);
      for (int g = groupCount - 1; g > 0; g--) {
        int k = random.nextInt(g + 1);
        int t = p[g];
        p[g] = p[k];
        p[k] = t;
      }
      return p;
    }

    double[] firstItem() {
      return items[0];
    }

    @Override
    public String toString() {
      return "Survey[options=" + options + ", codes=" + Arrays.toString(codes) + ", items="
          + Arrays.deepToString(items) + "]";
    }
  }

  /** Every group statistic of a survey, in one fixed order, as group estimates. */
  private static GroupEstimates[] all(Survey s, boolean withAwg) {
    Groups groups = s.groups();
    AgreementNull nullModel = AgreementNull.uniform(s.options);
    GroupEstimates[] out = new GroupEstimates[withAwg ? 8 : 7];
    out[0] = Agreement.rwg(groups, nullModel, s.firstItem());
    out[1] = Agreement.rwgJ(groups, nullModel, s.items);
    out[2] = Agreement.lindellRwgJ(groups, nullModel, s.items);
    out[3] = Agreement.ad(groups, Agreement.Centre.MEAN, s.items);
    out[4] = Agreement.ad(groups, Agreement.Centre.MEDIAN, s.items);
    Icc icc = Icc.anova(s.firstItem(), groups);
    out[5] = asGroupEstimates(icc.icc1(), icc.icc2(), icc.msb(), icc.msw());
    out[6] = GroupMeans.of(s.firstItem(), groups).means();
    if (withAwg) {
      out[7] = Agreement.awg(groups, 1, s.options, s.items);
    }
    return out;
  }

  private static GroupEstimates asGroupEstimates(Estimate... estimates) {
    GroupEstimates.Builder b = new GroupEstimates.Builder(estimates.length);
    for (int i = 0; i < estimates.length; i++) {
      if (estimates[i].isDefined()) {
        b.set(i, estimates[i].value(), 0);
      } else {
        b.undefined(i, estimates[i].undefinedReason().orElseThrow(), 0);
      }
    }
    return b.build();
  }

  private static void assertSameEstimates(
      GroupEstimates expected, GroupEstimates actual, int[] rename, String what) {
    for (int g = 0; g < expected.groupCount(); g++) {
      Estimate e = expected.estimate(g);
      Estimate a = actual.estimate(rename == null ? g : rename[g]);
      assertEquals(e.undefinedReason(), a.undefinedReason(), what + " group " + g);
      if (e.isDefined()) {
        assertEquals(e.value(), a.value(), TOLERANCE, what + " group " + g);
      }
    }
  }

  private static void assertAllSame(GroupEstimates[] expected, GroupEstimates[] actual,
      int[] rename, String what) {
    String[] names = {"rwg", "rwg(j)", "r*wg(j)", "AD mean", "AD median", "ICC", "means", "awg"};
    for (int i = 0; i < expected.length; i++) {
      // ICC results are not per group: renaming groups must leave them in place.
      int[] map = i == 5 ? null : rename;
      assertSameEstimates(expected[i], actual[i], map, what + ": " + names[i]);
    }
  }

  @Test
  void rwgAndRwgJAreBetweenZeroAndOneAndAdIsNotNegative() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 7), integers().between(0, 80))
        .checkAssert((seed, options, rows) -> {
          Survey s = Survey.random(seed, options, rows);
          GroupEstimates[] r = all(s, true);
          for (int g = 0; g < s.groupCount; g++) {
            for (int i : new int[] {0, 1}) {
              Estimate e = r[i].estimate(g);
              assertTrue(!e.isDefined() || (e.value() >= 0 && e.value() <= 1), s + " " + e);
            }
            Estimate lindell = r[2].estimate(g);
            assertTrue(!lindell.isDefined() || lindell.value() <= 1, s + " " + lindell);
            for (int i : new int[] {3, 4}) {
              Estimate e = r[i].estimate(g);
              assertTrue(!e.isDefined() || e.value() >= 0, s + " " + e);
            }
          }
        });
  }

  @Test
  void awgIsBetweenMinusOneAndOneWhenDefined() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 7), integers().between(0, 80))
        .checkAssert((seed, options, rows) -> {
          Survey s = Survey.random(seed, options, rows);
          GroupEstimates awg = Agreement.awg(s.groups(), 1, options, s.items);
          for (int g = 0; g < s.groupCount; g++) {
            Estimate e = awg.estimate(g);
            // 1e-12: the bound -1 is reached by a bimodal split and may be missed by rounding.
            assertTrue(!e.isDefined() || (e.value() >= -1 - 1e-12 && e.value() <= 1 + 1e-12),
                s + " " + e);
          }
        });
  }

  @Test
  void everyResultIsInvariantToTheOrderOfRespondents() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 7), integers().between(0, 80))
        .checkAssert((seed, options, rows) -> {
          Survey s = Survey.random(seed, options, rows);
          assertAllSame(all(s, true), all(s.shuffle(seed + 1), true), null, "shuffled " + s);
        });
  }

  @Test
  void everyResultIsInvariantToRenamingGroups() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 7), integers().between(0, 80))
        .checkAssert((seed, options, rows) -> {
          Survey s = Survey.random(seed, options, rows);
          int[] rename = s.permutation(seed + 1);
          assertAllSame(all(s, true), all(s.rename(rename), true), rename, "renamed " + s);
        });
  }

  @Test
  void addingAConstantChangesNoVarianceBasedStatistic() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 7), integers().between(-50, 50))
        .checkAssert((seed, options, shift) -> {
          Survey s = Survey.random(seed, options, 40);
          GroupEstimates[] before = all(s, false);
          GroupEstimates[] after = all(s.map(x -> x + shift + 0.25), false);
          // Group means move with the data; every other statistic must stay.
          assertAllSame(Arrays.copyOf(before, 6), Arrays.copyOf(after, 6), null, "shifted " + s);
        });
  }

  @Test
  void reverseKeyingLeavesRwgAdAndIccUnchanged() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(2, 7), integers().between(0, 80))
        .checkAssert((seed, options, rows) -> {
          Survey s = Survey.random(seed, options, rows);
          GroupEstimates[] before = all(s, false);
          GroupEstimates[] after = all(s.map(x -> options + 1 - x), false);
          assertAllSame(Arrays.copyOf(before, 6), Arrays.copyOf(after, 6), null, "reversed " + s);
        });
  }
}
