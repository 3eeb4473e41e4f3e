package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.serviceculture.alignment.survey.GroupHeadcount;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import io.github.serviceculture.alignment.testing.OrganizationSurveys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Response rates under the confidentiality guarantee, checked by the independent {@link DisclosureAuditor}
 * (which reads a released rate as releasing rate × headcount): on random organizations with a headcount for
 * every group and then some, no released report determines a set of 1 to k − 1 respondents, and a rate is
 * released exactly beside its count.
 */
class ParticipationPropertiesTest {
  private static final int EXAMPLES = 200;
  private static final int PAIR_EXAMPLES = 100;
  private static final ReleaseKey KEY = ReleaseKey.of(new byte[32]);

  /**
   * A headcount for the organization and for each group of each attribute the policy groups by, and one
   * group nobody belongs to. Each group's is its members plus a number who did not respond: none (a full
   * response), a few, or many, a third of the groups each; the organization's likewise, or none.
   */
  static Headcounts headcounts(ResponseSet responses, PerceptionPolicy policy, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<List<String>, Integer> members = new LinkedHashMap<>();
    for (Response r : responses.responses()) {
      for (String attribute : policy.groupBy()) {
        r.respondent().groupValue(attribute).ifPresent(v -> members.merge(List.of(attribute, v), 1, Integer::sum));
      }
    }
    List<GroupHeadcount> groups = new ArrayList<>();
    members.forEach((key, count) -> groups.add(GroupHeadcount.of(key.get(0), key.get(1),
        count + nonRespondents(random, count))));
    groups.add(GroupHeadcount.of(policy.groupBy().get(0), "nobody-here", 1 + random.nextInt(6)));
    int n = responses.responses().size();
    int extra = groups.stream().mapToInt(GroupHeadcount::headcount).sum() - n;
    // The organization's: its respondents only, or at least its groups' non-respondents, or none.
    OptionalInt organization = switch (random.nextInt(3)) {
      case 0 -> OptionalInt.of(n + nonRespondents(random, n));
      case 1 -> OptionalInt.of(Math.max(n, n + extra / Math.max(1, policy.groupBy().size())));
      default -> OptionalInt.empty();
    };
    return Headcounts.of(organization, groups);
  }

  private static int nonRespondents(SplittableRandom random, int members) {
    return switch (random.nextInt(3)) {
      case 0 -> 0;
      case 1 -> 1 + random.nextInt(3);
      default -> members + random.nextInt(members + 1);
    };
  }

  private static void assertNoLeak(List<Leak> leaks, Object example) {
    if (!leaks.isEmpty()) {
      fail(leaks.size() + " disclosure(s) in " + example + ", such as:\n"
          + leaks.stream().limit(8).map(Leak::toString).collect(Collectors.joining("\n")));
    }
  }

  @Test
  void noReportWithHeadcountsDeterminesASetOfFewerThanThresholdRespondents() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(OrganizationSurveys.scenarios(5, 150))
        .checkAssert(s -> {
          Headcounts headcounts = headcounts(s.responses(), s.policy(), s.seed());
          PerceptionReport report = PerceptionScorer.of(s.policy()).score(s.responses(), headcounts);
          assertNoLeak(DisclosureAuditor.audit(s.responses(), s.policy(), report, headcounts), s);
          Participation p = report.participation().orElseThrow();
          assertEquals(headcounts.groups().size(), p.groups().size());
          for (ResponseRate r : p.groups()) {
            assertEquals(r.rate().isPresent(), r.respondents().isPresent());
            assertEquals(r.rate().isPresent(), r.headcount().isPresent());
            assertEquals(r.rate().isEmpty(), r.notReported().isPresent());
          }
        });
  }

  @Test
  void theRatesReleaseNoMoreThanTheSameReportWithoutThem() {
    // Whatever else the report holds is decided as before: headcounts add a figure, they change none.
    qt().withExamples(60).forAll(OrganizationSurveys.scenarios(5, 120)).checkAssert(s -> {
      PerceptionScorer scorer = PerceptionScorer.of(s.policy());
      PerceptionReport with = scorer.score(s.responses(), headcounts(s.responses(), s.policy(), s.seed()));
      assertEquals(scorer.score(s.responses()), with.withParticipation(java.util.Optional.empty()));
    });
  }

  @Test
  void noRespondentWhoJoinedLeftOrMovedIsDeterminedByTheRatesOfTwoReleases() {
    qt().withExamples(PAIR_EXAMPLES).withShrinkCycles(20).forAll(OrganizationSurveys.releasePairs(5, 100))
        .checkAssert(pair -> {
          PerceptionScorer scorer = PerceptionScorer.of(pair.policy()).withReleaseKey(KEY);
          ResponseSet before = pair.before().responses();
          PerceptionReport first = scorer.score(before, headcounts(before, pair.policy(), pair.before().seed()));
          PerceptionReport second = scorer.score(pair.after(), first.ledger().orElseThrow(),
              headcounts(pair.after(), pair.policy(), pair.before().seed() + 1));
          List<Leak> leaks = DisclosureAuditor.auditPair(before, first, pair.after(), second, pair.policy()).stream()
              .filter(leak -> leak.population().contains("participation")).collect(Collectors.toList());
          assertNoLeak(leaks, pair);
        });
  }

  @Test
  void theGeneratedOrganizationsHaveGroupsWhoseRatesMustBeWithheld() {
    // The properties have teeth only if the organizations drawn hold groups the rules withhold.
    int withheld = 0;
    for (int seed = 0; seed < 30; seed++) {
      OrganizationSurveys.Scenario s = OrganizationSurveys.scenario(seed, 10 + seed * 4, 3 + seed % 4, 1 + seed % 4);
      PerceptionReport report = PerceptionScorer.of(s.policy())
          .score(s.responses(), headcounts(s.responses(), s.policy(), seed));
      withheld += report.participation().orElseThrow().groups().stream()
          .anyMatch(g -> g.notReported().isPresent() && !g.value().orElseThrow().equals("nobody-here")) ? 1 : 0;
    }
    assertTrue(withheld >= 10, withheld + " of 30 withhold a group's rate");
  }
}
