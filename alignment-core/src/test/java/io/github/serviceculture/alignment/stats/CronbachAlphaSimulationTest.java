package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Alpha of simulated one-factor data (x = lambda f + e, f and e standard normal) is close to its
 * population value k rho / (1 + (k-1) rho) with rho = lambda^2 / (lambda^2 + 1).
 */
class CronbachAlphaSimulationTest {
  private static final int N = 100_000;

  @ParameterizedTest(name = "k = {0}, lambda = {1}")
  @CsvSource({"6, 1.0", "4, 0.7", "10, 0.5", "3, 2.0"})
  void alphaOfParallelItemsIsNearItsPopulationValue(int k, double lambda) {
    SplittableRandom random = new SplittableRandom(20_240_601L + k);
    double[][] items = new double[k][N];
    for (int i = 0; i < N; i++) {
      double factor = random.nextGaussian();
      for (int j = 0; j < k; j++) {
        items[j][i] = lambda * factor + random.nextGaussian();
      }
    }
    double rho = lambda * lambda / (lambda * lambda + 1);
    double population = k * rho / (1 + (k - 1) * rho);
    CronbachAlpha.Result r = CronbachAlpha.withDefaults().compute(items);

    // For parallel normal items the asymptotic sampling SD of alpha is
    // sqrt(2k / ((k-1) n)) (1 - alpha) (van Zyl, Neudecker and Nel 2000): at most 0.0017 for these
    // cases with n = 100,000, so a tolerance of 0.01 is more than five SDs (a chance failure has
    // probability below 1e-7, and the seeds are fixed anyway). A wrong formula misses by far more:
    // dropping k/(k-1) alone moves alpha by 0.07 to 0.31 here.
    assertEquals(population, r.rawAlpha().value(), 0.01);
    assertEquals(population, r.standardizedAlpha().value(), 0.01);
    assertEquals(rho, r.total().averageR().value(), 0.01);
    // The Duhachek-Iacobucci standard error is an estimate of that same sampling SD.
    double se = r.total().standardError().value();
    double expectedSe = Math.sqrt(2.0 * k / (k - 1) / N) * (1 - population);
    assertEquals(expectedSe, se, 0.2 * expectedSe);
    assertTrue(Math.abs(r.rawAlpha().value() - population) < 5 * se);
  }
}
