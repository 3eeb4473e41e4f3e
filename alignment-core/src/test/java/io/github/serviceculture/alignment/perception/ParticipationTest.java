package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.GroupHeadcount;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Kind;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Response rates on hand-computed cases, under the anonymity threshold k = 5. */
class ParticipationTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final PerceptionPolicy BY_DEPARTMENT =
      PerceptionPolicy.defaults().withGroupBy(Respondent.DEPARTMENT);
  private static final String DEPARTMENT = Respondent.DEPARTMENT;

  /** {@code count} respondents of {@code department}, each answering every item. */
  private static void add(List<Response> out, String department, int count) {
    for (int i = 0; i < count; i++) {
      Map<String, Integer> answers = new HashMap<>();
      int r = out.size();
      for (Item item : INSTRUMENT.items()) {
        answers.put(item.id(), 1 + (r + item.id().length()) % 5);
      }
      out.add(Response.of(Respondent.builder().id(department + i).department(department).build(), answers));
    }
  }

  /** support 10, sales 8, ops 3: 21 respondents. */
  private static ResponseSet threeDepartments() {
    List<Response> out = new ArrayList<>();
    add(out, "support", 10);
    add(out, "sales", 8);
    add(out, "ops", 3);
    return ResponseSet.of(INSTRUMENT, out);
  }

  private static Headcounts headcounts() {
    return Headcounts.ofOrganization(40).withGroup(DEPARTMENT, "support", 20).withGroup(DEPARTMENT, "sales", 10)
        .withGroup(DEPARTMENT, "ops", 4).withGroup(DEPARTMENT, "legal", 2);
  }

  private static ResponseRate group(PerceptionReport report, String value) {
    return report.participation().orElseThrow().groups().stream().filter(g -> g.value().orElseThrow().equals(value))
        .findFirst().orElseThrow();
  }

  @Test
  void ratesAreReleasedWhereTheCountIsAndWithheldWithTheDisclosureReasonElsewhere() {
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(threeDepartments(), headcounts());
    Participation participation = report.participation().orElseThrow();
    // 21 of 40.
    ResponseRate org = participation.organization().orElseThrow();
    assertEquals(OptionalInt.of(21), org.respondents());
    assertEquals(0.525, org.rate().getAsDouble(), 1e-15);
    assertEquals(OptionalInt.of(40), org.headcount());
    // support: 10 of 20.
    ResponseRate support = group(report, "support");
    assertEquals(OptionalInt.of(10), support.respondents());
    assertEquals(0.5, support.rate().getAsDouble(), 1e-15);
    assertEquals(Optional.empty(), support.notReported());
    // ops (3) is under k; sales (8) is hidden with it, since total − support − sales would give ops.
    ResponseRate ops = group(report, "ops");
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), ops.notReported());
    assertEquals(OptionalInt.empty(), ops.respondents());
    assertEquals(OptionalDouble.empty(), ops.rate());
    assertEquals(OptionalInt.empty(), ops.headcount(), "a withheld group's headcount would bound its count");
    ResponseRate sales = group(report, "sales");
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_COMPLEMENTARY), sales.notReported());
    assertEquals(OptionalDouble.empty(), sales.rate());
    assertEquals(OptionalInt.empty(), sales.headcount());
    // legal: no respondent; withheld like a small group.
    ResponseRate legal = group(report, "legal");
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), legal.notReported());
    // In the order given.
    assertEquals(List.of("support", "sales", "ops", "legal"), participation.groups().stream()
        .map(g -> g.value().orElseThrow()).collect(Collectors.toList()));
    assertEquals(List.of(), DisclosureAuditor.audit(threeDepartments(), BY_DEPARTMENT, report, headcounts()));
  }

  @Test
  void withNothingHiddenEveryGroupsRateIsReleased() {
    List<Response> out = new ArrayList<>();
    add(out, "support", 10);
    add(out, "sales", 8);
    ResponseSet responses = ResponseSet.of(INSTRUMENT, out);
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(responses,
        Headcounts.of(OptionalInt.empty(), List.of(GroupHeadcount.of(DEPARTMENT, "sales", 10),
            GroupHeadcount.of(DEPARTMENT, "support", 25))));
    assertEquals(Optional.empty(), report.participation().orElseThrow().organization());
    assertEquals(0.8, group(report, "sales").rate().getAsDouble(), 1e-15);
    assertEquals(0.4, group(report, "support").rate().getAsDouble(), 1e-15);
  }

  @Test
  void anOrganizationUnderTheThresholdReleasesNoRateAndNoHeadcount() {
    List<Response> out = new ArrayList<>();
    add(out, "support", 4);
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(ResponseSet.of(INSTRUMENT, out),
        Headcounts.ofOrganization(9));
    ResponseRate org = report.participation().orElseThrow().organization().orElseThrow();
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), org.notReported());
    assertEquals(OptionalDouble.empty(), org.rate());
    assertEquals(OptionalInt.empty(), org.headcount());
  }

  @Test
  void withoutHeadcountsTheReportHasNoParticipation() {
    assertFalse(PerceptionScorer.of(BY_DEPARTMENT).score(threeDepartments()).participation().isPresent());
  }

  @Test
  void aReleasedGroupsHeadcountSmallerThanItsRespondentsIsAnErrorThatNamesTheGroupButNotTheCount() {
    Headcounts tooFew = Headcounts.ofOrganization(40).withGroup(DEPARTMENT, "support", 9);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PerceptionScorer.of(BY_DEPARTMENT).score(threeDepartments(), tooFew));
    assertTrue(e.getMessage().contains("department=support"), e.getMessage());
    assertTrue(e.getMessage().contains("at least the number of the group's respondents"), e.getMessage());
    assertFalse(e.getMessage().contains("10"), "the respondent count must not appear: " + e.getMessage());
    InvalidValueException org = assertThrows(InvalidValueException.class,
        () -> Assessment.builder().responses(threeDepartments()).headcounts(Headcounts.ofOrganization(20)).build());
    assertTrue(org.getMessage().contains("Headcounts.organization"), org.getMessage());
    assertFalse(org.getMessage().contains("21"), org.getMessage());
  }

  /** support 10, sales 8 and {@code ops} in ops, scored with ops' headcount 2; the error, if any. */
  private static Optional<String> scoredWithOpsHeadcountTwo(int ops, boolean throughAnAssessment) {
    List<Response> out = new ArrayList<>();
    add(out, "support", 10);
    add(out, "sales", 8);
    add(out, "ops", ops);
    ResponseSet responses = ResponseSet.of(INSTRUMENT, out);
    Headcounts headcounts = Headcounts.ofOrganization(40).withGroup(DEPARTMENT, "ops", 2);
    try {
      if (throughAnAssessment) {
        AlignmentEngine.of(ScoringPolicy.defaults().withPerception(BY_DEPARTMENT))
            .assess(Assessment.builder().responses(responses).headcounts(headcounts).build());
      } else {
        PerceptionScorer.of(BY_DEPARTMENT).score(responses, headcounts);
      }
      return Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.of(e.getMessage());
    }
  }

  @Test
  void whetherAWithheldGroupsHeadcountIsAcceptedDoesNotTellItsCount() {
    // ops is withheld with 2 respondents and with 3: a check of its headcount (2) would tell them apart.
    for (boolean engine : new boolean[] {false, true}) {
      assertEquals(Optional.empty(), scoredWithOpsHeadcountTwo(2, engine));
      assertEquals(Optional.empty(), scoredWithOpsHeadcountTwo(3, engine));
    }
  }

  @Test
  void aGroupTheDimensionsWithholdHasNoRateThoughItsCountAloneCouldBeShown() {
    // 6 of sales' 8 skip every goals item: GOALS withholds sales (2 < k), so sales' rate is withheld
    // too, though its count (8) alone would be released.
    List<Response> out = new ArrayList<>();
    add(out, "support", 10);
    add(out, "sales", 8);
    List<String> goals = INSTRUMENT.scaleItems(io.github.serviceculture.alignment.model.Dimension.GOALS).stream()
        .map(Item::id).collect(Collectors.toList());
    for (int i = 0; i < out.size(); i++) {
      Response r = out.get(i);
      if (r.respondent().id().startsWith("sales") && !r.respondent().id().equals("sales0")
          && !r.respondent().id().equals("sales1")) {
        Map<String, Integer> answers = new HashMap<>(r.answers());
        goals.forEach(answers::remove);
        out.set(i, Response.of(r.respondent(), answers));
      }
    }
    ResponseSet responses = ResponseSet.of(INSTRUMENT, out);
    Headcounts headcounts = Headcounts.ofOrganization(40).withGroup(DEPARTMENT, "support", 20)
        .withGroup(DEPARTMENT, "sales", 12);
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(responses, headcounts);
    assertFalse(report.groups().stream().filter(g -> g.value().equals("sales")).findFirst().orElseThrow()
        .dimension(io.github.serviceculture.alignment.model.Dimension.GOALS).isReported(), "precondition");
    ResponseRate sales = group(report, "sales");
    assertTrue(sales.notReported().isPresent(), sales.toString());
    assertEquals(OptionalInt.empty(), sales.headcount());
    assertEquals(List.of(), DisclosureAuditor.audit(responses, BY_DEPARTMENT, report, headcounts));
  }

  @Test
  void theAuditorCatchesAPrintedHeadcountThatIsNotTheEmployers() {
    // A released rate over a made-up headcount (the respondents themselves: 100 %).
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(threeDepartments(), headcounts());
    List<ResponseRate> groups = new ArrayList<>(report.participation().orElseThrow().groups());
    groups.set(0, ResponseRate.released(Optional.of(DEPARTMENT), Optional.of("support"), 10, 10));
    PerceptionReport wrong = report.withParticipation(
        Participation.of(report.participation().orElseThrow().organization(), groups));
    assertEquals(List.of(), DisclosureAuditor.audit(threeDepartments(), BY_DEPARTMENT, wrong),
        "without the headcounts nothing is wrong");
    assertTrue(DisclosureAuditor.audit(threeDepartments(), BY_DEPARTMENT, wrong, headcounts()).stream()
        .anyMatch(l -> l.kind() == Kind.INCONSISTENT), "with them the headcount is wrong");
  }

  @Test
  void anOrganizationThatRespondedInFullSaysSoButPrintsNoWithheldHeadcount() {
    // 21 of 21: the report's own count says everyone responded; ops stays withheld, its headcount unprinted.
    Headcounts headcounts = Headcounts.ofOrganization(21).withGroup(DEPARTMENT, "ops", 3);
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(threeDepartments(), headcounts);
    assertEquals(1.0, report.participation().orElseThrow().organization().orElseThrow().rate().getAsDouble());
    assertEquals(OptionalInt.empty(), group(report, "ops").headcount());
    assertEquals(List.of(), DisclosureAuditor.audit(threeDepartments(), BY_DEPARTMENT, report, headcounts));
  }

  @Test
  void aGroupOfAnAttributeThePolicyDoesNotGroupByIsAnError() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PerceptionScorer.of(BY_DEPARTMENT)
        .score(threeDepartments(), Headcounts.ofOrganization(40).withGroup("site", "Denver", 10)));
    assertTrue(e.getMessage().contains("site=Denver") && e.getMessage().contains("groups by"), e.getMessage());
  }

  @Test
  void theEngineScoresAnAssessmentsHeadcounts() {
    Assessment assessment = Assessment.builder().responses(threeDepartments()).headcounts(headcounts()).build();
    PerceptionReport report = AlignmentEngine.withDefaults().assess(assessment).perceptions().orElseThrow();
    assertEquals(0.5, group(report, "support").rate().getAsDouble(), 1e-15);
    assertEquals(Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY), group(report, "ops").notReported());
  }

  @Test
  void scoredAgainstAnEarlierReleaseTheLateRespondentsGroupHasNoRate() {
    ReleaseKey key = ReleaseKey.of(new byte[32]);
    PerceptionScorer scorer = PerceptionScorer.of(BY_DEPARTMENT).withReleaseKey(key);
    List<Response> before = new ArrayList<>();
    add(before, "support", 10);
    add(before, "sales", 8);
    Headcounts counts = Headcounts.ofOrganization(30).withGroup(DEPARTMENT, "support", 20)
        .withGroup(DEPARTMENT, "sales", 10);
    List<Response> after = new ArrayList<>(before);
    Map<String, Integer> answers = new HashMap<>(before.get(0).answers());
    after.add(Response.of(Respondent.builder().id("late").department("sales").build(), answers));
    // The first release with headcounts, and without: the second's dimension figures withhold sales
    // against differencing, and so its rate, whether or not the ledger holds earlier counts.
    for (boolean firstWithHeadcounts : new boolean[] {true, false}) {
      PerceptionReport first = firstWithHeadcounts ? scorer.score(ResponseSet.of(INSTRUMENT, before), counts)
          : scorer.score(ResponseSet.of(INSTRUMENT, before));
      PerceptionReport second = scorer.score(ResponseSet.of(INSTRUMENT, after), first.ledger().orElseThrow(),
          counts);
      ResponseRate sales = group(second, "sales");
      assertEquals(Optional.of(NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING), sales.notReported(),
          second.participation().toString());
    }
  }

  /** A release that gives {@code leaked}'s count though the rules withhold it. */
  private static List<Leak> auditLeaking(String leaked, int headcount, int respondents) {
    ResponseSet responses = threeDepartments();
    PerceptionReport report = PerceptionScorer.of(BY_DEPARTMENT).score(responses, headcounts());
    List<ResponseRate> groups = new ArrayList<>();
    for (ResponseRate g : report.participation().orElseThrow().groups()) {
      groups.add(g.value().orElseThrow().equals(leaked)
          ? ResponseRate.released(g.attribute(), g.value(), headcount, respondents) : g);
    }
    PerceptionReport leaking = report.withParticipation(
        Participation.of(report.participation().orElseThrow().organization(), groups));
    return DisclosureAuditor.audit(responses, BY_DEPARTMENT, leaking);
  }

  private static Set<String> spanned(List<Leak> leaks) {
    return leaks.stream().filter(l -> l.kind() == Kind.SPAN && l.population().equals("participation"))
        .flatMap(l -> l.respondentIds().stream()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theAuditorCatchesASmallGroupsRateReleased() {
    List<Leak> leaks = auditLeaking("ops", 4, 3);
    assertEquals(Set.of("ops0", "ops1", "ops2"), spanned(leaks), leaks.toString());
  }

  @Test
  void theAuditorCatchesAComplementarySuppressedGroupsRateReleased() {
    // sales' rate × headcount gives 8; with the organization's 21 and support's 10, ops' 3 follow.
    List<Leak> leaks = auditLeaking("sales", 10, 8);
    assertEquals(Set.of("ops0", "ops1", "ops2"), spanned(leaks), leaks.toString());
  }

  @Test
  void theAuditorCatchesARateThatMisstatesTheCount() {
    List<Leak> leaks = auditLeaking("support", 20, 9);
    assertTrue(leaks.stream().anyMatch(l -> l.kind() == Kind.INCONSISTENT), leaks.toString());
  }

  @Test
  void responseRatesCheckTheirParts() {
    assertThrows(InvalidValueException.class,
        () -> ResponseRate.released(Optional.of("department"), Optional.empty(), 10, 3));
    assertThrows(InvalidValueException.class, () -> ResponseRate.released(Optional.empty(), Optional.empty(), 3, 4));
    assertThrows(InvalidValueException.class, () -> ResponseRate.of(Optional.empty(), Optional.empty(),
        OptionalInt.of(10), OptionalInt.of(3), OptionalDouble.of(0.4), Optional.empty()));
    assertThrows(InvalidValueException.class, () -> ResponseRate.of(Optional.empty(), Optional.empty(),
        OptionalInt.empty(), OptionalInt.of(3), OptionalDouble.empty(),
        Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY)));
    InvalidValueException headcount = assertThrows(InvalidValueException.class,
        () -> ResponseRate.of(Optional.empty(), Optional.empty(), OptionalInt.of(10), OptionalInt.empty(),
            OptionalDouble.empty(), Optional.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY)));
    assertTrue(headcount.getMessage().contains("headcount"), headcount.getMessage());
    assertThrows(InvalidValueException.class, () -> ResponseRate.of(Optional.empty(), Optional.empty(),
        OptionalInt.empty(), OptionalInt.of(3), OptionalDouble.empty(), Optional.empty()));
    assertEquals(0.3, ResponseRate.of(Optional.empty(), Optional.empty(), OptionalInt.of(10), OptionalInt.of(3),
        OptionalDouble.of(0.3), Optional.empty()).rate().getAsDouble(), 1e-15);
  }
}
