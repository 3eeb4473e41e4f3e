package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Item results by hand: the favourable map of every scale from 2 to 11 options, reverse keying, n and hiding. */
class ItemResultsTest {
  private static final PerceptionPolicy ORGANIZATION_ONLY = PerceptionPolicy.builder().anonymityThreshold(3)
      .groupBy(List.of()).build();

  /** Goals measured by G1 and the reverse-keyed G2 on a scale of 1 to {@code options}. */
  private static Instrument instrument(int options) {
    return Instrument.builder().id("mini").version("1").scale(Scale.of(1, options))
        .addItems(
            Item.builder().id("G1").dimension(Dimension.GOALS).text("Goals help customers").build(),
            Item.builder().id("G2").dimension(Dimension.GOALS).text("Goals set us against each other")
                .reverseKeyed(true).build())
        .build();
  }

  /** Option j chosen by j respondents, for G1 and G2 alike: 1 + 2 + ... + options respondents. */
  private static ResponseSet triangle(Instrument instrument) {
    List<Response> responses = new ArrayList<>();
    int options = instrument.scale().options();
    for (int j = 1; j <= options; j++) {
      for (int copy = 0; copy < j; copy++) {
        responses.add(Response.of(Respondent.of("r" + j + "-" + copy), Map.of("G1", j, "G2", j)));
      }
    }
    return ResponseSet.of(instrument, responses);
  }

