package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A performance goal the organization sets for its people.
 *
 * <p>Good goals focus attention on the customer, are shared by a team and rely on people's own
 * motivation; the rules check {@link #focus()}, {@link #scope()} and {@link #incentive()} for this,
 * and whether the goal is specific, measurable and time-bound. Only the statement, scope, focus and
 * incentive are required; the rest is often unknown and therefore optional.
 *
 * <p>Invariants: the statement and owner are not blank; a target, when given with a baseline,
 * differs from it; all numbers are finite.
 *
 * <pre>{@code
 * Goal teamGoal = Goal.builder()
 *     .statement("Raise the team's average CSAT from 80% to 85% by the end of the month")
 *     .metric("average CSAT").metricKind(MetricKind.CUSTOMER_SATISFACTION)
 *     .baseline(80).target(85)
 *     .scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.NONE)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Goal implements WithGoal {
  Goal() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The goal as written, such as "Raise the team's average CSAT from 80% to 85% by month end".
   *
   * @return the statement; not blank
   */
  public abstract String statement();

  /**
   * The name of the measure, such as "average CSAT".
   *
   * @return the metric, or empty when the goal names none
   */
  public abstract Optional<String> metric();

  /**
   * The kind of the measure, used by rules that treat some measures specially.
   *
   * @return the kind, or empty when unknown
   */
  public abstract Optional<MetricKind> metricKind();

  /**
   * The value of the measure when the goal was set, in the metric's own unit.
   *
   * @return the baseline, or empty when unknown
   */
  public abstract OptionalDouble baseline();

  /**
   * The value to reach, in the metric's own unit.
   *
   * @return the target, or empty when the goal has none
   */
  public abstract OptionalDouble target();

  /**
   * The date by which a one-off goal is to be met.
   *
   * @return the deadline, or empty for a recurring or open-ended goal
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * How often a recurring goal is measured.
   *
   * @return the cadence, or empty for a one-off goal
   */
  public abstract Optional<Cadence> cadence();

  /**
   * Whose performance the goal measures.
   *
   * @return the scope
   */
  public abstract GoalScope scope();

  /**
   * What the goal points attention at.
   *
   * @return the focus
   */
  public abstract GoalFocus focus();

  /**
   * What people receive for meeting the goal.
   *
   * @return the incentive
   */
  public abstract Incentive incentive();

  /**
   * The incentive in words, such as "$100 bonus each month".
   *
   * @return the description, or empty
   */
  public abstract Optional<String> incentiveDescription();

  /**
   * The role or person accountable for the goal, such as "support manager".
   *
   * @return the owner, or empty when unknown
   */
  public abstract Optional<String> owner();

  /**
   * Whether the goal is measured and paid out on a schedule or by a date, the "time-bound" of SMART.
   *
   * @return true when a deadline or a cadence is set
   */
  public final boolean isTimeBound() {
    return deadline().isPresent() || cadence().isPresent();
  }

  @Value.Check
  void check() {
    String type = "Goal";
    Checks.notBlank(type, "statement", statement());
    metric().ifPresent(m -> Checks.notBlank(type, "metric", m));
    incentiveDescription().ifPresent(d -> Checks.notBlank(type, "incentiveDescription", d));
    owner().ifPresent(o -> Checks.notBlank(type, "owner", o));
    baseline().ifPresent(b -> Checks.finite(type, "baseline", b));
    target().ifPresent(t -> Checks.finite(type, "target", t));
    if (baseline().isPresent() && target().isPresent()) {
      double b = baseline().getAsDouble();
      Checks.require(
          target().getAsDouble() != b, type, "target", target().getAsDouble(),
          "must differ from baseline (" + Checks.render(b) + ")");
    }
  }

  /**
   * Builds a {@link Goal}. Not thread-safe; {@link #build()} validates and throws {@link
   * io.github.serviceculture.alignment.InvalidValueException} on a bad value or {@link
   * IllegalStateException} when a required field is missing.
   */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
