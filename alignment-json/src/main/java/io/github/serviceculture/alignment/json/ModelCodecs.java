package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.BOOLEAN;
import static io.github.serviceculture.alignment.json.Codecs.DATE;
import static io.github.serviceculture.alignment.json.Codecs.DOUBLE;
import static io.github.serviceculture.alignment.json.Codecs.INT;
import static io.github.serviceculture.alignment.json.Codecs.STRING;
import static io.github.serviceculture.alignment.json.Codecs.enumSet;
import static io.github.serviceculture.alignment.json.Codecs.enumeration;
import static io.github.serviceculture.alignment.json.Codecs.list;
import static io.github.serviceculture.alignment.json.Codecs.set;

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
import java.util.Comparator;

/**
 * The organization's practices: property names mirror the accessors of the {@code model} types.
 *
 * <p>Organization format 1.1 tells "none" from "not recorded" for every collection or optional a
 * rule reads: a property left out is not recorded, an empty array (or {@code "none"}, {@code
 * "never"} for an optional) records none. Format 1.0 could not: it wrote an empty array for every
 * empty collection, whether the organization had none or nobody had recorded it, so its tables read
 * an empty array, like a missing property, as not recorded.
 */
final class ModelCodecs {
  private ModelCodecs() {}

  /** What an optional property holds when it is recorded as none. */
  static final String NONE = "none";
  /** What {@code sayNoListReviewedOn} holds when the list was never reviewed. */
  static final String NEVER = "never";

  static final Codec<GutCheck> GUT_CHECK = ObjectCodec.of("GutCheck", GutCheck::builder, GutCheck.Builder::build)
      .required("stakeholdersAsked", INT, GutCheck::stakeholdersAsked, GutCheck.Builder::stakeholdersAsked)
      .required("recognized", INT, GutCheck::recognized, GutCheck.Builder::recognized)
      .build();

  static final Codec<DraftingGroup> DRAFTING_GROUP =
      ObjectCodec.of("DraftingGroup", DraftingGroup::builder, DraftingGroup.Builder::build)
          .required("size", INT, DraftingGroup::size, DraftingGroup.Builder::size)
          .withDefault("levels", enumSet(Level.class), DraftingGroup::levels, DraftingGroup.Builder::levels)
          .withDefault("functions", set(STRING, Comparator.naturalOrder()), DraftingGroup::functions,
              DraftingGroup.Builder::functions)
          .optional("facilitated", BOOLEAN, DraftingGroup::facilitated, DraftingGroup.Builder::facilitated)
          .build();

  static final Codec<Goal> GOAL = ObjectCodec.of("Goal", Goal::builder, Goal.Builder::build)
      .required("statement", STRING, Goal::statement, Goal.Builder::statement)
      .optional("metric", STRING, Goal::metric, Goal.Builder::metric)
      .optional("metricKind", enumeration(MetricKind.class), Goal::metricKind, Goal.Builder::metricKind)
      .optionalDouble("baseline", Goal::baseline, Goal.Builder::baseline)
      .optionalDouble("target", Goal::target, Goal.Builder::target)
      .optional("deadline", DATE, Goal::deadline, Goal.Builder::deadline)
      .optional("cadence", enumeration(Cadence.class), Goal::cadence, Goal.Builder::cadence)
      .required("scope", enumeration(GoalScope.class), Goal::scope, Goal.Builder::scope)
      .required("focus", enumeration(GoalFocus.class), Goal::focus, Goal.Builder::focus)
      .required("incentive", enumeration(Incentive.class), Goal::incentive, Goal.Builder::incentive)
      .optional("incentiveDescription", STRING, Goal::incentiveDescription, Goal.Builder::incentiveDescription)
      .optional("owner", STRING, Goal::owner, Goal.Builder::owner)
      .build();

