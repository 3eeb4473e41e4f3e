package io.github.serviceculture.alignment.examples;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.CommitmentCheck;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.CandidateAssessment;
import java.time.LocalDate;

/**
 * Practices of real organizations as the source articles describe them, restated in our own words.
 * Each factory builds one fact; the examples and tests use them.
 */
public final class SeedPractices {
  private SeedPractices() {}

  /**
   * A support team's individual goal: each agent whose customer satisfaction averages 95 % for the
   * month earns a $100 bonus. Agents on it chose easy cases and passed upset customers on.
   *
   * @return the goal
   */
  public static Goal individualCsatBonus() {
    return Goal.builder()
        .statement("Each agent who averages 95% customer satisfaction for the month earns a $100 bonus")
        .metric("agent's average CSAT")
        .metricKind(MetricKind.CUSTOMER_SATISFACTION)
        .target(95)
        .cadence(Cadence.MONTHLY)
        .scope(GoalScope.INDIVIDUAL)
        .focus(GoalFocus.CUSTOMER_OUTCOME)
        .incentive(Incentive.MONETARY)
        .incentiveDescription("$100 per agent per month")
        .owner("tier-1 support manager")
        .build();
  }

  /**
   * A support team's shared goal: lift the team's average satisfaction from 80 % to 85 % by the end
   * of the month. The team met it by helping each other.
   *
   * @param monthEnd the last day of the month the goal runs in
   * @return the goal
   */
  public static Goal sharedTeamCsatGoal(LocalDate monthEnd) {
    return Goal.builder()
        .statement("Lift the team's average customer satisfaction from 80% to 85% by the end of the month")
        .metric("team's average CSAT")
        .metricKind(MetricKind.CUSTOMER_SATISFACTION)
        .baseline(80)
        .target(85)
        .deadline(monthEnd)
        .scope(GoalScope.TEAM)
        .focus(GoalFocus.CUSTOMER_OUTCOME)
        .incentive(Incentive.NONE)
        .owner("support team lead")
        .build();
  }

  /**
   * REI's customer service vision.
   *
   * @return the vision
   */
  public static ServiceVision rei() {
    return ServiceVision.of(
        "We inspire, educate and outfit for a lifetime of outdoor adventure and stewardship");
  }

  /**
   * JetBlue's customer service vision.
   *
   * @return the vision
   */
  public static ServiceVision jetBlue() {
    return ServiceVision.of("Inspire Humanity");
  }

  /**
   * The Clean Vehicle Rebate Project's customer service vision.
   *
   * @return the vision
   */
  public static ServiceVision cleanVehicleRebateProject() {
    return ServiceVision.of("Make it easy to join the clean vehicle movement");
  }

  /**
   * Zappos's hiring: hire for fit with the culture, then, about a week into four weeks of paid
   * training, offer every new hire the pay for time worked plus $1,000 to leave. Fewer than one in ten
   * accept; the exact share is not given, so it is left unknown.
   *
   * @return the hiring practice
   */
  public static HiringPractice zappos() {
    return HiringPractice.builder()
        .addProfileTrait(ProfileTrait.builder()
            .name("fits the service culture")
            .serviceTrait(true)
            .addAssessedBy(CandidateAssessment.BEHAVIORAL_INTERVIEW)
            .build())
        .commitmentCheck(CommitmentCheck.builder()
            .description("During paid training, new hires may leave with pay for time worked plus a $1,000 bonus")
            .paymentOffered(1_000)
            .offeredOnDay(7)
            .build())
        .build();
  }
}
