package io.github.serviceculture.alignment.perception;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds a small set of respondents that released figures determine, in exact arithmetic.
 *
 * <p>Every released figure of a set of respondents is, for an attacker who may combine figures
 * linearly, a sum over its members (counts, sums, sums of squares, cross-products, agree counts).
 * So the figures of sets V<sub>1</sub>..V<sub>r</sub> determine the same sums of a set U exactly
 * when the indicator vector of U lies in the span of theirs. Elements with the same membership in
 * every V<sub>i</sub> ("cells") cannot be told apart, so U is a union of whole cells, and only
 * cells with few members can be part of one.
 *
 * <p>Method: order the cells large first, reduce the vectors to reduced row echelon form over the
 * rationals (BigInteger, fraction-free), and keep the rows whose pivot lies in a small cell: they
 * span every combination that vanishes on the large cells. A 0/1 combination takes coefficient 0 or
 * 1 on each such row (its value at the row's pivot), so it is the sum of a subset of them, searched
 * depth first while the subset's pivot cells weigh less than the bound. Exact: no rounding can hide
 * or invent a set. Not thread-safe; one instance per search.
 */
final class Span {
  /** A set found, and the vectors of one representation of it as a combination. */
  static final class Found {
    final int[] elements;
    final BitSet vectors;

    Found(int[] elements, BitSet vectors) {
      this.elements = elements;
      this.vectors = vectors;
    }
  }

  private Span() {}

  /**
   * Returns a set of elements whose indicator vector lies in the span of {@code vectors} and whose
   * members belong to 1 to {@code threshold - 1} distinct persons, or null when there is none.
   *
   * @param vectors each vector as its elements, in increasing order, none repeated
   * @param elementCount the number of elements
   * @param person the person of each element; elements of one person have distinct memberships
   *     only when their answers differ between releases
   * @param personsShared whether some person has more than one element
   * @param threshold the anonymity threshold
   * @return the set and the vectors of a combination that gives it, or null
   */
  static @Nullable Found find(List<int[]> vectors, int elementCount, int[] person, boolean personsShared,
      int threshold) {
    int r = vectors.size();
    if (r == 0) {
      return null;
    }
    // Cells: elements with the same membership.
    long[][] membership = new long[elementCount][];
    int words = (r + 63) / 64;
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
      if (membership[e] == null) {
        continue;
      }
      Integer cell = cellOf.computeIfAbsent(new Key(membership[e]), key -> {
        signatures.add(key.bits);
        members.add(new ArrayList<>());
        return signatures.size() - 1;
      });
      members.get(cell).add(e);
    }
    // A set of fewer than threshold persons has at most that many elements per person.
    int bound = (threshold - 1) * (personsShared ? 2 : 1);
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

    // Rows: the vector over the ordered cells, then which vectors it combines.
    BigInteger[][] rows = new BigInteger[r][cells + r];
    for (int v = 0; v < r; v++) {
      for (int j = 0; j < cells; j++) {
        long[] sig = signatures.get(order[j]);
        rows[v][j] = (sig[v >>> 6] >>> v & 1L) != 0 ? BigInteger.ONE : BigInteger.ZERO;
      }
      for (int j = 0; j < r; j++) {
        rows[v][cells + j] = j == v ? BigInteger.ONE : BigInteger.ZERO;
      }
    }
    int[] pivotOf = reduce(rows, cells);
    List<Integer> basis = new ArrayList<>();
    for (int i = 0; i < pivotOf.length; i++) {
      if (pivotOf[i] >= firstSmall) {
        basis.add(i);
      }
    }
    if (basis.isEmpty()) {
      return null;
    }
    // Bring the basis rows to one denominator: row i stands for rows[i] / rows[i][pivot].
    BigInteger common = BigInteger.ONE;
    for (int i : basis) {
      BigInteger p = rows[i][pivotOf[i]].abs();
      common = common.divide(common.gcd(p)).multiply(p);
    }
    int m = basis.size();
    BigInteger[][] scaled = new BigInteger[m][];
    int[] pivotWeight = new int[m];
    for (int b = 0; b < m; b++) {
      int i = basis.get(b);
      BigInteger factor = common.divide(rows[i][pivotOf[i]]);
      scaled[b] = new BigInteger[cells + r];
      for (int j = firstSmall; j < cells + r; j++) {
        scaled[b][j] = rows[i][j].multiply(factor);
      }
      pivotWeight[b] = members.get(order[pivotOf[i]]).size();
    }
    Search search = new Search(scaled, pivotWeight, common, firstSmall, cells, r, bound, threshold, person,
        members, order);
    return search.run();
  }

  /**
   * Returns whether the indicator vector of {@code set} lies in the span of {@code vectors}: whether
   * adding it leaves the rank as it was.
   *
   * @param vectors each vector as its elements, in increasing order
   * @param set the set's elements, in increasing order
   * @param elementCount the number of elements
   */
  static boolean determines(List<int[]> vectors, int[] set, int elementCount) {
    List<int[]> with = new ArrayList<>(vectors);
    with.add(set);
    return rank(with, elementCount) == rank(vectors, elementCount);
  }

  private static int rank(List<int[]> vectors, int elementCount) {
    int r = vectors.size();
    // Columns: one per distinct membership, which is all a rank can see.
    Map<Key, Integer> cellOf = new HashMap<>();
    long[][] membership = new long[elementCount][];
    int words = Math.max(1, (r + 63) / 64);
    for (int v = 0; v < r; v++) {
      for (int e : vectors.get(v)) {
        if (membership[e] == null) {
          membership[e] = new long[words];
        }
        membership[e][v >>> 6] |= 1L << v;
      }
    }
    List<long[]> columns = new ArrayList<>();
    for (long[] m : membership) {
      if (m != null && cellOf.putIfAbsent(new Key(m), columns.size()) == null) {
        columns.add(m);
      }
    }
    BigInteger[][] rows = new BigInteger[r][columns.size()];
    for (int v = 0; v < r; v++) {
      for (int j = 0; j < columns.size(); j++) {
        rows[v][j] = (columns.get(j)[v >>> 6] >>> v & 1L) != 0 ? BigInteger.ONE : BigInteger.ZERO;
      }
    }
    int rank = 0;
    for (int pivot : reduce(rows, columns.size())) {
      rank += pivot >= 0 ? 1 : 0;
    }
    return rank;
  }

  /**
   * Reduces {@code rows} to reduced row echelon form on their first {@code columns} entries (the
   * rest follow along), in place and fraction-free: each row is kept as integers divided by their
   * greatest common divisor.
   *
   * @return for each row, its pivot column, or -1 for a zero row
   */
  private static int[] reduce(BigInteger[][] rows, int columns) {
    int r = rows.length;
    int[] pivotOf = new int[r];
    Arrays.fill(pivotOf, -1);
    int rank = 0;
    for (int col = 0; col < columns && rank < r; col++) {
      int pivot = -1;
      for (int i = rank; i < r; i++) {
        if (rows[i][col].signum() != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] swap = rows[pivot];
      rows[pivot] = rows[rank];
      rows[rank] = swap;
      BigInteger[] p = rows[rank];
      for (int i = 0; i < r; i++) {
        if (i != rank && rows[i][col].signum() != 0) {
          BigInteger a = p[col];
          BigInteger b = rows[i][col];
          BigInteger[] row = rows[i];
          for (int j = 0; j < row.length; j++) {
            row[j] = row[j].multiply(a).subtract(p[j].multiply(b));
          }
          normalize(row);
        }
      }
      pivotOf[rank] = col;
      rank++;
    }
    return pivotOf;
  }

  private static void normalize(BigInteger[] row) {
    BigInteger g = BigInteger.ZERO;
    for (BigInteger x : row) {
      if (x.signum() != 0) {
        g = g.gcd(x);
        if (g.equals(BigInteger.ONE)) {
          return;
        }
      }
    }
    if (g.signum() != 0) {
      for (int j = 0; j < row.length; j++) {
        row[j] = row[j].divide(g);
      }
    }
  }

  /** Depth-first search over subsets of the basis rows whose pivot cells weigh at most the bound. */
  private static final class Search {
    private final BigInteger[][] rows;
    private final int[] pivotWeight;
    private final BigInteger common;
    private final int firstSmall;
    private final int cells;
    private final int vectors;
    private final int bound;
    private final int threshold;
    private final int[] person;
    private final List<List<Integer>> members;
    private final Integer[] order;
    private final BigInteger[] sum;

    Search(BigInteger[][] rows, int[] pivotWeight, BigInteger common, int firstSmall, int cells, int vectors,
        int bound, int threshold, int[] person, List<List<Integer>> members, Integer[] order) {
      this.rows = rows;
      this.pivotWeight = pivotWeight;
      this.common = common;
      this.firstSmall = firstSmall;
      this.cells = cells;
      this.vectors = vectors;
      this.bound = bound;
      this.threshold = threshold;
      this.person = person;
      this.members = members;
      this.order = order;
      this.sum = new BigInteger[cells + vectors];
      Arrays.fill(sum, BigInteger.ZERO);
    }

    @Nullable Found run() {
      return extend(0, 0);
    }

    private @Nullable Found extend(int from, int weight) {
      for (int b = from; b < rows.length; b++) {
        if (weight + pivotWeight[b] > bound) {
          continue;
        }
        add(rows[b], 1);
        Found found = check();
        if (found == null) {
          found = extend(b + 1, weight + pivotWeight[b]);
        }
        add(rows[b], -1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }

    private void add(BigInteger[] row, int sign) {
      for (int j = firstSmall; j < sum.length; j++) {
        if (row[j].signum() != 0) {
          sum[j] = sign > 0 ? sum[j].add(row[j]) : sum[j].subtract(row[j]);
        }
      }
    }

    /** The set the current sum stands for, when it is a 0/1 vector of 1 to threshold - 1 persons. */
    private @Nullable Found check() {
      int weight = 0;
      for (int j = firstSmall; j < cells; j++) {
        if (sum[j].signum() == 0) {
          continue;
        }
        if (!sum[j].equals(common)) {
          return null;
        }
        weight += members.get(order[j]).size();
        if (weight > bound) {
          return null;
        }
      }
      List<Integer> elements = new ArrayList<>();
      for (int j = firstSmall; j < cells; j++) {
        if (sum[j].signum() != 0) {
          elements.addAll(members.get(order[j]));
        }
      }
      long persons = elements.stream().mapToInt(e -> person[e]).distinct().count();
      if (persons == 0 || persons >= threshold) {
        return null;
      }
      BitSet used = new BitSet(vectors);
      for (int v = 0; v < vectors; v++) {
        if (sum[cells + v].signum() != 0) {
          used.set(v);
        }
      }
      return new Found(elements.stream().mapToInt(Integer::intValue).sorted().toArray(), used);
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
