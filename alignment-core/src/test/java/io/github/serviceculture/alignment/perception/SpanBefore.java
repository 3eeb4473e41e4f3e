package io.github.serviceculture.alignment.perception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The test oracle for {@link Span}: the search as it was before it found its cells without a hash
 * map of boxed keys and its search stopped allocating (commit 69bfecd), kept unchanged so that {@code
 * SpanEquivalencePropertiesTest} can hold the new one to the same answers. What follows is its
 * documentation then.
 *
 * <p>Finds a few respondents about whom released figures determine something, in exact integer
 * arithmetic.
 *
 * <p>Every released figure of a set of respondents is, for an attacker who may combine figures
 * linearly, a sum over its members (counts, sums, sums of squares, agree counts). So the figures of
 * sets V<sub>1</sub>..V<sub>r</sub> determine the same sums over any combination in the span of
 * their indicator vectors. The search looks for combinations whose coefficients are -1, 0 or 1 and
 * whose nonzero part covers fewer persons than the threshold: a set determined whole (all 1), or a
 * difference between two small sets, such as one respondent's score minus another's, which with
 * the sums of squares released over the same sets gives both scores. Elements with the same
 * membership in every V<sub>i</sub> ("cells") cannot be told apart, so a combination is constant on
 * each cell, and only cells with few members can be in its nonzero part.
 *
 * <p>Method: order the cells large first, reduce the vectors to reduced row echelon form over the
 * rationals (fraction-free, each row kept as coprime integers), and keep the rows whose pivot lies
 * in a small cell: they span every combination that vanishes on the large cells. Such a
 * combination takes, on each of these rows, its value at the row's pivot, so one with coefficients
 * -1, 0 and 1 is a signed sum of a subset of them, searched depth first while the subset's cells
 * weigh less than the bound and every cell no later row touches holds -1, 0 or 1. The zero rows
 * left by the reduction are the dependencies among the vectors, which tell which vectors every way
 * of getting the combination needs. Combinations with other coefficients are not searched.
 *
 * <p>Never wrong in the unsafe direction for what it searches: integer overflow or a search longer
 * than its budget gives an {@linkplain Found#unresolved unresolved} answer, on which the caller
 * hides more, never less. Not thread-safe; one instance per search.
 */
final class SpanBefore {
  /** Subsets the search may visit before it gives up (and the caller hides more). */
  static final int SEARCH_BUDGET = 10_000;

  /** A set found, or an unresolved search, with the vectors it rests on. */
  static final class Found {
    /** The elements where the combination is not zero, in increasing order; empty when unresolved. */
    final int[] elements;
    /** The vectors of one combination that gives the set (unresolved: of every small combination). */
    final BitSet used;
    /** The vectors without which the set is no longer determined (a subset of {@link #used}). */
    final BitSet needed;
    /** Whether the search could not decide: arithmetic beyond 64 bits, or over its budget. */
    final boolean unresolved;

    Found(int[] elements, BitSet used, BitSet needed, boolean unresolved) {
      this.elements = elements;
      this.used = used;
      this.needed = needed;
      this.unresolved = unresolved;
    }
  }

  private SpanBefore() {}

  /**
   * Returns the elements of a combination of {@code vectors} with coefficients -1, 0 and 1 whose
   * nonzero part holds 1 to {@code threshold - 1} distinct persons, an unresolved answer, or null
   * when there is none.
   *
   * @param vectors each vector as its elements, in increasing order, none repeated
   * @param elementCount the number of elements
   * @param person the person of each element
   * @param mostElementsPerPerson the most elements any one person has (1 within a release)
   * @param threshold the anonymity threshold
   * @return the set found, an unresolved answer, or null
   */
  static @Nullable Found find(List<int[]> vectors, int elementCount, int[] person, int mostElementsPerPerson,
      int threshold) {
    int r = vectors.size();
    if (r == 0) {
      return null;
    }
    // Cells: elements with the same membership.
    int words = (r + 63) / 64;
    long[][] membership = new long[elementCount][];
    for (int v = 0; v < r; v++) {
      for (int e : vectors.get(v)) {
        if (membership[e] == null) {
          membership[e] = new long[words];
        }
        membership[e][v >>> 6] |= 1L << v;
      }
    }
    Map<Key, Integer> cellOf = new HashMap<>();
    List<long[]> signatures = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    for (int e = 0; e < elementCount; e++) {
      if (membership[e] != null) {
        int cell = cellOf.computeIfAbsent(new Key(membership[e]), key -> {
          signatures.add(key.bits);
          members.add(new ArrayList<>());
          return signatures.size() - 1;
        });
        members.get(cell).add(e);
      }
    }
    // A set of fewer than threshold persons has at most that many elements per person.
    int bound = (threshold - 1) * mostElementsPerPerson;
    int cells = signatures.size();
    Integer[] order = new Integer[cells];
    int small = 0;
    for (int c = 0; c < cells; c++) {
      order[c] = c;
      small += members.get(c).size() <= bound ? 1 : 0;
    }
    if (small == 0) {
      return null;
    }
    // Large cells first, so that rows with a pivot in a small cell vanish on every large one; then
    // by membership, so that which set is found first depends on the groups, not on the elements.
    Arrays.sort(order, (a, b) -> {
      int bySize = Boolean.compare(members.get(a).size() <= bound, members.get(b).size() <= bound);
      return bySize != 0 ? bySize : Arrays.compareUnsigned(signatures.get(a), signatures.get(b));
    });
    int firstSmall = cells - small;
    int[] weight = new int[cells];
    for (int j = 0; j < cells; j++) {
      weight[j] = members.get(order[j]).size();
    }

    // Rows: the vector over the ordered cells, then which vectors it combines.
    long[][] rows = new long[r][cells + r];
    for (int v = 0; v < r; v++) {
      for (int j = 0; j < cells; j++) {
        rows[v][j] = signatures.get(order[j])[v >>> 6] >>> v & 1L;
      }
      rows[v][cells + v] = 1;
    }
    int[] pivotOf;
    try {
      pivotOf = reduce(rows, cells);
    } catch (ArithmeticException overflow) {
      return unresolved(r);
    }
    List<long[]> basis = new ArrayList<>();
    List<Integer> pivots = new ArrayList<>();
    BitSet dependent = new BitSet(r);
    for (int i = 0; i < r; i++) {
      if (pivotOf[i] >= firstSmall) {
        basis.add(rows[i]);
        pivots.add(pivotOf[i]);
      } else if (pivotOf[i] < 0) {
        // A zero row: its combination part is a dependency among the vectors.
        for (int v = 0; v < r; v++) {
          if (rows[i][cells + v] != 0) {
            dependent.set(v);
          }
        }
      }
    }
    if (basis.isEmpty()) {
      return null;
    }
    try {
      int[][] cellPersons = new int[cells][];
      for (int j = 0; j < cells; j++) {
        cellPersons[j] = members.get(order[j]).stream().mapToInt(e -> person[e]).toArray();
      }
      Search search = new Search(basis, pivots, weight, firstSmall, cells, r, bound, cellPersons, threshold);
      int[] cellsFound = search.run();
      if (search.exhausted) {
        return unresolved(basis, cells, r);
      }
      if (cellsFound == null) {
        return null;
      }
      List<Integer> elements = new ArrayList<>();
      for (int j : cellsFound) {
        elements.addAll(members.get(order[j]));
      }
      BitSet used = search.used;
      BitSet needed = (BitSet) used.clone();
      needed.andNot(dependent);
      return new Found(elements.stream().mapToInt(Integer::intValue).sorted().toArray(), used, needed, false);
    } catch (ArithmeticException overflow) {
      return unresolved(basis, cells, r);
    }
  }

  private static Found unresolved(int vectors) {
    BitSet all = new BitSet(vectors);
    all.set(0, vectors);
    return new Found(new int[0], all, new BitSet(), true);
  }

  /** Unresolved, resting on every vector some small combination uses. */
  private static Found unresolved(List<long[]> basis, int cells, int vectors) {
    BitSet used = new BitSet(vectors);
    for (long[] row : basis) {
      for (int v = 0; v < vectors; v++) {
        if (row[cells + v] != 0) {
          used.set(v);
        }
      }
    }
    return new Found(new int[0], used, new BitSet(), true);
  }

  /**
   * Reduces {@code rows} to reduced row echelon form on their first {@code columns} entries (the
   * rest follow along), in place and fraction-free: each row is kept as coprime integers.
   *
   * @return for each row, its pivot column, or -1 for a zero row
   * @throws ArithmeticException if an entry would not fit in a long
   */
  private static int[] reduce(long[][] rows, int columns) {
    int r = rows.length;
    int[] pivotOf = new int[r];
    Arrays.fill(pivotOf, -1);
    int rank = 0;
    for (int col = 0; col < columns && rank < r; col++) {
      int pivot = -1;
      for (int i = rank; i < r; i++) {
        if (rows[i][col] != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      long[] swap = rows[pivot];
      rows[pivot] = rows[rank];
      rows[rank] = swap;
      long[] p = rows[rank];
      for (int i = 0; i < r; i++) {
        if (i != rank && rows[i][col] != 0) {
          long[] row = rows[i];
          long g = gcd(p[col], row[col]);
          long a = p[col] / g;
          long b = row[col] / g;
          for (int j = 0; j < row.length; j++) {
            if (row[j] != 0 || p[j] != 0) {
              row[j] = Math.subtractExact(Math.multiplyExact(row[j], a), Math.multiplyExact(p[j], b));
            }
          }
          normalize(row);
        }
      }
      pivotOf[rank] = col;
      rank++;
    }
    return pivotOf;
  }

  private static void normalize(long[] row) {
    long g = 0;
    for (long x : row) {
      if (x != 0) {
        g = gcd(g, x);
        if (g == 1) {
          return;
        }
      }
    }
    if (g > 1) {
      for (int j = 0; j < row.length; j++) {
        row[j] /= g;
      }
    }
  }

  private static long gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  /**
   * Depth-first search over subsets of the basis rows, each row standing for itself divided by its
   * pivot entry, brought to one common denominator.
   */
  private static final class Search {
    private final long[][] rows;
    private final int[] pivot;
    private final int[] weight;
    private final int firstSmall;
    private final int cells;
    private final int bound;
    private final long common;
    /** For each small cell, the last basis row with an entry there: after it the cell is final. */
    private final int[] lastRow;
    /** Per row, the columns from the first small cell on where it is not zero. */
    private final int[][] nonZero;
    private final long[] sum;
    private final int[] chosen;
    /** Per column, the node that last looked at it, so that a column is counted once per look. */
    private final int[] seen;
    private int visited;
    boolean exhausted;
    /** The vectors the combination found uses. */
    final BitSet used = new BitSet();
    /** Per cell, the persons of its elements. */
    private final int[][] cellPersons;
    private final int threshold;

    Search(List<long[]> basis, List<Integer> pivots, int[] weight, int firstSmall, int cells, int vectors,
        int bound, int[][] cellPersons, int threshold) {
      this.cellPersons = cellPersons;
      this.threshold = threshold;
      int m = basis.size();
      long lcm = 1;
      for (int b = 0; b < m; b++) {
        long p = Math.abs(basis.get(b)[pivots.get(b)]);
        lcm = Math.multiplyExact(lcm / gcd(lcm, p), p);
      }
      this.common = lcm;
      this.rows = new long[m][];
      this.pivot = new int[m];
      for (int b = 0; b < m; b++) {
        long[] row = basis.get(b);
        long factor = lcm / row[pivots.get(b)];
        rows[b] = new long[cells + vectors];
        for (int j = firstSmall; j < cells + vectors; j++) {
          rows[b][j] = Math.multiplyExact(row[j], factor);
        }
        pivot[b] = pivots.get(b);
      }
      this.weight = weight;
      this.firstSmall = firstSmall;
      this.cells = cells;
      this.bound = bound;
      this.lastRow = new int[cells];
      Arrays.fill(lastRow, -1);
      for (int b = 0; b < m; b++) {
        for (int j = firstSmall; j < cells; j++) {
          if (rows[b][j] != 0) {
            lastRow[j] = b;
          }
        }
      }
      this.nonZero = new int[m][];
      for (int b = 0; b < m; b++) {
        int count = 0;
        int[] columns = new int[cells + vectors - firstSmall];
        for (int j = firstSmall; j < cells + vectors; j++) {
          if (rows[b][j] != 0) {
            columns[count++] = j;
          }
        }
        nonZero[b] = Arrays.copyOf(columns, count);
      }
      this.sum = new long[cells + vectors];
      this.chosen = new int[m];
      this.seen = new int[cells];
    }

    /** The cells of a -1/0/1 combination of fewer than threshold persons, or null; sets {@link #exhausted}. */
    int @Nullable [] run() {
      return extend(0, 0, 0);
    }

    private int @Nullable [] extend(int from, int depth, int pivotWeight) {
      for (int b = from; b < rows.length; b++) {
        if (pivotWeight + weight[pivot[b]] > bound) {
          continue;
        }
        // The first row chosen is taken with +1: a combination and its negative determine alike.
        for (int sign = 1; sign >= (depth == 0 ? 1 : -1); sign -= 2) {
          if (++visited > SEARCH_BUDGET) {
            exhausted = true;
            return null;
          }
          add(b, sign);
          chosen[depth] = b;
          int[] found = null;
          int state = state(b, depth);
          if (state == COMPLETE) {
            found = support(depth);
            if (persons(found) >= threshold) {
              // A combination of many elements of few persons is within the bound, this one is not.
              found = null;
              state = OPEN;
            } else {
              // Taken now: the sums are undone on the way back.
              for (int v = 0; v < sum.length - cells; v++) {
                used.set(v, sum[cells + v] != 0);
              }
            }
          }
          if (found == null && state != DEAD) {
            found = extend(b + 1, depth + 1, pivotWeight + weight[pivot[b]]);
          }
          add(b, -sign);
          if (found != null || exhausted) {
            return found;
          }
        }
      }
      return null;
    }

    private int persons(int[] support) {
      Set<Integer> persons = new HashSet<>();
      for (int j : support) {
        for (int p : cellPersons[j]) {
          persons.add(p);
        }
      }
      return persons.size();
    }

    private static final int DEAD = 0;
    private static final int OPEN = 1;
    private static final int COMPLETE = 2;

    /**
     * After choosing row {@code b} (the last of {@code chosen[0..depth]}), with rows before it
     * decided: DEAD if a final cell holds neither 0 nor ±1, or the nonzero cells that no later row
     * can change weigh more than the bound; COMPLETE if the chosen rows' signed sum is a vector of
     * -1, 0 and 1 within the bound (whatever later rows could add); OPEN otherwise. Only cells the
     * chosen rows touch can be other than 0.
     */
    private int state(int b, int depth) {
      int finalWeight = 0;
      int totalWeight = 0;
      boolean complete = true;
      for (int d = 0; d <= depth; d++) {
        for (int j : nonZero[chosen[d]]) {
          if (j >= cells || seen[j] == visited) {
            continue;
          }
          seen[j] = visited;
          long s = sum[j];
          if (s == 0) {
            continue;
          }
          boolean isFinal = lastRow[j] <= b;
          if (s != common && s != -common) {
            if (isFinal) {
              return DEAD;
            }
            complete = false;
            continue;
          }
          totalWeight += weight[j];
          if (isFinal) {
            finalWeight += weight[j];
            if (finalWeight > bound) {
              return DEAD;
            }
          }
        }
      }
      if (complete && totalWeight <= bound) {
        return COMPLETE;
      }
      return OPEN;
    }

    private int[] support(int depth) {
      TreeSet<Integer> out = new TreeSet<>();
      for (int d = 0; d <= depth; d++) {
        for (int j : nonZero[chosen[d]]) {
          if (j < cells && sum[j] != 0) {
            out.add(j);
          }
        }
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void add(int b, int sign) {
      long[] row = rows[b];
      for (int j : nonZero[b]) {
        sum[j] = sign > 0 ? Math.addExact(sum[j], row[j]) : Math.subtractExact(sum[j], row[j]);
      }
    }
  }

  /** A membership signature as a hash key. */
  private static final class Key {
    final long[] bits;

    Key(long[] bits) {
      this.bits = bits;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key && Arrays.equals(bits, ((Key) o).bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }
}
