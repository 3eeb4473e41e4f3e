package io.github.serviceculture.alignment.stats;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Arrays;

/**
 * Group membership of respondents, built once from one group code per respondent and reused by
 * every group statistic of this package.
 *
 * <p>Respondent {@code i} (row {@code i} of every data column) belongs to group {@code codes[i]},
 * a code from {@code 0} to {@code groupCount() - 1}; the code {@link #NONE} puts a respondent in no
 * group (like a missing group id in R, the row is ignored by group statistics). A code may have no
 * members; statistics report such a group as undefined ({@link UndefinedReason#NO_DATA}).
 *
 * <p>Internally the members of each group are stored contiguously, in ascending row order (a
 * counting sort, O(rows + groups)), so that statistics visit each group's rows without searching.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Groups {
  /** The code of a respondent who belongs to no group. */
  public static final int NONE = -1;

  private static final String TYPE = "Groups";

  private final int rows;
  private final int[] offsets;
  private final int[] members;
  private final int largest;

  private Groups(int rows, int[] offsets, int[] members) {
    this.rows = rows;
    this.offsets = offsets;
    this.members = members;
    int max = 0;
    for (int g = 0; g + 1 < offsets.length; g++) {
      max = Math.max(max, offsets[g + 1] - offsets[g]);
    }
    this.largest = max;
  }

  /**
   * Builds groups from codes; the number of groups is the largest code plus one.
   *
   * @param codes one code per respondent, {@code 0} or more, or {@link #NONE}; not modified
   * @return the groups
   * @throws io.github.serviceculture.alignment.InvalidValueException if a code is below {@link
   *     #NONE}; the message names the position
   */
  public static Groups of(int[] codes) {
    Checks.notNull(TYPE, "codes", codes);
    int max = NONE;
    for (int code : codes) {
      max = Math.max(max, code);
    }
    return of(codes, max + 1);
  }

  /**
   * Builds groups from codes with a given number of groups, so that groups without members keep
   * their code.
   *
   * @param codes one code per respondent, from {@code 0} to {@code groupCount - 1}, or {@link
   *     #NONE}; not modified
   * @param groupCount the number of groups, {@code 0} or more
   * @return the groups
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code groupCount} is
   *     negative or a code is out of range; the message names the position
   */
  public static Groups of(int[] codes, int groupCount) {
    Checks.notNull(TYPE, "codes", codes);
    Checks.require(groupCount >= 0, TYPE, "groupCount", groupCount, "must be 0 or more");
    int[] offsets = new int[groupCount + 1];
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      if (code < NONE || code >= groupCount) {
        Checks.require(false, TYPE, "codes[" + i + "]", code,
            "must be from 0 to " + (groupCount - 1) + " or Groups.NONE (-1)");
      }
      if (code != NONE) {
        offsets[code + 1]++;
      }
    }
    for (int g = 0; g < groupCount; g++) {
      offsets[g + 1] += offsets[g];
    }
    int[] members = new int[offsets[groupCount]];
    int[] next = Arrays.copyOf(offsets, groupCount);
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      if (code != NONE) {
        members[next[code]++] = i;
      }
    }
    return new Groups(codes.length, offsets, members);
  }

  /** One group holding rows {@code 0..rows-1}: the single-group statistics delegate to it. */
  static Groups single(int rows) {
    int[] members = new int[rows];
    for (int i = 0; i < rows; i++) {
      members[i] = i;
    }
    return new Groups(rows, new int[] {0, rows}, members);
  }

  /**
   * The number of respondents: every data column passed with these groups must have this length.
   *
   * @return the number of rows, including those in no group
   */
  public int rows() {
    return rows;
  }

  /**
   * The number of groups (codes), including groups without members.
   *
   * @return the number of groups
   */
  public int groupCount() {
    return offsets.length - 1;
  }

  /**
   * The number of respondents in a group, whether or not they answered.
   *
   * @param group the group code
   * @return the number of members
   * @throws IndexOutOfBoundsException if {@code group} is not a code of these groups
   */
  public int size(int group) {
    checkIndex(group);
    return offsets[group + 1] - offsets[group];
  }

  /**
   * The rows of a group's members in ascending order.
   *
   * @param group the group code
   * @return a new array of row indices
   * @throws IndexOutOfBoundsException if {@code group} is not a code of these groups
   */
  public int[] members(int group) {
    checkIndex(group);
    return Arrays.copyOfRange(members, offsets[group], offsets[group + 1]);
  }

  /**
   * The size of the largest group.
   *
   * @return the largest number of members of a group, 0 when there are none
   */
  public int largestGroupSize() {
    return largest;
  }

  private void checkIndex(int group) {
    if (group < 0 || group >= groupCount()) {
      throw new IndexOutOfBoundsException("group " + group + " out of 0.." + (groupCount() - 1));
    }
  }

  int start(int group) {
    return offsets[group];
  }

  int end(int group) {
    return offsets[group + 1];
  }

  int member(int position) {
    return members[position];
  }

  /** Throws unless {@code column} has one entry per row; {@code field} names it for the message. */
  void checkColumn(String type, String field, double[] column) {
    // Checked before any message is built: the statistics call this once per column and group pair.
    if (column.length != rows) {
      Checks.require(false, type, field + ".length", column.length,
          "must equal the number of rows of the groups (" + rows + ")");
    }
  }

  @Override
  public String toString() {
    return "Groups[rows=" + rows + ", groups=" + groupCount() + "]";
  }
}
