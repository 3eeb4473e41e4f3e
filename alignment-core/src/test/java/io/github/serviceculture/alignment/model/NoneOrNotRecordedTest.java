package io.github.serviceculture.alignment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every collection or optional a rule reads has three states: not recorded (the default), recorded as
 * none, and present. These tests hold each field to the same contract.
 */
class NoneOrNotRecordedTest {

  /** One field: its three states built three ways, and how to read them back. */
  private record Field<T>(String name, Supplier<T> notRecorded, Supplier<T> none, Supplier<T> present,
      Predicate<T> recorded, Predicate<T> noneFlag, Function<T, T> noneThenPresent) {}

  private static TrainingProgram.Builder training() {
    return TrainingProgram.builder().coverage(TrainingCoverage.ALL_EMPLOYEES).teachesVision(true)
        .hasFullyTrainedStandard(true);
  }

  private static ProfileTrait.Builder trait() {
    return ProfileTrait.builder().name("trustworthy").serviceTrait(true);
  }

  private static final GutCheck GUT_CHECK = GutCheck.builder().stakeholdersAsked(20).recognized(19).build();
  private static final CommitmentCheck OFFER = CommitmentCheck.builder().description("paid to quit").build();
  private static final LocalDate REVIEWED = LocalDate.of(2024, 1, 15);

  private static List<Field<?>> fields() {
    return List.of(
        new Field<>("listeningChannels", () -> LeadershipPractice.builder().build(),
            () -> LeadershipPractice.builder().noListeningChannels(true).build(),
            () -> LeadershipPractice.builder().addListeningChannel(ListeningChannel.SKIP_LEVEL_MEETINGS).build(),
            LeadershipPractice::listeningChannelsRecorded, LeadershipPractice::noListeningChannels,
            p -> p.withListeningChannels(ListeningChannel.SKIP_LEVEL_MEETINGS)),
        new Field<>("sayNoListReviewedOn", () -> EmpowermentPolicy.builder().writtenGuidelines(true).build(),
            () -> EmpowermentPolicy.builder().writtenGuidelines(true).sayNoListNeverReviewed(true).build(),
            () -> EmpowermentPolicy.builder().writtenGuidelines(true).sayNoListReviewedOn(REVIEWED).build(),
            EmpowermentPolicy::sayNoListReviewRecorded, EmpowermentPolicy::sayNoListNeverReviewed,
            p -> p.withSayNoListReviewedOn(REVIEWED)),
        new Field<>("ingredients", () -> EmpowermentPolicy.builder().writtenGuidelines(true).build(),
            () -> EmpowermentPolicy.builder().writtenGuidelines(true).noIngredients(true).build(),
            () -> EmpowermentPolicy.builder().writtenGuidelines(true).addIngredient(EmpowermentIngredient.PROCESS)
                .build(),
            EmpowermentPolicy::ingredientsRecorded, EmpowermentPolicy::noIngredients,
            p -> p.withIngredients(EmpowermentIngredient.PROCESS)),
        new Field<>("autonomousDecisions", () -> EmpowermentPolicy.builder().writtenGuidelines(true).build(),
            () -> EmpowermentPolicy.builder().writtenGuidelines(true).noAutonomousDecisions(true).build(),
            () -> EmpowermentPolicy.builder().writtenGuidelines(true).addAutonomousDecision("waive a fee").build(),
            EmpowermentPolicy::autonomousDecisionsRecorded, EmpowermentPolicy::noAutonomousDecisions,
            p -> p.withAutonomousDecisions("waive a fee")),
        new Field<>("evaluations", () -> training().build(), () -> training().noEvaluations(true).build(),
            () -> training().addEvaluation(TrainingEvaluation.DEMONSTRATION).build(),
            TrainingProgram::evaluationsRecorded, TrainingProgram::noEvaluations,
            p -> p.withEvaluations(TrainingEvaluation.DEMONSTRATION)),
        new Field<>("reinforcements", () -> training().build(), () -> training().noReinforcements(true).build(),
            () -> training().addReinforcement(Reinforcement.COACHING).build(),
            TrainingProgram::reinforcementsRecorded, TrainingProgram::noReinforcements,
            p -> p.withReinforcements(Reinforcement.COACHING)),
        new Field<>("profileTraits", () -> HiringPractice.builder().build(),
            () -> HiringPractice.builder().noProfileTraits(true).build(),
            () -> HiringPractice.builder().addProfileTrait(trait().build()).build(),
            HiringPractice::profileTraitsRecorded, HiringPractice::noProfileTraits,
            p -> p.withProfileTraits(trait().build())),
        new Field<>("commitmentCheck", () -> HiringPractice.builder().build(),
            () -> HiringPractice.builder().noCommitmentCheck(true).build(),
            () -> HiringPractice.builder().commitmentCheck(OFFER).build(),
            HiringPractice::commitmentCheckRecorded, HiringPractice::noCommitmentCheck,
            p -> p.withCommitmentCheck(OFFER)),
        new Field<>("assessedBy", () -> trait().build(), () -> trait().notAssessed(true).build(),
            () -> trait().addAssessedBy(CandidateAssessment.STRUCTURED_INTERVIEW).build(),
            ProfileTrait::assessedByRecorded, ProfileTrait::notAssessed,
            p -> p.withAssessedBy(CandidateAssessment.STRUCTURED_INTERVIEW)),
        new Field<>("inputChannels", () -> ServiceVision.builder().statement("Inspire Humanity").build(),
            () -> ServiceVision.builder().statement("Inspire Humanity").noInputChannels(true).build(),
            () -> ServiceVision.builder().statement("Inspire Humanity").addInputChannel(InputChannel.SURVEY).build(),
            ServiceVision::inputChannelsRecorded, ServiceVision::noInputChannels,
            v -> v.withInputChannels(InputChannel.SURVEY)),
        new Field<>("gutCheck", () -> ServiceVision.builder().statement("Inspire Humanity").build(),
            () -> ServiceVision.builder().statement("Inspire Humanity").noGutCheck(true).build(),
            () -> ServiceVision.builder().statement("Inspire Humanity").gutCheck(GUT_CHECK).build(),
            ServiceVision::gutCheckRecorded, ServiceVision::noGutCheck, v -> v.withGutCheck(GUT_CHECK)),
        new Field<>("vision", () -> Organization.builder().name("Acme").build(),
            () -> Organization.builder().name("Acme").noVision(true).build(),
            () -> Organization.builder().name("Acme").vision(ServiceVision.builder().statement("Inspire Humanity")
                .build()).build(),
            Organization::visionRecorded, Organization::noVision,
            o -> o.withVision(ServiceVision.builder().statement("Inspire Humanity").build())),
        new Field<>("goals", () -> Organization.builder().name("Acme").build(),
            () -> Organization.builder().name("Acme").noGoals(true).build(),
            () -> Organization.builder().name("Acme").addGoal(goal()).build(),
            Organization::goalsRecorded, Organization::noGoals, o -> o.withGoals(goal())));
  }

