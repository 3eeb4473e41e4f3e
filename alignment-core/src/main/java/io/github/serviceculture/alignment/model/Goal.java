package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
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
public abstract class Goal {
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
   * Whether the goal is measured and paid out on a schedule or by a date, the "time-bound" of
   * SMART.
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
   * Returns a copy with {@link #statement() statement} set to {@code value}: the goal as
   * written, such as "Raise the team's average CSAT from 80% to 85% by month end".
   *
   * <p>The field's contract: the statement; not blank.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withStatement(String value) {
    return ((ImmutableGoal) this).generatedWithStatement(Checks.notNull("Goal", "statement", value));
  }

  /**
   * Returns a copy with {@link #metric() metric} set to a present {@code value}: the name of
   * the measure, such as "average CSAT".
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withMetric(String value) {
    return ((ImmutableGoal) this).generatedWithMetric(Checks.notNull("Goal", "metric", value));
  }

  /**
   * Returns a copy with {@link #metric() metric} set to {@code optional}, or cleared when it
   * is empty: the name of the measure, such as "average CSAT".
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withMetric(Optional<String> optional) {
    return ((ImmutableGoal) this).generatedWithMetric(Checks.notNull("Goal", "metric", optional));
  }

  /**
   * Returns a copy with {@link #metricKind() metricKind} set to a present {@code value}: the
   * kind of the measure, used by rules that treat some measures specially.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withMetricKind(MetricKind value) {
    return ((ImmutableGoal) this).generatedWithMetricKind(Checks.notNull("Goal", "metricKind", value));
  }

  /**
   * Returns a copy with {@link #metricKind() metricKind} set to {@code optional}, or cleared
   * when it is empty: the kind of the measure, used by rules that treat some measures
   * specially.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withMetricKind(Optional<? extends MetricKind> optional) {
    return ((ImmutableGoal) this).generatedWithMetricKind(Checks.notNull("Goal", "metricKind", optional));
  }

  /**
   * Returns a copy with {@link #baseline() baseline} set to a present {@code value}: the value
   * of the measure when the goal was set, in the metric's own unit.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Goal withBaseline(double value) {
    return ((ImmutableGoal) this).generatedWithBaseline(value);
  }

  /**
   * Returns a copy with {@link #baseline() baseline} set to {@code optional}, or cleared when
   * it is empty: the value of the measure when the goal was set, in the metric's own unit.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withBaseline(OptionalDouble optional) {
    return ((ImmutableGoal) this).generatedWithBaseline(Checks.notNull("Goal", "baseline", optional));
  }

  /**
   * Returns a copy with {@link #target() target} set to a present {@code value}: the value to
   * reach, in the metric's own unit.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Goal withTarget(double value) {
    return ((ImmutableGoal) this).generatedWithTarget(value);
  }

  /**
   * Returns a copy with {@link #target() target} set to {@code optional}, or cleared when it
   * is empty: the value to reach, in the metric's own unit.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withTarget(OptionalDouble optional) {
    return ((ImmutableGoal) this).generatedWithTarget(Checks.notNull("Goal", "target", optional));
  }

  /**
   * Returns a copy with {@link #deadline() deadline} set to a present {@code value}: the date
   * by which a one-off goal is to be met.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withDeadline(LocalDate value) {
    return ((ImmutableGoal) this).generatedWithDeadline(Checks.notNull("Goal", "deadline", value));
  }

  /**
   * Returns a copy with {@link #deadline() deadline} set to {@code optional}, or cleared when
   * it is empty: the date by which a one-off goal is to be met.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withDeadline(Optional<? extends LocalDate> optional) {
    return ((ImmutableGoal) this).generatedWithDeadline(Checks.notNull("Goal", "deadline", optional));
  }

  /**
   * Returns a copy with {@link #cadence() cadence} set to a present {@code value}: how often a
   * recurring goal is measured.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withCadence(Cadence value) {
    return ((ImmutableGoal) this).generatedWithCadence(Checks.notNull("Goal", "cadence", value));
  }

  /**
   * Returns a copy with {@link #cadence() cadence} set to {@code optional}, or cleared when it
   * is empty: how often a recurring goal is measured.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withCadence(Optional<? extends Cadence> optional) {
    return ((ImmutableGoal) this).generatedWithCadence(Checks.notNull("Goal", "cadence", optional));
  }

  /**
   * Returns a copy with {@link #scope() scope} set to {@code value}: whose performance the
   * goal measures.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withScope(GoalScope value) {
    return ((ImmutableGoal) this).generatedWithScope(Checks.notNull("Goal", "scope", value));
  }

  /**
   * Returns a copy with {@link #focus() focus} set to {@code value}: what the goal points
   * attention at.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withFocus(GoalFocus value) {
    return ((ImmutableGoal) this).generatedWithFocus(Checks.notNull("Goal", "focus", value));
  }

  /**
   * Returns a copy with {@link #incentive() incentive} set to {@code value}: what people
   * receive for meeting the goal.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withIncentive(Incentive value) {
    return ((ImmutableGoal) this).generatedWithIncentive(Checks.notNull("Goal", "incentive", value));
  }

  /**
   * Returns a copy with {@link #incentiveDescription() incentiveDescription} set to a present
   * {@code value}: the incentive in words, such as "$100 bonus each month".
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withIncentiveDescription(String value) {
    return ((ImmutableGoal) this).generatedWithIncentiveDescription(
        Checks.notNull("Goal", "incentiveDescription", value));
  }

  /**
   * Returns a copy with {@link #incentiveDescription() incentiveDescription} set to {@code
   * optional}, or cleared when it is empty: the incentive in words, such as "$100 bonus each
   * month".
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withIncentiveDescription(Optional<String> optional) {
    return ((ImmutableGoal) this).generatedWithIncentiveDescription(
        Checks.notNull("Goal", "incentiveDescription", optional));
  }

  /**
   * Returns a copy with {@link #owner() owner} set to a present {@code value}: the role or
   * person accountable for the goal, such as "support manager".
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Goal withOwner(String value) {
    return ((ImmutableGoal) this).generatedWithOwner(Checks.notNull("Goal", "owner", value));
  }

  /**
   * Returns a copy with {@link #owner() owner} set to {@code optional}, or cleared when it is
   * empty: the role or person accountable for the goal, such as "support manager".
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Goal withOwner(Optional<String> optional) {
    return ((ImmutableGoal) this).generatedWithOwner(Checks.notNull("Goal", "owner", optional));
  }

  /**
   * Builds a {@link Goal}. Not thread-safe; {@link #build()} validates and throws {@link
   * io.github.serviceculture.alignment.InvalidValueException} on a bad value, also when a required
   * field is missing.
   */
  public static final class Builder {
    private static final String TYPE = "Goal";

