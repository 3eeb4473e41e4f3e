package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptivesTest {
  private static final double NA = Double.NaN;

  @Test
  void meanVarianceAndSdIgnoreMissingAnswers() {
    double[] x = {2, NA, 4, 4, NA, 4, 5, 5, 7, 9};
    assertEquals(8, Descriptives.count(x));
    assertEquals(5.0, Descriptives.mean(x).value(), 1e-15);
    // Sum of squared deviations 32 over n - 1 = 7.
    assertEquals(32.0 / 7, Descriptives.variance(x).value(), 1e-15);
    assertEquals(Math.sqrt(32.0 / 7), Descriptives.standardDeviation(x).value(), 1e-15);
  }

  @Test
  void varianceIsStableForLargeOffsets() {
    // The naive sum-of-squares formula loses every digit here.
    double[] x = {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16};
    assertEquals(30.0, Descriptives.variance(x).value(), 1e-9);
    assertEquals(1e9 + 10, Descriptives.mean(x).value(), 0);
  }

  @Test
  void medianAveragesTheTwoMiddleValuesForAnEvenCount() {
    assertEquals(3.5, Descriptives.median(new double[] {5, 1, NA, 3, 4}).value(), 0);
    assertEquals(3.0, Descriptives.median(new double[] {5, 1, 3}).value(), 0);
  }

  @Test
  void medianDoesNotReorderItsArgument() {
    double[] x = {3, 1, 2};
    Descriptives.median(x);
    assertEquals(3, x[0]);
  }

  @Test
  void emptyOrAllMissingIsUndefinedNotNaN() {
    double[] none = {NA, NA};
    assertEquals(Optional.of(UndefinedReason.NO_DATA), Descriptives.mean(none).undefinedReason());
    assertEquals(Optional.of(UndefinedReason.NO_DATA), Descriptives.median(new double[0]).undefinedReason());
    assertEquals(
        Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS),
        Descriptives.variance(new double[] {3, NA}).undefinedReason());
    assertFalse(Descriptives.standardDeviation(new double[] {3}).isDefined());
  }

  @Test
  void constantValuesHaveZeroVariance() {
    assertEquals(0.0, Descriptives.variance(new double[] {0.1, 0.1, 0.1}).value(), 0);
  }

  @Test
  void nullAndInfiniteInputsAreRejectedNamingTheParameter() {
    InvalidValueException nullEx =
        assertThrows(InvalidValueException.class, () -> Descriptives.mean(null));
    assertEquals("values", nullEx.field());
    InvalidValueException inf =
        assertThrows(
            InvalidValueException.class,
            () -> Descriptives.variance(new double[] {1, Double.POSITIVE_INFINITY}));
    assertEquals("Descriptives", inf.type());
    assertEquals("values[1]", inf.field());
  }
}
