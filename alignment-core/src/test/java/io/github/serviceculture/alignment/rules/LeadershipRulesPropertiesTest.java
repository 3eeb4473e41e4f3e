package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.ListeningChannel;
import io.github.serviceculture.alignment.model.Organization;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Compliance of the leadership rules is monotone: a better practice fact never lowers it. */
class LeadershipRulesPropertiesTest {

  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return in -> booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  private static Gen<LeadershipPractice> practices() {
    Gen<Optional<Frequency>> frequency = optional(arbitrary().enumValues(Frequency.class));
    Gen<Optional<Boolean>> known = optional(booleans().all());
    return in -> {
      Set<ListeningChannel> channels = EnumSet.noneOf(ListeningChannel.class);
      for (ListeningChannel c : ListeningChannel.values()) {
        if (booleans().all().generate(in)) {
          channels.add(c);
        }
      }
      return LeadershipPractice.builder().visionInTeamMeetings(frequency.generate(in))
          .visionInOneOnOnes(frequency.generate(in)).executiveVisits(frequency.generate(in))
          .leadersServeCustomers(known.generate(in)).listeningChannels(channels)
          .specificPositiveFeedback(known.generate(in)).serviceAccountability(known.generate(in)).build();
    };
  }

  private static Gen<RuleThresholds> thresholds() {
    Gen<Frequency> f = arbitrary().enumValues(Frequency.class);
    return in -> RuleThresholds.defaults().withVisionDiscussionMinFrequency(f.generate(in))
        .withExecutiveVisitMinFrequency(f.generate(in));
  }

  private static Optional<Frequency> stepUp(Optional<Frequency> f) {
    return f.map(x -> Frequency.values()[Math.min(x.ordinal() + 1, Frequency.values().length - 1)]);
  }

  private static Optional<Boolean> turnTrue(Optional<Boolean> b) {
    return b.map(x -> true);
  }

  /** One-fact improvements: each raises one frequency a step or turns one known false into true. */
  private static final List<UnaryOperator<LeadershipPractice>> IMPROVEMENTS = List.of(
      p -> p.withVisionInTeamMeetings(stepUp(p.visionInTeamMeetings())),
      p -> p.withVisionInOneOnOnes(stepUp(p.visionInOneOnOnes())),
      p -> p.withExecutiveVisits(stepUp(p.executiveVisits())),
      p -> p.withLeadersServeCustomers(turnTrue(p.leadersServeCustomers())),
      p -> p.withSpecificPositiveFeedback(turnTrue(p.specificPositiveFeedback())),
      p -> p.withServiceAccountability(turnTrue(p.serviceAccountability())),
      p -> {
        Set<ListeningChannel> more = EnumSet.of(ListeningChannel.OPEN_DOOR);
        more.addAll(p.listeningChannels());
        return p.withListeningChannels(more);
      });

  private static RuleContext context(LeadershipPractice practice, RuleThresholds thresholds) {
    return RuleContext.builder().practices(Organization.builder().name("Acme").leadership(practice).build())
        .thresholds(thresholds).build();
  }

  @Test
  void improvingOneLeadershipFactNeverLowersAnyLeadershipRulesCompliance() {
    qt().forAll(practices(), thresholds(), arbitrary().pick(List.of(0, 1, 2, 3, 4, 5, 6)))
        .checkAssert((practice, thresholds, which) -> {
          LeadershipPractice better = IMPROVEMENTS.get(which).apply(practice);
          for (Rule rule : LeadershipRules.all()) {
            RuleOutcome before = rule.evaluate(context(practice, thresholds));
            RuleOutcome after = rule.evaluate(context(better, thresholds));
            // Improvements change values, never whether a fact is known, so applicability holds.
            assertEquals(before.applicable(), after.applicable(), rule::id);
            if (before.applicable()) {
              double b = before.compliance().orElseThrow();
              double a = after.compliance().orElseThrow();
              assertTrue(a >= b, () -> rule.id() + " fell from " + b + " to " + a + " for " + practice
                  + " improved to " + better);
              assertTrue(after.findings().size() <= before.findings().size(), rule::id);
            }
          }
        });
  }

  @Test
  void raisingExecutiveVisitsToTheThresholdMakesThatRuleFullyCompliant() {
    qt().forAll(practices(), thresholds()).checkAssert((practice, thresholds) -> {
      LeadershipPractice atMinimum = practice.withExecutiveVisits(thresholds.executiveVisitMinFrequency());
      RuleOutcome outcome = new LeadershipRules.ExecutiveVisits().evaluate(context(atMinimum, thresholds));
      assertEquals(1.0, outcome.compliance().orElseThrow(), 1e-12);
      assertTrue(outcome.findings().isEmpty());
    });
  }

  @Test
  void complianceAlwaysStaysBetweenZeroAndOneAndFindingsMatchShortfalls() {
    qt().forAll(practices(), thresholds()).checkAssert((practice, thresholds) -> {
      for (Rule rule : LeadershipRules.all()) {
        RuleOutcome outcome = rule.evaluate(context(practice, thresholds));
        if (outcome.applicable()) {
          double c = outcome.compliance().orElseThrow();
          assertTrue(c >= 0 && c <= 1);
          assertEquals(c < 1, outcome.findings().stream().anyMatch(f -> f.severity() == shortfall(rule)),
              () -> rule.id() + " compliance " + c + " findings " + outcome.findings());
        }
      }
    });
  }

  /** The severity of a shortfall: a warning for an essential rule, advice for an advisory one. */
  private static Severity shortfall(Rule rule) {
    return rule.importance() == Importance.ESSENTIAL ? Severity.WARNING : Severity.INFO;
  }
}
