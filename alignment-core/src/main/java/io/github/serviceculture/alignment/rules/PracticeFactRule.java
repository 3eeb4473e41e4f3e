package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Organization;
import java.util.List;
import java.util.Optional;

/**
 * A rule on one fact of the practices, such as the vision or the hiring practice: not applicable when
 * the practices or the fact are absent; otherwise compliance 1 without a finding, or 0 with the one
 * finding {@link #judge} raises.
 *
 * <pre>{@code
 * final class GoalsHaveOwners extends PracticeFactRule<List<Goal>> {
 *   GoalsHaveOwners() {
 *     super("GOALS.OWNED", Dimension.GOALS, "Every goal names its owner.", Importance.ADVISORY);
 *   }
 *   protected Optional<List<Goal>> fact(Organization practices) {
 *     return practices.goals().isEmpty() ? Optional.empty() : Optional.of(practices.goals());
 *   }
 *   protected Optional<Finding> judge(List<Goal> goals, RuleContext context) {
 *     long unowned = goals.stream().filter(goal -> goal.owner().isEmpty()).count();
 *     return unowned == 0 ? Optional.empty() : Optional.of(finding(Severity.INFO, "UNOWNED",
 *         "{unowned} of {goals} goals name no owner.", "Name one person who reports on each goal.",
 *         Map.of("unowned", unowned, "goals", goals.size()), List.of(Evidence.practice("goals.owner", "none"))));
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of the fact
 * @since 0.2.0
 */
public abstract class PracticeFactRule<T> extends BaseRule {
  /**
   * A rule of {@linkplain Importance#ESSENTIAL essential} importance.
   *
   * @param id the rule's id, {@code DIMENSION.NAME}
   * @param dimension its dimension
   * @param description what it checks, in one sentence
   */
  protected PracticeFactRule(String id, Dimension dimension, String description) {
    super(id, dimension, description);
  }

  /**
   * A rule.
   *
   * @param id the rule's id, {@code DIMENSION.NAME}
   * @param dimension its dimension
   * @param description what it checks, in one sentence
   * @param importance how much its criterion matters
   */
  protected PracticeFactRule(String id, Dimension dimension, String description, Importance importance) {
    super(id, dimension, description, importance);
  }

  /**
   * The fact the rule judges.
   *
   * @param practices the organization's practices
   * @return the fact, or empty when it is not known (the rule is then not applicable)
   */
  protected abstract Optional<T> fact(Organization practices);

  /**
   * Judges the fact.
   *
   * @param fact the fact
   * @param context the whole context, for thresholds and the date
   * @return the finding when the fact misses the criterion, or empty when it meets it
   */
  protected abstract Optional<Finding> judge(T fact, RuleContext context);

  @Override
  public final RuleOutcome evaluate(RuleContext context) {
    Optional<T> fact = context.practices().flatMap(this::fact);
    if (fact.isEmpty()) {
      return RuleOutcome.notApplicable();
    }
    Optional<Finding> finding = judge(fact.get(), context);
    return finding.isEmpty() ? RuleOutcome.compliance(1, List.of())
        : RuleOutcome.compliance(0, List.of(finding.get()));
  }
}
