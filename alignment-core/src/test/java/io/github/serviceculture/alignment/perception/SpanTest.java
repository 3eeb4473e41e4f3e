package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpanTest {
  private static final int[] PERSONS = IntStream.range(0, 40).toArray();

  @Test
  void aSetFoundByARowAloneIsFoundThoughLaterRowsTouchItsCells() {
    // An organization of 35 (k 4) grouped by customer contact, department and site: customer-facing
    // (8) minus a department inside it (6) leaves elements 24 and 34. Found in the field by the
    // independent auditor, when a sum was taken as a set only once no later row could change it.
    List<int[]> released = List.of(
        IntStream.range(0, 35).toArray(),
        new int[] {1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20, 22, 23, 25, 26, 27, 28, 30, 31, 32, 33},
        new int[] {0, 4, 15, 16, 21, 24, 29, 34},
        new int[] {3, 8, 17, 19, 23, 25, 28, 30, 31},
        new int[] {2, 5, 6, 9, 13, 18, 20, 22, 26},
        new int[] {0, 4, 15, 16, 21, 29},
        new int[] {1, 3, 4, 6, 9, 11, 12, 14, 18},
        new int[] {13, 19, 20, 21, 22, 23, 25, 27, 29, 30, 34},
        new int[] {2, 5, 7, 10, 15, 16, 17, 31, 33});
    Span.Found found = Span.find(released, 35, PERSONS, 1, 4);
    assertNotNull(found);
    assertFalse(found.unresolved);
    assertArrayEquals(new int[] {24, 34}, found.elements);
    // Every way of getting {24, 34} uses the department; the customer-facing set can be replaced by
    // the total minus the others.
    assertEquals("{5}", found.needed.toString());
  }

  @Test
  void theTotalAndOneGroupDetermineTheRest() {
    Span.Found found = Span.find(List.of(IntStream.range(0, 12).toArray(), IntStream.range(0, 9).toArray()),
        12, PERSONS, 1, 5);
    assertNotNull(found);
    assertArrayEquals(new int[] {9, 10, 11}, found.elements);
    assertEquals(true, found.needed.get(0) && found.needed.get(1));
  }

  @Test
  void aPartitionIntoLargeGroupsDeterminesNoSmallSet() {
    List<int[]> released = List.of(IntStream.range(0, 20).toArray(), IntStream.range(0, 10).toArray(),
        IntStream.range(10, 20).toArray());
    assertNull(Span.find(released, 20, PERSONS, 1, 5));
  }

  @Test
  void crossingGroupsWhoseCellsAreSmallDetermineADifferenceOfFewPersons() {
    // Two attributes over 10: A = 0-4, B = 5-9; X = {0,1,2,5,6}, Y = {3,4,7,8,9}. No set is determined
    // whole, but A - X = {3,4} - {5,6}: a difference over four persons, which with the sums of
    // squares released over the same sets tells much about them.
    List<int[]> released = List.of(IntStream.range(0, 10).toArray(), new int[] {0, 1, 2, 3, 4},
        new int[] {5, 6, 7, 8, 9}, new int[] {0, 1, 2, 5, 6}, new int[] {3, 4, 7, 8, 9});
    Span.Found found = Span.find(released, 10, PERSONS, 1, 5);
    assertNotNull(found);
    assertArrayEquals(new int[] {3, 4, 5, 6}, found.elements);
    // Among four persons it is fine at a threshold of 4.
    assertNull(Span.find(released, 10, PERSONS, 1, 4));
  }

  @Test
  void aSetOfElementsOfFewerPersonsThanTheThresholdIsFound() {
    // Elements 0 and 1 are one person before and after changing answers: 4 elements, 3 persons.
    int[] persons = {0, 0, 1, 2, 3, 4, 5, 6, 7, 8};
    Span.Found found = Span.find(List.of(IntStream.range(0, 10).toArray(), new int[] {4, 5, 6, 7, 8, 9}),
        10, persons, 2, 4);
    assertNotNull(found);
    assertArrayEquals(new int[] {0, 1, 2, 3}, found.elements);
  }

  @Test
  void aSetOfPersonsWithThreeVersionsEachIsFound() {
    // Persons 0 and 1 answered three times (elements 0-2 and 3-5); three groups of five others each
    // held one version of both, and the three groups together are released too: their sum minus
    // the union is all six elements, two persons. A bound of two elements per person missed it.
    int[] persons = new int[21];
    for (int e = 0; e < 21; e++) {
      persons[e] = e < 3 ? 0 : e < 6 ? 1 : e;
    }
    List<int[]> released = List.of(new int[] {0, 3, 6, 7, 8, 9, 10}, new int[] {1, 4, 11, 12, 13, 14, 15},
        new int[] {2, 5, 16, 17, 18, 19, 20}, IntStream.range(6, 21).toArray());
    Span.Found found = Span.find(released, 21, persons, 3, 3);
    assertNotNull(found);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, found.elements);
  }
}
