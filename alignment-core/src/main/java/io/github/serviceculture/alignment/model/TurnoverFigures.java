package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Yearly employee turnover: the inputs of a turnover calculator, and the rate and cost derived from
 * them.
 *
 * <p>The turnover rate is separations per year divided by the average headcount; it can exceed
 * 100 % when positions turn over more than once a year. The annual cost is separations times the
 * cost of one separation (recruiting, training and lost productivity), in the organization's
 * currency.
 *
 * <p>Invariants: the average headcount is greater than 0; separations and cost are zero or more.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TurnoverFigures {
  TurnoverFigures() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The average number of employees over the year (people, or full-time equivalents).
   *
   * @return the average headcount; greater than 0
   */
  public abstract double averageHeadcount();

  /**
   * The number of employees who left during the year, for any reason.
   *
   * @return the separations; zero or more
   */
  public abstract double separationsPerYear();

  /**
   * The cost of replacing one employee who left, in the organization's currency.
   *
   * @return the cost, or empty when unknown
   */
  public abstract OptionalDouble costPerSeparation();

  /**
   * The yearly turnover rate.
   *
   * @return separations per year as a percentage of the average headcount; may exceed 100
   */
  public final double turnoverRatePercent() {
    return 100.0 * separationsPerYear() / averageHeadcount();
  }

  /**
   * The yearly cost of turnover.
   *
   * @return separations times the cost per separation, or empty when that cost is unknown
   */
  public final OptionalDouble annualCost() {
    return costPerSeparation().isPresent()
        ? OptionalDouble.of(separationsPerYear() * costPerSeparation().getAsDouble())
        : OptionalDouble.empty();
  }

  @Value.Check
  void check() {
    String type = "TurnoverFigures";
    Checks.positive(type, "averageHeadcount", averageHeadcount());
    Checks.nonNegative(type, "separationsPerYear", separationsPerYear());
    costPerSeparation().ifPresent(c -> Checks.nonNegative(type, "costPerSeparation", c));
  }

  /**
   * Returns a copy with {@link #averageHeadcount() averageHeadcount} set to {@code value}: the
   * average number of employees over the year (people, or full-time equivalents).
   *
   * <p>The field's contract: the average headcount; greater than 0.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TurnoverFigures withAverageHeadcount(double value) {
    return ((ImmutableTurnoverFigures) this).generatedWithAverageHeadcount(value);
  }

  /**
   * Returns a copy with {@link #separationsPerYear() separationsPerYear} set to {@code value}:
   * the number of employees who left during the year, for any reason.
   *
   * <p>The field's contract: the separations; zero or more.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TurnoverFigures withSeparationsPerYear(double value) {
    return ((ImmutableTurnoverFigures) this).generatedWithSeparationsPerYear(value);
  }

  /**
   * Returns a copy with {@link #costPerSeparation() costPerSeparation} set to a present {@code
   * value}: the cost of replacing one employee who left, in the organization's currency.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final TurnoverFigures withCostPerSeparation(double value) {
    return ((ImmutableTurnoverFigures) this).generatedWithCostPerSeparation(value);
  }

  /**
   * Returns a copy with {@link #costPerSeparation() costPerSeparation} set to {@code
   * optional}, or cleared when it is empty: the cost of replacing one employee who left, in
   * the organization's currency.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final TurnoverFigures withCostPerSeparation(OptionalDouble optional) {
    return ((ImmutableTurnoverFigures) this).generatedWithCostPerSeparation(
        Checks.notNull("TurnoverFigures", "costPerSeparation", optional));
  }

  /** Builds a {@link TurnoverFigures}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "TurnoverFigures";

    private final ImmutableTurnoverFigures.Builder delegate = ImmutableTurnoverFigures.generatedBuilder();

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
    public Builder from(TurnoverFigures instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link TurnoverFigures#averageHeadcount() averageHeadcount}: the average number of
     * employees over the year (people, or full-time equivalents). Required.
     *
     * <p>The field's contract: the average headcount; greater than 0.
     *
     * @param averageHeadcount the value
     * @return this builder
     */
    public Builder averageHeadcount(double averageHeadcount) {
      delegate.averageHeadcount(averageHeadcount);
      return this;
    }

    /**
     * Sets {@link TurnoverFigures#separationsPerYear() separationsPerYear}: the number of employees
     * who left during the year, for any reason. Required.
     *
     * <p>The field's contract: the separations; zero or more.
     *
     * @param separationsPerYear the value
     * @return this builder
     */
    public Builder separationsPerYear(double separationsPerYear) {
      delegate.separationsPerYear(separationsPerYear);
      return this;
    }

    /**
     * Sets {@link TurnoverFigures#costPerSeparation() costPerSeparation} to a present value: the
     * cost of replacing one employee who left, in the organization's currency.
     *
     * @param costPerSeparation the value
     * @return this builder
     */
    public Builder costPerSeparation(double costPerSeparation) {
      delegate.costPerSeparation(costPerSeparation);
      return this;
    }

    /**
     * Sets {@link TurnoverFigures#costPerSeparation() costPerSeparation}, or clears it when {@code
     * costPerSeparation} is empty: the cost of replacing one employee who left, in the
     * organization's currency.
     *
     * @param costPerSeparation the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code costPerSeparation} is null
     */
    public Builder costPerSeparation(OptionalDouble costPerSeparation) {
      delegate.costPerSeparation(Checks.notNull(TYPE, "costPerSeparation", costPerSeparation));
      return this;
    }

    /**
     * Builds the {@link TurnoverFigures}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public TurnoverFigures build() {
      return delegate.build();
    }
  }
}
