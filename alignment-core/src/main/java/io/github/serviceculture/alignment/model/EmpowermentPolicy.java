package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What trained frontline employees may decide for customers without asking a manager, and what they
 * need to do it well.
 *
 * <p>Empowerment rests on three ingredients: resources, process and authority. A periodic review of
 * the situations in which employees must say "no" to customers finds the causes to fix.
 *
 * <p>Invariants: decisions are not blank; the discretionary limit is zero or more.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EmpowermentPolicy implements WithEmpowermentPolicy {
  EmpowermentPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decisions frontline employees may make without approval, such as "refund a late delivery fee".
   *
   * @return the decisions; empty when every exception needs approval
   */
  public abstract List<String> autonomousDecisions();

  /**
   * The amount an employee may spend or waive for a customer on their own, in the organization's
   * currency.
   *
   * @return the limit, or empty when there is no set limit or it is unknown
   */
  public abstract OptionalDouble discretionaryLimit();

  /**
   * Whether guidelines for these decisions are written down.
   *
   * @return true when they are
   */
  public abstract boolean writtenGuidelines();

  /**
   * The ingredients of empowerment that are in place.
   *
   * @return the ingredients; empty when none is
   */
  public abstract Set<EmpowermentIngredient> ingredients();

  /**
   * When the list of situations where employees must say "no" to customers was last reviewed.
   *
   * @return the date, or empty when it never was or it is unknown
   */
  public abstract Optional<LocalDate> sayNoListReviewedOn();

  @Value.Check
  void check() {
    String type = "EmpowermentPolicy";
    Checks.noBlankElement(type, "autonomousDecisions", autonomousDecisions());
    discretionaryLimit().ifPresent(l -> Checks.nonNegative(type, "discretionaryLimit", l));
  }

  /** Builds an {@link EmpowermentPolicy}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableEmpowermentPolicy.Builder {
    Builder() {}
  }
}
