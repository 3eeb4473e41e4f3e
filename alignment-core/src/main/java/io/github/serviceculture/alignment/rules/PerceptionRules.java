package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.RuleText.estimate;
import static io.github.serviceculture.alignment.rules.RuleText.fixed;
import static io.github.serviceculture.alignment.rules.RuleText.number;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Respondent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in survey rules, which raise observations rather than compliance: whether every part of
 * the organization can answer the three engagement questions, whether people share one perception
 * of each dimension, and whether leaders see a dimension the way the frontline does.
 *
 * <p>Every rule is not applicable without a scored survey, or when the survey lacks the figures the
 * rule needs. Findings cite only aggregates of reported sets of respondents, never an answer or a
 * respondent id.
 */
final class PerceptionRules {
  private static final List<Rule> ALL = build();

  private PerceptionRules() {}

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    rules.add(new VisionEngagement());
    for (Dimension d : Dimension.values()) {
      rules.add(new SharedPerception(d));
    }
    for (Dimension d : Dimension.values()) {
      rules.add(new LevelGap(d));
    }
    return List.copyOf(rules);
  }

  /**
   * The survey rules in a fixed order: {@code VISION.ENGAGEMENT}, then {@code <DIM>.SHARED_PERCEPTION}
   * and then {@code <DIM>.PERCEPTION_GAP} for each dimension in declaration order.
   *
   * @return the rules
   */
  static List<Rule> all() {
    return ALL;
  }

  /** How a dimension reads in a sentence. */
  static String topic(Dimension dimension) {
    return dimension == Dimension.VISION ? "the customer service vision"
        : dimension.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A reported group as people would name it: "the accounting department", "executives",
   * "non-customer-facing employees".
   */
  static String groupName(String attribute, String value) {
    if (Respondent.LEVEL.equals(attribute)) {
      return levelName(value);
    }
    if (Respondent.CUSTOMER_FACING.equals(attribute)) {
      return Boolean.parseBoolean(value) ? "customer-facing employees" : "non-customer-facing employees";
    }
    if (Respondent.DEPARTMENT.equals(attribute)) {
      return "the " + value + " department";
    }
    return attribute + " " + value;
  }

  private static String levelName(String value) {
    for (Level level : Level.values()) {
      if (level.name().equals(value)) {
        return switch (level) {
          case EXECUTIVE -> "executives";
          case MANAGER -> "managers";
          case SUPERVISOR -> "supervisors";
          case FRONTLINE -> "the frontline";
        };
      }
    }
    return "level " + value;
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Engagement: every employee can state the customer service vision, knows what it means and knows
   * how they personally contribute. A WARNING for each question whose organization-wide share of
   * respondents who say they can answer it is below {@link RuleThresholds#engagementMinAgreePercent()},
   * and one for each reported group below it, naming the group: a department that does not see itself
   * in the vision, such as accounting or IT, is a misalignment even when the average looks fine.
   */
  static final class VisionEngagement extends BaseRule {
    private static final Comparator<Map.Entry<EngagementQuestion, EngagementShare>> LOWEST_SHARE_FIRST =
        Comparator.comparingDouble((Map.Entry<EngagementQuestion, EngagementShare> e) -> e.getValue().agreePercent()
            .value()).thenComparing(Map.Entry::getKey);

    VisionEngagement() {
      super("VISION.ENGAGEMENT", Dimension.VISION,
          "Everyone, in every reported group, can state the vision, knows what it means and how they contribute.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<PerceptionReport> found = context.perceptions();
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      PerceptionReport report = found.get();
      double min = context.thresholds().engagementMinAgreePercent();
      Evidence threshold = Evidence.of(EvidenceSource.POLICY, "engagementMinAgreePercent", number(min, 1));
      boolean measured = anyDefined(report.engagement());
      List<Finding> findings = new ArrayList<>();
      // One finding per set of respondents, listing every question it falls short on, so that a
      // group that misses all three questions reads as one problem rather than three.
      List<Map.Entry<EngagementQuestion, EngagementShare>> below = below(report.engagement(), min);
      if (!below.isEmpty()) {
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<EngagementQuestion, EngagementShare> e : below) {
          String key = "engagement." + e.getKey().name();
          evidence.add(Evidence.of(EvidenceSource.SURVEY, key + ".agreePercent",
              number(e.getValue().agreePercent().value(), 1)));
          evidence.add(Evidence.of(EvidenceSource.SURVEY, key + ".n", String.valueOf(e.getValue().n())));
        }
        evidence.add(threshold);
        findings.add(finding(Severity.WARNING,
            "Across the organization, fewer respondents than the " + number(min, 1) + " % aim "
                + shortfalls(below) + ".",
            remedy(below.get(0).getKey()), evidence));
      }
      for (GroupPerception group : report.groups()) {
        measured |= anyDefined(group.engagement());
        List<Map.Entry<EngagementQuestion, EngagementShare>> groupBelow = below(group.engagement(), min);
        if (groupBelow.isEmpty()) {
          continue;
        }
        findings.add(groupFinding(group, groupBelow, min, threshold));
      }
      return measured ? RuleOutcome.observations(findings) : RuleOutcome.notApplicable();
    }

    /** A group's finding; a method of its own so that the JIT compiles its text apart from the loop over groups. */
    private Finding groupFinding(GroupPerception group, List<Map.Entry<EngagementQuestion, EngagementShare>> below,
        double min, Evidence threshold) {
      String name = groupName(group.attribute(), group.value());
      List<Evidence> evidence = new ArrayList<>();
      for (Map.Entry<EngagementQuestion, EngagementShare> e : below) {
        evidence.add(Evidence.of(EvidenceSource.GROUP, group.attribute() + "=" + group.value(),
            "engagement." + e.getKey().name() + ".agreePercent=" + number(e.getValue().agreePercent().value(), 1)
                + " (n=" + e.getValue().n() + ")"));
      }
      evidence.add(threshold);
      return finding(Severity.WARNING,
          capitalize(name) + ": fewer respondents than the " + number(min, 1) + " % aim "
              + shortfalls(below) + "; this group does not yet see itself in the vision.",
          "Work with " + name + " on how their own work reaches customers, even indirectly (an "
              + "accurate invoice, a system that stays up), and make that link part of their "
              + "training and one-on-ones. " + remedy(below.get(0).getKey()),
          evidence);
    }

    private static boolean anyDefined(Map<EngagementQuestion, EngagementShare> shares) {
      for (EngagementShare share : shares.values()) {
        if (share.agreePercent().isDefined()) {
          return true;
        }
      }
      return false;
    }

    /** The questions below the aim, the lowest share first. */
    private static List<Map.Entry<EngagementQuestion, EngagementShare>> below(
        Map<EngagementQuestion, EngagementShare> shares, double min) {
      // Loops rather than a stream: this runs for every reported group of every organization.
      List<Map.Entry<EngagementQuestion, EngagementShare>> below = new ArrayList<>();
      for (Map.Entry<EngagementQuestion, EngagementShare> e : shares.entrySet()) {
        Estimate agree = e.getValue().agreePercent();
        if (agree.isDefined() && agree.value() < min) {
          below.add(e);
        }
      }
      below.sort(LOWEST_SHARE_FIRST);
      return below;
    }

    /** Such as "say they know how they personally contribute to the vision (10 %)". */
    private static String shortfalls(List<Map.Entry<EngagementQuestion, EngagementShare>> below) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<EngagementQuestion, EngagementShare> e : below) {
        parts.add(claim(e.getKey()) + " (" + number(e.getValue().agreePercent().value(), 1) + " %)");
      }
      return String.join("; ", parts);
    }

    private static String claim(EngagementQuestion question) {
      return switch (question) {
        case CAN_STATE_VISION -> "say they can state the customer service vision";
        case KNOWS_WHAT_IT_MEANS -> "say they know what the vision means";
        case KNOWS_OWN_CONTRIBUTION -> "say they know how they personally contribute to the vision";
      };
    }

    private static String remedy(EngagementQuestion question) {
      return switch (question) {
        case CAN_STATE_VISION -> "Make the vision visible and repeated: open meetings with it, put it "
            + "where people work, and cover it in onboarding for every role.";
        case KNOWS_WHAT_IT_MEANS -> "Have leaders explain the vision with concrete examples of service "
            + "that lived up to it, and discuss in team meetings what it asks of the team.";
        case KNOWS_OWN_CONTRIBUTION -> "In one-on-ones, ask each person to describe how their job "
            + "supports the vision, and help those who cannot yet see the link.";
      };
    }
  }

  /**
   * Shared perception: respondents agree about a dimension, as a shared culture requires. A WARNING
   * when the organization-wide rwg(j) of the dimension is below {@link
   * RuleThresholds#sharedPerceptionMinRwgJ()}, with rwg(j), AD and SD as evidence. Not applicable when
   * the dimension was not measured or its rwg(j) is undefined (too few complete respondents).
   */
  static final class SharedPerception extends BaseRule {
    SharedPerception(Dimension dimension) {
      super(dimension.name() + ".SHARED_PERCEPTION", dimension,
          "Respondents share one perception of " + topic(dimension) + " (rwg(j) at or above the threshold).");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<PerceptionFigures> found = context.perceptions()
          .map(r -> r.dimensions().get(dimension()));
      if (found.isEmpty() || !found.get().rwgJ().isDefined()) {
        return RuleOutcome.notApplicable();
      }
      PerceptionFigures figures = found.get();
      double rwgJ = figures.rwgJ().value();
      double min = context.thresholds().sharedPerceptionMinRwgJ();
      if (rwgJ >= min) {
        return RuleOutcome.observations(List.of());
      }
      String d = dimension().name();
      String topic = topic(dimension());
      return RuleOutcome.observations(List.of(finding(Severity.WARNING,
          "No shared perception of " + topic + ": rwg(j) is " + fixed(rwgJ, 2) + ", below "
              + fixed(min, 2) + " (AD " + estimate(figures.ad(), 2) + ", SD " + estimate(figures.sd(), 2)
              + ", n = " + figures.n() + "); respondents see " + topic + " in very different ways.",
          "Find out where the views split before acting on the average score: compare the reported "
              + "groups, then hold focus groups across levels and departments on " + topic
              + " and agree on what good looks like.",
          List.of(Evidence.of(EvidenceSource.SURVEY, d + ".rwgJ", fixed(rwgJ, 2)),
              Evidence.of(EvidenceSource.SURVEY, d + ".ad", estimate(figures.ad(), 2)),
              Evidence.of(EvidenceSource.SURVEY, d + ".sd", estimate(figures.sd(), 2)),
              Evidence.of(EvidenceSource.SURVEY, d + ".n", String.valueOf(figures.n())),
              Evidence.of(EvidenceSource.POLICY, "sharedPerceptionMinRwgJ", fixed(min, 2))))));
    }
  }

  /**
   * Leaders and the frontline see a dimension alike. A WARNING for each {@code level} gap of the
   * dimension (a level against the frontline) whose absolute difference is at least {@link
   * RuleThresholds#perceptionGapPoints()} points, in either direction, with both groups, the
   * difference and its confidence interval as evidence. Not applicable when no level gap of the
   * dimension is reported or none has a defined difference.
   */
  static final class LevelGap extends BaseRule {
    LevelGap(Dimension dimension) {
      super(dimension.name() + ".PERCEPTION_GAP", dimension,
          "Each level rates " + topic(dimension) + " within the gap threshold of the frontline.");
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<PerceptionReport> found = context.perceptions();
      if (found.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      PerceptionReport report = found.get();
      List<PerceptionGap> gaps = levelGaps(report.gaps(), dimension());
      if (gaps.isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      double points = context.thresholds().perceptionGapPoints();
      List<Finding> findings = new ArrayList<>();
      for (PerceptionGap gap : gaps) {
        double difference = gap.difference().value();
        if (Math.abs(difference) >= points) {
          findings.add(gapFinding(report, gap, difference, points));
        }
      }
      return RuleOutcome.observations(findings);
    }

    /**
     * The dimension's level gaps with a difference. A method of its own because it scans every
     * gap of the report: kept apart from the findings' text, the JIT compiles that scan alone.
     */
    private static List<PerceptionGap> levelGaps(List<PerceptionGap> all, Dimension dimension) {
      List<PerceptionGap> gaps = new ArrayList<>();
      for (PerceptionGap gap : all) {
        if (gap.dimension() == dimension && Respondent.LEVEL.equals(gap.attribute()) && gap.difference().isDefined()) {
          gaps.add(gap);
        }
      }
      return gaps;
    }

    private Finding gapFinding(PerceptionReport report, PerceptionGap gap, double difference, double points) {
      String first = groupName(gap.attribute(), gap.first());
      String second = groupName(gap.attribute(), gap.second());
      String topic = topic(dimension());
      String d = dimension().name();
      String interval = gap.lower().isDefined() && gap.upper().isDefined()
          ? " (interval " + number(gap.lower().value(), 1) + " to " + number(gap.upper().value(), 1) + ")"
          : "";
      String message = capitalize(first) + " rate " + topic + " " + number(Math.abs(difference), 1)
          + " points " + (difference > 0 ? "above " : "below ") + second + interval
          + "; the two levels do not see the same culture.";
      String key = d + ".gap[" + gap.attribute() + "=" + gap.first() + "-" + gap.second() + "]";
      return finding(Severity.WARNING, message,
          "Show both levels the gap and find out what " + second + " see that " + first + " do not: "
              + "skip-level meetings and leaders working beside frontline staff, focused on " + topic
              + "; agree on changes and re-survey to see the gap close.",
          List.of(groupEvidence(report, gap.attribute(), gap.first()),
              groupEvidence(report, gap.attribute(), gap.second()),
              Evidence.of(EvidenceSource.SURVEY, key + ".difference", fixed(difference, 1)),
              Evidence.of(EvidenceSource.SURVEY, key + ".interval",
                  "[" + estimate(gap.lower(), 1) + ", " + estimate(gap.upper(), 1) + "]"),
              Evidence.of(EvidenceSource.SURVEY, key + ".p", estimate(gap.p(), 4)),
              Evidence.of(EvidenceSource.POLICY, "perceptionGapPoints", number(points, 1))));
    }

    private Evidence groupEvidence(PerceptionReport report, String attribute, String value) {
      String score = "reported";
      for (GroupPerception group : report.groups()) {
        if (group.attribute().equals(attribute) && group.value().equals(value)) {
          PerceptionFigures figures = group.dimensions().get(dimension());
          if (figures != null && figures.score().isDefined()) {
            score = dimension().name() + ".score=" + fixed(figures.score().value(), 1) + " (n=" + figures.n() + ")";
            break;
          }
        }
      }
      return Evidence.of(EvidenceSource.GROUP, attribute + "=" + value, score);
    }
  }
}
