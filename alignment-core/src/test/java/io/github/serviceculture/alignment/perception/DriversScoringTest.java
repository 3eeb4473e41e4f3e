package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.stats.RelativeImportance;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The drivers analysis of a perception report: its figures, its minimum, its outcomes and its privacy. */
class DriversScoringTest {
  private static final PerceptionPolicy ENGAGEMENT = PerceptionPolicy.builder().driversOutcome("ENG_STATE").build();

  @Test
  void theFiguresAreTheRelativeImportanceOfTheCompleteRespondentsScores() {
    ResponseSet set = SurveyFixtures.generated(11, 300, 0.4);
    Drivers drivers = PerceptionScorer.of(ENGAGEMENT).score(set).drivers().orElseThrow();

    // The same analysis by hand: each dimension score is the mean keyed answer of a respondent who
    // answered at least half its items, in the scorer's order (ids, already sorted here).
    Instrument instrument = set.instrument();
    List<Respondent> respondents = new ArrayList<>(set.toMatrix().respondents());
    assertTrue(respondents.stream().map(Respondent::id).sorted().toList()
        .equals(respondents.stream().map(Respondent::id).toList()), "fixture ids are in order");
    List<Dimension> dimensions = new ArrayList<>(instrument.dimensions());
    double[][] scores = new double[dimensions.size()][respondents.size()];
    double[] outcome = new double[respondents.size()];
    var matrix = set.toMatrix();
    for (int r = 0; r < respondents.size(); r++) {
      for (int j = 0; j < dimensions.size(); j++) {
        List<Item> items = instrument.scaleItems(dimensions.get(j));
        double sum = 0;
        int answered = 0;
        for (Item item : items) {
          double x = matrix.answer(r, instrument.indexOf(item.id()));
          if (x == x) {
            sum += item.isReverseKeyed() ? 6 - x : x;
            answered++;
          }
        }
        scores[j][r] = answered > 0 && answered >= 0.5 * items.size() ? sum / answered : Double.NaN;
      }
      outcome[r] = matrix.answer(r, instrument.indexOf("ENG_STATE"));
    }
    RelativeImportance expected = RelativeImportance.of(outcome, scores);
    RelativeImportance.Bootstrap bootstrap = expected.bootstrap(200, 1, 0.95);

    assertEquals(OutcomeSource.ITEM, drivers.outcomeSource());
    assertEquals(expected.n(), drivers.respondents().getAsInt());
    assertTrue(expected.n() > 250 && expected.n() < 300, "some respondents miss an answer: " + expected.n());
    assertEquals(expected.rSquared().value(), drivers.rSquared().value(), 1e-12);
    assertEquals(bootstrap.rSquaredLower(), drivers.rSquaredLower());
    assertEquals(List.copyOf(dimensions), List.copyOf(drivers.dimensions().keySet()));
    for (int j = 0; j < dimensions.size(); j++) {
      DriverFigures figures = drivers.dimensions().get(dimensions.get(j));
      assertEquals(expected.share(j).value(), figures.share().value(), 1e-12);
      assertEquals(expected.beta(j).value(), figures.beta().value(), 1e-12);
      assertEquals(bootstrap.shareUpper(j), figures.shareUpper());
    }
    // The engagement item is generated from the vision's latent level: vision drives it.
    DriverFigures vision = drivers.dimensions().get(Dimension.VISION);
    for (DriverFigures other : drivers.dimensions().values()) {
      assertTrue(vision.share().value() >= other.share().value());
    }
  }

  @Test
  void theOrderOfTheResponsesDoesNotChangeTheAnalysis() {
    ResponseSet set = SurveyFixtures.generated(5, 120, 0);
    List<Response> shuffled = new ArrayList<>(set.responses());
    Collections.shuffle(shuffled, new java.util.Random(3));
    Drivers a = PerceptionScorer.of(ENGAGEMENT).score(set).drivers().orElseThrow();
    Drivers b = PerceptionScorer.of(ENGAGEMENT).score(ResponseSet.of(set.instrument(), shuffled)).drivers()
        .orElseThrow();
    assertEquals(a, b);
  }

