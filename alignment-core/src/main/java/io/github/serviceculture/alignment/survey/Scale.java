package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A response scale: consecutive whole-number options from {@link #lowest()} to {@link #highest()},
 * their labels, and an optional "don't know" code that counts as a missing answer.
 *
 * <p>Reverse keying uses the scale's nominal ends: a reversed answer {@code x} scores {@code lowest +
 * highest - x}.
 *
 * <p>Invariants: {@code highest > lowest}; labels are either absent or one per option, not blank;
 * the "don't know" code lies outside the options.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Scale {
  private static final Scale AGREEMENT_5 = builder().lowest(1).highest(5)
      .addLabels("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")
      .build();

  Scale() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The five-point agreement scale, from 1 (strongly disagree) to 5 (strongly agree), with no
   * "don't know" code.
   *
   * @return the scale
   */
  public static Scale agreement5() {
    return AGREEMENT_5;
  }

  /**
   * An unlabelled scale with options {@code lowest..highest}.
   *
   * @param lowest the lowest option
   * @param highest the highest option; greater than {@code lowest}
   * @return the scale
   */
  public static Scale of(int lowest, int highest) {
    return builder().lowest(lowest).highest(highest).build();
  }

  /**
   * The lowest option.
   *
   * @return the lowest option
   */
  public abstract int lowest();

  /**
   * The highest option.
   *
   * @return the highest option; greater than {@link #lowest()}
   */
  public abstract int highest();

  /**
   * The labels of the options, from lowest to highest.
   *
   * @return one label per option, or empty when the options are unlabelled
   */
  public abstract List<String> labels();

  /**
   * The code a respondent gives for "don't know"; it is read as a missing answer.
   *
   * @return the code, outside {@code lowest..highest}; or empty when there is none
   */
  public abstract OptionalInt dontKnowCode();

  /**
   * The number of options, the A of the agreement null variance (A² - 1) / 12.
   *
   * @return {@code highest - lowest + 1}
   */
  public final int options() {
    return highest() - lowest() + 1;
  }

  /**
   * Whether {@code answer} is one of the scale's options.
   *
   * @param answer the answer
   * @return true when {@code lowest <= answer <= highest}
   */
  public final boolean contains(int answer) {
    return answer >= lowest() && answer <= highest();
  }

  /**
   * Reverses an answer with the scale's nominal ends.
   *
   * @param answer an answer on this scale
   * @return {@code lowest + highest - answer}
   */
  public final int reverse(int answer) {
    return lowest() + highest() - answer;
  }

  /**
   * Maps an answer onto 0 to 100, lowest option to 0 and highest to 100.
   *
   * @param answer an answer, or a mean of answers, on this scale
   * @return the answer on a 0 to 100 scale
   */
  public final double toPercent(double answer) {
    return 100.0 * (answer - lowest()) / (highest() - lowest());
  }

  @Value.Check
  void check() {
    String type = "Scale";
    Checks.require(highest() > lowest(), type, "highest", highest(),
        "must be greater than lowest (" + lowest() + ")");
    Checks.require(labels().isEmpty() || labels().size() == options(), type, "labels",
        labels().size() + " labels", "must have one label per option (" + options() + ") or none");
    Checks.noBlankElement(type, "labels", labels());
    dontKnowCode().ifPresent(code -> Checks.require(!contains(code), type, "dontKnowCode", code,
        "must lie outside the options " + lowest() + ".." + highest()));
  }

  /**
   * Returns a copy with {@link #lowest() lowest} set to {@code value}: the lowest option.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Scale withLowest(int value) {
    return ((ImmutableScale) this).generatedWithLowest(value);
  }

  /**
   * Returns a copy with {@link #highest() highest} set to {@code value}: the highest option.
   *
   * <p>The field's contract: the highest option; greater than {@link #lowest()}.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Scale withHighest(int value) {
    return ((ImmutableScale) this).generatedWithHighest(value);
  }

  /**
   * Returns a copy whose {@link #labels() labels} are the given elements: the labels of the
   * options, from lowest to highest.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Scale withLabels(String... elements) {
    return ((ImmutableScale) this).generatedWithLabels(Checks.notNull("Scale", "labels", elements));
  }

  /**
   * Returns a copy whose {@link #labels() labels} are the given elements: the labels of the
   * options, from lowest to highest.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Scale withLabels(Iterable<String> elements) {
    return ((ImmutableScale) this).generatedWithLabels(Checks.notNull("Scale", "labels", elements));
  }

  /**
   * Returns a copy with {@link #dontKnowCode() dontKnowCode} set to a present {@code value}:
   * the code a respondent gives for "don't know"; it is read as a missing answer.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Scale withDontKnowCode(int value) {
    return ((ImmutableScale) this).generatedWithDontKnowCode(value);
  }

  /**
   * Returns a copy with {@link #dontKnowCode() dontKnowCode} set to {@code optional}, or
   * cleared when it is empty: the code a respondent gives for "don't know"; it is read as a
   * missing answer.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Scale withDontKnowCode(OptionalInt optional) {
    return ((ImmutableScale) this).generatedWithDontKnowCode(Checks.notNull("Scale", "dontKnowCode", optional));
  }

  /** Builds a {@link Scale}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Scale";

    private final ImmutableScale.Builder delegate = ImmutableScale.generatedBuilder();

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
    public Builder from(Scale instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Scale#lowest() lowest}: the lowest option. Required.
     *
     * @param lowest the value
     * @return this builder
     */
    public Builder lowest(int lowest) {
      delegate.lowest(lowest);
      return this;
    }

    /**
     * Sets {@link Scale#highest() highest}: the highest option. Required.
     *
     * <p>The field's contract: the highest option; greater than {@link #lowest()}.
     *
     * @param highest the value
     * @return this builder
     */
    public Builder highest(int highest) {
      delegate.highest(highest);
      return this;
    }

    /**
     * Adds one element to {@link Scale#labels() labels}: the labels of the options, from lowest to
     * highest.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addLabel(String element) {
      delegate.addLabel(Checks.notNull(TYPE, "labels", element));
      return this;
    }

    /**
     * Adds the given elements to {@link Scale#labels() labels}: the labels of the options, from
     * lowest to highest.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addLabels(String... elements) {
      delegate.addLabels(Checks.notNull(TYPE, "labels", elements));
      return this;
    }

    /**
     * Replaces every element of {@link Scale#labels() labels} with those of {@code elements}: the
     * labels of the options, from lowest to highest.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder labels(Iterable<String> elements) {
      delegate.labels(Checks.notNull(TYPE, "labels", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Scale#labels() labels}: the labels of the
     * options, from lowest to highest.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllLabels(Iterable<String> elements) {
      delegate.addAllLabels(Checks.notNull(TYPE, "labels", elements));
      return this;
    }

    /**
     * Sets {@link Scale#dontKnowCode() dontKnowCode} to a present value: the code a respondent
     * gives for "don't know"; it is read as a missing answer.
     *
     * @param dontKnowCode the value
     * @return this builder
     */
    public Builder dontKnowCode(int dontKnowCode) {
      delegate.dontKnowCode(dontKnowCode);
      return this;
    }

    /**
     * Sets {@link Scale#dontKnowCode() dontKnowCode}, or clears it when {@code dontKnowCode} is
     * empty: the code a respondent gives for "don't know"; it is read as a missing answer.
     *
     * @param dontKnowCode the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code dontKnowCode} is null
     */
    public Builder dontKnowCode(OptionalInt dontKnowCode) {
      delegate.dontKnowCode(Checks.notNull(TYPE, "dontKnowCode", dontKnowCode));
      return this;
    }

    /**
     * Builds the {@link Scale}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Scale build() {
      return delegate.build();
    }
  }
}
