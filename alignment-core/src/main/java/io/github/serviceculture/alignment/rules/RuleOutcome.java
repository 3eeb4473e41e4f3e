package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of evaluating one rule.
 *
 * <ul>
 *   <li>{@linkplain #notApplicable() Not applicable}: the facts the rule needs are absent (no goals,
 *       no survey); it neither counts in a score nor raises findings.
 *   <li>{@linkplain #compliance(double, List) Compliance}: a practice rule's share of its criteria
 *       met, from 0 to 1, and its findings; the practice score of a dimension is the mean compliance
 *       of its applicable essential practice rules (see {@link Importance}).
 *   <li>{@linkplain #observations(List) Observations}: a survey rule's findings, which do not enter the
 *       practice score (perceptions have their own score), or a practice rule's advice, such as INFO
 *       that a fact it reads is not recorded (a fact recorded as none is judged instead).
 * </ul>
 *
 * <p>Invariants: compliance lies in [0, 1]; a rule that is not applicable raises no finding.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleOutcome {
  private static final RuleOutcome NOT_APPLICABLE = ImmutableRuleOutcome.generatedBuilder().applicable(false).build();

  RuleOutcome() {}

  /**
   * The outcome of a rule whose facts are absent.
   *
   * @return the outcome
   */
  public static RuleOutcome notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * The outcome of a practice rule.
   *
   * @param compliance the share of the rule's criteria met, from 0 (none) to 1 (all)
   * @param findings the findings raised; empty when fully compliant
   * @return the outcome
   */
  public static RuleOutcome compliance(double compliance, List<Finding> findings) {
    return ImmutableRuleOutcome.generatedBuilder().applicable(true).compliance(compliance)
        .findings(Checks.notNull("RuleOutcome", "findings", findings)).build();
  }

  /**
   * The outcome of a survey rule, which raises findings without a compliance share.
   *
   * @param findings the findings raised
   * @return the outcome
   */
  public static RuleOutcome observations(List<Finding> findings) {
    return ImmutableRuleOutcome.generatedBuilder().applicable(true)
        .findings(Checks.notNull("RuleOutcome", "findings", findings)).build();
  }

  /**
   * Whether the rule applied.
   *
   * @return false when its facts were absent
   */
  public abstract boolean applicable();

  /**
   * The share of the rule's criteria met.
   *
   * @return the compliance in [0, 1] for a practice rule; empty for a survey rule or when not
   *     applicable
   */
  public abstract OptionalDouble compliance();

  /**
   * The findings raised.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  @Value.Check
  void check() {
    compliance().ifPresent(c -> Checks.require(c >= 0 && c <= 1, "RuleOutcome", "compliance", c,
        "must lie between 0 and 1"));
    Checks.require(applicable() || findings().isEmpty(), "RuleOutcome", "findings", findings().size(),
        "must be empty when the rule is not applicable");
  }
  /**
   * Returns a copy with {@link #applicable() applicable} set to {@code value}: whether the
   * rule applied.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleOutcome withApplicable(boolean value) {
    return ((ImmutableRuleOutcome) this).generatedWithApplicable(value);
  }

  /**
   * Returns a copy with {@link #compliance() compliance} set to a present {@code value}: the
   * share of the rule's criteria met.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleOutcome withCompliance(double value) {
    return ((ImmutableRuleOutcome) this).generatedWithCompliance(value);
  }

  /**
   * Returns a copy with {@link #compliance() compliance} set to {@code optional}, or cleared
   * when it is empty: the share of the rule's criteria met.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final RuleOutcome withCompliance(OptionalDouble optional) {
    return ((ImmutableRuleOutcome) this).generatedWithCompliance(Checks.notNull("RuleOutcome", "compliance", optional));
  }

  /**
   * Returns a copy whose {@link #findings() findings} are the given elements: the findings
   * raised.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final RuleOutcome withFindings(Finding... elements) {
    return ((ImmutableRuleOutcome) this).generatedWithFindings(Checks.notNull("RuleOutcome", "findings", elements));
  }

  /**
   * Returns a copy whose {@link #findings() findings} are the given elements: the findings
   * raised.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final RuleOutcome withFindings(Iterable<? extends Finding> elements) {
    return ((ImmutableRuleOutcome) this).generatedWithFindings(Checks.notNull("RuleOutcome", "findings", elements));
  }

}
