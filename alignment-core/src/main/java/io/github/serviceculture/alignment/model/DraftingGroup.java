package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.InvalidValueException;
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
public abstract class DraftingGroup {
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

  /**
   * Returns a copy with {@link #size() size} set to {@code value}: the number of people in the
   * group.
   *
   * <p>The field's contract: the size; at least 1.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final DraftingGroup withSize(int value) {
    return ((ImmutableDraftingGroup) this).generatedWithSize(value);
  }

  /**
   * Returns a copy whose {@link #levels() levels} are the given elements: the levels of the
   * hierarchy that had at least one person in the group.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final DraftingGroup withLevels(Level... elements) {
    return ((ImmutableDraftingGroup) this).generatedWithLevels(Checks.notNull("DraftingGroup", "levels", elements));
  }

  /**
   * Returns a copy whose {@link #levels() levels} are the given elements: the levels of the
   * hierarchy that had at least one person in the group.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final DraftingGroup withLevels(Iterable<Level> elements) {
    return ((ImmutableDraftingGroup) this).generatedWithLevels(Checks.notNull("DraftingGroup", "levels", elements));
  }

  /**
   * Returns a copy whose {@link #functions() functions} are the given elements: the functions
   * or departments that had at least one person in the group, such as "support" or
   * "accounting".
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final DraftingGroup withFunctions(String... elements) {
    return ((ImmutableDraftingGroup) this).generatedWithFunctions(
        Checks.notNull("DraftingGroup", "functions", elements));
  }

  /**
   * Returns a copy whose {@link #functions() functions} are the given elements: the functions
   * or departments that had at least one person in the group, such as "support" or
   * "accounting".
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final DraftingGroup withFunctions(Iterable<String> elements) {
    return ((ImmutableDraftingGroup) this).generatedWithFunctions(
        Checks.notNull("DraftingGroup", "functions", elements));
  }

  /**
   * Returns a copy with {@link #facilitated() facilitated} set to a present {@code value}:
   * whether a facilitator led the drafting session.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final DraftingGroup withFacilitated(boolean value) {
    return ((ImmutableDraftingGroup) this).generatedWithFacilitated(value);
  }

  /**
   * Returns a copy with {@link #facilitated() facilitated} set to {@code optional}, or cleared
   * when it is empty: whether a facilitator led the drafting session.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final DraftingGroup withFacilitated(Optional<Boolean> optional) {
    return ((ImmutableDraftingGroup) this).generatedWithFacilitated(
        Checks.notNull("DraftingGroup", "facilitated", optional));
  }

  /** Builds a {@link DraftingGroup}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "DraftingGroup";

    private final ImmutableDraftingGroup.Builder delegate = ImmutableDraftingGroup.generatedBuilder();

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
    public Builder from(DraftingGroup instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link DraftingGroup#size() size}: the number of people in the group. Required.
     *
     * <p>The field's contract: the size; at least 1.
     *
     * @param size the value
     * @return this builder
     */
    public Builder size(int size) {
      delegate.size(size);
      return this;
    }

    /**
     * Adds one element to {@link DraftingGroup#levels() levels}: the levels of the hierarchy that
     * had at least one person in the group.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addLevel(Level element) {
      delegate.addLevel(Checks.notNull(TYPE, "levels", element));
      return this;
    }

    /**
     * Adds the given elements to {@link DraftingGroup#levels() levels}: the levels of the hierarchy
     * that had at least one person in the group.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addLevels(Level... elements) {
      delegate.addLevels(Checks.notNull(TYPE, "levels", elements));
      return this;
    }

    /**
     * Replaces every element of {@link DraftingGroup#levels() levels} with those of {@code
     * elements}: the levels of the hierarchy that had at least one person in the group.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder levels(Iterable<Level> elements) {
      delegate.levels(Checks.notNull(TYPE, "levels", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link DraftingGroup#levels() levels}: the levels
     * of the hierarchy that had at least one person in the group.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllLevels(Iterable<Level> elements) {
      delegate.addAllLevels(Checks.notNull(TYPE, "levels", elements));
      return this;
    }

    /**
     * Adds one element to {@link DraftingGroup#functions() functions}: the functions or departments
     * that had at least one person in the group, such as "support" or "accounting".
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addFunction(String element) {
      delegate.addFunction(Checks.notNull(TYPE, "functions", element));
      return this;
    }

    /**
     * Adds the given elements to {@link DraftingGroup#functions() functions}: the functions or
     * departments that had at least one person in the group, such as "support" or "accounting".
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addFunctions(String... elements) {
      delegate.addFunctions(Checks.notNull(TYPE, "functions", elements));
      return this;
    }

    /**
     * Replaces every element of {@link DraftingGroup#functions() functions} with those of {@code
     * elements}: the functions or departments that had at least one person in the group, such as
     * "support" or "accounting".
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder functions(Iterable<String> elements) {
      delegate.functions(Checks.notNull(TYPE, "functions", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link DraftingGroup#functions() functions}: the
     * functions or departments that had at least one person in the group, such as "support" or
     * "accounting".
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllFunctions(Iterable<String> elements) {
      delegate.addAllFunctions(Checks.notNull(TYPE, "functions", elements));
      return this;
    }

    /**
     * Sets {@link DraftingGroup#facilitated() facilitated} to a present value: whether a
     * facilitator led the drafting session.
     *
     * @param facilitated the value
     * @return this builder
     */
    public Builder facilitated(boolean facilitated) {
      delegate.facilitated(facilitated);
      return this;
    }

    /**
     * Sets {@link DraftingGroup#facilitated() facilitated}, or clears it when {@code facilitated}
     * is empty: whether a facilitator led the drafting session.
     *
     * @param facilitated the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code facilitated} is null
     */
    public Builder facilitated(Optional<Boolean> facilitated) {
      delegate.facilitated(Checks.notNull(TYPE, "facilitated", facilitated));
      return this;
    }

    /**
     * Builds the {@link DraftingGroup}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public DraftingGroup build() {
      return delegate.build();
    }
  }
}
