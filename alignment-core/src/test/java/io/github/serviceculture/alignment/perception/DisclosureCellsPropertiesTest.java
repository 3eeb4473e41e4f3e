package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.perception.Disclosure.Decision;
import io.github.serviceculture.alignment.perception.Disclosure.Status;
import io.github.serviceculture.alignment.stats.Groups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Whether every set of respondents the released sets cannot tell apart is large: counting the
 * possible keys in an array (the fast path, for few groups) answers as sorting the keys does, and
 * so does counting them in a hash table (blocks of two figures); and
 * for two figures' sets together (items beside their dimension), large blocks mean the span holds
 * no small set.
 */
class DisclosureCellsPropertiesTest {
  private int large;
  private int notLarge;

  @Test
  void countingTheKeysAnswersAsSortingThem() {
    qt().withExamples(3_000)
        .forAll(longs().all(), integers().between(0, 120), integers().between(0, 4))
        .checkAssert((seed, n, attributes) -> {
          Random random = new Random(seed);
          int[][] codes = new int[attributes][n];
          int[] groupCounts = new int[attributes];
          Status[][] groups = new Status[attributes][];
          long keys = 1;
          for (int a = 0; a < attributes; a++) {
            groupCounts[a] = random.nextInt(7);
            keys *= groupCounts[a] + 1;
            groups[a] = new Status[groupCounts[a]];
            for (int g = 0; g < groupCounts[a]; g++) {
              groups[a][g] = random.nextInt(4) == 0 ? Status.COMPLEMENTARY : Status.SHOWN;
            }
            for (int row = 0; row < n; row++) {
              codes[a][row] = groupCounts[a] == 0 || random.nextInt(10) == 0 ? Groups.NONE
                  : random.nextInt(groupCounts[a]);
            }
          }
          boolean[] universe = new boolean[n];
          boolean everyone = random.nextBoolean();
          for (int row = 0; row < n; row++) {
            universe[row] = everyone || random.nextInt(8) > 0;
          }
          Decision decision = new Decision(Status.SHOWN, groups);
          int bound = random.nextInt(7);
          boolean expected = Disclosure.allCellsLargeBySorting(universe, codes, groupCounts, decision, bound);
          boolean actual = Disclosure.allCellsLargeByCounting(universe, codes, groupCounts, decision, bound,
              (int) keys);
          assertEquals(expected, actual, "seed " + seed + ", n " + n + ", bound " + bound);
          if (expected) {
            large++;
          } else {
            notLarge++;
          }
        });
    // Both answers were given often enough for the comparison to mean something.
    assertTrue(large > 300 && notLarge > 300, large + " large, " + notLarge + " not");
  }

  @Test
  void countingTheKeysInATableAnswersAsSortingThem() {
    int[] answers = new int[2];
    qt().withExamples(3_000)
        .forAll(longs().all(), integers().between(0, 300), integers().between(1, 40))
        .checkAssert((seed, count, distinct) -> {
          Random random = new Random(seed);
          // Few distinct keys, as blocks give, drawn from a pool that mixes small codes, negative
          // numbers and multiples of large powers of two (which collide in a table indexed by low bits).
          long[] pool = new long[distinct];
          for (int i = 0; i < distinct; i++) {
            switch (random.nextInt(3)) {
              case 0:
                pool[i] = random.nextInt(50);
                break;
              case 1:
                pool[i] = random.nextLong();
                break;
              default:
                pool[i] = (long) random.nextInt(16) << (20 + random.nextInt(40));
            }
          }
          long[] keys = new long[count + random.nextInt(3)];
          for (int i = 0; i < keys.length; i++) {
            keys[i] = pool[random.nextInt(distinct)];
          }
          int bound = random.nextInt(8);
          boolean expected = someKeyFewBySorting(keys.clone(), count, bound);
          boolean actual = Disclosure.someKeyFewByHashing(keys, count, bound);
          assertEquals(expected, actual, "seed " + seed + ", count " + count + ", bound " + bound);
          answers[expected ? 1 : 0]++;
        });
    assertTrue(answers[0] > 300 && answers[1] > 300, answers[0] + " without a few, " + answers[1] + " with");
  }

  /** The answer of {@link Disclosure#someKeyFewByHashing}, by sorting the keys (in place) and measuring their runs. */
  private static boolean someKeyFewBySorting(long[] keys, int count, int bound) {
    Arrays.sort(keys, 0, count);
    for (int i = 0, run = 0; i < count; i++) {
      run = i > 0 && keys[i] == keys[i - 1] ? run + 1 : 1;
      boolean last = i == count - 1 || keys[i + 1] != keys[i];
      if (last && run <= bound) {
        return true;
      }
    }
    return false;
  }

  @Test
  void whenEveryBlockOfTwoFiguresIsLargeTheirSetsTogetherDetermineNoSmallSet() {
    int[] shortCuts = new int[1];
    qt().withExamples(1_500)
        .forAll(longs().all(), integers().between(1, 90), integers().between(1, 3))
        .checkAssert((seed, n, attributes) -> {
          Random random = new Random(seed);
          int[][] codes = new int[attributes][n];
          int[] groupCounts = new int[attributes];
          for (int a = 0; a < attributes; a++) {
            groupCounts[a] = 1 + random.nextInt(4);
            for (int row = 0; row < n; row++) {
              codes[a][row] = random.nextInt(12) == 0 ? Groups.NONE : random.nextInt(groupCounts[a]);
            }
          }
          Decision first = randomDecision(random, groupCounts);
          Decision second = randomDecision(random, groupCounts);
          boolean[] inSecond = new boolean[n];
          boolean[] inFirst = new boolean[n];
          boolean everyone = random.nextInt(3) == 0;
          for (int row = 0; row < n; row++) {
            inSecond[row] = everyone || random.nextInt(10) > 0;
            // The item members are among the dimension's, as in the scorer.
            inFirst[row] = inSecond[row] && (everyone || random.nextInt(6) > 0);
          }
          int bound = 1 + random.nextInt(3);
          if (!Disclosure.allBlocksLarge(inFirst, inSecond, first, second, codes, groupCounts, bound)) {
            return;
          }
          shortCuts[0]++;
          List<int[]> vectors = new ArrayList<>(Disclosure.releasedSets(first, inFirst, codes));
          vectors.addAll(Disclosure.releasedSets(second, inSecond, codes));
          int[] identity = IntStream.range(0, n).toArray();
          Span.Found found = Span.find(vectors, n, identity, 1, bound + 1);
          assertTrue(found == null || found.unresolved, "seed " + seed + ", n " + n + ", bound " + bound);
        });
    // The short cut was taken often enough for the property to mean something.
    assertTrue(shortCuts[0] > 100, shortCuts[0] + " short cuts");
  }

  private static Decision randomDecision(Random random, int[] groupCounts) {
    Status[][] groups = new Status[groupCounts.length][];
    for (int a = 0; a < groupCounts.length; a++) {
      groups[a] = new Status[groupCounts[a]];
      for (int g = 0; g < groupCounts[a]; g++) {
        groups[a][g] = random.nextInt(3) == 0 ? Status.COMPLEMENTARY : Status.SHOWN;
      }
    }
    return new Decision(random.nextInt(4) == 0 ? Status.COMPLEMENTARY : Status.SHOWN, groups);
  }
}
