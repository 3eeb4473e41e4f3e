package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A gap taken from the groups' means is the gap computed from the values, whatever the groups and pairs. */
class GroupMeansGapTest {
  @Test
  void everyPairsGapEqualsTheGapOfTheValues() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(1, 6), integers().between(0, 40))
        .checkAssert((seed, groupCount, rows) -> {
          Random random = new Random(seed);
          int[] codes = new int[rows];
          double[] values = new double[rows];
          for (int r = 0; r < rows; r++) {
            codes[r] = random.nextInt(6) == 0 ? Groups.NONE : random.nextInt(groupCount);
            // Whole answers, a constant stretch now and then, and some missing values.
            values[r] = random.nextInt(8) == 0 ? Double.NaN : random.nextInt(4) == 0 ? 3 : 1 + random.nextInt(5);
          }
          Groups groups = Groups.of(codes, groupCount);
          GroupMeans means = GroupMeans.of(values, groups);
          for (int a = 0; a < groupCount; a++) {
            for (int b = 0; b < groupCount; b++) {
              GroupGap expected = GroupGap.of(values, groups, a, b, 0.9);
              GroupGap actual = means.gap(a, b, 0.9);
              String where = "seed " + seed + ", groups " + a + " and " + b;
              assertEquals(expected.toString(), actual.toString(), where);
              for (int i = 0; i < 16; i++) {
                assertEquals(field(expected, i), field(actual, i), where + ", field " + i);
              }
            }
          }
        });
  }

  @Test
  void aCodeThatIsNotAGroupOrALevelOutsideZeroToOneIsRejectedAsGroupGapRejectsIt() {
    double[] values = {1, 2, 3};
    Groups groups = Groups.of(new int[] {0, 1, 1});
    GroupMeans means = GroupMeans.of(values, groups);
    // The level first, then the first code, then the second, as GroupGap.of.
    int[][] codes = {{-1, 5}, {0, 2}, {-1, 5}};
    double[] levels = {2.0, 0.95, 0.95};
    for (int i = 0; i < codes.length; i++) {
      int first = codes[i][0];
      int second = codes[i][1];
      double level = levels[i];
      InvalidValueException expected = assertThrows(InvalidValueException.class,
          () -> GroupGap.of(values, groups, first, second, level));
      InvalidValueException actual = assertThrows(InvalidValueException.class, () -> means.gap(first, second, level));
      assertEquals(expected.type(), actual.type());
      assertEquals(expected.field(), actual.field());
      assertEquals(expected.getMessage(), actual.getMessage());
    }
    assertEquals("level", assertThrows(InvalidValueException.class, () -> means.gap(-1, 5, 2.0)).field());
    assertEquals("second", assertThrows(InvalidValueException.class, () -> means.gap(0, 2, 0.95)).field());
    assertEquals("first", assertThrows(InvalidValueException.class, () -> means.gap(-1, 5, 0.95)).field());
  }

  private static Object field(GroupGap gap, int i) {
    return switch (i) {
      case 0 -> gap.firstCount();
      case 1 -> gap.secondCount();
      case 2 -> gap.firstMean();
      case 3 -> gap.secondMean();
      case 4 -> gap.firstSd();
      case 5 -> gap.secondSd();
      case 6 -> gap.difference();
      case 7 -> gap.welchDf();
      case 8 -> gap.welchP();
      case 9 -> gap.welchLower();
      case 10 -> gap.welchUpper();
      case 11 -> gap.welchT();
      case 12 -> gap.pooledT();
      case 13 -> gap.pooledDf();
      case 14 -> gap.pooledP();
      default -> gap.cohensD();
    };
  }
}
