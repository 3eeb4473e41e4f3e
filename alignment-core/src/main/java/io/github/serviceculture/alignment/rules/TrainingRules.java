package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.Reinforcement;
import io.github.serviceculture.alignment.model.TrainingCoverage;
import io.github.serviceculture.alignment.model.TrainingEvaluation;
import io.github.serviceculture.alignment.model.TrainingProgram;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in training rules: everyone learns the service culture, against a standard of what a
 * fully trained person can do, judged by performance, and reinforced on the job.
 *
 * <p>All four rules are {@linkplain Importance#ESSENTIAL essential}: each states what the method asks
 * of training. The suggestion that veterans go on to improve the workflow is advice (INFO) inside
 * {@code TRAINING.REINFORCEMENT}.
 *
 * <p>Every rule is not applicable when the organization's training program is unknown.
 */
final class TrainingRules {
  private static final List<Rule> ALL = List.of(new Everyone(), new FullyTrainedStandard(),
      new PerformanceEvaluation(), new ReinforcementOnTheJob());

  private TrainingRules() {}

  /**
   * The training rules, in a fixed order.
   *
   * @return the rules
   */
  static List<Rule> all() {
    return ALL;
  }

  private static Optional<TrainingProgram> training(RuleContext context) {
    return context.practices().flatMap(Organization::training);
  }

  private static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static <E extends Enum<E>> String words(Collection<E> constants) {
    return constants.stream().sorted().map(TrainingRules::word).collect(Collectors.joining(", "));
  }

  private static <E extends Enum<E>> String names(Collection<E> constants) {
    return constants.stream().sorted().map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * {@code TRAINING.EVERYONE}, essential (customer service is everyone's job, so everyone learns the
   * basics of the culture): the program reaches all employees, not only the frontline or
   * customer-facing roles, and it teaches the vision and the culture rather than tasks alone. Two
   * criteria, a WARNING for each one missed.
   */
  static final class Everyone extends BaseRule {
    Everyone() {
      super("TRAINING.EVERYONE", Dimension.TRAINING,
          "Everyone, from executives to non-customer-facing roles, is trained in the vision and the service culture.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<TrainingProgram> found = training(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      TrainingProgram training = found.get();
      List<Finding> findings = new ArrayList<>();
      int met = 0;
      if (training.coverage() == TrainingCoverage.ALL_EMPLOYEES) {
        met++;
      } else {
        findings.add(finding(Severity.WARNING,
            "Service culture training reaches " + coverageWords(training.coverage())
                + ", not all employees; people in roles such as accounting or IT are left to assume "
                + "customers are someone else's concern.",
            "Extend the basics of the service culture to every employee, executives and "
                + "non-customer-facing teams included, and to existing staff as well as new hires.",
            List.of(Evidence.practice("training.coverage", training.coverage()))));
      }
      if (training.teachesVision()) {
        met++;
      } else {
        findings.add(finding(Severity.WARNING,
            "The training program teaches tasks but not the customer service vision and the culture "
                + "(teachesVision is false).",
            "Add a session on the vision: what it is, what it means, and how each participant's own "
                + "work contributes to it.",
            List.of(Evidence.practice("training.teachesVision", false))));
      }
      return RuleOutcome.compliance(met / 2.0, findings);
    }

    private static String coverageWords(TrainingCoverage coverage) {
      return switch (coverage) {
        case CUSTOMER_FACING_ONLY -> "customer-facing employees only";
        case FRONTLINE_ONLY -> "frontline employees only";
        case NEW_HIRES_ONLY -> "new hires only";
        case ALL_EMPLOYEES -> "all employees";
      };
    }
  }

  /**
   * {@code TRAINING.FULLY_TRAINED_STANDARD}, essential (training aims at a clear picture of what a
   * fully trained person can do): training has a clear, written standard of what a fully trained person can do, so that readiness
   * can be judged. One criterion; a WARNING when there is no standard.
   */
  static final class FullyTrainedStandard extends BaseRule {
    FullyTrainedStandard() {
      super("TRAINING.FULLY_TRAINED_STANDARD", Dimension.TRAINING,
          "A written standard says what a fully trained employee can do.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<TrainingProgram> found = training(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      if (found.get().hasFullyTrainedStandard()) {
        return RuleOutcome.compliance(1, List.of());
      }
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING,
          "There is no written standard of what a fully trained employee can do "
              + "(hasFullyTrainedStandard is false), so nobody can tell when training is complete.",
          "Write down the observable skills a fully trained person shows on the job, such as handling "
              + "an upset customer or resolving a billing question alone, and train toward them.",
          List.of(Evidence.practice("training.hasFullyTrainedStandard", false)))));
    }
  }

  /**
   * {@code TRAINING.PERFORMANCE_EVALUATION}, essential (the method judges training by demonstrated
   * performance): training is judged by what people can do, in a demonstration or observed on the job, and not only
   * by attendance, satisfaction surveys ("smile sheets") or quizzes. One criterion; a WARNING when no
   * evaluation is performance-based, including a program that is not evaluated at all ({@code
   * noEvaluations}); INFO that the fact is unknown, counted in no score, when the evaluations are not
   * recorded.
   */
  static final class PerformanceEvaluation extends BaseRule {
    PerformanceEvaluation() {
      super("TRAINING.PERFORMANCE_EVALUATION", Dimension.TRAINING,
          "Training is judged by demonstrated performance, not only by attendance, smile sheets or quizzes.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<TrainingProgram> found = training(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      TrainingProgram training = found.get();
      if (!training.evaluationsRecorded()) {
        return notRecorded("training.evaluations",
            "How the training program is evaluated is not recorded, so whether it is judged by what "
                + "people can do is unknown.",
            "Record how training is judged (demonstration, observation on the job, quizzes, attendance, "
                + "satisfaction surveys), or record that it is not evaluated.");
      }
      if (training.isEvaluatedByPerformance()) {
        return RuleOutcome.compliance(1, List.of());
      }
      String recommendation = "Judge training by performance: have trainees demonstrate the skill in a "
          + "simulation or role play, or observe them on the job, against the fully trained standard.";
      String value = names(training.evaluations());
      String message = training.evaluations().isEmpty()
          ? "The training program is not evaluated at all, so nobody knows whether people can do what "
              + "they were taught."
          : "The training program is judged only by " + training.evaluations().stream().sorted()
              .map(PerformanceEvaluation::plural).collect(Collectors.joining(" and "))
              + ", which shows what people attended, liked or recall, not what they can do.";
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, message, recommendation,
          List.of(Evidence.practice("training.evaluations", value)))));
    }

    private static String plural(TrainingEvaluation evaluation) {
      return switch (evaluation) {
        case ATTENDANCE -> "attendance";
        case SATISFACTION_SURVEY -> "satisfaction surveys (smile sheets)";
        case QUIZ -> "quizzes";
        default -> word(evaluation);
      };
    }
  }

  /**
   * {@code TRAINING.REINFORCEMENT}, essential (knowledge fades unless reinforced on the job): what was
   * learned is reinforced on the job, because knowledge fades otherwise. One criterion; a
   * WARNING when there is no reinforcement ({@code noReinforcements}), INFO that the fact is unknown,
   * counted in no score, when the reinforcements are not recorded. When there is some, an INFO suggests letting experienced
   * staff improve the workflow (such as by writing knowledge-base articles) if they do not yet.
   */
  static final class ReinforcementOnTheJob extends BaseRule {
    ReinforcementOnTheJob() {
      super("TRAINING.REINFORCEMENT", Dimension.TRAINING,
          "Training is reinforced on the job so that what was learned does not fade.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<TrainingProgram> found = training(context);
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      TrainingProgram training = found.get();
      if (!training.reinforcementsRecorded()) {
        return notRecorded("training.reinforcements",
            "How training is reinforced on the job is not recorded, so whether what was learned lasts "
                + "is unknown.",
            "Record how training is reinforced on the job (coaching, refreshers, job aids, "
                + "knowledge-base contributions), or record that nothing reinforces it.");
      }
      if (training.reinforcements().isEmpty()) {
        return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING,
            "Nothing reinforces training on the job (no reinforcement practice is in place), so most of "
                + "what was taught will fade within weeks.",
            "Follow training with on-the-job reinforcement: regular coaching by supervisors, short team "
                + "huddles that revisit the standard, and job aids at hand.",
            List.of(Evidence.practice("training.reinforcements", "[]")))));
      }
      List<Finding> findings = new ArrayList<>();
      if (!training.reinforcements().contains(Reinforcement.KNOWLEDGE_BASE_CONTRIBUTION)) {
        String value = names(training.reinforcements());
        findings.add(finding(Severity.INFO,
            "Training is reinforced by " + words(training.reinforcements())
                + ", but experienced employees do not yet improve the workflow themselves.",
            "Give veterans a next step: let them write knowledge-base articles or refine procedures, "
                + "which deepens their own skill and helps newer colleagues.",
            List.of(Evidence.practice("training.reinforcements", value))));
      }
      return RuleOutcome.compliance(1, findings);
    }
  }
}
