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

/** The organization's practices: property names mirror the accessors of the {@code model} types. */
final class ModelCodecs {
  private ModelCodecs() {}

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

  static final Codec<ServiceVision> VISION =
      ObjectCodec.of("ServiceVision", ServiceVision::builder, ServiceVision.Builder::build)
          .required("statement", STRING, ServiceVision::statement, ServiceVision.Builder::statement)
          .withDefault("inputChannels", enumSet(InputChannel.class), ServiceVision::inputChannels,
              ServiceVision.Builder::inputChannels)
          .optional("draftingGroup", DRAFTING_GROUP, ServiceVision::draftingGroup,
              ServiceVision.Builder::draftingGroup)
          .optional("gutCheck", GUT_CHECK, ServiceVision::gutCheck, ServiceVision.Builder::gutCheck)
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

  static final Codec<ProfileTrait> PROFILE_TRAIT =
      ObjectCodec.of("ProfileTrait", ProfileTrait::builder, ProfileTrait.Builder::build)
          .required("name", STRING, ProfileTrait::name, ProfileTrait.Builder::name)
          .required("serviceTrait", BOOLEAN, ProfileTrait::isServiceTrait, ProfileTrait.Builder::serviceTrait)
          .withDefault("assessedBy", enumSet(CandidateAssessment.class), ProfileTrait::assessedBy,
              ProfileTrait.Builder::assessedBy)
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

  static final Codec<HiringPractice> HIRING =
      ObjectCodec.of("HiringPractice", HiringPractice::builder, HiringPractice.Builder::build)
          .withDefault("profileTraits", list(PROFILE_TRAIT), HiringPractice::profileTraits,
              HiringPractice.Builder::profileTraits)
          .optional("realisticJobPreview", BOOLEAN, HiringPractice::realisticJobPreview,
              HiringPractice.Builder::realisticJobPreview)
          .optional("commitmentCheck", COMMITMENT_CHECK, HiringPractice::commitmentCheck,
              HiringPractice.Builder::commitmentCheck)
          .optional("turnover", TURNOVER, HiringPractice::turnover, HiringPractice.Builder::turnover)
          .build();

  static final Codec<TrainingProgram> TRAINING =
      ObjectCodec.of("TrainingProgram", TrainingProgram::builder, TrainingProgram.Builder::build)
          .optional("name", STRING, TrainingProgram::name, TrainingProgram.Builder::name)
          .required("coverage", enumeration(TrainingCoverage.class), TrainingProgram::coverage,
              TrainingProgram.Builder::coverage)
          .required("teachesVision", BOOLEAN, TrainingProgram::teachesVision, TrainingProgram.Builder::teachesVision)
          .required("hasFullyTrainedStandard", BOOLEAN, TrainingProgram::hasFullyTrainedStandard,
              TrainingProgram.Builder::hasFullyTrainedStandard)
          .withDefault("evaluations", enumSet(TrainingEvaluation.class), TrainingProgram::evaluations,
              TrainingProgram.Builder::evaluations)
          .withDefault("reinforcements", enumSet(Reinforcement.class), TrainingProgram::reinforcements,
              TrainingProgram.Builder::reinforcements)
          .build();

  static final Codec<EmpowermentPolicy> EMPOWERMENT =
      ObjectCodec.of("EmpowermentPolicy", EmpowermentPolicy::builder, EmpowermentPolicy.Builder::build)
          .withDefault("autonomousDecisions", list(STRING), EmpowermentPolicy::autonomousDecisions,
              EmpowermentPolicy.Builder::autonomousDecisions)
          .optionalDouble("discretionaryLimit", EmpowermentPolicy::discretionaryLimit,
              EmpowermentPolicy.Builder::discretionaryLimit)
          .required("writtenGuidelines", BOOLEAN, EmpowermentPolicy::writtenGuidelines,
              EmpowermentPolicy.Builder::writtenGuidelines)
          .withDefault("ingredients", enumSet(EmpowermentIngredient.class), EmpowermentPolicy::ingredients,
              EmpowermentPolicy.Builder::ingredients)
          .optional("sayNoListReviewedOn", DATE, EmpowermentPolicy::sayNoListReviewedOn,
              EmpowermentPolicy.Builder::sayNoListReviewedOn)
          .build();

  static final Codec<LeadershipPractice> LEADERSHIP =
      ObjectCodec.of("LeadershipPractice", LeadershipPractice::builder, LeadershipPractice.Builder::build)
          .optional("visionInTeamMeetings", enumeration(Frequency.class), LeadershipPractice::visionInTeamMeetings,
              LeadershipPractice.Builder::visionInTeamMeetings)
          .optional("visionInOneOnOnes", enumeration(Frequency.class), LeadershipPractice::visionInOneOnOnes,
              LeadershipPractice.Builder::visionInOneOnOnes)
          .optional("executiveVisits", enumeration(Frequency.class), LeadershipPractice::executiveVisits,
              LeadershipPractice.Builder::executiveVisits)
          .optional("leadersServeCustomers", BOOLEAN, LeadershipPractice::leadersServeCustomers,
              LeadershipPractice.Builder::leadersServeCustomers)
          .withDefault("listeningChannels", enumSet(ListeningChannel.class), LeadershipPractice::listeningChannels,
              LeadershipPractice.Builder::listeningChannels)
          .optional("specificPositiveFeedback", BOOLEAN, LeadershipPractice::specificPositiveFeedback,
              LeadershipPractice.Builder::specificPositiveFeedback)
          .optional("serviceAccountability", BOOLEAN, LeadershipPractice::serviceAccountability,
              LeadershipPractice.Builder::serviceAccountability)
          .build();

  static final Codec<Organization> ORGANIZATION =
      ObjectCodec.of("Organization", Organization::builder, Organization.Builder::build)
          .required("name", STRING, Organization::name, Organization.Builder::name)
          .optional("vision", VISION, Organization::vision, Organization.Builder::vision)
          .withDefault("goals", list(GOAL), Organization::goals, Organization.Builder::goals)
          .optional("hiring", HIRING, Organization::hiring, Organization.Builder::hiring)
          .optional("training", TRAINING, Organization::training, Organization.Builder::training)
          .optional("empowerment", EMPOWERMENT, Organization::empowerment, Organization.Builder::empowerment)
          .optional("leadership", LEADERSHIP, Organization::leadership, Organization.Builder::leadership)
          .build();
}
