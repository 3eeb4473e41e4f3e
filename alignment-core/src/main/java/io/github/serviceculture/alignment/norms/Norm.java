package io.github.serviceculture.alignment.norms;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of one measure's organization-level scores over the organizations of a norm: its
 * 101 percentiles, from the 0th (the lowest score) to the 100th (the highest), as R's {@code
 * quantile(scores, probs = 0:100 / 100, type = 7)} gives them (Hyndman and Fan's definition 7, R's
 * default: linear between the order statistics). Scores are on 0 to 100, like the report's.
 *
 * <p>The organizations' own scores are not kept: a norm is the percentiles only. With few
 * organizations the lowest and the highest percentiles are an organization's score; the minimum
 * number of organizations ({@link Norms#DEFAULT_MINIMUM_ORGANIZATIONS}) bounds how much one
 * organization weighs in the others.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Norm {
  /** The number of percentiles: 0 to 100. */
  public static final int PERCENTILES = 101;

  private static final String TYPE = "Norm";

  private final int organizations;
  private final double[] percentiles;

  private Norm(int organizations, double[] percentiles) {
    this.organizations = organizations;
    this.percentiles = percentiles;
  }

  /**
   * A norm from its percentiles, as a norms document holds them.
   *
   * @param organizations the number of organizations it was built from; at least 1
   * @param percentiles the 0th to the 100th percentile: {@value #PERCENTILES} finite values on 0 to
   *     100, in nondecreasing order
   * @return the norm
   * @throws InvalidValueException if an argument breaks these rules
   */
  public static Norm of(int organizations, List<Double> percentiles) {
    if (percentiles == null) {
      throw new InvalidValueException(TYPE, "percentiles", null, "must not be null");
    }
    if (organizations < 1) {
      throw new InvalidValueException(TYPE, "organizations", String.valueOf(organizations), "must be at least 1");
    }
    if (percentiles.size() != PERCENTILES) {
      throw new InvalidValueException(TYPE, "percentiles", percentiles.size() + " values",
          "must hold the " + PERCENTILES + " percentiles 0 to 100");
    }
    double[] values = new double[PERCENTILES];
    for (int k = 0; k < PERCENTILES; k++) {
      Double v = percentiles.get(k);
      if (v == null || !(v >= 0 && v <= 100)) {
        throw new InvalidValueException(TYPE, "percentiles[" + k + "]", String.valueOf(v), "must be a score from 0 to 100");
      }
      if (k > 0 && v < values[k - 1]) {
        throw new InvalidValueException(TYPE, "percentiles[" + k + "]", String.valueOf(v),
            "must not be below the percentile before it");
      }
      values[k] = v;
    }
    return new Norm(organizations, values);
  }

  /**
   * The norm of the given scores: their percentiles by R's type 7.
   *
   * @param scores the organizations' scores, sorted in increasing order; at least one
   */
  static Norm ofSorted(double[] scores) {
    int n = scores.length;
    double[] q = new double[PERCENTILES];
    for (int k = 0; k < PERCENTILES; k++) {
      // R's quantile.default, type 7, step for step: index = 1 + (n - 1) p (1-based), then the order
      // statistics either side, mixed by the fractional part.
      double index = 1 + (n - 1) * (k / 100.0);
      int lo = (int) Math.floor(index);
      int hi = (int) Math.ceil(index);
      double h = index - lo;
      double low = scores[lo - 1];
      double high = scores[hi - 1];
      q[k] = index > lo && high != low ? (1 - h) * low + h * high : low;
    }
    return new Norm(n, q);
  }

  /**
   * The number of organizations the norm was built from.
   *
   * @return the count
   */
  public int organizations() {
    return organizations;
  }

  /**
   * The 0th to the 100th percentile of the organizations' scores.
   *
   * @return {@value #PERCENTILES} scores in nondecreasing order
   */
  public List<Double> percentiles() {
    return Arrays.stream(percentiles).boxed().toList();
  }

  /**
   * The percentile at {@code k} per cent.
   *
   * @param k 0 to 100
   * @return the score at that percentile
   * @throws InvalidValueException if {@code k} is outside 0 to 100
   */
  public double percentile(int k) {
    if (k < 0 || k > 100) {
      throw new InvalidValueException(TYPE, "k", String.valueOf(k), "must be from 0 to 100");
    }
    return percentiles[k];
  }

  /**
   * Where a score stands in the norm, 0 to 100: the percentile whose value it is, linear between two
   * percentiles, and the highest percentile of a run of equal ones (a score equal to the lowest five
   * percentiles ranks 4); 0 below the lowest organization's score and 100 at or above the highest.
   * R gives the same: {@code approx(q, 0:100, xout = score, ties = max, yleft = 0, yright = 100)$y} for
   * the percentiles {@code q} (when all are equal, 0 below and 100 at or above).
   *
   * @param score a score on 0 to 100
   * @return the percentile rank, 0 to 100
   * @throws InvalidValueException if {@code score} is not finite
   */
  public double percentileRank(double score) {
    if (!Double.isFinite(score)) {
      throw new InvalidValueException(TYPE, "score", String.valueOf(score), "must be finite");
    }
    double[] q = percentiles;
    int last = PERCENTILES - 1;
    if (score >= q[last]) {
      return last;
    }
    if (score < q[0]) {
      return 0;
    }
    // The last percentile at or below the score; the next one is above it.
    int i = Arrays.binarySearch(q, score);
    if (i >= 0) {
      return topOfRun(i);
    }
    int below = -i - 2;
    int above = below + 1;
    int from = topOfRun(below);
    int to = topOfRun(above);
    return from + (score - q[below]) / (q[above] - q[below]) * (to - from);
  }

  /** The highest k whose percentile equals the k-th: R's approx collapses ties to their maximum. */
  private int topOfRun(int k) {
    int top = k;
    while (top + 1 < PERCENTILES && percentiles[top + 1] == percentiles[k]) {
      top++;
    }
    return top;
  }

  /**
   * The quarter of the norm a score falls in, by its 25th, 50th and 75th percentiles: 1 below the 25th,
   * 2 from the 25th to below the 50th, 3 from the 50th to below the 75th, 4 at or above the 75th (the top
   * quartile). R: {@code findInterval(score, q[c(26, 51, 76)]) + 1}.
   *
   * @param score a score on 0 to 100
   * @return 1 to 4
   * @throws InvalidValueException if {@code score} is not finite
   */
  public int quartile(double score) {
    if (!Double.isFinite(score)) {
      throw new InvalidValueException(TYPE, "score", String.valueOf(score), "must be finite");
    }
    return score >= percentiles[75] ? 4 : score >= percentiles[50] ? 3 : score >= percentiles[25] ? 2 : 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Norm other && organizations == other.organizations
        && Arrays.equals(percentiles, other.percentiles);
  }

  @Override
  public int hashCode() {
    return 31 * organizations + Arrays.hashCode(percentiles);
  }

  @Override
  public String toString() {
    return "Norm[organizations=" + organizations + ", median=" + percentiles[50] + "]";
  }
}
