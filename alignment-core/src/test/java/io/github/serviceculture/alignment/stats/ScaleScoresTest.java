package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.stats.ScaleScores.Imputation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaleScoresTest {
  private static final double NA = Double.NaN;

  /** Three items on 1..5, the third reverse-keyed; row 2 skipped item 1, row 3 answered nothing. */
  private static final double[][] ITEMS = {
    {1, NA, NA, 5, 3},
    {2, 4, NA, 4, 3},
    {5, 2, NA, 1, 3},
  };
  private static final boolean[] REVERSED = {false, false, true};

  @Test
  void withoutImputationTheScoreIsTheMeanOfTheAnsweredKeyedItems() {
    ScaleScores.Result r = ScaleScores.withDefaults().compute(ITEMS, REVERSED, 1, 5);
    assertEquals(4.0 / 3, r.score(0).value(), 1e-15); // 1, 2, 6 - 5
    assertEquals(4.0, r.score(1).value(), 1e-15); // 4, 6 - 2
    assertEquals(Optional.of(UndefinedReason.NO_DATA), r.score(2).undefinedReason());
    assertEquals(1, r.absentCount());
    assertEquals(2, r.answered(1));
  }

  @Test
  void medianImputationFillsFromTheItemMedianBeforeKeying() {
    ScaleScores.Result r =
        ScaleScores.withDefaults().with(Imputation.MEDIAN).compute(ITEMS, REVERSED, 1, 5);
    // Median of item 1 over 1, 5, 3 is 3: row 2 = (3 + 4 + 4) / 3.
    assertEquals(11.0 / 3, r.score(1).value(), 1e-15);
    // As in psych, a row with no answer gets the imputed medians: (3 + 3.5 + (6 - 2.5)) / 3.
    assertEquals(10.0 / 3, r.score(2).value(), 1e-15);
    assertEquals(0, r.absentCount());
  }

  @Test
  void minimumShareMakesSparseRowsAbsentInsteadOfNaN() {
    ScaleScores.Result r = ScaleScores.withDefaults()
        .with(Imputation.MEDIAN)
        .withMinimumAnswered(0.7)
        .compute(ITEMS, REVERSED, 1, 5);
    // 0.7 of 3 items needs 3 answers: rows 2 and 3 have none of their own scores.
    assertTrue(r.isPresent(0));
    assertEquals(Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), r.score(1).undefinedReason());
    assertFalse(r.isPresent(2));
    assertArrayEquals(new boolean[] {true, false, false, true, true}, r.presentMask());
    double[] filled = r.scoresOrElse(-1);
    assertEquals(-1, filled[1]);
    assertEquals(4.0 / 3, filled[0], 1e-15);
  }

  @Test
  void minimumShareCountsWithoutRoundingSurprises() {
    double[][] ten = new double[10][4];
    for (int j = 0; j < 10; j++) {
      ten[j] = new double[] {1, j < 7 ? 2 : NA, 3, 4};
    }
    // Row 2 answered exactly 7 of 10; 0.7 * 10 is 7.000000000000001 in floating point.
    assertTrue(ScaleScores.withDefaults().withMinimumAnswered(0.7).compute(ten).isPresent(1));
    assertFalse(ScaleScores.withDefaults().withMinimumAnswered(0.71).compute(ten).isPresent(1));
  }

  @Test
  void alphaAndImpliedAverageCorrelationFollowSpearmanBrown() {
    double[][] items = {{1, 2, 3}, {1, 3, 2}};
    ScaleScores.Result r = ScaleScores.withDefaults().compute(items);
    assertEquals(2.0 / 3, r.alpha().value(), 1e-15);
    // alpha / (k - (k - 1) alpha) = (2/3) / (4/3).
    assertEquals(0.5, r.averageR().value(), 1e-15);
  }

  @Test
  void aSingleItemIsScoredButHasNoAlpha() {
    ScaleScores.Result r = ScaleScores.withDefaults().compute(new double[][] {{1, 2, 4}});
    assertEquals(4, r.score(2).value());
    assertEquals(Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), r.alpha().undefinedReason());
    assertEquals(7.0 / 3, r.mean().value(), 1e-15);
  }

  @Test
  void invalidSharesAndInputsAreRejected() {
    assertEquals(
        "share",
        assertThrows(InvalidValueException.class, () -> ScaleScores.withDefaults().withMinimumAnswered(1.5))
            .field());
    assertThrows(
        InvalidValueException.class, () -> ScaleScores.withDefaults().withMinimumAnswered(NA));
    assertEquals(
        "items",
        assertThrows(InvalidValueException.class, () -> ScaleScores.withDefaults().compute(new double[0][]))
            .field());
  }
}