    private final ImmutableGoal.Builder delegate = ImmutableGoal.generatedBuilder();

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
    public Builder from(Goal instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Goal#statement() statement}: the goal as written, such as "Raise the team's
     * average CSAT from 80% to 85% by month end". Required.
     *
     * <p>The field's contract: the statement; not blank.
     *
     * @param statement the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code statement} is null
     */
    public Builder statement(String statement) {
      delegate.statement(Checks.notNull(TYPE, "statement", statement));
      return this;
    }

    /**
     * Sets {@link Goal#metric() metric} to a present value: the name of the measure, such as
     * "average CSAT".
     *
     * @param metric the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code metric} is null
     */
    public Builder metric(String metric) {
      delegate.metric(Checks.notNull(TYPE, "metric", metric));
      return this;
    }

    /**
     * Sets {@link Goal#metric() metric}, or clears it when {@code metric} is empty: the name of the
     * measure, such as "average CSAT".
     *
     * @param metric the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code metric} is null
     */
    public Builder metric(Optional<String> metric) {
      delegate.metric(Checks.notNull(TYPE, "metric", metric));
      return this;
    }

    /**
     * Sets {@link Goal#metricKind() metricKind} to a present value: the kind of the measure, used
     * by rules that treat some measures specially.
     *
     * @param metricKind the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code metricKind} is null
     */
    public Builder metricKind(MetricKind metricKind) {
      delegate.metricKind(Checks.notNull(TYPE, "metricKind", metricKind));
      return this;
    }

    /**
     * Sets {@link Goal#metricKind() metricKind}, or clears it when {@code metricKind} is empty: the
     * kind of the measure, used by rules that treat some measures specially.
     *
     * @param metricKind the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code metricKind} is null
     */
    public Builder metricKind(Optional<? extends MetricKind> metricKind) {
      delegate.metricKind(Checks.notNull(TYPE, "metricKind", metricKind));
      return this;
    }

    /**
     * Sets {@link Goal#baseline() baseline} to a present value: the value of the measure when the
     * goal was set, in the metric's own unit.
     *
     * @param baseline the value
     * @return this builder
     */
    public Builder baseline(double baseline) {
      delegate.baseline(baseline);
      return this;
    }

    /**
     * Sets {@link Goal#baseline() baseline}, or clears it when {@code baseline} is empty: the value
     * of the measure when the goal was set, in the metric's own unit.
     *
     * @param baseline the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code baseline} is null
     */
    public Builder baseline(OptionalDouble baseline) {
      delegate.baseline(Checks.notNull(TYPE, "baseline", baseline));
      return this;
    }

