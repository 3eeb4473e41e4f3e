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
 *       of its applicable practice rules.
 *   <li>{@linkplain #observations(List) Observations}: a survey rule's findings, which do not enter the
 *       practice score (perceptions have their own score).
 * </ul>
 *
 * <p>Invariants: compliance lies in [0, 1]; a rule that is not applicable raises no finding.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleOutcome implements WithRuleOutcome {
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
    return ImmutableRuleOutcome.generatedBuilder().applicable(true).compliance(compliance).findings(findings).build();
  }

  /**
   * The outcome of a survey rule, which raises findings without a compliance share.
   *
   * @param findings the findings raised
   * @return the outcome
   */
  public static RuleOutcome observations(List<Finding> findings) {
    return ImmutableRuleOutcome.generatedBuilder().applicable(true).findings(findings).build();
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
}
