package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Icc;
import io.github.serviceculture.alignment.stats.Moments;
import io.github.serviceculture.alignment.stats.ReferenceData;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Aggregation across organizations: the ANOVA between organizations from their reports equals R's
 * on the respondents (lq2002, 49 companies), the distributions are hand-checked, and the result does
 * not depend on the order or the split of the reports.
 */
class AggregationTest {
  private static final double TOLERANCE = 1e-10;
  private static final String[] LEAD = {"LEAD01", "LEAD02", "LEAD03", "LEAD04", "LEAD05", "LEAD06", "LEAD07",
      "LEAD08", "LEAD09", "LEAD10", "LEAD11"};

  private static Instrument lq2002Instrument() {
    return Lq2002.instrument(LEAD);
  }

  private static List<AlignmentReport> lq2002Reports(Instrument instrument) {
    return Lq2002.reports(instrument);
  }

  private static double reference(String statistic) {
    List<Double> values = new ArrayList<>();
    ReferenceData.require().records(r -> r.path("dataset").asText().equals("lq2002")
        && r.path("scale").asText().equals("LEAD_itemmean") && r.path("statistic").asText().equals(statistic))
        .forEach(r -> values.add(r.path("value").asDouble()));
    assertEquals(1, values.size(), statistic);
    return values.get(0);
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(ReferenceData.close(expected, actual, TOLERANCE), what + ": expected " + expected + ", was " + actual);
  }

  @Test
  void theAnovaBetweenOrganizationsFromTheirReportsIsRsOnTheRespondents() {
    Instrument instrument = lq2002Instrument();
    Aggregation aggregation = Aggregation.of(instrument, lq2002Reports(instrument));
    DimensionAggregation leadership = aggregation.dimension(Dimension.LEADERSHIP);
    Icc icc = leadership.icc();
    assertEquals(49, aggregation.units());
    assertEquals(49, leadership.units());
    assertEquals((int) reference("N"), icc.n());
    assertEquals((int) reference("J"), icc.groupCount());
    close(reference("ICC1"), icc.icc1().value(), "ICC(1)");
    close(reference("ICC2"), icc.icc2().value(), "ICC(2)");
    close(reference("F"), icc.f().value(), "F");
    close(reference("msb"), icc.msb().value(), "MSB");
    close(reference("msw"), icc.msw().value(), "MSW");
    close(reference("kbar"), icc.meanGroupSize().value(), "N / J");
    // A dimension without items has no organization.
    assertEquals(0, aggregation.dimension(Dimension.GOALS).units());
    assertEquals(UndefinedReason.NO_DATA, aggregation.dimension(Dimension.GOALS).icc().icc1().undefinedReason()
        .orElseThrow());
  }

