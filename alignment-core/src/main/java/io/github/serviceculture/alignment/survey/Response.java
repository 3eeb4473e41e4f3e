package io.github.serviceculture.alignment.survey;

import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One respondent's answers, by item id. An item without an entry was not answered: a missing answer
 * is an absent entry, never a zero. An answer equal to the scale's "don't know" code is also read as
 * missing.
 *
 * <p>Answers are checked against the instrument when the {@link ResponseSet} is built.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Response implements WithResponse {
  Response() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a response.
   *
   * @param respondent who answered
   * @param answers item id to answer code
   * @return the response
   */
  public static Response of(Respondent respondent, Map<String, Integer> answers) {
    return builder().respondent(respondent).answers(answers).build();
  }

  /**
   * Who answered.
   *
   * @return the respondent
   */
  public abstract Respondent respondent();

  /**
   * The answer codes given, by item id; unanswered items are absent.
   *
   * @return item id to answer code
   */
  public abstract Map<String, Integer> answers();

  /**
   * The answer code given for an item.
   *
   * @param itemId the item's id
   * @return the code, or empty when the item was not answered
   */
  public final OptionalInt answer(String itemId) {
    Integer code = answers().get(itemId);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  /** Builds a {@link Response}. Not thread-safe. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
