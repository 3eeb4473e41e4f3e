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
 * final class HasListeningChannels extends PracticeFactRule<LeadershipPractice> {
 *   HasListeningChannels() {
 *     super("LEADERSHIP.LISTENING", Dimension.LEADERSHIP, "Leaders have a way to listen.");
 *   }
 *   protected Optional<LeadershipPractice> fact(Organization practices) {
 *     return practices.leadership();
 *   }
 *   protected Optional<Finding> judge(LeadershipPractice leadership, RuleContext context) {
 *     return leadership.listeningChannels().isEmpty()
 *         ? Optional.of(finding(Severity.WARNING, "NONE", "...", "...", Map.of(),
 *             List.of(Evidence.practice("leadership.listeningChannels", "none"))))
 *         : Optional.empty();
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
