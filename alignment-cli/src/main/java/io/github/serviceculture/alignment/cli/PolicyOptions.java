package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.AlignmentException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The scoring policy: a policy file, then any setting given as an option on top of it. */
final class PolicyOptions {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "Scoring policy document (JSON); settings it leaves out take their defaults.")
  Path policyFile;

  @Option(names = "--anonymity-threshold", paramLabel = "N",
      description = "Smallest group reported (at least 3; default 5).")
  Integer anonymityThreshold;

  @Option(names = "--minimum-answered-share", paramLabel = "SHARE",
      description = "Share of a dimension's items a respondent must answer to count (0 < share <= 1; default 0.5).")
  Double minimumAnsweredShare;

  @Option(names = "--confidence-level", paramLabel = "LEVEL",
      description = "Confidence level of intervals (default 0.95).")
  Double confidenceLevel;

  @Option(names = "--group-by", paramLabel = "ATTRIBUTE", split = ",",
      description = "Respondent attributes whose groups are compared (default level,department,customerFacing).")
  List<String> groupBy;

  @Option(names = "--agreement-null-variance", paramLabel = "VARIANCE",
      description = "Expected variance under no agreement for rwg(j) (default: the uniform null of the scale).")
  Double agreementNullVariance;

  @Option(names = "--favourable-options", paramLabel = "N",
      description = "Options at each end of the scale counted favourable and unfavourable in item and dimension "
          + "shares (1 to half the scale's options; default half, rounded down: 4-5 of 1-5 favourable).")
  Integer favourableOptions;

  @Option(names = "--practice-weight", paramLabel = "W",
      description = "Weight of practices against perceptions in a dimension's score, 0 to 1 (default 0.5).")
  Double practiceWeight;

  @Option(names = "--aligned-at", paramLabel = "SCORE", description = "Lowest score of the ALIGNED band (default 75).")
  Double alignedAt;

  @Option(names = "--drifting-at", paramLabel = "SCORE", description = "Lowest score of the DRIFTING band (default 50).")
  Double driftingAt;

  @Option(names = "--disable-rule", paramLabel = "RULE_ID", split = ",", description = "Rules not to evaluate.")
  List<String> disabledRules;

  @Option(names = "--outcome", paramLabel = "COLUMN",
      description = "Outcome whose drivers the report analyses (how much each dimension accounts for it): an item id "
          + "of the instrument, such as an engagement item, or a survey CSV column holding a number per respondent.")
  String outcome;

  @Option(names = "--drivers-minimum", paramLabel = "N",
      description = "Fewest complete respondents a drivers analysis needs (at least 8; default 50).")
  Integer driversMinimum;

  @Option(names = "--drivers-resamples", paramLabel = "N",
      description = "Bootstrap resamples of a drivers analysis (2 to 100000; default 200).")
  Integer driversResamples;

  @Option(names = "--drivers-seed", paramLabel = "SEED",
      description = "Seed of a drivers analysis's bootstrap (default 1).")
  Long driversSeed;

  ScoringPolicy policy(AlignmentJson json) {
    ScoringPolicy base = policyFile == null ? ScoringPolicy.defaults() : Inputs.read(policyFile, "policy", json::readPolicy);
    try {
      PerceptionPolicy.Builder perception = PerceptionPolicy.builder().from(base.perception());
      if (anonymityThreshold != null) {
        perception.anonymityThreshold(anonymityThreshold);
      }
      if (minimumAnsweredShare != null) {
        perception.minimumAnsweredShare(minimumAnsweredShare);
      }
      if (confidenceLevel != null) {
        perception.confidenceLevel(confidenceLevel);
      }
      if (groupBy != null) {
        perception.groupBy(groupBy);
      }
      if (agreementNullVariance != null) {
        perception.agreementNullVariance(agreementNullVariance);
      }
      if (outcome != null) {
        perception.driversOutcome(outcome);
      }
      if (driversMinimum != null) {
        perception.driversMinimumRespondents(driversMinimum);
      }
      if (driversResamples != null) {
        perception.driversResamples(driversResamples);
      }
      if (driversSeed != null) {
        perception.driversSeed(driversSeed);
      }
      if (favourableOptions != null) {
        perception.favourableOptions(favourableOptions);
      }
      ScoringPolicy.Builder policy = ScoringPolicy.builder().from(base).perception(perception.build());
      if (practiceWeight != null) {
        policy.practiceWeight(practiceWeight);
      }
      if (alignedAt != null) {
        policy.alignedAt(alignedAt);
      }
      if (driftingAt != null) {
        policy.driftingAt(driftingAt);
      }
      if (disabledRules != null) {
        policy.addAllDisabledRules(disabledRules);
      }
      return policy.build();
    } catch (AlignmentException e) {
      throw new UsageFailure("the policy is not valid: " + e.getMessage());
    }
  }

  /**
   * Checks the settings that depend on the instrument's scale, so that a policy no organization can be
   * scored with is a usage error rather than a rejection of every row.
   */
  static void checkScale(ScoringPolicy policy, Instrument instrument) {
    try {
      policy.perception().favourableOptions(instrument.scale());
    } catch (AlignmentException e) {
      throw new UsageFailure("the policy does not fit the instrument's scale: " + e.getMessage());
    }
  }

  AlignmentEngine engine(AlignmentJson json) {
    return engine(policy(json));
  }

  /** The engine of a policy already read with {@link #policy}, so that a policy file is read once. */
  static AlignmentEngine engine(ScoringPolicy policy) {
    try {
      return AlignmentEngine.of(policy);
    } catch (AlignmentException e) {
      throw new UsageFailure("the policy is not valid: " + e.getMessage());
    }
  }
}
