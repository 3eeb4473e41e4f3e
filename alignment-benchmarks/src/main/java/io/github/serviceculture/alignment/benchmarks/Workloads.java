package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.time.LocalDate;

/** The inputs every benchmark uses: a seeded survey of the default instrument plus typical practices. */
final class Workloads {
  private Workloads() {}

  static Organization practices() {
    return Organization.builder()
        .name("Benchmark Outfitters")
        .vision(ServiceVision.of("Help every customer leave ready for the outdoors"))
        .addGoal(Goal.builder().statement("Raise the team's CSAT from 80% to 85% by month end").baseline(80)
            .target(85).cadence(Cadence.MONTHLY).scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME)
            .incentive(Incentive.NONE).build())
        .training(TrainingProgram.builder().coverage(TrainingCoverage.ALL_EMPLOYEES).teachesVision(true)
            .hasFullyTrainedStandard(false).build())
        .leadership(LeadershipPractice.builder().visionInTeamMeetings(Frequency.WEEKLY).build())
        .build();
  }

  /** An assessment of {@code respondents} employees answering the default instrument's 37 items. */
  static Assessment assessment(int respondents, long seed) {
    return Assessment.builder()
        .practices(practices())
        .responses(SurveyFixtures.generated(seed, respondents, 12))
        .assessedOn(LocalDate.of(2026, 11, 23))
        .build();
  }
}
