package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A survey rule that observes each reported group and raises one finding for all the groups that
 * fall short, worst first, rather than one per group: not applicable without perceptions or when no
 * group can be observed; otherwise observations, empty when no group falls short.
 *
 * @param <T> what a group's shortfall is described by, such as its lowest share
 * @since 0.2.0
 */
public abstract class GroupObservationRule<T> extends BaseRule {
  /**
   * A rule.
   *
   * @param id the rule's id, {@code DIMENSION.NAME}
   * @param dimension its dimension
   * @param description what it checks, in one sentence
   * @param importance how much its criterion matters
   */
  protected GroupObservationRule(String id, Dimension dimension, String description, Importance importance) {
    super(id, dimension, description, importance);
  }

  /**
   * Whether the group has the figures the rule observes (for example, a defined score of the
   * rule's dimension); groups without them are left out of the count of groups observed.
   *
   * @param group a reported group
   * @return true when the rule can observe it
   */
  protected abstract boolean observable(GroupPerception group);

  /**
   * Observes one observable group.
   *
   * @param group the group
   * @param context the whole context, for thresholds
   * @return the group's shortfall, or empty when it meets the criterion
   */
  protected abstract Optional<T> shortfall(GroupPerception group, RuleContext context);

  /**
   * Orders the shortfalls, worst first; ties must be broken (for example by the group's attribute
   * and value) so that the finding does not depend on the order of the groups.
   *
   * @return the order
   */
  protected abstract Comparator<T> worstFirst();

  /**
   * The one finding of the groups that fall short.
   *
   * @param shortfalls the shortfalls, worst first; at least one
   * @param observed how many groups were observed
   * @param context the whole context
   * @return the finding
   */
  protected abstract Finding finding(List<T> shortfalls, int observed, RuleContext context);

  @Override
  public final RuleOutcome evaluate(RuleContext context) {
    Optional<PerceptionReport> report = context.perceptions();
    if (report.isEmpty()) {
      return RuleOutcome.notApplicable();
    }
    int observed = 0;
    List<T> shortfalls = new ArrayList<>();
    for (GroupPerception group : report.get().groups()) {
      if (observable(group)) {
        observed++;
        shortfall(group, context).ifPresent(shortfalls::add);
      }
    }
    if (observed == 0) {
      return RuleOutcome.notApplicable();
    }
    if (shortfalls.isEmpty()) {
      return RuleOutcome.observations(List.of());
    }
    shortfalls.sort(worstFirst());
    return RuleOutcome.observations(List.of(finding(List.copyOf(shortfalls), observed, context)));
  }
}
