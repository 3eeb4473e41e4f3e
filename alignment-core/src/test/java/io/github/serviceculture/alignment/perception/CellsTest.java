package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void rowsWithTooManySlotsForANumericKeyGroupAsWithFewSlots() {
    // 12 slots per row over 200 slots cannot be packed into a long; the cells must not change.
    Random random = new Random(11);
    int n = 60;
    int[] narrow = new int[n * 2];
    int[] wide = new int[n * 12];
    Arrays.fill(wide, -1);
    for (int row = 0; row < n; row++) {
      int group = 1 + random.nextInt(3);
      narrow[row * 2 + 1] = group;
      wide[row * 12] = 0;
      wide[row * 12 + 7] = group;
    }
    Cells a = new Cells(narrow, 2, 200);
    Cells b = new Cells(wide, 12, 200);
    assertEquals(a.count(), b.count());
    for (int row = 0; row < n; row++) {
      assertEquals(a.cellOf(row), b.cellOf(row));
      assertArrayEquals(a.slots(a.cellOf(row)), b.slots(b.cellOf(row)));
    }
  }

  @Test
  void aRowOutsideEveryGroupBelongsToEveryoneOnly() {
    Cells cells = new Cells(new int[] {0, -1, 0, 1, 0, -1}, 2, 2);
    assertEquals(2, cells.count());
    assertArrayEquals(new int[] {0}, cells.slots(cells.cellOf(0)));
    assertArrayEquals(new int[] {0, 1}, cells.slots(cells.cellOf(1)));
    assertEquals(cells.cellOf(0), cells.cellOf(2));
  }
}
