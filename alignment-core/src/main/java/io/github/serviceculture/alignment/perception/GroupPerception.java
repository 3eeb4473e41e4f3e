package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The survey figures of one reported group, such as the respondents whose {@code department} is
 * {@code support}.
 *
 * <p>A figure appears only when the group passes the anonymity rules for it, so a group may lack
 * some dimensions; each such measured dimension is in {@link #notReported()} with one of the three
 * {@code SUPPRESSED_*} reasons, which say why the group is hidden but never how many it holds
 * (a finer reason, such as "nobody answered", could tell something about a few members). A group that passes for nothing is not reported at all, not even by name: listing it
 * would reveal that some respondent has that value. A group's figures never hold {@linkplain
 * PerceptionFigures#psychometrics() psychometrics}: only the organization's may.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GroupPerception {
  GroupPerception() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grouping attribute, such as {@code level}.
   *
   * @return the attribute name
   */
  public abstract String attribute();

  /**
   * The group's value of the attribute, such as {@code FRONTLINE}.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * The figures per dimension that may be reported.
   *
   * @return dimension to figures, in dimension order
   */
  public abstract Map<Dimension, PerceptionFigures> dimensions();

  /**
   * The measured dimensions that the anonymity rules hide for this group. Its keys and those of
   * {@link #dimensions()} never overlap; in a group made by {@link PerceptionScorer}, together they
   * are the dimensions the instrument measures.
   *
   * @return dimension to reason, in dimension order; every reason is {@link
   *     NotReportedReason#SUPPRESSED_FOR_ANONYMITY}, {@link NotReportedReason#SUPPRESSED_COMPLEMENTARY}
   *     or {@link NotReportedReason#SUPPRESSED_AGAINST_DIFFERENCING}
   */
  public abstract Map<Dimension, NotReportedReason> notReported();

  /**
   * The group's figures of one dimension, or why there are none.
   *
   * @param dimension the dimension
   * @return the figures, or the reason: {@link NotReportedReason#NOT_MEASURED} for a dimension that
   *     is neither reported nor in {@link #notReported()}
   */
  public final Reported<PerceptionFigures> dimension(Dimension dimension) {
    return PerceptionReport.reported(dimension, dimensions(), notReported());
  }

  /**
   * The engagement shares that may be reported.
   *
   * @return question to share, in question order
   */
  public abstract Map<EngagementQuestion, EngagementShare> engagement();

  /**
   * Returns a copy with {@link #attribute() attribute} set to {@code value}: the grouping
   * attribute, such as {@code level}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final GroupPerception withAttribute(String value) {
    return ((ImmutableGroupPerception) this).generatedWithAttribute(
        Checks.notNull("GroupPerception", "attribute", value));
  }

  /**
   * Returns a copy with {@link #value() value} set to {@code value}: the group's value of the
   * attribute, such as {@code FRONTLINE}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final GroupPerception withValue(String value) {
    return ((ImmutableGroupPerception) this).generatedWithValue(Checks.notNull("GroupPerception", "value", value));
  }

  /**
   * Returns a copy whose {@link #dimensions() dimensions} holds the entries of {@code
   * entries}: the figures per dimension that may be reported.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final GroupPerception withDimensions(Map<Dimension, ? extends PerceptionFigures> entries) {
    return ((ImmutableGroupPerception) this).generatedWithDimensions(
        Checks.notNull("GroupPerception", "dimensions", entries));
  }

  /**
   * Returns a copy whose {@link #engagement() engagement} holds the entries of {@code
   * entries}: the engagement shares that may be reported.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final GroupPerception withEngagement(Map<EngagementQuestion, ? extends EngagementShare> entries) {
    return ((ImmutableGroupPerception) this).generatedWithEngagement(
        Checks.notNull("GroupPerception", "engagement", entries));
  }

  /**
   * Returns a copy whose {@link #notReported() notReported} holds the entries of {@code
   * entries}: the measured dimensions that the anonymity rules hide for this group.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final GroupPerception withNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
    return ((ImmutableGroupPerception) this).generatedWithNotReported(
        Checks.notNull("GroupPerception", "notReported", entries));
  }

  @Value.Check
  void check() {
    // Item figures of groups beside the organization's could give a hidden group's answers by
    // difference, which the disclosure guard does not check (see Psychometrics).
    for (Map.Entry<Dimension, PerceptionFigures> e : dimensions().entrySet()) {
      Checks.require(e.getValue().psychometrics().isEmpty(), "GroupPerception", "dimensions", e.getKey(),
          "must not hold psychometrics: only the organization's figures may");
    }
    for (Map.Entry<Dimension, NotReportedReason> e : notReported().entrySet()) {
      Checks.require(!dimensions().containsKey(e.getKey()), "GroupPerception", "notReported", e.getKey(),
          "must not give a reason for a dimension that has figures");
      Checks.require(e.getValue() == NotReportedReason.SUPPRESSED_FOR_ANONYMITY
          || e.getValue() == NotReportedReason.SUPPRESSED_COMPLEMENTARY
          || e.getValue() == NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING, "GroupPerception",
          "notReported", e.getValue(), "must be a SUPPRESSED_* reason for a group");
    }
    checkItems("GroupPerception", items(), itemsNotReported());
    for (NotReportedReason reason : itemsNotReported().values()) {
      Checks.require(reason == NotReportedReason.SUPPRESSED_FOR_ANONYMITY
          || reason == NotReportedReason.SUPPRESSED_COMPLEMENTARY
          || reason == NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING, "GroupPerception",
          "itemsNotReported", reason, "must be a SUPPRESSED_* reason for a group");
    }
  }

  /** Items are not repeated, and a dimension with a reason has no item figures. */
  static void checkItems(String type, List<ItemResult> items, Map<Dimension, NotReportedReason> reasons) {
    Set<String> seen = new HashSet<>();
    for (ItemResult item : items) {
      Checks.require(seen.add(item.itemId()), type, "items", item.itemId(), "must not repeat an item");
      Checks.require(!reasons.containsKey(item.dimension()), type, "itemsNotReported", item.dimension(),
          "must not give a reason for a dimension that has item figures");
    }
    for (NotReportedReason reason : reasons.values()) {
      Checks.require(reason != NotReportedReason.NOT_MEASURED, type, "itemsNotReported", reason,
          "must not list a dimension as NOT_MEASURED; leave it out");
    }
  }

  /**
   * The figures per item that may be reported for this group, in the instrument's order: the scale
   * items of the dimensions whose item figures the anonymity rules release for the group.
   *
   * @return the item results
   */
  public abstract List<ItemResult> items();

  /**
   * The measured dimensions whose item figures the anonymity rules hide for this group, with a
   * {@code SUPPRESSED_*} reason. The items of one dimension are released or hidden together.
   *
   * @return dimension to reason, in dimension order
   */
  public abstract Map<Dimension, NotReportedReason> itemsNotReported();

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the figures per item that may be
   * reported.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is null or the copy
   * breaks an invariant
   */
  public final GroupPerception withItems(ItemResult... elements) {
    return ((ImmutableGroupPerception) this).generatedWithItems(Checks.notNull("GroupPerception", "items", elements));
  }

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the figures per item that may be
   * reported.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is null or the copy
   * breaks an invariant
   */
  public final GroupPerception withItems(Iterable<? extends ItemResult> elements) {
    return ((ImmutableGroupPerception) this).generatedWithItems(Checks.notNull("GroupPerception", "items", elements));
  }

  /**
   * Returns a copy whose {@link #itemsNotReported() itemsNotReported} holds the entries of {@code entries}:
   * the measured dimensions whose item figures the anonymity rules hide for this group.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is null or the copy
   * breaks an invariant
   */
  public final GroupPerception withItemsNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
    return ((ImmutableGroupPerception) this).generatedWithItemsNotReported(Checks.notNull("GroupPerception", "itemsNotReported", entries));
  }

  /** Builds a {@link GroupPerception}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "GroupPerception";

    private final ImmutableGroupPerception.Builder delegate = ImmutableGroupPerception.generatedBuilder();

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
    public Builder from(GroupPerception instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link GroupPerception#attribute() attribute}: the grouping attribute, such as {@code
     * level}. Required.
     *
     * @param attribute the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code attribute} is null
     */
    public Builder attribute(String attribute) {
      delegate.attribute(Checks.notNull(TYPE, "attribute", attribute));
      return this;
    }

    /**
     * Sets {@link GroupPerception#value() value}: the group's value of the attribute, such as
     * {@code FRONTLINE}. Required.
     *
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code value} is null
     */
    public Builder value(String value) {
      delegate.value(Checks.notNull(TYPE, "value", value));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#dimensions() dimensions}, replacing any entry with
     * the same key: the figures per dimension that may be reported.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putDimension(Dimension key, PerceptionFigures value) {
      delegate.putDimension(Checks.notNull(TYPE, "dimensions", key), Checks.notNull(TYPE, "dimensions", value));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#dimensions() dimensions}, replacing any entry with
     * the same key: the figures per dimension that may be reported.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putDimension(Map.Entry<Dimension, ? extends PerceptionFigures> entry) {
      delegate.putDimension(Checks.notNull(TYPE, "dimensions", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link GroupPerception#dimensions() dimensions} with those of {@code
     * entries}: the figures per dimension that may be reported.
     *
     * <p>The field's contract: dimension to figures, in dimension order.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder dimensions(Map<Dimension, ? extends PerceptionFigures> entries) {
      delegate.dimensions(Checks.notNull(TYPE, "dimensions", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link GroupPerception#dimensions() dimensions}: the
     * figures per dimension that may be reported.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllDimensions(Map<Dimension, ? extends PerceptionFigures> entries) {
      delegate.putAllDimensions(Checks.notNull(TYPE, "dimensions", entries));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#engagement() engagement}, replacing any entry with
     * the same key: the engagement shares that may be reported.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putEngagement(EngagementQuestion key, EngagementShare value) {
      delegate.putEngagement(Checks.notNull(TYPE, "engagement", key), Checks.notNull(TYPE, "engagement", value));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#engagement() engagement}, replacing any entry with
     * the same key: the engagement shares that may be reported.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putEngagement(Map.Entry<EngagementQuestion, ? extends EngagementShare> entry) {
      delegate.putEngagement(Checks.notNull(TYPE, "engagement", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link GroupPerception#engagement() engagement} with those of {@code
     * entries}: the engagement shares that may be reported.
     *
     * <p>The field's contract: question to share, in question order.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder engagement(Map<EngagementQuestion, ? extends EngagementShare> entries) {
      delegate.engagement(Checks.notNull(TYPE, "engagement", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link GroupPerception#engagement() engagement}: the
     * engagement shares that may be reported.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllEngagement(Map<EngagementQuestion, ? extends EngagementShare> entries) {
      delegate.putAllEngagement(Checks.notNull(TYPE, "engagement", entries));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#notReported() notReported}, replacing any entry
     * with the same key: the measured dimensions that the anonymity rules hide for this group.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putNotReported(Dimension key, NotReportedReason value) {
      delegate.putNotReported(Checks.notNull(TYPE, "notReported", key), Checks.notNull(TYPE, "notReported", value));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#notReported() notReported}, replacing any entry
     * with the same key: the measured dimensions that the anonymity rules hide for this group.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putNotReported(Map.Entry<Dimension, ? extends NotReportedReason> entry) {
      delegate.putNotReported(Checks.notNull(TYPE, "notReported", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link GroupPerception#notReported() notReported} with those of
     * {@code entries}: the measured dimensions that the anonymity rules hide for this group.
     *
     * <p>The field's contract: dimension to reason, in dimension order; every reason is one of
     * the three {@code SUPPRESSED_*} reasons.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder notReported(Map<Dimension, ? extends NotReportedReason> entries) {
      delegate.notReported(Checks.notNull(TYPE, "notReported", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link GroupPerception#notReported() notReported}:
     * the measured dimensions that the anonymity rules hide for this group.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
      delegate.putAllNotReported(Checks.notNull(TYPE, "notReported", entries));
      return this;
    }

    /**
     * Adds one element to {@link GroupPerception#items() items}: the figures per item that may be reported.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addItem(ItemResult element) {
      delegate.addItem(Checks.notNull(TYPE, "items", element));
      return this;
    }

    /**
     * Adds the given elements to {@link GroupPerception#items() items}: the figures per item that may be
     * reported.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addItems(ItemResult... elements) {
      delegate.addItems(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Replaces every element of {@link GroupPerception#items() items} with those of {@code elements}: the
     * figures per item that may be reported.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder items(Iterable<? extends ItemResult> elements) {
      delegate.items(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link GroupPerception#items() items}: the figures per item
     * that may be reported.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllItems(Iterable<? extends ItemResult> elements) {
      delegate.addAllItems(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#itemsNotReported() itemsNotReported}, replacing any entry
     * with the same key: the measured dimensions whose item figures the anonymity rules hide for this group.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putItemsNotReported(Dimension key, NotReportedReason value) {
      delegate.putItemsNotReported(Checks.notNull(TYPE, "itemsNotReported", key), Checks.notNull(TYPE, "itemsNotReported", value));
      return this;
    }

    /**
     * Puts one entry into {@link GroupPerception#itemsNotReported() itemsNotReported}, replacing any entry
     * with the same key: the measured dimensions whose item figures the anonymity rules hide for this group.
     *
     * @param entry the entry; not null, nor its key or value
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putItemsNotReported(Map.Entry<Dimension, ? extends NotReportedReason> entry) {
      delegate.putItemsNotReported(Checks.notNull(TYPE, "itemsNotReported", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link GroupPerception#itemsNotReported() itemsNotReported} with those of
     * {@code entries}: the measured dimensions whose item figures the anonymity rules hide for this group.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder itemsNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
      delegate.itemsNotReported(Checks.notNull(TYPE, "itemsNotReported", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link GroupPerception#itemsNotReported() itemsNotReported}:
     * the measured dimensions whose item figures the anonymity rules hide for this group.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllItemsNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
      delegate.putAllItemsNotReported(Checks.notNull(TYPE, "itemsNotReported", entries));
      return this;
    }

    /**
     * Builds the {@link GroupPerception}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public GroupPerception build() {
      return delegate.build();
    }
  }
}
