package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.perception.Disclosure.Decision;
import io.github.serviceculture.alignment.perception.Disclosure.Status;
import io.github.serviceculture.alignment.stats.Groups;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whether every set of respondents the released sets cannot tell apart is large: counting the
 * possible keys in an array (the fast path, for few groups) answers as sorting the keys does.
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
}
