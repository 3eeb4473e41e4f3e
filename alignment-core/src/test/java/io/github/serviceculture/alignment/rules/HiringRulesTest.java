package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertCompliant;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertMessageContains;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertNotRecorded;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.compliance;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.context;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.evidence;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.noPractices;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.onlyFinding;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.CommitmentCheck;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HiringRulesTest {
  private static final Rule SERVICE_TRAITS = new HiringRules.ServiceTraits();
  private static final Rule TRAITS_ASSESSED = new HiringRules.TraitsAssessed();
  private static final Rule JOB_PREVIEW = new HiringRules.JobPreview();
  private static final Rule COMMITMENT_CHECK = new HiringRules.CommitmentCheckAdvice();
  private static final Rule TURNOVER = new HiringRules.Turnover();

  private static RuleContext hiring(HiringPractice practice) {
    return context(org().withHiring(practice));
  }

  private static ProfileTrait trait(String name, boolean service, CandidateAssessment... by) {
    // Replacing the methods records them, so a trait given none is recorded as not assessed.
    return ProfileTrait.builder().name(name).serviceTrait(service).assessedBy(List.of(by)).build();
  }

  /** Hiring in the spirit of Zappos: culture fit assessed in interviews, a paid offer to quit. */
  private static HiringPractice zapposLike() {
    return HiringPractice.builder()
        .addProfileTraits(trait("enjoys helping people", true, CandidateAssessment.BEHAVIORAL_INTERVIEW))
        .commitmentCheck(CommitmentCheck.builder()
            .description("About a week into paid training, new hires may leave with $1,000 on top of their pay")
            .paymentOffered(1_000).offeredOnDay(7).build())
        .build();
  }

  @Test
  void zapposLikeHiringRaisesNoFinding() {
    RuleContext context = hiring(zapposLike().withRealisticJobPreview(true).withTurnover(
        TurnoverFigures.builder().averageHeadcount(200).separationsPerYear(30).build()));
    for (Rule rule : HiringRules.all()) {
      assertCompliant(rule.evaluate(context));
    }
  }

  @Test
  void hiringRulesAreNotApplicableWithoutAHiringPractice() {
    for (Rule rule : HiringRules.all()) {
      assertFalse(rule.evaluate(context(org())).applicable(), rule.id());
      assertFalse(rule.evaluate(noPractices()).applicable(), rule.id());
    }
  }

  @Test
  void aProfileOfSkillsOnlyWarnsNamingTheTraits() {
    HiringPractice skills = HiringPractice.builder()
        .addProfileTraits(trait("typing speed", false, CandidateAssessment.WORK_SAMPLE),
            trait("CRM experience", false, CandidateAssessment.RESUME_SCREEN))
        .build();
    RuleOutcome outcome = SERVICE_TRAITS.evaluate(hiring(skills));
    Finding f = onlyFinding(outcome, "HIRING.SERVICE_TRAITS", Severity.WARNING);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "2 traits", "\"typing speed\"", "\"CRM experience\"");
    assertEquals("\"typing speed\", \"CRM experience\"", evidence(f, "hiring.profileTraits").value());
    assertFalse(TRAITS_ASSESSED.evaluate(hiring(skills)).applicable());
  }

  @Test
  void noProfileAtAllIsAWarning() {
    RuleOutcome outcome = SERVICE_TRAITS.evaluate(hiring(HiringPractice.builder().noProfileTraits(true).build()));
    Finding f = onlyFinding(outcome, "HIRING.SERVICE_TRAITS", Severity.WARNING);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "0 traits");
    assertEquals("none", evidence(f, "hiring.profileTraits").value());
  }

  @Test
  void aProfileThatIsNotRecordedIsUnknownNotAFailure() {
    RuleOutcome outcome = SERVICE_TRAITS.evaluate(hiring(HiringPractice.builder().build()));
    assertNotRecorded(outcome, "HIRING.SERVICE_TRAITS", "hiring.profileTraits");
    assertFalse(TRAITS_ASSESSED.evaluate(hiring(HiringPractice.builder().build())).applicable());
  }

  @Test
  void aTraitWhoseAssessmentIsNotRecordedCountsInNoScoreAndIsNamedAsUnknown() {
    ProfileTrait unknown = ProfileTrait.builder().name("patient").serviceTrait(true).build();
    HiringPractice practice = HiringPractice.builder()
        .addProfileTraits(trait("trustworthy", true, CandidateAssessment.RESUME_SCREEN),
            trait("wants to serve", true, CandidateAssessment.JOB_SIMULATION), unknown)
        .build();
    RuleOutcome outcome = TRAITS_ASSESSED.evaluate(hiring(practice));
    assertEquals(0.5, compliance(outcome), 1e-12);
    assertEquals(List.of(Severity.WARNING, Severity.INFO),
        outcome.findings().stream().map(Finding::severity).toList());
    Finding info = outcome.findings().get(1);
    assertMessageContains(info, "\"patient\"", "not recorded");
    assertEquals("HIRING.TRAITS_ASSESSED.NOT_RECORDED", info.code());
    assertEquals("How 1 service trait (\"patient\") is assessed in candidates is not recorded, so whether hiring"
        + " looks for it is unknown.", info.message());
    assertEquals("not recorded", evidence(info, "hiring.profileTraits[\"patient\"].assessedBy").value());

    RuleOutcome allUnknown = TRAITS_ASSESSED.evaluate(hiring(HiringPractice.builder().addProfileTraits(unknown).build()));
    assertTrue(allUnknown.compliance().isEmpty(), "no recorded assessment, no compliance");
    assertEquals(Severity.INFO, onlyFinding(allUnknown, "HIRING.TRAITS_ASSESSED", Severity.INFO).severity());

    ProfileTrait none = ProfileTrait.builder().name("patient").serviceTrait(true).notAssessed(true).build();
    RuleOutcome recordedNone = TRAITS_ASSESSED.evaluate(hiring(HiringPractice.builder().addProfileTraits(none).build()));
    assertEquals(0.0, compliance(recordedNone));
    assertEquals("none", evidence(onlyFinding(recordedNone, "HIRING.TRAITS_ASSESSED", Severity.WARNING),
        "hiring.profileTraits[\"patient\"].assessedBy").value());
  }

  @Test
  void twoTraitsWhoseAssessmentIsNotRecordedAreNamedInThePlural() {
    HiringPractice practice = HiringPractice.builder()
        .addProfileTraits(ProfileTrait.builder().name("patient").serviceTrait(true).build(),
            ProfileTrait.builder().name("warm").serviceTrait(true).build())
        .build();
    Finding info = onlyFinding(TRAITS_ASSESSED.evaluate(hiring(practice)), "HIRING.TRAITS_ASSESSED", Severity.INFO);
    assertEquals("How 2 service traits (\"patient\", \"warm\") are assessed in candidates is not recorded, so"
        + " whether hiring looks for them is unknown.", info.message());
    assertEquals("Record how each service trait is assessed (interview, simulation, work sample, reference"
        + " check, resume screen), or record that it is not assessed.", info.recommendation());
  }

  @Test
  void serviceTraitsScreenedOnlyFromResumesWarnNamingThem() {
    HiringPractice practice = HiringPractice.builder()
        .addProfileTraits(trait("product knowledge", false),
            trait("trustworthy", true, CandidateAssessment.RESUME_SCREEN),
            trait("wants to serve", true, CandidateAssessment.JOB_SIMULATION),
            trait("patient", true))
        .build();
    RuleOutcome outcome = TRAITS_ASSESSED.evaluate(hiring(practice));
    Finding f = onlyFinding(outcome, "HIRING.TRAITS_ASSESSED", Severity.WARNING);
    assertEquals(1.0 / 3, compliance(outcome), 1e-12);
    assertMessageContains(f, "2 of 3", "\"trustworthy\"", "\"patient\"");
    assertFalse(f.message().contains("wants to serve"), f.message());
    assertEquals("[RESUME_SCREEN]", evidence(f, "hiring.profileTraits[\"trustworthy\"].assessedBy").value());
    assertEquals("none", evidence(f, "hiring.profileTraits[\"patient\"].assessedBy").value());
  }

  @Test
  void aResumeScreenPlusAnInterviewCountsAsAssessed() {
    HiringPractice practice = HiringPractice.builder().addProfileTraits(trait("trustworthy", true,
        CandidateAssessment.RESUME_SCREEN, CandidateAssessment.REFERENCE_CHECK)).build();
    assertCompliant(TRAITS_ASSESSED.evaluate(hiring(practice)));
  }

  @Test
  void noRealisticPreviewIsAWarningAndAnUnknownOneIsNotApplicable() {
    RuleOutcome outcome = JOB_PREVIEW.evaluate(hiring(zapposLike().withRealisticJobPreview(false)));
    Finding f = onlyFinding(outcome, "HIRING.JOB_PREVIEW", Severity.INFO);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "realisticJobPreview = false");
    assertEquals("false", evidence(f, "hiring.realisticJobPreview").value());
    assertFalse(JOB_PREVIEW.evaluate(hiring(zapposLike())).applicable());
    assertCompliant(JOB_PREVIEW.evaluate(hiring(zapposLike().withRealisticJobPreview(true))));
  }

  @Test
  void noCommitmentCheckIsAdviceCitingPaidExitsDuringTraining() {
    HiringPractice without = HiringPractice.builder().from(zapposLike()).commitmentCheck(Optional.empty())
        .noCommitmentCheck(true).build();
    RuleOutcome outcome = COMMITMENT_CHECK.evaluate(hiring(without));
    Finding f = onlyFinding(outcome, "HIRING.COMMITMENT_CHECK", Severity.INFO);
    assertEquals(1.0, compliance(outcome));
    assertMessageContains(f, "no commitment check");
    assertTrue(f.recommendation().contains("training") && f.recommendation().contains("$1,000"),
        f.recommendation());
    assertEquals("none", evidence(f, "hiring.commitmentCheck").value());
  }

  @Test
  void aCommitmentCheckThatIsNotRecordedIsUnknown() {
    HiringPractice unknown = HiringPractice.builder().from(zapposLike()).commitmentCheck(Optional.empty()).build();
    assertNotRecorded(COMMITMENT_CHECK.evaluate(hiring(unknown)), "HIRING.COMMITMENT_CHECK", "hiring.commitmentCheck");
  }

  @Test
  void highTurnoverWarnsWithRateAndYearlyCost() {
    TurnoverFigures figures = TurnoverFigures.builder().averageHeadcount(80).separationsPerYear(36)
        .costPerSeparation(4_500).build();
    RuleOutcome outcome = TURNOVER.evaluate(hiring(zapposLike().withTurnover(figures)));
    Finding f = onlyFinding(outcome, "HIRING.TURNOVER", Severity.INFO);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "45 %", "36 separations", "80", "162,000", "4,500", "30 %");
    assertEquals("45", evidence(f, "hiring.turnover.turnoverRatePercent").value());
    assertEquals("162,000", evidence(f, "hiring.turnover.annualCost").value());
  }

  @Test
  void highTurnoverWithoutACostGivesTheRateOnly() {
    TurnoverFigures figures = TurnoverFigures.builder().averageHeadcount(12).separationsPerYear(5).build();
    Finding f = onlyFinding(TURNOVER.evaluate(hiring(zapposLike().withTurnover(figures))),
        "HIRING.TURNOVER", Severity.INFO);
    assertMessageContains(f, "41.7 %");
    assertFalse(f.message().contains("costing"), f.message());
    assertTrue(f.evidence().stream().noneMatch(e -> e.reference().equals("hiring.turnover.annualCost")));
  }

  @Test
  void turnoverAtTheThresholdPassesAndUnknownTurnoverIsNotApplicable() {
    TurnoverFigures figures = TurnoverFigures.builder().averageHeadcount(100).separationsPerYear(30).build();
    assertCompliant(TURNOVER.evaluate(hiring(zapposLike().withTurnover(figures))));
    assertFalse(TURNOVER.evaluate(hiring(zapposLike())).applicable());
  }
}
