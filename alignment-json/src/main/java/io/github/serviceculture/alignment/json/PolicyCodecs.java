package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.DOUBLE;
import static io.github.serviceculture.alignment.json.Codecs.INT;
import static io.github.serviceculture.alignment.json.Codecs.LONG;
import static io.github.serviceculture.alignment.json.Codecs.STRING;
import static io.github.serviceculture.alignment.json.Codecs.enumMap;
import static io.github.serviceculture.alignment.json.Codecs.enumeration;
import static io.github.serviceculture.alignment.json.Codecs.list;
import static io.github.serviceculture.alignment.json.Codecs.set;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.rules.RuleThresholds;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import java.util.Comparator;

/**
 * The scoring policy. Every setting has a default, so a policy document may name only what it
 * changes; a written policy names every setting, so a report's reader sees what was used.
 */
final class PolicyCodecs {
  private PolicyCodecs() {}

  static final Codec<PerceptionPolicy> PERCEPTION = ObjectCodec.of("PerceptionPolicy", PerceptionPolicy::builder,
          PerceptionPolicy.Builder::build)
      .withDefault("minimumAnsweredShare", DOUBLE, PerceptionPolicy::minimumAnsweredShare,
          PerceptionPolicy.Builder::minimumAnsweredShare)
      .withDefault("anonymityThreshold", INT, PerceptionPolicy::anonymityThreshold,
          PerceptionPolicy.Builder::anonymityThreshold)
      .optionalDouble("agreementNullVariance", PerceptionPolicy::agreementNullVariance,
          PerceptionPolicy.Builder::agreementNullVariance)
      .withDefault("groupBy", list(STRING), PerceptionPolicy::groupBy, PerceptionPolicy.Builder::groupBy)
      .optionalInt("favourableOptions", PerceptionPolicy::favourableOptions, PerceptionPolicy.Builder::favourableOptions)
      .withDefault("confidenceLevel", DOUBLE, PerceptionPolicy::confidenceLevel,
          PerceptionPolicy.Builder::confidenceLevel)
      // The drivers settings are written with an outcome only: a policy without one reads as before.
      .optional("driversOutcome", STRING, PerceptionPolicy::driversOutcome, PerceptionPolicy.Builder::driversOutcome)
      .withDefaultWhen("driversMinimumRespondents", INT, PerceptionPolicy::driversMinimumRespondents,
          PerceptionPolicy.Builder::driversMinimumRespondents, PolicyCodecs::analysesDrivers)
      .withDefaultWhen("driversResamples", INT, PerceptionPolicy::driversResamples,
          PerceptionPolicy.Builder::driversResamples, PolicyCodecs::analysesDrivers)
      .withDefaultWhen("driversSeed", LONG, PerceptionPolicy::driversSeed, PerceptionPolicy.Builder::driversSeed,
          PolicyCodecs::analysesDrivers)
      .build();

  private static boolean analysesDrivers(PerceptionPolicy policy) {
    return policy.driversOutcome().isPresent();
  }

  static final Codec<RuleThresholds> THRESHOLDS = ObjectCodec.of("RuleThresholds", RuleThresholds::builder,
          RuleThresholds.Builder::build)
      .withDefault("visionMaxSentences", INT, RuleThresholds::visionMaxSentences,
          RuleThresholds.Builder::visionMaxSentences)
      .withDefault("visionMaxWords", INT, RuleThresholds::visionMaxWords, RuleThresholds.Builder::visionMaxWords)
      .withDefault("visionMinReadingEase", DOUBLE, RuleThresholds::visionMinReadingEase,
          RuleThresholds.Builder::visionMinReadingEase)
      .withDefault("readabilityMinWords", INT, RuleThresholds::readabilityMinWords,
          RuleThresholds.Builder::readabilityMinWords)
      .withDefault("draftingGroupMinSize", INT, RuleThresholds::draftingGroupMinSize,
          RuleThresholds.Builder::draftingGroupMinSize)
      .withDefault("draftingGroupMaxSize", INT, RuleThresholds::draftingGroupMaxSize,
          RuleThresholds.Builder::draftingGroupMaxSize)
      .withDefault("gutCheckMinPercent", DOUBLE, RuleThresholds::gutCheckMinPercent,
          RuleThresholds.Builder::gutCheckMinPercent)
      .withDefault("turnoverWarningPercent", DOUBLE, RuleThresholds::turnoverWarningPercent,
          RuleThresholds.Builder::turnoverWarningPercent)
      .withDefault("sayNoReviewMaxAgeDays", INT, RuleThresholds::sayNoReviewMaxAgeDays,
          RuleThresholds.Builder::sayNoReviewMaxAgeDays)
      .withDefault("visionDiscussionMinFrequency", enumeration(Frequency.class),
          RuleThresholds::visionDiscussionMinFrequency, RuleThresholds.Builder::visionDiscussionMinFrequency)
      .withDefault("executiveVisitMinFrequency", enumeration(Frequency.class),
          RuleThresholds::executiveVisitMinFrequency, RuleThresholds.Builder::executiveVisitMinFrequency)
      .withDefault("engagementMinAgreePercent", DOUBLE, RuleThresholds::engagementMinAgreePercent,
          RuleThresholds.Builder::engagementMinAgreePercent)
      .withDefault("sharedPerceptionMinRwgJ", DOUBLE, RuleThresholds::sharedPerceptionMinRwgJ,
          RuleThresholds.Builder::sharedPerceptionMinRwgJ)
      .withDefault("perceptionGapPoints", DOUBLE, RuleThresholds::perceptionGapPoints,
          RuleThresholds.Builder::perceptionGapPoints)
      .build();

  static final Codec<ScoringPolicy> SCORING = ObjectCodec.of("ScoringPolicy", ScoringPolicy::builder,
          ScoringPolicy.Builder::build)
      .withDefault("perception", PERCEPTION, ScoringPolicy::perception, ScoringPolicy.Builder::perception)
      .withDefault("thresholds", THRESHOLDS, ScoringPolicy::thresholds, ScoringPolicy.Builder::thresholds)
      .withDefault("practiceWeight", DOUBLE, ScoringPolicy::practiceWeight, ScoringPolicy.Builder::practiceWeight)
      .withDefault("alignedAt", DOUBLE, ScoringPolicy::alignedAt, ScoringPolicy.Builder::alignedAt)
      .withDefault("driftingAt", DOUBLE, ScoringPolicy::driftingAt, ScoringPolicy.Builder::driftingAt)
      .withDefault("dimensionWeights", enumMap(Dimension.class, DOUBLE), ScoringPolicy::dimensionWeights,
          ScoringPolicy.Builder::dimensionWeights)
      .withDefault("disabledRules", set(STRING, Comparator.naturalOrder()), ScoringPolicy::disabledRules,
          ScoringPolicy.Builder::disabledRules)
      .build();
}