  private static ItemResult item(PerceptionReport report, String id) {
    return report.items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Counts by hand: with option j chosen by j of the T = options (options + 1) / 2 respondents, the
   * favourable options of the default map (the top options / 2) are chosen by {@code favourable} of them,
   * the middle option of an odd scale by {@code neutral}, the bottom ones by {@code unfavourable}. The mean
   * is (2 options + 1) / 3, given as {@code meanTimesThree}. G2 is reverse keyed: the same raw answers
   * class the other way round, and its keyed mean is options + 1 minus G1's.
   */
  @ParameterizedTest(name = "{0} options")
  @CsvSource({
      // options, total, favourable, neutral, unfavourable, 3 x mean
      "2, 3, 2, 0, 1, 5",     // 1 | - | 2
      "3, 6, 3, 2, 1, 7",     // 1 | 2 | 3
      "4, 10, 7, 0, 3, 9",    // 1-2 | - | 3-4
      "5, 15, 9, 3, 3, 11",   // 1-2 | 3 | 4-5
      "6, 21, 15, 0, 6, 13",  // 1-3 | - | 4-6
      "7, 28, 18, 4, 6, 15",  // 1-3 | 4 | 5-7
      "8, 36, 26, 0, 10, 17", // 1-4 | - | 5-8
      "9, 45, 30, 5, 10, 19", // 1-4 | 5 | 6-9
      "10, 55, 40, 0, 15, 21", // 1-5 | - | 6-10
      "11, 66, 45, 6, 15, 23"  // 1-5 | 6 | 7-11
  })
  void theDefaultMapCountsTheOptionsAboveTheMidpointFavourableAndReverseKeyedItemsTheOtherWay(int options,
      int total, int favourable, int neutral, int unfavourable, int meanTimesThree) {
    Instrument instrument = instrument(options);
    PerceptionReport report = PerceptionScorer.of(ORGANIZATION_ONLY).score(triangle(instrument));

    ItemResult g1 = item(report, "G1");
    assertEquals(total, g1.n());
    assertEquals(meanTimesThree / 3.0, g1.mean().value(), 1e-12);
    assertEquals(100.0 * (meanTimesThree / 3.0 - 1) / (options - 1), g1.score().value(), 1e-9);
    assertEquals((double) favourable / total, g1.favourableShare().value(), 1e-12);
    assertEquals((double) neutral / total, g1.neutralShare().value(), 1e-12);
    assertEquals((double) unfavourable / total, g1.unfavourableShare().value(), 1e-12);
    assertEquals(false, g1.reverseKeyed());

    ItemResult g2 = item(report, "G2");
    assertEquals(true, g2.reverseKeyed());
    assertEquals(options + 1 - meanTimesThree / 3.0, g2.mean().value(), 1e-12);
    assertEquals((double) unfavourable / total, g2.favourableShare().value(), 1e-12);
    assertEquals((double) neutral / total, g2.neutralShare().value(), 1e-12);
    assertEquals((double) favourable / total, g2.unfavourableShare().value(), 1e-12);

    // The dimension's favourable share: each respondent's share of favourable answers (G1 and keyed G2),
    // averaged. A respondent at j is favourable on G1 iff j is a top option, on G2 iff j is a bottom option.
    double expected = 0.5 * (favourable + unfavourable) / total;
    assertEquals(expected, report.dimensions().get(Dimension.GOALS).favourableShare().orElseThrow().value(),
        1e-12);
  }

  @Test
  void aNarrowerMapCountsOnlyTheTopOptionsFavourable() {
    // Seven options, two favourable at each end: 6-7 favourable (13 of 28), 3-5 neutral (12), 1-2 (3).
    PerceptionPolicy policy = ORGANIZATION_ONLY.withFavourableOptions(2);
    ItemResult g1 = item(PerceptionScorer.of(policy).score(triangle(instrument(7))), "G1");
    assertEquals(13 / 28.0, g1.favourableShare().value(), 1e-12);
    assertEquals(12 / 28.0, g1.neutralShare().value(), 1e-12);
    assertEquals(3 / 28.0, g1.unfavourableShare().value(), 1e-12);
  }

  @Test
  void aMapWiderThanHalfTheScaleIsRefusedNamingTheSetting() {
    PerceptionScorer scorer = PerceptionScorer.of(ORGANIZATION_ONLY.withFavourableOptions(3));
    ResponseSet five = triangle(instrument(5));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> scorer.score(five));
    assertTrue(e.getMessage().contains("favourableOptions"), e.getMessage());
    assertTrue(e.getMessage().contains("(2)"), e.getMessage());
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> PerceptionPolicy.defaults().withFavourableOptions(0));
    assertTrue(zero.getMessage().contains("favourableOptions"), zero.getMessage());
  }

  @Test
  void favourabilityClassesKeyedAnswersOnAScaleThatDoesNotStartAtOne() {
    Scale zeroToTen = Scale.of(0, 10);
    assertEquals(5, Favourability.defaultOptions(zeroToTen));
    assertEquals(Favourability.UNFAVOURABLE, Favourability.of(zeroToTen, 5, 4));
    assertEquals(Favourability.NEUTRAL, Favourability.of(zeroToTen, 5, 5));
    assertEquals(Favourability.FAVOURABLE, Favourability.of(zeroToTen, 5, 6));
    assertEquals(Favourability.NEUTRAL, Favourability.of(zeroToTen, 3, 7));
    assertEquals(Favourability.FAVOURABLE, Favourability.of(zeroToTen, 3, 8));
    assertThrows(InvalidValueException.class, () -> Favourability.of(zeroToTen, 3, 11));
  }

  /** Ten respondents of goals on five points; {@code skipping} of them leave G2 out. */
  private static ResponseSet tenWithSkips(int skipping) {
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      Map<String, Integer> answers = new HashMap<>();
      answers.put("G1", 1 + r % 5);
      if (r >= skipping) {
        answers.put("G2", 1 + (r * 3) % 5);
      }
      responses.add(Response.of(Respondent.builder().id("p" + r).level(r < 5 ? Level.FRONTLINE : Level.MANAGER)
          .build(), answers));
    }
    return ResponseSet.of(instrument(5), responses);
  }

  @Test
  void itemsCountOnlyThoseWhoAnsweredEveryItemOfTheDimension() {
    // Five skip G2: the dimension counts all ten (one item of two is the minimum share), the items five.
    PerceptionPolicy policy = ORGANIZATION_ONLY.withAnonymityThreshold(5);
    PerceptionReport report = PerceptionScorer.of(policy).score(tenWithSkips(5));
    assertEquals(10, report.dimensions().get(Dimension.GOALS).n());
    ItemResult g1 = item(report, "G1");
    assertEquals(5, g1.n());
    // p5..p9 answered G1 = 1, 2, 3, 4, 5: mean 3, score 50, two of five favourable, one neutral.
    assertEquals(3.0, g1.mean().value(), 1e-12);
    assertEquals(50.0, g1.score().value(), 1e-12);
    assertEquals(0.4, g1.favourableShare().value(), 1e-12);
    assertEquals(0.2, g1.neutralShare().value(), 1e-12);
  }

  @Test
  void anItemsSdIsTheSampleSdOfItsKeyedAnswersOverTheSameRespondentsAsItsMean() {
    // p5..p9 answered G1 = 1, 2, 3, 4, 5: squared deviations 4 + 1 + 0 + 1 + 4 = 10, / 4 = 2.5.
    PerceptionReport report = PerceptionScorer.of(ORGANIZATION_ONLY.withAnonymityThreshold(5)).score(tenWithSkips(5));
    assertEquals(Math.sqrt(2.5), item(report, "G1").sd().orElseThrow().value(), 1e-12);
    // Three options, option j by j people: 1, 2, 2, 3, 3, 3; mean 7/3, M2 = 36 - 6 (7/3)^2 = 10/3, / 5 = 2/3.
    PerceptionReport triangle = PerceptionScorer.of(ORGANIZATION_ONLY).score(triangle(instrument(3)));
    assertEquals(Math.sqrt(2.0 / 3), item(triangle, "G1").sd().orElseThrow().value(), 1e-12);
    // Reversal mirrors the answers and leaves the spread alone.
    assertEquals(Math.sqrt(2.0 / 3), item(triangle, "G2").sd().orElseThrow().value(), 1e-12);
  }

  @Test
  void anItemSdFromSumsIsUndefinedWithItsReasonBelowTwoAnswersAndZeroWithoutSpread() {
    assertEquals(Estimate.undefined(UndefinedReason.NO_DATA), PerceptionScorer.itemSd(0, 0, 0));
    assertEquals(Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS), PerceptionScorer.itemSd(3, 9, 1));
    assertEquals(Estimate.of(0.0), PerceptionScorer.itemSd(12, 48, 3));
    // Indices 0, 10: mean 5, M2 50, / 1 = 50.
    assertEquals(Math.sqrt(50), PerceptionScorer.itemSd(10, 100, 2).value(), 1e-12);
  }

  @Test
  void anItemResultRefusesANegativeSd() {
    ItemResult.Builder b = ItemResult.builder().itemId("G1").dimension(Dimension.GOALS).reverseKeyed(false).n(4)
        .mean(Estimate.of(3)).score(Estimate.of(50)).favourableShare(Estimate.of(0.5))
        .neutralShare(Estimate.of(0.25)).unfavourableShare(Estimate.of(0.25)).sd(Estimate.of(-0.5));
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertTrue(e.getMessage().contains("sd"), e.getMessage());
    assertTrue(b.sd(java.util.Optional.empty()).build().sd().isEmpty());
  }

  @Test
  void aFewWhoSkippedAnItemHideTheItemFiguresThatWouldGiveTheirAnswers() {
    // One of ten skips G2: the items over nine set against the dimension over ten would give p0's G1 answer.
    PerceptionPolicy policy = ORGANIZATION_ONLY.withAnonymityThreshold(5);
    PerceptionReport report = PerceptionScorer.of(policy).score(tenWithSkips(1));
    assertEquals(10, report.dimensions().get(Dimension.GOALS).n());
    assertTrue(report.items().isEmpty(), report.items().toString());
    assertEquals(NotReportedReason.SUPPRESSED_COMPLEMENTARY, report.itemsNotReported().get(Dimension.GOALS));
  }

  @Test
  void aGroupWhoseItemSetDiffersFromItsDimensionSetByAFewIsHidden() {
    // By level: the frontline (p0..p4) has one who skipped G2, the managers none. The organization's item
    // set (nine) differs from its dimension set (ten) by one, so both it and the frontline's go.
    PerceptionPolicy policy = PerceptionPolicy.builder().anonymityThreshold(3).groupBy(List.of(Respondent.LEVEL))
        .build();
    PerceptionReport report = PerceptionScorer.of(policy).score(tenWithSkips(1));
    GroupPerception frontline = report.groups().stream().filter(g -> g.value().equals("FRONTLINE")).findFirst()
        .orElseThrow();
    assertTrue(frontline.items().isEmpty());
    assertTrue(frontline.itemsNotReported().containsKey(Dimension.GOALS));
    assertTrue(report.items().isEmpty());
  }

  @Test
  void aSurveyWithoutSkipsGivesItemsTheDimensionsDecision() {
    PerceptionPolicy policy = PerceptionPolicy.builder().anonymityThreshold(3).groupBy(List.of(Respondent.LEVEL))
        .build();
    PerceptionReport report = PerceptionScorer.of(policy).score(tenWithSkips(0));
    assertEquals(2, report.items().size());
    for (GroupPerception g : report.groups()) {
      assertEquals(2, g.items().size(), g.value());
      assertEquals(5, g.items().get(0).n());
    }
  }

  @Test
  void anItemResultRefusesSharesThatDoNotSumToOne() {
    ItemResult.Builder b = ItemResult.builder().itemId("G1").dimension(Dimension.GOALS).reverseKeyed(false).n(4)
        .mean(Estimate.of(3)).score(Estimate.of(50)).favourableShare(Estimate.of(0.5))
        .neutralShare(Estimate.of(0.25)).unfavourableShare(Estimate.of(0.5));
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertTrue(e.getMessage().contains("favourableShare"), e.getMessage());
    assertEquals(0.25, b.unfavourableShare(Estimate.of(0.25)).build().unfavourableShare().value());
  }
}
