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
import java.util.Map;
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
        findings.add(finding(Severity.WARNING, "PARTIAL_COVERAGE", Map.of("coverage", training.coverage()),
            List.of(Evidence.practice("training.coverage", training.coverage()))));
      }
      if (training.teachesVision()) {
        met++;
      } else {
        findings.add(finding(Severity.WARNING, "NO_VISION", Map.of(),
            List.of(Evidence.practice("training.teachesVision", false))));
      }
      return RuleOutcome.compliance(met / 2.0, findings);
    }
  }

  /**
   * {@code TRAINING.FULLY_TRAINED_STANDARD}, essential (training aims at a clear picture of what a
   * fully trained person can do): training has a clear, written standard of what a fully trained person can do, so that readiness
   * can be judged. One criterion; a WARNING when there is no standard.
   */
  static final class FullyTrainedStandard extends PracticeFactRule<Boolean> {
    FullyTrainedStandard() {
      super("TRAINING.FULLY_TRAINED_STANDARD", Dimension.TRAINING,
          "A written standard says what a fully trained employee can do.");
    }

    @Override
    protected Optional<Boolean> fact(Organization practices) {
      return practices.training().map(TrainingProgram::hasFullyTrainedStandard);
    }

    @Override
    protected Optional<Finding> judge(Boolean standard, RuleContext context) {
      return standard ? Optional.empty() : Optional.of(finding(Severity.WARNING, "NONE", Map.of(),
          List.of(Evidence.practice("training.hasFullyTrainedStandard", false))));
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
        return notRecorded("training.evaluations", Map.of());
      }
      if (training.isEvaluatedByPerformance()) {
        return RuleOutcome.compliance(1, List.of());
      }
      String value = names(training.evaluations());
      return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING,
          training.evaluations().isEmpty() ? "NOT_EVALUATED" : "NOT_BY_PERFORMANCE",
          training.evaluations().isEmpty() ? Map.of() : Map.of("evaluations", training.evaluations().stream()
              .sorted().map(PerformanceEvaluation::plural).collect(Collectors.joining(" and "))),
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
        return notRecorded("training.reinforcements", Map.of());
      }
      if (training.reinforcements().isEmpty()) {
        return RuleOutcome.compliance(0, List.of(finding(Severity.WARNING, "NONE", Map.of(),
            List.of(Evidence.practice("training.reinforcements", "[]")))));
      }
      List<Finding> findings = new ArrayList<>();
      if (!training.reinforcements().contains(Reinforcement.KNOWLEDGE_BASE_CONTRIBUTION)) {
        String value = names(training.reinforcements());
        findings.add(finding(Severity.INFO, "NO_VETERAN_STEP",
            Map.of("reinforcements", words(training.reinforcements())),
                List.of(Evidence.practice("training.reinforcements", value))));
      }
      return RuleOutcome.compliance(1, findings);
    }
  }
}
