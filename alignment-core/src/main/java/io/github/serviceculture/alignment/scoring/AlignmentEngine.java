package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.perception.Reported;
import io.github.serviceculture.alignment.rules.BuiltInRules;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Importance;
import io.github.serviceculture.alignment.rules.Rule;
import io.github.serviceculture.alignment.rules.RuleContext;
import io.github.serviceculture.alignment.rules.RuleOutcome;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link Assessment} into an {@link AlignmentReport}.
 *
 * <p>Made once from a {@link ScoringPolicy} and a list of rules, the engine is immutable and
 * thread-safe: share one instance. {@link #assess(Assessment)} is a pure function of the assessment:
 * deterministic, without I/O and without reading the clock. It works with practices only,
 * perceptions only, or both.
 *
 * <p>Logging: at debug level, counts and timings only; never an answer, a respondent id or free text.
 *
 * @since 0.1.0
 */
public final class AlignmentEngine {
  private static final Logger LOG = LoggerFactory.getLogger(AlignmentEngine.class);
  private static final String LIBRARY_VERSION = readVersion();
  private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::dimension).thenComparing(Finding::ruleId).thenComparing(Finding::message);
  private static final AlignmentEngine DEFAULT = of(ScoringPolicy.defaults());

  private final ScoringPolicy policy;
  private final List<Rule> rules;
  private final PerceptionScorer perceptionScorer;
  private final String fingerprint;

  private AlignmentEngine(ScoringPolicy policy, List<Rule> rules, PerceptionScorer perceptionScorer) {
    this.policy = policy;
    this.rules = rules;
    this.perceptionScorer = perceptionScorer;
    this.fingerprint = fingerprint(policy, rules);
  }

  /**
   * Returns an engine with the default policy and the built-in rules.
   *
   * @return the engine
   */
  public static AlignmentEngine withDefaults() {
    return DEFAULT;
  }

  /**
   * Returns an engine with the built-in rules, minus those the policy disables.
   *
   * @param policy the scoring policy
   * @return the engine
   * @throws InvalidValueException if the policy disables an id that is not a built-in rule
   */
  public static AlignmentEngine of(ScoringPolicy policy) {
    return of(Checks.notNull("AlignmentEngine", "policy", policy), BuiltInRules.all());
  }

  /**
   * Returns an engine that evaluates exactly the given rules, minus those the policy disables. To add
   * rules of your own to the built-in ones, pass both: {@code concat(BuiltInRules.all(), mine)}.
   *
   * @param policy the scoring policy
   * @param rules the rules, in evaluation order
   * @return the engine
   * @throws InvalidValueException if two rules share an id, or the policy disables an id that is
   *     not among the rules
   */
  public static AlignmentEngine of(ScoringPolicy policy, List<? extends Rule> rules) {
    Checks.notNull("AlignmentEngine", "policy", policy);
    Checks.notNull("AlignmentEngine", "rules", rules);
    Set<String> ids = new HashSet<>();
    List<Rule> enabled = new ArrayList<>();
    for (Rule rule : rules) {
      Checks.require(ids.add(rule.id()), "AlignmentEngine", "rules", rule.id(), "must not repeat a rule id");
      if (!policy.disabledRules().contains(rule.id())) {
        enabled.add(rule);
      }
    }
    for (String disabled : new TreeSet<>(policy.disabledRules())) {
      Checks.require(ids.contains(disabled), "ScoringPolicy", "disabledRules", disabled,
          "must name a rule the engine evaluates");
    }
    return new AlignmentEngine(policy, List.copyOf(enabled), PerceptionScorer.of(policy.perception()));
  }

  /** The perception scorer, for the comparison of waves to open ledgers with this engine's key. */
  PerceptionScorer perceptionScorer() {
    return perceptionScorer;
  }

  /**
   * Returns an engine like this one that seals a {@link
   * io.github.serviceculture.alignment.perception.ReleaseLedger ledger} into every report with
   * perceptions, and checks an assessment's {@linkplain Assessment#previousRelease() previous
   * release} with the same key.
   *
   * @param key the caller's release key; not null
   * @return the engine
   * @throws InvalidValueException if {@code key} is null
   */
  public AlignmentEngine withReleaseKey(ReleaseKey key) {
    return new AlignmentEngine(policy, rules,
        perceptionScorer.withReleaseKey(Checks.notNull("AlignmentEngine", "releaseKey", key)));
  }

  /**
   * Returns an engine like this one whose reports carry the full {@link
   * io.github.serviceculture.alignment.perception.Psychometrics psychometrics} (reliability
   * coefficients, item analysis, further agreement indices) in the organization's figures of each
   * dimension, for researchers; every other figure, finding and release decision stays as it is.
   * Reports without it are as small as before.
   *
   * @return the engine
   */
  public AlignmentEngine withPsychometrics() {
    return new AlignmentEngine(policy, rules, perceptionScorer.withPsychometrics());
  }

  /**
   * The policy this engine applies.
   *
   * @return the policy
   */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * The rules this engine evaluates, in order.
   *
   * @return the enabled rules
   */
  public List<Rule> rules() {
    return rules;
  }

  private PerceptionReport perceptions(Assessment assessment, ResponseSet responses) {
    if (assessment.headcounts().isPresent()) {
      Headcounts headcounts = assessment.headcounts().get();
      return assessment.previousRelease().map(previous -> perceptionScorer.score(responses, previous, headcounts))
          .orElseGet(() -> perceptionScorer.score(responses, headcounts));
    }
    return assessment.previousRelease().map(previous -> perceptionScorer.score(responses, previous))
        .orElseGet(() -> perceptionScorer.score(responses));
  }

  /**
   * Assesses an organization.
   *
   * @param assessment the practices, survey, or both
   * @return the report
   * @throws IllegalStateException if a rule returns a finding under another rule's id, or an
   *     {@linkplain Importance#ADVISORY advisory} rule returns one more severe than INFO
   */
  public AlignmentReport assess(Assessment assessment) {
    long started = System.nanoTime();
    Optional<PerceptionReport> perceptions = assessment.responses().map(responses -> perceptions(assessment,
        responses));
    RuleContext context = RuleContext.builder()
        .practices(assessment.practices().map(AlignmentEngine::canonical))
        .perceptions(perceptions)
        .thresholds(policy.thresholds())
        .assessedOn(assessment.assessedOn())
        .build();

    // The loops are in methods of their own: the JIT compiled this method once per loop (on-stack
    // replacement) with everything after the loop inlined, and then once more as a whole.
    Map<Dimension, double[]> compliance = new EnumMap<>(Dimension.class);
    List<Finding> findings = evaluate(context, compliance);
    findings.sort(FINDING_ORDER);
    List<DimensionResult> dimensions = dimensionResults(compliance, perceptions, findings);

    AlignmentReport report = AlignmentReport.builder()
        .metadata(metadata(assessment, perceptions))
        .dimensions(dimensions)
        .alignmentIndex(index(dimensions))
        .weakestDimension(weakest(dimensions))
        .findings(findings)
        .priorities(priorities(findings, dimensions))
        .perceptions(perceptions)
        .build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("Assessed with {} rules and {} respondents: {} findings in {} µs", rules.size(),
          report.metadata().respondentCount(), findings.size(), (System.nanoTime() - started) / 1_000);
    }
    return report;
  }

  /**
   * Runs every rule: their findings, and per dimension into {@code compliance} the weighted sum of
   * the essential rules' compliance, the sum of their weights and their count.
   *
   * @throws IllegalStateException if a rule returns a finding under another rule's id, or one more
   *     severe than its importance allows
   */
  private List<Finding> evaluate(RuleContext context, Map<Dimension, double[]> compliance) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      RuleOutcome outcome = rule.evaluate(context);
      Importance importance = rule.importance();
      for (Finding finding : outcome.findings()) {
        if (!finding.ruleId().equals(rule.id())) {
          throw new IllegalStateException("Rule " + rule.id() + " returned a finding of rule " + finding.ruleId());
        }
        if (finding.severity().compareTo(importance.mostSevere()) < 0) {
          throw new IllegalStateException("Rule " + rule.id() + " is " + importance + " but returned a "
              + finding.severity() + " finding; the most severe it may raise is " + importance.mostSevere());
        }
      }
      findings.addAll(outcome.findings());
      int weight = importance.weight();
      if (outcome.applicable() && outcome.compliance().isPresent() && weight > 0) {
        double[] sumAndWeight = compliance.computeIfAbsent(rule.dimension(), d -> new double[3]);
        sumAndWeight[0] += weight * outcome.compliance().getAsDouble();
        sumAndWeight[1] += weight;
        sumAndWeight[2]++;
      }
    }
    return findings;
  }

  private List<DimensionResult> dimensionResults(Map<Dimension, double[]> compliance,
      Optional<PerceptionReport> perceptions, List<Finding> findings) {
    List<DimensionResult> dimensions = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      dimensions.add(dimensionResult(dimension, compliance.get(dimension),
          perceptions.map(p -> p.dimension(dimension))
              .orElse(Reported.notReported(NotReportedReason.NO_DATA)), findings));
    }
    return dimensions;
  }

  /**
   * The organization with its goals in a canonical order, so that compliance sums (floating point)
   * and findings do not depend on the order in which goals were listed.
   */
  private static Organization canonical(Organization organization) {
    if (organization.goals().size() < 2) {
      // Nothing to order, and an empty list must stay unrecorded rather than become "none".
      return organization;
    }
    List<Goal> goals = new ArrayList<>(organization.goals());
    goals.sort(Comparator.comparing(Goal::statement).thenComparing(Goal::toString));
    return organization.withGoals(goals);
  }

  private DimensionResult dimensionResult(Dimension dimension, double[] compliance,
      Reported<PerceptionFigures> reported, List<Finding> findings) {
    Optional<PerceptionFigures> figures = reported.value();
    int applied = compliance == null ? 0 : (int) compliance[2];
    Estimate practice = applied == 0
        ? Estimate.undefined(UndefinedReason.NO_DATA)
        : Estimate.of(100 * compliance[0] / compliance[1]);
    Estimate noSurvey = Estimate.undefined(UndefinedReason.NO_DATA);
    Estimate perception = figures.map(PerceptionFigures::score).orElse(noSurvey);
    Estimate alignment;
    if (practice.isDefined() && perception.isDefined()) {
      double w = policy.practiceWeight();
      alignment = Estimate.of(w * practice.value() + (1 - w) * perception.value());
    } else {
      alignment = practice.isDefined() ? practice : perception;
    }
    boolean essentialFailed = false;
    int count = 0;
    for (Finding f : findings) {
      if (f.dimension() == dimension) {
        count++;
        essentialFailed |= f.severity() != Severity.INFO;
      }
    }
    return DimensionResult.builder()
        .dimension(dimension)
        .practiceScore(practice)
        .perceptionScore(perception)
        .perceptionNotReported(reported.reason())
        .perceptionFavourableShare(figures.flatMap(PerceptionFigures::favourableShare))
        .reliability(figures.map(PerceptionFigures::alpha).orElse(noSurvey))
        .agreement(figures.map(PerceptionFigures::rwgJ).orElse(noSurvey))
        .alignmentScore(alignment)
        .band(alignment.isDefined() ? Optional.of(band(alignment.value(), essentialFailed)) : Optional.empty())
        .practiceRulesApplied(applied)
        .respondents(figures.map(PerceptionFigures::n).orElse(0))
        .findingCount(count)
        .build();
  }

  /**
   * A failed essential criterion (a warning or critical finding: advisory rules raise INFO at most)
   * keeps a dimension out of the aligned band, whatever its score: the dimension is as aligned as its
   * weakest essential point allows.
   */
  private Band band(double score, boolean essentialFailed) {
    if (score >= policy.alignedAt()) {
      return essentialFailed ? Band.DRIFTING : Band.ALIGNED;
    }
    return score >= policy.driftingAt() ? Band.DRIFTING : Band.MISALIGNED;
  }

  private Estimate index(List<DimensionResult> dimensions) {
    double sum = 0;
    double weight = 0;
    for (DimensionResult d : dimensions) {
      if (d.alignmentScore().isDefined()) {
        double w = policy.weightOf(d.dimension());
        sum += w * d.alignmentScore().value();
        weight += w;
      }
    }
    return weight > 0 ? Estimate.of(sum / weight) : Estimate.undefined(UndefinedReason.NO_DATA);
  }

  private static Optional<Dimension> weakest(List<DimensionResult> dimensions) {
    return dimensions.stream().filter(d -> d.alignmentScore().isDefined())
        .min(Comparator.comparingDouble((DimensionResult d) -> d.alignmentScore().value()))
        .map(DimensionResult::dimension);
  }

  /** The id suffix of the key-driver rules, whose first finding always joins the priorities. */
  private static final String KEY_DRIVER = ".KEY_DRIVER";

  private static List<Finding> priorities(List<Finding> findings, List<DimensionResult> dimensions) {
    Map<Dimension, Double> score = new EnumMap<>(Dimension.class);
    dimensions.forEach(d -> score.put(d.dimension(), d.alignmentScore().orElse(Double.MAX_VALUE)));
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparing(Finding::severity)
        .thenComparing(f -> score.get(f.dimension()))
        .thenComparing(Finding::dimension).thenComparing(Finding::ruleId).thenComparing(Finding::message));
    List<Finding> top = new ArrayList<>();
    Set<String> rulesTaken = new HashSet<>();
    for (Finding f : ordered) {
      if (top.size() == 3) {
        break;
      }
      if (rulesTaken.add(f.ruleId())) {
        top.add(f);
      }
    }
    // A key driver is advice (INFO), yet it says where an improvement pays most: the first one, of
    // the weakest dimension, always takes a place, the last, among the three.
    Optional<Finding> keyDriver = ordered.stream().filter(f -> f.ruleId().endsWith(KEY_DRIVER)).findFirst();
    if (keyDriver.isPresent() && !top.contains(keyDriver.get())) {
      if (top.size() == 3) {
        top.remove(2);
      }
      top.add(keyDriver.get());
    }
    return top;
  }

  private ReportMetadata metadata(Assessment assessment, Optional<PerceptionReport> perceptions) {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.id()));
    return ReportMetadata.builder()
        .libraryVersion(LIBRARY_VERSION)
        .organization(assessment.practices().map(o -> o.name()))
        .assessedOn(assessment.assessedOn())
        .instrumentId(perceptions.map(PerceptionReport::instrumentId))
        .instrumentVersion(perceptions.map(PerceptionReport::instrumentVersion))
        .instrumentFingerprint(perceptions.flatMap(p -> assessment.responses().map(r -> r.instrument().fingerprint())))
        .policyFingerprint(fingerprint)
        .rulesEvaluated(ids)
        .respondentCount(perceptions.map(PerceptionReport::respondentCount).orElse(0))
        .build();
  }

  /** Hashes a canonical text of the policy (collections sorted) and the rule ids in order. */
  private static String fingerprint(ScoringPolicy policy, List<Rule> rules) {
    StringBuilder text = new StringBuilder()
        .append(policy.perception()).append('|')
        .append(policy.thresholds()).append('|')
        .append(policy.practiceWeight()).append('|')
        .append(policy.alignedAt()).append('|')
        .append(policy.driftingAt()).append('|')
        .append(new TreeMap<>(policy.dimensionWeights())).append('|')
        .append(new TreeSet<>(policy.disabledRules())).append('|');
    rules.forEach(r -> text.append(r.id()).append(','));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static String readVersion() {
    try (InputStream in = AlignmentEngine.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
