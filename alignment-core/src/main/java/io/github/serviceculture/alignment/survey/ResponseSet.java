package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The responses to one instrument, one per respondent.
 *
 * <p>Invariants: respondent ids are unique; every answer is to an item of the instrument, at most one
 * per item, and is one of the scale's options or its "don't know" code. Every set is built through a
 * {@link ResponseCollector} ({@link #collector(Instrument)}), which checks each answer once, as it
 * arrives; a bad one is rejected naming the response and the item, never the answer or the respondent
 * id, for example {@code ResponseSet.responses[3].answers.GOA_TEAM: must be an option from 1 to 5, was
 * not shown (confidential)}. ({@link #of} first turns each item id into its position, rejecting an id
 * that names no item.)
 *
 * <p>Answers are held by item position, one array of codes for the whole set; {@link #responses()}
 * and {@link #toMatrix()} are views made on first use. Immutable and thread-safe. Two sets are equal
 * when their instruments, respondents and answers are equal.
 *
 * @since 0.1.0
 */
public final class ResponseSet {
  private static final String TYPE = "ResponseSet";

  private final Instrument instrument;
  private final List<Respondent> respondents;
  /** Row-major codes, {@link #unanswered} where no answer; never changed. */
  private final int[] codes;
  /** The mark of an unanswered item, {@link ResponseCollector#unanswered(Scale)}. */
  private final int unanswered;
  /** The responses as given to {@link #of}, or made from the codes on first use. */
  private volatile @Nullable List<Response> responses;
  private volatile @Nullable ResponseMatrix matrix;

  ResponseSet(Instrument instrument, List<Respondent> respondents, int[] codes, int unanswered,
      @Nullable List<Response> responses) {
    this.instrument = instrument;
    this.respondents = respondents;
    this.codes = codes;
    this.unanswered = unanswered;
    this.responses = responses;
  }

  /**
   * Returns a collector of responses to {@code instrument}: the position-based way in, for readers
   * and programs that have answers by item position.
   *
   * @param instrument the instrument answered; not null
   * @return an empty collector
   * @throws InvalidValueException if {@code instrument} is null
   */
  public static ResponseCollector collector(Instrument instrument) {
    return new ResponseCollector(instrument);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a response set from responses with answers by item id.
   *
   * @param instrument the instrument answered; not null
   * @param responses the responses, one per respondent; neither the list nor an element may be null
   * @return the response set
   * @throws InvalidValueException if an argument is null, an answer names no item of the instrument or
   *     is off its scale, or a respondent id repeats
   */
  public static ResponseSet of(Instrument instrument, List<Response> responses) {
    Checks.notNull(TYPE, "instrument", instrument);
    Checks.notNull(TYPE, "responses", responses);
    ResponseCollector collector = collector(instrument);
    int index = 0;
    for (Response response : responses) {
      Checks.notNull(TYPE, "responses[" + index++ + "]", response);
    }
    List<Response> given = List.copyOf(responses);
    for (int r = 0; r < given.size(); r++) {
      Response response = given.get(r);
      collector.begin(response.respondent());
      for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
        int position = instrument.indexOf(answer.getKey());
        if (position < 0) {
          throw new InvalidValueException(TYPE, "responses[" + r + "].answers." + answer.getKey(),
              Checks.render(answer.getKey()),
              "must name an item of instrument " + instrument.id() + " " + instrument.version());
        }
        collector.answer(position, answer.getValue());
      }
      collector.end();
    }
    ResponseSet built = collector.build();
    return new ResponseSet(instrument, built.respondents, built.codes, built.unanswered, given);
  }

  /**
   * The instrument the respondents answered.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The responses, in the order given.
   *
   * @return the responses; for a set from a {@link ResponseCollector}, made on first use with answers
   *     in the instrument's item order
   */
  public List<Response> responses() {
    List<Response> view = responses;
    if (view == null) {
      int width = instrument.items().size();
      Response[] made = new Response[respondents.size()];
      for (int row = 0; row < made.length; row++) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int item = 0; item < width; item++) {
          int code = codes[row * width + item];
          if (code != unanswered) {
            answers.put(instrument.items().get(item).id(), code);
          }
        }
        made[row] = Response.of(respondents.get(row), answers);
      }
      view = List.of(made);
      responses = view;
    }
    return view;
  }

  /**
   * The number of responses.
   *
   * @return the count
   */
  public int size() {
    return respondents.size();
  }

  /**
   * The columnar form of these responses, for computation.
   *
   * @return the matrix; computed once, in time linear in the number of answers
   */
  public ResponseMatrix toMatrix() {
    ResponseMatrix view = matrix;
    if (view == null) {
      view = ResponseMatrix.of(instrument, respondents, codes);
      matrix = view;
    }
    return view;
  }

  /**
   * Whether {@code another} is a response set with an equal instrument, equal respondents and equal
   * answers, in the same order.
   *
   * @param another the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof ResponseSet)) {
      return false;
    }
    ResponseSet other = (ResponseSet) another;
    return instrument.equals(other.instrument) && respondents.equals(other.respondents)
        && Arrays.equals(codes, other.codes);
  }

  /**
   * A hash code from the instrument, the respondents and the answers.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (instrument.hashCode() * 31 + respondents.hashCode()) * 31 + Arrays.hashCode(codes);
  }

  /**
   * The instrument and the number of responses; never answers or respondent ids.
   *
   * @return {@code ResponseSet{instrument=ID VERSION, responses=N}}
   */
  @Override
  public String toString() {
    return "ResponseSet{instrument=" + instrument.id() + " " + instrument.version() + ", responses=" + size() + "}";
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
  public ResponseSet withInstrument(Instrument value) {
    Checks.notNull(TYPE, "instrument", value);
    return value.equals(instrument) ? this : of(value, responses());
  }

  /**
   * Returns a copy whose {@link #responses() responses} are the given elements: the responses,
   * in the order given.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return a new set
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public ResponseSet withResponses(Response... elements) {
    return of(instrument, Arrays.asList(Checks.notNull(TYPE, "responses", elements)));
  }

  /**
   * Returns a copy whose {@link #responses() responses} are the given elements: the responses,
   * in the order given.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return a new set
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public ResponseSet withResponses(Iterable<? extends Response> elements) {
    Checks.notNull(TYPE, "responses", elements);
    List<Response> list = new ArrayList<>();
    elements.forEach(list::add);
    return of(instrument, list);
  }

  /** Builds a {@link ResponseSet}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "ResponseSet";

    private @Nullable Instrument instrument;
    private final List<Response> responses = new ArrayList<>();

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
      Checks.notNull(TYPE, "from", instance);
      instrument = instance.instrument();
      responses.addAll(instance.responses());
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
      this.instrument = Checks.notNull(TYPE, "instrument", instrument);
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
      responses.add(Checks.notNull(TYPE, "responses", element));
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
      for (Response element : Checks.notNull(TYPE, "responses", elements)) {
        addResponse(element);
      }
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
      Checks.notNull(TYPE, "responses", elements);
      responses.clear();
      return addAllResponses(elements);
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
      for (Response element : Checks.notNull(TYPE, "responses", elements)) {
        addResponse(element);
      }
      return this;
    }

    /**
     * Builds the {@link ResponseSet}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ResponseSet build() {
      if (instrument == null) {
        throw new InvalidValueException(TYPE, "instrument", null, "is required");
      }
      return of(instrument, responses);
    }
  }
}
