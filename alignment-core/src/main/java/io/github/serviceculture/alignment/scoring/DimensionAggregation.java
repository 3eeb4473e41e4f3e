package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Icc;

/**
 * One dimension's {@link Aggregation} across organizations: the one-way ANOVA of the respondents'
 * scores between organizations (ICC(1), ICC(2), F and its p-value) and the distributions over
 * organizations of rwg(j) and AD. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DimensionAggregation {
  private final Dimension dimension;
  private final int organizations;
  private final Icc icc;
  private final AgreementDistribution rwgJ;
  private final AgreementDistribution ad;

  DimensionAggregation(Dimension dimension, int organizations, Icc icc, AgreementDistribution rwgJ,
      AgreementDistribution ad) {
    this.dimension = dimension;
    this.organizations = organizations;
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
   * The number of organizations in the ANOVA: those whose report gives the dimension's n and mean, and
   * its SD when n is 2 or more.
   *
   * @return the count, J of {@link #icc()}
   */
  public int organizations() {
    return organizations;
  }

  /**
   * The one-way ANOVA of the respondents' dimension scores between organizations: N respondents in
   * J organizations, MSB, MSW, F, its p-value, ICC(1) and ICC(2), in the scale's units.
   *
   * @return the ANOVA
   */
  public Icc icc() {
    return icc;
  }

  /**
   * The distribution over organizations of rwg(j), with the share at or above {@link
   * Aggregation#RWG_J_CUTOFF}.
   *
   * @return the distribution
   */
  public AgreementDistribution rwgJ() {
    return rwgJ;
  }

  /**
   * The distribution over organizations of AD around the mean, with the share at or below A / 6 for a
   * scale of A options (Burke and Dunlap 2002), the point below which agreement is practical.
   *
   * @return the distribution
   */
  public AgreementDistribution ad() {
    return ad;
  }

  @Override
  public String toString() {
    return "DimensionAggregation[" + dimension + ", organizations=" + organizations + ", icc=" + icc + ", rwgJ="
        + rwgJ + ", ad=" + ad + "]";
  }
}