  @Test
  void belowTheMinimumOfCompleteRespondentsTheFiguresAreUndefined() {
    Drivers drivers = PerceptionScorer.of(ENGAGEMENT).score(SurveyFixtures.generated(2, 40, 0)).drivers()
        .orElseThrow();
    assertEquals(50, drivers.minimumRespondents());
    assertTrue(drivers.respondents().getAsInt() < 40);
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, drivers.rSquared().undefinedReason().orElseThrow());
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS,
        drivers.dimensions().get(Dimension.GOALS).share().undefinedReason().orElseThrow());

    PerceptionPolicy lower = ENGAGEMENT.withDriversMinimumRespondents(20);
    assertTrue(PerceptionScorer.of(lower).score(SurveyFixtures.generated(2, 40, 0)).drivers().orElseThrow()
        .rSquared().isDefined());
  }

  @Test
  void underTheAnonymityThresholdNotEvenTheCountIsReleased() {
    PerceptionPolicy policy = ENGAGEMENT.withDriversMinimumRespondents(8);
    Drivers drivers = PerceptionScorer.of(policy).score(SurveyFixtures.generated(2, 4, 0)).drivers().orElseThrow();
    assertFalse(drivers.respondents().isPresent());
    assertFalse(drivers.rSquared().isDefined());
  }

  @Test
  void figuresAreWithheldWhenADimensionIsHiddenAgainstDifferencing() {
    // One late respondent: the second release's organization figures would single them out by
    // difference with the first, so they are hidden, and the drivers that rest on them too.
    ResponseSet all = SurveyFixtures.generated(9, 81, 0);
    List<Response> first = new ArrayList<>(all.responses().subList(0, 80));
    ReleaseKey key = ReleaseKey.of("a release key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8));
    PerceptionScorer scorer = PerceptionScorer.of(ENGAGEMENT.withGroupBy(List.of())).withReleaseKey(key);
    PerceptionReport before = scorer.score(ResponseSet.of(all.instrument(), first));
    assertTrue(before.drivers().orElseThrow().rSquared().isDefined());
    PerceptionReport after = scorer.score(all, before.ledger().orElseThrow());
    Drivers drivers = after.drivers().orElseThrow();
    assertEquals(UndefinedReason.WITHHELD_FOR_ANONYMITY, drivers.rSquared().undefinedReason().orElseThrow());
    assertFalse(drivers.respondents().isPresent());
  }

  @Test
  void aRespondentAttributeHoldingANumberIsAnOutcome() {
    ResponseSet set = withOutcomeAttribute(SurveyFixtures.generated(4, 150, 0), "nps", 17);
    Drivers drivers = PerceptionScorer.of(PerceptionPolicy.builder().driversOutcome("nps").build()).score(set)
        .drivers().orElseThrow();
    assertEquals(OutcomeSource.RESPONDENT_VALUE, drivers.outcomeSource());
    assertEquals("nps", drivers.outcome());
    assertTrue(drivers.rSquared().isDefined());
  }

  @Test
  void anOutcomeValueThatIsNotANumberIsRejectedWithoutQuotingIt() {
    ResponseSet set = SurveyFixtures.generated(4, 60, 0);
    List<Response> responses = new ArrayList<>();
    for (Response r : set.responses()) {
      String value = r.respondent().id().equals("r00007") ? "secret-ish" : "3";
      responses.add(Response.of(r.respondent().withAttributes(Map.of("nps", value)), r.answers()));
    }
    PerceptionScorer scorer = PerceptionScorer.of(PerceptionPolicy.builder().driversOutcome("nps").build());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> scorer.score(ResponseSet.of(set.instrument(), responses)));
    assertTrue(e.getMessage().contains("attributes.nps"), e::getMessage);
    assertFalse(e.getMessage().contains("secret-ish"), e::getMessage);
    assertFalse(e.getMessage().contains("r00007"), e::getMessage);
  }

  @Test
  void anOutcomeThatNoRespondentHasLeavesAnAnalysisOfNobody() {
    PerceptionScorer scorer = PerceptionScorer.of(PerceptionPolicy.builder().driversOutcome("ENG_STAT").build());
    PerceptionReport report = scorer.score(SurveyFixtures.generated(4, 60, 0));
    Drivers drivers = report.drivers().orElseThrow();
    assertEquals(OutcomeSource.RESPONDENT_VALUE, drivers.outcomeSource());
    assertFalse(drivers.respondents().isPresent());
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, drivers.rSquared().undefinedReason().orElseThrow());
    assertEquals(6, report.dimensions().size(), "the rest of the report is there");
  }

  @Test
  void aScaleItemOfADimensionIsNotAnOutcome() {
    String goalsItem = DefaultInstrument.instrument().scaleItems(Dimension.GOALS).get(0).id();
    PerceptionScorer scorer = PerceptionScorer.of(PerceptionPolicy.builder().driversOutcome(goalsItem).build());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> scorer.score(SurveyFixtures.generated(4, 30, 0)));
    assertTrue(e.getMessage().contains("GOALS"), e::getMessage);
  }

  @Test
  void withoutAnOutcomeThereIsNoAnalysis() {
    assertFalse(PerceptionScorer.of(PerceptionPolicy.defaults()).score(SurveyFixtures.generated(4, 60, 0))
        .drivers().isPresent());
  }

  @Test
  void aDimensionThatDrivesTheOutcomeAndScoresLowIsAKeyDriverAmongThePriorities() {
    // Goals are perceived lower than the rest, and the outcome follows the goals.
    Instrument instrument = DefaultInstrument.instrument();
    SplittableRandom random = new SplittableRandom(21);
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < 200; r++) {
      Map<Dimension, Double> latent = new HashMap<>();
      for (Dimension d : Dimension.values()) {
        latent.put(d, (d == Dimension.GOALS ? 2.6 : 3.6) + 0.6 * random.nextGaussian());
      }
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : instrument.items()) {
        int answer = (int) Math.max(1, Math.min(5, Math.round(latent.get(item.dimension()) + 0.6 * random.nextGaussian())));
        answers.put(item.id(), item.isReverseKeyed() ? 6 - answer : answer);
      }
      double outcome = 5 + 2 * latent.get(Dimension.GOALS) + random.nextGaussian();
      Respondent respondent = Respondent.builder().id(String.format("p%04d", r)).level(Level.FRONTLINE)
          .putAttribute("outcome", Double.toString(outcome)).build();
      responses.add(Response.of(respondent, answers));
    }
    ScoringPolicy policy = ScoringPolicy.builder()
        .perception(PerceptionPolicy.builder().driversOutcome("outcome").build()).build();
    AlignmentReport report = AlignmentEngine.of(policy)
        .assess(Assessment.builder().responses(ResponseSet.of(instrument, responses)).build());

    Finding keyDriver = report.findings().stream()
        .filter(f -> f.code().equals("GOALS.KEY_DRIVER.HIGH_IMPORTANCE_LOW_SCORE")).findFirst().orElseThrow();
    assertTrue(report.priorities().contains(keyDriver), () -> report.priorities().toString());
    assertTrue(keyDriver.message().contains("goals"), keyDriver::message);
    assertEquals(1, report.findings().stream().filter(f -> f.ruleId().endsWith(".KEY_DRIVER")).count(),
        "only goals both drive the outcome and score low");
  }

  private static ResponseSet withOutcomeAttribute(ResponseSet set, String attribute, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>();
    for (Response r : set.responses()) {
      Integer a = r.answers().get("ENG_MEANING");
      double value = (a == null ? 3 : a) * 2 + random.nextGaussian();
      responses.add(Response.of(r.respondent().withAttributes(Map.of(attribute, Double.toString(value))),
          r.answers()));
    }
    return ResponseSet.of(set.instrument(), responses);
  }
}