  static final Codec<CommitmentCheck> COMMITMENT_CHECK =
      ObjectCodec.of("CommitmentCheck", CommitmentCheck::builder, CommitmentCheck.Builder::build)
          .required("description", STRING, CommitmentCheck::description, CommitmentCheck.Builder::description)
          .optionalDouble("paymentOffered", CommitmentCheck::paymentOffered, CommitmentCheck.Builder::paymentOffered)
          .optionalInt("offeredOnDay", CommitmentCheck::offeredOnDay, CommitmentCheck.Builder::offeredOnDay)
          .optionalDouble("acceptancePercent", CommitmentCheck::acceptancePercent,
              CommitmentCheck.Builder::acceptancePercent)
          .build();

  static final Codec<TurnoverFigures> TURNOVER =
      ObjectCodec.of("TurnoverFigures", TurnoverFigures::builder, TurnoverFigures.Builder::build)
          .required("averageHeadcount", DOUBLE, TurnoverFigures::averageHeadcount,
              TurnoverFigures.Builder::averageHeadcount)
          .required("separationsPerYear", DOUBLE, TurnoverFigures::separationsPerYear,
              TurnoverFigures.Builder::separationsPerYear)
          .optionalDouble("costPerSeparation", TurnoverFigures::costPerSeparation,
              TurnoverFigures.Builder::costPerSeparation)
          .build();


  /** The tables of the types that record "none", for the current format or for 1.0. */
  private static final class Tables {
    final Codec<ServiceVision> vision;
    final Codec<ProfileTrait> profileTrait;
    final Codec<HiringPractice> hiring;
    final Codec<TrainingProgram> training;
    final Codec<EmpowermentPolicy> empowerment;
    final Codec<LeadershipPractice> leadership;
    final Codec<Organization> organization;

