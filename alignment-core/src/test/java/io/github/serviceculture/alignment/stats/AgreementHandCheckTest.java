package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked examples of FORMULAS.md section 6 (three groups of four raters, 5-point items)
 * and the edge cases of section 5, with the values written there as exact fractions.
 */
class AgreementHandCheckTest {
  private static final double EXACT = 1e-12;
  private static final AgreementNull FIVE = AgreementNull.uniform(5);
  private static final double NA = Double.NaN;

  // Made-up data of FORMULAS.md section 6: groups A, B, C (codes 0, 1, 2), four raters each.
  private static final int[] HAND_GROUPS = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
  private static final double[] ITEM1 = {4, 4, 5, 4, 3, 3, 3, 3, 1, 5, 1, 5};
  private static final double[] ITEM2 = {4, 5, 5, 4, 2, 3, 3, 2, 2, 4, 2, 5};
  private static final double[] ITEM3 = {3, 4, 4, 4, 3, 3, 4, 3, 1, 5, 2, 4};

  // Made-up data of FORMULAS.md section 5: groups E1..E7 (codes 0..6).
  private static final int[] EDGE_GROUPS =
      {0, 0, 0, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6};
  private static final double[] EDGE1 =
      {5, 5, 5, 3, 2, 3, 4, 1, 1, 5, 5, 5, 5, 5, 4, 5, 5, 5, 4, 3, 4, 4};
  private static final double[] EDGE2 =
      {5, 5, 5, 4, 2, 3, NA, 1, 5, 1, 5, 5, 5, 5, 5, 1, 1, 1, 2, NA, NA, 4};

  private static final Groups HAND = Groups.of(HAND_GROUPS);
  private static final Groups EDGE = Groups.of(EDGE_GROUPS);

  private static void assertValue(double expected, Estimate actual) {
    assertTrue(actual.isDefined(), () -> "expected " + expected + ", was " + actual);
    assertEquals(expected, actual.value(), EXACT);
  }

  private static void assertUndefined(UndefinedReason reason, Estimate actual) {
    assertEquals(Optional.of(reason), actual.undefinedReason(), actual::toString);
  }

  @Test
  void uniformNullVarianceIsASquaredMinusOneOverTwelve() {
    assertEquals(1.25, AgreementNull.uniform(4).variance());
    assertEquals(2.0, AgreementNull.uniform(5).variance());
    assertEquals(35.0 / 12, AgreementNull.uniform(6).variance());
    assertEquals(4.0, AgreementNull.uniform(7).variance());
    assertEquals(1.34, AgreementNull.ofVariance(1.34).variance());
    assertFalse(AgreementNull.ofVariance(2).options().isPresent());
    assertEquals(5, FIVE.options().getAsInt());
  }

  @Test
  void rwgOfEachItemMatchesTheHandCalculation() {
    GroupEstimates item1 = Agreement.rwg(HAND, FIVE, ITEM1);
    assertValue(0.875, item1.estimate(0));
    assertValue(1, item1.estimate(1)); // zero variance
    assertValue(0, item1.estimate(2)); // s^2 = 16/3 capped at 2
    GroupEstimates item2 = Agreement.rwg(HAND, FIVE, ITEM2);
    assertValue(1 - (1.0 / 3) / 2, item2.estimate(0));
    assertValue(0, item2.estimate(2));
    assertValue(0.875, Agreement.rwg(new double[] {3, 4, 4, 4, NA}, FIVE)); // group A, item 3
  }

  @Test
  void rwgJMatchesTheHandCalculation() {
    GroupEstimates rwgJ = Agreement.rwgJ(HAND, FIVE, ITEM1, ITEM2, ITEM3);
    assertValue(93.0 / 98, rwgJ.estimate(0)); // 0.948980
    assertValue(195.0 / 202, rwgJ.estimate(1)); // 0.965347
    assertValue(0, rwgJ.estimate(2)); // mean variance 3.6389 capped at 2
    assertEquals(4, rwgJ.count(2));
  }

