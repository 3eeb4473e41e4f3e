package io.github.serviceculture.alignment.scoring;

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
public abstract class AlignmentReport implements WithAlignmentReport {
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
   * equals, those of the weakest dimensions.
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
   * The result of one dimension.
   *
   * @param dimension the dimension
   * @return its result
   */
  public final DimensionResult dimension(Dimension dimension) {
    return dimensions().stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow();
  }

  /** Builds an {@link AlignmentReport}. Not thread-safe. */
  public static final class Builder extends ImmutableAlignmentReport.Builder {
    Builder() {}
  }
}