    /**
     * @param recordsNone true for the current format, where an empty array records none; false for
     *     1.0, where it records nothing and no property can say "none"
     */
    Tables(boolean recordsNone) {
      ObjectCodec.Builder<ServiceVision, ServiceVision.Builder> vision =
          ObjectCodec.of("ServiceVision", ServiceVision::builder, ServiceVision.Builder::build)
              .required("statement", STRING, ServiceVision::statement, ServiceVision.Builder::statement)
              .recorded("inputChannels", enumSet(InputChannel.class), ServiceVision::inputChannels,
                  ServiceVision::inputChannelsRecorded,
                  recordsNone ? ServiceVision.Builder::inputChannels : ServiceVision.Builder::addAllInputChannels)
              .optional("draftingGroup", DRAFTING_GROUP, ServiceVision::draftingGroup,
                  ServiceVision.Builder::draftingGroup);
      this.vision = (recordsNone
          ? vision.optionalOrNone("gutCheck", GUT_CHECK, ServiceVision::gutCheck, ServiceVision.Builder::gutCheck,
              NONE, ServiceVision::noGutCheck, ServiceVision.Builder::noGutCheck, "a GutCheck object or \"none\"")
          : vision.optional("gutCheck", GUT_CHECK, ServiceVision::gutCheck, ServiceVision.Builder::gutCheck))
          .build();

      this.profileTrait = ObjectCodec.of("ProfileTrait", ProfileTrait::builder, ProfileTrait.Builder::build)
          .required("name", STRING, ProfileTrait::name, ProfileTrait.Builder::name)
          .required("serviceTrait", BOOLEAN, ProfileTrait::isServiceTrait, ProfileTrait.Builder::serviceTrait)
          .recorded("assessedBy", enumSet(CandidateAssessment.class), ProfileTrait::assessedBy,
              ProfileTrait::assessedByRecorded,
              recordsNone ? ProfileTrait.Builder::assessedBy : ProfileTrait.Builder::addAllAssessedBy)
          .build();

      ObjectCodec.Builder<HiringPractice, HiringPractice.Builder> hiring =
          ObjectCodec.of("HiringPractice", HiringPractice::builder, HiringPractice.Builder::build)
              .recorded("profileTraits", list(profileTrait), HiringPractice::profileTraits,
                  HiringPractice::profileTraitsRecorded,
                  recordsNone ? HiringPractice.Builder::profileTraits : HiringPractice.Builder::addAllProfileTraits)
              .optional("realisticJobPreview", BOOLEAN, HiringPractice::realisticJobPreview,
                  HiringPractice.Builder::realisticJobPreview);
      this.hiring = (recordsNone
          ? hiring.optionalOrNone("commitmentCheck", COMMITMENT_CHECK, HiringPractice::commitmentCheck,
              HiringPractice.Builder::commitmentCheck, NONE, HiringPractice::noCommitmentCheck,
              HiringPractice.Builder::noCommitmentCheck, "a CommitmentCheck object or \"none\"")
          : hiring.optional("commitmentCheck", COMMITMENT_CHECK, HiringPractice::commitmentCheck,
              HiringPractice.Builder::commitmentCheck))
          .optional("turnover", TURNOVER, HiringPractice::turnover, HiringPractice.Builder::turnover)
          .build();

      this.training = ObjectCodec.of("TrainingProgram", TrainingProgram::builder, TrainingProgram.Builder::build)
          .optional("name", STRING, TrainingProgram::name, TrainingProgram.Builder::name)
          .required("coverage", enumeration(TrainingCoverage.class), TrainingProgram::coverage,
              TrainingProgram.Builder::coverage)
          .required("teachesVision", BOOLEAN, TrainingProgram::teachesVision, TrainingProgram.Builder::teachesVision)
          .required("hasFullyTrainedStandard", BOOLEAN, TrainingProgram::hasFullyTrainedStandard,
              TrainingProgram.Builder::hasFullyTrainedStandard)
          .recorded("evaluations", enumSet(TrainingEvaluation.class), TrainingProgram::evaluations,
              TrainingProgram::evaluationsRecorded,
              recordsNone ? TrainingProgram.Builder::evaluations : TrainingProgram.Builder::addAllEvaluations)
          .recorded("reinforcements", enumSet(Reinforcement.class), TrainingProgram::reinforcements,
              TrainingProgram::reinforcementsRecorded,
              recordsNone ? TrainingProgram.Builder::reinforcements : TrainingProgram.Builder::addAllReinforcements)
          .build();

      ObjectCodec.Builder<EmpowermentPolicy, EmpowermentPolicy.Builder> empowerment =
          ObjectCodec.of("EmpowermentPolicy", EmpowermentPolicy::builder, EmpowermentPolicy.Builder::build)
              .recorded("autonomousDecisions", list(STRING), EmpowermentPolicy::autonomousDecisions,
                  EmpowermentPolicy::autonomousDecisionsRecorded, recordsNone
                      ? EmpowermentPolicy.Builder::autonomousDecisions
                      : EmpowermentPolicy.Builder::addAllAutonomousDecisions)
              .optionalDouble("discretionaryLimit", EmpowermentPolicy::discretionaryLimit,
                  EmpowermentPolicy.Builder::discretionaryLimit)
              .required("writtenGuidelines", BOOLEAN, EmpowermentPolicy::writtenGuidelines,
                  EmpowermentPolicy.Builder::writtenGuidelines)
              .recorded("ingredients", enumSet(EmpowermentIngredient.class), EmpowermentPolicy::ingredients,
                  EmpowermentPolicy::ingredientsRecorded,
                  recordsNone ? EmpowermentPolicy.Builder::ingredients : EmpowermentPolicy.Builder::addAllIngredients);
      this.empowerment = (recordsNone
          ? empowerment.optionalOrNone("sayNoListReviewedOn", DATE, EmpowermentPolicy::sayNoListReviewedOn,
              EmpowermentPolicy.Builder::sayNoListReviewedOn, NEVER, EmpowermentPolicy::sayNoListNeverReviewed,
              EmpowermentPolicy.Builder::sayNoListNeverReviewed, "a date written YYYY-MM-DD or \"never\"")
          : empowerment.optional("sayNoListReviewedOn", DATE, EmpowermentPolicy::sayNoListReviewedOn,
              EmpowermentPolicy.Builder::sayNoListReviewedOn))
          .build();

      this.leadership =
          ObjectCodec.of("LeadershipPractice", LeadershipPractice::builder, LeadershipPractice.Builder::build)
              .optional("visionInTeamMeetings", enumeration(Frequency.class),
                  LeadershipPractice::visionInTeamMeetings, LeadershipPractice.Builder::visionInTeamMeetings)
              .optional("visionInOneOnOnes", enumeration(Frequency.class), LeadershipPractice::visionInOneOnOnes,
                  LeadershipPractice.Builder::visionInOneOnOnes)
              .optional("executiveVisits", enumeration(Frequency.class), LeadershipPractice::executiveVisits,
                  LeadershipPractice.Builder::executiveVisits)
              .optional("leadersServeCustomers", BOOLEAN, LeadershipPractice::leadersServeCustomers,
                  LeadershipPractice.Builder::leadersServeCustomers)
              .recorded("listeningChannels", enumSet(ListeningChannel.class), LeadershipPractice::listeningChannels,
                  LeadershipPractice::listeningChannelsRecorded, recordsNone
                      ? LeadershipPractice.Builder::listeningChannels
                      : LeadershipPractice.Builder::addAllListeningChannels)
              .optional("specificPositiveFeedback", BOOLEAN, LeadershipPractice::specificPositiveFeedback,
                  LeadershipPractice.Builder::specificPositiveFeedback)
              .optional("serviceAccountability", BOOLEAN, LeadershipPractice::serviceAccountability,
                  LeadershipPractice.Builder::serviceAccountability)
              .build();

      ObjectCodec.Builder<Organization, Organization.Builder> organization =
          ObjectCodec.of("Organization", Organization::builder, Organization.Builder::build)
              .required("name", STRING, Organization::name, Organization.Builder::name);
      this.organization = (recordsNone
          ? organization.optionalOrNone("vision", this.vision, Organization::vision, Organization.Builder::vision,
              NONE, Organization::noVision, Organization.Builder::noVision, "a ServiceVision object or \"none\"")
          : organization.optional("vision", this.vision, Organization::vision, Organization.Builder::vision))
          .recorded("goals", list(GOAL), Organization::goals, Organization::goalsRecorded,
              recordsNone ? Organization.Builder::goals : Organization.Builder::addAllGoals)
          .optional("hiring", this.hiring, Organization::hiring, Organization.Builder::hiring)
          .optional("training", this.training, Organization::training, Organization.Builder::training)
          .optional("empowerment", this.empowerment, Organization::empowerment, Organization.Builder::empowerment)
          .optional("leadership", this.leadership, Organization::leadership, Organization.Builder::leadership)
          .build();
    }
  }

  private static final Tables CURRENT = new Tables(true);
  private static final Tables FORMAT_1_0 = new Tables(false);

  static final Codec<ServiceVision> VISION = CURRENT.vision;
  static final Codec<ProfileTrait> PROFILE_TRAIT = CURRENT.profileTrait;
  static final Codec<HiringPractice> HIRING = CURRENT.hiring;
  static final Codec<TrainingProgram> TRAINING = CURRENT.training;
  static final Codec<EmpowermentPolicy> EMPOWERMENT = CURRENT.empowerment;
  static final Codec<LeadershipPractice> LEADERSHIP = CURRENT.leadership;
  /** An organization of the current format, 1.1. */
  static final Codec<Organization> ORGANIZATION = CURRENT.organization;
  /** An organization of format 1.0, read only: an empty array records nothing. */
  static final Codec<Organization> ORGANIZATION_1_0 = FORMAT_1_0.organization;
}
