package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One statement of an instrument: its stable id, the dimension it measures, its text, whether it is
 * reverse-keyed, an optional weight, and the criterion it probes.
 *
 * <p>Invariants: the id starts with a letter and holds only letters, digits, {@code _}, {@code -} and
 * {@code .} (at most 64 characters), so it can be a CSV column or a JSON key; the text is not blank;
 * the weight, when given, is a finite number greater than 0.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Item {
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  Item() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The item's stable id, such as {@code GOALS_TEAM}; answers refer to items by it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The dimension the item measures.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The statement respondents rate.
   *
   * @return the text; not blank
   */
  public abstract String text();

  /**
   * Whether agreeing with the statement means a worse state, so that answers are reversed before
   * scoring.
   *
   * @return true for a reverse-keyed item
   */
  @Value.Default
  public boolean isReverseKeyed() {
    return false;
  }

  /**
   * The item's weight in its dimension's score. Dimension scores are unweighted means unless a
   * scoring policy says to use weights.
   *
   * @return the weight, greater than 0; or empty for weight 1
   */
  public abstract OptionalDouble weight();

  /**
   * The engagement question this item asks, if any. Engagement items are reported as the share of
   * respondents who agree and are not part of a dimension's scale.
   *
   * @return the question, or empty for an ordinary item
   */
  public abstract Optional<EngagementQuestion> engagementQuestion();

  /**
   * The criterion of the framework the item probes, in a few words, such as "goals are shared by a
   * team".
   *
   * @return the criterion, or empty
   */
  public abstract Optional<String> probes();

  /**
   * Whether the item belongs to its dimension's scale (that is, it is not an engagement question).
   *
   * @return true for an ordinary item
   */
  public final boolean isScaleItem() {
    return engagementQuestion().isEmpty();
  }

  @Value.Check
  void check() {
    String type = "Item";
    Checks.require(ID.matcher(id()).matches(), type, "id", id(),
        "must start with a letter and hold only letters, digits, '_', '-' or '.' (at most 64)");
    Checks.notBlank(type, "text", text());
    weight().ifPresent(w -> Checks.positive(type, "weight", w));
    probes().ifPresent(p -> Checks.notBlank(type, "probes", p));
  }

  /**
   * Returns a copy with {@link #id() id} set to {@code value}: the item's stable id, such as
   * {@code GOALS_TEAM}; answers refer to items by it.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Item withId(String value) {
    return ((ImmutableItem) this).generatedWithId(Checks.notNull("Item", "id", value));
  }

  /**
   * Returns a copy with {@link #dimension() dimension} set to {@code value}: the dimension the
   * item measures.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Item withDimension(Dimension value) {
    return ((ImmutableItem) this).generatedWithDimension(Checks.notNull("Item", "dimension", value));
  }

  /**
   * Returns a copy with {@link #text() text} set to {@code value}: the statement respondents
   * rate.
   *
   * <p>The field's contract: the text; not blank.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Item withText(String value) {
    return ((ImmutableItem) this).generatedWithText(Checks.notNull("Item", "text", value));
  }

  /**
   * Returns a copy with {@link #isReverseKeyed() isReverseKeyed} set to {@code value}: whether
   * agreeing with the statement means a worse state, so that answers are reversed before
   * scoring.
   *
   * <p>The field's contract: true for a reverse-keyed item.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Item withReverseKeyed(boolean value) {
    return ((ImmutableItem) this).generatedWithReverseKeyed(value);
  }

  /**
   * Returns a copy with {@link #weight() weight} set to a present {@code value}: the item's
   * weight in its dimension's score.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Item withWeight(double value) {
    return ((ImmutableItem) this).generatedWithWeight(value);
  }

  /**
   * Returns a copy with {@link #weight() weight} set to {@code optional}, or cleared when it
   * is empty: the item's weight in its dimension's score.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Item withWeight(OptionalDouble optional) {
    return ((ImmutableItem) this).generatedWithWeight(Checks.notNull("Item", "weight", optional));
  }

  /**
   * Returns a copy with {@link #engagementQuestion() engagementQuestion} set to a present
   * {@code value}: the engagement question this item asks, if any.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Item withEngagementQuestion(EngagementQuestion value) {
    return ((ImmutableItem) this).generatedWithEngagementQuestion(Checks.notNull("Item", "engagementQuestion", value));
  }

  /**
   * Returns a copy with {@link #engagementQuestion() engagementQuestion} set to {@code
   * optional}, or cleared when it is empty: the engagement question this item asks, if any.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Item withEngagementQuestion(Optional<? extends EngagementQuestion> optional) {
    return ((ImmutableItem) this).generatedWithEngagementQuestion(
        Checks.notNull("Item", "engagementQuestion", optional));
  }

  /**
   * Returns a copy with {@link #probes() probes} set to a present {@code value}: the criterion
   * of the framework the item probes, in a few words, such as "goals are shared by a team".
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Item withProbes(String value) {
    return ((ImmutableItem) this).generatedWithProbes(Checks.notNull("Item", "probes", value));
  }

  /**
   * Returns a copy with {@link #probes() probes} set to {@code optional}, or cleared when it
   * is empty: the criterion of the framework the item probes, in a few words, such as "goals
   * are shared by a team".
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Item withProbes(Optional<String> optional) {
    return ((ImmutableItem) this).generatedWithProbes(Checks.notNull("Item", "probes", optional));
  }

  /** Builds an {@link Item}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Item";

    private final ImmutableItem.Builder delegate = ImmutableItem.generatedBuilder();

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
    public Builder from(Item instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Item#id() id}: the item's stable id, such as {@code GOALS_TEAM}; answers refer to
     * items by it. Required.
     *
     * @param id the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code id} is null
     */
    public Builder id(String id) {
      delegate.id(Checks.notNull(TYPE, "id", id));
      return this;
    }

    /**
     * Sets {@link Item#dimension() dimension}: the dimension the item measures. Required.
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
     * Sets {@link Item#text() text}: the statement respondents rate. Required.
     *
     * <p>The field's contract: the text; not blank.
     *
     * @param text the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code text} is null
     */
    public Builder text(String text) {
      delegate.text(Checks.notNull(TYPE, "text", text));
      return this;
    }

    /**
     * Sets {@link Item#isReverseKeyed() isReverseKeyed}: whether agreeing with the statement means
     * a worse state, so that answers are reversed before scoring.
     *
     * @param reverseKeyed the value
     * @return this builder
     */
    public Builder reverseKeyed(boolean reverseKeyed) {
      delegate.reverseKeyed(reverseKeyed);
      return this;
    }

    /**
     * Sets {@link Item#weight() weight} to a present value: the item's weight in its dimension's
     * score.
     *
     * @param weight the value
     * @return this builder
     */
    public Builder weight(double weight) {
      delegate.weight(weight);
      return this;
    }

    /**
     * Sets {@link Item#weight() weight}, or clears it when {@code weight} is empty: the item's
     * weight in its dimension's score.
     *
     * @param weight the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code weight} is null
     */
    public Builder weight(OptionalDouble weight) {
      delegate.weight(Checks.notNull(TYPE, "weight", weight));
      return this;
    }

    /**
     * Sets {@link Item#engagementQuestion() engagementQuestion} to a present value: the engagement
     * question this item asks, if any.
     *
     * @param engagementQuestion the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code engagementQuestion} is null
     */
    public Builder engagementQuestion(EngagementQuestion engagementQuestion) {
      delegate.engagementQuestion(Checks.notNull(TYPE, "engagementQuestion", engagementQuestion));
      return this;
    }

    /**
     * Sets {@link Item#engagementQuestion() engagementQuestion}, or clears it when {@code
     * engagementQuestion} is empty: the engagement question this item asks, if any.
     *
     * @param engagementQuestion the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code engagementQuestion} is null
     */
    public Builder engagementQuestion(Optional<? extends EngagementQuestion> engagementQuestion) {
      delegate.engagementQuestion(Checks.notNull(TYPE, "engagementQuestion", engagementQuestion));
      return this;
    }

    /**
     * Sets {@link Item#probes() probes} to a present value: the criterion of the framework the item
     * probes, in a few words, such as "goals are shared by a team".
     *
     * @param probes the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code probes} is null
     */
    public Builder probes(String probes) {
      delegate.probes(Checks.notNull(TYPE, "probes", probes));
      return this;
    }

    /**
     * Sets {@link Item#probes() probes}, or clears it when {@code probes} is empty: the criterion
     * of the framework the item probes, in a few words, such as "goals are shared by a team".
     *
     * @param probes the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code probes} is null
     */
    public Builder probes(Optional<String> probes) {
      delegate.probes(Checks.notNull(TYPE, "probes", probes));
      return this;
    }

    /**
     * Builds the {@link Item}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Item build() {
      return delegate.build();
    }
  }
}
