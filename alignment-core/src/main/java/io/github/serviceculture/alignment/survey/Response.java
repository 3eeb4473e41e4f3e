package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
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
 * <p>Two responses are equal when their respondents are equal and their answer maps are equal.
 * Answers given by item position go through a {@link ResponseCollector} instead.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Response {
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

  /**
   * Returns a copy with {@link #respondent() respondent} set to {@code value}: who answered.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public Response withRespondent(Respondent value) {
    return ((ImmutableResponse) this).generatedWithRespondent(Checks.notNull("Response", "respondent", value));
  }

  /**
   * Returns a copy whose {@link #answers() answers} holds the entries of {@code entries}: the
   * answer codes given, by item id; unanswered items are absent.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public Response withAnswers(Map<String, ? extends Integer> entries) {
    return ((ImmutableResponse) this).generatedWithAnswers(Checks.notNull("Response", "answers", entries));
  }

  /** Builds a {@link Response}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "Response";

    private final ImmutableResponse.Builder delegate = ImmutableResponse.generatedBuilder();

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
    public Builder from(Response instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Response#respondent() respondent}: who answered. Required.
     *
     * @param respondent the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code respondent} is null
     */
    public Builder respondent(Respondent respondent) {
      delegate.respondent(Checks.notNull(TYPE, "respondent", respondent));
      return this;
    }

    /**
     * Puts one entry into {@link Response#answers() answers}, replacing any entry with the same
     * key: the answer codes given, by item id; unanswered items are absent.
     *
     * @param key the key; not null
     * @param value the value
     * @return this builder
     * @throws InvalidValueException if {@code key} is null
     */
    public Builder putAnswer(String key, int value) {
      delegate.putAnswer(Checks.notNull(TYPE, "answers", key), value);
      return this;
    }

    /**
     * Puts one entry into {@link Response#answers() answers}, replacing any entry with the same
     * key: the answer codes given, by item id; unanswered items are absent.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putAnswer(Map.Entry<String, ? extends Integer> entry) {
      delegate.putAnswer(Checks.notNull(TYPE, "answers", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link Response#answers() answers} with those of {@code entries}: the
     * answer codes given, by item id; unanswered items are absent.
     *
     * <p>The field's contract: item id to answer code.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder answers(Map<String, ? extends Integer> entries) {
      delegate.answers(Checks.notNull(TYPE, "answers", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link Response#answers() answers}: the answer codes
     * given, by item id; unanswered items are absent.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllAnswers(Map<String, ? extends Integer> entries) {
      delegate.putAllAnswers(Checks.notNull(TYPE, "answers", entries));
      return this;
    }

    /**
     * Builds the {@link Response}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Response build() {
      return delegate.build();
    }
  }
}
