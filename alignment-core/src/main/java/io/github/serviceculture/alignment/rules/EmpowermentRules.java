package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.EmpowermentIngredient;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.Organization;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in empowerment rules: trained employees may make customer-focused decisions without
 * asking a manager each time, within written guidelines, with the resources, process and authority
 * to do it, and the organization regularly reviews the situations in which they must still say "no".
 *
 * <p>Decisions without approval, known guidelines and the three ingredients are the method's
 * definition of empowerment and {@linkplain Importance#ESSENTIAL essential}; the review of the
 * "say no" list is an exercise the method suggests, with an age limit of this library's, and
 * {@linkplain Importance#ADVISORY advisory}.
 *
 * <p>Every rule is not applicable when the organization's empowerment policy is unknown.
 */
final class EmpowermentRules {
  private static final List<Rule> ALL = List.of(new Decisions(), new Guidelines(), new Ingredients(),
      new SayNoReview());

  private EmpowermentRules() {}

  /**
   * The empowerment rules, in a fixed order.
   *
   * @return the rules
   */
  static List<Rule> all() {
    return ALL;
  }

  private static Optional<EmpowermentPolicy> empowerment(RuleContext context) {
    return context.practices().flatMap(Organization::empowerment);
  }

  /**
   * {@code EMPOWERMENT.DECISIONS}, essential (empowered employees decide for the customer without
   * asking a manager each time): frontline employees may make at least one kind of customer-focused decision without approval. One
   * criterion; a WARNING when every exception needs a manager ({@code noAutonomousDecisions}); INFO
   * that the fact is unknown, counted in no score, when the decisions are not recorded.
   */
  static final class Decisions extends BaseRule {
    Decisions() {
      super("EMPOWERMENT.DECISIONS", Dimension.EMPOWERMENT,
          "Employees may make some customer-focused decisions without asking for approval.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<EmpowermentPolicy> found = empowerment(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      EmpowermentPolicy policy = found.get();
      if (!policy.autonomousDecisionsRecorded()) {
        return notRecorded("empowerment.autonomousDecisions", Map.of());
      }
      if (!policy.autonomousDecisions().isEmpty()) {
        return RuleOutcome.compliance(1, List.of());
      }
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(Evidence.practice("empowerment.autonomousDecisions", "[]"));
      policy.discretionaryLimit().ifPresent(l -> evidence.add(
          Evidence.practice("empowerment.discretionaryLimit", l)));
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, "NONE", Map.of(), evidence)));
    }
  }

  /**
   * {@code EMPOWERMENT.GUIDELINES}, essential (they decide within guidelines they know): the
   * guidelines within which employees decide are written down, so that they know how far they may
   * go. One criterion; a WARNING when they are not.
   */
  static final class Guidelines extends PracticeFactRule<Boolean> {
    Guidelines() {
      super("EMPOWERMENT.GUIDELINES", Dimension.EMPOWERMENT,
          "Employees decide within written guidelines that say how far they may go.");
    }

    @Override
    protected Optional<Boolean> fact(Organization practices) {
      return practices.empowerment().map(EmpowermentPolicy::writtenGuidelines);
    }

    @Override
    protected Optional<Finding> judge(Boolean written, RuleContext context) {
      return written ? Optional.empty() : Optional.of(finding(Severity.WARNING, "NOT_WRITTEN", Map.of(),
          List.of(Evidence.practice("empowerment.writtenGuidelines", false))));
    }
  }

  /**
   * {@code EMPOWERMENT.INGREDIENTS}, essential (the method names three ingredients of empowerment):
   * all three ingredients of empowerment are in place: resources (good products, services and tools),
   * process (a consistent, sound way of doing things) and authority (permission to bend a rule when
   * the customer needs it). Compliance is the share present; one WARNING names the missing ones, all
   * three when none is in place ({@code noIngredients}). INFO that the fact is unknown, counted in no
   * score, when the ingredients are not recorded.
   */
  static final class Ingredients extends BaseRule {
    Ingredients() {
      super("EMPOWERMENT.INGREDIENTS", Dimension.EMPOWERMENT,
          "Resources, process and authority, the three ingredients of empowerment, are all in place.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<EmpowermentPolicy> found = empowerment(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (!found.get().ingredientsRecorded()) {
        return notRecorded("empowerment.ingredients", Map.of());
      }
      Set<EmpowermentIngredient> present = found.get().ingredients();
      Set<EmpowermentIngredient> missing = EnumSet.allOf(EmpowermentIngredient.class);
      missing.removeAll(present);
      int all = EmpowermentIngredient.values().length;
      double compliance = (all - missing.size()) / (double) all;
      if (missing.isEmpty()) {
        return RuleOutcome.compliance(compliance, List.of());
      }
      String value = present.stream().sorted().map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
      String missingWords = missing.stream().map(Ingredients::describe).collect(Collectors.joining("; "));
      String remedies = missing.stream().map(Ingredients::remedy).collect(Collectors.joining(" "));
      return RuleOutcome.compliance(compliance, List.of(finding(Severity.WARNING, "MISSING",
          Map.of("missingCount", missing.size(), "ingredientCount", all, "missing", missingWords,
              "remedies", remedies),
          List.of(Evidence.practice("empowerment.ingredients", value)))));
    }

    private static String describe(EmpowermentIngredient ingredient) {
      return switch (ingredient) {
        case RESOURCES -> "resources (good products, services and tools)";
        case PROCESS -> "process (a consistent, sound way of doing things)";
        case AUTHORITY -> "authority (permission to bend a rule when a customer needs it)";
      };
    }

    private static String remedy(EmpowermentIngredient ingredient) {
      return switch (ingredient) {
        case RESOURCES -> "Ask employees which tools, products or information keep them from helping "
            + "customers, and fix the worst first.";
        case PROCESS -> "Replace workarounds with one consistent, sound process for each common request, "
            + "so that employees do not have to bend rules to do the right thing.";
        case AUTHORITY -> "Give trained employees explicit permission, within the guidelines, to make an "
            + "exception when a customer's situation calls for it.";
      };
    }
  }

  /**
   * {@code EMPOWERMENT.SAY_NO_REVIEW}, advisory (an exercise the method suggests; the age limit is
   * this library's): the list of situations where employees must say "no" to customers has been
   * reviewed within {@link RuleThresholds#sayNoReviewMaxAgeDays()} days of the assessment, so that
   * their causes get fixed. One criterion; INFO advice when the last review is older, or when there
   * never was one ({@code sayNoListNeverReviewed}); INFO that the fact is unknown, as an observation,
   * when the review is not recorded. Not applicable without an assessment date, unless there is no
   * review date.
   */
  static final class SayNoReview extends BaseRule {
    SayNoReview() {
      super("EMPOWERMENT.SAY_NO_REVIEW", Dimension.EMPOWERMENT,
          "The situations where employees must say no to customers are reviewed regularly and their causes fixed.",
          Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<EmpowermentPolicy> found = empowerment(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      int maxAge = context.thresholds().sayNoReviewMaxAgeDays();
      Evidence limit = Evidence.of(EvidenceSource.POLICY, "sayNoReviewMaxAgeDays", String.valueOf(maxAge));
      Optional<LocalDate> reviewed = found.get().sayNoListReviewedOn();
      if (!found.get().sayNoListReviewRecorded()) {
        return notRecorded("empowerment.sayNoListReviewedOn", Map.of());
      }
      if (reviewed.isEmpty()) {
        return RuleOutcome.compliance(0, List.of(finding(Severity.INFO, "NEVER", Map.of("maxAgeDays", maxAge),
            List.of(Evidence.practice("empowerment.sayNoListReviewedOn", "never"), limit))));
      }
      if (context.assessedOn().isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      long age = ChronoUnit.DAYS.between(reviewed.get(), context.assessedOn().get());
      if (age <= maxAge) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.INFO, "OUT_OF_DATE",
          Map.of("reviewedOn", reviewed.get().toString(), "ageDays", age,
              "assessedOn", context.assessedOn().get().toString(), "maxAgeDays", maxAge),
          List.of(Evidence.practice("empowerment.sayNoListReviewedOn", reviewed.get()),
              Evidence.of(EvidenceSource.POLICY, "assessedOn", context.assessedOn().get().toString()),
              limit))));
    }
  }
}
