package io.github.serviceculture.alignment.report.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import org.junit.jupiter.api.Test;

class ReadingsTest {
  @Test
  void theIssuesExamplesReadAsARoughSignalAndWeakAgreement() {
    assertTrue(Readings.alpha(Estimate.of(0.62)).startsWith("Questionable: "));
    assertTrue(Readings.agreement(Estimate.of(0.45)).startsWith("Weak agreement: "));
  }

  @Test
  void theCutOffsAreTheConventionalOnes() {
    assertTrue(Readings.alpha(Estimate.of(0.9)).startsWith("Excellent"));
    assertTrue(Readings.alpha(Estimate.of(0.8999)).startsWith("Good"));
    assertTrue(Readings.alpha(Estimate.of(0.7)).startsWith("Acceptable"));
    assertTrue(Readings.alpha(Estimate.of(0.5)).startsWith("Poor"));
    assertTrue(Readings.alpha(Estimate.of(0.2)).startsWith("Unacceptable"));
    assertTrue(Readings.agreement(Estimate.of(0.9)).startsWith("Very strong"));
    assertTrue(Readings.agreement(Estimate.of(0.7)).startsWith("Strong"));
    assertTrue(Readings.agreement(Estimate.of(0.5)).startsWith("Moderate"));
    assertTrue(Readings.agreement(Estimate.of(0.1)).startsWith("No real agreement"));
  }

  @Test
  void anUndefinedFigureSaysItWasNotComputed() {
    Estimate undefined = Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS);
    assertTrue(Readings.alpha(undefined).startsWith("Not computed"));
    assertTrue(Readings.agreement(undefined).startsWith("Not computed"));
  }
}
