package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.stats.Groups;

/**
 * Decides which sets of respondents may be reported under an anonymity threshold.
 *
 * <p>Rule: a group with fewer members than the threshold is hidden. Respondents with no value for
 * the attribute form one more hidden unit. If exactly one unit with members is hidden while some
 * group is shown, the shown group with the fewest members is hidden too: otherwise the hidden unit's
 * figures would follow from the total minus the shown groups.
 */
final class Anonymity {
  private Anonymity() {}

  /**
   * Returns which groups may be reported for one figure, counting as members only the respondents
   * who have a value for it.
   *
   * @param values one value per respondent, {@code NaN} where the respondent has none
   * @param codes one group code per respondent, {@link Groups#NONE} for no value of the attribute
   * @param groupCount the number of groups
   * @param threshold the anonymity threshold
   * @return one flag per group, true when it may be reported
   */
  static boolean[] reportable(double[] values, int[] codes, int groupCount, int threshold) {
    int[] counts = new int[groupCount];
    int withoutValue = 0;
    for (int row = 0; row < values.length; row++) {
      if (!Double.isNaN(values[row])) {
        if (codes[row] == Groups.NONE) {
          withoutValue++;
        } else {
          counts[codes[row]]++;
        }
      }
    }
    return reportable(counts, withoutValue, threshold);
  }

  /**
   * Returns which groups may be reported.
   *
   * @param counts members per group (scored respondents for the figure at hand)
   * @param withoutValue respondents who belong to no group but count in the total
   * @param threshold the anonymity threshold
   * @return one flag per group, true when it may be reported
   */
  static boolean[] reportable(int[] counts, int withoutValue, int threshold) {
    boolean[] shown = new boolean[counts.length];
    int hiddenUnits = withoutValue > 0 ? 1 : 0;
    int smallestShown = -1;
    for (int g = 0; g < counts.length; g++) {
      shown[g] = counts[g] >= threshold;
      if (!shown[g] && counts[g] > 0) {
        hiddenUnits++;
      }
      if (shown[g] && (smallestShown < 0 || counts[g] < counts[smallestShown])) {
        smallestShown = g;
      }
    }
    if (hiddenUnits == 1 && smallestShown >= 0) {
      shown[smallestShown] = false;
    }
    return shown;
  }
}
