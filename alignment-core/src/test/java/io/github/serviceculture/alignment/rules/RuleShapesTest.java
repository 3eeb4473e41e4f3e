package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.testing.RuleContractTest;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rule shapes of the SPI, and the contract failing the rules that break it. */
class RuleShapesTest {
  private static final RuleThresholds DEFAULTS = RuleThresholds.defaults();
  private static final PerceptionReport SURVEY =
      PerceptionScorer.of(PerceptionPolicy.defaults()).score(SurveyFixtures.generated(7, 60, 0.6));

  /** A vision of at most a number of words: a practice fact. */
  static final class ShortVision extends PracticeFactRule<ServiceVision> {
    ShortVision() {
      super("VISION.SHORT", Dimension.VISION, "The vision has at most five words.", Importance.ADVISORY);
    }

    @Override
    protected Optional<ServiceVision> fact(Organization practices) {
      return practices.vision();
    }

    @Override
    protected Optional<Finding> judge(ServiceVision vision, RuleContext context) {
      int words = vision.statement().split(" ").length;
      return words <= 5 ? Optional.empty() : Optional.of(finding(Severity.INFO, "LONG",
          "The vision has {words} words.", "Say it in five.", Map.of("words", words),
          List.of(Evidence.practice("vision.statement", vision.statement()))));
    }
  }

  /** The organization's rwg(j) of goals against 0.9: a threshold on a survey figure. */
  static final class StrictGoalsAgreement extends ThresholdRule {
    StrictGoalsAgreement() {
      super("GOALS.STRICT_AGREEMENT", Dimension.GOALS, "rwg(j) of goals is at least 0.9.", Importance.ESSENTIAL,
          true, true);
    }

    @Override
    protected OptionalDouble figure(RuleContext context) {
      return context.perceptions().map(r -> r.dimensions().get(Dimension.GOALS)).filter(f -> f.rwgJ().isDefined())
          .map(f -> OptionalDouble.of(f.rwgJ().value())).orElse(OptionalDouble.empty());
    }

    @Override
    protected double threshold(RuleThresholds thresholds) {
      return 0.9;
    }

    @Override
    protected Finding miss(double figure, double threshold, RuleContext context) {
      return finding(Severity.WARNING, "LOW", "rwg(j) is {rwgJ,fixed,2}, below {min,fixed,2}.", "Talk about goals.",
          Map.of("rwgJ", figure, "min", threshold), List.of(Evidence.of(EvidenceSource.SURVEY, "GOALS.rwgJ",
              String.valueOf(figure))));
    }
  }

  /** Groups whose goals score is below 99: a per-group observation, one finding for all. */
  static final class GroupsBelow extends GroupObservationRule<GroupPerception> {
    GroupsBelow() {
      super("GOALS.GROUPS_BELOW", Dimension.GOALS, "Every group scores goals at 99 or more.", Importance.ADVISORY);
    }

    private static double score(GroupPerception group) {
      return group.dimensions().get(Dimension.GOALS).score().value();
    }

    @Override
    protected boolean observable(GroupPerception group) {
      return group.dimensions().containsKey(Dimension.GOALS) && group.dimensions().get(Dimension.GOALS).score()
          .isDefined();
    }

    @Override
    protected Optional<GroupPerception> shortfall(GroupPerception group, RuleContext context) {
      return score(group) < 99 ? Optional.of(group) : Optional.empty();
    }

    @Override
    protected Comparator<GroupPerception> worstFirst() {
      return Comparator.comparingDouble(GroupsBelow::score).thenComparing(GroupPerception::attribute)
          .thenComparing(GroupPerception::value);
    }

    @Override
    protected Finding finding(List<GroupPerception> groups, int observed, RuleContext context) {
      return finding(Severity.INFO, "BELOW", "{count} of {observed} groups score goals below 99.",
          "Start with the worst.", Map.of("count", groups.size(), "observed", observed),
          groups.stream().map(g -> Evidence.of(EvidenceSource.GROUP, g.attribute() + "=" + g.value(),
              String.valueOf(score(g)))).toList());
    }
  }

  private static RuleContext context(Organization org, PerceptionReport survey) {
    RuleContext.Builder b = RuleContext.builder().thresholds(DEFAULTS);
    if (org != null) {
      b.practices(org);
    }
    if (survey != null) {
      b.perceptions(survey);
    }
    return b.build();
  }

  @Test
  void aPracticeFactRuleIsNotApplicableWithoutItsFactAndGivesComplianceOneOrZero() {
    Rule rule = new ShortVision();
    assertEquals(RuleOutcome.notApplicable(), rule.evaluate(context(null, null)));
    assertEquals(RuleOutcome.notApplicable(), rule.evaluate(context(Organization.builder().name("A").build(), null)));
    RuleOutcome met = rule.evaluate(context(Organization.builder().name("A").vision(ServiceVision.of("Inspire"))
        .build(), null));
    assertEquals(1.0, met.compliance().getAsDouble());
    assertTrue(met.findings().isEmpty());
    RuleOutcome missed = rule.evaluate(context(Organization.builder().name("A")
        .vision(ServiceVision.of("We aim to be the best at everything we do")).build(), null));
    assertEquals(0.0, missed.compliance().getAsDouble());
    Finding finding = missed.findings().get(0);
    assertEquals("VISION.SHORT.LONG", finding.code());
    assertEquals("The vision has 10 words.", finding.message());
    assertEquals(Map.of("words", 10L), finding.parameters());
  }

