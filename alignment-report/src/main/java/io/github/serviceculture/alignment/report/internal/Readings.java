package io.github.serviceculture.alignment.report.internal;

import io.github.serviceculture.alignment.stats.Estimate;

/**
 * What a reliability or agreement figure means for trusting a score, in plain words. The cut-offs are
 * the conventional ones: for Cronbach's alpha George and Mallery (2003), 0.9 / 0.8 / 0.7 / 0.6 / 0.5;
 * for rwg(j) LeBreton and Senter (2008), 0.9 / 0.7 / 0.5 / 0.3.
 */
final class Readings {
  private Readings() {}

  static String alpha(Estimate alpha) {
    if (!alpha.isDefined()) {
      return "Not computed: too few answers to tell whether the items measure one thing.";
    }
    double a = alpha.value();
    if (a >= 0.9) {
      return "Excellent: the items measure one thing very consistently.";
    }
    if (a >= 0.8) {
      return "Good: the items hang together; the score can be trusted.";
    }
    if (a >= 0.7) {
      return "Acceptable: consistent enough to compare the score between groups and over time.";
    }
    if (a >= 0.6) {
      return "Questionable: the items only partly agree with each other; read the score as a rough signal"
          + " and look at the items before acting on small differences.";
    }
    if (a >= 0.5) {
      return "Poor: the items disagree often; the score is a weak guide, check the items one by one.";
    }
    return "Unacceptable: the items do not measure one thing; do not rely on the score.";
  }

  static String agreement(Estimate rwg) {
    if (!rwg.isDefined()) {
      return "Not computed: too few answers to tell whether people see this the same way.";
    }
    double r = rwg.value();
    if (r >= 0.9) {
      return "Very strong agreement: people see this the same way; the average speaks for them.";
    }
    if (r >= 0.7) {
      return "Strong agreement: the average represents most people.";
    }
    if (r >= 0.5) {
      return "Moderate agreement: the average hides real differences; look at the groups too.";
    }
    if (r >= 0.3) {
      return "Weak agreement: people see this quite differently; the average says little on its own.";
    }
    return "No real agreement: the average represents nobody; look at the groups instead.";
  }
}
