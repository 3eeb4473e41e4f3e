package io.github.serviceculture.alignment.survey;

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
public abstract class Scale implements WithScale {
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

  /** Builds a {@link Scale}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableScale.Builder {
    Builder() {}
  }
}
