package io.github.serviceculture.alignment.json;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.CommitmentCheck;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.InputChannel;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.ListeningChannel;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import io.github.serviceculture.alignment.norms.Norm;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.rules.RuleThresholds;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Deterministic values of every document kind, and the golden file each is stored in. Nothing here
 * reads the clock or an unseeded random source: the same code gives the same documents on every run.
 */
final class DocumentFixtures {
  /** The library version written into the report fixture, so that a version bump leaves it alone. */
  static final String GOLDEN_LIBRARY_VERSION = "golden";

  private DocumentFixtures() {}

  /**
   * One golden file: its name (without {@code .json}), its document kind, the value it holds, and
   * how {@link AlignmentJson} writes and reads that kind.
   */
  record Golden<T>(String name, String kind, T fixture, BiFunction<AlignmentJson, T, String> writer,
      BiFunction<AlignmentJson, String, T> reader) {
    String write(AlignmentJson json) {
      return writer.apply(json, fixture);
    }

    T read(AlignmentJson json, String document) {
      return reader.apply(json, document);
    }

    String resource() {
      return "golden/" + name + ".json";
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every golden file, at least one per document kind. */
  static List<Golden<?>> goldens() {
    return List.of(
        new Golden<>("organization", "organization", organization(), AlignmentJson::write,
            AlignmentJson::readOrganization),
        new Golden<>("organization-none-and-not-recorded", "organization", noneAndNotRecorded(),
            AlignmentJson::write, AlignmentJson::readOrganization),
        new Golden<>("instrument-default", "instrument", DefaultInstrument.instrument(), AlignmentJson::write,
            AlignmentJson::readInstrument),
        new Golden<>("instrument-custom", "instrument", customInstrument(), AlignmentJson::write,
            AlignmentJson::readInstrument),
        new Golden<>("responses-default-instrument", "responses", defaultInstrumentResponses(), AlignmentJson::write,
            AlignmentJson::readResponses),
        new Golden<>("responses-custom-instrument", "responses", customInstrumentResponses(), AlignmentJson::write,
            AlignmentJson::readResponses),
        new Golden<>("assessment", "assessment", assessment(), AlignmentJson::write, AlignmentJson::readAssessment),
        new Golden<>("policy", "policy", policy(), AlignmentJson::write, AlignmentJson::readPolicy),
        new Golden<>("report", "report", report(), AlignmentJson::write, AlignmentJson::readReport),
        new Golden<>("report-drivers", "report", driversReport(), AlignmentJson::write, AlignmentJson::readReport),
        new Golden<>("report-not-reported", "report", notReportedReport(), AlignmentJson::write,
            AlignmentJson::readReport),
        new Golden<>("report-ledger", "report", ledgerReport(), AlignmentJson::write, AlignmentJson::readReport),
        new Golden<>("report-differencing", "report", differencingReport(), AlignmentJson::write,
            AlignmentJson::readReport),
        new Golden<>("report-psychometrics", "report", psychometricsReport(), AlignmentJson::write,
            AlignmentJson::readReport),
        new Golden<>("assessment-headcounts", "assessment", headcountsAssessment(), AlignmentJson::write,
            AlignmentJson::readAssessment),
        new Golden<>("report-participation", "report", participationReport(), AlignmentJson::write,
            AlignmentJson::readReport),
        new Golden<>("assessment-previous-release", "assessment", previousReleaseAssessment(), AlignmentJson::write,
            AlignmentJson::readAssessment),
        new Golden<>("norms", "norms", norms(), AlignmentJson::write, AlignmentJson::readNorms),
        new Golden<>("report-standings", "report", norms().rank(report()), AlignmentJson::write,
            AlignmentJson::readReport));
  }

  /** Norms of the default instrument for two dimensions, with steps, a run of ties and both ends of the scale. */
  static Norms norms() {
    List<Double> vision = new ArrayList<>();
    List<Double> leadership = new ArrayList<>();
    for (int k = 0; k <= 100; k++) {
      vision.add(35 + 0.5 * k);
      leadership.add(k < 20 ? 0.0 : k > 90 ? 100.0 : Math.min(62.5, 20 + k * 0.75));
    }
    Instrument instrument = DefaultInstrument.instrument();
    Map<Dimension, Norm> dimensions = new EnumMap<>(Dimension.class);
    dimensions.put(Dimension.VISION, Norm.of(12, vision));
    dimensions.put(Dimension.LEADERSHIP, Norm.of(40, leadership));
    return Norms.of(instrument.id(), instrument.version(), 10, dimensions,
        Map.of(instrument.items().get(0).id(), Norm.of(11, vision)));
  }

  /**
   * The documents of earlier format versions that are still read, as the library wrote them then:
   * the 1.1 report and the 1.0 assessment golden files of before format 1.2 and 1.1. Resources
   * under {@code legacy/}, never rewritten.
   */
  static final String LEGACY_REPORT = "legacy/report-1.1.json";
  /** The golden report as 1.2 wrote it, before findings had a code and parameters. */
  static final String LEGACY_REPORT_1_2 = "legacy/report-1.2.json";
  /** The golden report as 1.3 wrote it, before the drivers analysis and the psychometrics. */
  static final String LEGACY_REPORT_1_3 = "legacy/report-1.3.json";
  /** The golden report as 1.4 wrote it, before item results had an SD. */
  static final String LEGACY_REPORT_1_4 = "legacy/report-1.4.json";
  static final String LEGACY_ASSESSMENT = "legacy/assessment-1.0.json";
  /** The 1.0 organization and 1.1 assessment golden files of before organization format 1.1. */
  static final String LEGACY_ORGANIZATION = "legacy/organization-1.0.json";
  static final String LEGACY_ASSESSMENT_1_1 = "legacy/assessment-1.1.json";
  /** The golden assessment as 1.2 wrote it, before headcounts. */
  static final String LEGACY_ASSESSMENT_1_2 = "legacy/assessment-1.2.json";

  /** A fixed release key for the fixtures with a ledger: the bytes 0 to 31. */
  static ReleaseKey releaseKey() {
    byte[] secret = new byte[ReleaseKey.MINIMUM_LENGTH];
    for (int i = 0; i < secret.length; i++) {
      secret[i] = (byte) i;
    }
    return ReleaseKey.of(secret);
  }

  /**
   * A survey of {@code respondents} seeded respondents in three departments (10 in support, 8 in
   * sales, the rest in IT) in which the first IT respondent answers no goals item. With 23, IT has 4
   * respondents with a goals score: IT's goals figures are suppressed for anonymity, and sales's goals
   * figures too, since the total minus support and sales would give IT's (complementary). With 24,
   * one late IT respondent joins.
   */
  static ResponseSet departmentSurvey(int respondents) {
    ResponseSet generated = SurveyFixtures.generated(17L, respondents, 0.5);
    List<Response> responses = new ArrayList<>();
    int row = 0;
    for (Response r : generated.responses()) {
      String department = row < 10 ? "support" : row < 18 ? "sales" : "IT";
      Map<String, Integer> answers = new HashMap<>(r.answers());
      if (row == 18) {
        generated.instrument().scaleItems(Dimension.GOALS).forEach(i -> answers.remove(i.id()));
      }
      responses.add(Response.of(r.respondent().withDepartment(department).withCustomerFacing(true), answers));
      row++;
    }
    return generated.withResponses(responses);
  }

  private static AlignmentEngine keyedEngine() {
    return AlignmentEngine.withDefaults().withReleaseKey(releaseKey());
  }

  /**
   * A survey-only report scored with {@link #releaseKey()}: it carries a ledger, and groups hide
   * goals as {@code SUPPRESSED_FOR_ANONYMITY} (IT) and {@code SUPPRESSED_COMPLEMENTARY} (sales).
   */
  static AlignmentReport ledgerReport() {
    AlignmentReport report = keyedEngine().assess(Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .responses(departmentSurvey(23))
        .build());
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }

  /**
   * {@link #departmentSurvey(int) The department survey} of 22 (support 10, sales 8, IT 4) with the
   * employer's headcounts: the organization's (40), support's (20), sales' (10), IT's (6) and
   * legal's (3, where nobody responded).
   */
  static Assessment headcountsAssessment() {
    return Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .responses(departmentSurvey(22))
        .headcounts(Headcounts.ofOrganization(40).withGroup("department", "support", 20)
            .withGroup("department", "sales", 10).withGroup("department", "IT", 6)
            .withGroup("department", "legal", 3))
        .build();
  }

  /**
   * The report of {@link #headcountsAssessment()}: the organization's rate (22 of 40) and support's
   * (10 of 20) are released; IT's (4 respondents) is {@code SUPPRESSED_FOR_ANONYMITY}, sales' {@code
   * SUPPRESSED_COMPLEMENTARY} (the total minus support and sales would give IT's count), and
   * legal's, where nobody responded, {@code SUPPRESSED_FOR_ANONYMITY} like a small group; the withheld
   * entries carry no headcount.
   */
  static AlignmentReport participationReport() {
    AlignmentReport report = AlignmentEngine.withDefaults().assess(headcountsAssessment());
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }

  /**
   * The same survey again a month later with one late response and {@link #ledgerReport()}'s ledger
   * as the previous release: the organization's figures and a group's are {@code
   * SUPPRESSED_AGAINST_DIFFERENCING}, since their difference with the first release would give the
   * late respondent's answers.
   */
  static AlignmentReport differencingReport() {
    AlignmentReport report = keyedEngine().assess(previousReleaseAssessment());
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }

  /**
   * A survey-only report of 40 generated respondents scored with the psychometrics: the
   * organization's figures of each dimension carry them, its groups' do not.
   */
  static AlignmentReport psychometricsReport() {
    AlignmentReport report = AlignmentEngine.withDefaults().withPsychometrics().assess(Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .responses(SurveyFixtures.generated(5L, 40, 0.5))
        .build());
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }

  /** A survey-only assessment of 24 respondents that names {@link #ledgerReport()}'s ledger as its previous release. */
  static Assessment previousReleaseAssessment() {
    return Assessment.builder()
        .assessedOn(LocalDate.of(2026, 4, 30))
        .responses(departmentSurvey(24))
        .previousRelease(ledgerReport().perceptions().orElseThrow().ledger().orElseThrow())
        .build();
  }

  /** An organization that sets every optional property of every practice at least once. */
  static Organization organization() {
    ServiceVision vision = ServiceVision.builder()
        .statement("Make every customer's day a little easier than they expected.")
        .inputChannels(Set.of(InputChannel.SURVEY, InputChannel.FOCUS_GROUP, InputChannel.TOWN_HALL))
        .draftingGroup(DraftingGroup.builder()
            .size(8)
            .levels(Set.of(Level.EXECUTIVE, Level.MANAGER, Level.FRONTLINE))
            .functions(Set.of("support", "sales", "logistics"))
            .facilitated(true)
            .build())
        .gutCheck(GutCheck.of(20, 19))
        .build();
    Goal measured = Goal.builder()
        .statement("Raise the team's average CSAT from 82% to 88% by the end of June")
        .metric("average CSAT")
        .metricKind(MetricKind.CUSTOMER_SATISFACTION)
        .baseline(82)
        .target(88.5)
        .deadline(LocalDate.of(2026, 6, 30))
        .scope(GoalScope.TEAM)
        .focus(GoalFocus.CUSTOMER_OUTCOME)
        .incentive(Incentive.RECOGNITION)
        .incentiveDescription("a shout-out at the monthly town hall")
        .owner("support manager")
        .build();
    Goal recurring = Goal.builder()
        .statement("Close 40 tickets a day")
        .metric("tickets closed")
        .metricKind(MetricKind.PRODUCTIVITY)
        .target(40)
        .cadence(Cadence.WEEKLY)
        .scope(GoalScope.INDIVIDUAL)
        .focus(GoalFocus.OPERATIONAL)
        .incentive(Incentive.MONETARY)
        .incentiveDescription("$50 bonus per week")
        .build();
    HiringPractice hiring = HiringPractice.builder()
        .profileTraits(List.of(
            ProfileTrait.builder().name("enjoys helping people").serviceTrait(true)
                .assessedBy(Set.of(CandidateAssessment.BEHAVIORAL_INTERVIEW, CandidateAssessment.JOB_SIMULATION))
                .build(),
            ProfileTrait.builder().name("trustworthy").serviceTrait(true).notAssessed(true).build(),
            ProfileTrait.builder().name("types 60 words a minute").serviceTrait(false)
                .assessedBy(Set.of(CandidateAssessment.WORK_SAMPLE)).build()))
        .realisticJobPreview(true)
        .commitmentCheck(CommitmentCheck.builder()
            .description("pay for the week worked plus $1,000 to quit during training")
            .paymentOffered(1000)
            .offeredOnDay(5)
            .acceptancePercent(2.5)
            .build())
        .turnover(TurnoverFigures.builder()
            .averageHeadcount(120)
            .separationsPerYear(30)
            .costPerSeparation(4500.75)
            .build())
        .build();
    TrainingProgram training = TrainingProgram.builder()
        .name("new-hire onboarding")
        .coverage(TrainingCoverage.ALL_EMPLOYEES)
        .teachesVision(true)
        .hasFullyTrainedStandard(true)
        .evaluations(Set.of(TrainingEvaluation.DEMONSTRATION, TrainingEvaluation.QUIZ))
        .reinforcements(Set.of(Reinforcement.COACHING, Reinforcement.TEAM_HUDDLES))
        .build();
    EmpowermentPolicy empowerment = EmpowermentPolicy.builder()
        .autonomousDecisions(List.of("refund a late delivery fee", "send a replacement part overnight"))
        .discretionaryLimit(150)
        .writtenGuidelines(true)
        .ingredients(Set.of(EmpowermentIngredient.RESOURCES, EmpowermentIngredient.AUTHORITY))
        .sayNoListReviewedOn(LocalDate.of(2025, 11, 3))
        .build();
    LeadershipPractice leadership = LeadershipPractice.builder()
        .visionInTeamMeetings(Frequency.WEEKLY)
        .visionInOneOnOnes(Frequency.MONTHLY)
        .executiveVisits(Frequency.QUARTERLY)
        .leadersServeCustomers(false)
        .listeningChannels(Set.of(ListeningChannel.SKIP_LEVEL_MEETINGS, ListeningChannel.EMPLOYEE_SURVEY))
        .specificPositiveFeedback(true)
        .serviceAccountability(false)
        .build();
    return Organization.builder()
        .name("Northwind Support")
        .vision(vision)
        .goals(List.of(measured, recurring))
        .hiring(hiring)
        .training(training)
        .empowerment(empowerment)
        .leadership(leadership)
        .build();
  }

  /**
   * An organization with each practice a rule reads either recorded as none or not recorded, so that
   * the golden file shows both: an empty array or {@code "none"}/{@code "never"} for none, the
   * property left out for not recorded.
   */
  static Organization noneAndNotRecorded() {
    return Organization.builder()
        .name("Contoso Care")
        .vision(ServiceVision.builder().statement("Leave every caller calmer than they called.")
            .noInputChannels(true).noGutCheck(true).build())
        .noGoals(true)
        .hiring(HiringPractice.builder()
            .addProfileTraits(ProfileTrait.builder().name("patient").serviceTrait(true).notAssessed(true).build(),
                ProfileTrait.builder().name("warm").serviceTrait(true).build())
            .noCommitmentCheck(true).build())
        .training(TrainingProgram.builder().coverage(TrainingCoverage.NEW_HIRES_ONLY).teachesVision(false)
            .hasFullyTrainedStandard(false).noReinforcements(true).build())
        .empowerment(EmpowermentPolicy.builder().writtenGuidelines(false).noIngredients(true)
            .sayNoListNeverReviewed(true).build())
        .leadership(LeadershipPractice.builder().leadersServeCustomers(true).build())
        .build();
  }

  /**
   * A small instrument of the application's own, which a writer sends whole: labels, a don't-know
   * code, a reverse-keyed item, a weight, an engagement question and probes.
   */
  static Instrument customInstrument() {
    return Instrument.builder()
        .id("pulse-check")
        .version("2.1")
        .scale(Scale.builder()
            .lowest(1)
            .highest(4)
            .labels(List.of("disagree", "somewhat disagree", "somewhat agree", "agree"))
            .dontKnowCode(9)
            .build())
        .items(List.of(
            Item.builder().id("VISION_KNOWN").dimension(Dimension.VISION)
                .text("I know what our service vision asks of me.").probes("the vision is known").build(),
            Item.builder().id("VISION_VAGUE").dimension(Dimension.VISION)
                .text("Our service vision is too vague to act on.").reverseKeyed(true).build(),
            Item.builder().id("GOALS_TEAM").dimension(Dimension.GOALS)
                .text("My team's goals are about customers.").weight(2).build(),
            Item.builder().id("GOALS_CLEAR").dimension(Dimension.GOALS)
                .text("I know how my team's goals are measured.").build(),
            Item.builder().id("ENG_STATE").dimension(Dimension.VISION)
                .text("I can state our service vision.")
                .engagementQuestion(EngagementQuestion.CAN_STATE_VISION).build()))
        .build();
  }

  /** Twelve seeded respondents on the default instrument, which a writer sends by reference. */
  static ResponseSet defaultInstrumentResponses() {
    return SurveyFixtures.generated(20_260_101L, 12, 0.8);
  }

  /**
   * Responses to {@link #customInstrument()}: free attributes, a "don't know" answer, skipped items
   * and a respondent with no answer at all.
   */
  static ResponseSet customInstrumentResponses() {
    return ResponseSet.of(customInstrument(), List.of(
        Response.of(Respondent.builder().id("p-001").level(Level.FRONTLINE).department("support")
                .customerFacing(true).attributes(Map.of("site", "Denver", "tenure", "1-3 years")).build(),
            Map.of("VISION_KNOWN", 4, "VISION_VAGUE", 1, "GOALS_TEAM", 3, "GOALS_CLEAR", 9, "ENG_STATE", 4)),
        Response.of(Respondent.builder().id("p-002").level(Level.MANAGER).department("logistics")
                .customerFacing(false).build(),
            Map.of("VISION_KNOWN", 2, "GOALS_TEAM", 2, "ENG_STATE", 1)),
        Response.of(Respondent.of("p-003"), Map.of())));
  }

  /** Practices, responses and the date they describe. */
  static Assessment assessment() {
    return Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .practices(organization())
        .responses(defaultInstrumentResponses())
        .build();
  }

  /** A scoring policy that changes a setting at every level, the optional null variance included. */
  static ScoringPolicy policy() {
    return ScoringPolicy.builder()
        .perception(PerceptionPolicy.builder()
            .minimumAnsweredShare(0.6)
            .anonymityThreshold(4)
            .agreementNullVariance(1.34)
            .groupBy(List.of("level", "site"))
            .confidenceLevel(0.9)
            .driversOutcome("ENG_STATE")
            .driversMinimumRespondents(30)
            .driversResamples(500)
            .driversSeed(42)
            .build())
        .thresholds(RuleThresholds.builder()
            .visionMaxWords(15)
            .draftingGroupMinSize(6)
            .turnoverWarningPercent(25.5)
            .executiveVisitMinFrequency(Frequency.MONTHLY)
            .sharedPerceptionMinRwgJ(0.75)
            .build())
        .practiceWeight(0.6)
        .alignedAt(80)
        .driftingAt(55)
        .dimensionWeights(Map.of(Dimension.GOALS, 2.0, Dimension.VISION, 1.5))
        .disabledRules(Set.of("HIRING.COMMITMENT_CHECK", "VISION.ONE_SENTENCE"))
        .build();
  }

  /**
   * The default engine's report on 50 seeded respondents, enough for level, department and
   * customer-facing groups to pass the anonymity threshold, so that groups, gaps and intraclass
   * correlations appear. The practices cover vision and goals only, so the other dimensions have an
   * undefined practice score. The library version is replaced by {@link #GOLDEN_LIBRARY_VERSION}.
   */
  static AlignmentReport report() {
    Organization practices = Organization.builder()
        .name("Northwind Support")
        .vision(organization().vision().orElseThrow())
        .goals(organization().goals())
        .build();
    Assessment assessment = Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .practices(practices)
        .responses(SurveyFixtures.generated(7L, 50, 1.0))
        .build();
    AlignmentReport report = AlignmentEngine.withDefaults().assess(assessment);
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }

  /**
   * A survey-only report with a drivers analysis of the engagement item {@code ENG_STATE} over 60
   * seeded respondents, most of them complete, above the default minimum of 50.
   */
  static AlignmentReport driversReport() {
    ScoringPolicy policy = ScoringPolicy.builder()
        .perception(PerceptionPolicy.builder().driversOutcome("ENG_STATE").build()).build();
    AlignmentReport report = AlignmentEngine.of(policy).assess(Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .responses(SurveyFixtures.generated(29L, 60, 0))
        .build());
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }

  /**
   * A survey-only report on 12 seeded respondents in which dimensions go unreported for each
   * reason the organization can give: only 3 respondents answer goals (suppressed for anonymity),
   * everyone answers a single empowerment item (too few items answered) and nobody answers hiring
   * (no data). Groups hide dimensions too.
   */
  static AlignmentReport notReportedReport() {
    ResponseSet generated = SurveyFixtures.generated(11L, 12, 0.5);
    Instrument instrument = generated.instrument();
    List<Response> responses = new ArrayList<>();
    int row = 0;
    for (Response r : generated.responses()) {
      Map<String, Integer> answers = new HashMap<>(r.answers());
      if (row++ >= 3) {
        instrument.scaleItems(Dimension.GOALS).forEach(i -> answers.remove(i.id()));
      }
      List<Item> empowerment = instrument.scaleItems(Dimension.EMPOWERMENT);
      empowerment.subList(1, empowerment.size()).forEach(i -> answers.remove(i.id()));
      answers.putIfAbsent(empowerment.get(0).id(), 4);
      instrument.scaleItems(Dimension.HIRING).forEach(i -> answers.remove(i.id()));
      responses.add(Response.of(r.respondent(), answers));
    }
    Assessment assessment = Assessment.builder()
        .assessedOn(LocalDate.of(2026, 3, 31))
        .responses(generated.withResponses(responses))
        .build();
    AlignmentReport report = AlignmentEngine.withDefaults().assess(assessment);
    return report.withMetadata(report.metadata().withLibraryVersion(GOLDEN_LIBRARY_VERSION));
  }
}
