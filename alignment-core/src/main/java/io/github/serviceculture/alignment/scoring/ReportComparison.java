package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.EvidenceSource;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.FindingText;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Two waves of one organization's survey compared: per dimension, for the organization and for every
 * group reported in both waves, the {@link Change change} of score with its interval, Cohen's d and
 * a verdict by a {@link MeaningfulChange rule}; the same per item ({@link #itemChanges()}); the
 * dimensions and items that cannot be compared and why; and findings for the meaningful declines and
 * improvements of dimensions.
 *
 * <p><b>Same instrument.</b> Reports carry the instrument's id, version and content fingerprint
 * ({@link ReportMetadata#instrumentFingerprint()}, from report format 1.5) but not its items, so the
 * two instruments are given beside the reports, and each must be the one its report was scored with:
 * the same id and version, and the same fingerprint when the report records one ({@link
 * #sameInstrument()} says whether the two waves' are equal). A dimension is compared only when both instruments have the same scale
 * (lowest and highest option, labels) and the same scale items for it: the same ids with the same
 * text, reverse keying and weight (the order they are shown in does not matter). The id and version
 * may differ between the waves: a new version that leaves a dimension's items alone keeps that
 * dimension comparable. Every other measured dimension is in {@link #notComparable()} with its
 * reason, never compared.
 *
 * <p><b>Items.</b> An item is compared when both instruments have it as a scale item with the same
 * id, text, reverse keying and dimension, on the same scale, and both reports give its figures with
 * their SD ({@link ItemResult#sd()}, from report format 1.5); every other scale item of either
 * instrument is in {@link #itemsNotComparable()} with its reason. An unchanged item is compared even
 * when another item of its dimension changed, which makes the dimension not comparable: the
 * question and its answers are the same, though the respondents counted (those who answered every
 * item of the dimension) are then defined by other item lists in the two waves. The weight of an
 * item does not enter its figures and may change. Item changes give no findings: findings are one
 * per dimension and direction, and one per item would multiply the priorities by the items of each
 * dimension; the items stand in the comparison's tables beside the dimensions' findings.
 *
 * <p><b>Confidentiality.</b> Only figures that both reports release are compared: the organization's,
 * and those of each group with figures for the dimension (or item figures for the item) in both
 * waves. A group suppressed in either
 * wave does not appear at all, not even as not comparable. A change between two released figures,
 * and its interval from their released n, mean and SD, tell nothing that the two reports do not.
 * {@link #ofAssessments} computes the figures itself, so it releases only what the engine would
 * release in both waves and across them: it scores the later wave with the earlier wave's
 * {@linkplain ReleaseLedger ledger} as its previous release (or with the later wave's own, which
 * must record the earlier wave's), so that a figure of the later wave whose difference with one of
 * the earlier wave would single someone out is hidden, and then compares as above.
 *
 * <p><b>Organization.</b> The two reports must name the same organization when both name one.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportComparison {
  /** The rule id suffix of the comparison's findings: {@code <DIMENSION>.WAVE_CHANGE}. */
  public static final String RULE_SUFFIX = "WAVE_CHANGE";

  private static final String TYPE = "ReportComparison";
  private static final FindingText ENGLISH = FindingText.builtIn(Locale.ROOT);
  private static final ReleaseKey CALL_KEY = ReleaseKey.of(new byte[ReleaseKey.MINIMUM_LENGTH]);

  private final ReportMetadata before;
  private final ReportMetadata after;
  private final MeaningfulChange rule;
  private final List<Change> changes;
  private final Map<Dimension, NotComparableReason> notComparable;
  private final List<Change> itemChanges;
  private final Map<String, NotComparableReason> itemsNotComparable;
  private final Map<String, Dimension> itemDimensions;
  private final List<Finding> findings;

  private ReportComparison(ReportMetadata before, ReportMetadata after, MeaningfulChange rule,
      List<Change> changes, Map<Dimension, NotComparableReason> notComparable, List<Change> itemChanges,
      Map<String, NotComparableReason> itemsNotComparable, Map<String, Dimension> itemDimensions,
      List<Finding> findings) {
    this.before = before;
    this.after = after;
    this.rule = rule;
    this.changes = changes;
    this.notComparable = notComparable;
    this.itemChanges = itemChanges;
    this.itemsNotComparable = itemsNotComparable;
    this.itemDimensions = itemDimensions;
    this.findings = findings;
  }

  /**
   * Compares two reports by the default rule ({@link MeaningfulChange#withDefaults()}).
   *
   * @param before the earlier wave's report
   * @param beforeInstrument the instrument the earlier report was scored with
   * @param after the later wave's report
   * @param afterInstrument the instrument the later report was scored with
   * @return the comparison
   * @throws InvalidValueException as {@link #of(AlignmentReport, Instrument, AlignmentReport,
   *     Instrument, MeaningfulChange)}
   */
  public static ReportComparison of(AlignmentReport before, Instrument beforeInstrument,
      AlignmentReport after, Instrument afterInstrument) {
    return of(before, beforeInstrument, after, afterInstrument, MeaningfulChange.withDefaults());
  }

  /**
   * Compares two reports.
   *
   * @param before the earlier wave's report
   * @param beforeInstrument the instrument the earlier report was scored with
   * @param after the later wave's report
   * @param afterInstrument the instrument the later report was scored with
   * @param rule when a change is meaningful
   * @return the comparison
   * @throws InvalidValueException if an argument is null, a report has no perceptions, an
   *     instrument is not the one its report names, or the reports name different organizations
   */
  public static ReportComparison of(AlignmentReport before, Instrument beforeInstrument,
      AlignmentReport after, Instrument afterInstrument, MeaningfulChange rule) {
    Checks.notNull(TYPE, "before", before);
    Checks.notNull(TYPE, "beforeInstrument", beforeInstrument);
    Checks.notNull(TYPE, "after", after);
    Checks.notNull(TYPE, "afterInstrument", afterInstrument);
    Checks.notNull(TYPE, "rule", rule);
    PerceptionReport first = perceptions(before, beforeInstrument, "before");
    PerceptionReport second = perceptions(after, afterInstrument, "after");
    fingerprint(before, beforeInstrument, "before");
    fingerprint(after, afterInstrument, "after");
    Optional<String> a = before.metadata().organization();
    Optional<String> b = after.metadata().organization();
    if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
      // Organization names are not confidential, but the message needs neither.
      throw new InvalidValueException(TYPE, "after.metadata.organization", "another organization",
          "must be the organization of the before report");
    }
    boolean sameScale = sameScale(beforeInstrument.scale(), afterInstrument.scale());
    double pointsPerUnit = 100.0 / (afterInstrument.scale().highest() - afterInstrument.scale().lowest());
    List<Change> changes = new ArrayList<>();
    Map<Dimension, NotComparableReason> notComparable = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      List<Item> itemsBefore = beforeInstrument.scaleItems(dimension);
      List<Item> itemsAfter = afterInstrument.scaleItems(dimension);
      if (itemsBefore.isEmpty() && itemsAfter.isEmpty()) {
        continue;
      }
      NotComparableReason reason = itemsBefore.isEmpty() || itemsAfter.isEmpty()
          ? NotComparableReason.NOT_MEASURED_IN_BOTH
          : !sameScale ? NotComparableReason.SCALE_CHANGED
          : !sameItems(itemsBefore, itemsAfter) ? NotComparableReason.ITEMS_CHANGED : null;
      if (reason != null) {
        notComparable.put(dimension, reason);
        continue;
      }
      PerceptionFigures orgBefore = first.dimensions().get(dimension);
      PerceptionFigures orgAfter = second.dimensions().get(dimension);
      if (orgBefore == null || orgAfter == null) {
        notComparable.put(dimension, NotComparableReason.NOT_REPORTED_IN_BOTH);
      } else {
        changes.add(Change.of(dimension, null, null, orgBefore, orgAfter, pointsPerUnit, rule));
      }
      Map<List<String>, PerceptionFigures> groupsBefore = groupFigures(first, dimension);
      for (Map.Entry<List<String>, PerceptionFigures> e : groupFigures(second, dimension).entrySet()) {
        PerceptionFigures earlier = groupsBefore.get(e.getKey());
        if (earlier != null) {
          changes.add(Change.of(dimension, e.getKey().get(0), e.getKey().get(1), earlier, e.getValue(),
              pointsPerUnit, rule));
        }
      }
    }
    List<Change> itemChanges = new ArrayList<>();
    Map<String, NotComparableReason> itemsNotComparable = new LinkedHashMap<>();
    Map<String, Dimension> itemDimensions = new LinkedHashMap<>();
    for (Item item : scaleItems(afterInstrument)) {
      itemDimensions.put(item.id(), item.dimension());
    }
    for (Item item : scaleItems(beforeInstrument)) {
      itemDimensions.putIfAbsent(item.id(), item.dimension());
    }
    compareItems(first, beforeInstrument, second, afterInstrument, sameScale, pointsPerUnit, rule, itemChanges,
        itemsNotComparable);
    return new ReportComparison(before.metadata(), after.metadata(), rule, List.copyOf(changes),
        Collections.unmodifiableMap(notComparable), List.copyOf(itemChanges),
        Collections.unmodifiableMap(itemsNotComparable), Collections.unmodifiableMap(itemDimensions),
        findings(changes, rule));
  }

  /**
   * Compares every scale item of the later instrument that the earlier one has unchanged, in the later
   * instrument's order, and lists the others (then the earlier instrument's items the later one lacks)
   * with their reason.
   */
  private static void compareItems(PerceptionReport first, Instrument beforeInstrument, PerceptionReport second,
      Instrument afterInstrument, boolean sameScale, double pointsPerUnit, MeaningfulChange rule,
      List<Change> changes, Map<String, NotComparableReason> notComparable) {
    Map<String, Item> earlier = new LinkedHashMap<>();
    for (Item item : scaleItems(beforeInstrument)) {
      earlier.put(item.id(), item);
    }
    boolean spread = hasItemSpread(first) && hasItemSpread(second);
    Map<String, ItemResult> orgBefore = byId(first.items());
    Map<String, ItemResult> orgAfter = byId(second.items());
    Map<List<String>, Map<String, ItemResult>> groupsBefore = groupItems(first);
    Map<List<String>, Map<String, ItemResult>> groupsAfter = groupItems(second);
    for (Item item : scaleItems(afterInstrument)) {
      Item old = earlier.remove(item.id());
      NotComparableReason reason = old == null ? NotComparableReason.NOT_MEASURED_IN_BOTH
          : !sameScale ? NotComparableReason.SCALE_CHANGED
          : !sameItem(old, item) ? NotComparableReason.ITEMS_CHANGED
          : !spread ? NotComparableReason.SPREAD_NOT_REPORTED : null;
      if (reason != null) {
        notComparable.put(item.id(), reason);
        continue;
      }
      ItemResult a = orgBefore.get(item.id());
      ItemResult b = orgAfter.get(item.id());
      if (a == null || b == null) {
        notComparable.put(item.id(), NotComparableReason.NOT_REPORTED_IN_BOTH);
      } else {
        changes.add(Change.ofItem(null, null, a, b, pointsPerUnit, rule));
      }
      for (Map.Entry<List<String>, Map<String, ItemResult>> e : groupsAfter.entrySet()) {
        Map<String, ItemResult> then = groupsBefore.get(e.getKey());
        ItemResult x = then == null ? null : then.get(item.id());
        ItemResult y = e.getValue().get(item.id());
        if (x != null && y != null) {
          changes.add(Change.ofItem(e.getKey().get(0), e.getKey().get(1), x, y, pointsPerUnit, rule));
        }
      }
    }
    for (String id : earlier.keySet()) {
      notComparable.put(id, NotComparableReason.NOT_MEASURED_IN_BOTH);
    }
  }

  /** The scale items of every dimension, in the instrument's order. */
  private static List<Item> scaleItems(Instrument instrument) {
    List<Item> items = new ArrayList<>();
    for (Item item : instrument.items()) {
      if (item.isScaleItem()) {
        items.add(item);
      }
    }
    return items;
  }

  /** Same text, keying and dimension: the item's figures measure the same question the same way. */
  private static boolean sameItem(Item a, Item b) {
    return a.text().equals(b.text()) && a.isReverseKeyed() == b.isReverseKeyed() && a.dimension() == b.dimension();
  }

  /** Whether every item result of the report has its SD: those of a 1.4 report have none. */
  private static boolean hasItemSpread(PerceptionReport report) {
    return report.items().stream().allMatch(i -> i.sd().isPresent())
        && report.groups().stream().flatMap(g -> g.items().stream()).allMatch(i -> i.sd().isPresent());
  }

  private static Map<String, ItemResult> byId(List<ItemResult> items) {
    Map<String, ItemResult> byId = new HashMap<>();
    for (ItemResult item : items) {
      byId.put(item.itemId(), item);
    }
    return byId;
  }

  /** The groups with item figures, by (attribute, value), in that order. */
  private static Map<List<String>, Map<String, ItemResult>> groupItems(PerceptionReport report) {
    Map<List<String>, Map<String, ItemResult>> items = new TreeMap<>(
        Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
    for (GroupPerception group : report.groups()) {
      if (!group.items().isEmpty()) {
        items.put(List.of(group.attribute(), group.value()), byId(group.items()));
      }
    }
    return items;
  }

  /**
   * Scores two assessments of one organization and compares them, releasing only what the engine
   * releases in both waves and across them. A later wave that names no previous release is scored
   * with the earlier wave's ledger as its previous release. One that names a previous release is
   * scored against it, which must record the earlier wave's release (be the earlier wave's ledger,
   * or that of a release scored against it, such as one made between the waves): the earlier
   * ledger alone does not hold a release made after it, and the named one alone may not hold the
   * earlier wave. With an engine that has no {@linkplain AlignmentEngine#withReleaseKey release
   * key}, a key of this call only seals the earlier ledger, which never leaves the call; the
   * figures do not depend on the key; a previous release is then refused, as {@link
   * AlignmentEngine#assess} refuses it.
   *
   * @param engine the engine that scores both waves
   * @param before the earlier wave, with responses
   * @param after the later wave, with responses
   * @param rule when a change is meaningful
   * @return the comparison of the two reports
   * @throws InvalidValueException if an argument is null, a wave has no responses, the later wave
   *     names a previous release that does not record the earlier wave's, or one with an engine
   *     without a release key, or as {@link
   *     AlignmentEngine#assess(Assessment)} and {@link #of(AlignmentReport, Instrument,
   *     AlignmentReport, Instrument, MeaningfulChange)}
   */
  public static ReportComparison ofAssessments(AlignmentEngine engine, Assessment before, Assessment after,
      MeaningfulChange rule) {
    Checks.notNull(TYPE, "engine", engine);
    Checks.notNull(TYPE, "before", before);
    Checks.notNull(TYPE, "after", after);
    Checks.notNull(TYPE, "rule", rule);
    Instrument beforeInstrument = before.responses()
        .orElseThrow(() -> new InvalidValueException(TYPE, "before.responses", null, "must be present to compare"))
        .instrument();
    Instrument afterInstrument = after.responses()
        .orElseThrow(() -> new InvalidValueException(TYPE, "after.responses", null, "must be present to compare"))
        .instrument();
    AlignmentReport first = engine.assess(before);
    AlignmentEngine sealing = engine;
    if (first.perceptions().flatMap(PerceptionReport::ledger).isEmpty()) {
      if (after.previousRelease().isPresent()) {
        // As assess refuses it: a previous release can only be checked with the key that sealed it.
        throw new InvalidValueException(TYPE, "after.previousRelease", null,
            "needs an engine with a release key, as AlignmentEngine.assess does");
      }
      // The ledger only carries the earlier wave to the later one within this call and is then dropped, so
      // its seal protects nothing outside it: a fixed key keeps the call deterministic and free of I/O.
      sealing = engine.withReleaseKey(CALL_KEY);
      first = sealing.assess(before);
    }
    ReleaseLedger ledger = first.perceptions().flatMap(PerceptionReport::ledger).orElseThrow();
    Optional<ReleaseLedger> named = after.previousRelease();
    if (named.isPresent() && !engine.perceptionScorer().records(named.get(), ledger)) {
      // A release made between the waves is in the later wave's own ledger, not in the earlier one's; scoring
      // against either alone would miss differences with the other, so the later ledger must hold both.
      throw new InvalidValueException(TYPE, "after.previousRelease", null,
          "must record the before wave's release: the ledger of the before wave, or of a release scored"
              + " against it");
    }
    AlignmentReport second = sealing.assess(named.isPresent() ? after : after.withPreviousRelease(ledger));
    return of(first, beforeInstrument, second, afterInstrument, rule);
  }

  private static PerceptionReport perceptions(AlignmentReport report, Instrument instrument, String field) {
    PerceptionReport perceptions = report.perceptions().orElseThrow(() -> new InvalidValueException(TYPE,
        field + ".perceptions", null, "must be present: a report without a survey has no scores to compare"));
    if (!perceptions.instrumentId().equals(instrument.id())
        || !perceptions.instrumentVersion().equals(instrument.version())) {
      throw new InvalidValueException(TYPE, field + "Instrument", instrument.id() + " " + instrument.version(),
          "must be the instrument the " + field + " report was scored with ("
              + perceptions.instrumentId() + " " + perceptions.instrumentVersion() + ")");
    }
    return perceptions;
  }

  /**
   * An instrument of the report's id and version but other content (a reworded item that kept the
   * version) would compare what the report did not measure: a report that records its instrument's
   * fingerprint (format 1.5) must be given that instrument. One without (1.4 or earlier) is trusted by
   * id and version, as before.
   */
  private static void fingerprint(AlignmentReport report, Instrument instrument, String field) {
    Optional<String> recorded = report.metadata().instrumentFingerprint();
    if (recorded.isPresent() && !recorded.get().equals(instrument.fingerprint())) {
      throw new InvalidValueException(TYPE, field + "Instrument", instrument.id() + " " + instrument.version(),
          "must be the instrument the " + field + " report was scored with: same id and version, but its content"
              + " fingerprint differs from the report's (an item, the scale or a label changed)");
    }
  }

  /**
   * Whether both reports record the same instrument fingerprint ({@link
   * ReportMetadata#instrumentFingerprint()}): then the waves asked the same questions on the same
   * scale, and every item and dimension measured is comparable. Empty when a report does not record
   * one (format 1.4 or earlier, or built without it); the comparison then rests on the instruments
   * given, item by item, as it does when the fingerprints differ.
   *
   * @return whether the fingerprints are equal, or empty
   * @since 0.2.0
   */
  public Optional<Boolean> sameInstrument() {
    return before.instrumentFingerprint().flatMap(a -> after.instrumentFingerprint().map(a::equals));
  }

  private static boolean sameScale(Scale a, Scale b) {
    return a.lowest() == b.lowest() && a.highest() == b.highest() && a.labels().equals(b.labels());
  }

  /** Same ids with the same text, keying and weight; the presentation order does not change a score. */
  private static boolean sameItems(List<Item> a, List<Item> b) {
    return a.size() == b.size() && itemKeys(a).equals(itemKeys(b));
  }

  private static Set<List<Object>> itemKeys(List<Item> items) {
    return items.stream().map(i -> List.<Object>of(i.id(), i.text(), i.isReverseKeyed(), i.weight()))
        .collect(Collectors.toSet());
  }

  /** The groups with figures for the dimension, by (attribute, value), in that order. */
  private static Map<List<String>, PerceptionFigures> groupFigures(PerceptionReport report, Dimension dimension) {
    Map<List<String>, PerceptionFigures> figures = new TreeMap<>(
        Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
    for (GroupPerception group : report.groups()) {
      PerceptionFigures f = group.dimensions().get(dimension);
      if (f != null) {
        figures.put(List.of(group.attribute(), group.value()), f);
      }
    }
    return figures;
  }

  /** One finding per dimension and direction with a meaningful change; declines first. */
  private static List<Finding> findings(List<Change> changes, MeaningfulChange rule) {
    List<Finding> declines = new ArrayList<>();
    List<Finding> improvements = new ArrayList<>();
    Map<Dimension, List<Change>> byDimension = new LinkedHashMap<>();
    for (Change c : changes) {
      byDimension.computeIfAbsent(c.dimension(), d -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<Dimension, List<Change>> e : byDimension.entrySet()) {
      finding(e.getKey(), e.getValue(), ChangeVerdict.DECLINED, rule).ifPresent(declines::add);
      finding(e.getKey(), e.getValue(), ChangeVerdict.IMPROVED, rule).ifPresent(improvements::add);
    }
    List<Finding> all = new ArrayList<>(declines);
    all.addAll(improvements);
    return List.copyOf(all);
  }

  private static Optional<Finding> finding(Dimension dimension, List<Change> changes, ChangeVerdict direction,
      MeaningfulChange rule) {
    List<Change> meaningful = changes.stream().filter(c -> c.verdict() == direction).toList();
    if (meaningful.isEmpty()) {
      return Optional.empty();
    }
    // The largest change names the finding; the first of equal ones keeps the organization first.
    Change largest = meaningful.get(0);
    for (Change c : meaningful) {
      if (Math.abs(c.change().value()) > Math.abs(largest.change().value())) {
        largest = c;
      }
    }
    String ruleId = dimension.name() + "." + RULE_SUFFIX;
    String code = ruleId + "." + direction.name();
    Map<String, Object> parameters = new TreeMap<>();
    parameters.put("topic", topic(dimension));
    parameters.put("count", (long) meaningful.size());
    parameters.put("compared", (long) changes.size());
    parameters.put("subject", largest.subject());
    parameters.put("points", Math.abs(largest.change().value()));
    parameters.put("lower", largest.lower().value());
    parameters.put("upper", largest.upper().value());
    // Rounded to a tenth of a percent, so that 0.95 reads 95 in the parameters, not 95.00000000000001.
    double level = Math.round(rule.level() * 1000) / 10.0;
    parameters.put("level", level);
    String levelText = FindingText.format("{level}", Map.of("level", level));
    List<Evidence> evidence = new ArrayList<>();
    for (Change c : meaningful) {
      EvidenceSource source = c.attribute().isPresent() ? EvidenceSource.GROUP : EvidenceSource.SURVEY;
      String reference = c.attribute().isPresent() ? c.subject() + " " + dimension.name() + ".scoreChange"
          : dimension.name() + ".scoreChange";
      evidence.add(Evidence.of(source, reference, String.format(Locale.ROOT,
          "%+.1f points (%s to %s), %s %% interval %.1f to %.1f, d %s, n %d then %d",
          c.change().value(), oneDecimal(c.beforeScore()), oneDecimal(c.afterScore()),
          levelText, c.lower().value(), c.upper().value(),
          c.cohensD().isDefined() ? String.format(Locale.ROOT, "%.2f", c.cohensD().value()) : "undefined",
          c.beforeN(), c.afterN())));
    }
    String message = ENGLISH.messageTemplate(code).orElseThrow();
    String recommendation = ENGLISH.recommendationTemplate(code).orElseThrow();
    return Optional.of(Finding.builder().ruleId(ruleId).code(code).dimension(dimension)
        .severity(direction == ChangeVerdict.DECLINED ? Severity.WARNING : Severity.INFO)
        .message(FindingText.format(message, parameters))
        .recommendation(FindingText.format(recommendation, parameters))
        .parameters(parameters).evidence(evidence).build());
  }

  private static String oneDecimal(Estimate e) {
    return e.isDefined() ? String.format(Locale.ROOT, "%.1f", e.value()) : "undefined";
  }

  /** The dimension as the findings' texts name it, as the perception rules do. */
  private static String topic(Dimension dimension) {
    return dimension == Dimension.VISION ? "the customer service vision" : dimension.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The organization compared, as the reports name it.
   *
   * @return the name, or empty when neither report names one
   */
  public Optional<String> organization() {
    return before.organization().or(after::organization);
  }

  /**
   * The earlier report's metadata: when it was assessed, with which instrument, by how many.
   *
   * @return the metadata
   */
  public ReportMetadata before() {
    return before;
  }

  /**
   * The later report's metadata.
   *
   * @return the metadata
   */
  public ReportMetadata after() {
    return after;
  }

  /**
   * Whether both waves were scored under the same policy ({@link ReportMetadata#policyFingerprint()
   * equal fingerprints}). The comparison is made either way, from the figures as released; under
   * different policies (another anonymity threshold, perception policy or rule weights) a change
   * may come from the policy rather than from the organization, and fewer or other groups may be
   * released in one wave.
   *
   * @return whether the policy fingerprints are equal
   */
  public boolean samePolicy() {
    return before.policyFingerprint().equals(after.policyFingerprint());
  }

  /**
   * The rule that gave the verdicts.
   *
   * @return the rule
   */
  public MeaningfulChange rule() {
    return rule;
  }

  /**
   * The changes, by dimension; within one, the organization's first, then the groups by attribute
   * and value.
   *
   * @return the changes
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The dimensions measured by either instrument that are not compared, with the reason; a
   * dimension is here or has its organization's change in {@link #changes()}, never both. For
   * {@link NotComparableReason#SCALE_CHANGED}, {@link NotComparableReason#ITEMS_CHANGED} and {@link
   * NotComparableReason#NOT_MEASURED_IN_BOTH} nothing of the dimension is compared; {@link
   * NotComparableReason#NOT_REPORTED_IN_BOTH} concerns the organization's figures only, and the
   * groups reported in both waves are still compared in {@link #changes()}.
   *
   * @return dimension to reason, in dimension order
   */
  public Map<Dimension, NotComparableReason> notComparable() {
    return notComparable;
  }

  /**
   * The changes of items, by item in the later instrument's order; within one, the organization's
   * first, then the groups by attribute and value. Each has its {@link Change#itemId()}.
   *
   * @return the item changes
   * @since 0.2.0
   */
  public List<Change> itemChanges() {
    return itemChanges;
  }

  /**
   * The scale items of either instrument that are not compared, with the reason: an item is here or
   * has its organization's change in {@link #itemChanges()}, never both. As for dimensions, {@link
   * NotComparableReason#NOT_REPORTED_IN_BOTH} concerns the organization's figures only; with every
   * other reason nothing of the item is compared.
   *
   * @return item id to reason, the later instrument's items first in its order, then the earlier
   *     instrument's items the later one lacks
   * @since 0.2.0
   */
  public Map<String, NotComparableReason> itemsNotComparable() {
    return itemsNotComparable;
  }

  /**
   * The scale items of either instrument, each with its dimension (the later instrument's when both
   * have the item), in the order of {@link #itemsNotComparable()}: the later instrument's items, then
   * the earlier instrument's the later one lacks. Every item of {@link #itemChanges()} and {@link
   * #itemsNotComparable()} is here, so that a table can place each under its dimension.
   *
   * @return item id to dimension
   * @since 0.2.0
   */
  public Map<String, Dimension> itemDimensions() {
    return itemDimensions;
  }

  /**
   * One finding per dimension and direction with a meaningful change: a {@code WARNING} coded
   * {@code <DIMENSION>.WAVE_CHANGE.DECLINED} for declines, then an {@code INFO} coded {@code
   * <DIMENSION>.WAVE_CHANGE.IMPROVED} for improvements, each with every such change as evidence and
   * the largest named in its message.
   *
   * @return the findings, declines first, each in dimension order
   */
  public List<Finding> findings() {
    return findings;
  }
}
