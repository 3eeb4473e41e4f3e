package io.github.serviceculture.alignment.examples;

import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.InputChannel;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.ListeningChannel;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Larkspur Outfitters, a fictional retailer whose practices mix what the source articles praise and
 * what they warn against: a good vision drafted well, the individual CSAT bonus next to a shared
 * team goal, service traits listed but not assessed, training judged by a quiz, and leaders who never
 * serve customers. Its survey is generated from a seeded model in which executives see a rosier
 * culture than the frontline and accounting does not see itself in the vision.
 */
public final class FictionalOrganization {
  /** The date the example assessment describes. */
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 23);

  private FictionalOrganization() {}

  /**
   * The organization's practices.
   *
   * @return the practices
   */
  public static Organization practices() {
    return Organization.builder()
        .name("Larkspur Outfitters")
        .vision(ServiceVision.builder()
            .statement("Help every customer get outside with confidence")
            .addInputChannels(InputChannel.SURVEY, InputChannel.FOCUS_GROUP)
            .draftingGroup(DraftingGroup.builder().size(8)
                .addLevels(Level.EXECUTIVE, Level.MANAGER, Level.FRONTLINE)
                .addFunctions("stores", "support", "e-commerce").facilitated(true).build())
            .gutCheck(GutCheck.of(20, 19))
            .build())
        .addGoal(SeedPractices.individualCsatBonus())
        .addGoal(SeedPractices.sharedTeamCsatGoal(LocalDate.of(2026, 11, 30)))
        .hiring(HiringPractice.builder()
            .addProfileTrait(ProfileTrait.builder().name("enjoys helping people").serviceTrait(true).notAssessed(true)
                .build())
            .addProfileTrait(ProfileTrait.builder().name("trustworthy").serviceTrait(true)
                .addAssessedBy(CandidateAssessment.REFERENCE_CHECK).build())
            .addProfileTrait(ProfileTrait.builder().name("point-of-sale experience").serviceTrait(false)
                .addAssessedBy(CandidateAssessment.RESUME_SCREEN).build())
            .realisticJobPreview(false)
            .turnover(TurnoverFigures.builder().averageHeadcount(320).separationsPerYear(150)
                .costPerSeparation(4_200).build())
            .build())
        .training(TrainingProgram.builder()
            .name("store and support onboarding")
            .coverage(TrainingCoverage.FRONTLINE_ONLY)
            .teachesVision(true)
            .hasFullyTrainedStandard(false)
            .addEvaluations(TrainingEvaluation.ATTENDANCE, TrainingEvaluation.QUIZ)
            .build())
        .empowerment(EmpowermentPolicy.builder()
            .addAutonomousDecisions("refund a return without receipt up to the limit", "waive a shipping fee")
            .discretionaryLimit(75)
            .writtenGuidelines(true)
            .addIngredients(EmpowermentIngredient.RESOURCES, EmpowermentIngredient.PROCESS)
            .sayNoListReviewedOn(LocalDate.of(2024, 3, 1))
            .build())
        .leadership(LeadershipPractice.builder()
            .visionInTeamMeetings(Frequency.MONTHLY)
            .visionInOneOnOnes(Frequency.QUARTERLY)
            .executiveVisits(Frequency.ANNUALLY)
            .leadersServeCustomers(false)
            .addListeningChannels(ListeningChannel.EMPLOYEE_SURVEY)
            .specificPositiveFeedback(true)
            .serviceAccountability(true)
            .build())
        .build();
  }

  /**
   * A survey of the organization's employees on the default instrument, generated from a seeded
   * model: the same seed gives the same responses.
   *
   * @param seed the random seed
   * @param respondents the number of respondents
   * @return the responses
   */
  public static ResponseSet survey(long seed, int respondents) {
    Instrument instrument = DefaultInstrument.instrument();
    SplittableRandom random = new SplittableRandom(seed);
    String[] departments = {"stores", "stores", "stores", "support", "support", "e-commerce", "accounting", "IT"};
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      Level level = r % 20 == 0 ? Level.EXECUTIVE : r % 7 == 0 ? Level.MANAGER : Level.FRONTLINE;
      String department = departments[random.nextInt(departments.length)];
      boolean customerFacing = !department.equals("accounting") && !department.equals("IT");
      Respondent respondent = Respondent.builder().id(String.format("LO-%04d", r)).level(level)
          .department(department).customerFacing(customerFacing).build();
      // Leaders see the culture a scale point higher than the frontline; the person's own outlook
      // moves all their answers together, which is what gives the scales their reliability.
      double outlook = random.nextGaussian() * 0.5 + (level == Level.EXECUTIVE ? 1.0 : level == Level.MANAGER ? 0.4 : 0);
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : instrument.items()) {
        if (random.nextDouble() < 0.03) {
          continue;
        }
        double mean = 3.4 + outlook + dimensionShift(item) + engagementShift(item, customerFacing);
        int answer = (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.8)));
        answers.put(item.id(), item.isReverseKeyed() ? 6 - answer : answer);
      }
      responses.add(Response.of(respondent, answers));
    }
    return ResponseSet.of(instrument, responses);
  }

  private static double dimensionShift(Item item) {
    switch (item.dimension()) {
      case TRAINING:
        return -0.9;
      case GOALS:
        return -0.6;
      case LEADERSHIP:
        return -0.3;
      default:
        return 0;
    }
  }

  /**
   * Most employees can answer the engagement questions; people in roles without customers can state
   * the vision but cannot say how their own work contributes to it.
   */
  private static double engagementShift(Item item, boolean customerFacing) {
    if (item.engagementQuestion().isEmpty()) {
      return 0;
    }
    boolean contribution = item.engagementQuestion().get() == EngagementQuestion.KNOWS_OWN_CONTRIBUTION;
    return contribution && !customerFacing ? -0.6 : 1.3;
  }
}