  private static Goal goal() {
    return Goal.builder().statement("Raise the team's CSAT from 80 to 85 %").scope(GoalScope.TEAM)
        .focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.NONE).build();
  }

  @Test
  void theDefaultIsNotRecordedAndNoneAndPresentAreBothRecorded() {
    for (Field<?> field : fields()) {
      check(field);
    }
  }

  private static <T> void check(Field<T> field) {
    T notRecorded = field.notRecorded().get();
    T none = field.none().get();
    T present = field.present().get();
    assertFalse(field.recorded().test(notRecorded), field.name() + " is not recorded by default");
    assertFalse(field.noneFlag().test(notRecorded), field.name());
    assertTrue(field.recorded().test(none), field.name() + " recorded as none");
    assertTrue(field.noneFlag().test(none), field.name());
    assertTrue(field.recorded().test(present), field.name() + " present");
    assertFalse(field.noneFlag().test(present), field.name());
    assertFalse(notRecorded.equals(none), field.name() + ": none and not recorded are different values");
    // A present value overrides a recorded none, so that adding to such a value works.
    T overridden = field.noneThenPresent().apply(none);
    assertEquals(present, overridden, field.name());
    assertFalse(field.noneFlag().test(overridden), field.name());
  }

  @Test
  void replacingAListWithAnEmptyOneRecordsNoneButAddingNothingDoesNot() {
    assertTrue(LeadershipPractice.builder().listeningChannels(List.of()).build().noListeningChannels());
    assertFalse(LeadershipPractice.builder().addAllListeningChannels(List.of()).build().listeningChannelsRecorded());
    assertTrue(training().evaluations(List.of()).build().noEvaluations());
    assertTrue(trait().assessedBy(List.of()).build().notAssessed());
    assertTrue(Organization.builder().name("Acme").goals(List.of()).build().noGoals());
  }

  @Test
  void aWithCopyWithNoElementRecordsNone() {
    LeadershipPractice some = LeadershipPractice.builder().addListeningChannel(ListeningChannel.OPEN_DOOR).build();
    LeadershipPractice none = some.withListeningChannels(List.of());
    assertTrue(none.listeningChannels().isEmpty());
    assertTrue(none.noListeningChannels());
    assertFalse(none.withNoListeningChannels(false).listeningChannelsRecorded(), "back to not recorded");
  }

  @Test
  void aBuilderCopiesTheRecordedNone() {
    EmpowermentPolicy none = EmpowermentPolicy.builder().writtenGuidelines(true).sayNoListNeverReviewed(true)
        .noIngredients(true).build();
    assertEquals(none, EmpowermentPolicy.builder().from(none).build());
  }
}
