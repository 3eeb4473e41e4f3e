package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checkable two-group gaps and their undefined cases. */
class GroupGapTest {
  private static final double NA = Double.NaN;

  @Test
  void equalSizesGiveEqualWelchAndPooledStatistics() {
    // Means 2 and 4, both variances 1 (n = 3): se = sqrt(2/3), t = -2 / se, df = 4 for both.
    GroupGap gap = GroupGap.of(new double[] {1, 2, 3, NA}, new double[] {3, 4, 5});
    assertEquals(3, gap.firstCount());
    assertEquals(-2, gap.difference().value(), 1e-15);
    double t = -2 / Math.sqrt(2.0 / 3);
    assertEquals(t, gap.welchT().value(), 1e-12);
    assertEquals(t, gap.pooledT().value(), 1e-12);
    assertEquals(4, gap.welchDf().value(), 1e-12);
    assertEquals(4, gap.pooledDf().value(), 0);
    assertEquals(gap.welchP().value(), gap.pooledP().value(), 1e-12);
    assertEquals(-2, gap.cohensD().value(), 1e-12); // pooled SD 1
    // qt(0.975, 4) = 2.776445105197793
    double half = 2.776445105197793 * Math.sqrt(2.0 / 3);
    assertEquals(-2 - half, gap.welchLower().value(), 1e-9);
    assertEquals(-2 + half, gap.welchUpper().value(), 1e-9);
    // pt(-2.449490, 4) * 2 = 0.07048399691021993
    assertEquals(0.07048399691021993, gap.welchP().value(), 1e-9);
  }

  @Test
  void aWiderLevelGivesAWiderInterval() {
    double[] a = {1, 2, 3, 4, 6};
    double[] b = {2, 2, 5, 7};
    GroupGap narrow = GroupGap.of(a, b, 0.8);
    GroupGap wide = GroupGap.of(a, b, 0.99);
    assertTrue(wide.welchLower().value() < narrow.welchLower().value());
    assertTrue(wide.welchUpper().value() > narrow.welchUpper().value());
    assertEquals(0.99, wide.confidenceLevel());
  }

  @Test
  void aSingleMemberLeavesWelchUndefinedButNotThePooledTest() {
    GroupGap gap = GroupGap.of(new double[] {3}, new double[] {1, 2, 4});
    assertEquals(Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), gap.welchT().undefinedReason());
    assertEquals(Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), gap.firstSd().undefinedReason());
    assertTrue(gap.pooledT().isDefined());
    assertEquals(2, gap.pooledDf().value(), 0);
    assertTrue(gap.cohensD().isDefined());
  }

  @Test
  void constantDataLeaveTheTestsUndefined() {
    GroupGap gap = GroupGap.of(new double[] {2, 2}, new double[] {2, 2, 2});
    assertEquals(0, gap.difference().value(), 0);
    assertEquals(Optional.of(UndefinedReason.ZERO_VARIANCE), gap.welchT().undefinedReason());
    assertEquals(Optional.of(UndefinedReason.ZERO_VARIANCE), gap.pooledP().undefinedReason());
    assertEquals(Optional.of(UndefinedReason.ZERO_VARIANCE), gap.cohensD().undefinedReason());
  }

  @Test
  void anEmptyGroupLeavesEverythingButTheOtherMeanUndefined() {
    GroupGap gap = GroupGap.of(new double[] {NA}, new double[] {1, 2});
    assertEquals(Optional.of(UndefinedReason.NO_DATA), gap.difference().undefinedReason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), gap.firstMean().undefinedReason());
    assertEquals(1.5, gap.secondMean().value(), 0);
    assertEquals(Optional.of(UndefinedReason.NO_DATA), gap.pooledT().undefinedReason());
  }

  @Test
  void groupsOfAGroupsValueAreComparedByCode() {
    Groups groups = Groups.of(new int[] {1, 0, 1, 0, 1});
    GroupGap gap = GroupGap.of(new double[] {5, 1, 6, 2, 7}, groups, 1, 0);
    assertEquals(4.5, gap.difference().value(), 1e-15);
    assertEquals(3, gap.firstCount());
    assertEquals(2, gap.secondCount());
  }
}
