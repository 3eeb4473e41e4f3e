package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The t quantile behind the Welch interval, against R's {@code qt} and the generic inverse. */
class TQuantileTest {
  @Test
  void matchesRsQuantilesToAFewUlps() throws IOException {
    int checked = 0;
    double worst = 0;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("qt.csv"), "qt.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.startsWith("tail")) {
          continue;
        }
        String[] f = line.split(",");
        double tail = Double.parseDouble(f[0]);
        double df = Double.parseDouble(f[1]);
        double expected = Double.parseDouble(f[2]);
        double actual = StudentT.of(df).upperQuantile(tail);
        double error = Math.abs(actual - expected) / expected;
        worst = Math.max(worst, error);
        assertEquals(expected, actual, 1e-14 * expected, () -> "qt(" + tail + ", " + df + ")");
        checked++;
      }
    }
    assertEquals(50, checked);
    System.out.printf("t quantiles: %d checked against R, max relative error %.1e%n", checked, worst);
  }

  @Test
  void agreesWithTheGenericInverseOverAGridOfDegreesOfFreedom() {
    for (double df = 1; df < 2000; df *= 1.07) {
      TDistribution dist = TDistribution.of(df);
      for (double tail : new double[] {1e-6, 0.0005, 0.005, 0.025, 0.05, 0.1, 0.3, 0.49}) {
        double expected = dist.inverseSurvivalProbability(tail);
        double actual = StudentT.of(df).upperQuantile(tail);
        double d = df;
        assertEquals(expected, actual, 1e-9 * Math.max(1, expected), () -> "df " + d + ", tail " + tail);
        assertTrue(actual > 0);
      }
    }
  }

  @Test
  void solvesTheSurvivalEquationToNearFullPrecision() {
    // The error in x implied by the residual: (S(x) - tail) / f(x), relative to x.
    double worst = 0;
    for (double df = 3; df < 5000; df *= 1.03) {
      TDistribution dist = TDistribution.of(df);
      for (double tail = 1e-8; tail < 0.25; tail *= 1.7) {
        double x = StudentT.of(df).upperQuantile(tail);
        double error = Math.abs((dist.survivalProbability(x) - tail) / dist.density(x)) / x;
        worst = Math.max(worst, error);
        double d = df;
        double t = tail;
        assertTrue(error < 5e-15, () -> "df " + d + ", tail " + t + ": relative error " + error);
      }
    }
    System.out.printf("t quantiles: max relative error from the residual %.1e%n", worst);
  }
}
