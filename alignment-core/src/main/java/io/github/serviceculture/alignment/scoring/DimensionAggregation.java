package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Icc;

/**
 * One dimension's {@link Aggregation} across units (organizations, or the groups of an attribute):
 * the one-way ANOVA of the respondents' scores between units (ICC(1), ICC(2), F and its p-value)
 * and the distributions over units of rwg(j) and AD. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DimensionAggregation {
  private final Dimension dimension;
  private final int units;
  private final Icc icc;
  private final AgreementDistribution rwgJ;
  private final AgreementDistribution ad;

  DimensionAggregation(Dimension dimension, int units, Icc icc, AgreementDistribution rwgJ,
      AgreementDistribution ad) {
    this.dimension = dimension;
    this.units = units;
    this.icc = icc;
    this.rwgJ = rwgJ;
    this.ad = ad;
  }

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * The number of units in the ANOVA: those whose released figures give the dimension's n and mean,
   * and its SD when n is 2 or more.
   *
   * @return the count, J of {@link #icc()}
   */
  public int units() {
    return units;
  }

  /**
   * The one-way ANOVA of the respondents' dimension scores between units: N respondents in J units,
   * MSB, MSW, F, its p-value, ICC(1) and ICC(2), in the scale's units.
   *
   * @return the ANOVA
   */
  public Icc icc() {
    return icc;
  }

  /**
   * The distribution over units of rwg(j), with the share at or above {@link
   * Aggregation#RWG_J_CUTOFF}.
   *
   * @return the distribution
   */
  public AgreementDistribution rwgJ() {
    return rwgJ;
  }

  /**
   * The distribution over units of AD around the mean, with the share at or below A / 6 for a
   * scale of A options (Burke and Dunlap 2002), the point below which agreement is practical.
   *
   * @return the distribution
   */
  public AgreementDistribution ad() {
    return ad;
  }

  @Override
  public String toString() {
    return "DimensionAggregation[" + dimension + ", units=" + units + ", icc=" + icc + ", rwgJ="
        + rwgJ + ", ad=" + ad + "]";
  }
}
