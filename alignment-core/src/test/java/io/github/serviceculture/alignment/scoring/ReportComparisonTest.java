package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.rules.EvidenceSource;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportComparisonTest {
  static final AlignmentEngine ENGINE = AlignmentEngine.withDefaults();
  static final Instrument DEFAULT = DefaultInstrument.instrument();

  /**
   * A seeded wave on {@code instrument}: a latent level per respondent and dimension around 3.2,
   * moved by {@code shifts} for everyone, answers around it; departments cycle through four.
   */
  static ResponseSet wave(Instrument instrument, long seed, int respondents, Map<Dimension, Double> shifts) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] departments = {"support", "sales", "accounting", "IT"};
    int top = instrument.scale().highest();
    int bottom = instrument.scale().lowest();
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      Level level = r % 10 == 0 ? Level.EXECUTIVE : r % 5 == 0 ? Level.MANAGER : Level.FRONTLINE;
      String department = departments[r % departments.length];
      Respondent respondent = Respondent.builder().id(String.format("r%05d", r)).level(level)
          .department(department).customerFacing(!department.equals("accounting")).build();
      Map<Dimension, Double> latent = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        latent.put(d, 3.2 + shifts.getOrDefault(d, 0.0) + random.nextGaussian() * 0.6);
      }
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : instrument.items()) {
        double x = latent.get(item.dimension()) + random.nextGaussian() * 0.7;
        int answer = (int) Math.max(bottom, Math.min(top, Math.round(x)));
        answers.put(item.id(), item.isReverseKeyed() ? bottom + top - answer : answer);
      }
      responses.add(Response.of(respondent, answers));
    }
    return ResponseSet.of(instrument, responses);
  }

  static AlignmentReport report(ResponseSet responses) {
    return ENGINE.assess(Assessment.builder().responses(responses).build());
  }

  private static final Map<Dimension, Double> NONE = Map.of();

  @Test
  void aClearFallIsADeclinedFindingWithEachChangeAsEvidenceAndARiseAnImprovedOne() {
    AlignmentReport before = report(wave(DEFAULT, 1, 240, NONE));
    // The same seed: the same people answer the other dimensions exactly as before.
    AlignmentReport after = report(wave(DEFAULT, 1, 240, Map.of(Dimension.GOALS, -1.0, Dimension.HIRING, 1.0)));
    ReportComparison c = ReportComparison.of(before, DEFAULT, after, DEFAULT);

    Change goals = c.changes().stream().filter(ch -> ch.dimension() == Dimension.GOALS && ch.attribute().isEmpty())
        .findFirst().orElseThrow();
    assertEquals(ChangeVerdict.DECLINED, goals.verdict());
    assertTrue(goals.change().value() < -5, goals::toString);
    assertEquals(after.dimension(Dimension.GOALS).perceptionScore().value()
        - before.dimension(Dimension.GOALS).perceptionScore().value(), goals.change().value(), 1e-9);

    Finding decline = c.findings().get(0);
    assertEquals("GOALS.WAVE_CHANGE.DECLINED", decline.code());
    assertEquals("GOALS.WAVE_CHANGE", decline.ruleId());
    assertEquals(Severity.WARNING, decline.severity());
    long declined = c.changes().stream()
        .filter(ch -> ch.dimension() == Dimension.GOALS && ch.verdict() == ChangeVerdict.DECLINED).count();
    assertEquals(declined, decline.evidence().size());
    assertEquals(declined, decline.parameters().get("count"));
    assertEquals("GOALS.scoreChange", decline.evidence().get(0).reference());
    assertEquals(EvidenceSource.SURVEY, decline.evidence().get(0).source());
    assertTrue(decline.evidence().stream().skip(1).allMatch(e -> e.source() == EvidenceSource.GROUP));
    assertTrue(decline.message().startsWith("The perception of goals fell meaningfully in "), decline.message());
    assertTrue(decline.message().contains("95 % interval"), decline.message());

    Finding rise = c.findings().stream().filter(f -> f.code().equals("HIRING.WAVE_CHANGE.IMPROVED")).findFirst()
        .orElseThrow();
    assertEquals(Severity.INFO, rise.severity());
    // Declines first, and only the two shifted dimensions moved by a meaningful amount.
    assertEquals(List.of("GOALS.WAVE_CHANGE.DECLINED", "HIRING.WAVE_CHANGE.IMPROVED"),
        c.findings().stream().map(Finding::code).toList());
    assertTrue(c.notComparable().isEmpty(), c.notComparable()::toString);
  }

  @Test
  void changesComeByDimensionWithTheOrganizationFirstThenGroupsByAttributeAndValue() {
    ReportComparison c = ReportComparison.of(report(wave(DEFAULT, 3, 120, NONE)), DEFAULT,
        report(wave(DEFAULT, 4, 120, NONE)), DEFAULT);
    List<Change> goals = c.changes().stream().filter(ch -> ch.dimension() == Dimension.GOALS).toList();
    assertTrue(goals.get(0).attribute().isEmpty());
    List<String> groups = goals.stream().skip(1).map(ch -> ch.attribute().get() + "=" + ch.group().get()).toList();
    assertEquals(groups.stream().sorted().toList(), groups);
    assertTrue(groups.contains("department=support"), groups::toString);
    assertTrue(groups.contains("level=FRONTLINE"), groups::toString);
  }

  @Test
  void aDimensionWhoseItemsChangedIsNotComparedAndTheOthersAre() {
    Item first = DEFAULT.scaleItems(Dimension.GOALS).get(0);
    List<Item> items = new ArrayList<>(DEFAULT.items());
    items.set(items.indexOf(first), first.withText(first.text() + " every week"));
    Instrument reworded = DEFAULT.withVersion("2").withItems(items);
    ReportComparison c = ReportComparison.of(report(wave(DEFAULT, 5, 60, NONE)), DEFAULT,
        report(wave(reworded, 6, 60, NONE)), reworded);
    assertEquals(Map.of(Dimension.GOALS, NotComparableReason.ITEMS_CHANGED), c.notComparable());
    assertTrue(c.changes().stream().noneMatch(ch -> ch.dimension() == Dimension.GOALS));
    assertTrue(c.changes().stream().anyMatch(ch -> ch.dimension() == Dimension.HIRING));
  }

  @Test
  void aChangeOfKeyingOrWeightIsAChangeOfItemsButAnotherOrderIsNot() {
    Item first = DEFAULT.scaleItems(Dimension.TRAINING).get(0);
    List<Item> items = new ArrayList<>(DEFAULT.items());
    items.set(items.indexOf(first), first.withWeight(2));
    assertEquals(NotComparableReason.ITEMS_CHANGED, compare(DEFAULT.withItems(items)).get(Dimension.TRAINING));
    items = new ArrayList<>(DEFAULT.items());
    items.set(items.indexOf(first), first.withReverseKeyed(!first.isReverseKeyed()));
    assertEquals(NotComparableReason.ITEMS_CHANGED, compare(DEFAULT.withItems(items)).get(Dimension.TRAINING));
    items = new ArrayList<>(DEFAULT.items());
    java.util.Collections.reverse(items);
    assertEquals(Map.of(), compare(DEFAULT.withItems(items)));
  }

  @Test
  void anotherScaleMakesEveryDimensionNotComparableAndADroppedDimensionIsNotMeasuredInBoth() {
    Instrument sevenPoint = DEFAULT.withScale(Scale.of(1, 7));
    Map<Dimension, NotComparableReason> scale = compare(sevenPoint);
    assertEquals(DEFAULT.dimensions(), scale.keySet());
    assertTrue(scale.values().stream().allMatch(r -> r == NotComparableReason.SCALE_CHANGED));

    List<Item> items = DEFAULT.items().stream()
        .filter(i -> !(i.isScaleItem() && i.dimension() == Dimension.EMPOWERMENT)).toList();
    assertEquals(Map.of(Dimension.EMPOWERMENT, NotComparableReason.NOT_MEASURED_IN_BOTH),
        compare(DEFAULT.withItems(items)));
  }

  private static Map<Dimension, NotComparableReason> compare(Instrument later) {
    return ReportComparison.of(report(wave(DEFAULT, 7, 40, NONE)), DEFAULT, report(wave(later, 8, 40, NONE)), later)
        .notComparable();
  }

  @Test
  void aDimensionHiddenForTheOrganizationInOneWaveIsNotReportedInBoth() {
    // Four respondents: under the threshold of five, the organization's figures are hidden.
    AlignmentReport small = report(wave(DEFAULT, 9, 4, NONE));
    assertTrue(small.perceptions().orElseThrow().dimensions().isEmpty());
    ReportComparison c = ReportComparison.of(report(wave(DEFAULT, 10, 40, NONE)), DEFAULT, small, DEFAULT);
    assertEquals(DEFAULT.dimensions(), c.notComparable().keySet());
    assertTrue(c.notComparable().values().stream().allMatch(r -> r == NotComparableReason.NOT_REPORTED_IN_BOTH));
    assertTrue(c.changes().isEmpty());
    assertTrue(c.findings().isEmpty());
  }

  @Test
  void theInstrumentMustBeTheOneTheReportWasScoredWith() {
    AlignmentReport before = report(wave(DEFAULT, 11, 20, NONE));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportComparison.of(before, DEFAULT, before, DEFAULT.withVersion("9")));
    assertEquals("afterInstrument", e.field());
    assertTrue(e.getMessage().contains("must be the instrument the after report was scored with"), e.getMessage());
  }

  @Test
  void anInstrumentOfTheSameIdAndVersionButOtherContentIsRefusedByTheReportsFingerprint() {
    AlignmentReport before = report(wave(DEFAULT, 11, 20, NONE));
    assertEquals(java.util.Optional.of(DEFAULT.fingerprint()), before.metadata().instrumentFingerprint());
    Item first = DEFAULT.scaleItems(Dimension.GOALS).get(0);
    List<Item> items = new ArrayList<>(DEFAULT.items());
    items.set(items.indexOf(first), first.withText(first.text() + " every week"));
    Instrument editedInPlace = DEFAULT.withItems(items);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportComparison.of(before, editedInPlace, before, DEFAULT));
    assertEquals("beforeInstrument", e.field());
    assertTrue(e.getMessage().contains("fingerprint differs"), e.getMessage());
  }

  @Test
  void sameInstrumentSaysWhetherTheWavesFingerprintsAreEqualAndIsEmptyWithoutThem() {
    AlignmentReport before = report(wave(DEFAULT, 13, 20, NONE));
    Instrument next = DEFAULT.withVersion("2");
    AlignmentReport after = report(wave(next, 14, 20, NONE));
    assertEquals(java.util.Optional.of(true), ReportComparison.of(before, DEFAULT, before, DEFAULT).sameInstrument());
    assertEquals(java.util.Optional.of(false), ReportComparison.of(before, DEFAULT, after, next).sameInstrument());
    // A report of format 1.4 or earlier records none: it is trusted by id and version, as before.
    AlignmentReport legacy = before.withMetadata(before.metadata().withInstrumentFingerprint(java.util.Optional.empty()));
    Instrument editedInPlace = DEFAULT.withItems(DEFAULT.items().subList(1, DEFAULT.items().size()));
    ReportComparison trusted = ReportComparison.of(legacy, editedInPlace, after, next);
    assertEquals(java.util.Optional.empty(), trusted.sameInstrument());
  }

  @Test
  void reportsOfTwoOrganizationsOrWithoutASurveyAreRefused() {
    ResponseSet responses = wave(DEFAULT, 12, 20, NONE);
    AlignmentReport acme = ENGINE.assess(Assessment.builder().responses(responses)
        .practices(Organization.builder().name("Acme").build()).build());
    AlignmentReport other = ENGINE.assess(Assessment.builder().responses(responses)
        .practices(Organization.builder().name("Other").build()).build());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportComparison.of(acme, DEFAULT, other, DEFAULT));
    assertEquals("after.metadata.organization", e.field());
    assertFalse(e.getMessage().contains("Other"), e.getMessage());
    assertEquals(ReportComparison.of(acme, DEFAULT, report(responses), DEFAULT).organization(),
        java.util.Optional.of("Acme"));

    AlignmentReport practicesOnly = ENGINE.assess(Assessment.builder()
        .practices(Organization.builder().name("Acme").build()).build());
    e = assertThrows(InvalidValueException.class, () -> ReportComparison.of(practicesOnly, DEFAULT, acme, DEFAULT));
    assertEquals("before.perceptions", e.field());
  }

  @Test
  void fromAssessmentsTheLaterWaveIsScoredAgainstTheEarlierSoAJoinerIsNotSingledOut() {
    // Wave two is wave one plus one person in support: support's figures in the two waves together
    // would give the joiner's answers. Released on their own, both reports show support.
    ResponseSet first = wave(DEFAULT, 13, 40, NONE);
    List<Response> joined = new ArrayList<>(first.responses());
    Map<String, Integer> answers = new HashMap<>();
    DEFAULT.items().forEach(i -> answers.put(i.id(), 4));
    joined.add(Response.of(Respondent.builder().id("joiner").level(Level.FRONTLINE).department("support")
        .customerFacing(true).build(), answers));
    ResponseSet second = ResponseSet.of(DEFAULT, joined);
    Assessment before = Assessment.builder().responses(first).build();
    Assessment after = Assessment.builder().responses(second).build();
    assertTrue(hasGroup(report(second), "department", "support"));

    ReportComparison fromAssessments = ReportComparison.ofAssessments(ENGINE, before, after,
        MeaningfulChange.withDefaults());
    assertTrue(fromAssessments.changes().stream().noneMatch(ch -> ch.group().filter("support"::equals).isPresent()),
        () -> fromAssessments.changes().toString());
    // The same with the caller's key, and what the engine released for the later wave says why.
    AlignmentEngine keyed = ENGINE.withReleaseKey(ReleaseKey.of(new byte[32]));
    AlignmentReport one = keyed.assess(before);
    AlignmentReport two = keyed.assess(after.withPreviousRelease(one.perceptions().orElseThrow().ledger().orElseThrow()));
    GroupPerception support = two.perceptions().orElseThrow().groups().stream()
        .filter(g -> g.value().equals("support")).findFirst().orElse(null);
    assertTrue(support == null || support.notReported().containsValue(NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING),
        () -> String.valueOf(support));
    assertEquals(ReportComparison.of(one, DEFAULT, two, DEFAULT).changes(),
        ReportComparison.ofAssessments(keyed, before, after, MeaningfulChange.withDefaults()).changes());
    assertEquals(fromAssessments.changes(),
        ReportComparison.ofAssessments(keyed, before, after, MeaningfulChange.withDefaults()).changes());
  }

  @Test
  void fromAssessmentsTheIntervalIsWelchsOnTheRespondentsScores() {
    // Every item answered and no weights: a respondent's dimension score is the mean of their keyed answers.
    ResponseSet first = wave(DEFAULT, 15, 70, NONE);
    ResponseSet second = wave(DEFAULT, 16, 55, Map.of(Dimension.EMPOWERMENT, 0.4));
    ReportComparison c = ReportComparison.ofAssessments(ENGINE, Assessment.builder().responses(first).build(),
        Assessment.builder().responses(second).build(), MeaningfulChange.withDefaults());
    for (Dimension dimension : DEFAULT.dimensions()) {
      Change organization = c.changes().stream()
          .filter(ch -> ch.dimension() == dimension && ch.attribute().isEmpty()).findFirst().orElseThrow();
      io.github.serviceculture.alignment.stats.GroupGap welch = io.github.serviceculture.alignment.stats.GroupGap.of(
          scores(second, dimension), scores(first, dimension), 0.95);
      assertEquals(25 * welch.difference().value(), organization.change().value(), 1e-9, dimension::name);
      assertEquals(25 * welch.welchLower().value(), organization.lower().value(), 1e-9, dimension::name);
      assertEquals(25 * welch.welchUpper().value(), organization.upper().value(), 1e-9, dimension::name);
      assertEquals(welch.cohensD().value(), organization.cohensD().value(), 1e-9, dimension::name);
    }
  }

  /** Each respondent's score on the dimension, in scale units: the mean of the keyed answers. */
  private static double[] scores(ResponseSet responses, Dimension dimension) {
    List<Item> items = DEFAULT.scaleItems(dimension);
    double[] scores = new double[responses.responses().size()];
    for (int r = 0; r < scores.length; r++) {
      Response response = responses.responses().get(r);
      double sum = 0;
      for (Item item : items) {
        int answer = response.answer(item.id()).getAsInt();
        sum += item.isReverseKeyed() ? 6 - answer : answer;
      }
      scores[r] = sum / items.size();
    }
    return scores;
  }

  @Test
  void anAssessmentWithoutResponsesCannotBeCompared() {
    Assessment none = Assessment.builder().practices(Organization.builder().name("Acme").build()).build();
    Assessment some = Assessment.builder().responses(wave(DEFAULT, 14, 10, NONE)).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportComparison.ofAssessments(ENGINE, some, none, MeaningfulChange.withDefaults()));
    assertEquals("after.responses", e.field());
  }

  static boolean hasGroup(AlignmentReport report, String attribute, String value) {
    return report.perceptions().orElseThrow().groups().stream()
        .anyMatch(g -> g.attribute().equals(attribute) && g.value().equals(value) && !g.dimensions().isEmpty());
  }

  @Test
  void wavesUnderAnotherPolicyAreComparedAndSaySo() {
    AlignmentReport before = report(wave(DEFAULT, 3, 60, NONE));
    AlignmentReport after = report(wave(DEFAULT, 4, 60, NONE));
    assertTrue(ReportComparison.of(before, DEFAULT, after, DEFAULT).samePolicy());
    AlignmentReport other = after.withMetadata(after.metadata().withPolicyFingerprint("0123456789abcdef"));
    ReportComparison c = ReportComparison.of(before, DEFAULT, other, DEFAULT);
    assertFalse(c.samePolicy());
    assertFalse(c.changes().isEmpty());
  }
}
