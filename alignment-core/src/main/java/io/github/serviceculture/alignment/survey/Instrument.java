package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A questionnaire: an id and version, a response scale and the items, in the order respondents see
 * them.
 *
 * <p>Invariants: id and version are non-blank tokens; there is at least one item; item ids are
 * unique. A dimension may be measured by a single item: its agreement is then rwg for that item and
 * its alpha is undefined ({@link io.github.serviceculture.alignment.stats.UndefinedReason#SINGLE_ITEM}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Instrument {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

  Instrument() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The instrument's id, such as {@code service-culture-alignment}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The instrument's version, such as {@code 1.0}; a changed item means a new version.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The response scale shared by all items.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * The items, in presentation order.
   *
   * @return the items; at least one
   */
  public abstract List<Item> items();

  /**
   * The position of each item id in {@link #items()}.
   *
   * @return item id to index
   */
  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> indexById() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items().size(); i++) {
      index.putIfAbsent(items().get(i).id(), i);
    }
    return index;
  }

  /**
   * The item with the given id.
   *
   * @param itemId an item id
   * @return the item, or empty when the instrument has none with that id
   */
  public final Optional<Item> item(String itemId) {
    Integer i = indexById().get(itemId);
    return i == null ? Optional.empty() : Optional.of(items().get(i));
  }

  /**
   * The position of the item with the given id.
   *
   * @param itemId an item id
   * @return the index in {@link #items()}, or -1 when there is no such item
   */
  public final int indexOf(String itemId) {
    Integer i = indexById().get(itemId);
    return i == null ? -1 : i;
  }

  /**
   * The dimensions this instrument measures with scale items, in {@link Dimension} order.
   *
   * @return the dimensions
   */
  public final Set<Dimension> dimensions() {
    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    for (Item item : items()) {
      if (item.isScaleItem()) {
        dims.add(item.dimension());
      }
    }
    return dims;
  }

  /**
   * The scale items of one dimension, in presentation order.
   *
   * @param dimension the dimension
   * @return its scale items; empty when the instrument does not measure it
   */
  public final List<Item> scaleItems(Dimension dimension) {
    return scaleItemsByDimension().getOrDefault(dimension, Collections.emptyList());
  }

  /** The scale items of each dimension measured, worked out once: scoring asks for them per response set. */
  @Value.Derived
  @Value.Auxiliary
  Map<Dimension, List<Item>> scaleItemsByDimension() {
    Map<Dimension, List<Item>> byDimension = new EnumMap<>(Dimension.class);
    for (Item item : items()) {
      if (item.isScaleItem()) {
        byDimension.computeIfAbsent(item.dimension(), d -> new ArrayList<>()).add(item);
      }
    }
    // Unmodifiable views rather than List.copyOf, whose lists throw on contains(null) where items() does not.
    byDimension.replaceAll((dimension, items) -> Collections.unmodifiableList(items));
    return Collections.unmodifiableMap(byDimension);
  }

  /**
   * The engagement items, in presentation order.
   *
   * @return the items that ask an engagement question
   */
  public final List<Item> engagementItems() {
    return engagementItemList();
  }

  @Value.Derived
  @Value.Auxiliary
  List<Item> engagementItemList() {
    List<Item> engagement = new ArrayList<>();
    for (Item item : items()) {
      if (!item.isScaleItem()) {
        engagement.add(item);
      }
    }
    return Collections.unmodifiableList(engagement);
  }

  /**
   * A content fingerprint of the instrument: the SHA-256 of its canonical form, as 64 lower-case
   * hexadecimal digits. Two instruments with the same fingerprint have the same id, version, scale
   * and items; a report records the fingerprint of the instrument it was scored with ({@link
   * io.github.serviceculture.alignment.scoring.ReportMetadata#instrumentFingerprint()}), so that the
   * instrument given beside a report can be checked to be that one, beyond its id and version.
   *
   * <p>The canonical form is UTF-8 text of lines ended by {@code \n}, every string written as its
   * length in UTF-16 code units, a colon and the string, so that no text can pass for another:
   *
   * <pre>
   * alignment-instrument 1
   * id &lt;string&gt;
   * version &lt;string&gt;
   * scale &lt;lowest&gt; &lt;highest&gt; &lt;don't-know code, or -&gt;
   * label &lt;string&gt;                 (one line per label, in order)
   * item &lt;id&gt; &lt;DIMENSION&gt; &lt;reverse keyed: 1 or 0&gt; &lt;weight as Java's Double.toString, or -&gt;
   *      &lt;ENGAGEMENT_QUESTION, or -&gt; &lt;text&gt;   (one line per item, in presentation order)
   * </pre>
   *
   * <p>The item's fields are on one line, separated by single spaces; {@code probes} is left out, as
   * it is a note for people that neither asks nor scores anything. The presentation order is part of
   * the instrument, so reordering the items changes the fingerprint (though not the comparability of
   * two waves, which matches items by id).
   *
   * @return the fingerprint
   * @since 0.2.0
   */
  public final String fingerprint() {
    return fingerprintHex();
  }

  @Value.Derived
  @Value.Auxiliary
  String fingerprintHex() {
    StringBuilder text = new StringBuilder("alignment-instrument 1\n");
    text.append("id ").append(counted(id())).append('\n');
    text.append("version ").append(counted(version())).append('\n');
    text.append("scale ").append(scale().lowest()).append(' ').append(scale().highest()).append(' ')
        .append(scale().dontKnowCode().isPresent() ? String.valueOf(scale().dontKnowCode().getAsInt()) : "-")
        .append('\n');
    for (String label : scale().labels()) {
      text.append("label ").append(counted(label)).append('\n');
    }
    for (Item item : items()) {
      text.append("item ").append(counted(item.id())).append(' ').append(item.dimension().name()).append(' ')
          .append(item.isReverseKeyed() ? '1' : '0').append(' ')
          .append(item.weight().isPresent() ? Double.toString(item.weight().getAsDouble()) : "-").append(' ')
          .append(item.engagementQuestion().map(Enum::name).orElse("-")).append(' ')
          .append(counted(item.text())).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : hash) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static String counted(String text) {
    return text.length() + ":" + text;
  }

  @Value.Check
  void check() {
    String type = "Instrument";
    Checks.require(TOKEN.matcher(id()).matches(), type, "id", id(),
        "must be a token of letters, digits, '_', '.', ':' or '-' (at most 100)");
    Checks.require(TOKEN.matcher(version()).matches(), type, "version", version(),
        "must be a token of letters, digits, '_', '.', ':' or '-' (at most 100)");
    Checks.require(!items().isEmpty(), type, "items", "[]", "must hold at least one item");
    Map<String, Integer> seen = new HashMap<>();
    for (Item item : items()) {
      Checks.require(seen.put(item.id(), 1) == null, type, "items", item.id(), "must not repeat an item id");
    }
  }

  /**
   * Returns a copy with {@link #id() id} set to {@code value}: the instrument's id, such as
   * {@code service-culture-alignment}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Instrument withId(String value) {
    return ((ImmutableInstrument) this).generatedWithId(Checks.notNull("Instrument", "id", value));
  }

  /**
   * Returns a copy with {@link #version() version} set to {@code value}: the instrument's
   * version, such as {@code 1.0}; a changed item means a new version.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Instrument withVersion(String value) {
    return ((ImmutableInstrument) this).generatedWithVersion(Checks.notNull("Instrument", "version", value));
  }

  /**
   * Returns a copy with {@link #scale() scale} set to {@code value}: the response scale shared
   * by all items.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Instrument withScale(Scale value) {
    return ((ImmutableInstrument) this).generatedWithScale(Checks.notNull("Instrument", "scale", value));
  }

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the items, in
   * presentation order.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Instrument withItems(Item... elements) {
    return ((ImmutableInstrument) this).generatedWithItems(Checks.notNull("Instrument", "items", elements));
  }

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the items, in
   * presentation order.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Instrument withItems(Iterable<? extends Item> elements) {
    return ((ImmutableInstrument) this).generatedWithItems(Checks.notNull("Instrument", "items", elements));
  }

  /** Builds an {@link Instrument}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Instrument";

    private final ImmutableInstrument.Builder delegate = ImmutableInstrument.generatedBuilder();

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
    public Builder from(Instrument instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Instrument#id() id}: the instrument's id, such as {@code
     * service-culture-alignment}. Required.
     *
     * @param id the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code id} is null
     */
    public Builder id(String id) {
      delegate.id(Checks.notNull(TYPE, "id", id));
      return this;
    }

    /**
     * Sets {@link Instrument#version() version}: the instrument's version, such as {@code 1.0}; a
     * changed item means a new version. Required.
     *
     * @param version the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code version} is null
     */
    public Builder version(String version) {
      delegate.version(Checks.notNull(TYPE, "version", version));
      return this;
    }

    /**
     * Sets {@link Instrument#scale() scale}: the response scale shared by all items. Required.
     *
     * @param scale the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code scale} is null
     */
    public Builder scale(Scale scale) {
      delegate.scale(Checks.notNull(TYPE, "scale", scale));
      return this;
    }

    /**
     * Adds one element to {@link Instrument#items() items}: the items, in presentation order.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addItem(Item element) {
      delegate.addItem(Checks.notNull(TYPE, "items", element));
      return this;
    }

    /**
     * Adds the given elements to {@link Instrument#items() items}: the items, in presentation
     * order.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addItems(Item... elements) {
      delegate.addItems(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Replaces every element of {@link Instrument#items() items} with those of {@code elements}:
     * the items, in presentation order.
     *
     * <p>The field's contract: the items; at least one.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder items(Iterable<? extends Item> elements) {
      delegate.items(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Instrument#items() items}: the items, in
     * presentation order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllItems(Iterable<? extends Item> elements) {
      delegate.addAllItems(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Builds the {@link Instrument}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Instrument build() {
      return delegate.build();
    }
  }
}
