package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Compliance of the training and empowerment rules never falls when one practice fact improves. */
class TrainingAndEmpowermentRulesPropertiesTest {
  private static final LocalDate ASSESSED = LocalDate.of(2024, 6, 30);

  private static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
    return in -> {
      Set<E> set = EnumSet.noneOf(type);
      for (E e : type.getEnumConstants()) {
        if (booleans().all().generate(in)) {
          set.add(e);
        }
      }
      return set;
    };
  }

  private static Gen<TrainingProgram> programs() {
    return in -> TrainingProgram.builder().coverage(arbitrary().enumValues(TrainingCoverage.class).generate(in))
        .teachesVision(booleans().all().generate(in)).hasFullyTrainedStandard(booleans().all().generate(in))
        .evaluations(subsets(TrainingEvaluation.class).generate(in))
        .reinforcements(subsets(Reinforcement.class).generate(in)).build();
  }

  private static Gen<EmpowermentPolicy> policies() {
    return in -> {
      EmpowermentPolicy.Builder b = EmpowermentPolicy.builder().writtenGuidelines(booleans().all().generate(in))
          .ingredients(subsets(EmpowermentIngredient.class).generate(in));
      // Every fact is recorded, "none" included: improving a fact changes its value, not whether it is
      // known (a fact that is not recorded counts in no score; see the rules' own tests).
      b.autonomousDecisions(booleans().all().generate(in) ? List.of("replace a damaged item") : List.of());
      if (booleans().all().generate(in)) {
        b.sayNoListReviewedOn(ASSESSED.minusDays(integers().between(-30, 1000).generate(in)));
      } else {
        b.sayNoListNeverReviewed(true);
      }
      return b.build();
    };
  }

  private static <E extends Enum<E>> Set<E> plus(Set<E> set, E extra, Class<E> type) {
    Set<E> more = EnumSet.noneOf(type);
    more.addAll(set);
    more.add(extra);
    return more;
  }

  private static final List<UnaryOperator<TrainingProgram>> TRAINING_IMPROVEMENTS = List.of(
      t -> t.withCoverage(TrainingCoverage.ALL_EMPLOYEES),
      t -> t.withTeachesVision(true),
      t -> t.withHasFullyTrainedStandard(true),
      t -> t.withEvaluations(plus(t.evaluations(), TrainingEvaluation.DEMONSTRATION, TrainingEvaluation.class)),
      t -> t.withEvaluations(plus(t.evaluations(), TrainingEvaluation.QUIZ, TrainingEvaluation.class)),
      t -> t.withReinforcements(plus(t.reinforcements(), Reinforcement.COACHING, Reinforcement.class)));

  private static final List<UnaryOperator<EmpowermentPolicy>> EMPOWERMENT_IMPROVEMENTS = List.of(
      e -> EmpowermentPolicy.builder().from(e).addAutonomousDecisions("waive a late fee").build(),
      e -> e.withWrittenGuidelines(true),
      e -> e.withIngredients(plus(e.ingredients(), EmpowermentIngredient.AUTHORITY, EmpowermentIngredient.class)),
      e -> e.withSayNoListReviewedOn(e.sayNoListReviewedOn().map(d -> d.plusDays(90)).orElse(ASSESSED)));

  private static void assertNotLower(Rule rule, RuleContext before, RuleContext after) {
    RuleOutcome b = rule.evaluate(before);
    RuleOutcome a = rule.evaluate(after);
    assertEquals(b.applicable(), a.applicable(), rule::id);
    if (b.applicable()) {
      double cb = b.compliance().orElseThrow();
      double ca = a.compliance().orElseThrow();
      assertTrue(ca >= cb, () -> rule.id() + " fell from " + cb + " to " + ca);
    }
  }

  private static RuleContext context(Organization organization) {
    return RuleContext.builder().practices(organization).thresholds(RuleThresholds.defaults())
        .assessedOn(ASSESSED).build();
  }

  @Test
  void improvingOneTrainingFactNeverLowersAnyTrainingRulesCompliance() {
    qt().forAll(programs(), integers().between(0, TRAINING_IMPROVEMENTS.size() - 1)).checkAssert((t, i) -> {
      TrainingProgram better = TRAINING_IMPROVEMENTS.get(i).apply(t);
      for (Rule rule : TrainingRules.all()) {
        assertNotLower(rule, context(Organization.builder().name("A").training(t).build()),
            context(Organization.builder().name("A").training(better).build()));
      }
    });
  }

  @Test
  void improvingOneEmpowermentFactNeverLowersAnyEmpowermentRulesCompliance() {
    qt().forAll(policies(), integers().between(0, EMPOWERMENT_IMPROVEMENTS.size() - 1)).checkAssert((e, i) -> {
      EmpowermentPolicy better = EMPOWERMENT_IMPROVEMENTS.get(i).apply(e);
      for (Rule rule : EmpowermentRules.all()) {
        assertNotLower(rule, context(Organization.builder().name("A").empowerment(e).build()),
            context(Organization.builder().name("A").empowerment(better).build()));
      }
    });
  }

  @Test
  void complianceBelowOneAlwaysComesWithAWarning() {
    qt().forAll(programs(), policies()).checkAssert((t, e) -> {
      RuleContext ctx = context(Organization.builder().name("A").training(t).empowerment(e).build());
      for (Rule rule : List.of(TrainingRules.all(), EmpowermentRules.all()).stream().flatMap(List::stream)
          .toList()) {
        RuleOutcome outcome = rule.evaluate(ctx);
        if (outcome.applicable()) {
          double c = outcome.compliance().orElseThrow();
          assertEquals(c < 1, outcome.findings().stream().anyMatch(f -> f.severity() == shortfall(rule)),
              () -> rule.id() + " " + c + " " + outcome.findings());
        }
      }
    });
  }

  /** The severity of a shortfall: a warning for an essential rule, advice for an advisory one. */
  private static Severity shortfall(Rule rule) {
    return rule.importance() == Importance.ESSENTIAL ? Severity.WARNING : Severity.INFO;
  }
}
