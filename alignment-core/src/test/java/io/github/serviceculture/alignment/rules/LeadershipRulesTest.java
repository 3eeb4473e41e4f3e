package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertCompliance;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertCompliant;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertFinding;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertNotApplicable;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertNotRecorded;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.context;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.empty;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.onlyAdvice;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.onlyProblem;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.ListeningChannel;
import org.junit.jupiter.api.Test;

class LeadershipRulesTest {
  private static final Rule VISION_TALK = new LeadershipRules.VisionTalk();
  private static final Rule VISITS = new LeadershipRules.ExecutiveVisits();
  private static final Rule SERVES = new LeadershipRules.ServesCustomers();
  private static final Rule LISTENS = new LeadershipRules.ListensToFrontline();
  private static final Rule FEEDBACK = new LeadershipRules.FeedbackAndAccountability();

  private static LeadershipPractice sound() {
    return LeadershipPractice.builder().visionInTeamMeetings(Frequency.WEEKLY)
        .visionInOneOnOnes(Frequency.MONTHLY).executiveVisits(Frequency.QUARTERLY)
        .leadersServeCustomers(true).addListeningChannels(ListeningChannel.SKIP_LEVEL_MEETINGS)
        .specificPositiveFeedback(true).serviceAccountability(true).build();
  }

  @Test
  void aSoundPracticeMeetsEveryLeadershipRule() {
    for (Rule rule : LeadershipRules.all()) {
      RuleOutcome outcome = rule.evaluate(context(sound()));
      assertCompliant(outcome);
      assertEquals(0, outcome.findings().size(), rule::id);
    }
  }

  @Test
  void visionRaisedOnlyQuarterlyInTeamMeetingsIsFlaggedAndCountsAsOneOfTwoCriteria() {
    LeadershipPractice practice = sound().withVisionInTeamMeetings(Frequency.QUARTERLY);

    RuleOutcome outcome = VISION_TALK.evaluate(context(practice));

    assertCompliance(0.5, outcome);
    assertFinding(onlyProblem(outcome), "LEADERSHIP.VISION_TALK", Severity.WARNING,
        "leadership.visionInTeamMeetings", "QUARTERLY", "team meetings", "quarterly", "monthly");
  }

  @Test
  void visionNeverRaisedInOneOnOnesIsFlagged() {
    LeadershipPractice practice = sound().withVisionInOneOnOnes(Frequency.NEVER);

    assertFinding(onlyProblem(VISION_TALK.evaluate(context(practice))), "LEADERSHIP.VISION_TALK",
        Severity.WARNING, "leadership.visionInOneOnOnes", "NEVER", "never", "one-on-one");
  }

  @Test
  void onlyKnownMeetingFrequenciesCountAsVisionTalkCriteria() {
    LeadershipPractice onlyTeam = LeadershipPractice.builder().visionInTeamMeetings(Frequency.ANNUALLY).build();

    RuleOutcome outcome = VISION_TALK.evaluate(context(onlyTeam));

    assertCompliance(0, outcome);
    assertEquals(1, outcome.findings().size());
    assertNotApplicable(VISION_TALK.evaluate(context(LeadershipPractice.builder().build())));
  }

  @Test
  void theVisionTalkMinimumComesFromTheThresholds() {
    RuleContext weekly = RuleContext.builder().from(context(sound()))
        .thresholds(RuleThresholds.defaults().withVisionDiscussionMinFrequency(Frequency.WEEKLY)).build();

    RuleOutcome outcome = VISION_TALK.evaluate(weekly);

    assertCompliance(0.5, outcome);
    assertFinding(onlyProblem(outcome), "LEADERSHIP.VISION_TALK", Severity.WARNING,
        "visionDiscussionMinFrequency", "WEEKLY", "one-on-one", "monthly", "weekly");
  }

  @Test
  void annualExecutiveVisitsAreFlagged() {
    RuleOutcome outcome = VISITS.evaluate(context(sound().withExecutiveVisits(Frequency.ANNUALLY)));

    assertCompliance(0, outcome);
    assertFinding(onlyAdvice(outcome), "LEADERSHIP.EXECUTIVE_VISITS", Severity.INFO,
        "leadership.executiveVisits", "ANNUALLY", "annually", "quarterly");
  }

