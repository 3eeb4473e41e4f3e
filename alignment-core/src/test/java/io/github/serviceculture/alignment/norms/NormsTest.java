package io.github.serviceculture.alignment.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.Standing;
import io.github.serviceculture.alignment.scoring.Standings;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Norms built from reports: each dimension's norm is that of the organizations' released scores, an
 * organization without perception figures is not in it, the result does not depend on the order or
 * the split of the reports, and too few organizations or another instrument are refused.
 */
class NormsTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final AlignmentEngine ENGINE = AlignmentEngine.withDefaults();

  private static List<AlignmentReport> reports(int organizations) {
    List<AlignmentReport> reports = new ArrayList<>();
    for (int o = 0; o < organizations; o++) {
      reports.add(ENGINE.assess(Assessment.builder()
          .responses(SurveyFixtures.generated(100 + o, 20 + o, 0.1 * o)).build()));
    }
    return reports;
  }

  private static AlignmentReport hidden() {
    // Three respondents: under the anonymity threshold, no perception figure is released.
    AlignmentReport report = ENGINE.assess(Assessment.builder().responses(SurveyFixtures.generated(7, 3, 0)).build());
    assertTrue(report.perceptions().orElseThrow().dimensions().isEmpty());
    return report;
  }

  private static Norms build(List<AlignmentReport> reports) {
    Norms.Accumulator accumulator = Norms.accumulator(INSTRUMENT);
    reports.forEach(accumulator::add);
    return accumulator.result();
  }

  @Test
  void eachDimensionsNormIsThatOfTheOrganizationsReleasedScores() {
    List<AlignmentReport> reports = reports(12);
    Norms norms = build(reports);
    assertEquals(INSTRUMENT.id(), norms.instrumentId());
    assertEquals(INSTRUMENT.version(), norms.instrumentVersion());
    assertEquals(Norms.DEFAULT_MINIMUM_ORGANIZATIONS, norms.minimumOrganizations());
    assertEquals(6, norms.dimensions().size());
    for (Dimension d : Dimension.values()) {
      double[] scores = reports.stream().mapToDouble(r -> r.perceptions().orElseThrow().dimensions().get(d).score()
          .value()).sorted().toArray();
      Norm norm = norms.dimension(d).orElseThrow();
      assertEquals(12, norm.organizations());
      assertEquals(Norm.ofSorted(scores), norm);
      assertEquals(scores[0], norm.percentile(0));
      assertEquals(scores[11], norm.percentile(100));
    }
  }

  /** Organizations whose respondents answer every item, so that their item results are released. */
  private static List<AlignmentReport> completeReports(int organizations) {
    List<AlignmentReport> reports = new ArrayList<>();
    for (int o = 0; o < organizations; o++) {
      ResponseCollector survey = ResponseSet.collector(INSTRUMENT);
      for (int r = 0; r < 15 + o; r++) {
        survey.begin(Respondent.of("o" + o + "r" + r));
        for (int i = 0; i < INSTRUMENT.items().size(); i++) {
          survey.answer(i, 1 + (r * 7 + i * 3 + o * o) % 5);
        }
        survey.end();
      }
      reports.add(ENGINE.assess(Assessment.builder().responses(survey.build()).build()));
    }
    return reports;
  }

  @Test
  void eachItemsNormIsThatOfTheOrganizationsReleasedItemScores() {
    List<AlignmentReport> reports = completeReports(12);
    Norms norms = build(reports);
    int checked = 0;
    for (var item : INSTRUMENT.items()) {
      double[] scores = reports.stream().flatMap(r -> r.perceptions().orElseThrow().items().stream())
          .filter(i -> i.itemId().equals(item.id()) && i.score().isDefined()).mapToDouble(i -> i.score().value())
          .sorted().toArray();
      if (scores.length >= Norms.DEFAULT_MINIMUM_ORGANIZATIONS) {
        assertEquals(Norm.ofSorted(scores), norms.item(item.id()).orElseThrow(), item.id());
        checked++;
      } else {
        assertFalse(norms.item(item.id()).isPresent(), item.id());
      }
    }
    assertTrue(checked >= 30, "every scale item of 12 complete organizations has a norm: " + checked);
    assertEquals(checked, norms.items().size());
  }

  @Test
  void aReportRankedAgainstTheNormsStandsWhereItsScoresAre() {
    List<AlignmentReport> reports = completeReports(12);
    Norms norms = build(reports);
    AlignmentReport report = reports.get(4);
    Standings standings = norms.rank(report).standings().orElseThrow();
    assertEquals(norms.instrumentId(), standings.instrumentId());
    assertEquals(6, standings.dimensions().size());
    for (Dimension d : Dimension.values()) {
      double score = report.perceptions().orElseThrow().dimensions().get(d).score().value();
      Norm norm = norms.dimension(d).orElseThrow();
      Standing standing = standings.dimensions().get(d);
      assertEquals(norm.percentileRank(score), standing.percentileRank());
      assertEquals(norm.quartile(score), standing.quartile());
      assertEquals(12, standing.organizations());
    }
    assertEquals(norms.items().keySet(), standings.items().keySet(), "every item with a norm and a score");
    for (var item : report.perceptions().orElseThrow().items()) {
      assertEquals(norms.item(item.itemId()).orElseThrow().percentileRank(item.score().value()),
          standings.items().get(item.itemId()).percentileRank());
    }
    // The organization with the highest score of a dimension ranks 100 there, in the top quartile.
    AlignmentReport best = reports.stream().max(java.util.Comparator.comparingDouble(r -> r.perceptions()
        .orElseThrow().dimensions().get(Dimension.VISION).score().value())).orElseThrow();
    assertEquals(100, norms.rank(best).standings().orElseThrow().dimensions().get(Dimension.VISION).percentileRank());
    assertEquals(4, norms.rank(best).standings().orElseThrow().dimensions().get(Dimension.VISION).quartile());
  }

  @Test
  void aReportWithoutFiguresHasEmptyStandingsAndOneOfAnotherInstrumentIsRefused() {
    Norms norms = build(reports(10));
    Standings none = norms.rank(hidden()).standings().orElseThrow();
    assertTrue(none.dimensions().isEmpty() && none.items().isEmpty());
    Instrument other = INSTRUMENT.withVersion("2.0");
    Norms.Accumulator accumulator = Norms.accumulator(other);
    ResponseCollector survey = ResponseSet.collector(other);
    for (int r = 0; r < 10; r++) {
      survey.begin(Respondent.of("r" + r));
      survey.answer(0, 1 + r % 5);
      survey.end();
    }
    AlignmentReport otherReport = ENGINE.assess(Assessment.builder().responses(survey.build()).build());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> norms.rank(otherReport));
    assertTrue(e.problem().contains("built for " + INSTRUMENT.id() + " " + INSTRUMENT.version()), e.problem());
    assertThrows(InvalidValueException.class, () -> norms.rank(null));
    assertTrue(accumulator.reports() == 0);
  }

  @Test
  void anOrganizationWithoutPerceptionFiguresIsNotInTheNorm() {
    List<AlignmentReport> reports = reports(12);
    List<AlignmentReport> with = new ArrayList<>(reports);
    with.add(hidden());
    Norms.Accumulator accumulator = Norms.accumulator(INSTRUMENT);
    with.forEach(accumulator::add);
    assertEquals(13, accumulator.reports());
    assertEquals(12, accumulator.organizations(Dimension.LEADERSHIP));
    assertEquals(build(reports), accumulator.result());
  }

  @Test
  void theNormsDoNotDependOnTheOrderOrTheSplitOfTheReports() {
    List<AlignmentReport> reports = reports(14);
    Norms whole = build(reports);
    Random random = new Random(11);
    for (int round = 0; round < 5; round++) {
      List<AlignmentReport> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      int cut = random.nextInt(shuffled.size() + 1);
      Norms.Accumulator first = Norms.accumulator(INSTRUMENT);
      Norms.Accumulator second = Norms.accumulator(INSTRUMENT);
      shuffled.subList(0, cut).forEach(first::add);
      shuffled.subList(cut, shuffled.size()).forEach(second::add);
      assertEquals(whole, second.combine(first).result(), "round " + round + ", cut " + cut);
    }
  }

  @Test
  void tooFewOrganizationsAreRefusedSayingHowManyThereAre() {
    Norms.Accumulator accumulator = Norms.accumulator(INSTRUMENT);
    reports(9).forEach(accumulator::add);
    accumulator.add(hidden());
    InvalidValueException e = assertThrows(InvalidValueException.class, accumulator::result);
    assertTrue(e.problem().contains("at least 10 organizations"), e.problem());
    assertTrue(e.problem().endsWith("is 9"), e.problem());
    // A lower minimum, set on purpose, builds them.
    Norms.Accumulator nine = Norms.accumulator(INSTRUMENT, 9);
    reports(9).forEach(nine::add);
    assertEquals(9, nine.result().dimension(Dimension.VISION).orElseThrow().organizations());
    assertThrows(InvalidValueException.class, () -> Norms.accumulator(INSTRUMENT, 0));
  }

  @Test
  void reportsAndNormsOfAnotherInstrumentAreRefused() {
    Norms.Accumulator accumulator = Norms.accumulator(INSTRUMENT.withVersion("2.0"));
    AlignmentReport report = reports(1).get(0);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> accumulator.add(report));
    assertTrue(e.problem().contains("must be scored with " + INSTRUMENT.id() + " 2.0"), e.problem());
    assertEquals(0, accumulator.reports(), "a refused report is not counted");
    Norms norms = build(reports(10));
    norms.checkApplies(INSTRUMENT.id(), INSTRUMENT.version());
    InvalidValueException other = assertThrows(InvalidValueException.class,
        () -> norms.checkApplies(INSTRUMENT.id(), "2.0"));
    assertTrue(other.problem().contains("built for " + INSTRUMENT.id() + " " + INSTRUMENT.version()),
        other.problem());
    assertThrows(InvalidValueException.class,
        () -> Norms.accumulator(INSTRUMENT).combine(Norms.accumulator(INSTRUMENT, 12)));
  }

  @Test
  void normsFromTheirPartsCheckTheirInvariants() {
    Norms built = build(reports(10));
    assertEquals(built, Norms.of(built.instrumentId(), built.instrumentVersion(), built.minimumOrganizations(),
        built.dimensions(), built.items()));
    Norm small = built.dimension(Dimension.VISION).orElseThrow();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Norms.of(INSTRUMENT.id(), INSTRUMENT.version(), 11, Map.of(Dimension.VISION, small), Map.of()));
    assertEquals("dimensions.VISION.organizations", e.field());
    assertThrows(InvalidValueException.class, () -> Norms.of(" ", "1.0", 10, built.dimensions(), Map.of()));
    assertThrows(InvalidValueException.class, () -> Norms.of(INSTRUMENT.id(), "1.0", 10, Map.of(), Map.of()));
    InvalidValueException item = assertThrows(InvalidValueException.class, () -> Norms.of(INSTRUMENT.id(),
        INSTRUMENT.version(), 10, Map.of(Dimension.VISION, small), Map.of("VIS_DEFINED", Norm.of(9,
            small.percentiles()))));
    assertEquals("items.VIS_DEFINED.organizations", item.field());
    assertFalse(Norms.of(INSTRUMENT.id(), INSTRUMENT.version(), 10, Map.of(Dimension.VISION, small), Map.of())
        .dimension(Dimension.GOALS).isPresent());
  }
}
