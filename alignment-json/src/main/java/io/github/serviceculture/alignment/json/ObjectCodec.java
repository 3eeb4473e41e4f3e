package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadContext;
import io.github.serviceculture.alignment.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A JSON object mapped onto a value type through its builder: a table of properties, each with its
 * codec, its accessor and its builder method. Properties are written in table order, which makes
 * the output canonical; absent optional values are left out.
 *
 * <p>Reading rejects unknown, repeated and missing required properties with a pointer to the place,
 * then builds the value and turns the value's own validation failure into {@link
 * JsonDocumentException#INVALID_VALUE}.
 */
final class ObjectCodec<T, B> implements Codec<T> {
  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Map<String, Property<T, B>> byName;
  private final String allowed;

  private ObjectCodec(Builder<T, B> table) {
    this.typeName = table.typeName;
    this.newBuilder = table.newBuilder;
    this.build = table.build;
    this.properties = List.copyOf(table.properties);
    this.byName = new HashMap<>();
    for (Property<T, B> property : properties) {
      if (byName.put(property.name, property) != null) {
        throw new IllegalStateException(typeName + " maps property " + property.name + " twice");
      }
    }
    this.allowed = properties.stream().map(q -> q.name).collect(Collectors.joining(", "));
  }

  static <T, B> Builder<T, B> of(String typeName, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(typeName, newBuilder, build);
  }

