package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.rules.RuleThresholds;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything the engine's results depend on besides the assessment: survey settings, rule
 * thresholds, how practice and perception combine, the band thresholds, dimension weights and the
 * rules switched off. Every setting has a default with its reason.
 *
 * <pre>{@code
 * ScoringPolicy policy = ScoringPolicy.defaults()
 *     .withPerception(PerceptionPolicy.defaults().withAnonymityThreshold(8))
 *     .withDisabledRules("HIRING.COMMITMENT_CHECK");
 * }</pre>
 *
 * <p>Invariants: the practice weight lies in [0, 1]; {@code 0 <= driftingAt <= alignedAt <= 100};
 * dimension weights are finite and greater than 0.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScoringPolicy implements WithScoringPolicy {
  private static final ScoringPolicy DEFAULTS = builder().build();

  ScoringPolicy() {}

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default policy.
   *
   * @return the policy with every setting at its default
   */
  public static ScoringPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The survey settings: minimum answered share, anonymity threshold, agreement null, grouping.
   *
   * @return the perception policy; default {@link PerceptionPolicy#defaults()}
   */
  @Value.Default
  public PerceptionPolicy perception() {
    return PerceptionPolicy.defaults();
  }

  /**
   * The thresholds of the built-in rules.
   *
   * @return the thresholds; default {@link RuleThresholds#defaults()}
   */
  @Value.Default
  public RuleThresholds thresholds() {
    return RuleThresholds.defaults();
  }

  /**
   * The weight of the practice score in a dimension's alignment score when both practice and
   * perception scores exist; the perception score gets the rest. Default 0.5: what an organization
   * does and what its employees experience count equally, since misalignment is a gap in either.
   *
   * @return the weight, in [0, 1]
   */
  @Value.Default
  public double practiceWeight() {
    return 0.5;
  }

  /**
   * The lowest alignment score of an {@link Band#ALIGNED} dimension. Default 75: three quarters of
   * the criteria met and a clearly favourable survey (4 on a five-point scale is 75).
   *
   * @return the threshold, 0 to 100
   */
  @Value.Default
  public double alignedAt() {
    return 75;
  }

  /**
   * The lowest alignment score of a {@link Band#DRIFTING} dimension; below it, {@link
   * Band#MISALIGNED}. Default 50: the neutral midpoint of the survey scale.
   *
   * @return the threshold, 0 to 100
   */
  @Value.Default
  public double driftingAt() {
    return 50;
  }

  /**
   * Weights of the dimensions in the overall alignment index; a dimension not listed weighs 1.
   * Default: all equal, since a misaligned point pulls the culture off course whichever it is.
   *
   * @return dimension to weight
   */
  public abstract Map<Dimension, Double> dimensionWeights();

  /**
   * Ids of rules not to evaluate, such as {@code HIRING.COMMITMENT_CHECK}. Default none. An id the
   * engine does not know is rejected when the engine is made.
   *
   * @return the rule ids
   */
  public abstract Set<String> disabledRules();

  /**
   * The weight of a dimension in the alignment index.
   *
   * @param dimension the dimension
   * @return its weight, 1 unless set
   */
  public final double weightOf(Dimension dimension) {
    return dimensionWeights().getOrDefault(dimension, 1.0);
  }

  @Value.Check
  void check() {
    String type = "ScoringPolicy";
    Checks.require(practiceWeight() >= 0 && practiceWeight() <= 1, type, "practiceWeight", practiceWeight(),
        "must lie between 0 and 1");
    Checks.require(driftingAt() >= 0 && driftingAt() <= alignedAt() && alignedAt() <= 100, type, "driftingAt",
        driftingAt(), "must satisfy 0 <= driftingAt <= alignedAt (" + Checks.render(alignedAt()) + ") <= 100");
    dimensionWeights().forEach((d, w) -> Checks.positive(type, "dimensionWeights." + d, w));
  }

  /** Builds a {@link ScoringPolicy}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableScoringPolicy.Builder {
    Builder() {}
  }
}
