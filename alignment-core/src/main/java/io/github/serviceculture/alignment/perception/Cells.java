package io.github.serviceculture.alignment.perception;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which slots (sets of respondents reported: everyone, and every group of every attribute) each row
 * belongs to, grouped into cells: rows with the same slots share a cell, so that a row's answers
 * are accumulated once into its cell and each cell then combined into its slots, whatever the
 * number of slots a row belongs to. Immutable.
 */
final class Cells {
  private final int[] cellOfRow;
  private final int[][] slotsOfCell;
  private final int slotCount;
  private final int width;

  /**
   * Groups rows by their slots.
   *
   * @param rowSlots row-major slots of each row, {@code rowSlots[row * width + s]}, -1 = none
   * @param width the slots per row
   * @param slotCount the number of slots
   */
  Cells(int[] rowSlots, int width, int slotCount) {
    int n = rowSlots.length / width;
    this.cellOfRow = new int[n];
    this.slotCount = slotCount;
    this.width = width;
    // A row's slots as one number in base slotCount + 1; several attributes with thousands of
    // groups each could overflow a long, and then the slots themselves are the key.
    boolean fits = Math.pow(slotCount + 1.0, width) < 0x1p62;
    Map<Object, Integer> ids = new HashMap<>();
    List<int[]> slots = new ArrayList<>();
    for (int row = 0; row < n; row++) {
      int first = row * width;
      Object key;
      if (fits) {
        long code = 0;
        for (int w = 0; w < width; w++) {
          code = code * (slotCount + 1) + rowSlots[first + w] + 1;
        }
        key = code;
      } else {
        key = Arrays.stream(rowSlots, first, first + width).boxed().toList();
      }
      Integer id = ids.get(key);
      if (id == null) {
        id = slots.size();
        ids.put(key, id);
        slots.add(slotsOf(rowSlots, first, width));
      }
      cellOfRow[row] = id;
    }
    this.slotsOfCell = slots.toArray(new int[0][]);
  }

  /** The slots among {@code rowSlots[first .. first + width)}, without the -1s. */
  private static int[] slotsOf(int[] rowSlots, int first, int width) {
    int[] slots = new int[width];
    int count = 0;
    for (int w = 0; w < width; w++) {
      if (rowSlots[first + w] >= 0) {
        slots[count++] = rowSlots[first + w];
      }
    }
    return count == width ? slots : Arrays.copyOf(slots, count);
  }

  int count() {
    return slotsOfCell.length;
  }

  int slotCount() {
    return slotCount;
  }

  /** The most slots a row belongs to. */
  int slotsPerRow() {
    return width;
  }

  int cellOf(int row) {
    return cellOfRow[row];
  }

  int[] slots(int cell) {
    return slotsOfCell[cell];
  }
}
