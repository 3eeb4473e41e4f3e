package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of an assessment: where the organization is out of alignment with its vision, why, and
 * what to do first.
 *
 * <p>Like a car that pulls toward its worst wheel, a culture drifts toward its weakest point: {@link
 * #weakestDimension()} names it, and {@link #priorities()} starts from the most severe findings.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AlignmentReport {
  AlignmentReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the report was computed with.
   *
   * @return the metadata
   */
  public abstract ReportMetadata metadata();

  /**
   * One result per dimension, in dimension order.
   *
   * @return the dimension results
   */
  public abstract List<DimensionResult> dimensions();

  /**
   * The overall alignment index: the weighted mean of the dimensions' alignment scores.
   *
   * @return the index, 0 to 100, or undefined when no dimension has a score
   */
  public abstract Estimate alignmentIndex();

  /**
   * The dimension with the lowest alignment score (the first in dimension order on a tie).
   *
   * @return the weakest dimension, or empty when no dimension has a score
   */
  public abstract Optional<Dimension> weakestDimension();

  /**
   * All findings, most severe first, then by dimension, rule id and message.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * What to do first: up to three findings from different rules, the most severe first and, among
   * equals, those of the weakest dimensions. A key driver (a {@code <DIM>.KEY_DRIVER} finding: a
   * dimension that drives the survey's outcome and scores below the others) always has a place:
   * when it is not among the three, it takes the third.
   *
   * @return the priorities
   */
  public abstract List<Finding> priorities();

  /**
   * The scored survey, with group results and gaps (groups under the anonymity threshold are not in
   * it).
   *
   * @return the perceptions, or empty without a survey
   */
  public abstract Optional<PerceptionReport> perceptions();

  /**
   * Where the organization's scores stand among other organizations', when the report was ranked
   * against norms ({@code Norms.rank(report)}).
   *
   * @return the standings, or empty when not ranked
   */
  public abstract Optional<Standings> standings();

  /**
   * The result of one dimension.
   *
   * @param dimension the dimension
   * @return its result
   */
  public final DimensionResult dimension(Dimension dimension) {
    return dimensions().stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow();
  }

  /**
   * Returns a copy with {@link #metadata() metadata} set to {@code value}: what the report was
   * computed with.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final AlignmentReport withMetadata(ReportMetadata value) {
    return ((ImmutableAlignmentReport) this).generatedWithMetadata(
        Checks.notNull("AlignmentReport", "metadata", value));
  }

  /**
   * Returns a copy whose {@link #dimensions() dimensions} are the given elements: one result
   * per dimension, in dimension order.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withDimensions(DimensionResult... elements) {
    return ((ImmutableAlignmentReport) this).generatedWithDimensions(
        Checks.notNull("AlignmentReport", "dimensions", elements));
  }

  /**
   * Returns a copy whose {@link #dimensions() dimensions} are the given elements: one result
   * per dimension, in dimension order.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withDimensions(Iterable<? extends DimensionResult> elements) {
    return ((ImmutableAlignmentReport) this).generatedWithDimensions(
        Checks.notNull("AlignmentReport", "dimensions", elements));
  }

  /**
   * Returns a copy with {@link #alignmentIndex() alignmentIndex} set to {@code value}: the
   * overall alignment index: the weighted mean of the dimensions' alignment scores.
   *
   * <p>The field's contract: the index, 0 to 100, or undefined when no dimension has a score.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final AlignmentReport withAlignmentIndex(Estimate value) {
    return ((ImmutableAlignmentReport) this).generatedWithAlignmentIndex(
        Checks.notNull("AlignmentReport", "alignmentIndex", value));
  }

  /**
   * Returns a copy with {@link #weakestDimension() weakestDimension} set to a present {@code
   * value}: the dimension with the lowest alignment score (the first in dimension order on a
   * tie).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final AlignmentReport withWeakestDimension(Dimension value) {
    return ((ImmutableAlignmentReport) this).generatedWithWeakestDimension(
        Checks.notNull("AlignmentReport", "weakestDimension", value));
  }

  /**
   * Returns a copy with {@link #weakestDimension() weakestDimension} set to {@code optional},
   * or cleared when it is empty: the dimension with the lowest alignment score (the first in
   * dimension order on a tie).
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withWeakestDimension(Optional<? extends Dimension> optional) {
    return ((ImmutableAlignmentReport) this).generatedWithWeakestDimension(
        Checks.notNull("AlignmentReport", "weakestDimension", optional));
  }

  /**
   * Returns a copy whose {@link #findings() findings} are the given elements: all findings,
   * most severe first, then by dimension, rule id and message.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withFindings(Finding... elements) {
    return ((ImmutableAlignmentReport) this).generatedWithFindings(
        Checks.notNull("AlignmentReport", "findings", elements));
  }

  /**
   * Returns a copy whose {@link #findings() findings} are the given elements: all findings,
   * most severe first, then by dimension, rule id and message.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withFindings(Iterable<? extends Finding> elements) {
    return ((ImmutableAlignmentReport) this).generatedWithFindings(
        Checks.notNull("AlignmentReport", "findings", elements));
  }

  /**
   * Returns a copy whose {@link #priorities() priorities} are the given elements: what to do
   * first: up to three findings from different rules, the most severe first and, among equals,
   * those of the weakest dimensions.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withPriorities(Finding... elements) {
    return ((ImmutableAlignmentReport) this).generatedWithPriorities(
        Checks.notNull("AlignmentReport", "priorities", elements));
  }

  /**
   * Returns a copy whose {@link #priorities() priorities} are the given elements: what to do
   * first: up to three findings from different rules, the most severe first and, among equals,
   * those of the weakest dimensions.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withPriorities(Iterable<? extends Finding> elements) {
    return ((ImmutableAlignmentReport) this).generatedWithPriorities(
        Checks.notNull("AlignmentReport", "priorities", elements));
  }

  /**
   * Returns a copy with {@link #perceptions() perceptions} set to a present {@code value}: the
   * scored survey, with group results and gaps (groups under the anonymity threshold are not
   * in it).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final AlignmentReport withPerceptions(PerceptionReport value) {
    return ((ImmutableAlignmentReport) this).generatedWithPerceptions(
        Checks.notNull("AlignmentReport", "perceptions", value));
  }

  /**
   * Returns a copy with {@link #perceptions() perceptions} set to {@code optional}, or cleared
   * when it is empty: the scored survey, with group results and gaps (groups under the
   * anonymity threshold are not in it).
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final AlignmentReport withPerceptions(Optional<? extends PerceptionReport> optional) {
    return ((ImmutableAlignmentReport) this).generatedWithPerceptions(
        Checks.notNull("AlignmentReport", "perceptions", optional));
  }

  /**
   * Returns a copy with {@link #standings() standings} set to a present {@code value}: where the
   * organization's scores stand among other organizations'.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   */
  public final AlignmentReport withStandings(Standings value) {
    return ((ImmutableAlignmentReport) this).generatedWithStandings(
        Checks.notNull("AlignmentReport", "standings", value));
  }

  /**
   * Returns a copy with {@link #standings() standings} set to {@code optional}, or cleared when it
   * is empty.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null
   */
  public final AlignmentReport withStandings(Optional<? extends Standings> optional) {
    return ((ImmutableAlignmentReport) this).generatedWithStandings(
        Checks.notNull("AlignmentReport", "standings", optional));
  }

  /** Builds an {@link AlignmentReport}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "AlignmentReport";

    private final ImmutableAlignmentReport.Builder delegate = ImmutableAlignmentReport.generatedBuilder();

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
    public Builder from(AlignmentReport instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#metadata() metadata}: what the report was computed with.
     * Required.
     *
     * @param metadata the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code metadata} is null
     */
    public Builder metadata(ReportMetadata metadata) {
      delegate.metadata(Checks.notNull(TYPE, "metadata", metadata));
      return this;
    }

    /**
     * Adds one element to {@link AlignmentReport#dimensions() dimensions}: one result per
     * dimension, in dimension order.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addDimension(DimensionResult element) {
      delegate.addDimension(Checks.notNull(TYPE, "dimensions", element));
      return this;
    }

    /**
     * Adds the given elements to {@link AlignmentReport#dimensions() dimensions}: one result per
     * dimension, in dimension order.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addDimensions(DimensionResult... elements) {
      delegate.addDimensions(Checks.notNull(TYPE, "dimensions", elements));
      return this;
    }

    /**
     * Replaces every element of {@link AlignmentReport#dimensions() dimensions} with those of
     * {@code elements}: one result per dimension, in dimension order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder dimensions(Iterable<? extends DimensionResult> elements) {
      delegate.dimensions(Checks.notNull(TYPE, "dimensions", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link AlignmentReport#dimensions() dimensions}:
     * one result per dimension, in dimension order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllDimensions(Iterable<? extends DimensionResult> elements) {
      delegate.addAllDimensions(Checks.notNull(TYPE, "dimensions", elements));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#alignmentIndex() alignmentIndex}: the overall alignment index:
     * the weighted mean of the dimensions' alignment scores. Required.
     *
     * <p>The field's contract: the index, 0 to 100, or undefined when no dimension has a score.
     *
     * @param alignmentIndex the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code alignmentIndex} is null
     */
    public Builder alignmentIndex(Estimate alignmentIndex) {
      delegate.alignmentIndex(Checks.notNull(TYPE, "alignmentIndex", alignmentIndex));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#weakestDimension() weakestDimension} to a present value: the
     * dimension with the lowest alignment score (the first in dimension order on a tie).
     *
     * @param weakestDimension the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code weakestDimension} is null
     */
    public Builder weakestDimension(Dimension weakestDimension) {
      delegate.weakestDimension(Checks.notNull(TYPE, "weakestDimension", weakestDimension));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#weakestDimension() weakestDimension}, or clears it when {@code
     * weakestDimension} is empty: the dimension with the lowest alignment score (the first in
     * dimension order on a tie).
     *
     * @param weakestDimension the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code weakestDimension} is null
     */
    public Builder weakestDimension(Optional<? extends Dimension> weakestDimension) {
      delegate.weakestDimension(Checks.notNull(TYPE, "weakestDimension", weakestDimension));
      return this;
    }

    /**
     * Adds one element to {@link AlignmentReport#findings() findings}: all findings, most severe
     * first, then by dimension, rule id and message.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addFinding(Finding element) {
      delegate.addFinding(Checks.notNull(TYPE, "findings", element));
      return this;
    }

    /**
     * Adds the given elements to {@link AlignmentReport#findings() findings}: all findings, most
     * severe first, then by dimension, rule id and message.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addFindings(Finding... elements) {
      delegate.addFindings(Checks.notNull(TYPE, "findings", elements));
      return this;
    }

    /**
     * Replaces every element of {@link AlignmentReport#findings() findings} with those of {@code
     * elements}: all findings, most severe first, then by dimension, rule id and message.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder findings(Iterable<? extends Finding> elements) {
      delegate.findings(Checks.notNull(TYPE, "findings", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link AlignmentReport#findings() findings}: all
     * findings, most severe first, then by dimension, rule id and message.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllFindings(Iterable<? extends Finding> elements) {
      delegate.addAllFindings(Checks.notNull(TYPE, "findings", elements));
      return this;
    }

    /**
     * Adds one element to {@link AlignmentReport#priorities() priorities}: what to do first: up to
     * three findings from different rules, the most severe first and, among equals, those of the
     * weakest dimensions.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addPriority(Finding element) {
      delegate.addPriority(Checks.notNull(TYPE, "priorities", element));
      return this;
    }

    /**
     * Adds the given elements to {@link AlignmentReport#priorities() priorities}: what to do first:
     * up to three findings from different rules, the most severe first and, among equals, those of
     * the weakest dimensions.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addPriorities(Finding... elements) {
      delegate.addPriorities(Checks.notNull(TYPE, "priorities", elements));
      return this;
    }

    /**
     * Replaces every element of {@link AlignmentReport#priorities() priorities} with those of
     * {@code elements}: what to do first: up to three findings from different rules, the most
     * severe first and, among equals, those of the weakest dimensions.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder priorities(Iterable<? extends Finding> elements) {
      delegate.priorities(Checks.notNull(TYPE, "priorities", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link AlignmentReport#priorities() priorities}:
     * what to do first: up to three findings from different rules, the most severe first and, among
     * equals, those of the weakest dimensions.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllPriorities(Iterable<? extends Finding> elements) {
      delegate.addAllPriorities(Checks.notNull(TYPE, "priorities", elements));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#perceptions() perceptions} to a present value: the scored survey,
     * with group results and gaps (groups under the anonymity threshold are not in it).
     *
     * @param perceptions the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code perceptions} is null
     */
    public Builder perceptions(PerceptionReport perceptions) {
      delegate.perceptions(Checks.notNull(TYPE, "perceptions", perceptions));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#perceptions() perceptions}, or clears it when {@code perceptions}
     * is empty: the scored survey, with group results and gaps (groups under the anonymity
     * threshold are not in it).
     *
     * @param perceptions the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code perceptions} is null
     */
    public Builder perceptions(Optional<? extends PerceptionReport> perceptions) {
      delegate.perceptions(Checks.notNull(TYPE, "perceptions", perceptions));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#standings() standings} to a present value: where the
     * organization's scores stand among other organizations'.
     *
     * @param standings the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code standings} is null
     */
    public Builder standings(Standings standings) {
      delegate.standings(Checks.notNull(TYPE, "standings", standings));
      return this;
    }

    /**
     * Sets {@link AlignmentReport#standings() standings}, or clears it when {@code standings} is
     * empty.
     *
     * @param standings the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code standings} is null
     */
    public Builder standings(Optional<? extends Standings> standings) {
      delegate.standings(Checks.notNull(TYPE, "standings", standings));
      return this;
    }

    /**
     * Builds the {@link AlignmentReport}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public AlignmentReport build() {
      return delegate.build();
    }
  }
}
