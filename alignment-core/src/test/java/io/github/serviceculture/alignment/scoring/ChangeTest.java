package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Welch interval of a change from summary figures, worked out by hand. */
class ChangeTest {
  /** A five-point scale: 25 points of the 0 to 100 score per option. */
  private static final double POINTS = 25;

  static PerceptionFigures figures(int n, double mean, double sd) {
    Estimate undefined = Estimate.undefined(UndefinedReason.NO_DATA);
    return PerceptionFigures.builder().n(n).mean(Estimate.of(mean)).score(Estimate.of(25 * (mean - 1)))
        .sd(n < 2 ? Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS) : Estimate.of(sd))
        .alpha(undefined).rwgJ(undefined).ad(undefined).build();
  }

  private static Change change(PerceptionFigures before, PerceptionFigures after, MeaningfulChange rule) {
    return Change.of(Dimension.GOALS, null, null, before, after, POINTS, rule);
  }

  @Test
  void equalSizesAndSpreadsGiveTheTextbookInterval() {
    // n 5 and 5, means 3 and 4, SDs 1 and 1: se^2 = 1/5 + 1/5 = 0.4, df = 0.16 / (2 (0.2^2 / 4)) = 8,
    // pooled SD 1 so d = 1; the 97.5 % quantile of t(8) is 2.3060041352041658 (R: qt(0.975, 8)).
    Change c = change(figures(5, 3, 1), figures(5, 4, 1), MeaningfulChange.withDefaults());
    double half = 2.3060041352041658 * Math.sqrt(0.4) * POINTS;
    assertEquals(25, c.change().value(), 1e-12);
    assertEquals(8, c.degreesOfFreedom().value(), 1e-12);
    assertEquals(1, c.cohensD().value(), 1e-12);
    assertEquals(25 - half, c.lower().value(), 1e-12);
    assertEquals(25 + half, c.upper().value(), 1e-12);
    // -11.46 to 61.46: the interval holds 0, so even a 25-point rise of five people is no verdict.
    assertEquals(ChangeVerdict.NO_MEANINGFUL_CHANGE, c.verdict());
    assertEquals(5, c.beforeN());
    assertEquals(5, c.afterN());
    assertEquals(50, c.beforeScore().value(), 0);
    assertEquals(75, c.afterScore().value(), 0);
    assertEquals(Optional.empty(), c.attribute());
  }

  @Test
  void unequalSizesUseWelchSatterthwaiteDegreesOfFreedom() {
    // n 4 and 16, SDs 2 and 2: v/n = 1 and 0.25, se^2 = 1.25,
    // df = 1.25^2 / (1^2 / 3 + 0.25^2 / 15) = (25/16) / (81/240) = 125/27.
    Change c = change(figures(4, 3, 2), figures(16, 3.5, 2), MeaningfulChange.withDefaults());
    assertEquals(125.0 / 27, c.degreesOfFreedom().value(), 1e-12);
    assertEquals(12.5, c.change().value(), 1e-12);
    // Symmetric around the change, half-width q se with se = sqrt(1.25) options.
    double half = (c.upper().value() - c.lower().value()) / 2;
    assertEquals(12.5, (c.upper().value() + c.lower().value()) / 2, 1e-9);
    assertTrue(half > 1.96 * Math.sqrt(1.25) * POINTS, "t with 4.6 df is wider than the normal");
    // d over the pooled SD: the SDs are equal, so d = 0.5 / 2.
    assertEquals(0.25, c.cohensD().value(), 1e-12);
  }

  @Test
  void aLargeFallWithANarrowIntervalIsADecline() {
    // n 100 and 100, SDs 0.5: se = sqrt(0.0025 + 0.0025) = 0.0707 options, so -0.5 +- 0.14 options.
    Change c = change(figures(100, 4, 0.5), figures(100, 3.5, 0.5), MeaningfulChange.withDefaults());
    assertEquals(-12.5, c.change().value(), 1e-12);
    assertTrue(c.upper().value() < 0);
    assertEquals(ChangeVerdict.DECLINED, c.verdict());
    assertTrue(c.isMeaningful());
    assertEquals(-1, c.cohensD().value(), 1e-12);
  }

  @Test
  void aSignificantChangeBelowThePointsIsNotMeaningfulUntilTheRuleAsksForFewerPoints() {
    // 0.1 options = 2.5 points; with 10,000 per wave the interval (about +-0.56 points) excludes 0.
    PerceptionFigures before = figures(10_000, 3.0, 0.8);
    PerceptionFigures after = figures(10_000, 3.1, 0.8);
    Change strict = change(before, after, MeaningfulChange.withDefaults());
    assertTrue(strict.lower().value() > 0);
    assertEquals(ChangeVerdict.NO_MEANINGFUL_CHANGE, strict.verdict());
    assertEquals(ChangeVerdict.IMPROVED, change(before, after, MeaningfulChange.of(2, 0.95)).verdict());
    assertEquals(ChangeVerdict.IMPROVED, change(before, after, MeaningfulChange.of(0, 0.95)).verdict());
  }

  @Test
  void aWaveOfOneHasNoIntervalAndNoVerdict() {
    Change c = change(figures(1, 3, 0), figures(10, 4.5, 0.5), MeaningfulChange.withDefaults());
    assertEquals(37.5, c.change().value(), 1e-12);
    assertFalse(c.lower().isDefined());
    assertEquals(Optional.of(UndefinedReason.TOO_FEW_OBSERVATIONS), c.lower().undefinedReason());
    assertEquals(ChangeVerdict.UNDETERMINED, c.verdict());
    assertFalse(c.isMeaningful());
  }

  @Test
  void theRuleRejectsPointsAndLevelsOutOfRange() {
    assertThrows(InvalidValueException.class, () -> MeaningfulChange.of(-1, 0.95));
    assertThrows(InvalidValueException.class, () -> MeaningfulChange.of(101, 0.95));
    assertThrows(InvalidValueException.class, () -> MeaningfulChange.of(5, 1));
    assertThrows(InvalidValueException.class, () -> MeaningfulChange.of(Double.NaN, 0.95));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MeaningfulChange.of(5, 0));
    assertTrue(e.getMessage().contains("level"), e.getMessage());
    assertEquals(MeaningfulChange.withDefaults(), MeaningfulChange.of(5, 0.95));
  }

  @Test
  void theVerdictNeedsBothTheIntervalAndThePoints() {
    MeaningfulChange rule = MeaningfulChange.withDefaults();
    assertEquals(ChangeVerdict.IMPROVED, rule.verdict(Estimate.of(5), Estimate.of(0.1), Estimate.of(9.9)));
    assertEquals(ChangeVerdict.NO_MEANINGFUL_CHANGE,
        rule.verdict(Estimate.of(4.99), Estimate.of(0.1), Estimate.of(9.9)));
    assertEquals(ChangeVerdict.NO_MEANINGFUL_CHANGE, rule.verdict(Estimate.of(6), Estimate.of(0), Estimate.of(12)));
    assertEquals(ChangeVerdict.DECLINED, rule.verdict(Estimate.of(-5), Estimate.of(-9.9), Estimate.of(-0.1)));
    assertEquals(ChangeVerdict.UNDETERMINED, rule.verdict(Estimate.of(-5),
        Estimate.undefined(UndefinedReason.ZERO_VARIANCE), Estimate.undefined(UndefinedReason.ZERO_VARIANCE)));
  }

  @Test
  void aFigureOfSeveralWithoutItsSdHasTheChangeOfMeansButNoIntervalNorVerdict() {
    PerceptionFigures noSd = PerceptionFigures.builder().from(figures(10, 3, 1))
        .sd(Estimate.undefined(UndefinedReason.NO_DATA)).build();
    Change c = change(noSd, figures(10, 4, 1), MeaningfulChange.withDefaults());
    assertEquals(25, c.change().value(), 1e-12);
    assertEquals(Optional.of(UndefinedReason.NO_DATA), c.lower().undefinedReason());
    assertFalse(c.upper().isDefined());
    assertFalse(c.cohensD().isDefined());
    assertEquals(ChangeVerdict.UNDETERMINED, c.verdict());
    assertEquals(ChangeVerdict.UNDETERMINED, change(figures(10, 4, 1), noSd, MeaningfulChange.withDefaults()).verdict());
  }

  @Test
  void bothWavesWithoutSpreadHaveNoIntervalNorVerdict() {
    // Everyone answered alike in both waves: the standard error is 0, so there is no t interval nor d.
    Change c = change(figures(10, 3, 0), figures(12, 4, 0), MeaningfulChange.withDefaults());
    assertEquals(25, c.change().value(), 1e-12);
    assertFalse(c.lower().isDefined());
    assertFalse(c.cohensD().isDefined());
    assertEquals(ChangeVerdict.UNDETERMINED, c.verdict());
  }
}
