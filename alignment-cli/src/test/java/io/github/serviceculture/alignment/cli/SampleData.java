package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.CandidateAssessment;
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
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded fixtures: survey CSVs of several fictional organizations built from core's {@link
 * SurveyFixtures}, and the practices of one of them. The shipped samples in {@code samples/} are
 * these files; {@code SampleFilesTest} keeps them in step.
 */
final class SampleData {
  static final String NORTHWIND = "Northwind Outfitters";
  static final String HARBOR = "Harbor Lane Credit Union";
  static final String BAYSIDE = "Bayside Dental, Inc.";

  /** One organization of a generated file. */
  record Org(String name, long seed, int respondents, double executiveShift) {}

  static final List<Org> SAMPLE = List.of(new Org(NORTHWIND, 11, 60, 0.9), new Org(HARBOR, 12, 45, 0.2),
      new Org(BAYSIDE, 13, 30, 1.2));

  private SampleData() {}

  static String header() {
    List<String> columns = new ArrayList<>(List.of("organization", "respondent", "level", "department",
        "customerFacing"));
    DefaultInstrument.instrument().items().forEach(i -> columns.add(i.id()));
    return String.join(",", columns);
  }

  /** The rows of one organization, in the header's order, with empty cells for unanswered items. */
  static List<String> rows(Org org) {
    ResponseSet set = SurveyFixtures.generated(org.seed(), org.respondents(), org.executiveShift());
    List<String> rows = new ArrayList<>();
    for (Response r : set.responses()) {
      List<String> cells = new ArrayList<>();
      cells.add(quote(org.name()));
      cells.add(r.respondent().id());
      cells.add(r.respondent().level().map(Level::name).orElse(""));
      cells.add(r.respondent().department().orElse(""));
      cells.add(r.respondent().customerFacing().map(String::valueOf).orElse(""));
      for (Item item : set.instrument().items()) {
        cells.add(r.answer(item.id()).isPresent() ? String.valueOf(r.answer(item.id()).getAsInt()) : "");
      }
      rows.add(String.join(",", cells));
    }
    return rows;
  }

  static String quote(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /** The sample CSV: organizations one after the other. */
  static String surveyCsv(List<Org> orgs) {
    StringBuilder s = new StringBuilder(header()).append('\n');
    for (Org org : orgs) {
      rows(org).forEach(r -> s.append(r).append('\n'));
    }
    return s.toString();
  }

  static Path write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** Northwind's practices: a good vision, an individual bonus beside a team goal, quiz-judged training. */
  static Organization practices() {
    return Organization.builder()
        .name(NORTHWIND)
        .vision(ServiceVision.builder()
            .statement("Help every customer get outside with confidence")
            .addInputChannels(InputChannel.SURVEY, InputChannel.FOCUS_GROUP)
            .draftingGroup(DraftingGroup.builder().size(8)
                .addLevels(Level.EXECUTIVE, Level.MANAGER, Level.FRONTLINE)
                .addFunctions("stores", "support").facilitated(true).build())
            .gutCheck(GutCheck.of(20, 19))
            .build())
        .addGoal(Goal.builder()
            .statement("Each agent who averages 95% customer satisfaction for the month earns a $100 bonus")
            .metric("agent's average CSAT").metricKind(MetricKind.CUSTOMER_SATISFACTION).target(95)
            .cadence(Cadence.MONTHLY).scope(GoalScope.INDIVIDUAL).focus(GoalFocus.CUSTOMER_OUTCOME)
            .incentive(Incentive.MONETARY).incentiveDescription("$100 per agent per month")
            .owner("support manager").build())
        .addGoal(Goal.builder()
            .statement("Lift the team's average customer satisfaction from 80% to 85% by the end of the month")
            .metric("team's average CSAT").metricKind(MetricKind.CUSTOMER_SATISFACTION).baseline(80).target(85)
            .deadline(LocalDate.of(2026, 11, 30)).scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME)
            .incentive(Incentive.NONE).owner("support team lead").build())
        .hiring(HiringPractice.builder()
            .addProfileTrait(ProfileTrait.builder().name("enjoys helping people").serviceTrait(true).notAssessed(true)
                .build())
            .addProfileTrait(ProfileTrait.builder().name("trustworthy").serviceTrait(true)
                .addAssessedBy(CandidateAssessment.REFERENCE_CHECK).build())
            .realisticJobPreview(false)
            .build())
        .training(TrainingProgram.builder()
            .name("store and support onboarding")
            .coverage(TrainingCoverage.FRONTLINE_ONLY)
            .teachesVision(true)
            .hasFullyTrainedStandard(false)
            .addEvaluations(TrainingEvaluation.ATTENDANCE, TrainingEvaluation.QUIZ)
            .build())
        .empowerment(EmpowermentPolicy.builder()
            .addAutonomousDecisions("refund a return without receipt up to the limit")
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

  static String practicesJson() {
    return AlignmentJson.builder().prettyPrint(true).build().write(practices()) + "\n";
  }
}