  @Test
  void theResultDoesNotDependOnTheOrderOrTheSplitOfTheReports() {
    Instrument instrument = lq2002Instrument();
    List<AlignmentReport> reports = lq2002Reports(instrument);
    String whole = Aggregation.of(instrument, reports).toString();
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<AlignmentReport> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      int cut = random.nextInt(shuffled.size() + 1);
      Aggregation.Accumulator first = Aggregation.accumulator(instrument);
      Aggregation.Accumulator second = Aggregation.accumulator(instrument);
      shuffled.subList(0, cut).forEach(first::add);
      shuffled.subList(cut, shuffled.size()).forEach(second::add);
      assertEquals(whole, second.combine(first).result().toString(), "round " + round + ", cut " + cut);
    }
  }

  @Test
  void theAgreementDistributionsCountTheOrganizationsOnTheAgreeingSide() {
    Instrument instrument = lq2002Instrument();
    List<AlignmentReport> reports = lq2002Reports(instrument);
    List<Double> rwg = new ArrayList<>();
    List<Double> ad = new ArrayList<>();
    for (AlignmentReport r : reports) {
      var figures = r.perceptions().orElseThrow().dimensions().get(Dimension.LEADERSHIP);
      rwg.add(figures.rwgJ().value());
      ad.add(figures.ad().value());
    }
    DimensionAggregation leadership = Aggregation.of(instrument, reports).dimension(Dimension.LEADERSHIP);
    // By hand: the sorted values' middle one (49 organizations), the plain mean, the counted shares.
    Collections.sort(rwg);
    Collections.sort(ad);
    assertEquals(49, leadership.rwgJ().units());
    assertEquals(rwg.get(24), leadership.rwgJ().median().value());
    assertEquals(ad.get(24), leadership.ad().median().value());
    close(rwg.stream().mapToDouble(Double::doubleValue).sum() / 49, leadership.rwgJ().mean().value(), "mean rwg(j)");
    assertEquals(rwg.stream().filter(v -> v >= 0.70).count() / 49.0, leadership.rwgJ().shareAgreeing().value());
    assertEquals(5 / 6.0, leadership.ad().cutoff());
    assertFalse(leadership.ad().agreeingAtOrAbove());
    assertEquals(ad.stream().filter(v -> v <= 5 / 6.0).count() / 49.0, leadership.ad().shareAgreeing().value());
  }

  @Test
  void anOrganizationWithoutReleasedFiguresContributesNothing() {
    Instrument instrument = lq2002Instrument();
    List<AlignmentReport> reports = lq2002Reports(instrument);
    // Three respondents: under the anonymity threshold of 5, so the report holds no perception figure.
    ResponseCollector small = ResponseSet.collector(instrument);
    for (int r = 0; r < 3; r++) {
      small.begin(Respondent.of("x" + r));
      for (int i = 0; i < LEAD.length; i++) {
        small.answer(i, 1 + r);
      }
      small.end();
    }
    AlignmentReport hidden = AlignmentEngine.withDefaults().assess(Assessment.builder().responses(small.build()).build());
    assertTrue(hidden.perceptions().orElseThrow().dimensions().isEmpty(), "the small organization is suppressed");
    List<AlignmentReport> with = new ArrayList<>(reports);
    with.add(hidden);
    Aggregation withHidden = Aggregation.of(instrument, with);
    Aggregation without = Aggregation.of(instrument, reports);
    assertEquals(50, withHidden.units());
    assertEquals(without.dimensions().toString(), withHidden.dimensions().toString());
  }

  @Test
  void theGroupsOfAnAttributeAreUnitsAsOrganizationsAre() {
    Instrument instrument = lq2002Instrument();
    // The 49 companies as the departments of one organization: the same units, the same figures.
    AlignmentReport one = Lq2002.oneOrganization(instrument, 0, 1);
    Aggregation departments = Aggregation.ofGroups(instrument, one.perceptions().orElseThrow(), Respondent.DEPARTMENT);
    Aggregation organizations = Aggregation.of(instrument, lq2002Reports(instrument));
    assertEquals(Respondent.DEPARTMENT, departments.attribute().orElseThrow());
    assertTrue(organizations.attribute().isEmpty());
    assertEquals(49, departments.units());
    DimensionAggregation leadership = departments.dimension(Dimension.LEADERSHIP);
    assertEquals(organizations.dimension(Dimension.LEADERSHIP).toString(), leadership.toString());
    close(reference("ICC1"), leadership.icc().icc1().value(), "ICC(1)");
    close(reference("ICC2"), leadership.icc().icc2().value(), "ICC(2)");
    // The engine's own ICCs between the reported departments, from the respondents.
    var engine = one.perceptions().orElseThrow().groupDifferences().stream()
        .filter(d -> d.attribute().equals(Respondent.DEPARTMENT) && d.dimension() == Dimension.LEADERSHIP)
        .findFirst().orElseThrow();
    assertEquals(engine.groupCount(), leadership.units());
    close(engine.icc1().value(), leadership.icc().icc1().value(), "ICC(1) of the engine");
    close(engine.icc2().value(), leadership.icc().icc2().value(), "ICC(2) of the engine");
    assertEquals(0, Aggregation.ofGroups(instrument, one.perceptions().orElseThrow(), "team").units(),
        "no group of an attribute the respondents do not have");
  }

  @Test
  void aGroupUnderTheAnonymityThresholdContributesNothingThatCanBeIsolated() {
    Instrument instrument = lq2002Instrument();
    // Three more respondents in a department of their own, under the threshold of 5: the report does not hold it,
    // and hides one more department so that the organization's figures less the others' do not give it.
    AlignmentReport low = Lq2002.oneOrganization(instrument, 3, 1);
    AlignmentReport high = Lq2002.oneOrganization(instrument, 3, 5);
    assertTrue(low.perceptions().orElseThrow().groups().stream().noneMatch(g -> g.value().equals("company 0")));
    Aggregation departments = Aggregation.ofGroups(instrument, low.perceptions().orElseThrow(), Respondent.DEPARTMENT);
    assertEquals(48, departments.units());
    // Whatever the three answer, the aggregation of the groups is the same.
    assertEquals(departments.toString(),
        Aggregation.ofGroups(instrument, high.perceptions().orElseThrow(), Respondent.DEPARTMENT).toString());
    assertThrows(InvalidValueException.class, () -> Aggregation.ofGroups(instrument, null, Respondent.DEPARTMENT));
    assertThrows(InvalidValueException.class, () -> Aggregation.ofGroups(instrument.withVersion("2"),
        low.perceptions().orElseThrow(), Respondent.DEPARTMENT));
  }

  @Test
  void theFTestsPValueIsTheUpperTailOfF() {
    // Three groups: F on (2, N - 3) degrees of freedom, whose upper tail is (1 + 2 F / d)^(-d / 2).
    Icc icc = Icc.anova(Moments.of(1, 2, 3, 4), Moments.of(2, 4, 4, 5, 6), Moments.of(5, 6, 7));
    double f = icc.f().value();
    double d = 12 - 3;
    close(Math.pow(1 + 2 * f / d, -d / 2), icc.p().value(), "p");
    assertEquals(UndefinedReason.TOO_FEW_OBSERVATIONS, Icc.anova(Moments.of(1, 2)).p().undefinedReason().orElseThrow());
  }

  @Test
  void momentsFromASummaryAreThoseOfTheValues() {
    Moments values = Moments.of(2, 3, 5, 7, 11);
    Moments summary = Moments.ofSummary(5, values.mean().value(), values.standardDeviation().value());
    close(values.sumOfSquaredDeviations(), summary.sumOfSquaredDeviations(), "M2");
    close(values.variance().value(), summary.variance().value(), "variance");
    assertEquals(0, Moments.ofSummary(1, 4, Double.NaN).sumOfSquaredDeviations());
    assertEquals(0, Moments.ofSummary(0, Double.NaN, Double.NaN).count());
    assertThrows(InvalidValueException.class, () -> Moments.ofSummary(-1, 0, 0));
    assertThrows(InvalidValueException.class, () -> Moments.ofSummary(3, 1, -0.5));
    assertThrows(InvalidValueException.class, () -> Moments.ofSummary(3, Double.POSITIVE_INFINITY, 1));
  }

  @Test
  void reportsOfAnotherInstrumentAreRefused() {
    Instrument instrument = lq2002Instrument();
    AlignmentReport other = AlignmentEngine.withDefaults()
        .assess(Assessment.builder().responses(SurveyFixtures.generated(3, 40, 0)).build());
    Aggregation.Accumulator accumulator = Aggregation.accumulator(instrument);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> accumulator.add(other));
    assertTrue(e.problem().contains("must be scored with lq2002 1"), e.problem());
    assertEquals(0, accumulator.result().units(), "a refused report is not counted");
    assertThrows(InvalidValueException.class, () -> Aggregation.accumulator(null));
    assertThrows(InvalidValueException.class,
        () -> Aggregation.accumulator(instrument).combine(Aggregation.accumulator(instrument.withVersion("2"))));
  }
}
