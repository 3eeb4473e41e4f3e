package io.github.serviceculture.alignment.perception;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds a few respondents about whom released figures determine something, in exact integer
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
final class Span {
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

  private Span() {}

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
    // Cells: elements with the same membership. Each element's membership is a signature of r bits.
    // The cells are numbered as they first appear (an open-addressing table of signatures), put in
    // signature order (unsigned, word by word), and their members laid out in that order, each
    // cell's in increasing order: sorted[runStart[c] .. runStart[c + 1]) is the c-th cell.
    int words = (r + 63) / 64;
    long[] signature = new long[elementCount * words];
    boolean[] inSome = new boolean[elementCount];
    for (int v = 0; v < r; v++) {
      for (int e : vectors.get(v)) {
        signature[e * words + (v >>> 6)] |= 1L << v;
        inSome[e] = true;
      }
    }
    int mask = Integer.highestOneBit(Math.max(1, elementCount) * 2 - 1) * 2 - 1;
    int[] table = new int[mask + 1];
    Arrays.fill(table, -1);
    int[] cellOf = new int[elementCount];
    int[] representative = new int[elementCount];
    int[] cellSize = new int[elementCount];
    int runs = 0;
    int m = 0;
    for (int e = 0; e < elementCount; e++) {
      if (!inSome[e]) {
        continue;
      }
      m++;
      int h = hash(signature, e, words) & mask;
      while (table[h] >= 0 && compareSignatures(signature, representative[table[h]], e, words) != 0) {
        h = (h + 1) & mask;
      }
      if (table[h] < 0) {
        table[h] = runs;
        representative[runs++] = e;
      }
      cellOf[e] = table[h];
      cellSize[table[h]]++;
    }
    // The representatives in signature order, then each cell's rank in it.
    int[] bySignature = Arrays.copyOf(representative, runs);
    sortBySignature(bySignature, runs, signature, words);
    int[] rank = new int[runs];
    int[] runStart = new int[runs + 1];
    for (int k = 0; k < runs; k++) {
      int cell = cellOf[bySignature[k]];
      rank[cell] = k;
      runStart[k + 1] = runStart[k] + cellSize[cell];
    }
    int[] sorted = new int[m];
    int[] filled = Arrays.copyOf(runStart, runs);
    for (int e = 0; e < elementCount; e++) {
      if (inSome[e]) {
        sorted[filled[rank[cellOf[e]]]++] = e;
      }
    }
    int cells = runs;
    // A set of fewer than threshold persons has at most that many elements per person.
    int bound = (threshold - 1) * mostElementsPerPerson;
    int small = 0;
    for (int c = 0; c < cells; c++) {
      small += runStart[c + 1] - runStart[c] <= bound ? 1 : 0;
    }
    if (small == 0) {
      return null;
    }
    // Large cells first, so that rows with a pivot in a small cell vanish on every large one; then
    // by membership, so that which set is found first depends on the groups, not on the elements:
    // the runs are in signature order already, so large ones then small ones, each in run order.
    int firstSmall = cells - small;
    int[] order = new int[cells];
    int large = 0;
    int next = firstSmall;
    for (int c = 0; c < cells; c++) {
      if (runStart[c + 1] - runStart[c] <= bound) {
        order[next++] = c;
      } else {
        order[large++] = c;
      }
    }
    int[] weight = new int[cells];
    for (int j = 0; j < cells; j++) {
      weight[j] = runStart[order[j] + 1] - runStart[order[j]];
    }

