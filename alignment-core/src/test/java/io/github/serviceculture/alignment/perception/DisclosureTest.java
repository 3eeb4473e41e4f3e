package io.github.serviceculture.alignment.perception;

import static io.github.serviceculture.alignment.perception.Disclosure.Status.BELOW_THRESHOLD;
import static io.github.serviceculture.alignment.perception.Disclosure.Status.COMPLEMENTARY;
import static io.github.serviceculture.alignment.perception.Disclosure.Status.DIFFERENCING;
import static io.github.serviceculture.alignment.perception.Disclosure.Status.SHOWN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.perception.Disclosure.Decision;
import io.github.serviceculture.alignment.perception.Disclosure.History;
import io.github.serviceculture.alignment.perception.Disclosure.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  /** One attribute: {@code sizes[g]} members in group g, then {@code withoutValue} with no value. */
  private static Decision oneAttribute(int withoutValue, int... sizes) {
    int n = IntStream.of(sizes).sum() + withoutValue;
    int[] codes = new int[n];
    int row = 0;
    for (int g = 0; g < sizes.length; g++) {
      for (int i = 0; i < sizes[g]; i++) {
        codes[row++] = g;
      }
    }
    Arrays.fill(codes, row, n, -1);
    boolean[] member = new boolean[n];
    Arrays.fill(member, true);
    return Disclosure.decide(member, new int[][] {codes}, new int[] {sizes.length}, 5, null);
  }

  @Test
  void groupsBelowTheThresholdAreHidden() {
    // 4 + 2 hidden: 6 in all, so the shown groups need no company.
    assertArrayEquals(new Status[] {SHOWN, SHOWN, BELOW_THRESHOLD, BELOW_THRESHOLD},
        oneAttribute(0, 9, 7, 4, 2).groups[0]);
  }

  @Test
  void aLoneHiddenGroupTakesTheSmallestShownGroupWithIt() {
    // C alone hidden: total minus A and B would reveal it, so B (the smallest shown) is hidden too.
    assertArrayEquals(new Status[] {SHOWN, COMPLEMENTARY, BELOW_THRESHOLD}, oneAttribute(0, 10, 8, 4).groups[0]);
  }

  @Test
  void twoHiddenGroupsOfOneAttributeUnderTheThresholdTakeAShownGroupWithThem() {
    // Two one-person groups: the total minus the shown groups would leave both people.
    assertArrayEquals(new Status[] {SHOWN, COMPLEMENTARY, BELOW_THRESHOLD, BELOW_THRESHOLD},
        oneAttribute(0, 10, 6, 1, 1).groups[0]);
  }

  @Test
  void respondentsWithoutAValueCountAsAHiddenUnit() {
    assertArrayEquals(new Status[] {SHOWN, COMPLEMENTARY}, oneAttribute(2, 10, 8).groups[0]);
    assertArrayEquals(new Status[] {SHOWN, SHOWN, BELOW_THRESHOLD}, oneAttribute(2, 10, 8, 3).groups[0]);
  }

  @Test
  void emptyGroupsHideNothing() {
    assertArrayEquals(new Status[] {SHOWN, SHOWN, BELOW_THRESHOLD}, oneAttribute(0, 10, 8, 0).groups[0]);
  }

  @Test
  void aSingleGroupWithNothingHiddenIsShown() {
    assertArrayEquals(new Status[] {SHOWN}, oneAttribute(0, 6).groups[0]);
    assertArrayEquals(new Status[] {COMPLEMENTARY}, oneAttribute(1, 6).groups[0]);
  }

  @Test
  void aSurveyUnderTheThresholdReleasesNothing() {
    Decision decision = oneAttribute(0, 2, 2);
    assertEquals(BELOW_THRESHOLD, decision.overall);
    assertArrayEquals(new Status[] {BELOW_THRESHOLD, BELOW_THRESHOLD}, decision.groups[0]);
  }

  @Test
  void onlyRespondentsWithAValueCountAsMembers() {
    // Group 0 has 5 values, group 1 has 6 members but only 4 values, and one respondent has no group.
    boolean[] member = {true, true, true, true, true, true, true, true, true, false, false, true};
    int[] codes = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, -1};
    // Group 1 (4) is hidden, and the respondent without a group is a second hidden unit: 5 in all.
    assertArrayEquals(new Status[] {SHOWN, BELOW_THRESHOLD},
        Disclosure.decide(member, new int[][] {codes}, new int[] {2}, 5, null).groups[0]);
    codes[11] = 0;
    // Now group 1 is the only hidden unit, so group 0 (6) must be hidden with it.
    assertArrayEquals(new Status[] {COMPLEMENTARY, BELOW_THRESHOLD},
        Disclosure.decide(member, new int[][] {codes}, new int[] {2}, 5, null).groups[0]);
  }

  @Test
  void aGroupOfOneAttributeIsHiddenWhenAGroupOfAnotherWouldSingleSomeoneOut() {
    // 13 respondents. Department: finance (6, rows 0-5), sales (6, rows 6-11), executive (1, row 12).
    // Customer facing: false for finance and the executive (7), true for sales (6).
    int[] department = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2};
    int[] facing = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0};
    boolean[] member = new boolean[13];
    Arrays.fill(member, true);
    Decision decision = Disclosure.decide(member, new int[][] {department, facing}, new int[] {3, 2}, 5, null);
    // Within department the executive alone is hidden, so the smallest shown department goes too
    // (finance, first of two equal ones); false minus nothing then no longer isolates the executive.
    assertArrayEquals(new Status[] {COMPLEMENTARY, SHOWN, BELOW_THRESHOLD}, decision.groups[0]);
    // The executive is also reachable as false (7) minus finance (6) had finance stayed; with finance
    // hidden, sales and the total give false back, which holds 7.
    assertArrayEquals(new Status[] {SHOWN, SHOWN}, decision.groups[1]);
  }

  @Test
  void aGroupThatIsolatesSomeoneAcrossAttributesIsHidden() {
    // Department: finance (6, rows 0-5), sales (10, rows 6-15), executive (1, row 16, hidden)
    // plus support (4, rows 17-20, hidden): the hidden units hold 5, so no department is hidden.
    // Customer facing false: finance and the executive (7); true: everyone else (14).
    int n = 21;
    int[] department = new int[n];
    int[] facing = new int[n];
    for (int row = 0; row < n; row++) {
      department[row] = row < 6 ? 0 : row < 16 ? 1 : row == 16 ? 2 : 3;
      facing[row] = row < 6 || row == 16 ? 0 : 1;
    }
    boolean[] member = new boolean[n];
    Arrays.fill(member, true);
    Decision decision = Disclosure.decide(member, new int[][] {department, facing}, new int[] {4, 2}, 5, null);
    // false (7) minus finance (6) is the executive, and true (14) minus sales (10) is support (4):
    // the smaller set of each combination, finance and sales, is hidden.
    assertArrayEquals(new Status[] {COMPLEMENTARY, COMPLEMENTARY, BELOW_THRESHOLD, BELOW_THRESHOLD},
        decision.groups[0]);
    assertArrayEquals(new Status[] {SHOWN, SHOWN}, decision.groups[1]);
    assertEquals(SHOWN, decision.overall);
  }

  @Test
  void aLateResponseHidesTheFiguresItWouldBeTheDifferenceOf() {
    // Release 1: 30 respondents, elements 0-29, released for everyone. Release 2: the same plus one.
    List<int[]> before = new ArrayList<>();
    before.add(IntStream.range(0, 30).toArray());
    int n = 31;
    boolean[] member = new boolean[n];
    Arrays.fill(member, true);
    int[] noAttribute = new int[n];
    Arrays.fill(noAttribute, -1);
    History history = new History(before, n, IntStream.range(0, n).toArray(), IntStream.range(0, n).toArray(), 1);
    Decision decision = Disclosure.decide(member, new int[][] {noAttribute}, new int[] {0}, 5, history);
    assertEquals(DIFFERENCING, decision.overall);
  }

  @Test
  void enoughNewResponsesReleaseTheFiguresAgain() {
    List<int[]> before = new ArrayList<>();
    before.add(IntStream.range(0, 30).toArray());
    int n = 35;
    boolean[] member = new boolean[n];
    Arrays.fill(member, true);
    int[] noAttribute = new int[n];
    Arrays.fill(noAttribute, -1);
    History history = new History(before, n, IntStream.range(0, n).toArray(), IntStream.range(0, n).toArray(), 1);
    assertEquals(SHOWN, Disclosure.decide(member, new int[][] {noAttribute}, new int[] {0}, 5, history).overall);
  }

  @Test
  void twoRespondentsWhoseDifferenceTheGroupsWouldGiveAreProtected() {
    // Department X: ten frontline and one manager (a); department Y: ten managers and one frontline
    // (b). Every group holds 11, but X minus frontline is a minus b, and with the sums of squares
    // that gives both. Rows 0-10 are X (row 10 is a), rows 11-21 are Y (row 21 is b).
    int n = 22;
    int[] department = new int[n];
    int[] level = new int[n];
    for (int row = 0; row < n; row++) {
      department[row] = row < 11 ? 0 : 1;
      level[row] = row < 10 || row == 21 ? 0 : 1;
    }
    boolean[] member = new boolean[n];
    Arrays.fill(member, true);
    Decision decision = Disclosure.decide(member, new int[][] {department, level}, new int[] {2, 2}, 5, null);
    int shown = 0;
    for (Status[] groups : decision.groups) {
      for (Status s : groups) {
        shown += s == SHOWN ? 1 : 0;
      }
    }
    // One attribute's groups may stay, not both attributes'.
    assertTrue(shown <= 2, Arrays.deepToString(decision.groups));
  }

  @Test
  void oneLeavingAndOneJoiningHideTheFiguresTheirDifferenceWouldFollowFrom() {
    // Release 1: elements 0-29. Release 2: 1-30 (element 0 left, 30 joined).
    List<int[]> before = new ArrayList<>();
    before.add(IntStream.range(0, 30).toArray());
    int n = 30;
    boolean[] member = new boolean[n];
    Arrays.fill(member, true);
    int[] noAttribute = new int[n];
    Arrays.fill(noAttribute, -1);
    History history = new History(before, 31, IntStream.range(0, 31).toArray(), IntStream.range(1, 31).toArray(), 1);
    assertEquals(DIFFERENCING, Disclosure.decide(member, new int[][] {noAttribute}, new int[] {0}, 5, history).overall);
  }
}
