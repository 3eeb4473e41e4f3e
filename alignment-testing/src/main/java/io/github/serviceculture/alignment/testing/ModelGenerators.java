package io.github.serviceculture.alignment.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.CommitmentCheck;
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
import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of valid practice values, shared by the property tests. */
public final class ModelGenerators {
  private ModelGenerators() {}

  public static Gen<String> text() {
    return strings().basicLatinAlphabet().ofLengthBetween(0, 30).map(s -> "t" + s.strip());
  }

  public static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return in -> booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  public static <E extends Enum<E>> Gen<Set<E>> enumSet(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return in -> {
      Set<E> set = EnumSet.noneOf(type);
      for (E constant : constants) {
        if (booleans().all().generate(in)) {
          set.add(constant);
        }
      }
      return set;
    };
  }

  public static Gen<Double> amount() {
    return doubles().between(0, 1_000_000);
  }

  public static Gen<Goal> goals() {
    Gen<Optional<Double>> numbers = optional(doubles().between(-1000, 1000));
    return in -> {
      Goal.Builder b = Goal.builder()
          .statement(text().generate(in))
          .metric(optional(text()).generate(in))
          .metricKind(optional(arbitrary().enumValues(MetricKind.class)).generate(in))
          .deadline(optional(integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d)))
              .generate(in))
          .cadence(optional(arbitrary().enumValues(Cadence.class)).generate(in))
          .scope(arbitrary().enumValues(GoalScope.class).generate(in))
          .focus(arbitrary().enumValues(GoalFocus.class).generate(in))
          .incentive(arbitrary().enumValues(Incentive.class).generate(in))
          .incentiveDescription(optional(text()).generate(in))
          .owner(optional(text()).generate(in));
      Optional<Double> baseline = numbers.generate(in);
      Optional<Double> target = numbers.generate(in);
      baseline.ifPresent(b::baseline);
      // A target equal to its baseline is invalid; move it by one unit in that rare case.
      target.map(t -> baseline.isPresent() && baseline.get().equals(t) ? t + 1 : t).ifPresent(b::target);
      return b.build();
    };
  }

  public static Gen<GutCheck> gutChecks() {
    return integers().between(1, 500).flatMap(asked -> integers().between(0, asked)
        .map(recognized -> GutCheck.of(asked, recognized)));
  }

  public static Gen<DraftingGroup> draftingGroups() {
    return in -> {
      Set<Level> levels = enumSet(Level.class).generate(in);
      List<String> functions = lists().of(text()).ofSizeBetween(0, 4).generate(in);
      int size = Math.max(levels.size(), functions.size()) + integers().between(1, 12).generate(in);
      return DraftingGroup.builder().size(size).levels(levels).functions(functions)
          .facilitated(optional(booleans().all()).generate(in)).build();
    };
  }

  public static Gen<ServiceVision> visions() {
    return in -> {
      ServiceVision.Builder b = ServiceVision.builder()
          .statement(text().generate(in))
          .draftingGroup(optional(draftingGroups()).generate(in));
      recordedOrNot(in, enumSet(InputChannel.class).generate(in), b::inputChannels, b::addAllInputChannels);
      Optional<GutCheck> check = optional(gutChecks()).generate(in);
      b.gutCheck(check).noGutCheck(check.isEmpty() && booleans().all().generate(in));
      return b.build();
    };
  }

  /**
   * Sets a collection a rule reads: a non-empty one as it is, an empty one either recorded as none
   * (replaced) or not recorded (nothing added), so that generated values cover all three states.
   */
  private static <E, C extends Iterable<E>> void recordedOrNot(RandomnessSource in, C elements,
      Consumer<C> replace, Consumer<C> add) {
    if (elements.iterator().hasNext() || booleans().all().generate(in)) {
      replace.accept(elements);
    } else {
      add.accept(elements);
    }
  }

  public static Gen<HiringPractice> hiringPractices() {
    return in -> {
      HiringPractice.Builder b = HiringPractice.builder();
      int traits = integers().between(0, 4).generate(in);
      for (int i = 0; i < traits; i++) {
        ProfileTrait.Builder trait = ProfileTrait.builder().name("trait " + i + text().generate(in))
            .serviceTrait(booleans().all().generate(in));
        recordedOrNot(in, enumSet(CandidateAssessment.class).generate(in), trait::assessedBy, trait::addAllAssessedBy);
        b.addProfileTrait(trait.build());
      }
      b.noProfileTraits(traits == 0 && booleans().all().generate(in));
      b.realisticJobPreview(optional(booleans().all()).generate(in));
      Optional<CommitmentCheck> offer = optional((Gen<CommitmentCheck>) in2 -> {
        CommitmentCheck.Builder c = CommitmentCheck.builder().description(text().generate(in2));
        optional(amount()).generate(in2).ifPresent(c::paymentOffered);
        optional(integers().between(1, 90)).generate(in2).ifPresent(c::offeredOnDay);
        optional(doubles().between(0, 100)).generate(in2).ifPresent(c::acceptancePercent);
        return c.build();
      }).generate(in);
      b.commitmentCheck(offer).noCommitmentCheck(offer.isEmpty() && booleans().all().generate(in));
      b.turnover(optional(turnover()).generate(in));
      return b.build();
    };
  }

  public static Gen<TurnoverFigures> turnover() {
    return in -> {
      TurnoverFigures.Builder t = TurnoverFigures.builder()
          .averageHeadcount(doubles().between(0.5, 100_000).generate(in))
          .separationsPerYear(doubles().between(0, 100_000).generate(in));
      optional(amount()).generate(in).ifPresent(t::costPerSeparation);
      return t.build();
    };
  }

  public static Gen<TrainingProgram> trainingPrograms() {
    return in -> {
      TrainingProgram.Builder b = TrainingProgram.builder()
          .name(optional(text()).generate(in))
          .coverage(arbitrary().enumValues(TrainingCoverage.class).generate(in))
          .teachesVision(booleans().all().generate(in))
          .hasFullyTrainedStandard(booleans().all().generate(in));
      recordedOrNot(in, enumSet(TrainingEvaluation.class).generate(in), b::evaluations, b::addAllEvaluations);
      recordedOrNot(in, enumSet(Reinforcement.class).generate(in), b::reinforcements, b::addAllReinforcements);
      return b.build();
    };
  }

  public static Gen<EmpowermentPolicy> empowermentPolicies() {
    return in -> {
      Optional<LocalDate> reviewed = optional(integers().between(0, 3650)
          .map(d -> LocalDate.of(2020, 1, 1).plusDays(d))).generate(in);
      EmpowermentPolicy.Builder b = EmpowermentPolicy.builder()
          .writtenGuidelines(booleans().all().generate(in))
          .sayNoListReviewedOn(reviewed)
          .sayNoListNeverReviewed(reviewed.isEmpty() && booleans().all().generate(in));
      recordedOrNot(in, lists().of(text()).ofSizeBetween(0, 4).generate(in), b::autonomousDecisions,
          b::addAllAutonomousDecisions);
      recordedOrNot(in, enumSet(EmpowermentIngredient.class).generate(in), b::ingredients, b::addAllIngredients);
      optional(amount()).generate(in).ifPresent(b::discretionaryLimit);
      return b.build();
    };
  }

  public static Gen<LeadershipPractice> leadershipPractices() {
    Gen<Optional<Frequency>> frequency = optional(arbitrary().enumValues(Frequency.class));
    Gen<Optional<Boolean>> fact = optional(booleans().all());
    return in -> {
      LeadershipPractice.Builder b = LeadershipPractice.builder()
          .visionInTeamMeetings(frequency.generate(in))
          .visionInOneOnOnes(frequency.generate(in))
          .executiveVisits(frequency.generate(in))
          .leadersServeCustomers(fact.generate(in))
          .specificPositiveFeedback(fact.generate(in))
          .serviceAccountability(fact.generate(in));
      recordedOrNot(in, enumSet(ListeningChannel.class).generate(in), b::listeningChannels,
          b::addAllListeningChannels);
      return b.build();
    };
  }

  /**
   * An organization with every practice recorded and most of them falling short, so that rules raise
   * findings: a long, inward vision drafted by a small single-function group, individual cash goals,
   * resume-only hiring with high turnover, partial training judged by quizzes, no empowerment, and
   * leaders who rarely talk about the vision.
   */
  public static Organization maximalOrganization() {
    ServiceVision vision = ServiceVision.builder()
        .statement("We maximize shareholder value through operational excellence. We leverage synergistic"
            + " capabilities to become the market leader in comprehensive multichannel customer solutions"
            + " and sustainable profitability across every geography we operate in.")
        .draftingGroup(DraftingGroup.builder().size(3).levels(EnumSet.of(Level.MANAGER)).functions(List.of("finance"))
            .facilitated(false).build())
        .gutCheck(GutCheck.of(20, 9))
        .build();
    Goal bonus = Goal.builder().statement("Keep a personal satisfaction average of 95 %").metric("CSAT")
        .metricKind(MetricKind.CUSTOMER_SATISFACTION).target(95).scope(GoalScope.INDIVIDUAL)
        .focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.MONETARY).incentiveDescription("$100 a month")
        .build();
    Goal speed = Goal.builder().statement("Close 40 tickets a day").metric("tickets closed")
        .metricKind(MetricKind.PRODUCTIVITY).scope(GoalScope.INDIVIDUAL).focus(GoalFocus.OPERATIONAL)
        .incentive(Incentive.NON_MONETARY_REWARD).cadence(Cadence.WEEKLY).build();
    Goal team = Goal.builder().statement("Lift first-contact resolution from 80 % to 85 %")
        .metric("first-contact resolution").metricKind(MetricKind.FIRST_CONTACT_RESOLUTION).baseline(80)
        .target(85).deadline(LocalDate.of(2026, 12, 31)).scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME)
        .incentive(Incentive.RECOGNITION).build();
    HiringPractice hiring = HiringPractice.builder()
        .addProfileTrait(ProfileTrait.builder().name("friendly").serviceTrait(true)
            .assessedBy(EnumSet.of(CandidateAssessment.RESUME_SCREEN)).build())
        .addProfileTrait(ProfileTrait.builder().name("typing speed").serviceTrait(false)
            .assessedBy(EnumSet.of(CandidateAssessment.RESUME_SCREEN)).build())
        .realisticJobPreview(false)
        .turnover(TurnoverFigures.builder().averageHeadcount(120).separationsPerYear(54).costPerSeparation(4000)
            .build())
        .build();
    TrainingProgram training = TrainingProgram.builder().name("Onboarding")
        .coverage(TrainingCoverage.CUSTOMER_FACING_ONLY).teachesVision(false).hasFullyTrainedStandard(false)
        .evaluations(EnumSet.of(TrainingEvaluation.QUIZ, TrainingEvaluation.ATTENDANCE))
        .reinforcements(EnumSet.of(Reinforcement.COACHING)).build();
    EmpowermentPolicy empowerment = EmpowermentPolicy.builder().writtenGuidelines(false)
        .ingredients(EnumSet.of(EmpowermentIngredient.RESOURCES)).sayNoListReviewedOn(LocalDate.of(2024, 1, 15))
        .discretionaryLimit(0).build();
    LeadershipPractice leadership = LeadershipPractice.builder().visionInTeamMeetings(Frequency.NEVER)
        .visionInOneOnOnes(Frequency.ANNUALLY).executiveVisits(Frequency.NEVER).leadersServeCustomers(false)
        .specificPositiveFeedback(false).serviceAccountability(false).build();
    return Organization.builder().name("Maximal").vision(vision).goals(List.of(bonus, speed, team)).hiring(hiring)
        .training(training).empowerment(empowerment).leadership(leadership).build();
  }

  public static Gen<Organization> organizations() {
    return in -> {
      Optional<ServiceVision> vision = optional(visions()).generate(in);
      Organization.Builder b = Organization.builder()
          .name(text().generate(in))
          .vision(vision)
          .noVision(vision.isEmpty() && booleans().all().generate(in))
          .hiring(optional(hiringPractices()).generate(in))
          .training(optional(trainingPrograms()).generate(in))
          .empowerment(optional(empowermentPolicies()).generate(in))
          .leadership(optional(leadershipPractices()).generate(in));
      recordedOrNot(in, lists().of(goals()).ofSizeBetween(0, 4).generate(in), b::goals, b::addAllGoals);
      return b.build();
    };
  }
}
