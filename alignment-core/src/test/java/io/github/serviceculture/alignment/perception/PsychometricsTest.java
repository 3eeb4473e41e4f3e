package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.CronbachAlpha;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The organization's full psychometrics: only when asked for, only for the organization, equal to
 * the statistics of {@code stats} on the same answers, and withheld where a few respondents would
 * stand out. The values against R are checked through the CLI (PsychometricTablesTest).
 */
class PsychometricsTest {
  private static final double EPS = 1e-12;

  /** GOALS with the given items on a five-point scale; the last item reverse keyed when asked. */
  private static Instrument instrument(int items, boolean lastReversed) {
    Instrument.Builder b = Instrument.builder().id("t").version("1").scale(Scale.of(1, 5));
    for (int i = 0; i < items; i++) {
      b.addItem(Item.builder().id("G" + i).dimension(Dimension.GOALS).text("Goal statement " + i)
          .reverseKeyed(lastReversed && i == items - 1).build());
    }
    return b.build();
  }

  /** Answers per respondent (rows) and item (columns); 0 marks a skipped item. */
  private static ResponseSet responses(Instrument instrument, int[][] answers, String... departments) {
    ResponseCollector collector = ResponseSet.collector(instrument);
    for (int r = 0; r < answers.length; r++) {
      collector.begin(Respondent.builder().id(String.format("r%03d", r))
          .department(departments.length == 0 ? "ops" : departments[r % departments.length]).build());
      for (int i = 0; i < answers[r].length; i++) {
        if (answers[r][i] != 0) {
          collector.answer(i, answers[r][i]);
        }
      }
      collector.end();
    }
    return collector.build();
  }

  private static int[][] random(int rows, int items, int seed) {
    Random random = new Random(seed);
    int[][] out = new int[rows][items];
    for (int r = 0; r < rows; r++) {
      int base = 1 + random.nextInt(5);
      for (int i = 0; i < items; i++) {
        out[r][i] = Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
      }
    }
    return out;
  }

  private static PerceptionScorer scorer() {
    return PerceptionScorer.of(PerceptionPolicy.defaults().withGroupBy(Respondent.DEPARTMENT));
  }

  private static Psychometrics psychometrics(PerceptionReport report) {
    return report.dimension(Dimension.GOALS).value().orElseThrow().psychometrics().orElseThrow();
  }

  private static void assertClose(double expected, Estimate actual, String what) {
    assertTrue(actual.isDefined(), what + " is undefined: " + actual);
    assertEquals(expected, actual.value(), EPS, what);
  }

  @Test
  void aReportHoldsNoPsychometricsUnlessAskedAndOnlyTheOrganizationsWhenAsked() {
    Instrument instrument = instrument(4, false);
    ResponseSet responses = responses(instrument, random(40, 4, 1), "ops", "sales");
    PerceptionReport plain = scorer().score(responses);
    PerceptionReport full = scorer().withPsychometrics().score(responses);
    assertFalse(plain.dimension(Dimension.GOALS).value().orElseThrow().psychometrics().isPresent());
    assertTrue(full.dimension(Dimension.GOALS).value().orElseThrow().psychometrics().isPresent());
    assertEquals(2, full.groups().size());
    for (GroupPerception group : full.groups()) {
      assertFalse(group.dimensions().get(Dimension.GOALS).psychometrics().isPresent(), group.value());
    }
    // Nothing else changes: without the block the report is the plain one.
    PerceptionFigures withBlock = full.dimension(Dimension.GOALS).value().orElseThrow();
    assertEquals(plain.withDimensions(java.util.Map.of(Dimension.GOALS,
        withBlock.withPsychometrics(java.util.Optional.empty()))), plain);
    assertEquals(plain.groups(), full.groups());
    assertEquals(plain.gaps(), full.gaps());
  }

