package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one validated way answers enter the library: collects responses to one instrument, answer by
 * answer, by item position, into a {@link ResponseSet}. The library's JSON and CSV readers use it, and so
 * can a program that reads answers from anywhere else; {@link ResponseSet#of} uses it too.
 *
 * <pre>{@code
 * ResponseCollector collector = ResponseSet.collector(instrument);
 * collector.begin(Respondent.of("r-1"));
 * collector.answer(0, 4);          // the first item of instrument.items(), answered 4
 * collector.answer(2, 5);
 * collector.end();
 * ResponseSet responses = collector.build();
 * }</pre>
 *
 * <p>Every check happens here, once, as the answer arrives: a respondent id repeated, an item position
 * outside the instrument, an item answered twice, a code that is neither an option of the scale nor its
 * "don't know" code. Each throws an {@link InvalidValueException} whose field names the response and the
 * item, such as {@code ResponseSet.responses[3].answers.GOA_TEAM: must be an option from 1 to 5, or 9 for
 * don't know, was not shown (confidential)}; the answer and the respondent id are never part of it. After a failed {@link #answer}, the
 * response is still open: {@link #discard()} drops it and collecting goes on, which is how a reader
 * rejects one bad row and keeps the others.
 *
 * <p>Answers are held in one array of codes per collector, not in an object per response. Not
 * thread-safe: one collector per thread; the sets it builds are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResponseCollector {
  private static final String TYPE = "ResponseSet";
  /** What an exception says in place of an answer or a respondent id. */
  static final String NOT_SHOWN = "not shown (confidential)";

  private final Instrument instrument;
  private final int width;
  private final int lowest;
  private final int highest;
  private final boolean hasDontKnow;
  private final int dontKnow;
  private final String scaleProblem;
  /** An unanswered item in {@link #codes}: a value that is neither an option nor the "don't know" code. */
  private final int unanswered;
  private Respondent[] respondents = new Respondent[16];
  /** Row-major codes as given ("don't know" included), {@link #unanswered} where no answer. */
  private int[] codes;
  private int size;
  private @Nullable Respondent open;
  /** Respondent id to its row, for the repeated-id check. */
  private Map<String, Integer> rows = new HashMap<>();

  ResponseCollector(Instrument instrument) {
    this.instrument = Checks.notNull(TYPE, "instrument", instrument);
    this.width = instrument.items().size();
    Scale scale = instrument.scale();
    this.lowest = scale.lowest();
    this.highest = scale.highest();
    this.hasDontKnow = scale.dontKnowCode().isPresent();
    this.dontKnow = scale.dontKnowCode().orElse(0);
    this.scaleProblem = outOfScale(scale);
    this.unanswered = unanswered(scale);
    this.codes = new int[16 * width];
  }

  /**
   * The mark of an unanswered item for a scale: the smallest int, unless the scale uses it, then the
   * largest.
   */
  static int unanswered(Scale scale) {
    for (int candidate : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      if (!scale.contains(candidate) && !(scale.dontKnowCode().isPresent()
          && scale.dontKnowCode().getAsInt() == candidate)) {
        return candidate;
      }
    }
    // Options from the smallest int to the largest: every int is an answer, none can mark a missing one.
    throw new InvalidValueException(TYPE, "instrument.scale", scale.lowest() + ".." + scale.highest(),
        "must leave some int outside its options and don't-know code");
  }

  /**
   * The wording of an answer outside the scale, shared by every reader.
   *
   * @param scale the scale
   * @return such as {@code must be an option from 1 to 5, or 9 for don't know}
   */
  static String outOfScale(Scale scale) {
    return "must be an option from " + scale.lowest() + " to " + scale.highest()
        + (scale.dontKnowCode().isPresent() ? ", or " + scale.dontKnowCode().getAsInt() + " for don't know" : "");
  }

  /**
   * The instrument whose items the positions index.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * Starts the next response.
   *
   * @param respondent who answered; not null
   * @return this collector
   * @throws InvalidValueException if {@code respondent} is null, or its id is that of a response already
   *     ended into this set (the field names the new response, the problem the earlier one)
   * @throws IllegalStateException if a response is open: {@link #end()} or {@link #discard()} it first
   */
  public ResponseCollector begin(Respondent respondent) {
    if (open != null) {
      throw new IllegalStateException("a response is open: end or discard it before beginning another");
    }
    Checks.notNull(TYPE, "responses[" + size + "].respondent", respondent);
    Integer first = rows.get(respondent.id());
    if (first != null) {
      throw new InvalidValueException(TYPE, "responses[" + size + "].respondent.id", NOT_SHOWN,
          "must not repeat the respondent id of responses[" + first + "]");
    }
    if (size == respondents.length) {
      int capacity = size + (size >> 1);
      respondents = Arrays.copyOf(respondents, capacity);
      codes = Arrays.copyOf(codes, Math.multiplyExact(capacity, width));
    }
    int base = size * width;
    Arrays.fill(codes, base, base + width, unanswered);
    open = respondent;
    return this;
  }

  /**
   * Adds an answer to the open response.
   *
   * @param position the item's position in {@link Instrument#items()}
   * @param code the answer: an option of the scale, or its "don't know" code (read as missing)
   * @return this collector
   * @throws InvalidValueException if the position is outside the instrument, the item was answered
   *     already in this response, or the code is not on the scale; the response stays open
   * @throws IllegalStateException if no response is open
   */
  public ResponseCollector answer(int position, int code) {
    if (open == null) {
      throw new IllegalStateException("no response is open: begin one first");
    }
    if (position < 0 || position >= width) {
      throw new InvalidValueException(TYPE, "responses[" + size + "].answers", String.valueOf(position),
          "must give the position of an item of instrument " + instrument.id() + " " + instrument.version()
              + ", 0 to " + (width - 1));
    }
    int cell = size * width + position;
    if (codes[cell] != unanswered) {
      throw new InvalidValueException(TYPE, answerField(size, position), NOT_SHOWN, "must not answer an item twice");
    }
    if ((code < lowest || code > highest) && !(hasDontKnow && code == dontKnow)) {
      throw new InvalidValueException(TYPE, answerField(size, position), NOT_SHOWN, scaleProblem);
    }
    codes[cell] = code;
    return this;
  }

  private String answerField(int row, int position) {
    return "responses[" + row + "].answers." + instrument.items().get(position).id();
  }

  /**
   * Adds the open response, with the answers given so far, to the set.
   *
   * @return this collector
   * @throws IllegalStateException if no response is open
   */
  public ResponseCollector end() {
    Respondent respondent = open;
    if (respondent == null) {
      throw new IllegalStateException("no response is open: begin one first");
    }
    respondents[size] = respondent;
    rows.put(respondent.id(), size);
    size++;
    open = null;
    return this;
  }

  /**
   * Drops the open response and its answers; nothing of it reaches the set. Does nothing when no
   * response is open.
   *
   * @return this collector
   */
  public ResponseCollector discard() {
    open = null;
    return this;
  }

  /**
   * Where a respondent's response is in the set being collected, for a reader that reports a repeated
   * id at its own place for the earlier response (a line, a JSON pointer).
   *
   * @param respondentId the id; not null
   * @return the index of the ended response with that id, or -1 when none has it
   */
  public int indexOf(String respondentId) {
    Integer row = rows.get(Checks.notNull(TYPE, "respondentId", respondentId));
    return row == null ? -1 : row;
  }

  /**
   * The number of responses ended so far into the set being collected.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Builds the set of the responses ended so far, in the order ended, and empties this collector for
   * the next set.
   *
   * @return the response set
   * @throws IllegalStateException if a response is open
   */
  public ResponseSet build() {
    if (open != null) {
      throw new IllegalStateException("a response is open: end or discard it before building");
    }
    ResponseSet set = new ResponseSet(instrument, List.of(Arrays.copyOf(respondents, size)),
        Arrays.copyOf(codes, size * width), unanswered, null);
    // The arrays go with the set they were grown for: kept, they would hold a large organization's
    // capacity for the rest of a reader's life, beside the set's own copy.
    size = 0;
    respondents = new Respondent[16];
    codes = new int[16 * width];
    rows = new HashMap<>();
    return set;
  }
}
