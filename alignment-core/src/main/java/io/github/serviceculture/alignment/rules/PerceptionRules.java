package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.RuleText.estimate;
import static io.github.serviceculture.alignment.rules.RuleText.fixed;
import static io.github.serviceculture.alignment.rules.RuleText.number;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

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
    for (Dimension d : Dimension.values()) {
      rules.add(new KeyDriver(d));
    }
    return List.copyOf(rules);
  }

  /**
   * The survey rules in a fixed order: {@code VISION.ENGAGEMENT}, then {@code <DIM>.SHARED_PERCEPTION},
   * {@code <DIM>.PERCEPTION_GAP} and {@code <DIM>.KEY_DRIVER} for each dimension in declaration order.
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
   * how they personally contribute. Essential: the method asks every employee to answer the three
   * questions alike. At most two findings, both WARNING:
   *
   * <ul>
   *   <li>one for the organization as a whole, listing each question whose share of respondents who say
   *       they can answer it is below {@link RuleThresholds#engagementMinAgreePercent()};
   *   <li>one for the reported groups below it on any question, naming the worst three in its message
   *       with their lowest share, and giving every such group's shares in its evidence, worst group first (the group whose lowest
   *       share is lowest; ties by attribute, then value): a department that does not see itself in
   *       the vision, such as accounting or IT, is a misalignment even when the average looks fine,
   *       and many such groups are one problem with one remedy, not one finding each.
   * </ul>
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
      // One finding for the organization, listing every question it falls short on, so that missing
      // all three reads as one problem rather than three; the groups below share one more finding.
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
        findings.add(finding(Severity.WARNING, "ORGANIZATION_BELOW", Map.of("aimPercent", min,
            "shortfalls", shortfalls(below), "worstQuestion", below.get(0).getKey()), evidence));
      }
      List<GroupShortfall> groupsBelow = new ArrayList<>();
      int groupsMeasured = 0;
      for (GroupPerception group : report.groups()) {
        if (!anyDefined(group.engagement())) {
          continue;
        }
        measured = true;
        groupsMeasured++;
        List<Map.Entry<EngagementQuestion, EngagementShare>> groupBelow = below(group.engagement(), min);
        if (!groupBelow.isEmpty()) {
          groupsBelow.add(new GroupShortfall(group, groupBelow));
        }
      }
      if (!groupsBelow.isEmpty()) {
        groupsBelow.sort(WORST_GROUP_FIRST);
        findings.add(groupsFinding(groupsBelow, groupsMeasured, min, threshold));
      }
      return measured ? RuleOutcome.observations(findings) : RuleOutcome.notApplicable();
    }

    /** A reported group and its questions below the aim, the lowest share first. */
    private record GroupShortfall(GroupPerception group,
        List<Map.Entry<EngagementQuestion, EngagementShare>> below) {
      double lowest() {
        return below.get(0).getValue().agreePercent().value();
      }
    }

    private static final Comparator<GroupShortfall> WORST_GROUP_FIRST =
        Comparator.comparingDouble(GroupShortfall::lowest)
            .thenComparing(g -> g.group().attribute()).thenComparing(g -> g.group().value());

    /** The groups' one finding, which names at most this many of them in its message. */
    private static final int GROUPS_NAMED = 3;

    /** The finding of every group below the aim, worst first; a method of its own, apart from the loop over groups. */
    private Finding groupsFinding(List<GroupShortfall> groups, int measured, double min, Evidence threshold) {
      List<Evidence> evidence = new ArrayList<>();
      List<String> named = new ArrayList<>();
      for (GroupShortfall shortfall : groups) {
        GroupPerception group = shortfall.group();
        for (Map.Entry<EngagementQuestion, EngagementShare> e : shortfall.below()) {
          evidence.add(Evidence.of(EvidenceSource.GROUP, group.attribute() + "=" + group.value(),
              "engagement." + e.getKey().name() + ".agreePercent=" + number(e.getValue().agreePercent().value(), 1)
                  + " (n=" + e.getValue().n() + ")"));
        }
        if (named.size() < GROUPS_NAMED) {
          // The group's lowest share only: the evidence has the others.
          Map.Entry<EngagementQuestion, EngagementShare> lowest = shortfall.below().get(0);
          int others = shortfall.below().size() - 1;
          named.add(groupName(group.attribute(), group.value()) + " (" + claim(lowest.getKey()) + ": "
              + number(lowest.getValue().agreePercent().value(), 1) + " %"
              + (others == 0 ? "" : others == 1 ? ", and 1 other question" : ", and " + others + " other questions")
              + ")");
        }
      }
      evidence.add(threshold);
      int count = groups.size();
      GroupShortfall worst = groups.get(0);
      Map<String, Object> parameters = new HashMap<>(Map.of("aimPercent", min, "groupCount", count,
          "groupsMeasured", measured, "groups", String.join("; ", named),
          "worstGroup", groupName(worst.group().attribute(), worst.group().value()),
          "worstQuestion", worst.below().get(0).getKey()));
      if (count > named.size()) {
        parameters.put("moreCount", count - named.size());
      }
      // The messages are worded to sort after the organization-wide finding ("Across the
      // organization..."), which the engine orders by message within a rule.
      return finding(Severity.WARNING, count == 1 ? "ONE_GROUP_BELOW" : "GROUPS_BELOW", parameters, evidence);
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

  }

  /**
   * Shared perception: respondents agree about a dimension, as a shared culture requires. Essential
   * (a culture people do not agree on is not shared; the 0.70 cut-off is organizational research's,
   * not the method's). A WARNING
   * when the organization-wide rwg(j) of the dimension is below {@link
   * RuleThresholds#sharedPerceptionMinRwgJ()}, with rwg(j), AD and SD as evidence. Not applicable when
   * the dimension was not measured or its rwg(j) is undefined (too few complete respondents).
   *
   * <p>A dimension measured by one item has the single-item rwg in place of rwg(j), judged against the
   * same cut-off, as LeBreton and Senter (2008) apply 0.70 to both. rwg(j) grows with the number of
   * items for the same item variances (it is rwg stepped up by Spearman-Brown), so a single item reaches
   * 0.70 only when its answers vary little (on five options with the uniform null, a variance of 0.6 or
   * less): the finding fires more often for single items, and that is the measure's weakness, not the
   * rule's. On lq2002, LEAD05 alone is below 0.70 in 47 of 49 companies while the eleven items' rwg(j)
   * is above it in all of them.
   */
  static final class SharedPerception extends ThresholdRule {
    SharedPerception(Dimension dimension) {
      super(dimension.name() + ".SHARED_PERCEPTION", dimension,
          "Respondents share one perception of " + topic(dimension) + " (rwg(j) at or above the threshold).",
          Importance.ESSENTIAL, true, true);
    }

    @Override
    protected OptionalDouble figure(RuleContext context) {
      Estimate rwgJ = context.perceptions().map(r -> r.dimensions().get(dimension()))
          .map(PerceptionFigures::rwgJ).orElse(null);
      return rwgJ != null && rwgJ.isDefined() ? OptionalDouble.of(rwgJ.value()) : OptionalDouble.empty();
    }

    @Override
    protected double threshold(RuleThresholds thresholds) {
      return thresholds.sharedPerceptionMinRwgJ();
    }

    @Override
    protected Finding miss(double rwgJ, double min, RuleContext context) {
      PerceptionFigures figures = context.perceptions().orElseThrow().dimensions().get(dimension());
      String d = dimension().name();
      return finding(Severity.WARNING, "LOW_AGREEMENT",
          Map.of("topic", topic(dimension()), "rwgJ", rwgJ, "minRwgJ", min, "ad", estimate(figures.ad(), 2),
              "sd", estimate(figures.sd(), 2), "n", figures.n()),
          List.of(Evidence.of(EvidenceSource.SURVEY, d + ".rwgJ", fixed(rwgJ, 2)),
              Evidence.of(EvidenceSource.SURVEY, d + ".ad", estimate(figures.ad(), 2)),
              Evidence.of(EvidenceSource.SURVEY, d + ".sd", estimate(figures.sd(), 2)),
              Evidence.of(EvidenceSource.SURVEY, d + ".n", String.valueOf(figures.n())),
              Evidence.of(EvidenceSource.POLICY, "sharedPerceptionMinRwgJ", fixed(min, 2))));
    }
  }

  /**
   * Leaders and the frontline see a dimension alike. Essential: the method's leaders must see the
   * culture the frontline lives. One WARNING for the dimension when any {@code level} gap of it (a
   * level against the frontline) has an absolute difference of at least {@link
   * RuleThresholds#perceptionGapPoints()} points, in either direction. Its message names every such
   * gap, the largest first (ties by the levels' values), and its evidence gives, gap by gap, both
   * groups (each once), the difference, its confidence interval and p. Not applicable when no level
   * gap of the dimension is reported or none has a defined difference.
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
      List<PerceptionGap> wide = new ArrayList<>();
      for (PerceptionGap gap : gaps) {
        if (Math.abs(gap.difference().value()) >= points) {
          wide.add(gap);
        }
      }
      if (wide.isEmpty()) {
        return RuleOutcome.observations(List.of());
      }
      wide.sort(LARGEST_FIRST);
      return RuleOutcome.observations(List.of(gapsFinding(report, wide, points)));
    }

    private static final Comparator<PerceptionGap> LARGEST_FIRST =
        Comparator.comparingDouble((PerceptionGap g) -> -Math.abs(g.difference().value()))
            .thenComparing(PerceptionGap::first).thenComparing(PerceptionGap::second);

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

    /** The dimension's one finding for its gaps at or beyond the threshold, the largest first. */
    private Finding gapsFinding(PerceptionReport report, List<PerceptionGap> gaps, double points) {
      String topic = topic(dimension());
      String d = dimension().name();
      List<String> sentences = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      Set<String> groupsGiven = new HashSet<>();
      for (PerceptionGap gap : gaps) {
        double difference = gap.difference().value();
        String first = groupName(gap.attribute(), gap.first());
        String second = groupName(gap.attribute(), gap.second());
        String interval = gap.lower().isDefined() && gap.upper().isDefined()
            ? " (interval " + number(gap.lower().value(), 1) + " to " + number(gap.upper().value(), 1) + ")"
            : "";
        sentences.add((sentences.isEmpty() ? capitalize(first) : first) + " rate " + topic + " "
            + number(Math.abs(difference), 1) + " points " + (difference > 0 ? "above " : "below ") + second
            + interval);
        for (String value : List.of(gap.first(), gap.second())) {
          if (groupsGiven.add(value)) {
            evidence.add(groupEvidence(report, gap.attribute(), value));
          }
        }
        String key = d + ".gap[" + gap.attribute() + "=" + gap.first() + "-" + gap.second() + "]";
        evidence.add(Evidence.of(EvidenceSource.SURVEY, key + ".difference", fixed(difference, 1)));
        evidence.add(Evidence.of(EvidenceSource.SURVEY, key + ".interval",
            "[" + estimate(gap.lower(), 1) + ", " + estimate(gap.upper(), 1) + "]"));
        evidence.add(Evidence.of(EvidenceSource.SURVEY, key + ".p", estimate(gap.p(), 4)));
      }
      evidence.add(Evidence.of(EvidenceSource.POLICY, "perceptionGapPoints", number(points, 1)));
      PerceptionGap largest = gaps.get(0);
      String first = groupName(largest.attribute(), largest.first());
      String second = groupName(largest.attribute(), largest.second());
      return finding(Severity.WARNING, gaps.size() == 1 ? "WIDE_GAP" : "WIDE_GAPS",
          Map.of("gaps", String.join("; ", sentences), "topic", topic, "first", first, "second", second), evidence);
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
  /**
   * A key driver: a dimension that accounts for more of the outcome than an even split of R² among
   * the analysed dimensions (relative LMG share at least 1 / p) while its perception score is below
   * the mean score of those dimensions: the quadrant of high importance and low performance of an
   * importance-performance analysis (Martilla and James 1977), whose cross-hairs are the means.
   * Improving such a dimension is where the outcome has the most to gain. Advisory: a figure of this
   * library's own, not a criterion of the method; one INFO finding, which the engine always puts
   * among the report's priorities. Not applicable without a drivers analysis with defined shares and
   * a perception score for every analysed dimension.
   */
  static final class KeyDriver extends BaseRule {
    KeyDriver(Dimension dimension) {
      super(dimension.name() + ".KEY_DRIVER", dimension,
          "When " + topic(dimension) + " drives the outcome more than an even share, it does not score below the"
              + " average dimension.", Importance.ADVISORY);
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
      Optional<PerceptionReport> found = context.perceptions();
      if (found.isEmpty() || found.get().drivers().isEmpty()) {
        return RuleOutcome.notApplicable();
      }
      PerceptionReport report = found.get();
      Drivers drivers = report.drivers().get();
      DriverFigures mine = drivers.dimensions().get(dimension());
      if (mine == null || !mine.relativeShare().isDefined() || !drivers.rSquared().isDefined()) {
        return RuleOutcome.notApplicable();
      }
      double sum = 0;
      for (Dimension d : drivers.dimensions().keySet()) {
        PerceptionFigures figures = report.dimensions().get(d);
        if (figures == null || !figures.score().isDefined()) {
          return RuleOutcome.notApplicable();
        }
        sum += figures.score().value();
      }
      int p = drivers.dimensions().size();
      double mean = sum / p;
      double evenShare = 1.0 / p;
      double score = report.dimensions().get(dimension()).score().value();
      double relative = mine.relativeShare().value();
      if (relative < evenShare || score >= mean) {
        return RuleOutcome.observations(List.of());
      }
      String d = dimension().name();
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("topic", topic(dimension()));
      parameters.put("outcome", drivers.outcome());
      parameters.put("sharePercent", 100 * relative);
      parameters.put("evenPercent", 100 * evenShare);
      parameters.put("rSquared", drivers.rSquared().value());
      parameters.put("lower", estimate(mine.shareLower(), 3));
      parameters.put("upper", estimate(mine.shareUpper(), 3));
      parameters.put("score", score);
      parameters.put("meanScore", mean);
      return RuleOutcome.observations(List.of(finding(Severity.INFO, "HIGH_IMPORTANCE_LOW_SCORE", parameters,
          List.of(Evidence.of(EvidenceSource.SURVEY, d + ".drivers.relativeShare", fixed(relative, 3)),
              Evidence.of(EvidenceSource.SURVEY, d + ".drivers.share", estimate(mine.share(), 3)),
              Evidence.of(EvidenceSource.SURVEY, d + ".drivers.shareLower", estimate(mine.shareLower(), 3)),
              Evidence.of(EvidenceSource.SURVEY, d + ".drivers.shareUpper", estimate(mine.shareUpper(), 3)),
              Evidence.of(EvidenceSource.SURVEY, "drivers.rSquared", fixed(drivers.rSquared().value(), 3)),
              Evidence.of(EvidenceSource.SURVEY, "drivers.respondents",
                  String.valueOf(drivers.respondents().orElseThrow())),
              Evidence.of(EvidenceSource.SURVEY, d + ".score", fixed(score, 1))))));
    }
  }
}
