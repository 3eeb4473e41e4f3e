package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.stats.Groups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides which sets of respondents one figure (a dimension or an engagement question) may be
 * released for, so that the released figures, alone or combined, within this release or with
 * earlier ones, determine nothing {@link Span} searches for about 1 to k - 1 respondents: their
 * total, or a difference between two parts of them.
 *
 * <p>The rule, applied in this order and documented for users in {@link PerceptionPolicy}:
 *
 * <ol>
 *   <li>The organization's figure is released when at least k respondents have a value for it;
 *       otherwise nothing is.
 *   <li>A group with fewer than k members is hidden ({@link Status#BELOW_THRESHOLD}).
 *   <li>Within each attribute, while the hidden units (hidden groups and the respondents with no
 *       value) hold 1 to k - 1 members in total, the shown group with the fewest members is hidden
 *       too ({@link Status#COMPLEMENTARY}).
 *   <li>While the released sets determine a set of 1 to k - 1 respondents ({@link Span}), or, over
 *       every respondent of the survey, a set of 1 to k - 1 respondents whose count of answers
 *       would follow, the group with the fewest members without which that set is no longer
 *       determined is hidden, or, when no single group is needed (the set can be had in more than
 *       one way) or the search was unresolved, the group with the fewest members that the
 *       combination found uses ({@link Status#COMPLEMENTARY}). The organization's set is never
 *       hidden here: alone it determines at least k respondents.
 *   <li>Given earlier releases, while their released sets and this release's together determine a
 *       set of respondents of 1 to k - 1 persons, or, over every respondent (each an element of its
 *       answers, answered or not), a set of 1 to k - 1 persons whose count of answers would follow,
 *       likewise among this release's groups, and the organization's set when no group takes part
 *       ({@link Status#DIFFERENCING}). Another figure's sets of this release (the dimension's, for
 *       its items) are such a history too, over the members and over every respondent.
 * </ol>
 *
 * <p>Ties go to the attribute first in the policy, then to the value first in the report's order.
 * Each step only hides, and the last one can hide everything this release adds, so the loops end.
 */
final class Disclosure {
  /** Whether a set is released, or why not. */
  enum Status {
    SHOWN,
    BELOW_THRESHOLD,
    COMPLEMENTARY,
    DIFFERENCING;

    NotReportedReason reason() {
      switch (this) {
        case COMPLEMENTARY:
          return NotReportedReason.SUPPRESSED_COMPLEMENTARY;
        case DIFFERENCING:
          return NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING;
        default:
          return NotReportedReason.SUPPRESSED_FOR_ANONYMITY;
      }
    }
  }

  /** The outcome for one figure: the organization's set, and each group of each attribute. */
  static final class Decision {
    Status overall;
    final Status[][] groups;

    Decision(Status overall, Status[][] groups) {
      this.overall = overall;
      this.groups = groups;
    }

    boolean shown(int attribute, int group) {
      return groups[attribute][group] == Status.SHOWN;
    }

    /** A copy that shares no array with this one. */
    Decision copy() {
      Status[][] copied = new Status[groups.length][];
      for (int a = 0; a < groups.length; a++) {
        copied[a] = groups[a].clone();
      }
      return new Decision(overall, copied);
    }
  }

  /**
   * Decides the figures of one scoring without history, each set of members once.
   *
   * <p>Equivalent to {@code decide(member, codes, groupCounts, threshold, null)} for every figure:
   * without history, {@link Disclosure#decide} is a function of its arguments alone (it reads no
   * other state, keeps nothing between calls and does not change its arguments), and codes, group
   * counts and threshold are fixed for a scoring, so a figure whose members (the respondents with a
   * value) equal an earlier figure's gets that figure's decision, which is what deciding again would
   * give. The common case: every respondent has a score for every dimension, and all six dimensions
   * share one decision. Each figure gets its own copy, so that no decision can change another.
   * Not thread-safe; one instance per scoring.
   */
  static final class Decider {
    private final int[][] codes;
    private final int[] groupCounts;
    private final int threshold;
    /** The members decided so far and, at the same index, their decision. */
    private final List<boolean[]> members = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    Decider(int[][] codes, int[] groupCounts, int threshold) {
      this.codes = codes;
      this.groupCounts = groupCounts;
      this.threshold = threshold;
    }

    /** {@code decide(member, codes, groupCounts, threshold, null)}. */
    Decision decide(boolean[] member) {
      for (int i = 0; i < members.size(); i++) {
        if (Arrays.equals(members.get(i), member)) {
          return decisions.get(i).copy();
        }
      }
      Decision decision = Disclosure.decide(member, codes, groupCounts, threshold, null);
      members.add(member.clone());
      decisions.add(decision.copy());
      return decision;
    }
  }

  /**
   * Earlier releases of one figure: their released sets over elements, and this release's row of
   * each element.
   */
  static final class History {
    final List<int[]> released;
    final int elementCount;
    final int[] person;
    final int[] elementOfRow;
    final int mostElementsPerPerson;

    /**
     * @param released the earlier releases' sets, as sorted element indexes
     * @param elementCount elements in all, earlier ones and this release's
     * @param person each element's person
     * @param elementOfRow each row's element in this release, for the rows with a value
     * @param mostElementsPerPerson the most elements any one person has: more than one when a
     *     person's answers changed between releases
     */
    /** When the sets are this release's for another figure: its decision, else null. */
    final @Nullable Decision release;
    /** When the sets are this release's for another figure: the rows they are over, else null. */
    final boolean @Nullable [] releaseMember;

    History(List<int[]> released, int elementCount, int[] person, int[] elementOfRow, int mostElementsPerPerson) {
      this(released, elementCount, person, elementOfRow, mostElementsPerPerson, null, null);
    }

    private History(List<int[]> released, int elementCount, int[] person, int[] elementOfRow,
        int mostElementsPerPerson, @Nullable Decision release, boolean @Nullable [] releaseMember) {
      this.released = released;
      this.elementCount = elementCount;
      this.person = person;
      this.elementOfRow = elementOfRow;
      this.mostElementsPerPerson = mostElementsPerPerson;
      this.release = release;
      this.releaseMember = releaseMember;
    }

    /**
     * The sets another figure of this release is released for, over {@code member}'s rows: its
     * elements are the rows. As they are given by group codes, the search over them can take the
     * "all cells large" short cut.
     */
    static History ofRelease(Decision decision, boolean[] member, int[][] codes) {
      int n = member.length;
      int[] identity = identity(n);
      return new History(releasedSets(decision, member, codes), n, identity, identity, 1, decision.copy(),
          member.clone());
    }
  }

  private Disclosure() {}

  /**
   * Decides one figure.
   *
   * @param member per row (canonical order): whether the respondent has a value for the figure
   * @param codes per attribute, each row's group code or {@link Groups#NONE}
   * @param groupCounts per attribute, its number of groups
   * @param threshold k
   * @param history earlier releases, or null
   * @return the decision
   */
  static Decision decide(boolean[] member, int[][] codes, int[] groupCounts, int threshold,
      @Nullable History history) {
    return decide(member, codes, groupCounts, threshold, history, null);
  }

  /**
   * Decides one figure against earlier sets of its members and, over every respondent, earlier sets
   * of whole groups.
   *
   * @param history earlier sets over the figure's members' elements, or null
   * @param respondents earlier sets over every respondent's elements (each row's element in {@code
   *     elementOfRow}), against which this release's sets over every respondent are checked, so
   *     that no count of answers of a few follows across them either; or null
   */
  static Decision decide(boolean[] member, int[][] codes, int[] groupCounts, int threshold,
      @Nullable History history, @Nullable History respondents) {
    int n = member.length;
    int attributes = codes.length;
    int[][] counts = new int[attributes][];
    int[] withoutValue = new int[attributes];
    int population = 0;
    for (int row = 0; row < n; row++) {
      population += member[row] ? 1 : 0;
    }
    Status[][] groups = new Status[attributes][];
    for (int a = 0; a < attributes; a++) {
      counts[a] = new int[groupCounts[a]];
      for (int row = 0; row < n; row++) {
        if (member[row]) {
          if (codes[a][row] == Groups.NONE) {
            withoutValue[a]++;
          } else {
            counts[a][codes[a][row]]++;
          }
        }
      }
      groups[a] = new Status[groupCounts[a]];
      for (int g = 0; g < groupCounts[a]; g++) {
        groups[a][g] = population >= threshold && counts[a][g] >= threshold ? Status.SHOWN : Status.BELOW_THRESHOLD;
      }
    }
    Decision decision = new Decision(population >= threshold ? Status.SHOWN : Status.BELOW_THRESHOLD, groups);
    if (decision.overall != Status.SHOWN) {
      return decision;
    }
    for (int a = 0; a < attributes; a++) {
      protectHiddenUnits(groups[a], counts[a], withoutValue[a], threshold);
    }
    boolean everyoneMember = population == n;
    boolean[] everyone = null;
    int[] identity = null;
    while (true) {
      Released scored = null;
      Span.Found found = null;
      if (!allCellsLarge(member, codes, groupCounts, decision, threshold - 1)) {
        scored = released(decision, member, codes);
        identity = identity == null ? identity(n) : identity;
        found = Span.find(scored.vectors, n, identity, 1, threshold);
      }
      if (found == null && !everyoneMember) {
        everyone = everyone == null ? everyone(n) : everyone;
        if (!allCellsLarge(everyone, codes, groupCounts, decision, threshold - 1)) {
          // Over every respondent, so that no count of answers of a few follows either.
          scored = released(decision, everyone, codes);
          identity = identity == null ? identity(n) : identity;
          found = Span.find(scored.vectors, n, identity, 1, threshold);
        }
      }
      if (found == null || scored == null || !hide(decision, scored, 0, found, counts, Status.COMPLEMENTARY)) {
        break;
      }
    }
    return against(decision, member, codes, groupCounts, threshold, counts, history, respondents);
  }

  /**
   * Step 5 on a decision already made: hides, as {@link Status#DIFFERENCING}, what earlier sets
   * and this release's together determine, first over the members, then over every respondent.
   * Only hides, so a set found nowhere in a pass stays unfound after the next pass hides more.
   *
   * @return {@code decision}, changed
   */
  static Decision against(Decision decision, boolean[] member, int[][] codes, int[] groupCounts, int threshold,
      @Nullable History history, @Nullable History respondents) {
    return against(decision, member, codes, groupCounts, threshold, counts(member, codes, groupCounts), history,
        respondents);
  }

  private static Decision against(Decision decision, boolean[] member, int[][] codes, int[] groupCounts,
      int threshold, int[][] counts, @Nullable History history, @Nullable History respondents) {
    if (history != null) {
      differencing(decision, member, member, codes, groupCounts, threshold, counts, history);
    }
    if (respondents != null) {
      differencing(decision, member, everyone(member.length), codes, groupCounts, threshold, counts, respondents);
    }
    return decision;
  }

  /** One pass of step 5: this release's sets over {@code universe}'s rows against {@code history}. */
  private static void differencing(Decision decision, boolean[] member, boolean[] universe, int[][] codes,
      int[] groupCounts, int threshold, int[][] counts, History history) {
    while (decision.overall == Status.SHOWN || anyShown(decision)) {
      if (history.release != null && history.releaseMember != null) {
        if (allBlocksLarge(universe, history.releaseMember, decision, history.release, codes, groupCounts,
            threshold - 1)) {
          return;
        }
      }
      Released current = released(decision, universe, codes);
      List<int[]> vectors = new ArrayList<>(history.released);
      for (int[] rows : current.vectors) {
        vectors.add(elements(rows, history.elementOfRow));
      }
      Span.Found found = Span.find(vectors, history.elementCount, history.person, history.mostElementsPerPerson,
          threshold);
      if (found == null || !hide(decision, current, history.released.size(), found, counts, Status.DIFFERENCING)) {
        return;
      }
    }
  }

  private static boolean anyShown(Decision decision) {
    for (Status[] groups : decision.groups) {
      for (Status status : groups) {
        if (status == Status.SHOWN) {
          return true;
        }
      }
    }
    return false;
  }

  /** Per attribute and group, the members in it. */
  private static int[][] counts(boolean[] member, int[][] codes, int[] groupCounts) {
    int[][] counts = new int[codes.length][];
    for (int a = 0; a < codes.length; a++) {
      counts[a] = new int[groupCounts[a]];
      for (int row = 0; row < member.length; row++) {
        if (member[row] && codes[a][row] != Groups.NONE) {
          counts[a][codes[a][row]]++;
        }
      }
    }
    return counts;
  }

  /**
   * {@link #allCellsLarge} for the sets of two decisions of this release together: {@code first}'s
   * over the rows of {@code inFirst}, {@code second}'s over those of {@code inSecond}. Every
   * combination of them is constant on each block of rows that agree on both memberships and on
   * both decisions' key, so when every non-empty block holds more than {@code bound}, none is a
   * small set. Sorts the keys; false when a key would not fit in a long.
   */
  static boolean allBlocksLarge(boolean[] inFirst, boolean[] inSecond, Decision first, Decision second,
      int[][] codes, int[] groupCounts, int bound) {
    int n = inFirst.length;
    long[] keys = new long[n];
    int count = 0;
    try {
      for (int row = 0; row < n; row++) {
        if (!inFirst[row] && !inSecond[row]) {
          continue;
        }
        long key = (inFirst[row] ? 1 : 0) + (inSecond[row] ? 2 : 0);
        for (int a = 0; a < codes.length; a++) {
          int code = codes[a][row];
          long radix = groupCounts[a] + 1L;
          int digit = code >= 0 && inFirst[row] && first.groups[a][code] == Status.SHOWN ? code + 1 : 0;
          key = Math.addExact(Math.multiplyExact(key, radix), digit);
          digit = code >= 0 && inSecond[row] && second.groups[a][code] == Status.SHOWN ? code + 1 : 0;
          key = Math.addExact(Math.multiplyExact(key, radix), digit);
        }
        keys[count++] = key;
      }
    } catch (ArithmeticException tooManyGroups) {
      return false;
    }
    return !someKeyFewByHashing(keys, count, bound);
  }

  /**
   * Whether some key among {@code keys[0..count)} occurs 1 to {@code bound} times, by counting
   * each key in an open-addressing table: in time linear in {@code count}, where sorting the keys
   * took a tenth of scoring an organization of 1,000. The answer depends only on how often each
   * key occurs, so it is that of sorting the keys and measuring their runs, as before
   * ({@code DisclosureCellsPropertiesTest} holds the two to the same answers).
   */
  static boolean someKeyFewByHashing(long[] keys, int count, int bound) {
    int size = Integer.highestOneBit(Math.max(1, count) * 2 - 1) * 2;
    int shift = 64 - Integer.numberOfTrailingZeros(size);
    long[] key = new long[size];
    // The count of the key in each slot; 0 for an empty slot.
    int[] occurrences = new int[size];
    for (int i = 0; i < count; i++) {
      long k = keys[i];
      int h = (int) ((k * 0x9E3779B97F4A7C15L) >>> shift) & (size - 1);
      while (occurrences[h] != 0 && key[h] != k) {
        h = (h + 1) & (size - 1);
      }
      key[h] = k;
      occurrences[h]++;
    }
    for (int c : occurrences) {
      if (c > 0 && c <= bound) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every set of respondents that the released sets cannot tell apart (same group, or
   * hidden, in every attribute) holds more than {@code bound}: then no small set is determined and
   * the span need not be searched. The common case in a large organization.
   *
   * <p>Each row's set is a key, a mixed-radix number with one digit per attribute (0 for hidden or
   * no value, else the group code plus one), and the answer is whether some key occurs 1 to {@code
   * bound} times. Where there are few possible keys (at most {@link #COUNTED_KEYS}, as with a few
   * levels, departments and contact), they are counted in an array; otherwise sorted and their runs
   * measured ({@code DisclosureCellsPropertiesTest} holds the two to the same answers).
   */
  private static boolean allCellsLarge(boolean[] universe, int[][] codes, int[] groupCounts, Decision decision,
      int bound) {
    long keys = 1;
    for (int a = 0; a < codes.length && keys <= COUNTED_KEYS; a++) {
      keys *= groupCounts[a] + 1L;
    }
    return keys <= COUNTED_KEYS ? allCellsLargeByCounting(universe, codes, groupCounts, decision, bound, (int) keys)
        : allCellsLargeBySorting(universe, codes, groupCounts, decision, bound);
  }

  /** The most possible keys {@link #allCellsLarge} counts in an array. */
  static final int COUNTED_KEYS = 4096;

  /** {@link #allCellsLarge} by counting the keys, of which there are {@code keys} possible. */
  static boolean allCellsLargeByCounting(boolean[] universe, int[][] codes, int[] groupCounts, Decision decision,
      int bound, int keys) {
    int[] count = new int[keys];
    for (int row = 0; row < universe.length; row++) {
      if (universe[row]) {
        count[key(row, codes, groupCounts, decision)]++;
      }
    }
    for (int c : count) {
      if (c > 0 && c <= bound) {
        return false;
      }
    }
    return true;
  }

  private static int key(int row, int[][] codes, int[] groupCounts, Decision decision) {
    int key = 0;
    for (int a = 0; a < codes.length; a++) {
      int code = codes[a][row];
      int digit = code >= 0 && decision.groups[a][code] == Status.SHOWN ? code + 1 : 0;
      key = key * (groupCounts[a] + 1) + digit;
    }
    return key;
  }

  /** {@link #allCellsLarge} by sorting the keys; false when a key would not fit in a long. */
  static boolean allCellsLargeBySorting(boolean[] universe, int[][] codes, int[] groupCounts, Decision decision,
      int bound) {
    int n = universe.length;
    long[] keys = new long[n];
    int count = 0;
    try {
      for (int row = 0; row < n; row++) {
        if (!universe[row]) {
          continue;
        }
        long key = 0;
        for (int a = 0; a < codes.length; a++) {
          int code = codes[a][row];
          int digit = code >= 0 && decision.groups[a][code] == Status.SHOWN ? code + 1 : 0;
          key = Math.addExact(Math.multiplyExact(key, groupCounts[a] + 1L), digit);
        }
        keys[count++] = key;
      }
    } catch (ArithmeticException tooManyGroups) {
      return false;
    }
    Arrays.sort(keys, 0, count);
    int run = 0;
    for (int i = 0; i < count; i++) {
      run = i > 0 && keys[i] == keys[i - 1] ? run + 1 : 1;
      boolean last = i == count - 1 || keys[i + 1] != keys[i];
      if (last && run <= bound) {
        return false;
      }
    }
    return true;
  }

  /** Rule 3 for one attribute. */
  private static void protectHiddenUnits(Status[] groups, int[] counts, int withoutValue, int threshold) {
    int hidden = withoutValue;
    for (int g = 0; g < groups.length; g++) {
      hidden += groups[g] == Status.SHOWN ? 0 : counts[g];
    }
    while (hidden > 0 && hidden < threshold) {
      int smallest = -1;
      for (int g = 0; g < groups.length; g++) {
        if (groups[g] == Status.SHOWN && (smallest < 0 || counts[g] < counts[smallest])) {
          smallest = g;
        }
      }
      if (smallest < 0) {
        return;
      }
      groups[smallest] = Status.COMPLEMENTARY;
      hidden += counts[smallest];
    }
  }

  /**
   * Hides one set of this release: the group with the fewest members without which the set found is
   * no longer determined; when no single group is needed (the set can be had in more than one
   * way) or the search was unresolved, the group with the fewest members among those the
   * combination uses; in the differencing step, when no group takes part, the organization's set.
   *
   * @param offset the index, among the vectors searched, of this release's first set
   * @return false when this release has nothing left to hide that the combination uses
   */
  private static boolean hide(Decision decision, Released released, int offset, Span.Found found, int[][] counts,
      Status why) {
    int needed = -1;
    int used = -1;
    for (int v = 0; v < released.vectors.size(); v++) {
      int attribute = released.attribute(v);
      if (attribute < 0) {
        continue;
      }
      int size = counts[attribute][released.group(v)];
      if (found.used.get(offset + v) && (used < 0 || size < size(released, counts, used))) {
        used = v;
      }
      if (found.needed.get(offset + v) && (needed < 0 || size < size(released, counts, needed))) {
        needed = v;
      }
    }
    int best = needed >= 0 ? needed : used;
    if (best >= 0) {
      decision.groups[released.attribute(best)][released.group(best)] = why;
      return true;
    }
    if (why == Status.DIFFERENCING && decision.overall == Status.SHOWN && found.used.get(offset)) {
      // The organization's set is the first of this release's; groups may still be released alone.
      decision.overall = why;
      return true;
    }
    if (found.unresolved) {
      // Undecided and resting on nothing this release can hide one at a time: hide all it adds.
      boolean changed = false;
      for (Status[] groups : decision.groups) {
        for (int g = 0; g < groups.length; g++) {
          if (groups[g] == Status.SHOWN) {
            groups[g] = why;
            changed = true;
          }
        }
      }
      if (why == Status.DIFFERENCING && decision.overall == Status.SHOWN) {
        decision.overall = why;
        changed = true;
      }
      return changed;
    }
    // Nothing this release offers takes part: within a release the organization's set alone
    // determines no small set, and earlier releases were decided against everything before them.
    return false;
  }

  private static int size(Released released, int[][] counts, int v) {
    return counts[released.attribute(v)][released.group(v)];
  }

  /** The sets a decision releases, as rows: the organization's, then each shown group in order. */
  static List<int[]> releasedSets(Decision decision, boolean[] member, int[][] codes) {
    return released(decision, member, codes).vectors;
  }

  /**
   * The released sets over rows: the organization's, then each shown group in order. Built in two
   * passes over the rows whatever the number of sets (counts, then rows), each set's rows in
   * increasing order.
   */
  private static Released released(Decision decision, boolean[] member, int[][] codes) {
    int attributes = codes.length;
    // Per attribute and group, the index of its set, or -1 when the group is not shown.
    int[][] setOf = new int[attributes][];
    int sets = decision.overall == Status.SHOWN ? 1 : 0;
    for (int a = 0; a < attributes; a++) {
      setOf[a] = new int[decision.groups[a].length];
      for (int g = 0; g < setOf[a].length; g++) {
        setOf[a][g] = decision.groups[a][g] == Status.SHOWN ? sets++ : -1;
      }
    }
    int[] size = new int[sets];
    int n = member.length;
    boolean organization = decision.overall == Status.SHOWN;
    for (int row = 0; row < n; row++) {
      if (!member[row]) {
        continue;
      }
      if (organization) {
        size[0]++;
      }
      for (int a = 0; a < attributes; a++) {
        int code = codes[a][row];
        if (code >= 0 && setOf[a][code] >= 0) {
          size[setOf[a][code]]++;
        }
      }
    }
    int[][] rows = new int[sets][];
    for (int v = 0; v < sets; v++) {
      rows[v] = new int[size[v]];
    }
    int[] filled = new int[sets];
    for (int row = 0; row < n; row++) {
      if (!member[row]) {
        continue;
      }
      if (organization) {
        rows[0][filled[0]++] = row;
      }
      for (int a = 0; a < attributes; a++) {
        int code = codes[a][row];
        if (code >= 0) {
          int v = setOf[a][code];
          if (v >= 0) {
            rows[v][filled[v]++] = row;
          }
        }
      }
    }
    Released out = new Released();
    if (organization) {
      out.add(-1, -1, rows[0]);
    }
    for (int a = 0; a < attributes; a++) {
      for (int g = 0; g < setOf[a].length; g++) {
        if (setOf[a][g] >= 0) {
          out.add(a, g, rows[setOf[a][g]]);
        }
      }
    }
    return out;
  }

  private static int[] elements(int[] rows, int[] elementOfRow) {
    int[] out = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = elementOfRow[rows[i]];
    }
    Arrays.sort(out);
    return out;
  }

  private static boolean[] everyone(int n) {
    boolean[] out = new boolean[n];
    Arrays.fill(out, true);
    return out;
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  /** Released sets with the attribute (-1: the organization) and group of each. */
  private static final class Released {
    final List<int[]> vectors = new ArrayList<>();
    private int[] attributes = new int[8];
    private int[] groups = new int[8];

    void add(int a, int g, int[] rows) {
      int v = vectors.size();
      if (v == attributes.length) {
        attributes = Arrays.copyOf(attributes, 2 * v);
        groups = Arrays.copyOf(groups, 2 * v);
      }
      vectors.add(rows);
      attributes[v] = a;
      groups[v] = g;
    }

    /** The attribute of set v, -1 for the organization's. */
    int attribute(int v) {
      return attributes[v];
    }

    /** The group of set v within its attribute. */
    int group(int v) {
      return groups[v];
    }
  }
}