    // Rows: the vector over the ordered cells, then which vectors it combines.
    long[][] rows = new long[r][cells + r];
    for (int j = 0; j < cells; j++) {
      int base = sorted[runStart[order[j]]] * words;
      for (int v = 0; v < r; v++) {
        rows[v][j] = signature[base + (v >>> 6)] >>> v & 1L;
      }
    }
    for (int v = 0; v < r; v++) {
      rows[v][cells + v] = 1;
    }
    int[] pivotOf;
    try {
      pivotOf = reduce(rows, cells);
    } catch (ArithmeticException overflow) {
      return unresolved(r);
    }
    int basisSize = 0;
    for (int i = 0; i < r; i++) {
      basisSize += pivotOf[i] >= firstSmall ? 1 : 0;
    }
    if (basisSize == 0) {
      return null;
    }
    long[][] basis = new long[basisSize][];
    int[] pivots = new int[basisSize];
    BitSet dependent = new BitSet(r);
    int b = 0;
    for (int i = 0; i < r; i++) {
      if (pivotOf[i] >= firstSmall) {
        basis[b] = rows[i];
        pivots[b++] = pivotOf[i];
      } else if (pivotOf[i] < 0) {
        // A zero row: its combination part is a dependency among the vectors.
        for (int v = 0; v < r; v++) {
          if (rows[i][cells + v] != 0) {
            dependent.set(v);
          }
        }
      }
    }
    try {
      int[][] cellPersons = new int[cells][];
      for (int j = 0; j < cells; j++) {
        int from = runStart[order[j]];
        cellPersons[j] = new int[weight[j]];
        for (int i = 0; i < weight[j]; i++) {
          cellPersons[j][i] = person[sorted[from + i]];
        }
      }
      Search search = new Search(basis, pivots, weight, firstSmall, cells, r, bound, cellPersons, threshold);
      int[] cellsFound = search.run();
      if (search.exhausted) {
        return unresolved(basis, cells, r);
      }
      if (cellsFound == null) {
        return null;
      }
      int size = 0;
      for (int j : cellsFound) {
        size += weight[j];
      }
      int[] elements = new int[size];
      int at = 0;
      for (int j : cellsFound) {
        System.arraycopy(sorted, runStart[order[j]], elements, at, weight[j]);
        at += weight[j];
      }
      Arrays.sort(elements);
      BitSet used = search.used;
      BitSet needed = (BitSet) used.clone();
      needed.andNot(dependent);
      return new Found(elements, used, needed, false);
    } catch (ArithmeticException overflow) {
      return unresolved(basis, cells, r);
    }
  }

  /** A hash of element e's signature. */
  private static int hash(long[] signature, int e, int words) {
    long h = 0;
    for (int w = 0; w < words; w++) {
      h = h * 0x9E3779B97F4A7C15L + signature[e * words + w];
    }
    h *= 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** Compares the signatures of elements a and b, word by word as unsigned numbers. */
  private static int compareSignatures(long[] signature, int a, int b, int words) {
    for (int w = 0; w < words; w++) {
      int c = Long.compareUnsigned(signature[a * words + w], signature[b * words + w]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Sorts {@code elements[0..count)} by signature, then by index: a total order, so the result does
   * not depend on the algorithm. Insertion sort for the few cells of a release, merge sort above that.
   */
  private static void sortBySignature(int[] elements, int count, long[] signature, int words) {
    if (count < 2) {
      return;
    }
    int[] buffer = new int[count];
    mergeSort(elements, buffer, 0, count, signature, words);
  }

  private static void mergeSort(int[] a, int[] buffer, int from, int to, long[] signature, int words) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && before(signature, x, a[j], words)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid, signature, words);
    mergeSort(a, buffer, mid, to, signature, words);
    if (!before(signature, a[mid], a[mid - 1], words)) {
      return;
    }
    System.arraycopy(a, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && !before(signature, buffer[j], buffer[i], words))) {
        a[k] = buffer[i++];
      } else {
        a[k] = buffer[j++];
      }
    }
  }

  /** Whether element x comes before element y: a smaller signature, or the same and a smaller index. */
  private static boolean before(long[] signature, int x, int y, int words) {
    int c = compareSignatures(signature, x, y, words);
    return c < 0 || (c == 0 && x < y);
  }

  private static Found unresolved(int vectors) {
    BitSet all = new BitSet(vectors);
    all.set(0, vectors);
    return new Found(new int[0], all, new BitSet(), true);
  }

  /** Unresolved, resting on every vector some small combination uses. */
  private static Found unresolved(long[][] basis, int cells, int vectors) {
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
    int[] entries = new int[r == 0 ? 0 : rows[0].length];
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
      int pivotEntries = -1;
      for (int i = 0; i < r; i++) {
        if (i != rank && rows[i][col] != 0) {
          long[] row = rows[i];
          long g = gcd(p[col], row[col]);
          long a = p[col] / g;
          long b = row[col] / g;
          if (a == 1) {
            // row * 1 - p * b changes only where p is not zero, and there it is what the general
            // case computes, overflow checks included: the same row, at the cost of p's entries.
            if (pivotEntries < 0) {
              pivotEntries = nonZero(p, entries);
            }
            for (int t = 0; t < pivotEntries; t++) {
              int j = entries[t];
              row[j] = Math.subtractExact(row[j], Math.multiplyExact(p[j], b));
            }
          } else {
            for (int j = 0; j < row.length; j++) {
              if (row[j] != 0 || p[j] != 0) {
                row[j] = Math.subtractExact(Math.multiplyExact(row[j], a), Math.multiplyExact(p[j], b));
              }
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

  /** Writes the columns where {@code row} is not zero into {@code columns}, in order; returns their number. */
  private static int nonZero(long[] row, int[] columns) {
    int count = 0;
    for (int j = 0; j < row.length; j++) {
      if (row[j] != 0) {
        columns[count++] = j;
      }
    }
    return count;
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
    /** Per person, the count of {@link #persons} that last saw them, so that each counts once. */
    private final int[] personSeen;
    private int personCounts;
    /** Per cell, the count of {@link #support} that last took it; and room for the cells it takes. */
    private final int[] supportSeen;
    private final int[] supportCells;
    private int supports;

    Search(long[][] basis, int[] pivots, int[] weight, int firstSmall, int cells, int vectors,
        int bound, int[][] cellPersons, int threshold) {
      this.cellPersons = cellPersons;
      this.threshold = threshold;
      int most = -1;
      for (int[] persons : cellPersons) {
        for (int p : persons) {
          most = Math.max(most, p);
        }
      }
      this.personSeen = new int[most + 1];
      this.supportSeen = new int[cells];
      this.supportCells = new int[cells];
      int m = basis.length;
      long lcm = 1;
      for (int b = 0; b < m; b++) {
        long p = Math.abs(basis[b][pivots[b]]);
        lcm = Math.multiplyExact(lcm / gcd(lcm, p), p);
      }
      this.common = lcm;
      this.rows = new long[m][];
      this.pivot = new int[m];
      for (int b = 0; b < m; b++) {
        long[] row = basis[b];
        long factor = lcm / row[pivots[b]];
        rows[b] = new long[cells + vectors];
        for (int j = firstSmall; j < cells + vectors; j++) {
          rows[b][j] = Math.multiplyExact(row[j], factor);
        }
        pivot[b] = pivots[b];
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

    /** The number of distinct persons in the cells of {@code support}. */
    private int persons(int[] support) {
      int stamp = ++personCounts;
      int distinct = 0;
      for (int j : support) {
        for (int p : cellPersons[j]) {
          if (personSeen[p] != stamp) {
            personSeen[p] = stamp;
            distinct++;
          }
        }
      }
      return distinct;
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

    /** The cells where the chosen rows' sum is not zero, in increasing order. */
    private int[] support(int depth) {
      int stamp = ++supports;
      int count = 0;
      for (int d = 0; d <= depth; d++) {
        for (int j : nonZero[chosen[d]]) {
          if (j < cells && sum[j] != 0 && supportSeen[j] != stamp) {
            supportSeen[j] = stamp;
            supportCells[count++] = j;
          }
        }
      }
      int[] out = Arrays.copyOf(supportCells, count);
      Arrays.sort(out);
      return out;
    }

    private void add(int b, int sign) {
      long[] row = rows[b];
      for (int j : nonZero[b]) {
        sum[j] = sign > 0 ? Math.addExact(sum[j], row[j]) : Math.subtractExact(sum[j], row[j]);
      }
    }
  }
}
