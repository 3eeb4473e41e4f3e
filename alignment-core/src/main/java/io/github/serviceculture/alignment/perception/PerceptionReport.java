package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a survey says about one organization: per dimension the level, reliability and agreement;
 * the engagement shares; the same per reported group; gaps and intraclass correlations between
 * groups.
 *
 * <p>Privacy: a set of respondents smaller than the policy's anonymity threshold is never reported,
 * not even its size; when exactly one set of an attribute would be hidden, the smallest reported one
 * is hidden too, so that no hidden figure can be recovered by subtracting the others from the total.
 * Organization-wide figures follow the same threshold.
 *
 * <p>No figure is silently missing: every dimension the instrument measures is either in {@link
 * #dimensions()} or in {@link #notReported()} with the reason, never in both; {@link
 * #dimension(Dimension)} gives one or the other, and {@link NotReportedReason#NOT_MEASURED} for a
 * dimension the instrument does not measure. Groups follow the same rule (see {@link
 * GroupPerception}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerceptionReport {
  PerceptionReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the instrument answered.
   *
   * @return the instrument id
   */
  public abstract String instrumentId();

  /**
   * The version of the instrument answered.
   *
   * @return the instrument version
   */
  public abstract String instrumentVersion();

  /**
   * The number of respondents in the response set.
   *
   * @return the count
   */
  public abstract int respondentCount();

  /**
   * The organization-wide figures per dimension measured, for the dimensions that are reported; the
   * others are in {@link #notReported()}.
   *
   * @return dimension to figures, in dimension order
   */
  public abstract Map<Dimension, PerceptionFigures> dimensions();

  /**
   * Why each measured dimension without organization-wide figures has none. Its keys and those of
   * {@link #dimensions()} never overlap, and its reasons are never {@link NotReportedReason#NOT_MEASURED};
   * in a report made by {@link PerceptionScorer}, the two maps' keys together are the dimensions the
   * instrument measures.
   *
   * @return dimension to reason, in dimension order; empty when every measured dimension is reported
   */
  public abstract Map<Dimension, NotReportedReason> notReported();

  /**
   * The organization-wide figures of one dimension, or why there are none.
   *
   * @param dimension the dimension
   * @return the figures, or the reason: {@link NotReportedReason#NOT_MEASURED} for a dimension that
   *     is neither reported nor in {@link #notReported()}
   */
  public final Reported<PerceptionFigures> dimension(Dimension dimension) {
    return reported(dimension, dimensions(), notReported());
  }

  /**
   * The organization-wide engagement shares.
   *
   * @return question to share, in question order
   */
  public abstract Map<EngagementQuestion, EngagementShare> engagement();

  /**
   * The reported groups, ordered by attribute (policy order) and then value.
   *
   * @return the groups
   */
  public abstract List<GroupPerception> groups();

  /**
   * The gaps between reported groups: for {@code level}, each level against {@code FRONTLINE}; for
   * other attributes, every pair of groups.
   *
   * @return the gaps, ordered by attribute, dimension, first and second group
   */
  public abstract List<PerceptionGap> gaps();

  /**
   * ICC(1) and ICC(2) per attribute and dimension, over the reported groups.
   *
   * @return the figures, ordered by attribute and dimension; absent where fewer than two groups are
   *     reported
   */
  public abstract List<GroupDifferences> groupDifferences();

  /**
   * Returns a copy with {@link #instrumentId() instrumentId} set to {@code value}: the id of
   * the instrument answered.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionReport withInstrumentId(String value) {
    return ((ImmutablePerceptionReport) this).generatedWithInstrumentId(
        Checks.notNull("PerceptionReport", "instrumentId", value));
  }

  /**
   * Returns a copy with {@link #instrumentVersion() instrumentVersion} set to {@code value}:
   * the version of the instrument answered.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final PerceptionReport withInstrumentVersion(String value) {
    return ((ImmutablePerceptionReport) this).generatedWithInstrumentVersion(
        Checks.notNull("PerceptionReport", "instrumentVersion", value));
  }

  /**
   * Returns a copy with {@link #respondentCount() respondentCount} set to {@code value}: the
   * number of respondents in the response set.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionReport withRespondentCount(int value) {
    return ((ImmutablePerceptionReport) this).generatedWithRespondentCount(value);
  }

  /**
   * Returns a copy whose {@link #dimensions() dimensions} holds the entries of {@code
   * entries}: the organization-wide figures per dimension measured (absent for a dimension
   * whose scored respondents are fewer than the anonymity threshold).
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withDimensions(Map<Dimension, ? extends PerceptionFigures> entries) {
    return ((ImmutablePerceptionReport) this).generatedWithDimensions(
        Checks.notNull("PerceptionReport", "dimensions", entries));
  }

  /**
   * Returns a copy whose {@link #engagement() engagement} holds the entries of {@code
   * entries}: the organization-wide engagement shares.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withEngagement(Map<EngagementQuestion, ? extends EngagementShare> entries) {
    return ((ImmutablePerceptionReport) this).generatedWithEngagement(
        Checks.notNull("PerceptionReport", "engagement", entries));
  }

  /**
   * Returns a copy whose {@link #groups() groups} are the given elements: the reported groups,
   * ordered by attribute (policy order) and then value.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withGroups(GroupPerception... elements) {
    return ((ImmutablePerceptionReport) this).generatedWithGroups(
        Checks.notNull("PerceptionReport", "groups", elements));
  }

  /**
   * Returns a copy whose {@link #groups() groups} are the given elements: the reported groups,
   * ordered by attribute (policy order) and then value.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withGroups(Iterable<? extends GroupPerception> elements) {
    return ((ImmutablePerceptionReport) this).generatedWithGroups(
        Checks.notNull("PerceptionReport", "groups", elements));
  }

  /**
   * Returns a copy whose {@link #gaps() gaps} are the given elements: the gaps between
   * reported groups: for {@code level}, each level against {@code FRONTLINE}; for other
   * attributes, every pair of groups.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withGaps(PerceptionGap... elements) {
    return ((ImmutablePerceptionReport) this).generatedWithGaps(Checks.notNull("PerceptionReport", "gaps", elements));
  }

  /**
   * Returns a copy whose {@link #gaps() gaps} are the given elements: the gaps between
   * reported groups: for {@code level}, each level against {@code FRONTLINE}; for other
   * attributes, every pair of groups.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withGaps(Iterable<? extends PerceptionGap> elements) {
    return ((ImmutablePerceptionReport) this).generatedWithGaps(Checks.notNull("PerceptionReport", "gaps", elements));
  }

  /**
   * Returns a copy whose {@link #groupDifferences() groupDifferences} are the given elements:
   * ICC(1) and ICC(2) per attribute and dimension, over the reported groups.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withGroupDifferences(GroupDifferences... elements) {
    return ((ImmutablePerceptionReport) this).generatedWithGroupDifferences(
        Checks.notNull("PerceptionReport", "groupDifferences", elements));
  }

  /**
   * Returns a copy whose {@link #groupDifferences() groupDifferences} are the given elements:
   * ICC(1) and ICC(2) per attribute and dimension, over the reported groups.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withGroupDifferences(Iterable<? extends GroupDifferences> elements) {
    return ((ImmutablePerceptionReport) this).generatedWithGroupDifferences(
        Checks.notNull("PerceptionReport", "groupDifferences", elements));
  }

  /**
   * Returns a copy whose {@link #notReported() notReported} holds the entries of {@code
   * entries}: why each measured dimension without organization-wide figures has none.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionReport withNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
    return ((ImmutablePerceptionReport) this).generatedWithNotReported(
        Checks.notNull("PerceptionReport", "notReported", entries));
  }

  /**
   * The sealed record of this release, present when the report was scored with a {@link
   * ReleaseKey}: give it to the next scoring of the same survey so that no figure of that release
   * singles anyone out by difference with this one.
   *
   * @return the ledger, or empty when scored without a key
   */
  public abstract Optional<ReleaseLedger> ledger();

  /**
   * Returns a copy with {@link #ledger() ledger} set to a present {@code value}: the sealed record
   * of this release.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   */
  public final PerceptionReport withLedger(ReleaseLedger value) {
    return ((ImmutablePerceptionReport) this).generatedWithLedger(Checks.notNull("PerceptionReport", "ledger", value));
  }

  /**
   * Returns a copy with {@link #ledger() ledger} set to {@code optional}, or cleared when it is
   * empty: the sealed record of this release.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null
   */
  public final PerceptionReport withLedger(Optional<? extends ReleaseLedger> optional) {
    return ((ImmutablePerceptionReport) this).generatedWithLedger(Checks.notNull("PerceptionReport", "ledger", optional));
  }

  /**
   * The response rates, present when the survey was scored with {@linkplain
   * io.github.serviceculture.alignment.survey.Headcounts headcounts}: each released only where the
   * anonymity rules release the respondent count it rests on.
   *
   * @return the participation, or empty when scored without headcounts
   */
  public abstract Optional<Participation> participation();

  /**
   * Returns a copy with {@link #participation() participation} set to a present {@code value}:
   * the response rates.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   */
  public final PerceptionReport withParticipation(Participation value) {
    return ((ImmutablePerceptionReport) this).generatedWithParticipation(
        Checks.notNull("PerceptionReport", "participation", value));
  }

  /**
   * Returns a copy with {@link #participation() participation} set to {@code optional}, or cleared
   * when it is empty: the response rates.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null
   */
  public final PerceptionReport withParticipation(Optional<? extends Participation> optional) {
    return ((ImmutablePerceptionReport) this).generatedWithParticipation(
        Checks.notNull("PerceptionReport", "participation", optional));
  }

  /**
   * The drivers of the policy's outcome across the organization ({@link
   * PerceptionPolicy#driversOutcome()}): how much each dimension's score accounts for the outcome.
   *
   * @return the analysis, or empty when the policy names no outcome
   */
  public abstract Optional<Drivers> drivers();

  /**
   * Returns a copy with {@link #drivers() drivers} set to a present {@code value}: the drivers of
   * the policy's outcome across the organization.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final PerceptionReport withDrivers(Drivers value) {
    return ((ImmutablePerceptionReport) this).generatedWithDrivers(Checks.notNull("PerceptionReport", "drivers", value));
  }

  /**
   * Returns a copy with {@link #drivers() drivers} set to {@code optional}, or cleared when it is
   * empty: the drivers of the policy's outcome across the organization.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or
   * the copy breaks an invariant
   */
  public final PerceptionReport withDrivers(Optional<? extends Drivers> optional) {
    return ((ImmutablePerceptionReport) this).generatedWithDrivers(
        Checks.notNull("PerceptionReport", "drivers", optional));
  }

  @Value.Check
  void check() {
    for (Map.Entry<Dimension, NotReportedReason> e : notReported().entrySet()) {
      Checks.require(!dimensions().containsKey(e.getKey()), "PerceptionReport", "notReported", e.getKey(),
          "must not give a reason for a dimension that has figures");
      // A dimension the instrument does not measure is absent from both maps; dimension(d) says NOT_MEASURED.
      Checks.require(e.getValue() != NotReportedReason.NOT_MEASURED, "PerceptionReport", "notReported",
          e.getValue(), "must not list a dimension as NOT_MEASURED; leave it out");
      Checks.require(e.getValue() != NotReportedReason.SUPPRESSED_COMPLEMENTARY, "PerceptionReport", "notReported",
          e.getValue(), "must not be SUPPRESSED_COMPLEMENTARY for the organization, a reason only groups have");
    }
    GroupPerception.checkItems("PerceptionReport", items(), itemsNotReported());
  }

  static Reported<PerceptionFigures> reported(Dimension dimension, Map<Dimension, PerceptionFigures> figures,
      Map<Dimension, NotReportedReason> reasons) {
    PerceptionFigures f = figures.get(dimension);
    if (f != null) {
      return Reported.of(f);
    }
    NotReportedReason reason = reasons.get(dimension);
    return Reported.notReported(reason != null ? reason : NotReportedReason.NOT_MEASURED);
  }

  /**
   * The organization-wide figures per item, in the instrument's order: the scale items of the
   * dimensions whose item figures are released.
   *
   * @return the item results
   */
  public abstract List<ItemResult> items();

  /**
   * The measured dimensions whose item figures are not reported for the organization, and why: the
   * reasons of {@link #notReported()}, where {@link NotReportedReason#TOO_FEW_ITEMS_ANSWERED} means
   * that fewer than the anonymity threshold answered every item of the dimension, and also {@link
   * NotReportedReason#SUPPRESSED_COMPLEMENTARY} when the item figures, set against the dimension's,
   * would give the answers of the few who skipped one of its items. The items of one dimension are
   * released or hidden together.
   *
   * @return dimension to reason, in dimension order
   */
  public abstract Map<Dimension, NotReportedReason> itemsNotReported();

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the organization-wide figures per
   * item, in the instrument's order.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is null or the copy
   * breaks an invariant
   */
  public final PerceptionReport withItems(ItemResult... elements) {
    return ((ImmutablePerceptionReport) this).generatedWithItems(Checks.notNull("PerceptionReport", "items", elements));
  }

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the organization-wide figures per
   * item, in the instrument's order.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is null or the copy
   * breaks an invariant
   */
  public final PerceptionReport withItems(Iterable<? extends ItemResult> elements) {
    return ((ImmutablePerceptionReport) this).generatedWithItems(Checks.notNull("PerceptionReport", "items", elements));
  }

  /**
   * Returns a copy whose {@link #itemsNotReported() itemsNotReported} holds the entries of {@code entries}:
   * the measured dimensions whose item figures are not reported for the organization, and why.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is null or the copy
   * breaks an invariant
   */
  public final PerceptionReport withItemsNotReported(Map<Dimension, ? extends NotReportedReason> entries) {
    return ((ImmutablePerceptionReport) this).generatedWithItemsNotReported(Checks.notNull("PerceptionReport", "itemsNotReported", entries));
  }

  /** Builds a {@link PerceptionReport}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "PerceptionReport";

    private final ImmutablePerceptionReport.Builder delegate = ImmutablePerceptionReport.generatedBuilder();

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
    public Builder from(PerceptionReport instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#instrumentId() instrumentId}: the id of the instrument answered.
     * Required.
     *
     * @param instrumentId the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code instrumentId} is null
     */
    public Builder instrumentId(String instrumentId) {
      delegate.instrumentId(Checks.notNull(TYPE, "instrumentId", instrumentId));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#instrumentVersion() instrumentVersion}: the version of the
     * instrument answered. Required.
     *
     * @param instrumentVersion the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code instrumentVersion} is null
     */
    public Builder instrumentVersion(String instrumentVersion) {
      delegate.instrumentVersion(Checks.notNull(TYPE, "instrumentVersion", instrumentVersion));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#respondentCount() respondentCount}: the number of respondents in
     * the response set. Required.
     *
     * @param respondentCount the value
     * @return this builder
     */
    public Builder respondentCount(int respondentCount) {
      delegate.respondentCount(respondentCount);
      return this;
    }

    /**
     * Puts one entry into {@link PerceptionReport#dimensions() dimensions}, replacing any entry
     * with the same key: the organization-wide figures per dimension measured (absent for a
     * dimension whose scored respondents are fewer than the anonymity threshold).
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
     * Puts one entry into {@link PerceptionReport#dimensions() dimensions}, replacing any entry
     * with the same key: the organization-wide figures per dimension measured (absent for a
     * dimension whose scored respondents are fewer than the anonymity threshold).
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
     * Replaces every entry of {@link PerceptionReport#dimensions() dimensions} with those of {@code
     * entries}: the organization-wide figures per dimension measured (absent for a dimension whose
     * scored respondents are fewer than the anonymity threshold).
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
     * Puts every entry of {@code entries} into {@link PerceptionReport#dimensions() dimensions}:
     * the organization-wide figures per dimension measured (absent for a dimension whose scored
     * respondents are fewer than the anonymity threshold).
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
     * Puts one entry into {@link PerceptionReport#engagement() engagement}, replacing any entry
     * with the same key: the organization-wide engagement shares.
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
     * Puts one entry into {@link PerceptionReport#engagement() engagement}, replacing any entry
     * with the same key: the organization-wide engagement shares.
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
     * Replaces every entry of {@link PerceptionReport#engagement() engagement} with those of {@code
     * entries}: the organization-wide engagement shares.
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
     * Puts every entry of {@code entries} into {@link PerceptionReport#engagement() engagement}:
     * the organization-wide engagement shares.
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
     * Adds one element to {@link PerceptionReport#groups() groups}: the reported groups, ordered by
     * attribute (policy order) and then value.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addGroup(GroupPerception element) {
      delegate.addGroup(Checks.notNull(TYPE, "groups", element));
      return this;
    }

    /**
     * Adds the given elements to {@link PerceptionReport#groups() groups}: the reported groups,
     * ordered by attribute (policy order) and then value.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addGroups(GroupPerception... elements) {
      delegate.addGroups(Checks.notNull(TYPE, "groups", elements));
      return this;
    }

    /**
     * Replaces every element of {@link PerceptionReport#groups() groups} with those of {@code
     * elements}: the reported groups, ordered by attribute (policy order) and then value.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder groups(Iterable<? extends GroupPerception> elements) {
      delegate.groups(Checks.notNull(TYPE, "groups", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PerceptionReport#groups() groups}: the
     * reported groups, ordered by attribute (policy order) and then value.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllGroups(Iterable<? extends GroupPerception> elements) {
      delegate.addAllGroups(Checks.notNull(TYPE, "groups", elements));
      return this;
    }

    /**
     * Adds one element to {@link PerceptionReport#gaps() gaps}: the gaps between reported groups:
     * for {@code level}, each level against {@code FRONTLINE}; for other attributes, every pair of
     * groups.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addGap(PerceptionGap element) {
      delegate.addGap(Checks.notNull(TYPE, "gaps", element));
      return this;
    }

    /**
     * Adds the given elements to {@link PerceptionReport#gaps() gaps}: the gaps between reported
     * groups: for {@code level}, each level against {@code FRONTLINE}; for other attributes, every
     * pair of groups.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addGaps(PerceptionGap... elements) {
      delegate.addGaps(Checks.notNull(TYPE, "gaps", elements));
      return this;
    }

    /**
     * Replaces every element of {@link PerceptionReport#gaps() gaps} with those of {@code
     * elements}: the gaps between reported groups: for {@code level}, each level against {@code
     * FRONTLINE}; for other attributes, every pair of groups.
     *
     * <p>The field's contract: the gaps, ordered by attribute, dimension, first and second group.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder gaps(Iterable<? extends PerceptionGap> elements) {
      delegate.gaps(Checks.notNull(TYPE, "gaps", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PerceptionReport#gaps() gaps}: the gaps
     * between reported groups: for {@code level}, each level against {@code FRONTLINE}; for other
     * attributes, every pair of groups.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllGaps(Iterable<? extends PerceptionGap> elements) {
      delegate.addAllGaps(Checks.notNull(TYPE, "gaps", elements));
      return this;
    }

    /**
     * Adds one element to {@link PerceptionReport#groupDifferences() groupDifferences}: ICC(1) and
     * ICC(2) per attribute and dimension, over the reported groups.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addGroupDifference(GroupDifferences element) {
      delegate.addGroupDifference(Checks.notNull(TYPE, "groupDifferences", element));
      return this;
    }

    /**
     * Adds the given elements to {@link PerceptionReport#groupDifferences() groupDifferences}:
     * ICC(1) and ICC(2) per attribute and dimension, over the reported groups.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addGroupDifferences(GroupDifferences... elements) {
      delegate.addGroupDifferences(Checks.notNull(TYPE, "groupDifferences", elements));
      return this;
    }

    /**
     * Replaces every element of {@link PerceptionReport#groupDifferences() groupDifferences} with
     * those of {@code elements}: ICC(1) and ICC(2) per attribute and dimension, over the reported
     * groups.
     *
     * <p>The field's contract: the figures, ordered by attribute and dimension; absent where fewer
     * than two groups are reported.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder groupDifferences(Iterable<? extends GroupDifferences> elements) {
      delegate.groupDifferences(Checks.notNull(TYPE, "groupDifferences", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PerceptionReport#groupDifferences()
     * groupDifferences}: ICC(1) and ICC(2) per attribute and dimension, over the reported groups.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllGroupDifferences(Iterable<? extends GroupDifferences> elements) {
      delegate.addAllGroupDifferences(Checks.notNull(TYPE, "groupDifferences", elements));
      return this;
    }

    /**
     * Puts one entry into {@link PerceptionReport#notReported() notReported}, replacing any entry
     * with the same key: why each measured dimension without organization-wide figures has none.
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
     * Puts one entry into {@link PerceptionReport#notReported() notReported}, replacing any entry
     * with the same key: why each measured dimension without organization-wide figures has none.
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
     * Replaces every entry of {@link PerceptionReport#notReported() notReported} with those of
     * {@code entries}: why each measured dimension without organization-wide figures has none.
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
     * Puts every entry of {@code entries} into {@link PerceptionReport#notReported() notReported}:
     * why each measured dimension without organization-wide figures has none.
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
     * Sets {@link PerceptionReport#ledger() ledger} to a present value: the sealed record of this
     * release.
     *
     * @param ledger the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code ledger} is null
     */
    public Builder ledger(ReleaseLedger ledger) {
      delegate.ledger(Checks.notNull(TYPE, "ledger", ledger));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#ledger() ledger}, or clears it when {@code ledger} is empty: the
     * sealed record of this release.
     *
     * @param ledger the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code ledger} is null
     */
    public Builder ledger(Optional<? extends ReleaseLedger> ledger) {
      delegate.ledger(Checks.notNull(TYPE, "ledger", ledger));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#participation() participation} to a present value: the response
     * rates.
     *
     * @param participation the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code participation} is null
     */
    public Builder participation(Participation participation) {
      delegate.participation(Checks.notNull(TYPE, "participation", participation));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#participation() participation}, or clears it when {@code
     * participation} is empty: the response rates.
     *
     * @param participation the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code participation} is null
     */
    public Builder participation(Optional<? extends Participation> participation) {
      delegate.participation(Checks.notNull(TYPE, "participation", participation));
      return this;
    }


    /**
     * Sets {@link PerceptionReport#drivers() drivers} to a present value: the drivers of the
     * policy's outcome across the organization.
     *
     * @param drivers the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code drivers} is null
     */
    public Builder drivers(Drivers drivers) {
      delegate.drivers(Checks.notNull(TYPE, "drivers", drivers));
      return this;
    }

    /**
     * Sets {@link PerceptionReport#drivers() drivers}, or clears it when {@code drivers} is empty:
     * the drivers of the policy's outcome across the organization.
     *
     * @param drivers the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code drivers} is null
     */
    public Builder drivers(Optional<? extends Drivers> drivers) {
      delegate.drivers(Checks.notNull(TYPE, "drivers", drivers));
      return this;
    }

    /**
     * Adds one element to {@link PerceptionReport#items() items}: the organization-wide figures per item, in
     * the instrument's order.
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
     * Adds the given elements to {@link PerceptionReport#items() items}: the organization-wide figures per
     * item, in the instrument's order.
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
     * Replaces every element of {@link PerceptionReport#items() items} with those of {@code elements}: the
     * organization-wide figures per item, in the instrument's order.
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
     * Adds every element of {@code elements} to {@link PerceptionReport#items() items}: the organization-wide
     * figures per item, in the instrument's order.
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
     * Puts one entry into {@link PerceptionReport#itemsNotReported() itemsNotReported}, replacing any entry
     * with the same key: the measured dimensions whose item figures are not reported for the organization,
     * and why.
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
     * Puts one entry into {@link PerceptionReport#itemsNotReported() itemsNotReported}, replacing any entry
     * with the same key: the measured dimensions whose item figures are not reported for the organization,
     * and why.
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
     * Replaces every entry of {@link PerceptionReport#itemsNotReported() itemsNotReported} with those of
     * {@code entries}: the measured dimensions whose item figures are not reported for the organization, and
     * why.
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
     * Puts every entry of {@code entries} into {@link PerceptionReport#itemsNotReported() itemsNotReported}:
     * the measured dimensions whose item figures are not reported for the organization, and why.
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
     * Builds the {@link PerceptionReport}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public PerceptionReport build() {
      return delegate.build();
    }
  }
}
