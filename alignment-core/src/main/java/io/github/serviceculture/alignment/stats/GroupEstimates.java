package io.github.serviceculture.alignment.stats;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One statistic for every group of a {@link Groups}: the estimate of each group and the number of
 * respondents it rests on (after missing answers were removed).
 *
 * <p>Stored as primitive arrays; {@link #estimate(int)} builds the {@link Estimate} on request.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GroupEstimates {
  private final double[] values;
  private final @Nullable UndefinedReason[] reasons;
  private final int[] counts;

  GroupEstimates(double[] values, @Nullable UndefinedReason[] reasons, int[] counts) {
    this.values = values;
    this.reasons = reasons;
    this.counts = counts;
  }

  /**
   * The number of groups, the same as the {@link Groups#groupCount()} it was computed for.
   *
   * @return the number of groups
   */
  public int groupCount() {
    return values.length;
  }

  /**
   * The estimate of one group.
   *
   * @param group the group code
   * @return the estimate, undefined with a reason when it could not be computed
   * @throws IndexOutOfBoundsException if {@code group} is not a group code
   */
  public Estimate estimate(int group) {
    UndefinedReason reason = reasons[group];
    return reason == null ? Estimate.of(values[group]) : Estimate.undefined(reason);
  }

  /**
   * The number of respondents the group's estimate rests on, after missing answers were removed
   * (listwise for multi-item statistics).
   *
   * @param group the group code
   * @return the number of respondents used, 0 or more
   * @throws IndexOutOfBoundsException if {@code group} is not a group code
   */
  public int count(int group) {
    return counts[group];
  }

  /**
   * The number of groups with a defined estimate.
   *
   * @return the number of defined estimates
   */
  public int definedCount() {
    int n = 0;
    for (UndefinedReason reason : reasons) {
      if (reason == null) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("GroupEstimates[");
    for (int g = 0; g < values.length; g++) {
      if (g > 0) {
        text.append(", ");
      }
      text.append(g).append('=').append(estimate(g)).append(" (n=").append(counts[g]).append(')');
    }
    return text.append(']').toString();
  }

  /** Collects per-group results; package-private so results cannot be forged from outside. */
  static final class Builder {
    private final double[] values;
    private final @Nullable UndefinedReason[] reasons;
    private final int[] counts;

    Builder(int groups) {
      values = new double[groups];
      reasons = new UndefinedReason[groups];
      counts = new int[groups];
    }

    void set(int group, double value, int count) {
      values[group] = value;
      counts[group] = count;
    }

    void undefined(int group, UndefinedReason reason, int count) {
      values[group] = Double.NaN;
      reasons[group] = reason;
      counts[group] = count;
    }

    GroupEstimates build() {
      return new GroupEstimates(values, reasons, counts);
    }

    @Override
    public String toString() {
      return Arrays.toString(values);
    }
  }
}