  @Test
  void lindellRwgJIsNotTruncated() {
    GroupEstimates lindell = Agreement.lindellRwgJ(HAND, FIVE, ITEM1, ITEM2, ITEM3);
    assertValue(31.0 / 36, lindell.estimate(0)); // 0.861111
    assertValue(65.0 / 72, lindell.estimate(1)); // 0.902778
    assertValue(-59.0 / 72, lindell.estimate(2)); // -0.819444
  }

  @Test
  void adDividesByNAndAveragesOverItems() {
    GroupEstimates mean = Agreement.ad(HAND, Agreement.Centre.MEAN, ITEM1, ITEM2, ITEM3);
    assertValue(5.0 / 12, mean.estimate(0)); // 0.416667
    assertValue(7.0 / 24, mean.estimate(1)); // 0.291667
    assertValue(19.0 / 12, mean.estimate(2)); // 1.583333
    GroupEstimates item1 = Agreement.ad(HAND, Agreement.Centre.MEAN, ITEM1);
    assertValue(0.375, item1.estimate(0));
    assertValue(0, item1.estimate(1));
    assertValue(2, item1.estimate(2));
    assertValue(0.25, Agreement.ad(HAND, Agreement.Centre.MEDIAN, ITEM1).estimate(0));
  }

  @Test
  void awgMatchesTheHandCalculationAndSkipsUndefinedItems() {
    GroupEstimates item1 = Agreement.awg(HAND, 1, 5, ITEM1);
    assertUndefined(UndefinedReason.MEAN_NEAR_SCALE_END, item1.estimate(0)); // M = 4.25 > 4
    assertValue(1, item1.estimate(1));
    assertValue(-1, item1.estimate(2));
    GroupEstimates item2 = Agreement.awg(HAND, 1, 5, ITEM2);
    assertUndefined(UndefinedReason.MEAN_NEAR_SCALE_END, item2.estimate(0));
    assertValue(13.0 / 15, item2.estimate(1)); // 0.866667
    assertValue(1.0 / 7, item2.estimate(2)); // 0.142857
    GroupEstimates item3 = Agreement.awg(HAND, 1, 5, ITEM3);
    assertValue(49.0 / 55, item3.estimate(0)); // 0.890909
    assertValue(19.0 / 21, item3.estimate(1)); // 0.904762
    assertValue(-0.25, item3.estimate(2));
    GroupEstimates scale = Agreement.awg(HAND, 1, 5, ITEM1, ITEM2, ITEM3);
    assertValue(49.0 / 55, scale.estimate(0)); // only item 3 defined
    assertValue((1 + 13.0 / 15 + 19.0 / 21) / 3, scale.estimate(1)); // 0.923810
    assertValue((-1 + 1.0 / 7 - 0.25) / 3, scale.estimate(2)); // -0.369048
  }

  @Test
  void iccOfItem1MatchesTheHandCalculation() {
    Icc icc = Icc.anova(ITEM1, HAND);
    assertEquals(12, icc.n());
    assertEquals(3, icc.groupCount());
    assertValue(4, icc.meanGroupSize());
    assertValue(25.0 / 12, icc.msb());
    assertValue(67.0 / 36, icc.msw());
    assertValue((25.0 / 12) / (67.0 / 36), icc.f());
    assertValue(8.0 / 276, icc.icc1()); // 0.0289855
    assertValue(8.0 / 75, icc.icc2()); // 0.106667
  }

  @Test
  void iccOfTheScaleScoreMatchesTheHandCalculation() {
    double[] score = new double[ITEM1.length];
    for (int i = 0; i < score.length; i++) {
      score[i] = (ITEM1[i] + ITEM2[i] + ITEM3[i]) / 3;
    }
    Icc icc = Icc.anova(score, HAND);
    assertEquals(0.114109, icc.icc1().value(), 5e-7);
    assertEquals(0.340034, icc.icc2().value(), 5e-7);
    GroupMeans means = GroupMeans.of(score, HAND);
    assertValue(25.0 / 6, means.mean(0));
    assertValue(35.0 / 12, means.mean(1));
    assertValue(37.0 / 12, means.mean(2));
    assertValue(61.0 / 18, means.grandMean());
  }

