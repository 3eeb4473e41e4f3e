package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.RuleText.money;
import static io.github.serviceculture.alignment.rules.RuleText.number;
import static io.github.serviceculture.alignment.rules.RuleText.quoted;

import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
        return notRecorded("hiring.profileTraits", Map.of());
      }
      List<ProfileTrait> traits = hiring.get().profileTraits();
      if (!hiring.get().serviceTraits().isEmpty()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING,
          traits.isEmpty() ? "NO_PROFILE" : "NO_SERVICE_TRAIT",
          traits.isEmpty() ? Map.of() : Map.of("traitCount", traits.size(), "traits", traitNames(traits)),
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
        findings.add(finding(Severity.WARNING, "RESUME_ONLY",
            Map.of("unassessed", unassessed.size(), "serviceTraits", service, "traits", traitNames(unassessed)),
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
      return finding(Severity.INFO, "NOT_RECORDED", Map.of("count", unknown.size(),
          "form", unknown.size() == 1 ? "SINGULAR" : "PLURAL", "traits", traitNames(unknown)), evidence);
    }
  }

  /**
   * {@code HIRING.JOB_PREVIEW}, advisory (a common hiring practice that supports hiring for fit, not a
   * criterion of the method): candidates see a realistic preview of the job, hard parts included,
   * before accepting it. INFO advice, compliance 0, when they do not; not applicable when unknown.
   */
  static final class JobPreview extends PracticeFactRule<Boolean> {
    JobPreview() {
      super("HIRING.JOB_PREVIEW", Dimension.HIRING,
          "Candidates see a realistic preview of the job before they accept it.", Importance.ADVISORY);
    }

    @Override
    protected Optional<Boolean> fact(Organization practices) {
      return practices.hiring().flatMap(HiringPractice::realisticJobPreview);
    }

    @Override
    protected Optional<Finding> judge(Boolean preview, RuleContext context) {
      return preview ? Optional.empty() : Optional.of(finding(Severity.INFO, "NONE", Map.of(),
          List.of(Evidence.practice("hiring.realisticJobPreview", false))));
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
        return notRecorded("hiring.commitmentCheck", Map.of());
      }
      if (hiring.get().commitmentCheck().isPresent()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(1, List.of(finding(Severity.INFO, "NONE", Map.of(),
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
  static final class Turnover extends ThresholdRule {
    Turnover() {
      super("HIRING.TURNOVER", Dimension.HIRING, "Yearly employee turnover is at or below the threshold.",
          Importance.ADVISORY, false, false);
    }

    private static Optional<TurnoverFigures> figures(RuleContext context) {
      return hiring(context).flatMap(HiringPractice::turnover);
    }

    @Override
    protected OptionalDouble figure(RuleContext context) {
      return figures(context).map(t -> OptionalDouble.of(t.turnoverRatePercent())).orElse(OptionalDouble.empty());
    }

    @Override
    protected double threshold(RuleThresholds thresholds) {
      return thresholds.turnoverWarningPercent();
    }

    @Override
    protected Finding miss(double rate, double max, RuleContext context) {
      TurnoverFigures t = figures(context).orElseThrow();
      List<Evidence> evidence = new ArrayList<>(List.of(
          Evidence.practice("hiring.turnover.turnoverRatePercent", number(rate)),
          Evidence.practice("hiring.turnover.separationsPerYear", number(t.separationsPerYear())),
          Evidence.practice("hiring.turnover.averageHeadcount", number(t.averageHeadcount()))));
      Map<String, Object> parameters = new HashMap<>(Map.of("ratePercent", rate,
          "separations", t.separationsPerYear(), "headcount", t.averageHeadcount(), "maxPercent", max));
      if (t.annualCost().isPresent()) {
        parameters.put("annualCost", t.annualCost().getAsDouble());
        parameters.put("costPerSeparation", t.costPerSeparation().getAsDouble());
        evidence.add(Evidence.practice("hiring.turnover.annualCost", money(t.annualCost().getAsDouble())));
      }
      evidence.add(Evidence.of(EvidenceSource.POLICY, "thresholds.turnoverWarningPercent", number(max)));
      return finding(Severity.INFO, "HIGH", parameters, evidence);
    }
  }
}
