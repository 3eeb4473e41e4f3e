package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
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
public abstract class ScoringPolicy {
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

  /**
   * Returns a copy with {@link #perception() perception} set to {@code value}: the survey
   * settings: minimum answered share, anonymity threshold, agreement null, grouping.
   *
   * <p>The field's contract: the perception policy; default {@link
   * PerceptionPolicy#defaults()}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ScoringPolicy withPerception(PerceptionPolicy value) {
    return ((ImmutableScoringPolicy) this).generatedWithPerception(
        Checks.notNull("ScoringPolicy", "perception", value));
  }

  /**
   * Returns a copy with {@link #thresholds() thresholds} set to {@code value}: the thresholds
   * of the built-in rules.
   *
   * <p>The field's contract: the thresholds; default {@link RuleThresholds#defaults()}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ScoringPolicy withThresholds(RuleThresholds value) {
    return ((ImmutableScoringPolicy) this).generatedWithThresholds(
        Checks.notNull("ScoringPolicy", "thresholds", value));
  }

  /**
   * Returns a copy with {@link #practiceWeight() practiceWeight} set to {@code value}: the
   * weight of the practice score in a dimension's alignment score when both practice and
   * perception scores exist; the perception score gets the rest.
   *
   * <p>The field's contract: the weight, in [0, 1].
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ScoringPolicy withPracticeWeight(double value) {
    return ((ImmutableScoringPolicy) this).generatedWithPracticeWeight(value);
  }

  /**
   * Returns a copy with {@link #alignedAt() alignedAt} set to {@code value}: the lowest
   * alignment score of an {@link Band#ALIGNED} dimension.
   *
   * <p>The field's contract: the threshold, 0 to 100.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ScoringPolicy withAlignedAt(double value) {
    return ((ImmutableScoringPolicy) this).generatedWithAlignedAt(value);
  }

  /**
   * Returns a copy with {@link #driftingAt() driftingAt} set to {@code value}: the lowest
   * alignment score of a {@link Band#DRIFTING} dimension; below it, {@link Band#MISALIGNED}.
   *
   * <p>The field's contract: the threshold, 0 to 100.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ScoringPolicy withDriftingAt(double value) {
    return ((ImmutableScoringPolicy) this).generatedWithDriftingAt(value);
  }

  /**
   * Returns a copy whose {@link #dimensionWeights() dimensionWeights} holds the entries of
   * {@code entries}: weights of the dimensions in the overall alignment index; a dimension not
   * listed weighs 1.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final ScoringPolicy withDimensionWeights(Map<Dimension, ? extends Double> entries) {
    return ((ImmutableScoringPolicy) this).generatedWithDimensionWeights(
        Checks.notNull("ScoringPolicy", "dimensionWeights", entries));
  }

  /**
   * Returns a copy whose {@link #disabledRules() disabledRules} are the given elements: ids of
   * rules not to evaluate, such as {@code HIRING.COMMITMENT_CHECK}.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ScoringPolicy withDisabledRules(String... elements) {
    return ((ImmutableScoringPolicy) this).generatedWithDisabledRules(
        Checks.notNull("ScoringPolicy", "disabledRules", elements));
  }

  /**
   * Returns a copy whose {@link #disabledRules() disabledRules} are the given elements: ids of
   * rules not to evaluate, such as {@code HIRING.COMMITMENT_CHECK}.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ScoringPolicy withDisabledRules(Iterable<String> elements) {
    return ((ImmutableScoringPolicy) this).generatedWithDisabledRules(
        Checks.notNull("ScoringPolicy", "disabledRules", elements));
  }

  /** Builds a {@link ScoringPolicy}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "ScoringPolicy";

    private final ImmutableScoringPolicy.Builder delegate = ImmutableScoringPolicy.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder; an optional field that is empty
     * there keeps this builder's value, and a list, set or map field gets {@code instance}'s
     * elements added to those this builder already holds.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(ScoringPolicy instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ScoringPolicy#perception() perception}: the survey settings: minimum answered
     * share, anonymity threshold, agreement null, grouping.
     *
     * <p>The field's contract: the perception policy; default {@link PerceptionPolicy#defaults()}.
     *
     * @param perception the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code perception} is null
     */
    public Builder perception(PerceptionPolicy perception) {
      delegate.perception(Checks.notNull(TYPE, "perception", perception));
      return this;
    }

    /**
     * Sets {@link ScoringPolicy#thresholds() thresholds}: the thresholds of the built-in rules.
     *
     * <p>The field's contract: the thresholds; default {@link RuleThresholds#defaults()}.
     *
     * @param thresholds the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code thresholds} is null
     */
    public Builder thresholds(RuleThresholds thresholds) {
      delegate.thresholds(Checks.notNull(TYPE, "thresholds", thresholds));
      return this;
    }

