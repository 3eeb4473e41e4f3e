package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The group of employees that drafted a customer service vision: how many people, and which levels
 * and functions were in the room. The method calls for a cross-functional group of seven to ten
 * people spanning executives to frontline.
 *
 * <p>Invariants: the size is at least 1 and at least the number of levels and of functions listed;
 * function names are not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DraftingGroup implements WithDraftingGroup {
  DraftingGroup() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of people in the group.
   *
   * @return the size; at least 1
   */
  public abstract int size();

  /**
   * The levels of the hierarchy that had at least one person in the group.
   *
   * @return the levels; empty when unknown
   */
  public abstract Set<Level> levels();

  /**
   * The functions or departments that had at least one person in the group, such as "support" or
   * "accounting".
   *
   * @return the function names; empty when unknown
   */
  public abstract Set<String> functions();

  /**
   * Whether a facilitator led the drafting session.
   *
   * @return whether it was facilitated, or empty when unknown
   */
  public abstract Optional<Boolean> facilitated();

  @Value.Check
  void check() {
    String type = "DraftingGroup";
    Checks.positive(type, "size", size());
    Checks.noBlankElement(type, "functions", functions());
    Checks.require(levels().size() <= size(), type, "levels", levels(),
        "must not list more levels than the group has members (" + size() + ")");
    Checks.require(functions().size() <= size(), type, "functions", functions(),
        "must not list more functions than the group has members (" + size() + ")");
  }

  /** Builds a {@link DraftingGroup}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableDraftingGroup.Builder {
    Builder() {}
  }
}