  /** The names of the properties, in written order. */
  List<String> propertyNames() {
    return properties.stream().map(q -> q.name).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public T read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object (" + typeName + ")");
    }
    JsonLocation start = p.currentTokenLocation();
    B builder = newBuilder.get();
    boolean[] seen = new boolean[properties.size()];
    JsonReadContext object = Repeats.takeOver(p);
    Predicate<String> isRepeat = name -> {
      Property<T, B> property = byName.get(name);
      return property != null && seen[property.index];
    };
    while (Repeats.nextName(p, object, null, isRepeat)) {
      Property<T, B> property = byName.get(p.currentName());
      if (property == null) {
        throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY,
            "is not a property of " + typeName + "; allowed: " + allowed);
      }
      if (seen[property.index]) {
        throw object == null ? Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice")
            : Repeats.repeated(p);
      }
      seen[property.index] = true;
      p.nextToken();
      property.reader.read(p, builder);
    }
    // On END_OBJECT the parser's context is the parent's, which points at this object. The pointer
    // is made only for an error: a read of 1,000 respondents would otherwise build 1,000 of them.
    for (Property<T, B> property : properties) {
      if (property.required && !seen[property.index]) {
        throw Failures.at(Failures.child(Failures.pointer(p), property.name), start,
            JsonDocumentException.MISSING_PROPERTY, typeName + " requires " + property.name);
      }
    }
    try {
      return build.apply(builder);
    } catch (InvalidValueException e) {
      // Core builders throw nothing else for bad input, missing and null fields included.
      throw Failures.invalid(Failures.pointer(p), start, e);
    }
  }

  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject(value);
    for (Property<T, B> property : properties) {
      property.writer.write(value, property.name, g);
    }
    g.writeEndObject();
  }

  @FunctionalInterface
  private interface PropertyReader<B> {
    void read(JsonParser p, B builder) throws IOException;
  }

  @FunctionalInterface
  private interface PropertyWriter<T> {
    void write(T value, String name, JsonGenerator g) throws IOException;
  }

  private static final class Property<T, B> {
    final String name;
    final int index;
    final boolean required;
    final PropertyReader<B> reader;
    final PropertyWriter<T> writer;

    Property(String name, int index, boolean required, PropertyReader<B> reader, PropertyWriter<T> writer) {
      this.name = name;
      this.index = index;
      this.required = required;
      this.reader = reader;
      this.writer = writer;
    }
  }

  /** The property table of one type, in the order properties are written. */
  static final class Builder<T, B> {
    private final String typeName;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();

    private Builder(String typeName, Supplier<B> newBuilder, Function<B, T> build) {
      this.typeName = typeName;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    private Builder<T, B> add(String name, boolean required, PropertyReader<B> reader, PropertyWriter<T> writer) {
      properties.add(new Property<>(name, properties.size(), required, reader, writer));
      return this;
    }

    /** A property that must be present; always written. */
    <V> Builder<T, B> required(String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(name, true, (p, b) -> setter.accept(b, codec.read(p)), (value, n, g) -> {
        g.writeFieldName(n);
        codec.write(getter.apply(value), g);
      });
    }

    /**
     * A property with a default (a collection that may be empty, or a policy setting): optional on
     * reading, always written so that a reader sees the value that was used.
     */
    <V> Builder<T, B> withDefault(String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(name, false, (p, b) -> setter.accept(b, codec.read(p)), (value, n, g) -> {
        g.writeFieldName(n);
        codec.write(getter.apply(value), g);
      });
    }

    /**
     * A setting with a default that matters only when {@code applies} holds: optional on reading,
     * written only then, so that a document which does not use it is written as before it existed.
     */
    <V> Builder<T, B> withDefaultWhen(String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter,
        Predicate<T> applies) {
      return add(name, false, (p, b) -> setter.accept(b, codec.read(p)), (value, n, g) -> {
        if (applies.test(value)) {
          g.writeFieldName(n);
          codec.write(getter.apply(value), g);
        }
      });
    }

    /** A property that may be absent; written only when present. */
    <V> Builder<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      return add(name, false, (p, b) -> setter.accept(b, codec.read(p)), (value, n, g) -> {
        Optional<V> present = getter.apply(value);
        if (present.isPresent()) {
          g.writeFieldName(n);
          codec.write(present.get(), g);
        }
      });
    }

    /**
     * A collection that can be recorded as none: written when recorded, as an empty array for
     * "none", and left out when not recorded. Reading passes the array, empty or not, to {@code
     * setter}, which decides whether an empty one records "none" (the current format) or nothing
     * (an earlier one).
     */
    <V> Builder<T, B> recorded(
        String name, Codec<V> codec, Function<T, V> getter, Predicate<T> recorded, BiConsumer<B, V> setter) {
      return add(name, false, (p, b) -> setter.accept(b, codec.read(p)), (value, n, g) -> {
        if (recorded.test(value)) {
          g.writeFieldName(n);
          codec.write(getter.apply(value), g);
        }
      });
    }

    /**
     * An optional value that can be recorded as none: written when present, as the string {@code
     * noneWord} when recorded as none, and left out when not recorded. Reading that string calls
     * {@code none}; any other value is read by {@code codec}, and a scalar of the wrong type is
     * reported as not being {@code expected}, which names both forms.
     */
    <V> Builder<T, B> optionalOrNone(String name, Codec<V> codec, Function<T, Optional<V>> getter,
        BiConsumer<B, V> setter, String noneWord, Predicate<T> isNone, BiConsumer<B, Boolean> none,
        String expected) {
      return add(name, false, (p, b) -> {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING && noneWord.equals(p.getText())) {
          none.accept(b, true);
          return;
        }
        if (!token.isScalarValue()) {
          setter.accept(b, codec.read(p));
          return;
        }
        V read;
        try {
          read = codec.read(p);
        } catch (JsonDocumentException e) {
          // A scalar holds no nested value, so a wrong type here is this property's own.
          if (!JsonDocumentException.WRONG_TYPE.equals(e.code())) {
            throw e;
          }
          throw Failures.at(p, JsonDocumentException.WRONG_TYPE, "must be " + expected);
        }
        setter.accept(b, read);
      }, (value, n, g) -> {
        Optional<V> present = getter.apply(value);
        if (present.isPresent()) {
          g.writeFieldName(n);
          codec.write(present.get(), g);
        } else if (isNone.test(value)) {
          g.writeStringField(n, noneWord);
        }
      });
    }

    Builder<T, B> optionalDouble(String name, Function<T, OptionalDouble> getter, ObjDoubleConsumer<B> setter) {
      return add(name, false, (p, b) -> setter.accept(b, Codecs.DOUBLE.read(p)), (value, n, g) -> {
        OptionalDouble present = getter.apply(value);
        if (present.isPresent()) {
          g.writeNumberField(n, present.getAsDouble());
        }
      });
    }

    Builder<T, B> optionalInt(String name, Function<T, OptionalInt> getter, ObjIntConsumer<B> setter) {
      return add(name, false, (p, b) -> setter.accept(b, Codecs.INT.read(p)), (value, n, g) -> {
        OptionalInt present = getter.apply(value);
        if (present.isPresent()) {
          g.writeNumberField(n, present.getAsInt());
        }
      });
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
