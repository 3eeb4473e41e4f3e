package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.stats.AgreementNull;
import io.github.serviceculture.alignment.stats.AnswerAgreement;
import io.github.serviceculture.alignment.stats.AnswerCovariances;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.GroupGap;
import io.github.serviceculture.alignment.stats.GroupMeans;
import io.github.serviceculture.alignment.stats.Groups;
import io.github.serviceculture.alignment.stats.Icc;
import io.github.serviceculture.alignment.stats.Moments;
import io.github.serviceculture.alignment.stats.RelativeImportance;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.GroupHeadcount;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Scores survey responses into a {@link PerceptionReport}.
 *
 * <p>Immutable and thread-safe: make one per policy and share it. Scoring is deterministic (the same
 * responses in any order give an equal report) and does no I/O.
 *
 * <pre>{@code
 * PerceptionReport report = PerceptionScorer.of(PerceptionPolicy.defaults()).score(responses);
 * report.dimension(Dimension.GOALS).value().ifPresent(goals -> use(goals.score()));
 * }</pre>
 *
 * <p>Each dimension the instrument measures gets figures or a {@link NotReportedReason}. For the
 * organization, when fewer respondents than the anonymity threshold have a score for it: {@link
 * NotReportedReason#NO_DATA} when nobody answered any of its items and the response set is empty or
 * at least the threshold large; otherwise {@link NotReportedReason#SUPPRESSED_FOR_ANONYMITY} when
 * fewer than the threshold answered any of its items; otherwise {@link
 * NotReportedReason#TOO_FEW_ITEMS_ANSWERED}. A reported group's hidden dimensions are always {@link
 * NotReportedReason#SUPPRESSED_FOR_ANONYMITY}.
 *
 * @since 0.1.0
 */
public final class PerceptionScorer {
  private static final Estimate WITHHELD = Estimate.undefined(UndefinedReason.WITHHELD_FOR_ANONYMITY);
  private final PerceptionPolicy policy;
  private final @Nullable ReleaseKey releaseKey;
  private final boolean psychometrics;

  private PerceptionScorer(PerceptionPolicy policy, @Nullable ReleaseKey releaseKey, boolean psychometrics) {
    this.policy = policy;
    this.releaseKey = releaseKey;
    this.psychometrics = psychometrics;
  }

  /**
   * Returns a scorer for a policy.
   *
   * @param policy the policy
   * @return the scorer
   */
  public static PerceptionScorer of(PerceptionPolicy policy) {
    return new PerceptionScorer(Checks.notNull("PerceptionScorer", "policy", policy), null, false);
  }

  /**
   * Returns a scorer like this one that seals a {@link ReleaseLedger} into every report, so that
   * the next scoring of the same survey can be checked against this one with {@link
   * #score(ResponseSet, ReleaseLedger)}.
   *
   * @param key the caller's release key; not null
   * @return the scorer
   */
  public PerceptionScorer withReleaseKey(ReleaseKey key) {
    return new PerceptionScorer(policy, Checks.notNull("PerceptionScorer", "releaseKey", key), psychometrics);
  }

  /**
   * Returns a scorer like this one that adds the full {@link Psychometrics} (reliability
   * coefficients, item analysis and further agreement indices) to the organization's figures of
   * each dimension. It changes no other figure and no release decision; without it a report holds
   * none, which keeps reports small.
   *
   * @return the scorer
   */
  public PerceptionScorer withPsychometrics() {
    return new PerceptionScorer(policy, releaseKey, true);
  }

  /**
   * Whether this scorer adds the full {@link Psychometrics} to the organization's figures.
   *
   * @return true after {@link #withPsychometrics()}
   */
  public boolean includesPsychometrics() {
    return psychometrics;
  }

  /**
   * The policy this scorer applies.
   *
   * @return the policy
   */
  public PerceptionPolicy policy() {
    return policy;
  }

  /**
   * Scores a response set.
   *
   * @param responses the responses
   * @return the report
   */
  public PerceptionReport score(ResponseSet responses) {
    return score(responses.toMatrix());
  }

  /**
   * Scores a new release of a survey whose previous release's report carried {@code previous}: no
   * figure is released whose difference with that release, or any release before it, would
   * determine fewer respondents than the anonymity threshold. Hidden for that reason, a figure says
   * {@link NotReportedReason#SUPPRESSED_AGAINST_DIFFERENCING}. The new report's ledger records this
   * release and every earlier one.
   *
   * @param responses the responses of this release
   * @param previous the previous release's {@link PerceptionReport#ledger() ledger}; not null
   * @return the report
   * @throws io.github.serviceculture.alignment.InvalidValueException if this scorer has no {@link
   *     #withReleaseKey release key}, or {@code previous} was sealed with another key, under another
   *     anonymity threshold, or is damaged
   */
  public PerceptionReport score(ResponseSet responses, ReleaseLedger previous) {
    return score(responses.toMatrix(), previous);
  }

  /**
   * Scores a new release in columnar form; see {@link #score(ResponseSet, ReleaseLedger)}.
   *
   * @param matrix the responses of this release
   * @param previous the previous release's ledger; not null
   * @return the report
   * @throws io.github.serviceculture.alignment.InvalidValueException as {@link #score(ResponseSet,
   *     ReleaseLedger)} does
   */
  public PerceptionReport score(ResponseMatrix matrix, ReleaseLedger previous) {
    return score(matrix, previous, null);
  }

  private PerceptionReport score(ResponseMatrix matrix, ReleaseLedger previous, @Nullable Headcounts headcounts) {
    Checks.notNull("PerceptionScorer", "previous", previous);
    if (releaseKey == null) {
      throw new io.github.serviceculture.alignment.InvalidValueException("PerceptionScorer", "releaseKey", null,
          "is required to score against a previous release");
    }
    Ledger ledger = Ledger.open(previous, releaseKey);
    if (ledger.threshold() != policy.anonymityThreshold()) {
      throw new io.github.serviceculture.alignment.InvalidValueException("PerceptionScorer", "previous",
          "anonymity threshold " + ledger.threshold(),
          "must be sealed under this policy's anonymity threshold (" + policy.anonymityThreshold() + ")");
    }
    return score(matrix, ledger, true, headcounts);
  }

  /**
   * Whether {@code history} records every release that {@code earlier} records, so that scoring
   * against {@code history} also checks against {@code earlier}'s releases: true when {@code
   * history} is {@code earlier}, or the ledger of a release scored against it (directly or through
   * releases in between). The answer names no figure and no respondent.
   *
   * @param history the ledger a new release would be scored against; not null
   * @param earlier a ledger whose releases must be in {@code history}; not null
   * @return whether every released set of {@code earlier} is in {@code history}
   * @throws io.github.serviceculture.alignment.InvalidValueException if this scorer has no {@link
   *     #withReleaseKey release key}, or a ledger was sealed with another key or is damaged
   */
  public boolean records(ReleaseLedger history, ReleaseLedger earlier) {
    Checks.notNull("PerceptionScorer", "history", history);
    Checks.notNull("PerceptionScorer", "earlier", earlier);
    if (releaseKey == null) {
      throw new io.github.serviceculture.alignment.InvalidValueException("PerceptionScorer", "releaseKey", null,
          "is required to open a ledger");
    }
    return Ledger.open(history, releaseKey).records(Ledger.open(earlier, releaseKey));
  }

  /**
   * Scores responses in columnar form.
   *
   * @param matrix the responses
   * @return the report
   */
  public PerceptionReport score(ResponseMatrix matrix) {
    return score(matrix, releaseKey == null ? null : new Ledger(policy.anonymityThreshold()), false, null);
  }

  /**
   * Scores a response set with the employer's headcounts, so that the report gives response rates
   * ({@link PerceptionReport#participation()}). The respondent count of the organization and of
   * each group is a figure of its own for the anonymity rules, over every respondent: a set's
   * headcount, count and rate are given where those rules release that count (and, for a group,
   * every dimension that releases any figure also shows the group), and are otherwise withheld with
   * the reason. A group given a headcount that no
   * respondent belongs to is withheld as {@link NotReportedReason#SUPPRESSED_FOR_ANONYMITY}, like a
   * small one.
   *
   * @param responses the responses
   * @param headcounts the headcounts; not null
   * @return the report
   * @throws io.github.serviceculture.alignment.InvalidValueException if the organization's headcount
   *     is smaller than its respondents, or a released group's is smaller than the group's (the message
   *     names the group, never the count; a withheld group's headcount is not checked, as the check's
   *     outcome would tell its count), or a group's attribute is not one the policy groups by
   */
  public PerceptionReport score(ResponseSet responses, Headcounts headcounts) {
    Checks.notNull("PerceptionScorer", "headcounts", headcounts);
    return score(responses.toMatrix(), releaseKey == null ? null : new Ledger(policy.anonymityThreshold()), false,
        headcounts);
  }

  /**
   * Scores a new release with the employer's headcounts: {@link #score(ResponseSet, ReleaseLedger)}
   * and {@link #score(ResponseSet, Headcounts)} together, the respondent counts checked against the
   * earlier releases' too.
   *
   * @param responses the responses of this release
   * @param previous the previous release's ledger; not null
   * @param headcounts the headcounts; not null
   * @return the report
   * @throws io.github.serviceculture.alignment.InvalidValueException as both of those do
   */
  public PerceptionReport score(ResponseSet responses, ReleaseLedger previous, Headcounts headcounts) {
    Checks.notNull("PerceptionScorer", "headcounts", headcounts);
    return score(responses.toMatrix(), previous, headcounts);
  }

  private PerceptionReport score(ResponseMatrix matrix, @Nullable Ledger ledger, boolean againstHistory,
      @Nullable Headcounts headcounts) {
    Instrument instrument = matrix.instrument();
    Scale scale = instrument.scale();
    AgreementNull nullModel = policy.agreementNullVariance().isPresent()
        ? AgreementNull.ofVariance(policy.agreementNullVariance().getAsDouble())
        : AgreementNull.uniform(scale.options());
    int n = matrix.rowCount();
    int[] everyone = new int[n];
    Arrays.setAll(everyone, i -> i);

    // Respondents are put in a canonical order first, so that the report does not depend on the
    // order in which responses arrived (floating-point sums do).
    int[] order = canonicalOrder(matrix);

    // Slot 0 is everyone; then one slot per group of each attribute, so that one pass over a
    // dimension's rows gathers the sums of every set of respondents reported.
    List<Partition> partitions = new ArrayList<>();
    int slotCount = 1;
    for (String attribute : policy.groupBy()) {
      Partition partition = Partition.of(attribute, matrix, order, slotCount);
      if (partition != null) {
        partitions.add(partition);
        slotCount += partition.values.size();
      }
    }
    int width = 1 + partitions.size();
    Cells cells = new Cells(rowSlots(partitions, n, width), width, slotCount);
    int favourable = policy.favourableOptions(scale);
    Map<Dimension, DimensionData> data = new EnumMap<>(Dimension.class);
    for (Dimension dimension : instrument.dimensions()) {
      data.put(dimension, DimensionData.of(matrix, order, instrument.scaleItems(dimension), policy, cells,
          favourable));
    }
    Map<EngagementQuestion, double[]> engagementColumns = new EnumMap<>(EngagementQuestion.class);
    Map<EngagementQuestion, String> engagementIds = new EnumMap<>(EngagementQuestion.class);
    for (Item item : instrument.engagementItems()) {
      EngagementQuestion q = item.engagementQuestion().orElseThrow();
      engagementColumns.putIfAbsent(q, reorder(matrix.column(instrument.indexOf(item.id())), order));
      engagementIds.putIfAbsent(q, item.id());
    }

    PerceptionReport.Builder report = PerceptionReport.builder()
        .instrumentId(instrument.id())
        .instrumentVersion(instrument.version())
        .respondentCount(n);

    // Which sets each figure is released for, decided over every attribute at once (see Disclosure).
    Releases releases = new Releases(matrix, order, partitions, policy.anonymityThreshold(), ledger,
        againstHistory, releaseKey);
    // Whether an earlier release released each dimension, asked before this release's sets join the
    // ledger: the per-item figures are then withheld (see Psychometrics).
    Map<Dimension, Boolean> releasedEarlier = new EnumMap<>(Dimension.class);
    for (Dimension dimension : data.keySet()) {
      releasedEarlier.put(dimension, releases.releasedEarlier("DIMENSION:" + dimension.name()));
    }
    Map<Dimension, Disclosure.Decision> dimensionDecisions = new EnumMap<>(Dimension.class);
    for (Map.Entry<Dimension, DimensionData> e : data.entrySet()) {
      DimensionData d = e.getValue();
      dimensionDecisions.put(e.getKey(), releases.decide("DIMENSION:" + e.getKey().name(), d.scores,
          d.answers::row));
    }
    // Item figures after their dimension's, against its released sets (see Releases.decideItems).
    Map<Dimension, Disclosure.Decision> itemDecisions = new EnumMap<>(Dimension.class);
    for (Map.Entry<Dimension, DimensionData> e : data.entrySet()) {
      DimensionData d = e.getValue();
      itemDecisions.put(e.getKey(), releases.decideItems("DIMENSION:" + e.getKey().name(),
          dimensionDecisions.get(e.getKey()), d.scored(), d.complete));
    }
    Map<EngagementQuestion, Disclosure.Decision> engagementDecisions = new EnumMap<>(EngagementQuestion.class);
    for (Map.Entry<EngagementQuestion, double[]> e : engagementColumns.entrySet()) {
      engagementDecisions.put(e.getKey(), releases.decide("ENGAGEMENT:" + e.getKey().name(), e.getValue(),
          row -> new double[] {e.getValue()[row]}));
    }

    int threshold = policy.anonymityThreshold();
    for (Map.Entry<Dimension, DimensionData> e : data.entrySet()) {
      Disclosure.Status overall = dimensionDecisions.get(e.getKey()).overall;
      if (overall == Disclosure.Status.SHOWN) {
        PerceptionFigures figures = figures(e.getValue(), 0, everyone, scale, nullModel, threshold);
        if (psychometrics) {
          figures = figures.withPsychometrics(
              PsychometricFigures.of(e.getValue().items, e.getValue().answers, e.getValue().scores, everyone,
                  e.getValue().covariances[0], e.getValue().agreement[0], scale, nullModel, threshold,
                  releasedEarlier.get(e.getKey())));
        }
        report.putDimension(e.getKey(), figures);
      } else if (overall == Disclosure.Status.DIFFERENCING) {
        report.putNotReported(e.getKey(), NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING);
      } else {
        report.putNotReported(e.getKey(), notReported(n, e.getValue().answering, threshold));
      }
    }
    for (Map.Entry<Dimension, DimensionData> e : data.entrySet()) {
      Disclosure.Status overall = itemDecisions.get(e.getKey()).overall;
      if (overall == Disclosure.Status.SHOWN) {
        report.addAllItems(items(e.getValue(), everyone, scale));
      } else if (overall == Disclosure.Status.DIFFERENCING || overall == Disclosure.Status.COMPLEMENTARY) {
        report.putItemsNotReported(e.getKey(), overall.reason());
      } else {
        // Fewer than the threshold answered every item: as for a dimension score.
        report.putItemsNotReported(e.getKey(), notReported(n, e.getValue().answering, threshold));
      }
    }
    for (Map.Entry<EngagementQuestion, double[]> e : engagementColumns.entrySet()) {
      if (engagementDecisions.get(e.getKey()).overall == Disclosure.Status.SHOWN) {
        report.putEngagement(e.getKey(),
            engagement(e.getKey(), engagementIds.get(e.getKey()), e.getValue(), everyone, scale));
      }
    }

    if (policy.driversOutcome().isPresent()) {
      report.drivers(drivers(policy.driversOutcome().get(), matrix, order, data, dimensionDecisions, releases));
    }
    for (int a = 0; a < partitions.size(); a++) {
      groupResults(report, a, partitions.get(a), data, dimensionDecisions, itemDecisions, engagementColumns,
          engagementDecisions, engagementIds, scale, nullModel);
    }
    if (headcounts != null) {
      // Last, so that the ledger holds the other figures as before; a figure of its own, over every
      // respondent, with no answers behind it: a respondent's element is the person.
      double[] all = new double[n];
      Arrays.fill(all, 1);
      report.participation(participation(headcounts, partitions, n,
          releases.decide("PARTICIPATION", all, row -> new double[0]), dimensionDecisions.values()));
    }
    if (ledger != null) {
      report.ledger(ledger.seal(releaseKey));
    }
    return report.build();
  }

  /**
   * The response rates. The organization's is released where {@code decision} (the counts' own)
   * shows it (its headcount is checked in any case: its count, the report's {@code respondentCount},
   * is never withheld). A group's is released where {@code decision} shows its set and so does every
   * dimension that releases any set, so that the rates release
   * no set over every respondent that the dimensions' figures do not (within this release and, through
   * their records in the ledger, across releases).
   *
   * <p>A withheld group's entry carries no headcount, since a printed headcount bounds a withheld
   * count. A group's headcount is checked against its respondents only where its rate is released:
   * whether the check fails would tell a withheld count.
   */
  private Participation participation(Headcounts headcounts, List<Partition> partitions, int n,
      Disclosure.Decision decision, Collection<Disclosure.Decision> dimensions) {
    Optional<ResponseRate> organization = Optional.empty();
    OptionalInt organizationHeadcount = headcounts.organization();
    if (organizationHeadcount.isPresent()) {
      int headcount = organizationHeadcount.getAsInt();
      if (headcount < n) {
        throw new InvalidValueException("Headcounts", "organization", String.valueOf(headcount),
            "must be at least the number of respondents");
      }
      organization = Optional.of(decision.overall == Disclosure.Status.SHOWN
          ? ResponseRate.released(Optional.empty(), Optional.empty(), headcount, n)
          : ResponseRate.withheld(Optional.empty(), Optional.empty(), decision.overall.reason()));
    }
    List<GroupHeadcount> given = headcounts.groups();
    int[] members = new int[given.size()];
    Disclosure.Status[] status = new Disclosure.Status[given.size()];
    for (int i = 0; i < given.size(); i++) {
      GroupHeadcount g = given.get(i);
      if (!policy.groupBy().contains(g.attribute())) {
        throw new InvalidValueException("Headcounts", "groups[" + i + "]", g.attribute() + "=" + g.value(),
            "must name an attribute the policy groups by " + policy.groupBy());
      }
      int a = -1;
      for (int p = 0; p < partitions.size(); p++) {
        a = partitions.get(p).attribute.equals(g.attribute()) ? p : a;
      }
      int code = a < 0 ? -1 : partitions.get(a).values.indexOf(g.value());
      if (code < 0) {
        status[i] = Disclosure.Status.BELOW_THRESHOLD;
        continue;
      }
      for (int c : partitions.get(a).codes) {
        members[i] += c == code ? 1 : 0;
      }
      status[i] = decision.groups[a][code];
      for (Disclosure.Decision d : dimensions) {
        if (status[i] == Disclosure.Status.SHOWN && releasesAny(d) && !d.shown(a, code)) {
          status[i] = d.groups[a][code];
        }
      }
    }
    List<ResponseRate> groups = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      GroupHeadcount g = given.get(i);
      Optional<String> attribute = Optional.of(g.attribute());
      Optional<String> value = Optional.of(g.value());
      if (status[i] != Disclosure.Status.SHOWN) {
        groups.add(ResponseRate.withheld(attribute, value, status[i].reason()));
        continue;
      }
      if (g.headcount() < members[i]) {
        throw new InvalidValueException("Headcounts", "groups[" + i + "]", g.attribute() + "=" + g.value(),
            "must have a headcount at least the number of the group's respondents");
      }
      groups.add(ResponseRate.released(attribute, value, g.headcount(), members[i]));
    }
    return Participation.of(organization, groups);
  }

  /** Whether a decision releases any set: the organization's or a group's. */
  private static boolean releasesAny(Disclosure.Decision d) {
    if (d.overall == Disclosure.Status.SHOWN) {
      return true;
    }
    for (Disclosure.Status[] attribute : d.groups) {
      for (Disclosure.Status g : attribute) {
        if (g == Disclosure.Status.SHOWN) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The drivers of the outcome over the complete respondents (a score for every dimension measured
   * and a value of the outcome), organization-wide only. The set of complete respondents is a figure
   * of its own for the disclosure rules, and every dimension's organization figures must be shown
   * too, since the analysis rests on their scores.
   */
  private Drivers drivers(String outcome, ResponseMatrix matrix, int[] order, Map<Dimension, DimensionData> data,
      Map<Dimension, Disclosure.Decision> dimensionDecisions, Releases releases) {
    Instrument instrument = matrix.instrument();
    Scale scale = instrument.scale();
    int n = order.length;
    Optional<Item> item = instrument.item(outcome);
    OutcomeSource source = item.isPresent() ? OutcomeSource.ITEM : OutcomeSource.RESPONDENT_VALUE;
    double[] values = new double[n];
    if (item.isPresent()) {
      if (item.get().isScaleItem()) {
        throw new InvalidValueException("PerceptionPolicy", "driversOutcome", outcome,
            "must not be a scale item of a dimension (" + item.get().dimension()
                + "): that dimension's score would contain the outcome");
      }
      int column = instrument.indexOf(outcome);
      boolean reversed = item.get().isReverseKeyed();
      for (int row = 0; row < n; row++) {
        double x = matrix.answer(order[row], column);
        values[row] = reversed ? scale.lowest() + scale.highest() - x : x;
      }
    } else {
      // An organization where nobody has the attribute (an outcome column left empty at one site) has
      // an analysis of no respondents rather than no report: the CLI checks the column's name itself.
      for (int row = 0; row < n; row++) {
        String text = matrix.respondents().get(order[row]).attributes().get(outcome);
        values[row] = text == null ? Double.NaN : outcomeValue(text, outcome, order[row]);
      }
    }
    List<Dimension> dimensions = new ArrayList<>(data.keySet());
    int p = dimensions.size();
    double[][] predictors = new double[p][];
    boolean dimensionsShown = true;
    for (int j = 0; j < p; j++) {
      predictors[j] = data.get(dimensions.get(j)).scores;
      dimensionsShown &= dimensionDecisions.get(dimensions.get(j)).overall == Disclosure.Status.SHOWN;
    }
    // The complete rows, and the values behind them (the scores and the outcome) for the ledger.
    double[] complete = new double[n];
    double[] behind = new double[n * (p + 1)];
    int count = 0;
    for (int row = 0; row < n; row++) {
      boolean all = values[row] == values[row];
      for (int j = 0; j < p; j++) {
        double x = predictors[j][row];
        all &= x == x;
        behind[row * (p + 1) + j] = x;
      }
      behind[row * (p + 1) + p] = values[row];
      complete[row] = all ? 1 : Double.NaN;
      if (all) {
        count++;
      }
    }
    int threshold = policy.anonymityThreshold();
    int minimum = Math.max(policy.driversMinimumRespondents(), threshold);
    Drivers.Builder drivers = Drivers.builder().outcome(outcome).outcomeSource(source)
        .minimumRespondents(policy.driversMinimumRespondents()).confidenceLevel(policy.confidenceLevel())
        .resamples(policy.driversResamples()).seed(policy.driversSeed());
    boolean shown = false;
    if (count >= threshold && p > 0) {
      // Decided only for a set that could be shown, so that the ledger records only what is released.
      Disclosure.Decision decision = releases.decide("DRIVERS:" + outcome, complete,
          row -> Arrays.copyOfRange(behind, row * (p + 1), row * (p + 1) + p + 1));
      shown = dimensionsShown && decision.overall == Disclosure.Status.SHOWN;
    }
    if (shown) {
      drivers.respondents(count);
    }
    if (!shown || count < minimum) {
      Estimate none = Estimate.undefined(shown || count < threshold ? UndefinedReason.TOO_FEW_OBSERVATIONS
          : UndefinedReason.WITHHELD_FOR_ANONYMITY);
      drivers.rSquared(none).rSquaredLower(none).rSquaredUpper(none);
      for (Dimension d : dimensions) {
        drivers.putDimension(d, DriverFigures.builder().share(none).relativeShare(none).beta(none)
            .shareLower(none).shareUpper(none).build());
      }
      return drivers.build();
    }
    RelativeImportance importance = RelativeImportance.of(values, predictors);
    RelativeImportance.Bootstrap bootstrap =
        importance.bootstrap(policy.driversResamples(), policy.driversSeed(), policy.confidenceLevel());
    drivers.rSquared(importance.rSquared()).rSquaredLower(bootstrap.rSquaredLower())
        .rSquaredUpper(bootstrap.rSquaredUpper());
    for (int j = 0; j < p; j++) {
      drivers.putDimension(dimensions.get(j), DriverFigures.builder().share(importance.share(j))
          .relativeShare(importance.relativeShare(j)).beta(importance.beta(j))
          .shareLower(bootstrap.shareLower(j)).shareUpper(bootstrap.shareUpper(j)).build());
    }
    return drivers.build();
  }

  /** A respondent's outcome value; the error names the attribute and the respondent's position, never the value. */
  private static double outcomeValue(String text, String attribute, int position) {
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("Respondent", "attributes." + attribute, "respondent " + (position + 1),
          "must hold a finite number: it is the drivers analysis's outcome");
    }
    return value;
  }

  /**
   * Why a dimension with fewer scored respondents than the threshold is not reported, given the
   * respondents in the set and those who answered at least one of its items. Saying that nobody
   * answered is withheld from a set smaller than the threshold: it would tell about each member.
   */
  static NotReportedReason notReported(int respondents, int answering, int threshold) {
    if (answering == 0 && (respondents == 0 || respondents >= threshold)) {
      return NotReportedReason.NO_DATA;
    }
    return answering < threshold ? NotReportedReason.SUPPRESSED_FOR_ANONYMITY
        : NotReportedReason.TOO_FEW_ITEMS_ANSWERED;
  }

  private void groupResults(PerceptionReport.Builder report, int attribute, Partition partition,
      Map<Dimension, DimensionData> data, Map<Dimension, Disclosure.Decision> dimensionDecisions,
      Map<Dimension, Disclosure.Decision> itemDecisions, Map<EngagementQuestion, double[]> engagementColumns,
      Map<EngagementQuestion, Disclosure.Decision> engagementDecisions,
      Map<EngagementQuestion, String> engagementIds, Scale scale, AgreementNull nullModel) {
    List<String> values = partition.values;
    Groups groups = Groups.of(partition.codes, values.size());

    List<GroupPerception.Builder> builders = new ArrayList<>();
    boolean[] anyShown = new boolean[values.size()];
    for (String value : values) {
      builders.add(GroupPerception.builder().attribute(partition.attribute).value(value));
    }
    // A call per dimension rather than one long method holding every loop: the JIT compiles the
    // parts once each, where it compiled such a method again and again as its loops turned hot.
    for (Map.Entry<Dimension, DimensionData> e : data.entrySet()) {
      dimensionGroups(report, partition, groups, builders, anyShown, e.getKey(), e.getValue(),
          dimensionDecisions.get(e.getKey()).groups[attribute], scale, nullModel);
    }
    for (Map.Entry<Dimension, DimensionData> e : data.entrySet()) {
      Disclosure.Status[] status = itemDecisions.get(e.getKey()).groups[attribute];
      for (int g = 0; g < values.size(); g++) {
        if (status[g] == Disclosure.Status.SHOWN) {
          anyShown[g] = true;
          builders.get(g).addAllItems(items(e.getValue(), groups.members(g), scale));
        } else {
          builders.get(g).putItemsNotReported(e.getKey(), status[g].reason());
        }
      }
    }
    for (Map.Entry<EngagementQuestion, double[]> e : engagementColumns.entrySet()) {
      double[] column = e.getValue();
      Disclosure.Status[] status = engagementDecisions.get(e.getKey()).groups[attribute];
      for (int g = 0; g < values.size(); g++) {
        if (status[g] == Disclosure.Status.SHOWN) {
          anyShown[g] = true;
          builders.get(g).putEngagement(e.getKey(),
              engagement(e.getKey(), engagementIds.get(e.getKey()), column, groups.members(g), scale));
        }
      }
    }
    for (int g = 0; g < values.size(); g++) {
      if (anyShown[g]) {
        report.addGroup(builders.get(g).build());
      }
    }
  }

  /** One dimension's figures per reportable group, then the groups' ICCs and gaps. */
  private void dimensionGroups(PerceptionReport.Builder report, Partition partition, Groups groups,
      List<GroupPerception.Builder> builders, boolean[] anyShown, Dimension dimension, DimensionData d,
      Disclosure.Status[] status, Scale scale, AgreementNull nullModel) {
    List<String> values = partition.values;
    boolean[] shown = new boolean[values.size()];
    int shownCount = 0;
    for (int g = 0; g < values.size(); g++) {
      shown[g] = status[g] == Disclosure.Status.SHOWN;
      if (shown[g]) {
        anyShown[g] = true;
        shownCount++;
        builders.get(g).putDimension(dimension,
            figures(d, partition.firstSlot + g, groups.members(g), scale, nullModel, policy.anonymityThreshold()));
      } else {
        builders.get(g).putNotReported(dimension, status[g].reason());
      }
    }
    if (shownCount < 2) {
      return;
    }
    Groups shownOnly = Groups.of(shownCodes(partition.codes, shown), values.size());
    Icc icc = Icc.anova(d.scores, shownOnly);
    report.addGroupDifference(GroupDifferences.builder().attribute(partition.attribute).dimension(dimension)
        .groupCount(shownCount).icc1(icc.icc1()).icc2(icc.icc2()).build());
    // Each group's mean and spread once, for all the pairs it is in.
    GroupMeans means = GroupMeans.of(d.scores, shownOnly);
    for (int[] pair : pairs(partition.attribute, values, shown)) {
      report.addGap(gap(partition.attribute, dimension, values, means, pair, scale));
    }
  }

  /** Each row's group code where its group is shown, {@link Groups#NONE} elsewhere. */
  private static int[] shownCodes(int[] codes, boolean[] shown) {
    int[] out = new int[codes.length];
    for (int row = 0; row < codes.length; row++) {
      out[row] = codes[row] != Groups.NONE && shown[codes[row]] ? codes[row] : Groups.NONE;
    }
    return out;
  }

  /** Each row's slots, row-major: slot 0 (everyone), then its group's slot in each partition or -1. */
  private static int[] rowSlots(List<Partition> partitions, int n, int width) {
    int[] rowSlots = new int[n * width];
    for (int a = 0; a < partitions.size(); a++) {
      Partition partition = partitions.get(a);
      for (int row = 0; row < n; row++) {
        int code = partition.codes[row];
        rowSlots[row * width + 1 + a] = code == Groups.NONE ? -1 : partition.firstSlot + code;
      }
    }
    return rowSlots;
  }

  /** Level gaps compare each level with the frontline; other attributes compare every pair. */
  private static List<int[]> pairs(String attribute, List<String> values, boolean[] shown) {
    List<int[]> pairs = new ArrayList<>();
    if (Respondent.LEVEL.equals(attribute)) {
      int frontline = values.indexOf(Level.FRONTLINE.name());
      if (frontline >= 0 && shown[frontline]) {
        for (int g = 0; g < shown.length; g++) {
          if (shown[g] && g != frontline) {
            pairs.add(new int[] {g, frontline});
          }
        }
      }
      return pairs;
    }
    for (int i = 0; i < shown.length; i++) {
      for (int j = i + 1; j < shown.length; j++) {
        if (shown[i] && shown[j]) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    return pairs;
  }

  private PerceptionGap gap(String attribute, Dimension dimension, List<String> values, GroupMeans means,
      int[] pair, Scale scale) {
    GroupGap gap = means.gap(pair[0], pair[1], policy.confidenceLevel());
    double points = 100.0 / (scale.highest() - scale.lowest());
    return PerceptionGap.builder()
        .attribute(attribute).dimension(dimension)
        .first(values.get(pair[0])).second(values.get(pair[1]))
        .difference(scaled(gap.difference(), points))
        .lower(scaled(gap.welchLower(), points))
        .upper(scaled(gap.welchUpper(), points))
        .p(gap.welchP())
        .cohensD(gap.cohensD())
        .build();
  }

  private static Estimate scaled(Estimate e, double factor) {
    return e.isDefined() ? Estimate.of(e.value() * factor) : e;
  }

  /**
   * The figures of one released set. Alpha, rwg(j) and AD rest on subsets of its scored rows (the
   * rows answering both items of each pair; the rows answering every item), which the release
   * decision does not see: each is withheld when its subset holds fewer than the threshold, so
   * that no figure describes a few. That a subset differs from the set by a few is a documented
   * limit: these are single non-linear figures, not the sums the decision protects.
   */
  private static PerceptionFigures figures(DimensionData d, int slot, int[] rows, Scale scale,
      AgreementNull nullModel, int threshold) {
    // Only respondents with a dimension score take part, so that every figure rests on the same n.
    int[] scored = scored(d.scores, rows);
    int count = scored.length;
    double[] scores = select(d.scores, scored);
    // Alpha, rwg(j) and AD rest on subsets of the scored rows (see the Javadoc above).
    AnswerCovariances covariances = d.covariances[slot];
    AnswerAgreement agreement = d.agreement[slot];
    boolean alphaReleasable = covariances.fewestPairRows() >= threshold;
    boolean agreementReleasable = agreement.completeRows() >= threshold;
    Moments moments = Moments.of(scores);
    Estimate mean = moments.mean();
    return PerceptionFigures.builder()
        .n(count)
        .favourableShare(favourableShare(d, scored))
        .mean(mean)
        .score(mean.isDefined() ? Estimate.of(scale.toPercent(mean.value())) : mean)
        .sd(moments.standardDeviation())
        .alpha(count < 2 ? Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS)
            : alphaReleasable ? covariances.alpha() : WITHHELD)
        .rwgJ(agreementReleasable ? agreement.rwgJ(nullModel) : WITHHELD)
        .ad(agreementReleasable ? agreement.ad() : WITHHELD)
        .build();
  }

  /**
   * The mean over the rows of each row's share of favourable answers among the items it answered,
   * summed in row order (the canonical order), so that the result does not depend on the order in
   * which responses arrived.
   */
  private static Estimate favourableShare(DimensionData d, int[] rows) {
    if (rows.length == 0) {
      return Estimate.undefined(UndefinedReason.NO_DATA);
    }
    int k = d.itemCount;
    double sum = 0;
    for (int row : rows) {
      int answered = 0;
      int favourable = 0;
      for (int c = 0; c < k; c++) {
        double x = d.answers.get(row, c);
        if (x == x) {
          answered++;
          favourable += Favourability.ofIndex((int) x, d.options, d.favourable) == Favourability.FAVOURABLE ? 1 : 0;
        }
      }
      sum += (double) favourable / answered;
    }
    return Estimate.of(sum / rows.length);
  }

  /**
   * The item figures of one released set: over its rows that answered every scale item of the
   * dimension, as the release decision of the items assumed.
   */
  private static List<ItemResult> items(DimensionData d, int[] rows, Scale scale) {
    int k = d.itemCount;
    int options = d.options;
    int count = 0;
    // Per item, how many gave each option index: one increment per answer, and the sums, the
    // sums of squares and the bands follow from these counts in whole numbers, the same numbers
    // as summing answer by answer.
    int[] histogram = new int[k * options];
    for (int row : rows) {
      if (!d.complete[row]) {
        continue;
      }
      count++;
      for (int c = 0; c < k; c++) {
        histogram[c * options + (int) d.answers.get(row, c)]++;
      }
    }
    long[] sums = new long[k];
    // Whole-number sums of squares beside the sums: the SD is then exact up to the last operations.
    long[] squares = new long[k];
    int[][] bands = new int[k][3];
    for (int c = 0; c < k; c++) {
      for (int x = 0; x < options; x++) {
        int times = histogram[c * options + x];
        sums[c] += (long) x * times;
        squares[c] += (long) x * x * times;
        bands[c][Favourability.ofIndex(x, options, d.favourable).ordinal()] += times;
      }
    }
    List<ItemResult> out = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      Item item = d.items.get(c);
      ItemResult.Builder result = ItemResult.builder().itemId(item.id()).dimension(item.dimension())
          .reverseKeyed(item.isReverseKeyed()).n(count);
      if (count == 0) {
        Estimate none = Estimate.undefined(UndefinedReason.NO_DATA);
        result.mean(none).sd(none).score(none).favourableShare(none).neutralShare(none).unfavourableShare(none);
      } else {
        // Whole-number sums, so the figures are exact up to the one division.
        double mean = scale.lowest() + (double) sums[c] / count;
        result.mean(Estimate.of(mean)).sd(itemSd(sums[c], squares[c], count))
            .score(Estimate.of(scale.toPercent(mean)))
            .favourableShare(Estimate.of((double) bands[c][Favourability.FAVOURABLE.ordinal()] / count))
            .neutralShare(Estimate.of((double) bands[c][Favourability.NEUTRAL.ordinal()] / count))
            .unfavourableShare(Estimate.of((double) bands[c][Favourability.UNFAVOURABLE.ordinal()] / count));
      }
      out.add(result.build());
    }
    return out;
  }

  /**
   * The sample SD (n - 1) of one item's option indices, from their whole-number sum and sum of
   * squares: M2 = (n sum x^2 - (sum x)^2) / n, exact in long arithmetic before the one division, so
   * that no cancellation occurs (an index is below 11 and a count below 2^31, so n sum x^2 stays far
   * below 2^63). The index is the answer less the lowest option, which leaves the SD unchanged.
   */
  static Estimate itemSd(long sum, long squares, int n) {
    if (n < 2) {
      return Estimate.undefined(n == 0 ? UndefinedReason.NO_DATA : UndefinedReason.TOO_FEW_OBSERVATIONS);
    }
    long numerator = n * squares - sum * sum;
    return Estimate.of(Math.sqrt((double) numerator / ((double) n * (n - 1))));
  }

  private static EngagementShare engagement(EngagementQuestion question, String itemId, double[] column,
      int[] rows, Scale scale) {
    double midpoint = (scale.lowest() + scale.highest()) / 2.0;
    int answered = 0;
    int agree = 0;
    for (int row : rows) {
      double x = column[row];
      if (!Double.isNaN(x)) {
        answered++;
        if (x > midpoint) {
          agree++;
        }
      }
    }
    return EngagementShare.builder().question(question).itemId(itemId).n(answered)
        .agreePercent(answered == 0 ? Estimate.undefined(UndefinedReason.NO_DATA)
            : Estimate.of(100.0 * agree / answered))
        .build();
  }

  /** Rows sorted by respondent id, which is unique in a response set. */
  private static int[] canonicalOrder(ResponseMatrix matrix) {
    List<Respondent> respondents = matrix.respondents();
    int n = respondents.size();
    String[] ids = new String[n];
    Integer[] rows = new Integer[n];
    for (int i = 0; i < n; i++) {
      ids[i] = respondents.get(i).id();
      rows[i] = i;
    }
    Arrays.sort(rows, (a, b) -> ids[a].compareTo(ids[b]));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = rows[i];
    }
    return order;
  }

  private static double[] reorder(double[] column, int[] order) {
    double[] out = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = column[order[i]];
    }
    return out;
  }

  /** The rows that have a score. */
  private static int[] scored(double[] scores, int[] rows) {
    int[] scored = new int[rows.length];
    int count = 0;
    for (int row : rows) {
      if (!Double.isNaN(scores[row])) {
        scored[count++] = row;
      }
    }
    return count == rows.length ? scored : Arrays.copyOf(scored, count);
  }

  private static double[] select(double[] column, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = column[rows[i]];
    }
    return out;
  }

  /**
   * Decides each figure over every attribute at once and, with a ledger, records what it releases;
   * against the ledger's history when scoring a new release.
   */
  private static final class Releases {
    /**
     * The prefix of the ledger figure that holds a figure's sets over every respondent (each
     * respondent an element of its answers to the figure's items, answered or not), against which
     * the counts of later releases are checked.
     */
    private static final String RESPONDENTS = "RESPONDENTS:";
    private final int[][] codes;
    private final int[] groupCounts;
    private final int threshold;
    private final @Nullable Ledger ledger;
    private final boolean againstHistory;
    private final Ledger.@Nullable Digests digests;
    private final byte[][] personDigests;
    private final int[] personOfRow;
    private final Disclosure.Decider withoutHistory;
    /** Per figure decided with a ledger, each row's element (see {@link #decideItems}). */
    private final Map<String, int[]> elementsOfFigure = new HashMap<>();
    /** Per figure decided with a ledger, each row's element among every respondent's. */
    private final Map<String, int[]> respondentsOfFigure = new HashMap<>();
    /** Every row, for the sets over every respondent. */
    private final boolean[] everyone;

    Releases(ResponseMatrix matrix, int[] order, List<Partition> partitions, int threshold,
        @Nullable Ledger ledger, boolean againstHistory, @Nullable ReleaseKey key) {
      int n = order.length;
      this.codes = new int[partitions.size()][];
      this.groupCounts = new int[partitions.size()];
      for (int a = 0; a < partitions.size(); a++) {
        codes[a] = partitions.get(a).codes;
        groupCounts[a] = partitions.get(a).values.size();
      }
      this.threshold = threshold;
      this.everyone = new boolean[n];
      Arrays.fill(everyone, true);
      this.withoutHistory = new Disclosure.Decider(codes, groupCounts, threshold);
      this.ledger = ledger;
      this.againstHistory = againstHistory;
      this.personDigests = new byte[ledger == null ? 0 : n][];
      this.personOfRow = new int[personDigests.length];
      if (ledger != null && key != null) {
        this.digests = new Ledger.Digests(key);
        for (int row = 0; row < n; row++) {
          personDigests[row] = digests.person(matrix.respondents().get(order[row]).id());
          personOfRow[row] = ledger.person(personDigests[row]);
        }
      } else {
        this.digests = null;
      }
    }

    /** Whether this release is scored against a ledger that records a release of the figure. */
    boolean releasedEarlier(String figure) {
      return againstHistory && ledger != null && !ledger.figure(figure).released.isEmpty();
    }

    /**
     * Decides one figure.
     *
     * @param values per row, NaN where the respondent has no value for the figure
     * @param answers the answers behind the values of a row, for its digest
     */
    Disclosure.Decision decide(String figure, double[] values, IntFunction<double[]> answers) {
      int n = values.length;
      boolean[] member = new boolean[n];
      for (int row = 0; row < n; row++) {
        member[row] = values[row] == values[row];
      }
      if (ledger == null || digests == null) {
        return withoutHistory.decide(member);
      }
      Ledger.Figure f = ledger.figure(figure);
      Ledger.Figure r = ledger.figure(RESPONDENTS + figure);
      int[] elementOfRow = new int[n];
      int[] respondentOfRow = new int[n];
      Arrays.fill(elementOfRow, -1);
      for (int row = 0; row < n; row++) {
        long digest = Ledger.Digests.answers(personDigests[row], figure, answers.apply(row));
        respondentOfRow[row] = r.element(personOfRow[row], digest);
        if (member[row]) {
          elementOfRow[row] = f.element(personOfRow[row], digest);
        }
      }
      elementsOfFigure.put(figure, elementOfRow);
      respondentsOfFigure.put(figure, respondentOfRow);
      Disclosure.History history = againstHistory ? history(f, elementOfRow) : null;
      Disclosure.History respondents = againstHistory ? history(r, respondentOfRow) : null;
      Disclosure.Decision decision = history == null && respondents == null ? withoutHistory.decide(member)
          : Disclosure.decide(member, codes, groupCounts, threshold, history, respondents);
      record(f, decision, member, elementOfRow);
      record(r, decision, everyone, respondentOfRow);
      return decision;
    }

    /** The figure's earlier sets as a history, or null when it has none. */
    private static Disclosure.@Nullable History history(Ledger.Figure f, int[] elementOfRow) {
      return f.released.isEmpty() ? null : new Disclosure.History(new ArrayList<>(f.released), f.personOf.size(),
          f.persons(), elementOfRow, f.mostElementsPerPerson());
    }

    /** Records in the ledger's figure the sets a decision releases, as sorted elements. */
    private void record(Ledger.Figure f, Disclosure.Decision decision, boolean[] member, int[] elementOfRow) {
      for (int[] rows : Disclosure.releasedSets(decision, member, codes)) {
        int[] set = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
          set[i] = elementOfRow[rows[i]];
        }
        Arrays.sort(set);
        f.released.add(set);
      }
    }

    /**
     * Decides the item figures of a dimension already decided.
     *
     * <p>Item figures count, in each released set, the rows that answered every scale item of the
     * dimension ({@code itemMember}); for those rows the dimension score and favourable share are
     * fixed combinations of the item answers, so every released item and dimension figure is a sum
     * over one of two families of sets: the dimension's and the items'. Any combination of them that
     * singles out 1 to k - 1 respondents then gives, item by item, a combination of the two families'
     * sets over rows that does too (the dimension's part plus the item's part divided by its
     * weight), which is what the decision searches for: the item sets are decided as a new release
     * against the dimension's sets as history, over the rows of each family and over every row
     * (released counts of both families combine into the count of answers of the few a combination
     * of whole groups singles out), and, when scoring against earlier releases, against every set
     * the ledger holds for the dimension (its earlier releases' dimension and item sets and this
     * one's dimension sets), likewise over every respondent. A set so hidden is {@link Disclosure.Status#DIFFERENCING}. The item sets are then
     * recorded with the dimension's, so that later releases are checked against them too. What
     * is hidden against this release's dimension sets alone is labelled {@link
     * Disclosure.Status#COMPLEMENTARY}, the rest {@link Disclosure.Status#DIFFERENCING}.
     *
     * <p>When every row with a dimension score answered every item, the item sets are the
     * dimension's: they release nothing new, and get its decision.
     *
     * @param figure the dimension's figure name
     * @param dimension the dimension's decision
     * @param dimensionMember per row, whether it has a dimension score
     * @param itemMember per row, whether it answered every scale item of the dimension
     */
    Disclosure.Decision decideItems(String figure, Disclosure.Decision dimension, boolean[] dimensionMember,
        boolean[] itemMember) {
      if (Arrays.equals(dimensionMember, itemMember)) {
        return dimension.copy();
      }
      Disclosure.Decision within = Disclosure.decide(itemMember, codes, groupCounts, threshold,
          Disclosure.History.ofRelease(dimension, dimensionMember, codes),
          Disclosure.History.ofRelease(dimension, everyone, codes));
      within = complementary(within, within);
      int[] elementOfRow = elementsOfFigure.get(figure);
      int[] respondentOfRow = respondentsOfFigure.get(figure);
      if (ledger == null || elementOfRow == null || respondentOfRow == null) {
        return within;
      }
      Ledger.Figure f = ledger.figure(figure);
      Ledger.Figure r = ledger.figure(RESPONDENTS + figure);
      // The ledger holds this release's dimension sets and, when scoring against history, earlier
      // releases' sets: only these can add to what was decided against this release's alone.
      Disclosure.Decision decision = againstHistory
          ? Disclosure.against(within.copy(), itemMember, codes, groupCounts, threshold, history(f, elementOfRow),
              history(r, respondentOfRow))
          : within;
      record(f, decision, itemMember, elementOfRow);
      // Over every respondent a group's set is the same whichever family releases it: only the
      // groups the dimension does not show add to the ledger.
      Disclosure.Decision added = decision.copy();
      if (dimension.overall == Disclosure.Status.SHOWN) {
        added.overall = Disclosure.Status.COMPLEMENTARY;
      }
      for (int a = 0; a < added.groups.length; a++) {
        for (int g = 0; g < added.groups[a].length; g++) {
          if (dimension.shown(a, g)) {
            added.groups[a][g] = Disclosure.Status.COMPLEMENTARY;
          }
        }
      }
      record(r, added, everyone, respondentOfRow);
      return decision;
    }
  }

  /**
   * Relabels as {@link Disclosure.Status#COMPLEMENTARY} what {@code decision} hides against
   * differencing and {@code within} (the decision against this release's dimension sets alone)
   * hides too: hidden against the other figures of this release, whatever earlier releases add, so
   * that a release scored again says the same.
   */
  private static Disclosure.Decision complementary(Disclosure.Decision decision, Disclosure.Decision within) {
    if (decision.overall == Disclosure.Status.DIFFERENCING && within.overall != Disclosure.Status.SHOWN) {
      decision.overall = Disclosure.Status.COMPLEMENTARY;
    }
    for (int a = 0; a < decision.groups.length; a++) {
      for (int g = 0; g < decision.groups[a].length; g++) {
        if (decision.groups[a][g] == Disclosure.Status.DIFFERENCING && within.groups[a][g] != Disclosure.Status.SHOWN) {
          decision.groups[a][g] = Disclosure.Status.COMPLEMENTARY;
        }
      }
    }
    return decision;
  }

  /** The groups of one attribute: its values, each row's group code and the first slot of its sums. */
  private static final class Partition {
    final String attribute;
    final List<String> values;
    final int[] codes;
    final int firstSlot;

    private Partition(String attribute, List<String> values, int[] codes, int firstSlot) {
      this.attribute = attribute;
      this.values = values;
      this.codes = codes;
      this.firstSlot = firstSlot;
    }

    /** The partition, or null when no respondent has a value for the attribute. */
    static @Nullable Partition of(String attribute, ResponseMatrix matrix, int[] order, int firstSlot) {
      // Codes in order of first appearance, then renumbered in the order of the sorted values. The
      // loops over rows are methods of their own, so that the JIT compiles each once (see groupResults).
      Map<String, Integer> firstSeen = new HashMap<>();
      List<String> seen = new ArrayList<>();
      int[] codes = codesByFirstAppearance(attribute, matrix, order, firstSeen, seen);
      if (seen.isEmpty()) {
        return null;
      }
      List<String> values = new ArrayList<>(seen);
      values.sort(Respondent.LEVEL.equals(attribute)
          ? Comparator.comparingInt((String v) -> Level.valueOf(v).ordinal())
          : Comparator.naturalOrder());
      int[] renumber = new int[seen.size()];
      for (int g = 0; g < values.size(); g++) {
        renumber[firstSeen.get(values.get(g))] = g;
      }
      renumber(codes, renumber);
      return new Partition(attribute, values, codes, firstSlot);
    }

    /** Each row's code, numbering values as they first appear; fills {@code firstSeen} and {@code seen}. */
    private static int[] codesByFirstAppearance(String attribute, ResponseMatrix matrix, int[] order,
        Map<String, Integer> firstSeen, List<String> seen) {
      int[] codes = new int[order.length];
      for (int row = 0; row < order.length; row++) {
        String value = matrix.respondents().get(order[row]).groupValue(attribute).orElse(null);
        if (value == null) {
          codes[row] = Groups.NONE;
          continue;
        }
        Integer code = firstSeen.get(value);
        if (code == null) {
          code = seen.size();
          firstSeen.put(value, code);
          seen.add(value);
        }
        codes[row] = code;
      }
      return codes;
    }

    private static void renumber(int[] codes, int[] renumber) {
      for (int row = 0; row < codes.length; row++) {
        if (codes[row] != Groups.NONE) {
          codes[row] = renumber[codes[row]];
        }
      }
    }
  }

  /**
   * One dimension's reverse-keyed answers (shifted to start at 0, see KeyedAnswers), respondent scores,
   * their covariances and agreement counts per slot, and the number of respondents who answered any
   * of its items; rows in canonical order.
   */
  private static final class DimensionData {
    final KeyedAnswers answers;
    final double[] scores;
    final AnswerCovariances[] covariances;
    final AnswerAgreement[] agreement;
    final int answering;
    final List<Item> items;
    final int itemCount;
    final int options;
    final int favourable;
    /** Per row, whether it answered every item. */
    final boolean[] complete;

    private DimensionData(KeyedAnswers answers, double[] scores, AnswerCovariances[] covariances,
        AnswerAgreement[] agreement, int answering, List<Item> items, int options, int favourable,
        boolean[] complete) {
      this.answers = answers;
      this.scores = scores;
      this.covariances = covariances;
      this.agreement = agreement;
      this.answering = answering;
      this.items = items;
      this.itemCount = items.size();
      this.options = options;
      this.favourable = favourable;
      this.complete = complete;
    }

    /** Per row, whether it has a dimension score. */
    boolean[] scored() {
      boolean[] out = new boolean[scores.length];
      for (int row = 0; row < scores.length; row++) {
        out[row] = scores[row] == scores[row];
      }
      return out;
    }

    static DimensionData of(ResponseMatrix matrix, int[] order, List<Item> items, PerceptionPolicy policy,
        Cells cells, int favourable) {
      Scale scale = matrix.instrument().scale();
      double lowest = scale.lowest();
      int n = order.length;
      int k = items.size();
      double[] weights = new double[k];
      for (int c = 0; c < k; c++) {
        weights[c] = items.get(c).weight().orElse(1);
      }
      double needed = policy.minimumAnsweredShare() * k;
      KeyedAnswers answers = new KeyedAnswers(matrix, order, items);
      double[] scores = new double[n];
      boolean[] complete = new boolean[n];
      double[] row = new double[k];
      int answering = 0;
      for (int r = 0; r < n; r++) {
        answers.copyRow(r, row);
        boolean any = false;
        for (int c = 0; c < k; c++) {
          any |= row[c] == row[c];
        }
        if (any) {
          answering++;
        }
        complete[r] = k > 0 && complete(row, 0, k);
        scores[r] = rowScore(row, 0, weights, lowest, needed);
      }
      AnswerCovariances[] covariances = new AnswerCovariances[cells.slotCount()];
      AnswerAgreement[] agreement = new AnswerAgreement[cells.slotCount()];
      accumulate(answers, complete, scale.options(), scores, cells, covariances, agreement);
      return new DimensionData(answers, scores, covariances, agreement, answering, items, scale.options(),
          favourable, complete);
    }

    /**
     * Fills each slot's accumulators with the rows that have a score. When cells (the sets of slots
     * rows belong to, shared by many rows) are few next to the rows, a row goes to its cell, and
     * each cell is then combined into its slots, so that the row is multiplied out once whatever
     * the number of slots it belongs to; otherwise (a cell or two per row, as in a small
     * organization split by several attributes) each row goes straight to its slots, which spares
     * the cells. Rows answering every item, the others, and the agreement counts are routed apart,
     * as their costs differ.
     * The sums are exact (answers are whole numbers), so the route does not change a bit of the
     * results.
     */
    private static void accumulate(KeyedAnswers answers, boolean[] completeRows, int options, double[] scores,
        Cells cells, AnswerCovariances[] covariances, AnswerAgreement[] agreement) {
      int n = scores.length;
      int k = answers.width();
      int partialRows = 0;
      int scoredRows = 0;
      for (int row = 0; row < n; row++) {
        if (scores[row] == scores[row]) {
          scoredRows++;
          if (!completeRows[row]) {
            partialRows++;
          }
        }
      }
      // Per row and pair, the direct route costs one update per slot of the row (w), the cell route
      // one update plus, per cell, a fold into its w slots: cells pay off below R (w - 1) / w rows.
      int w = cells.slotsPerRow();
      boolean partialByCell = (long) cells.count() * w < (long) partialRows * (w - 1);
      boolean completeByCell = (long) cells.count() * w < (long) (scoredRows - partialRows) * (w - 1);
      // Agreement counts cost a row an increment per item, a cell's fold one per item and option.
      boolean agreementByCell = (long) cells.count() * w * options < (long) (scoredRows - partialRows) * (w - 1);
      for (int slot = 0; slot < covariances.length; slot++) {
        covariances[slot] = new AnswerCovariances(k);
        agreement[slot] = new AnswerAgreement(k, options);
      }
      int covarianceCells = partialByCell || completeByCell ? cells.count() : 0;
      int agreementCells = agreementByCell ? cells.count() : 0;
      AnswerCovariances[] cellCovariances = new AnswerCovariances[covarianceCells];
      AnswerAgreement[] cellAgreement = new AnswerAgreement[agreementCells];
      for (int cell = 0; cell < covarianceCells; cell++) {
        cellCovariances[cell] = new AnswerCovariances(k);
      }
      for (int cell = 0; cell < agreementCells; cell++) {
        cellAgreement[cell] = new AnswerAgreement(k, options);
      }
      double[] values = new double[k];
      for (int row = 0; row < n; row++) {
        if (scores[row] != scores[row]) {
          continue;
        }
        answers.copyRow(row, values);
        int cell = cells.cellOf(row);
        boolean complete = completeRows[row];
        if (complete ? completeByCell : partialByCell) {
          cellCovariances[cell].accept(values, 0);
        } else {
          for (int slot : cells.slots(cell)) {
            covariances[slot].accept(values, 0);
          }
        }
        // Agreement counts only complete rows.
        if (complete) {
          if (agreementByCell) {
            cellAgreement[cell].accept(values, 0);
          } else {
            for (int slot : cells.slots(cell)) {
              agreement[slot].accept(values, 0);
            }
          }
        }
      }
      for (int cell = 0; cell < covarianceCells; cell++) {
        for (int slot : cells.slots(cell)) {
          covariances[slot].combine(cellCovariances[cell]);
        }
      }
      for (int cell = 0; cell < agreementCells; cell++) {
        for (int slot : cells.slots(cell)) {
          agreement[slot].combine(cellAgreement[cell]);
        }
      }
    }

    /**
     * A respondent's dimension score from their shifted keyed answers at {@code base}: the weighted
     * mean of the answered items in scale units, or NaN with fewer answered than {@code needed}.
     */
    static double rowScore(double[] answers, int base, double[] weights, double lowest, double needed) {
      double sum = 0;
      double weight = 0;
      int answered = 0;
      for (int c = 0; c < weights.length; c++) {
        double shifted = answers[base + c];
        if (shifted == shifted) {
          sum += weights[c] * (shifted + lowest);
          weight += weights[c];
          answered++;
        }
      }
      // A small tolerance keeps a share such as 2/3 of 3 items from failing on rounding.
      return answered > 0 && answered >= needed - 1e-9 ? sum / weight : Double.NaN;
    }

    private static boolean complete(double[] answers, int base, int k) {
      boolean all = true;
      for (int i = 0; i < k; i++) {
        double x = answers[base + i];
        all &= x == x;
      }
      return all;
    }
  }
}