    /**
     * Sets {@link Goal#target() target} to a present value: the value to reach, in the metric's own
     * unit.
     *
     * @param target the value
     * @return this builder
     */
    public Builder target(double target) {
      delegate.target(target);
      return this;
    }

    /**
     * Sets {@link Goal#target() target}, or clears it when {@code target} is empty: the value to
     * reach, in the metric's own unit.
     *
     * @param target the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code target} is null
     */
    public Builder target(OptionalDouble target) {
      delegate.target(Checks.notNull(TYPE, "target", target));
      return this;
    }

    /**
     * Sets {@link Goal#deadline() deadline} to a present value: the date by which a one-off goal is
     * to be met.
     *
     * @param deadline the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code deadline} is null
     */
    public Builder deadline(LocalDate deadline) {
      delegate.deadline(Checks.notNull(TYPE, "deadline", deadline));
      return this;
    }

    /**
     * Sets {@link Goal#deadline() deadline}, or clears it when {@code deadline} is empty: the date
     * by which a one-off goal is to be met.
     *
     * @param deadline the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code deadline} is null
     */
    public Builder deadline(Optional<? extends LocalDate> deadline) {
      delegate.deadline(Checks.notNull(TYPE, "deadline", deadline));
      return this;
    }

    /**
     * Sets {@link Goal#cadence() cadence} to a present value: how often a recurring goal is
     * measured.
     *
     * @param cadence the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code cadence} is null
     */
    public Builder cadence(Cadence cadence) {
      delegate.cadence(Checks.notNull(TYPE, "cadence", cadence));
      return this;
    }

    /**
     * Sets {@link Goal#cadence() cadence}, or clears it when {@code cadence} is empty: how often a
     * recurring goal is measured.
     *
     * @param cadence the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code cadence} is null
     */
    public Builder cadence(Optional<? extends Cadence> cadence) {
      delegate.cadence(Checks.notNull(TYPE, "cadence", cadence));
      return this;
    }

    /**
     * Sets {@link Goal#scope() scope}: whose performance the goal measures. Required.
     *
     * @param scope the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code scope} is null
     */
    public Builder scope(GoalScope scope) {
      delegate.scope(Checks.notNull(TYPE, "scope", scope));
      return this;
    }

    /**
     * Sets {@link Goal#focus() focus}: what the goal points attention at. Required.
     *
     * @param focus the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code focus} is null
     */
    public Builder focus(GoalFocus focus) {
      delegate.focus(Checks.notNull(TYPE, "focus", focus));
      return this;
    }

    /**
     * Sets {@link Goal#incentive() incentive}: what people receive for meeting the goal. Required.
     *
     * @param incentive the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code incentive} is null
     */
    public Builder incentive(Incentive incentive) {
      delegate.incentive(Checks.notNull(TYPE, "incentive", incentive));
      return this;
    }

    /**
     * Sets {@link Goal#incentiveDescription() incentiveDescription} to a present value: the
     * incentive in words, such as "$100 bonus each month".
     *
     * @param incentiveDescription the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code incentiveDescription} is null
     */
    public Builder incentiveDescription(String incentiveDescription) {
      delegate.incentiveDescription(Checks.notNull(TYPE, "incentiveDescription", incentiveDescription));
      return this;
    }

    /**
     * Sets {@link Goal#incentiveDescription() incentiveDescription}, or clears it when {@code
     * incentiveDescription} is empty: the incentive in words, such as "$100 bonus each month".
     *
     * @param incentiveDescription the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code incentiveDescription} is null
     */
    public Builder incentiveDescription(Optional<String> incentiveDescription) {
      delegate.incentiveDescription(Checks.notNull(TYPE, "incentiveDescription", incentiveDescription));
      return this;
    }

    /**
     * Sets {@link Goal#owner() owner} to a present value: the role or person accountable for the
     * goal, such as "support manager".
     *
     * @param owner the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code owner} is null
     */
    public Builder owner(String owner) {
      delegate.owner(Checks.notNull(TYPE, "owner", owner));
      return this;
    }

    /**
     * Sets {@link Goal#owner() owner}, or clears it when {@code owner} is empty: the role or person
     * accountable for the goal, such as "support manager".
     *
     * @param owner the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code owner} is null
     */
    public Builder owner(Optional<String> owner) {
      delegate.owner(Checks.notNull(TYPE, "owner", owner));
      return this;
    }

    /**
     * Builds the {@link Goal}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Goal build() {
      return delegate.build();
    }
  }
}
