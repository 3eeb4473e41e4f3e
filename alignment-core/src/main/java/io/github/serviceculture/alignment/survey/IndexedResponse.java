package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A response whose answers are held by item position in one instrument, made by {@link
 * Response#of(Respondent, Instrument, int[], int[], int)}: what the library's readers build. Reading 1,000
 * respondents used to copy each answer map twice (the builder's map, then the immutable copy); here
 * each response is two small arrays, and {@link ResponseSet} and {@link ResponseMatrix} use the
 * positions without looking item ids up.
 *
 * <p>To users it is a {@link Response} like any other: {@link #answers()} is an unmodifiable map in
 * the order the answers were given, equal to (and hashing like) any map with the same entries, and
 * {@link Response#equals} does not tell the two implementations apart. Immutable and thread-safe.
 */
final class IndexedResponse extends Response {
  private final Respondent respondent;
  private final Instrument instrument;
  /** The answered items' positions in the instrument, in answer order. */
  private final int[] items;
  /** The codes, parallel to {@link #items}. */
  private final int[] codes;
  /**
   * The answers as a map, made on first use: the engine reads the columns, not the map. A race makes
   * at most a second, equal view, and a view seen through the race is whole: what it holds is final.
   */
  private @Nullable Map<String, Integer> answers;

  private IndexedResponse(Respondent respondent, Instrument instrument, int[] items, int[] codes) {
    this.respondent = respondent;
    this.instrument = instrument;
    this.items = items;
    this.codes = codes;
  }

  private IndexedResponse(Respondent respondent, IndexedResponse answers) {
    this(respondent, answers.instrument, answers.items, answers.codes);
  }

  /** See {@link Response#of(Respondent, Instrument, int[], int[], int)}. */
  static Response create(Respondent respondent, Instrument instrument, int[] positions, int[] codes, int count) {
    Checks.notNull("Response", "respondent", respondent);
    Checks.notNull("Response", "instrument", instrument);
    Objects.checkFromIndexSize(0, count, positions.length);
    Objects.checkFromIndexSize(0, count, codes.length);
    // Checked on the copies, which nobody else can change.
    int[] items = Arrays.copyOf(positions, count);
    int[] answers = Arrays.copyOf(codes, count);
    int k = instrument.items().size();
    // Items answered so far, as bits: the first 64 in a local, any further ones in an array made
    // only for a longer instrument (a check that allocates nothing for the usual one).
    long low = 0;
    long[] high = null;
    for (int position : items) {
      if (position < 0 || position >= k) {
        throw new InvalidValueException("Response", "answers", String.valueOf(position),
            "must give positions of items of instrument " + instrument.id() + " " + instrument.version()
                + ", 0 to " + (k - 1));
      }
      long bit = 1L << position;
      boolean repeated;
      if (position < 64) {
        repeated = (low & bit) != 0;
        low |= bit;
      } else {
        if (high == null) {
          high = new long[k >>> 6];
        }
        int word = (position >>> 6) - 1;
        repeated = (high[word] & bit) != 0;
        high[word] |= bit;
      }
      if (repeated) {
        throw new InvalidValueException("Response", "answers", Checks.render(instrument.items().get(position).id()),
            "must not answer an item twice");
      }
    }
    return new IndexedResponse(respondent, instrument, items, answers);
  }

  @Override
  public Respondent respondent() {
    return respondent;
  }

  @Override
  public Map<String, Integer> answers() {
    Map<String, Integer> view = answers;
    if (view == null) {
      // The same kind of view the generated class hands out: unmodifiable, whatever is tried on it.
      view = Collections.unmodifiableMap(new Answers());
      answers = view;
    }
    return view;
  }

  @Override
  public Response withRespondent(Respondent value) {
    if (respondent == value) {
      return this;
    }
    return new IndexedResponse(Checks.notNull("Response", "respondent", value), this);
  }

  @Override
  public Response withAnswers(Map<String, ? extends Integer> entries) {
    if (answers() == entries) {
      return this;
    }
    // The generated implementation copies and null-checks the map exactly as before.
    return builder().respondent(respondent).build().withAnswers(entries);
  }

  /** The instrument whose item positions the answers hold. */
  Instrument instrument() {
    return instrument;
  }

  /** The number of answers. */
  int count() {
    return items.length;
  }

  /** The position in the instrument of the {@code j}-th answer's item. */
  int item(int j) {
    return items[j];
  }

  /** The code of the {@code j}-th answer. */
  int code(int j) {
    return codes[j];
  }

  private String itemId(int j) {
    return instrument.items().get(items[j]).id();
  }

  /** The answers as a map; wrapped unmodifiable by {@link #answers()}. */
  private final class Answers extends AbstractMap<String, Integer> {
    /** By item position: the index into {@link #items} plus one, or 0 when the item is unanswered. */
    private final int[] slots = new int[instrument.items().size()];

    Answers() {
      for (int j = 0; j < items.length; j++) {
        slots[items[j]] = j + 1;
      }
    }

    @Override
    public int size() {
      return items.length;
    }

    private int slot(@Nullable Object key) {
      if (!(key instanceof String)) {
        return 0;
      }
      int position = instrument.indexOf((String) key);
      return position < 0 ? 0 : slots[position];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return slot(key) != 0;
    }

    @Override
    public @Nullable Integer get(@Nullable Object key) {
      int slot = slot(key);
      return slot == 0 ? null : codes[slot - 1];
    }

    @Override
    public int hashCode() {
      // Map's contract: the sum of the entries' hashes, key.hashCode() ^ value.hashCode().
      int h = 0;
      for (int j = 0; j < items.length; j++) {
        h += itemId(j).hashCode() ^ Integer.hashCode(codes[j]);
      }
      return h;
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return items.length;
        }

        @Override
        public Iterator<Entry<String, Integer>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < items.length;
            }

            @Override
            public Entry<String, Integer> next() {
              if (next >= items.length) {
                throw new NoSuchElementException();
              }
              int j = next++;
              return new SimpleImmutableEntry<>(itemId(j), codes[j]);
            }
          };
        }
      };
    }
  }
}
