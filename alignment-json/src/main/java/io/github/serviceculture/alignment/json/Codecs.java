package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Codecs for scalars, enumerations, collections and {@link Estimate}. */
final class Codecs {
  private Codecs() {}

  static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Failures.wrongType(p, "a string");
      }
      String text = text(p, Limits.MAX_STRING_LENGTH);
      if (!UnicodeText.isWellFormed(text)) {
        throw Failures.at(p, JsonDocumentException.UNPAIRED_SURROGATE, UnicodeText.READ_PROBLEM);
      }
      return text;
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      Failures.checkWritable(value, g);
      g.writeString(value);
    }
  };

  /**
   * The current string token, at most {@code maxLength} characters long: {@link
   * Limits#MAX_STRING_LENGTH}, or {@link Integer#MAX_VALUE} for a sealed ledger. The parser's own
   * limit is the longer one of sealed ledgers ({@link Limits#maxSealedLength}), so the shorter limit
   * of every other string is checked here.
   */
  static String text(JsonParser p, int maxLength) throws IOException {
    String text;
    try {
      text = p.getText();
    } catch (StreamConstraintsException e) {
      // Jackson checks a string's length only when it is read; name the place here.
      throw Failures.at(p, JsonDocumentException.LIMIT_EXCEEDED, maxLength == Limits.MAX_STRING_LENGTH
          ? Limits.describeString() : "holds a string longer than the parser allows");
    }
    if (text.length() > maxLength) {
      throw Failures.at(p, JsonDocumentException.LIMIT_EXCEEDED, Limits.describeString());
    }
    return text;
  }

  /**
   * The sealed text of a ledger: a string like {@link #STRING}, but bounded by the parser's limit
   * only, since a ledger grows with the survey. Its form is checked by {@code ReleaseLedger.of}.
   */
  static final Codec<String> SEALED = new Codec<>() {
    @Override
    public String read(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw Failures.wrongType(p, "a string");
      }
      return text(p, Integer.MAX_VALUE);
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      Failures.checkWritable(value, g);
      g.writeString(value);
    }
  };

  static final Codec<Integer> INT = new Codec<>() {
    @Override
    public Integer read(JsonParser p) throws IOException {
      return readInt(p);
    }

    @Override
    public void write(Integer value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }
  };

  static final Codec<Long> LONG = new Codec<>() {
    @Override
    public Long read(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw Failures.wrongType(p, "an integer");
      }
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw Failures.at(p, JsonDocumentException.WRONG_TYPE,
            "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
      }
      return p.getLongValue();
    }

    @Override
    public void write(Long value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }
  };

  /** Reads an {@code int} without boxing it, with {@link #INT}'s checks; for the answers, read by the thousand. */
  static int readInt(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw Failures.wrongType(p, "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Failures.at(p, JsonDocumentException.WRONG_TYPE,
          "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public Double read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw Failures.wrongType(p, "a number");
      }
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw Failures.at(p, JsonDocumentException.WRONG_TYPE, "must be a number within the range of a double");
      }
      return value;
    }

    @Override
    public void write(Double value, JsonGenerator g) throws IOException {
      g.writeNumber(value.doubleValue());
    }
  };

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw Failures.wrongType(p, "true or false");
      }
      return token == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }
  };

  static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public LocalDate read(JsonParser p) throws IOException {
      String text = STRING.read(p);
      try {
        // RFC 3339 full-date only: LocalDate.parse alone would also take "+12026-01-01".
        if (text.length() != 10) {
          throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
        }
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw Failures.at(p, JsonDocumentException.WRONG_TYPE, "must be a date written YYYY-MM-DD");
      }
    }

    @Override
    public void write(LocalDate value, JsonGenerator g) throws IOException {
      g.writeString(value.toString());
    }
  };

  /** An enumeration written as its constant's name. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return enumeration(type, EnumSet.allOf(type), "");
  }

  /**
   * An enumeration of which only some constants are read, such as those an earlier format version
   * knew; {@code note} follows the list of those allowed when another value is read.
   */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, EnumSet<E> accepted, String note) {
    Map<String, E> byName = new HashMap<>();
    for (E constant : accepted) {
      byName.put(constant.name(), constant);
    }
    String names = accepted.stream().map(Enum::name).collect(Collectors.joining(", "));
    String allowed = "must be one of " + names + note;
    return new Codec<>() {
      @Override
      public E read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw Failures.wrongType(p, "one of the strings " + names);
        }
        E value = byName.get(text(p, Limits.MAX_STRING_LENGTH));
        if (value == null) {
          throw Failures.at(p, JsonDocumentException.UNKNOWN_ENUM_VALUE, allowed);
        }
        return value;
      }

      @Override
      public void write(E value, JsonGenerator g) throws IOException {
        g.writeString(value.name());
      }
    };
  }

  /** An estimate is {@code {"value": 0.83}} or {@code {"undefinedReason": "ZERO_VARIANCE"}}, never NaN. */
  static final Codec<Estimate> ESTIMATE = new Codec<>() {
    private final Codec<UndefinedReason> reasons = enumeration(UndefinedReason.class);

    @Override
    public Estimate read(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Failures.wrongType(p, "an object with either value or undefinedReason");
      }
      Estimate estimate = null;
      String first = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        boolean known = "value".equals(name) || "undefinedReason".equals(name);
        if (!known) {
          throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY,
              "is not a property of an estimate; allowed: value, undefinedReason");
        }
        if (estimate != null) {
          throw name.equals(first)
              ? Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice")
              : Failures.at(p, JsonDocumentException.INVALID_VALUE, "must not hold both value and undefinedReason");
        }
        first = name;
        p.nextToken();
        estimate = "value".equals(name) ? Estimate.of(DOUBLE.read(p)) : Estimate.undefined(reasons.read(p));
      }
      if (estimate == null) {
        throw Failures.at(p, JsonDocumentException.MISSING_PROPERTY,
            "an estimate needs either value or undefinedReason");
      }
      return estimate;
    }

    @Override
    public void write(Estimate value, JsonGenerator g) throws IOException {
      g.writeStartObject();
      if (value.isDefined()) {
        g.writeNumberField("value", value.value());
      } else {
        g.writeStringField("undefinedReason", value.undefinedReason().orElseThrow().name());
      }
      g.writeEndObject();
    }
  };

  /** A list, in its own order. */
  static <E> Codec<List<E>> list(Codec<E> element) {
    return new Codec<>() {
      @Override
      public List<E> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw Failures.wrongType(p, "an array");
        }
        List<E> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          values.add(element.read(p));
        }
        return values;
      }

      @Override
      public void write(List<E> values, JsonGenerator g) throws IOException {
        g.writeStartArray(values, values.size());
        for (E value : values) {
          element.write(value, g);
        }
        g.writeEndArray();
      }
    };
  }

  /**
   * A set, written in the given canonical order so that equal sets give identical bytes. A repeated
   * element is rejected: the sender likely meant something else.
   */
  static <E> Codec<Set<E>> set(Codec<E> element, Comparator<? super E> order) {
    return new Codec<>() {
      @Override
      public Set<E> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw Failures.wrongType(p, "an array");
        }
        Set<E> values = new LinkedHashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (!values.add(element.read(p))) {
            throw Failures.at(p, JsonDocumentException.INVALID_VALUE, "repeats an element of a set");
          }
        }
        return values;
      }

      @Override
      public void write(Set<E> values, JsonGenerator g) throws IOException {
        List<E> sorted = new ArrayList<>(values);
        sorted.sort(order);
        g.writeStartArray(values, sorted.size());
        for (E value : sorted) {
          element.write(value, g);
        }
        g.writeEndArray();
      }
    };
  }

  static <E extends Enum<E>> Codec<Set<E>> enumSet(Class<E> type) {
    return set(enumeration(type), Comparator.naturalOrder());
  }

  /** A map with string keys, written in key order. */
  static <V> Codec<Map<String, V>> stringMap(Codec<V> value) {
    return map(Function.identity(), Function.identity(), Comparator.naturalOrder(), null, value);
  }

  /** A map keyed by an enumeration's constant names, written in constant order. */
  static <K extends Enum<K>, V> Codec<Map<K, V>> enumMap(Class<K> keyType, Codec<V> value) {
    Map<String, K> byName = new HashMap<>();
    for (K constant : keyType.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    String allowed = Arrays.stream(keyType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return map(byName::get, Enum::name, Comparator.naturalOrder(), "is not an allowed key; allowed: " + allowed, value);
  }

  private static <K, V> Codec<Map<K, V>> map(Function<String, K> parseKey, Function<K, String> keyName,
      Comparator<? super K> order, String unknownKey, Codec<V> value) {
    return new Codec<>() {
      @Override
      public Map<K, V> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw Failures.wrongType(p, "an object");
        }
        Map<K, V> values = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          if (!UnicodeText.isWellFormed(name)) {
            throw Failures.at(p, JsonDocumentException.UNPAIRED_SURROGATE, UnicodeText.READ_PROBLEM);
          }
          K key = parseKey.apply(name);
          if (key == null) {
            throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY, unknownKey);
          }
          if (values.containsKey(key)) {
            throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a key twice");
          }
          p.nextToken();
          values.put(key, value.read(p));
        }
        return values;
      }

      @Override
      public void write(Map<K, V> values, JsonGenerator g) throws IOException {
        List<K> keys = new ArrayList<>(values.keySet());
        keys.sort(order);
        g.writeStartObject(values, keys.size());
        for (K key : keys) {
          String name = keyName.apply(key);
          Failures.checkWritable(name, g);
          g.writeFieldName(name);
          value.write(values.get(key), g);
        }
        g.writeEndObject();
      }
    };
  }
}
