package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Numbers in messages print as the decimal rounding of the value's shortest decimal, half up. */
class RuleTextPropertiesTest {
  private static String decimalNumber(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String decimalFixed(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static void check(double value, int decimals) {
    assertEquals(decimalNumber(value, decimals), RuleText.number(value, decimals), () -> value + ", " + decimals);
    assertEquals(decimalFixed(value, decimals), RuleText.fixed(value, decimals), () -> value + ", " + decimals);
  }

  @Test
  void anyValueRoundsAsTheDecimalRoute() {
    qt().withExamples(20_000).forAll(doubles().between(-2e9, 2e9), integers().between(0, 7)).checkAssert(
        RuleTextPropertiesTest::check);
  }

  @Test
  void shortDecimalsAndHalvesRoundAsTheDecimalRoute() {
    // Values that are short decimals (percentages, scores, money) and the halves between them,
    // where binary and decimal rounding could part.
    qt().withExamples(20_000).forAll(longs().between(-20_000_000, 20_000_000), integers().between(0, 5),
        integers().between(0, 4)).checkAssert((units, scale, decimals) -> {
          double value = units / Math.pow(10, scale);
          check(value, decimals);
          check(value + 0.5 / Math.pow(10, decimals), decimals);
          check(Math.nextUp(value), decimals);
          check(Math.nextDown(value), decimals);
        });
  }

  @Test
  void knownCases() {
    assertEquals("40", RuleText.number(40.0));
    assertEquals("62.5", RuleText.number(62.5));
    assertEquals("0.2", RuleText.number(0.15));
    assertEquals("-0.3", RuleText.number(-0.25));
    assertEquals("0", RuleText.number(-0.04));
    assertEquals("0.00", RuleText.fixed(-0.001, 2));
    assertEquals("1.005", RuleText.number(1.005, 3));
    assertEquals("1.01", RuleText.fixed(1.005, 2));
    assertEquals("16.3 %", RuleText.percent(16.2601626));
  }
}
