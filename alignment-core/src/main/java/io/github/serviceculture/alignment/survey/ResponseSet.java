package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The responses to one instrument, one per respondent.
 *
 * <p>Invariants: respondent ids are unique; every answer names an item of the instrument and is one
 * of the scale's options or its "don't know" code. A bad answer is rejected with the respondent, the
 * item and the value, for example {@code ResponseSet.responses[3].answers.GOALS_TEAM: must be an
 * option from 1 to 5 (respondent "r-17"), was 7}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ResponseSet {
  private static final String TYPE = "ResponseSet";

  ResponseSet() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a response set.
   *
   * @param instrument the instrument answered
   * @param responses the responses, one per respondent
   * @return the response set
   */
  public static ResponseSet of(Instrument instrument, List<Response> responses) {
    return builder().instrument(instrument).responses(responses).build();
  }

  /**
   * The instrument the respondents answered.
   *
   * @return the instrument
   */
  public abstract Instrument instrument();

  /**
   * The responses, in the order given.
   *
   * @return the responses
   */
  public abstract List<Response> responses();

  /**
   * The columnar form of these responses, for computation.
   *
   * @return the matrix; computed once, in time linear in the number of answers
   */
  @Value.Lazy
  public ResponseMatrix toMatrix() {
    return ResponseMatrix.of(this);
  }

  // Runs for every response set built, readers' included: strings are made only for a failure.
  @Value.Check
  void check() {
    Instrument instrument = instrument();
    Scale scale = instrument.scale();
    List<Response> responses = responses();
    Set<String> ids = new HashSet<>(Math.max(16, (int) (responses.size() / 0.75f) + 1));
    for (int r = 0; r < responses.size(); r++) {
      Response response = responses.get(r);
      String id = response.respondent().id();
      if (!ids.add(id)) {
        throw new InvalidValueException(TYPE, "responses[" + r + "].respondent.id", Checks.render(id),
            "must not repeat a respondent id");
      }
      if (response instanceof IndexedResponse && ((IndexedResponse) response).instrument() == instrument) {
        // Its items are positions in this very instrument: only the codes are left to check.
        IndexedResponse indexed = (IndexedResponse) response;
        for (int j = 0; j < indexed.count(); j++) {
          if (!allowed(scale, indexed.code(j))) {
            throw outOfScale(r, instrument.items().get(indexed.item(j)).id(), indexed.code(j), id);
          }
        }
        continue;
      }
      for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
        if (instrument.indexOf(answer.getKey()) < 0) {
          throw new InvalidValueException(TYPE, answerField(r, answer.getKey()), Checks.render(answer.getKey()),
              "must name an item of instrument " + instrument.id() + " " + instrument.version()
                  + " (respondent " + Checks.render(id) + ")");
        }
        if (!allowed(scale, answer.getValue())) {
          throw outOfScale(r, answer.getKey(), answer.getValue(), id);
        }
      }
    }
  }

  private static boolean allowed(Scale scale, int code) {
    return scale.contains(code) || (scale.dontKnowCode().isPresent() && scale.dontKnowCode().getAsInt() == code);
  }

  private static String answerField(int r, String itemId) {
    return "responses[" + r + "].answers." + itemId;
  }

  private InvalidValueException outOfScale(int r, String itemId, int code, String respondentId) {
    Scale scale = instrument().scale();
    return new InvalidValueException(TYPE, answerField(r, itemId), String.valueOf(code),
        "must be an option from " + scale.lowest() + " to " + scale.highest()
            + (scale.dontKnowCode().isPresent() ? " or " + scale.dontKnowCode().getAsInt() : "")
            + " (respondent " + Checks.render(respondentId) + ")");
  }

  /**
   * Returns a copy with {@link #instrument() instrument} set to {@code value}: the instrument
   * the respondents answered.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ResponseSet withInstrument(Instrument value) {
    return ((ImmutableResponseSet) this).generatedWithInstrument(Checks.notNull("ResponseSet", "instrument", value));
  }

  /**
   * Returns a copy whose {@link #responses() responses} are the given elements: the responses,
   * in the order given.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ResponseSet withResponses(Response... elements) {
    return ((ImmutableResponseSet) this).generatedWithResponses(Checks.notNull("ResponseSet", "responses", elements));
  }

  /**
   * Returns a copy whose {@link #responses() responses} are the given elements: the responses,
   * in the order given.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ResponseSet withResponses(Iterable<? extends Response> elements) {
    return ((ImmutableResponseSet) this).generatedWithResponses(Checks.notNull("ResponseSet", "responses", elements));
  }

  /** Builds a {@link ResponseSet}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "ResponseSet";

    private final ImmutableResponseSet.Builder delegate = ImmutableResponseSet.generatedBuilder();

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
    public Builder from(ResponseSet instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ResponseSet#instrument() instrument}: the instrument the respondents answered.
     * Required.
     *
     * @param instrument the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code instrument} is null
     */
    public Builder instrument(Instrument instrument) {
      delegate.instrument(Checks.notNull(TYPE, "instrument", instrument));
      return this;
    }

    /**
     * Adds one element to {@link ResponseSet#responses() responses}: the responses, in the order
     * given.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addResponse(Response element) {
      delegate.addResponse(Checks.notNull(TYPE, "responses", element));
      return this;
    }

    /**
     * Adds the given elements to {@link ResponseSet#responses() responses}: the responses, in the
     * order given.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addResponses(Response... elements) {
      delegate.addResponses(Checks.notNull(TYPE, "responses", elements));
      return this;
    }

    /**
     * Replaces every element of {@link ResponseSet#responses() responses} with those of {@code
     * elements}: the responses, in the order given.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder responses(Iterable<? extends Response> elements) {
      delegate.responses(Checks.notNull(TYPE, "responses", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link ResponseSet#responses() responses}: the
     * responses, in the order given.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllResponses(Iterable<? extends Response> elements) {
      delegate.addAllResponses(Checks.notNull(TYPE, "responses", elements));
      return this;
    }

    /**
     * Builds the {@link ResponseSet}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ResponseSet build() {
      return delegate.build();
    }
  }
}
