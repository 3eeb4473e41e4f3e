package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.internal.SurveyAccess;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answers, by item id. An item without an entry was not answered: a missing answer
 * is an absent entry, never a zero. An answer equal to the scale's "don't know" code is also read as
 * missing.
 *
 * <p>Answers are checked against the instrument when the {@link ResponseSet} is built.
 *
 * <p>Two responses are equal when their respondents are equal and their answer maps are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Response implements WithResponse {
  static {
    // A separate class, not IndexedResponse: initializing a subclass from here could see its
    // fields before they are set.
    SurveyAccess.register(new SurveyAccess() {
      @Override
      public Response response(Respondent respondent, Instrument instrument, int[] items, int[] codes, int count) {
        return IndexedResponse.of(respondent, instrument, items, codes, count);
      }
    });
  }

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

  // Declared here rather than generated, so that the readers' compact responses (IndexedResponse)
  // and built ones are equal, hash and print alike; the formulas are those Immutables generated.

  /**
   * Whether {@code another} is a response with an equal respondent and equal answers.
   *
   * @param another the object to compare with
   * @return true when equal
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Response)) {
      return false;
    }
    Response other = (Response) another;
    return respondent().equals(other.respondent()) && answers().equals(other.answers());
  }

  /**
   * A hash code from the respondent and the answers.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + respondent().hashCode();
    h += (h << 5) + answers().hashCode();
    return h;
  }

  /**
   * The respondent and the answers, for debugging.
   *
   * @return {@code Response{respondent=..., answers={...}}}
   */
  @Override
  public final String toString() {
    return "Response{respondent=" + respondent() + ", answers=" + answers() + "}";
  }

  /** Builds a {@link Response}. Not thread-safe. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
