package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AnonymityTest {

  @Test
  void groupsBelowTheThresholdAreHidden() {
    assertArrayEquals(new boolean[] {true, true, false, false},
        Anonymity.reportable(new int[] {9, 7, 4, 2}, 0, 5));
  }

  @Test
  void aLoneHiddenGroupTakesTheSmallestShownGroupWithIt() {
    // C alone hidden: total minus A and B would reveal it, so B (the smallest shown) is hidden too.
    assertArrayEquals(new boolean[] {true, false, false},
        Anonymity.reportable(new int[] {10, 8, 4}, 0, 5));
  }

  @Test
  void respondentsWithoutAValueCountAsAHiddenUnit() {
    assertArrayEquals(new boolean[] {true, false}, Anonymity.reportable(new int[] {10, 8}, 2, 5));
    assertArrayEquals(new boolean[] {true, true, false}, Anonymity.reportable(new int[] {10, 8, 3}, 2, 5));
  }

  @Test
  void emptyGroupsHideNothing() {
    assertArrayEquals(new boolean[] {true, true, false}, Anonymity.reportable(new int[] {10, 8, 0}, 0, 5));
  }

  @Test
  void aSingleGroupWithNothingHiddenIsShown() {
    assertArrayEquals(new boolean[] {true}, Anonymity.reportable(new int[] {6}, 0, 5));
    assertArrayEquals(new boolean[] {false}, Anonymity.reportable(new int[] {6}, 1, 5));
  }

  @Test
  void onlyRespondentsWithAValueCountAsMembers() {
    // Group 0 has 5 values, group 1 has 6 members but only 4 values, and one respondent has no group.
    double nan = Double.NaN;
    double[] values = {1, 2, 3, 4, 5, 1, 2, 3, 4, nan, nan, 3};
    int[] codes = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, -1};
    // Group 1 (4) is hidden, and the respondent without a group is a second hidden unit: group 0 stays.
    assertArrayEquals(new boolean[] {true, false}, Anonymity.reportable(values, codes, 2, 5));
    codes[11] = 0;
    // Now group 1 is the only hidden unit, so group 0 (6) must be hidden with it.
    assertArrayEquals(new boolean[] {false, false}, Anonymity.reportable(values, codes, 2, 5));
  }
}
