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
}
