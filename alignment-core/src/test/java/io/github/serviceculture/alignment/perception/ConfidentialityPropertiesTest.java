package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import io.github.serviceculture.alignment.testing.OrganizationSurveys;
import io.github.serviceculture.alignment.testing.OrganizationSurveys.ReleasePair;
import io.github.serviceculture.alignment.testing.OrganizationSurveys.Scenario;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The confidentiality guarantee of issue 17, checked by the independent {@link DisclosureAuditor} on random
 * organizations: no released figure, alone or combined with others (and with an earlier release), determines
 * a set of 1 to k − 1 respondents.
 */
class ConfidentialityPropertiesTest {
  /** Enough to meet singletons, missing values and skipped dimensions often, within a minute in all. */
  private static final int EXAMPLES = 300;
  private static final int PAIR_EXAMPLES = 200;

  private static void assertNoLeak(List<Leak> leaks, Object example) {
    if (!leaks.isEmpty()) {
      fail(leaks.size() + " disclosure(s) in " + example + ", such as:\n"
          + leaks.stream().limit(8).map(Leak::toString).collect(Collectors.joining("\n")));
    }
  }

  @Test
  void noReportDeterminesASetOfFewerThanThresholdRespondents() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(OrganizationSurveys.scenarios(5, 200))
        .checkAssert(s -> {
          PerceptionReport report = PerceptionScorer.of(s.policy()).score(s.responses());
          assertNoLeak(DisclosureAuditor.audit(s.responses(), s.policy(), report), s);
        });
  }

  private static final ReleaseKey KEY = ReleaseKey.of(new byte[32]);

  @Test
  void noRespondentWhoJoinedLeftMovedOrAnsweredAgainIsDeterminedByTwoReleases() {
    qt().withExamples(PAIR_EXAMPLES).withShrinkCycles(20).forAll(OrganizationSurveys.releasePairs(5, 120))
        .checkAssert(pair -> {
          PerceptionScorer scorer = PerceptionScorer.of(pair.policy()).withReleaseKey(KEY);
          PerceptionReport first = scorer.score(pair.before().responses());
          PerceptionReport second = scorer.score(pair.after(), first.ledger().orElseThrow());
          // T3 protects answers against an attacker who knows who answered what; that a few did not
          // answer a figure (COUNTS) is protected within each release only, as the README says.
          assertNoLeak(DisclosureAuditor.auditPair(pair.before().responses(), first, pair.after(), second,
              pair.policy()).stream().filter(leak -> leak.kind() != DisclosureAuditor.Kind.COUNTS)
              .collect(java.util.stream.Collectors.toList()), pair);
        });
  }

  @Test
  void theGeneratedOrganizationsExposeTheOldThresholdRule() {
    // The properties above have teeth only if the organizations they draw are ones the old rule fails on.
    int leaking = 0;
    int examples = 40;
    for (int seed = 0; seed < examples; seed++) {
      Scenario s = OrganizationSurveys.scenario(seed, 5 + seed * 5, 3 + seed % 4, 1 + seed % 4);
      PerceptionReport old = OldRuleRelease.withComplementarySuppression(s.responses(), s.policy());
      leaking += DisclosureAuditor.audit(s.responses(), s.policy(), old).isEmpty() ? 0 : 1;
    }
    assertTrue(leaking >= examples / 4, leaking + " of " + examples + " leak under the old rule");
  }

  @Test
  void theGeneratedReleasePairsExposeScoringTheSecondReleaseAlone() {
    int leaking = 0;
    int examples = 30;
    for (int seed = 0; seed < examples; seed++) {
      Scenario s = OrganizationSurveys.scenario(seed, 20 + seed * 3, 3 + seed % 4, 1 + seed % 4);
      ReleasePair pair = OrganizationSurveys.changed(s, seed);
      PerceptionReport first = OldRuleRelease.withComplementarySuppression(s.responses(), s.policy());
      PerceptionReport second = OldRuleRelease.withComplementarySuppression(pair.after(), s.policy());
      boolean alone = DisclosureAuditor.audit(s.responses(), s.policy(), first).isEmpty()
          && DisclosureAuditor.audit(pair.after(), s.policy(), second).isEmpty();
      // Counted only when each release is safe by itself: the leak is then the pair's.
      if (alone && !DisclosureAuditor.auditPair(s.responses(), first, pair.after(), second, s.policy())
          .isEmpty()) {
        leaking++;
      }
    }
    assertTrue(leaking >= 3, leaking + " of " + examples + " pairs leak only as a pair");
  }
}
