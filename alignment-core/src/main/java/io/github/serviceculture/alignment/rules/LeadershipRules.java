package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in leadership rules: leaders create the culture by talking about the vision constantly,
 * visiting the places where service happens, serving customers themselves, listening to frontline
 * employees, and giving specific feedback while holding people accountable for service.
 *
 * <p>Talking about the vision, serving customers, listening to the frontline, and feedback with
 * accountability are {@linkplain Importance#ESSENTIAL essential}; a quarterly executive visit to every
 * location is JetBlue's way of keeping the vision alive, an example, and {@linkplain
 * Importance#ADVISORY advisory}.
 *
 * <p>Every rule is not applicable when the leadership practice is unknown; a rule over optional facts
 * is also not applicable when all of them are unknown, and counts only the known ones as criteria.
 * Listening channels that are not recorded give INFO that they are unknown, counted in no score.
 */
final class LeadershipRules {
  private static final List<Rule> ALL = List.of(new VisionTalk(), new ExecutiveVisits(),
      new ServesCustomers(), new ListensToFrontline(), new FeedbackAndAccountability());

  private LeadershipRules() {}

  /**
   * The leadership rules, in a fixed order.
   *
   * @return the rules
   */
  static List<Rule> all() {
    return ALL;
  }

  private static Optional<LeadershipPractice> leadership(RuleContext context) {
    return context.practices().flatMap(Organization::leadership);
  }

  private static String word(Frequency frequency) {
    return frequency == Frequency.NEVER ? "never" : frequency.name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code LEADERSHIP.VISION_TALK}, essential (leaders talk about the vision constantly; the monthly
   * minimum is this library's reading of "constantly"): leaders discuss the vision in team meetings and in one-on-ones at least as often as {@link
   * RuleThresholds#visionDiscussionMinFrequency()}. Each known frequency is one criterion; a WARNING
   * for each one below the threshold.
   */
  static final class VisionTalk extends BaseRule {
    VisionTalk() {
      super("LEADERSHIP.VISION_TALK", Dimension.LEADERSHIP,
          "Leaders raise the vision in team meetings and one-on-ones often enough to keep it alive.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<LeadershipPractice> found = leadership(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      LeadershipPractice leadership = found.get();
      Frequency min = context.thresholds().visionDiscussionMinFrequency();
      int known = 0;
      int met = 0;
      List<Finding> findings = new ArrayList<>();
      String[][] settings = {{"visionInTeamMeetings", "TEAM_MEETINGS"}, {"visionInOneOnOnes", "ONE_ON_ONES"}};
      List<Optional<Frequency>> facts = List.of(leadership.visionInTeamMeetings(),
          leadership.visionInOneOnOnes());
      for (int i = 0; i < settings.length; i++) {
        Optional<Frequency> fact = facts.get(i);
        if (fact.isEmpty()) {
          continue;
        }
        known++;
        if (fact.get().isAtLeast(min)) {
          met++;
          continue;
        }
        boolean never = fact.get() == Frequency.NEVER;
        findings.add(finding(Severity.WARNING, (never ? "NEVER_IN_" : "RARE_IN_") + settings[i][1],
            never ? Map.of("minimum", word(min)) : Map.of("frequency", word(fact.get()), "minimum", word(min)),
            List.of(Evidence.practice("leadership." + settings[i][0], fact.get()),
                Evidence.of(EvidenceSource.POLICY, "visionDiscussionMinFrequency", min.name()))));
      }
      if (known == 0) {
        return RuleOutcome.notApplicable();
      }
      return RuleOutcome.compliance(met / (double) known, findings);
    }
  }

  /**
   * {@code LEADERSHIP.EXECUTIVE_VISITS}, advisory (JetBlue's quarterly visit, an example): executives
   * visit each location or team at least as often as {@link
   * RuleThresholds#executiveVisitMinFrequency()}. One criterion when the frequency is known; INFO
   * advice when it is lower.
   */
  static final class ExecutiveVisits extends BaseRule {
    ExecutiveVisits() {
      super("LEADERSHIP.EXECUTIVE_VISITS", Dimension.LEADERSHIP,
          "Executives visit every location or team regularly to talk about the vision.", Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<Frequency> visits = leadership(context).flatMap(LeadershipPractice::executiveVisits);
      if (visits.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      Frequency min = context.thresholds().executiveVisitMinFrequency();
      if (visits.get().isAtLeast(min)) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.INFO,
          visits.get() == Frequency.NEVER ? "NEVER" : "RARE", visits.get() == Frequency.NEVER
              ? Map.of("minimum", word(min)) : Map.of("frequency", word(visits.get()), "minimum", word(min)),
          List.of(Evidence.practice("leadership.executiveVisits", visits.get()),
              Evidence.of(EvidenceSource.POLICY, "executiveVisitMinFrequency", min.name())))));
    }
  }

  /**
   * {@code LEADERSHIP.SERVES_CUSTOMERS}, essential (leaders lead by example; a chief executive who
   * never serves a customer signals a weak service strategy): leaders, the chief executive included,
   * serve customers directly from time to time, which shows
   * that service matters and keeps them close to customers. One criterion when known; a WARNING when
   * they do not.
   */
  static final class ServesCustomers extends PracticeFactRule<Boolean> {
    ServesCustomers() {
      super("LEADERSHIP.SERVES_CUSTOMERS", Dimension.LEADERSHIP,
          "Leaders, the chief executive included, serve customers directly from time to time.");
    }

    @Override
    protected Optional<Boolean> fact(Organization practices) {
      return practices.leadership().flatMap(LeadershipPractice::leadersServeCustomers);
    }

    @Override
    protected Optional<Finding> judge(Boolean serves, RuleContext context) {
      return serves ? Optional.empty() : Optional.of(finding(Severity.WARNING, "NO", Map.of(),
          List.of(Evidence.practice("leadership.leadersServeCustomers", false))));
    }
  }

  /**
   * {@code LEADERSHIP.LISTENS_TO_FRONTLINE}, essential (leaders listen to employees, who have their
   * finger on the pulse): leaders hear from frontline employees, who know best what customers experience, through at least
   * one channel such as skip-level meetings or a survey they act on. One criterion; a WARNING when
   * there is none ({@code noListeningChannels}); INFO that the fact is unknown, counted in no score,
   * when the channels are not recorded.
   */
  static final class ListensToFrontline extends BaseRule {
    ListensToFrontline() {
      super("LEADERSHIP.LISTENS_TO_FRONTLINE", Dimension.LEADERSHIP,
          "Leaders have at least one way of hearing regularly from frontline employees.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<LeadershipPractice> found = leadership(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (!found.get().listeningChannelsRecorded()) {
        return notRecorded("leadership.listeningChannels", Map.of());
      }
      if (!found.get().listeningChannels().isEmpty()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, "NONE", Map.of(),
          List.of(Evidence.practice("leadership.listeningChannels", "[]")))));
    }
  }

  /**
   * {@code LEADERSHIP.FEEDBACK_AND_ACCOUNTABILITY}, essential (the method's leaders give positive,
   * specific feedback and hold people accountable): leaders give positive, specific feedback on
   * service and hold people accountable for the service
   * standard. Each known fact is one criterion; a WARNING for each known to be missing.
   */
  static final class FeedbackAndAccountability extends BaseRule {
    FeedbackAndAccountability() {
      super("LEADERSHIP.FEEDBACK_AND_ACCOUNTABILITY", Dimension.LEADERSHIP,
          "Leaders give specific positive feedback on service and hold people accountable for it.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<LeadershipPractice> found = leadership(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      LeadershipPractice leadership = found.get();
      int known = 0;
      int met = 0;
      List<Finding> findings = new ArrayList<>();
      if (leadership.specificPositiveFeedback().isPresent()) {
        known++;
        if (leadership.specificPositiveFeedback().get()) {
          met++;
        } else {
          findings.add(finding(Severity.WARNING, "NO_FEEDBACK", Map.of(),
              List.of(Evidence.practice("leadership.specificPositiveFeedback", false))));
        }
      }
      if (leadership.serviceAccountability().isPresent()) {
        known++;
        if (leadership.serviceAccountability().get()) {
          met++;
        } else {
          findings.add(finding(Severity.WARNING, "NO_ACCOUNTABILITY", Map.of(),
              List.of(Evidence.practice("leadership.serviceAccountability", false))));
        }
      }
      if (known == 0) {
        return RuleOutcome.notApplicable();
      }
      return RuleOutcome.compliance(met / (double) known, findings);
    }
  }
}
