package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import org.immutables.value.Value;

/**
 * How much of the variation in one dimension lies between the reported groups of one attribute:
 * ICC(1) and ICC(2) from the one-way ANOVA of respondents' dimension scores on their group (the ANOVA
 * estimator with N / J as the group size, as multilevel::ICC1 and ICC2). Only reported groups take
 * part, so that the figures cannot reveal a suppressed group.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GroupDifferences {
  GroupDifferences() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grouping attribute.
   *
   * @return the attribute name
   */
  public abstract String attribute();

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The number of groups that took part.
   *
   * @return the count of reported groups
   */
  public abstract int groupCount();

  /**
   * ICC(1): the share of variance between groups.
   *
   * @return ICC(1), not truncated (negative when groups differ less than chance), or undefined
   */
  public abstract Estimate icc1();

  /**
   * ICC(2): the reliability of the group means.
   *
   * @return ICC(2), not truncated, or undefined
   */
  public abstract Estimate icc2();

  /**
   * Returns a copy with {@link #attribute() attribute} set to {@code value}: the grouping
   * attribute.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final GroupDifferences withAttribute(String value) {
    return ((
        ImmutableGroupDifferences) this).generatedWithAttribute(Checks.notNull("GroupDifferences", "attribute", value));
  }

  /**
   * Returns a copy with {@link #dimension() dimension} set to {@code value}: the dimension.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final GroupDifferences withDimension(Dimension value) {
    return ((
        ImmutableGroupDifferences) this).generatedWithDimension(Checks.notNull("GroupDifferences", "dimension", value));
  }

  /**
   * Returns a copy with {@link #groupCount() groupCount} set to {@code value}: the number of
   * groups that took part.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final GroupDifferences withGroupCount(int value) {
    return ((ImmutableGroupDifferences) this).generatedWithGroupCount(value);
  }

  /**
   * Returns a copy with {@link #icc1() icc1} set to {@code value}: ICC(1): the share of
   * variance between groups.
   *
   * <p>The field's contract: ICC(1), not truncated (negative when groups differ less than
   * chance), or undefined.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final GroupDifferences withIcc1(Estimate value) {
    return ((ImmutableGroupDifferences) this).generatedWithIcc1(Checks.notNull("GroupDifferences", "icc1", value));
  }

  /**
   * Returns a copy with {@link #icc2() icc2} set to {@code value}: ICC(2): the reliability of
   * the group means.
   *
   * <p>The field's contract: ICC(2), not truncated, or undefined.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final GroupDifferences withIcc2(Estimate value) {
    return ((ImmutableGroupDifferences) this).generatedWithIcc2(Checks.notNull("GroupDifferences", "icc2", value));
  }

  /** Builds a {@link GroupDifferences}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "GroupDifferences";

    private final ImmutableGroupDifferences.Builder delegate = ImmutableGroupDifferences.generatedBuilder();

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
    public Builder from(GroupDifferences instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link GroupDifferences#attribute() attribute}: the grouping attribute. Required.
     *
     * @param attribute the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code attribute} is null
     */
    public Builder attribute(String attribute) {
      delegate.attribute(Checks.notNull(TYPE, "attribute", attribute));
      return this;
    }

    /**
     * Sets {@link GroupDifferences#dimension() dimension}: the dimension. Required.
     *
     * @param dimension the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code dimension} is null
     */
    public Builder dimension(Dimension dimension) {
      delegate.dimension(Checks.notNull(TYPE, "dimension", dimension));
      return this;
    }

    /**
     * Sets {@link GroupDifferences#groupCount() groupCount}: the number of groups that took part.
     * Required.
     *
     * @param groupCount the value
     * @return this builder
     */
    public Builder groupCount(int groupCount) {
      delegate.groupCount(groupCount);
      return this;
    }

    /**
     * Sets {@link GroupDifferences#icc1() icc1}: ICC(1): the share of variance between groups.
     * Required.
     *
     * <p>The field's contract: ICC(1), not truncated (negative when groups differ less than
     * chance), or undefined.
     *
     * @param icc1 the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code icc1} is null
     */
    public Builder icc1(Estimate icc1) {
      delegate.icc1(Checks.notNull(TYPE, "icc1", icc1));
      return this;
    }

    /**
     * Sets {@link GroupDifferences#icc2() icc2}: ICC(2): the reliability of the group means.
     * Required.
     *
     * <p>The field's contract: ICC(2), not truncated, or undefined.
     *
     * @param icc2 the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code icc2} is null
     */
    public Builder icc2(Estimate icc2) {
      delegate.icc2(Checks.notNull(TYPE, "icc2", icc2));
      return this;
    }

    /**
     * Builds the {@link GroupDifferences}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public GroupDifferences build() {
      return delegate.build();
    }
  }
}
