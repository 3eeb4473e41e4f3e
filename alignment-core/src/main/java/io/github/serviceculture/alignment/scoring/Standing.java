package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;

/**
 * Where one of an organization's scores stands in a norm of other organizations' scores: its
 * percentile rank, its quartile and the number of organizations in the norm. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Standing {
  private static final String TYPE = "Standing";

  private final double percentileRank;
  private final int quartile;
  private final int organizations;

  private Standing(double percentileRank, int quartile, int organizations) {
    this.percentileRank = percentileRank;
    this.quartile = quartile;
    this.organizations = organizations;
  }

  /**
   * A standing.
   *
   * @param percentileRank the percentile rank, 0 to 100
   * @param quartile the quarter of the norm, 1 (lowest) to 4 (top)
   * @param organizations the organizations in the norm; at least 1
   * @return the standing
   * @throws InvalidValueException if an argument is out of its range
   */
  public static Standing of(double percentileRank, int quartile, int organizations) {
    if (!(percentileRank >= 0 && percentileRank <= 100)) {
      throw new InvalidValueException(TYPE, "percentileRank", String.valueOf(percentileRank), "must be from 0 to 100");
    }
    if (quartile < 1 || quartile > 4) {
      throw new InvalidValueException(TYPE, "quartile", String.valueOf(quartile), "must be from 1 to 4");
    }
    if (organizations < 1) {
      throw new InvalidValueException(TYPE, "organizations", String.valueOf(organizations), "must be at least 1");
    }
    return new Standing(percentileRank, quartile, organizations);
  }

  /**
   * The percentile rank of the score in the norm.
   *
   * @return 0 to 100
   */
  public double percentileRank() {
    return percentileRank;
  }

  /**
   * The quarter of the norm the score falls in, by the norm's 25th, 50th and 75th percentiles.
   *
   * @return 1 (below the 25th) to 4 (at or above the 75th)
   */
  public int quartile() {
    return quartile;
  }

  /**
   * The number of organizations in the norm.
   *
   * @return the count
   */
  public int organizations() {
    return organizations;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standing other && Double.compare(percentileRank, other.percentileRank) == 0
        && quartile == other.quartile && organizations == other.organizations;
  }

  @Override
  public int hashCode() {
    return (Double.hashCode(percentileRank) * 31 + quartile) * 31 + organizations;
  }

  @Override
  public String toString() {
    return "Standing[percentileRank=" + percentileRank + ", quartile=" + quartile + ", organizations="
        + organizations + "]";
  }
}