  @Test
  void theAgreementIndicesOfAHandWorkedCaseAreTheFormulas() {
    // Item 0: 1 2 3 4 5 (variance 2.5, median 3, AD 6/5); item 1: 2 2 3 4 4 (variance 1, AD 4/5).
    Instrument instrument = instrument(2, false);
    int[][] answers = {{1, 2}, {2, 2}, {3, 3}, {4, 4}, {5, 4}};
    Psychometrics p = psychometrics(scorer().withPsychometrics().score(responses(instrument, answers)));
    // Uniform null of five options: (25 - 1) / 12 = 2; r*wg(j) = 1 - mean variance / 2.
    assertClose(1 - 1.75 / 2, p.lindellRwgJ(), "r*wg(j)");
    assertClose((1.2 + 0.8) / 2, p.adMedian(), "AD around the median");
    assertEquals(2, p.items().size());
    ItemStatistics first = p.items().get(0);
    assertEquals("G0", first.itemId());
    assertEquals(5, first.n());
    assertClose(3, first.mean(), "mean");
    assertClose(Math.sqrt(2.5), first.sd(), "sd");
    assertClose(0, first.missingShare(), "missing share");
    // Two items: alpha without one of them does not exist.
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, first.alphaIfDropped().undefinedReason().orElseThrow());
    // Item-rest r of two items is their correlation: cov 1.5 / sqrt(2.5 * 1).
    assertClose(1.5 / Math.sqrt(2.5), first.itemRestR(), "item-rest r");
  }

  @Test
  void theReliabilityFiguresAreCronbachAlphasOnTheKeyedAnswersOfTheScoredRespondents() {
    Instrument instrument = instrument(5, true);
    int[][] answers = random(60, 5, 7);
    // Five respondents skip each item (25 in all, each one item), and two answer a single item only
    // (no score: not counted).
    for (int r = 30; r < 55; r++) {
      answers[r][r % 5] = 0;
    }
    answers[20] = new int[] {3, 0, 0, 0, 0};
    answers[21] = new int[] {0, 0, 0, 0, 2};
    PerceptionReport report = scorer().withPsychometrics().score(responses(instrument, answers));
    PerceptionFigures figures = report.dimension(Dimension.GOALS).value().orElseThrow();
    Psychometrics p = figures.psychometrics().orElseThrow();
    double[][] columns = new double[5][58];
    int row = 0;
    for (int r = 0; r < 60; r++) {
      if (r == 20 || r == 21) {
        continue;
      }
      for (int i = 0; i < 5; i++) {
        int x = answers[r][i];
        columns[i][row] = x == 0 ? Double.NaN : i == 4 ? 6 - x : x;
      }
      row++;
    }
    assertEquals(58, figures.n());
    CronbachAlpha.Result alpha = CronbachAlpha.withDefaults().compute(columns);
    assertClose(alpha.rawAlpha().value(), figures.alpha(), "raw alpha");
    assertClose(alpha.standardizedAlpha().value(), p.standardizedAlpha(), "standardized alpha");
    assertClose(alpha.total().g6Smc().value(), p.g6(), "G6");
    assertClose(alpha.total().medianR().value(), p.medianR(), "median r");
    assertClose(alpha.feldtLower().value(), p.feldtLower(), "Feldt lower");
    assertClose(alpha.feldtUpper().value(), p.feldtUpper(), "Feldt upper");
    for (int i = 0; i < 5; i++) {
      ItemStatistics item = p.items().get(i);
      assertEquals(alpha.item(i).n(), item.n());
      assertClose(5.0 / 58, item.missingShare(), "missing share of " + i);
      assertClose(alpha.item(i).mean().value(), item.mean(), "keyed mean of " + i);
      assertClose(alpha.item(i).rawR().value(), item.itemTotalR(), "raw r of " + i);
      assertClose(alpha.item(i).itemRestR().value(), item.itemRestR(), "r.drop of " + i);
      assertClose(alpha.item(i).ifDropped().rawAlpha().value(), item.alphaIfDropped(), "alpha if dropped " + i);
    }
    // The reversed item's mean is keyed: 6 minus the mean of its answers.
    assertTrue(p.items().get(4).mean().value() > 0);
  }

  @Test
  void itemFiguresAreWithheldWhenFewerThanTheThresholdSkippedAnItem() {
    // With one skipper, k times the dimension total minus the item totals is that person's answers.
    Instrument instrument = instrument(3, false);
    int[][] answers = random(30, 3, 3);
    answers[0][1] = 0;
    Psychometrics p = psychometrics(scorer().withPsychometrics().score(responses(instrument, answers)));
    UndefinedReason withheld = UndefinedReason.WITHHELD_FOR_ANONYMITY;
    for (ItemStatistics item : p.items()) {
      assertEquals(withheld, item.mean().undefinedReason().orElseThrow(), item.itemId());
      assertEquals(withheld, item.sd().undefinedReason().orElseThrow(), item.itemId());
      assertEquals(withheld, item.itemTotalR().undefinedReason().orElseThrow(), item.itemId());
    }
    assertEquals(withheld, p.standardizedAlpha().undefinedReason().orElseThrow());
    // 29 answered every item: the agreement indices rest on them and are released.
    assertTrue(p.lindellRwgJ().isDefined() && p.adMedian().isDefined());

    // With as many skippers as the threshold, of one item, the weighted sum covers five people and
    // every set differs from another by none or five: released.
    for (int r = 1; r < 5; r++) {
      answers[r][1] = 0;
    }
    Psychometrics five = psychometrics(scorer().withPsychometrics().score(responses(instrument, answers)));
    assertTrue(five.items().get(1).mean().isDefined() && five.standardizedAlpha().isDefined());
  }

  @Test
  void noItemFigureOfASecondReleaseTellsAJoinersAnswerByDifferenceWithTheFirst() {
    // Release 1: 40, of whom 5 skip G1 (released: its set is five from the dimension's). Release 2
    // adds 5, of whom 4 skip G1 and one answers it: within release 2, G1's nine skippers are apart
    // from every other set, but its n goes 35 -> 36, so 36 mean2 - 35 mean1 would be that joiner's
    // answer, and the SDs its square.
    Instrument instrument = instrument(3, false);
    int[][] first = random(40, 3, 21);
    for (int r = 0; r < 5; r++) {
      first[r][1] = 0;
    }
    int[][] second = java.util.Arrays.copyOf(first, 45);
    for (int r = 40; r < 45; r++) {
      second[r] = new int[] {3, r == 40 ? 5 : 0, 2};
    }
    ReleaseKey key = ReleaseKey.of(new byte[32]);
    PerceptionScorer scorer = scorer().withPsychometrics().withReleaseKey(key);
    PerceptionReport one = scorer.score(responses(instrument, first));
    assertTrue(psychometrics(one).items().get(1).mean().isDefined(), "release 1 has its item figures");
    PerceptionReport two = scorer.score(responses(instrument, second), one.ledger().orElseThrow());
    Psychometrics p = psychometrics(two);
    UndefinedReason withheld = UndefinedReason.WITHHELD_FOR_ANONYMITY;
    for (ItemStatistics item : p.items()) {
      for (Estimate e : java.util.List.of(item.mean(), item.sd(), item.itemTotalR(), item.correctedItemTotalR(),
          item.itemRestR(), item.alphaIfDropped())) {
        assertEquals(withheld, e.undefinedReason().orElseThrow(), item.itemId() + " in release 2: " + e);
      }
    }
    assertEquals(36, p.items().get(1).n());
    // With joiners who answer every item, the figures are released as a first release, and withheld
    // against the first release's ledger all the same.
    for (int r = 41; r < 45; r++) {
      second[r] = new int[] {3, 2, 2};
    }
    PerceptionReport alone = scorer.score(responses(instrument, second));
    assertTrue(psychometrics(alone).items().get(0).mean().isDefined(), "no history: " + psychometrics(alone));
    assertEquals(withheld, psychometrics(scorer.score(responses(instrument, second), one.ledger().orElseThrow()))
        .items().get(0).mean().undefinedReason().orElseThrow(), "with history");
  }

  @Test
  void anItemWhoseAnsweringSetDiffersByAFewIsWithheldWhateverOthersSkipped() {
    // Five skip G2, so the skippers of any item are at least the threshold; one alone skips G0: G0's
    // set is the dimension's minus one respondent, so G0's mean and SD would tell about them by
    // difference with the dimension's figures, and every pair with G0 too.
    Instrument instrument = instrument(3, false);
    int[][] answers = random(40, 3, 9);
    for (int r = 0; r < 5; r++) {
      answers[r][2] = 0;
    }
    answers[5][0] = 0;
    Psychometrics p = psychometrics(scorer().withPsychometrics().score(responses(instrument, answers)));
    UndefinedReason withheld = UndefinedReason.WITHHELD_FOR_ANONYMITY;
    assertEquals(withheld, p.items().get(0).mean().undefinedReason().orElseThrow(), "G0, one skipper");
    assertEquals(withheld, p.items().get(0).sd().undefinedReason().orElseThrow(), "G0, one skipper");
    assertTrue(p.items().get(1).mean().isDefined(), "G1, answered by all: " + p.items().get(1).mean());
    assertTrue(p.items().get(2).mean().isDefined(), "G2, five skippers: " + p.items().get(2).mean());
    for (ItemStatistics item : p.items()) {
      assertEquals(withheld, item.itemRestR().undefinedReason().orElseThrow(), item.itemId());
      assertEquals(withheld, item.alphaIfDropped().undefinedReason().orElseThrow(), item.itemId());
    }
    assertEquals(withheld, p.standardizedAlpha().undefinedReason().orElseThrow());

    // Four more skip G0 with the first: five skippers each, their sets equal or 10 apart: released.
    for (int r = 6; r < 10; r++) {
      answers[r][0] = 0;
    }
    Psychometrics apart = psychometrics(scorer().withPsychometrics().score(responses(instrument, answers)));
    assertTrue(apart.items().get(0).mean().isDefined() && apart.items().get(0).itemRestR().isDefined()
        && apart.standardizedAlpha().isDefined(), apart.toString());
  }

  @Test
  void aSingleItemDimensionHasItemMeansButNoReliability() {
    Instrument instrument = instrument(1, false);
    int[][] answers = {{1}, {2}, {2}, {4}, {5}, {3}};
    Psychometrics p = psychometrics(scorer().withPsychometrics().score(responses(instrument, answers)));
    assertEquals(UndefinedReason.SINGLE_ITEM, p.standardizedAlpha().undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.SINGLE_ITEM, p.items().get(0).itemRestR().undefinedReason().orElseThrow());
    assertClose(17.0 / 6, p.items().get(0).mean(), "mean");
    // r*wg(j) of one item is 1 - its variance / 2: the squared deviations of 1 2 2 4 5 3 from
    // 17 / 6 sum to 65 / 6, so the variance is 13 / 6.
    assertClose(1 - 13.0 / 12, p.lindellRwgJ(), "r*wg of one item");
  }

  @Test
  void aScorerSaysWhetherItIncludesThePsychometrics() {
    assertFalse(scorer().includesPsychometrics());
    assertTrue(scorer().withPsychometrics().includesPsychometrics());
    assertTrue(scorer().withPsychometrics().withReleaseKey(ReleaseKey.of(new byte[32])).includesPsychometrics(),
        "kept by withReleaseKey");
  }

  @Test
  void aGroupsFiguresCannotHoldPsychometrics() {
    Instrument instrument = instrument(3, false);
    PerceptionFigures organization = scorer().withPsychometrics().score(responses(instrument, random(30, 3, 5)))
        .dimension(Dimension.GOALS).value().orElseThrow();
    io.github.serviceculture.alignment.InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.serviceculture.alignment.InvalidValueException.class,
        () -> GroupPerception.builder().attribute("department").value("ops")
            .putDimension(Dimension.GOALS, organization).build());
    assertTrue(e.getMessage().contains("GroupPerception") && e.getMessage().contains("dimensions")
        && e.getMessage().contains("psychometrics"), e.getMessage());
    // Without them, the same figures are a group's.
    assertEquals(organization.withPsychometrics(java.util.Optional.empty()), GroupPerception.builder()
        .attribute("department").value("ops").putDimension(Dimension.GOALS,
            organization.withPsychometrics(java.util.Optional.empty())).build().dimensions().get(Dimension.GOALS));
  }

  @Test
  void anOrganizationUnderTheThresholdHasNoFiguresAndSoNoPsychometrics() {
    Instrument instrument = instrument(3, false);
    PerceptionReport report = scorer().withPsychometrics().score(responses(instrument, random(4, 3, 5)));
    assertEquals(NotReportedReason.SUPPRESSED_FOR_ANONYMITY,
        report.dimension(Dimension.GOALS).reason().orElseThrow());
  }
}
