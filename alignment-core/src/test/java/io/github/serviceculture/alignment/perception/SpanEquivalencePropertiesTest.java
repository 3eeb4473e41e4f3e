package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * {@link Span#find} gives what {@link SpanBefore#find}, the search before it found its cells without
 * a hash map of boxed keys and its search stopped allocating, gives: the same set, the same vectors used and needed,
 * the same unresolved answers, on the inputs a release gives (groups of crossed attributes, some
 * hidden), on those a history gives (several elements per person) and on arbitrary sets, more than
 * 64 of them at times (signatures of several words).
 */
class SpanEquivalencePropertiesTest {
  private int found;
  private int unresolved;

  @Test
  void releasesOfCrossedAttributes() {
    qt().withExamples(3_000)
        .forAll(longs().all(), integers().between(1, 90), integers().between(1, 4))
        .checkAssert((seed, n, attributes) -> {
          Random random = new Random(seed);
          int[][] codes = new int[attributes][n];
          List<int[]> vectors = new ArrayList<>();
          if (random.nextInt(4) > 0) {
            vectors.add(set(n, row -> true));
          }
          for (int a = 0; a < attributes; a++) {
            int groups = 1 + random.nextInt(6);
            for (int row = 0; row < n; row++) {
              codes[a][row] = random.nextInt(10) == 0 ? -1 : random.nextInt(groups);
            }
            for (int g = 0; g < groups; g++) {
              int[] code = codes[a];
              int group = g;
              if (random.nextInt(5) > 0) {
                vectors.add(set(n, row -> code[row] == group));
              }
            }
          }
          int[] persons = new int[n];
          Arrays.setAll(persons, i -> i);
          compare(vectors, n, persons, 1, 2 + random.nextInt(6), "seed " + seed);
        });
    System.out.printf("span equivalence, releases: %d sets found, %d unresolved%n", found, unresolved);
    assertTrue(found > 100, "sets found in " + found + " cases");
  }

  @Test
  void historiesWithSeveralElementsPerPerson() {
    qt().withExamples(2_000)
        .forAll(longs().all(), integers().between(2, 60), integers().between(1, 3))
        .checkAssert((seed, people, most) -> {
          Random random = new Random(seed);
          // Each person has 1 to `most` elements (answers that changed between releases).
          List<Integer> personOf = new ArrayList<>();
          int mostElements = 1;
          for (int p = 0; p < people; p++) {
            int versions = 1 + random.nextInt(most);
            mostElements = Math.max(mostElements, versions);
            for (int v = 0; v < versions; v++) {
              personOf.add(p);
            }
          }
          int elements = personOf.size();
          int[] persons = personOf.stream().mapToInt(Integer::intValue).toArray();
          // Releases: each takes one element per person of some persons, then groups of those.
          List<int[]> vectors = new ArrayList<>();
          int releases = 1 + random.nextInt(3);
          for (int r = 0; r < releases; r++) {
            boolean[] in = new boolean[elements];
            int e = 0;
            for (int p = 0; p < people; p++) {
              int first = e;
              while (e < elements && persons[e] == p) {
                e++;
              }
              if (random.nextInt(6) > 0) {
                in[first + random.nextInt(e - first)] = true;
              }
            }
            vectors.add(set(elements, x -> in[x]));
            int groups = 1 + random.nextInt(4);
            int[] code = new int[elements];
            Arrays.setAll(code, x -> random.nextInt(groups));
            for (int g = 0; g < groups; g++) {
              int group = g;
              vectors.add(set(elements, x -> in[x] && code[x] == group));
            }
          }
          compare(vectors, elements, persons, mostElements, 2 + random.nextInt(5), "seed " + seed);
        });
    System.out.printf("span equivalence, histories: %d sets found, %d unresolved%n", found, unresolved);
  }

  @Test
  void arbitrarySetsSomeOfThemMoreThan64() {
    qt().withExamples(600)
        .forAll(longs().all(), integers().between(1, 40), integers().between(1, 80))
        .checkAssert((seed, n, count) -> {
          Random random = new Random(seed);
          double density = 0.05 + 0.9 * random.nextDouble();
          List<int[]> vectors = new ArrayList<>();
          for (int v = 0; v < count; v++) {
            vectors.add(set(n, row -> random.nextDouble() < density));
          }
          int[] persons = new int[n];
          Arrays.setAll(persons, i -> i);
          compare(vectors, n, persons, 1, 2 + random.nextInt(8), "seed " + seed);
        });
    System.out.printf("span equivalence, arbitrary sets: %d sets found, %d unresolved%n", found, unresolved);
  }

  @Test
  void emptyInputs() {
    int[] persons = {0, 1, 2};
    compare(List.of(), 3, persons, 1, 5, "no vectors");
    compare(List.of(new int[0], new int[0]), 3, persons, 1, 5, "empty vectors");
    compare(List.of(new int[] {0, 1, 2}), 3, persons, 1, 2, "all large");
    compare(List.of(new int[] {1}), 3, persons, 1, 5, "one element");
  }

  private static int[] set(int n, IntPredicate in) {
    int[] out = new int[n];
    int count = 0;
    for (int row = 0; row < n; row++) {
      if (in.test(row)) {
        out[count++] = row;
      }
    }
    return Arrays.copyOf(out, count);
  }

  private void compare(List<int[]> vectors, int elements, int[] persons, int most, int threshold, String where) {
    SpanBefore.Found expected = SpanBefore.find(vectors, elements, persons, most, threshold);
    Span.Found actual = Span.find(vectors, elements, persons, most, threshold);
    if (expected == null || actual == null) {
      assertEquals(expected == null, actual == null, where + ": one found a set, the other none");
      return;
    }
    found++;
    unresolved += expected.unresolved ? 1 : 0;
    assertEquals(expected.unresolved, actual.unresolved, where + ": unresolved");
    assertArrayEquals(expected.elements, actual.elements, where + ": elements");
    assertEquals(expected.used, actual.used, where + ": used");
    assertEquals(expected.needed, actual.needed, where + ": needed");
  }
}