  @Test
  void edgeCasesOfSectionFive() {
    GroupEstimates rwg = Agreement.rwg(EDGE, FIVE, EDGE1);
    GroupEstimates rwgJ = Agreement.rwgJ(EDGE, FIVE, EDGE1, EDGE2);
    GroupEstimates lindell = Agreement.lindellRwgJ(EDGE, FIVE, EDGE1, EDGE2);
    GroupEstimates ad = Agreement.ad(EDGE, Agreement.Centre.MEAN, EDGE1, EDGE2);
    GroupEstimates awg = Agreement.awg(EDGE, 1, 5, EDGE1, EDGE2);
    GroupEstimates awg1 = Agreement.awg(EDGE, 1, 5, EDGE1);
    // E1: zero variance, every answer on the top end
    assertValue(1, rwg.estimate(0));
    assertValue(1, rwgJ.estimate(0));
    assertValue(1, lindell.estimate(0));
    assertValue(0, ad.estimate(0));
    assertValue(1, awg.estimate(0));
    // E2: a single member
    for (GroupEstimates e : new GroupEstimates[] {rwg, rwgJ, lindell, ad, awg}) {
      assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, e.estimate(1));
    }
    // E3: item 2 missing for one member; listwise leaves two, and awg with k = 2 needs M = 3
    assertValue(0.5, rwg.estimate(2));
    assertValue(0.75, Agreement.rwg(EDGE, FIVE, EDGE2).estimate(2));
    assertEquals(2, rwgJ.count(2));
    assertValue(6.0 / 7, rwgJ.estimate(2)); // 0.857143
    assertValue(0.75, lindell.estimate(2));
    assertValue(0.5, ad.estimate(2));
    assertUndefined(UndefinedReason.NO_DEFINED_ITEM, awg.estimate(2));
    // E4: bimodal split
    assertValue(0, rwg.estimate(3));
    assertValue(0, rwgJ.estimate(3));
    assertValue(-5.0 / 3, lindell.estimate(3));
    assertValue(2, ad.estimate(3));
    assertValue(-1, awg.estimate(3));
    // E5: item 1 awg undefined (M = 4.75 > 4), item 2 all on the top end
    assertValue(0.875, rwg.estimate(4));
    assertValue(30.0 / 31, rwgJ.estimate(4)); // 0.967742
    assertValue(0.9375, lindell.estimate(4));
    assertValue(0.1875, ad.estimate(4));
    assertValue(1, awg.estimate(4));
    // E6: both items undefined for awg
    assertValue(14.0 / 15, rwgJ.estimate(5)); // 0.933333
    assertValue(0.875, lindell.estimate(5));
    assertValue(0.375, ad.estimate(5));
    assertUndefined(UndefinedReason.NO_DEFINED_ITEM, awg.estimate(5));
    // E7: listwise leaves one member; item 1 alone has its mean exactly on the bound 11/3
    assertValue(5.0 / 6, rwg.estimate(6));
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, rwgJ.estimate(6));
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, awg.estimate(6));
    assertValue(0.875, awg1.estimate(6));
    assertUndefined(UndefinedReason.MEAN_NEAR_SCALE_END, awg1.estimate(4));
  }

  @Test
  void iccCountsTheSingleMemberGroup() {
    Icc icc = Icc.anova(EDGE1, EDGE);
    assertEquals(22, icc.n());
    assertEquals(7, icc.groupCount());
    assertValue(22.0 / 7, icc.meanGroupSize());
    assertEquals(0.234508, icc.icc1().value(), 5e-7);
    assertEquals(0.490526, icc.icc2().value(), 5e-7);
  }

  @Test
  void iccIsUndefinedWithOneGroupOrOneMemberPerGroupOrNoVariance() {
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS,
        Icc.anova(new double[] {1, 2, 3}, Groups.of(new int[] {0, 0, 0})).icc1());
    Icc singles = Icc.anova(new double[] {1, 2, 3}, Groups.of(new int[] {0, 1, 2}));
    assertValue(1, singles.msb());
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, singles.msw());
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, singles.icc2());
    Icc constant = Icc.anova(new double[] {2, 2, 2, 2}, Groups.of(new int[] {0, 0, 1, 1}));
    assertUndefined(UndefinedReason.ZERO_VARIANCE, constant.icc1());
    assertUndefined(UndefinedReason.ZERO_VARIANCE, constant.icc2());
    assertUndefined(UndefinedReason.ZERO_VARIANCE, constant.f());
    Icc empty = Icc.anova(new double[] {NA, NA}, Groups.of(new int[] {0, 1}));
    assertEquals(0, empty.n());
    assertUndefined(UndefinedReason.NO_DATA, empty.meanGroupSize());
  }

  @Test
  void iccIsNegativeWhenGroupsDifferLessThanMembers() {
    Icc icc = Icc.anova(new double[] {1, 5, 1, 5}, Groups.of(new int[] {0, 0, 1, 1}));
    assertValue(0, icc.msb());
    assertUndefined(UndefinedReason.ZERO_VARIANCE, icc.icc2());
    Icc negative = Icc.anova(new double[] {1, 5, 2, 5}, Groups.of(new int[] {0, 0, 1, 1}));
    assertTrue(negative.icc1().value() < 0);
    assertTrue(negative.icc2().value() < 0);
  }

  @Test
  void groupsWithoutMembersAndRespondentsInNoGroupAreHandled() {
    Groups groups = Groups.of(new int[] {0, Groups.NONE, 0, 2}, 3);
    assertEquals(3, groups.groupCount());
    assertEquals(0, groups.size(1));
    assertEquals(2, groups.size(0));
    GroupEstimates rwg = Agreement.rwg(groups, FIVE, new double[] {1, 5, 1, 3});
    assertValue(1, rwg.estimate(0)); // the respondent in no group is ignored
    assertUndefined(UndefinedReason.NO_DATA, rwg.estimate(1));
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, rwg.estimate(2));
    assertEquals(1, rwg.definedCount());
    GroupMeans means = GroupMeans.of(new double[] {1, 5, 2, 3}, groups);
    assertValue(1.5, means.mean(0));
    assertUndefined(UndefinedReason.NO_DATA, means.mean(1));
    assertUndefined(UndefinedReason.TOO_FEW_OBSERVATIONS, means.sd(2));
  }

  @Test
  void badArgumentsAreRejectedNamingTheParameter() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Groups.of(new int[] {0, 3}, 2));
    assertEquals("codes[1]", e.field());
    assertEquals("options",
        assertThrows(InvalidValueException.class, () -> AgreementNull.uniform(1)).field());
    assertEquals("variance",
        assertThrows(InvalidValueException.class, () -> AgreementNull.ofVariance(0)).field());
    assertEquals("items[1].length", assertThrows(InvalidValueException.class,
        () -> Agreement.rwgJ(HAND, FIVE, ITEM1, new double[3])).field());
    assertEquals("items[0][2]", assertThrows(InvalidValueException.class,
        () -> Agreement.awg(1, 5, new double[] {1, 2, 6})).field());
    assertEquals("items[0][1]", assertThrows(InvalidValueException.class,
        () -> Agreement.rwg(new double[] {1, Double.POSITIVE_INFINITY}, FIVE)).field());
    assertEquals("high", assertThrows(InvalidValueException.class,
        () -> Agreement.awg(5, 5, new double[] {5})).field());
    assertEquals("items.length", assertThrows(InvalidValueException.class,
        () -> Agreement.ad(Agreement.Centre.MEAN)).field());
    assertEquals("values.length", assertThrows(InvalidValueException.class,
        () -> Icc.anova(new double[2], HAND)).field());
    assertEquals("level", assertThrows(InvalidValueException.class,
        () -> GroupGap.of(ITEM1, ITEM2, 1.0)).field());
    assertEquals("second", assertThrows(InvalidValueException.class,
        () -> GroupGap.of(ITEM1, HAND, 0, 3)).field());
  }
}
