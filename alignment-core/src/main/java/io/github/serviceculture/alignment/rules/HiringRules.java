package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.RuleText.money;
import static io.github.serviceculture.alignment.rules.RuleText.number;
import static io.github.serviceculture.alignment.rules.RuleText.percent;
import static io.github.serviceculture.alignment.rules.RuleText.quoted;

import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in rules of hiring. Service traits such as trustworthiness or a wish to help people are
 * hard to teach, so the method hires for them and teaches skills later; candidates should see the
 * job as it really is, uncommitted new hires should have an easy way out, and turnover has a cost
 * worth knowing.
 *
 * <p>Hiring for service traits, and assessing them, is {@linkplain Importance#ESSENTIAL essential}.
 * A realistic job preview, a commitment check (the Zappos offer) and the turnover rate are
 * {@linkplain Importance#ADVISORY advisory}: practices and figures the method suggests knowing, not
 * criteria it sets.
 *
 * <p>The rules are not applicable when the practices or the hiring practice are absent.
 */
final class HiringRules {
  private static final List<Rule> ALL = List.of(new ServiceTraits(), new TraitsAssessed(),
      new JobPreview(), new CommitmentCheckAdvice(), new Turnover());

  private HiringRules() {}

  /** The hiring rules, in a fixed order. */
  static List<Rule> all() {
    return ALL;
  }

  private static Optional<HiringPractice> hiring(RuleContext context) {
    return context.practices().flatMap(Organization::hiring);
  }

  private static String traitNames(List<ProfileTrait> traits) {
    return traits.stream().map(t -> '"' + t.name() + '"').collect(Collectors.joining(", "));
  }

  /**
   * {@code HIRING.SERVICE_TRAITS}, essential (the method hires for service traits, which are hard to
   * teach, and teaches skills): the ideal-candidate profile names at least one service trait. A
   * WARNING, compliance 0, when it names none or there is no profile ({@code noProfileTraits}); INFO
   * that the fact is unknown, counted in no score, when the profile is not recorded.
   */
  static final class ServiceTraits extends BaseRule {
    ServiceTraits() {
      super("HIRING.SERVICE_TRAITS", Dimension.HIRING,
          "The ideal-candidate profile names at least one service trait.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<HiringPractice> hiring = hiring(context);
      if (hiring.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (!hiring.get().profileTraitsRecorded()) {
        return notRecorded("hiring.profileTraits",
            "The ideal-candidate profile is not recorded, so whether candidates are chosen for service"
                + " traits is unknown.",
            "Record the traits of the ideal-candidate profile and which of them are service traits, or"
                + " record that there is no profile.");
      }
      List<ProfileTrait> traits = hiring.get().profileTraits();
      if (!hiring.get().serviceTraits().isEmpty()) {
        return RuleOutcome.compliance(1, List.of());
      }
      String message = traits.isEmpty()
          ? "There is no ideal-candidate profile (0 traits), so candidates are not chosen for the"
              + " service traits that are hard to teach."
          : "The ideal-candidate profile lists " + traits.size() + " traits (" + traitNames(traits)
              + "), none of them a service trait: it hires for skills that can be taught.";
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, message,
          "Write an ideal-candidate profile that names the service traits your best employees share,"
              + " such as trustworthiness and a wish to help people, and hire for those first.",
          List.of(Evidence.practice("hiring.profileTraits", traits.isEmpty() ? "none" : traitNames(traits))))));
    }
  }

  /**
   * {@code HIRING.TRAITS_ASSESSED}, essential (hiring for a trait means looking for it): every service trait of the profile is assessed by something
   * beyond a resume screen (an interview, simulation, work sample...), since a resume shows skills,
   * not dispositions. Compliance is the share of service traits so assessed, a trait recorded as not
   * assessed ({@code notAssessed}) among those missed; a WARNING names the missed ones. Traits whose
   * assessment is not recorded count in no score and get one INFO saying it is unknown (an
   * observation alone when no service trait's assessment is recorded). Not applicable when the
   * profile has no service trait.
   */
  static final class TraitsAssessed extends BaseRule {
    TraitsAssessed() {
      super("HIRING.TRAITS_ASSESSED", Dimension.HIRING,
          "Every service trait is assessed by more than a resume screen.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<HiringPractice> hiring = hiring(context);
      if (hiring.isEmpty() || hiring.get().serviceTraits().isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      List<ProfileTrait> all = hiring.get().profileTraits();
      List<ProfileTrait> unassessed = new ArrayList<>();
      List<ProfileTrait> unknown = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      int service = 0;
      for (int i = 0; i < all.size(); i++) {
        ProfileTrait trait = all.get(i);
        if (!trait.isServiceTrait()) {
          continue;
        }
        if (!trait.assessedByRecorded()) {
          unknown.add(trait);
          continue;
        }
        service++;
        boolean beyondResume = trait.assessedBy().stream().anyMatch(a -> a != CandidateAssessment.RESUME_SCREEN);
        if (!beyondResume) {
          unassessed.add(trait);
          evidence.add(Evidence.practice("hiring.profileTraits[" + quoted(trait.name()) + "].assessedBy",
              trait.assessedBy().isEmpty() ? "none" : trait.assessedBy().toString()));
        }
      }
      List<Finding> findings = new ArrayList<>();
      if (!unassessed.isEmpty()) {
        findings.add(finding(Severity.WARNING,
            unassessed.size() + " of " + service + " service traits (" + traitNames(unassessed)
                + ") are assessed by nothing beyond a resume screen, which shows skills, not a"
                + " disposition to serve.",
            "Assess each of these traits with behavioral interview questions about past situations, or"
                + " a job simulation, and score the answers against the profile.",
            evidence));
      }
      if (!unknown.isEmpty()) {
        findings.add(unknownAssessment(unknown));
      }
      if (service == 0) {
        return RuleOutcome.observations(findings);
      }
      return RuleOutcome.compliance((double) (service - unassessed.size()) / service, findings);
    }

    /** INFO that the assessment of some service traits is not recorded; they count in no score. */
    private Finding unknownAssessment(List<ProfileTrait> unknown) {
      List<Evidence> evidence = new ArrayList<>();
      for (ProfileTrait trait : unknown) {
        evidence.add(Evidence.practice("hiring.profileTraits[" + quoted(trait.name()) + "].assessedBy",
            NOT_RECORDED));
      }
      return finding(Severity.INFO,
          "How " + unknown.size() + " service " + (unknown.size() == 1 ? "trait" : "traits") + " ("
              + traitNames(unknown) + ") " + (unknown.size() == 1 ? "is" : "are")
              + " assessed in candidates is not recorded, so whether hiring looks for "
              + (unknown.size() == 1 ? "it" : "them") + " is unknown.",
          "Record how each service trait is assessed (interview, simulation, work sample, reference"
              + " check, resume screen), or record that it is not assessed.",
          evidence);
    }
  }

  /**
   * {@code HIRING.JOB_PREVIEW}, advisory (a common hiring practice that supports hiring for fit, not a
   * criterion of the method): candidates see a realistic preview of the job, hard parts included,
   * before accepting it. INFO advice, compliance 0, when they do not; not applicable when unknown.
   */
  static final class JobPreview extends BaseRule {
    JobPreview() {
      super("HIRING.JOB_PREVIEW", Dimension.HIRING,
          "Candidates see a realistic preview of the job before they accept it.", Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<Boolean> preview = hiring(context).flatMap(HiringPractice::realisticJobPreview);
      if (preview.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (preview.get()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.INFO,
          "Candidates get no realistic preview of the job (realisticJobPreview = false), so some accept"
              + " it without knowing its hard parts and leave soon after.",
          "Show candidates the real work before they accept, such as an hour listening to customer"
              + " calls or shadowing a frontline employee, including the difficult moments.",
          List.of(Evidence.practice("hiring.realisticJobPreview", false)))));
    }
  }

  /**
   * {@code HIRING.COMMITMENT_CHECK}, advisory (an example the method gives): advice (INFO) to give new hires who are not committed to the
   * culture an easy way out early, as Zappos does by offering pay plus a bonus to quit during paid
   * training, when there is none ({@code noCommitmentCheck}). Compliance is 1 either way. When the
   * commitment check is not recorded, INFO that it is unknown, as an observation.
   */
  static final class CommitmentCheckAdvice extends BaseRule {
    CommitmentCheckAdvice() {
      super("HIRING.COMMITMENT_CHECK", Dimension.HIRING,
          "New hires who are not committed to the culture have an easy way to leave early.",
          Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<HiringPractice> hiring = hiring(context);
      if (hiring.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (!hiring.get().commitmentCheckRecorded()) {
        return notRecorded("hiring.commitmentCheck",
            "Whether new hires get a commitment check, an early and easy way out, is not recorded.",
            "Record the commitment check new hires are offered, such as pay to leave during training,"
                + " or record that there is none.");
      }
      if (hiring.get().commitmentCheck().isPresent()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(1, List.of(finding(Severity.INFO,
          "New hires get no commitment check (noCommitmentCheck): those who do not want the culture"
              + " have no early, easy way out.",
          "Consider paying uncommitted new hires to leave during training: Zappos offers pay for the"
              + " time worked plus $1,000 about a week into paid training, and fewer than one in ten"
              + " accept, so those who stay have chosen the culture.",
          List.of(Evidence.practice("hiring.commitmentCheck", "none")))));
    }
  }

  /**
   * {@code HIRING.TURNOVER}, advisory (the method's toolkit prices turnover so that its cost is known;
   * the threshold is this library's): the yearly turnover rate (separations over average headcount)
   * is at most {@link RuleThresholds#turnoverWarningPercent()} %. Above it is INFO, compliance 0,
   * giving the rate and, when the cost per separation is known, the yearly cost. Not applicable when
   * the figures are unknown.
   */
  static final class Turnover extends BaseRule {
    Turnover() {
      super("HIRING.TURNOVER", Dimension.HIRING, "Yearly employee turnover is at or below the threshold.",
          Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<TurnoverFigures> figures = hiring(context).flatMap(HiringPractice::turnover);
      if (figures.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      TurnoverFigures t = figures.get();
      double rate = t.turnoverRatePercent();
      double max = context.thresholds().turnoverWarningPercent();
      if (rate <= max) {
        return RuleOutcome.compliance(1, List.of());
      }
      List<Evidence> evidence = new ArrayList<>(List.of(
          Evidence.practice("hiring.turnover.turnoverRatePercent", number(rate)),
          Evidence.practice("hiring.turnover.separationsPerYear", number(t.separationsPerYear())),
          Evidence.practice("hiring.turnover.averageHeadcount", number(t.averageHeadcount()))));
      String cost = "";
      if (t.annualCost().isPresent()) {
        cost = ", costing about " + money(t.annualCost().getAsDouble()) + " a year at "
            + money(t.costPerSeparation().getAsDouble()) + " per separation";
        evidence.add(Evidence.practice("hiring.turnover.annualCost", money(t.annualCost().getAsDouble())));
      }
      evidence.add(Evidence.of(EvidenceSource.POLICY, "thresholds.turnoverWarningPercent", number(max)));
      return RuleOutcome.compliance(0, List.of(finding(Severity.INFO,
          "Yearly turnover is " + percent(rate) + " (" + number(t.separationsPerYear()) + " separations"
              + " over an average headcount of " + number(t.averageHeadcount()) + ")" + cost
              + ", above the " + percent(max) + " threshold.",
          "Find out why people leave (exit and stay interviews), hire for service traits with a"
              + " realistic job preview, and use the yearly cost of turnover to justify the investment.",
          evidence)));
    }
  }
}