  @Test
  void aSurveyThresholdRuleGivesObservationsWithoutCompliance() {
    Rule rule = new StrictGoalsAgreement();
    assertEquals(RuleOutcome.notApplicable(), rule.evaluate(context(null, null)));
    RuleOutcome outcome = rule.evaluate(context(null, SURVEY));
    assertTrue(outcome.applicable() && outcome.compliance().isEmpty(), outcome::toString);
    double rwgJ = SURVEY.dimensions().get(Dimension.GOALS).rwgJ().value();
    assertEquals(rwgJ >= 0.9 ? 0 : 1, outcome.findings().size(), "rwg(j) " + rwgJ);
  }

  @Test
  void aGroupObservationRuleRaisesOneFindingForAllTheGroupsThatFallShort() {
    Rule rule = new GroupsBelow();
    assertEquals(RuleOutcome.notApplicable(), rule.evaluate(context(null, null)));
    RuleOutcome outcome = rule.evaluate(context(null, SURVEY));
    long groups = SURVEY.groups().stream().filter(g -> g.dimensions().containsKey(Dimension.GOALS)).count();
    assertTrue(groups > 1, "the survey reports several groups");
    assertEquals(1, outcome.findings().size(), outcome::toString);
    assertEquals(groups + " of " + groups + " groups score goals below 99.", outcome.findings().get(0).message());
  }

  /** The contract over one rule, its factories opened to this test. */
  private static final class Contract extends RuleContractTest {
    private final Rule rule;

    Contract(Rule rule) {
      this.rule = rule;
    }

    @Override
    protected List<Rule> rules() {
      return List.of(rule);
    }

    Stream<DynamicTest> fixed() {
      return eachRuleKeepsTheContractOnTheFixedContexts();
    }
  }

  private static void assertContractFails(Rule rule, String why) {
    List<Executable> tests = new Contract(rule).fixed().map(DynamicTest::getExecutable).toList();
    assertEquals(1, tests.size());
    AssertionError e = assertThrows(AssertionError.class, tests.get(0)::execute);
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }

  @Test
  void theShapesKeepTheContract() throws Throwable {
    for (Rule rule : List.of(new ShortVision(), new StrictGoalsAgreement(), new GroupsBelow())) {
      for (DynamicTest test : new Contract(rule).fixed().toList()) {
        test.getExecutable().execute();
      }
    }
  }

  @Test
  void theContractFailsARuleWhoseEvidenceNamesNoField() {
    assertContractFails(new BaseRule("VISION.BAD_FIELD", Dimension.VISION, "Names a field that is not there.") {
      @Override
      public RuleOutcome evaluate(RuleContext context) {
        return context.practices().isEmpty() ? RuleOutcome.notApplicable() : RuleOutcome.compliance(0,
            List.of(finding(Severity.WARNING, "X", "Bad.", "Fix it.", Map.of(),
                List.of(Evidence.practice("vision.mission", "none")))));
      }
    }, "has no accessor mission");
  }

  @Test
  void theContractFailsAnAdvisoryRuleThatWarnsAndARuleThatIsNotDeterministic() {
    assertContractFails(new BaseRule("VISION.LOUD", Dimension.VISION, "Warns though advisory.",
        Importance.ADVISORY) {
      @Override
      public RuleOutcome evaluate(RuleContext context) {
        return RuleOutcome.observations(List.of(finding(Severity.WARNING, "X", "Loud.", "Hush.", Map.of(),
            List.of(Evidence.practice("vision", "none")))));
      }
    }, "more severe than a rule of importance ADVISORY");
    assertContractFails(new BaseRule("VISION.RANDOM", Dimension.VISION, "Differs each time.") {
      private int calls;

      @Override
      public RuleOutcome evaluate(RuleContext context) {
        return RuleOutcome.compliance(calls++ % 2, List.of());
      }
    }, "two evaluations differ");
  }

  @Test
  void theContractFailsAParameterTheTextDoesNotShow() {
    assertContractFails(new BaseRule("VISION.HIDDEN", Dimension.VISION, "Hides a parameter.") {
      @Override
      public RuleOutcome evaluate(RuleContext context) {
        return RuleOutcome.observations(List.of(finding(Severity.INFO, "X", "Something.", "Do something.",
            Map.of("secret", 42), List.of(Evidence.practice("vision", "none")))));
      }
    }, "parameter secret");
  }
}
