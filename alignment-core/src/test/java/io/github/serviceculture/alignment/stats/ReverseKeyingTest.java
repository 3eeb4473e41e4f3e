package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReverseKeyingTest {
  @Test
  void reversesWithTheNominalEnds() {
    assertEquals(6, ReverseKeying.reverse(1, 1, 6));
    assertEquals(4, ReverseKeying.reverse(0, 0, 4));
    assertArrayEquals(
        new double[] {5, 2, Double.NaN}, ReverseKeying.reverse(new double[] {2, 5, Double.NaN}, 1, 6));
  }

  @Test
  void missingStaysMissing() {
    assertTrue(Double.isNaN(ReverseKeying.reverse(Double.NaN, 1, 5)));
  }

  @Test
  void reversesOnlyFlaggedColumnsAndSharesTheOthers() {
    double[] a = {1, 2};
    double[] b = {3, 4};
    double[][] out = ReverseKeying.reverse(new double[][] {a, b}, new boolean[] {true, false}, 1, 5);
    assertArrayEquals(new double[] {5, 4}, out[0]);
    assertSame(b, out[1]);
    assertArrayEquals(new double[] {1, 2}, a);
  }

  @Test
  void rejectsEmptyOrInvertedScale() {
    InvalidValueException ex =
        assertThrows(InvalidValueException.class, () -> ReverseKeying.reverse(2, 5, 5));
    assertEquals("max", ex.field());
    assertThrows(InvalidValueException.class, () -> ReverseKeying.reverse(2, Double.NaN, 5));
  }

  @Test
  void rejectsKeysOfTheWrongLength() {
    InvalidValueException ex =
        assertThrows(
            InvalidValueException.class,
            () -> ReverseKeying.reverse(new double[][] {{1}, {2}}, new boolean[] {true}, 1, 5));
    assertEquals("reversed", ex.field());
  }
}