    /**
     * Sets {@link ScoringPolicy#practiceWeight() practiceWeight}: the weight of the practice score
     * in a dimension's alignment score when both practice and perception scores exist; the
     * perception score gets the rest.
     *
     * <p>The field's contract: the weight, in [0, 1].
     *
     * @param practiceWeight the value
     * @return this builder
     */
    public Builder practiceWeight(double practiceWeight) {
      delegate.practiceWeight(practiceWeight);
      return this;
    }

    /**
     * Sets {@link ScoringPolicy#alignedAt() alignedAt}: the lowest alignment score of an {@link
     * Band#ALIGNED} dimension.
     *
     * <p>The field's contract: the threshold, 0 to 100.
     *
     * @param alignedAt the value
     * @return this builder
     */
    public Builder alignedAt(double alignedAt) {
      delegate.alignedAt(alignedAt);
      return this;
    }

    /**
     * Sets {@link ScoringPolicy#driftingAt() driftingAt}: the lowest alignment score of a {@link
     * Band#DRIFTING} dimension; below it, {@link Band#MISALIGNED}.
     *
     * <p>The field's contract: the threshold, 0 to 100.
     *
     * @param driftingAt the value
     * @return this builder
     */
    public Builder driftingAt(double driftingAt) {
      delegate.driftingAt(driftingAt);
      return this;
    }

    /**
     * Puts one entry into {@link ScoringPolicy#dimensionWeights() dimensionWeights}, replacing any
     * entry with the same key: weights of the dimensions in the overall alignment index; a
     * dimension not listed weighs 1.
     *
     * @param key the key; not null
     * @param value the value
     * @return this builder
     * @throws InvalidValueException if {@code key} is null
     */
    public Builder putDimensionWeight(Dimension key, double value) {
      delegate.putDimensionWeight(Checks.notNull(TYPE, "dimensionWeights", key), value);
      return this;
    }

    /**
     * Puts one entry into {@link ScoringPolicy#dimensionWeights() dimensionWeights}, replacing any
     * entry with the same key: weights of the dimensions in the overall alignment index; a
     * dimension not listed weighs 1.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putDimensionWeight(Map.Entry<Dimension, ? extends Double> entry) {
      delegate.putDimensionWeight(Checks.notNull(TYPE, "dimensionWeights", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link ScoringPolicy#dimensionWeights() dimensionWeights} with those
     * of {@code entries}: weights of the dimensions in the overall alignment index; a dimension not
     * listed weighs 1.
     *
     * <p>The field's contract: dimension to weight.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder dimensionWeights(Map<Dimension, ? extends Double> entries) {
      delegate.dimensionWeights(Checks.notNull(TYPE, "dimensionWeights", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link ScoringPolicy#dimensionWeights()
     * dimensionWeights}: weights of the dimensions in the overall alignment index; a dimension not
     * listed weighs 1.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllDimensionWeights(Map<Dimension, ? extends Double> entries) {
      delegate.putAllDimensionWeights(Checks.notNull(TYPE, "dimensionWeights", entries));
      return this;
    }

    /**
     * Adds one element to {@link ScoringPolicy#disabledRules() disabledRules}: ids of rules not to
     * evaluate, such as {@code HIRING.COMMITMENT_CHECK}.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addDisabledRule(String element) {
      delegate.addDisabledRule(Checks.notNull(TYPE, "disabledRules", element));
      return this;
    }

    /**
     * Adds the given elements to {@link ScoringPolicy#disabledRules() disabledRules}: ids of rules
     * not to evaluate, such as {@code HIRING.COMMITMENT_CHECK}.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addDisabledRules(String... elements) {
      delegate.addDisabledRules(Checks.notNull(TYPE, "disabledRules", elements));
      return this;
    }

    /**
     * Replaces every element of {@link ScoringPolicy#disabledRules() disabledRules} with those of
     * {@code elements}: ids of rules not to evaluate, such as {@code HIRING.COMMITMENT_CHECK}.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder disabledRules(Iterable<String> elements) {
      delegate.disabledRules(Checks.notNull(TYPE, "disabledRules", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link ScoringPolicy#disabledRules()
     * disabledRules}: ids of rules not to evaluate, such as {@code HIRING.COMMITMENT_CHECK}.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllDisabledRules(Iterable<String> elements) {
      delegate.addAllDisabledRules(Checks.notNull(TYPE, "disabledRules", elements));
      return this;
    }

    /**
     * Builds the {@link ScoringPolicy}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ScoringPolicy build() {
      return delegate.build();
    }
  }
}
