package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.Moments;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import java.util.List;

/**
 * How an agreement index (rwg(j) or AD) is distributed over units (organizations, or groups): how
 * many have it, its mean and median, and the share of units on the agreeing side of a cut-off. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementDistribution {
  private final int units;
  private final Estimate mean;
  private final Estimate median;
  private final double cutoff;
  private final boolean atLeast;
  private final Estimate shareAgreeing;

  private AgreementDistribution(int units, Estimate mean, Estimate median, double cutoff, boolean atLeast,
      Estimate shareAgreeing) {
    this.units = units;
    this.mean = mean;
    this.median = median;
    this.cutoff = cutoff;
    this.atLeast = atLeast;
    this.shareAgreeing = shareAgreeing;
  }

  /**
   * @param values the units' values, in a fixed order (the mean is summed in it)
   * @param atLeast whether agreeing is at or above the cut-off (rwg(j)) or at or below it (AD)
   */
  static AgreementDistribution of(List<Double> values, double cutoff, boolean atLeast) {
    int n = values.size();
    if (n == 0) {
      Estimate none = Estimate.undefined(UndefinedReason.NO_DATA);
      return new AgreementDistribution(0, none, none, cutoff, atLeast, none);
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Moments moments = Moments.of(sorted);
    java.util.Arrays.sort(sorted);
    // R's median: the middle value, or the mean of the two middle ones.
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    int agreeing = 0;
    for (double v : sorted) {
      if (atLeast ? v >= cutoff : v <= cutoff) {
        agreeing++;
      }
    }
    return new AgreementDistribution(n, moments.mean(), Estimate.of(median), cutoff, atLeast,
        Estimate.of((double) agreeing / n));
  }

  /**
   * The number of units whose released figures give the index.
   *
   * @return the count
   */
  public int units() {
    return units;
  }

  /**
   * The mean over units.
   *
   * @return the mean; undefined ({@code NO_DATA}) without units
   */
  public Estimate mean() {
    return mean;
  }

  /**
   * The median over units, as R's {@code median}.
   *
   * @return the median; undefined ({@code NO_DATA}) without units
   */
  public Estimate median() {
    return median;
  }

  /**
   * The cut-off that separates agreeing units from the others.
   *
   * @return the cut-off, in the index's units
   */
  public double cutoff() {
    return cutoff;
  }

  /**
   * Whether a unit agrees at or above the cut-off (rwg(j)), rather than at or below it (AD).
   *
   * @return true for an index where higher is more agreement
   */
  public boolean agreeingAtOrAbove() {
    return atLeast;
  }

  /**
   * The share of units on the agreeing side of the cut-off, the cut-off included.
   *
   * @return the share, 0 to 1; undefined ({@code NO_DATA}) without units
   */
  public Estimate shareAgreeing() {
    return shareAgreeing;
  }

  @Override
  public String toString() {
    return "AgreementDistribution[units=" + units + ", mean=" + mean + ", median=" + median
        + ", cutoff=" + cutoff + (atLeast ? " (at or above)" : " (at or below)") + ", shareAgreeing=" + shareAgreeing
        + "]";
  }
}