  @Test
  void unknownExecutiveVisitsAreNotApplicable() {
    assertNotApplicable(VISITS.evaluate(context(LeadershipPractice.builder().from(sound())
        .executiveVisits(java.util.Optional.empty()).build())));
  }

  @Test
  void leadersWhoNeverServeCustomersAreFlagged() {
    RuleOutcome outcome = SERVES.evaluate(context(sound().withLeadersServeCustomers(false)));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "LEADERSHIP.SERVES_CUSTOMERS", Severity.WARNING,
        "leadership.leadersServeCustomers", "false", "leadersServeCustomers is false", "chief executive");
  }

  @Test
  void unknownServiceByLeadersIsNotAFailure() {
    assertNotApplicable(SERVES.evaluate(context(LeadershipPractice.builder().build())));
  }

  @Test
  void noListeningChannelIsFlagged() {
    LeadershipPractice practice = LeadershipPractice.builder().from(sound())
        .listeningChannels(java.util.List.of()).build();

    RuleOutcome outcome = LISTENS.evaluate(context(practice));

    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "LEADERSHIP.LISTENS_TO_FRONTLINE", Severity.WARNING,
        "leadership.listeningChannels", "[]", "0 listening channels");
  }

  @Test
  void listeningChannelsThatAreNotRecordedAreUnknownNotAFailure() {
    LeadershipPractice unknown = LeadershipPractice.builder().leadersServeCustomers(true).build();

    assertFalse(unknown.listeningChannelsRecorded());
    assertNotRecorded(LISTENS.evaluate(context(unknown)), "LEADERSHIP.LISTENS_TO_FRONTLINE",
        "leadership.listeningChannels");
  }

  @Test
  void noListeningChannelRecordedWithTheBuilderIsAWarning() {
    LeadershipPractice none = LeadershipPractice.builder().noListeningChannels(true).build();

    RuleOutcome outcome = LISTENS.evaluate(context(none));

    assertTrue(none.listeningChannelsRecorded());
    assertCompliance(0, outcome);
    assertFinding(onlyProblem(outcome), "LEADERSHIP.LISTENS_TO_FRONTLINE", Severity.WARNING,
        "leadership.listeningChannels", "[]", "0 listening channels");
  }

  @Test
  void missingFeedbackAndAccountabilityGiveOneWarningEach() {
    LeadershipPractice practice = sound().withSpecificPositiveFeedback(false).withServiceAccountability(false);

    RuleOutcome outcome = FEEDBACK.evaluate(context(practice));

    assertCompliance(0, outcome);
    assertEquals(2, outcome.findings().size());
    assertFinding(outcome.findings().get(0), "LEADERSHIP.FEEDBACK_AND_ACCOUNTABILITY", Severity.WARNING,
        "leadership.specificPositiveFeedback", "false", "specificPositiveFeedback is false");
    assertFinding(outcome.findings().get(1), "LEADERSHIP.FEEDBACK_AND_ACCOUNTABILITY", Severity.WARNING,
        "leadership.serviceAccountability", "false", "serviceAccountability is false");
  }

  @Test
  void feedbackWithoutAccountabilityIsHalfCompliant() {
    RuleOutcome outcome = FEEDBACK.evaluate(context(sound().withServiceAccountability(false)));

    assertCompliance(0.5, outcome);
    assertFinding(onlyProblem(outcome), "LEADERSHIP.FEEDBACK_AND_ACCOUNTABILITY", Severity.WARNING,
        "leadership.serviceAccountability", "false", "accountable");
  }

  @Test
  void unknownFeedbackAndAccountabilityAreNotApplicable() {
    assertNotApplicable(FEEDBACK.evaluate(context(LeadershipPractice.builder().build())));
  }

  @Test
  void everyLeadershipRuleIsNotApplicableWithoutALeadershipPractice() {
    for (Rule rule : LeadershipRules.all()) {
      assertNotApplicable(rule.evaluate(empty()));
      assertNotApplicable(rule.evaluate(context(org().build())));
    }
  }
}
