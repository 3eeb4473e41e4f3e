package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.perception.Disclosure.Decision;
import io.github.serviceculture.alignment.perception.Disclosure.Status;
import io.github.serviceculture.alignment.stats.Groups;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Disclosure.Decider}, which takes one decision per set of members, decides every figure as
 * {@link Disclosure#decide} does, whatever the order in which figures with equal or different members
 * come, and no figure's decision changes with what is done to another's.
 */
class DeciderPropertiesTest {
  @Test
  void everyFigureIsDecidedAsDecideDecidesIt() {
    qt().withExamples(400)
        .forAll(longs().all(), integers().between(5, 60), integers().between(1, 3))
        .checkAssert((seed, n, attributes) -> {
          Random random = new Random(seed);
          int threshold = 2 + random.nextInt(5);
          int[][] codes = new int[attributes][n];
          int[] groupCounts = new int[attributes];
          for (int a = 0; a < attributes; a++) {
            groupCounts[a] = 1 + random.nextInt(5);
            for (int row = 0; row < n; row++) {
              codes[a][row] = random.nextInt(8) == 0 ? Groups.NONE : random.nextInt(groupCounts[a]);
            }
          }
          // A few sets of members, each coming back several times: everyone, and sets that miss a
          // few, some of them the same number of respondents (so that the count cannot stand for the set).
          boolean[][] pool = new boolean[4][n];
          Arrays.fill(pool[0], true);
          for (int i = 1; i < pool.length; i++) {
            Arrays.fill(pool[i], true);
            int missing = i == 3 ? 1 : 1 + random.nextInt(Math.max(1, n / 4));
            for (int m = 0; m < missing; m++) {
              pool[i][random.nextInt(n)] = false;
            }
          }
          Disclosure.Decider decider = new Disclosure.Decider(codes, groupCounts, threshold);
          for (int figure = 0; figure < 10; figure++) {
            boolean[] member = pool[random.nextInt(pool.length)].clone();
            Decision expected = Disclosure.decide(member, codes, groupCounts, threshold, null);
            Decision actual = decider.decide(member);
            String where = "seed " + seed + ", n " + n + ", figure " + figure;
            assertEquals(expected.overall, actual.overall, where);
            assertEquals(expected.groups.length, actual.groups.length, where);
            for (int a = 0; a < attributes; a++) {
              assertArrayEquals(expected.groups[a], actual.groups[a], where + ", attribute " + a);
            }
            // What one figure's holder does to its decision, or to the members it passed, cannot
            // reach the next figure with the same members.
            actual.overall = Status.DIFFERENCING;
            for (Status[] groups : actual.groups) {
              Arrays.fill(groups, Status.DIFFERENCING);
            }
            Arrays.fill(member, false);
          }
        });
  }

  @Test
  void equalMembersAreDecidedOnceAndDifferentMembersOfTheSameCountApart() {
    // Department 0 has five members and department 1 six; without row 0, department 0 drops below
    // the threshold, without row 10 department 1 stays: same count, different decisions.
    int[][] codes = {{0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}};
    boolean[] withoutFirst = new boolean[11];
    Arrays.fill(withoutFirst, true);
    withoutFirst[0] = false;
    boolean[] withoutLast = new boolean[11];
    Arrays.fill(withoutLast, true);
    withoutLast[10] = false;
    Disclosure.Decider decider = new Disclosure.Decider(codes, new int[] {2}, 5);
    Status[] first = decider.decide(withoutFirst).groups[0];
    Status[] last = decider.decide(withoutLast).groups[0];
    assertTrue(first[0] != Status.SHOWN, Arrays.toString(first));
    assertEquals(Status.SHOWN, last[0], Arrays.toString(last));
    assertArrayEquals(first, decider.decide(withoutFirst.clone()).groups[0]);
  }
}
