package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.survey.Respondent;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The settings of perception scoring, each with a documented default and the reason for it.
 *
 * <p>{@link #defaults()} is the policy to use unless a study needs otherwise; change one setting with
 * a {@code with*} copy, such as {@code PerceptionPolicy.defaults().withAnonymityThreshold(8)}.
 *
 * <p>Invariants: the answered share is in (0, 1]; the anonymity threshold is at least {@value
 * #MINIMUM_ANONYMITY_THRESHOLD}; a custom null variance is a finite number greater than 0; the
 * confidence level is strictly between 0 and 1; grouping attribute names are not blank and not
 * repeated; a number of favourable options is at least 1 (and, when scoring, at most half the
 * scale's options).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PerceptionPolicy {
  /** The lowest anonymity threshold a policy accepts. */
  public static final int MINIMUM_ANONYMITY_THRESHOLD = 3;

  private static final PerceptionPolicy DEFAULTS = builder().build();

  PerceptionPolicy() {}

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default policy.
   *
   * @return the policy with every setting at its default
   */
  public static PerceptionPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The share of a dimension's items a respondent must answer for a dimension score. Default 0.5:
   * with five or six items per dimension, a score then rests on at least three statements, while a
   * respondent who skipped one or two is still counted.
   *
   * @return the share, in (0, 1]
   */
  @Value.Default
  public double minimumAnsweredShare() {
    return 0.5;
  }

  /**
   * The anonymity threshold k: the fewest respondents any released figure may let anyone single
   * out. Default 5, a common floor in employee surveys below which answers can be traced to people;
   * never below {@value #MINIMUM_ANONYMITY_THRESHOLD}.
   *
   * <p><b>The guarantee.</b> Against an attacker who knows every respondent's attribute values and
   * which items each answered, and who reads every figure a report releases (organization and
   * group figures, item results, engagement shares, gaps, group differences, and what rules and
   * reports quote from them), the scorer releases figures only for sets of respondents such that,
   * for each dimension (its figures and its {@linkplain ItemResult items'} together: item figures
   * count only those who answered every item of the dimension, and are decided against the
   * dimension's released sets) and each engagement question:
   *
   * <ul>
   *   <li><b>T1, within an attribute</b>: the respondents of its hidden groups, those with no value
   *       for it included, number 0 or at least k;
   *   <li><b>T2, across attributes</b>: no linear combination of the released figures (counts,
   *       sums, sums of squares, agree counts) gives the total of a set of 1 to k - 1 respondents or
   *       the total of one part of it minus the other's: no vector with entries -1, 0 and 1 whose
   *       nonzero entries cover 1 to k - 1 respondents lies in the span of the released sets over the
   *       respondents with a value; nor, over all respondents, for the counts of answers (so no
   *       hidden group's n follows from shown ones and totals). Alpha, rwg(j) and AD, which rest on
   *       the set's respondents who answered both items of each pair or every item, are withheld
   *       ({@link io.github.serviceculture.alignment.stats.UndefinedReason#WITHHELD_FOR_ANONYMITY})
   *       when those hold fewer than k;
   *   <li><b>T3, across releases</b>, when scored with {@link PerceptionScorer#score(
   *       io.github.serviceculture.alignment.survey.ResponseSet, ReleaseLedger)}: the same holds for
   *       this release's sets together with those of every earlier release the ledger records, where
   *       a respondent with unchanged answers is the same in every release and one who moved
   *       between groups is counted in each release's groups, and no one respondent's change of
   *       answers is determined either; sets are counted in persons. Over all respondents, counts of
   *       answers are checked likewise against the earlier releases' full groups (a respondent with
   *       unchanged answers, answered or not, the same in every release), for the earlier releases
   *       whose ledger records their full groups (ledgers sealed before this check do not).
   * </ul>
   *
   * <p>Enforced by hiding, in this order: the organization's figures below k (then everything); each
   * group below k ({@link NotReportedReason#SUPPRESSED_FOR_ANONYMITY}); within an attribute, the
   * smallest shown group while T1 fails; while T2 fails, the smallest group without which the set
   * found is no longer determined, or else the smallest group the combination found uses ({@link
   * NotReportedReason#SUPPRESSED_COMPLEMENTARY}); while T3 fails, likewise, the organization's figures
   * last ({@link NotReportedReason#SUPPRESSED_AGAINST_DIFFERENCING}). Ties go to the attribute first
   * in {@link #groupBy()} and to the first value in the report's order. The span is computed in
   * exact integer arithmetic.
   *
   * <p><b>Limits.</b> A released set whose members all answered alike reveals that they did (a mean
   * at an end of the scale reveals every member's answers). Combinations with weights other
   * than -1, 0 and 1 are not searched. Without a previous release's
   * ledger (the latest of the survey's chain) nothing protects against differencing with earlier
   * reports; that a subset behind alpha, rwg(j) or AD differs from its set by a few is not
   * checked; across releases, counts of those who answered are protected only against releases
   * whose ledger records their full groups (see T3). Where
   * the search would need numbers beyond 64 bits or more than 10,000 steps, it hides as if it had
   * found a set. Figures are released at full
   * double precision: rounding would not protect a small set (a mean of n answers rounded to two
   * decimals still gives their integer total for n under 50) and the guarantee does not rest on it.
   *
   * @return the threshold
   */
  @Value.Default
  public int anonymityThreshold() {
    return 5;
  }

  /**
   * The expected error variance of the agreement null (the {@code ranvar} of R's multilevel). Default
   * empty: the uniform null of the instrument's scale, (A² - 1) / 12 for A options, which assumes no
   * response bias; give a smaller value (such as 1.34 for a moderately skewed five-point null) when
   * leniency is expected.
   *
   * @return the variance, or empty for the uniform null
   */
  public abstract OptionalDouble agreementNullVariance();

  /**
   * The respondent attributes results are grouped by. Default {@code level}, {@code department} and
   * {@code customerFacing}: the method expects leaders to see a culture the frontline may not, and
   * non-customer-facing departments to see themselves outside it.
   *
   * @return attribute names, as understood by {@link Respondent#groupValue(String)}
   */
  @Value.Default
  public List<String> groupBy() {
    return List.of(Respondent.LEVEL, Respondent.DEPARTMENT, Respondent.CUSTOMER_FACING);
  }

  /**
   * The confidence level of intervals, such as the interval of a gap between groups. Default 0.95,
   * the usual level.
   *
   * @return the level, strictly between 0 and 1
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  /**
   * The outcome whose drivers the report analyses: an item id of the instrument (such as an overall
   * engagement or service-quality item, its answers keyed), or else the name of a respondent
   * attribute that holds a number per respondent (an outcome column of a survey file). Default
   * empty: no drivers analysis. An item of a dimension's scale is not accepted as the outcome of
   * that analysis (see {@link Drivers}), since the dimension's score would contain it; a respondent
   * without the attribute has no value, and a value that is not a finite number is rejected.
   *
   * @return the item id or attribute name, or empty for none
   */
  public abstract Optional<String> driversOutcome();

  /**
   * The fewest complete respondents (a score for every dimension and a value of the outcome) a
   * drivers analysis needs; below it the figures are undefined ({@code TOO_FEW_OBSERVATIONS}), and
   * never below the anonymity threshold either. Default 50, above the 20 to 25 that survey platforms
   * use: with six dimensions, a regression on data of no relation at all has an expected R² of 6 /
   * (n - 1), a quarter of the variance at 25 respondents, so every dimension would look like a
   * driver there; at 50 it is 12 %, and the bootstrap intervals show the rest of the uncertainty.
   * At least 8, so that six dimensions leave a residual degree of freedom.
   *
   * @return the minimum, at least 8
   */
  @Value.Default
  public int driversMinimumRespondents() {
    return 50;
  }

  /**
   * The number of bootstrap resamples of a drivers analysis. Default 200, which keeps the analysis of
   * 1,000 respondents within a few milliseconds and estimates the spread of the shares well, though
   * the limits of a 95 % percentile interval still move from seed to seed (see {@link
   * io.github.serviceculture.alignment.stats.RelativeImportance#bootstrap(int, long, double)});
   * raise it for publication.
   *
   * @return the count, from 2 to 100,000
   */
  @Value.Default
  public int driversResamples() {
    return 200;
  }

  /**
   * The seed of a drivers analysis's bootstrap. Default 1: a fixed seed, so that the same responses
   * give the same report byte for byte; change it to see how much the intervals owe to chance.
   *
   * @return the seed
   */
  @Value.Default
  public long driversSeed() {
    return 1;
  }

  /**
   * How many options at each end of the scale count as favourable (the top ones) and unfavourable
   * (the bottom ones) in the shares of {@link ItemResult} and {@link PerceptionFigures#favourableShare()};
   * the options between are neutral. Default empty: half the scale's options, rounded down, so that
   * the options above the midpoint are favourable (4-5 of a five-point scale) and only the middle
   * option of an odd scale is neutral, the common convention of employee surveys. Give 2 on a
   * seven-point scale to count only its top two options favourable. See {@link Favourability} for
   * the map of every scale from 2 to 11 options.
   *
   * @return the number, at least 1 and at most half the options of the scale scored; or empty for
   *     the default
   */
  public abstract OptionalInt favourableOptions();

  /**
   * The number of favourable options this policy gives a scale: {@link #favourableOptions()}, or by
   * default {@link Favourability#defaultOptions(io.github.serviceculture.alignment.survey.Scale) half
   * its options}.
   *
   * @param scale the scale scored; not null
   * @return the number, from 1 to half the scale's options
   * @throws InvalidValueException if {@code scale} is null, or the policy's number is more than half
   *     the scale's options (the error names {@code favourableOptions})
   */
  public final int favourableOptions(io.github.serviceculture.alignment.survey.Scale scale) {
    int options = favourableOptions().orElse(Favourability.defaultOptions(scale));
    Favourability.checkOptions(scale, options);
    return options;
  }

  @Value.Check
  void check() {
    String type = "PerceptionPolicy";
    Checks.require(minimumAnsweredShare() > 0 && minimumAnsweredShare() <= 1, type, "minimumAnsweredShare",
        minimumAnsweredShare(), "must be greater than 0 and at most 1");
    Checks.require(anonymityThreshold() >= MINIMUM_ANONYMITY_THRESHOLD, type, "anonymityThreshold",
        anonymityThreshold(), "must be at least " + MINIMUM_ANONYMITY_THRESHOLD);
    agreementNullVariance().ifPresent(v -> Checks.positive(type, "agreementNullVariance", v));
    favourableOptions().ifPresent(v -> Checks.positive(type, "favourableOptions", v));
    Checks.require(confidenceLevel() > 0 && confidenceLevel() < 1, type, "confidenceLevel", confidenceLevel(),
        "must lie strictly between 0 and 1");
    Checks.noBlankElement(type, "groupBy", groupBy());
    Checks.require(groupBy().stream().distinct().count() == groupBy().size(), type, "groupBy", groupBy(),
        "must not repeat an attribute");
    driversOutcome().ifPresent(outcome -> Checks.notBlank(type, "driversOutcome", outcome));
    Checks.require(driversMinimumRespondents() >= 8, type, "driversMinimumRespondents", driversMinimumRespondents(),
        "must be at least 8");
    Checks.require(driversResamples() >= 2 && driversResamples() <= 100_000, type, "driversResamples",
        driversResamples(), "must be from 2 to 100000");
  }

  /**
   * Returns a copy with {@link #minimumAnsweredShare() minimumAnsweredShare} set to {@code
   * value}: the share of a dimension's items a respondent must answer for a dimension score.
   *
   * <p>The field's contract: the share, in (0, 1].
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionPolicy withMinimumAnsweredShare(double value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithMinimumAnsweredShare(value);
  }

  /**
   * Returns a copy with {@link #anonymityThreshold() anonymityThreshold} set to {@code value}:
   * the smallest group whose figures are reported.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionPolicy withAnonymityThreshold(int value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithAnonymityThreshold(value);
  }

  /**
   * Returns a copy with {@link #agreementNullVariance() agreementNullVariance} set to a
   * present {@code value}: the expected error variance of the agreement null (the {@code
   * ranvar} of R's multilevel).
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionPolicy withAgreementNullVariance(double value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithAgreementNullVariance(value);
  }

  /**
   * Returns a copy with {@link #agreementNullVariance() agreementNullVariance} set to {@code
   * optional}, or cleared when it is empty: the expected error variance of the agreement null
   * (the {@code ranvar} of R's multilevel).
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionPolicy withAgreementNullVariance(OptionalDouble optional) {
    return ((ImmutablePerceptionPolicy) this).generatedWithAgreementNullVariance(
        Checks.notNull("PerceptionPolicy", "agreementNullVariance", optional));
  }

  /**
   * Returns a copy whose {@link #groupBy() groupBy} are the given elements: the respondent
   * attributes results are grouped by.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionPolicy withGroupBy(String... elements) {
    return ((ImmutablePerceptionPolicy) this).generatedWithGroupBy(
        Checks.notNull("PerceptionPolicy", "groupBy", elements));
  }

  /**
   * Returns a copy whose {@link #groupBy() groupBy} are the given elements: the respondent
   * attributes results are grouped by.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionPolicy withGroupBy(Iterable<String> elements) {
    return ((ImmutablePerceptionPolicy) this).generatedWithGroupBy(
        Checks.notNull("PerceptionPolicy", "groupBy", elements));
  }

  /**
   * Returns a copy with {@link #confidenceLevel() confidenceLevel} set to {@code value}: the
   * confidence level of intervals, such as the interval of a gap between groups.
   *
   * <p>The field's contract: the level, strictly between 0 and 1.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionPolicy withConfidenceLevel(double value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithConfidenceLevel(value);
  }

  /**
   * Returns a copy with {@link #driversOutcome() driversOutcome} set to a present {@code value}:
   * the outcome whose drivers are analysed.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   * the copy breaks an invariant
   */
  public final PerceptionPolicy withDriversOutcome(String value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithDriversOutcome(Checks.notNull("PerceptionPolicy", "driversOutcome", value));
  }

  /**
   * Returns a copy with {@link #driversOutcome() driversOutcome} set to {@code optional}, or
   * cleared when it is empty: the outcome whose drivers are analysed.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or
   * the copy breaks an invariant
   */
  public final PerceptionPolicy withDriversOutcome(Optional<String> optional) {
    return ((ImmutablePerceptionPolicy) this).generatedWithDriversOutcome(
        Checks.notNull("PerceptionPolicy", "driversOutcome", optional));
  }

  /**
   * Returns a copy with {@link #driversMinimumRespondents() driversMinimumRespondents} set to
   * {@code value}: the fewest complete respondents a drivers analysis needs.
   *
    * The field's contract: the minimum, at least 8
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final PerceptionPolicy withDriversMinimumRespondents(int value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithDriversMinimumRespondents(value);
  }

  /**
   * Returns a copy with {@link #driversResamples() driversResamples} set to {@code value}: the
   * number of bootstrap resamples of a drivers analysis.
   *
    * The field's contract: the count, from 2 to 100,000
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final PerceptionPolicy withDriversResamples(int value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithDriversResamples(value);
  }

  /**
   * Returns a copy with {@link #driversSeed() driversSeed} set to {@code value}: the seed of a
   * drivers analysis's bootstrap.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   * invariant
   */
  public final PerceptionPolicy withDriversSeed(long value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithDriversSeed(value);
  }

  /**
   * Returns a copy with {@link #favourableOptions() favourableOptions} set to a present {@code
   * value}: how many options at each end of the scale count as favourable and unfavourable.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final PerceptionPolicy withFavourableOptions(int value) {
    return ((ImmutablePerceptionPolicy) this).generatedWithFavourableOptions(value);
  }

  /**
   * Returns a copy with {@link #favourableOptions() favourableOptions} set to {@code optional}, or
   * cleared when it is empty: how many options at each end of the scale count as favourable and
   * unfavourable.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final PerceptionPolicy withFavourableOptions(OptionalInt optional) {
    return ((ImmutablePerceptionPolicy) this).generatedWithFavourableOptions(
        Checks.notNull("PerceptionPolicy", "favourableOptions", optional));
  }

  /** Builds a {@link PerceptionPolicy}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "PerceptionPolicy";

    private final ImmutablePerceptionPolicy.Builder delegate = ImmutablePerceptionPolicy.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder; an optional field that is empty
     * there keeps this builder's value, and a list, set or map field gets {@code instance}'s
     * elements added to those this builder already holds.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(PerceptionPolicy instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#minimumAnsweredShare() minimumAnsweredShare}: the share of a
     * dimension's items a respondent must answer for a dimension score.
     *
     * <p>The field's contract: the share, in (0, 1].
     *
     * @param minimumAnsweredShare the value
     * @return this builder
     */
    public Builder minimumAnsweredShare(double minimumAnsweredShare) {
      delegate.minimumAnsweredShare(minimumAnsweredShare);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#anonymityThreshold() anonymityThreshold}: the smallest group
     * whose figures are reported.
     *
     * @param anonymityThreshold the value
     * @return this builder
     */
    public Builder anonymityThreshold(int anonymityThreshold) {
      delegate.anonymityThreshold(anonymityThreshold);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#agreementNullVariance() agreementNullVariance} to a present
     * value: the expected error variance of the agreement null (the {@code ranvar} of R's
     * multilevel).
     *
     * @param agreementNullVariance the value
     * @return this builder
     */
    public Builder agreementNullVariance(double agreementNullVariance) {
      delegate.agreementNullVariance(agreementNullVariance);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#agreementNullVariance() agreementNullVariance}, or clears it
     * when {@code agreementNullVariance} is empty: the expected error variance of the agreement
     * null (the {@code ranvar} of R's multilevel).
     *
     * @param agreementNullVariance the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code agreementNullVariance} is null
     */
    public Builder agreementNullVariance(OptionalDouble agreementNullVariance) {
      delegate.agreementNullVariance(Checks.notNull(TYPE, "agreementNullVariance", agreementNullVariance));
      return this;
    }

    /**
     * Adds one element to {@link PerceptionPolicy#groupBy() groupBy}: the respondent attributes
     * results are grouped by.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addGroupBy(String element) {
      delegate.addGroupBy(Checks.notNull(TYPE, "groupBy", element));
      return this;
    }

    /**
     * Adds the given elements to {@link PerceptionPolicy#groupBy() groupBy}: the respondent
     * attributes results are grouped by.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addGroupBy(String... elements) {
      delegate.addGroupBy(Checks.notNull(TYPE, "groupBy", elements));
      return this;
    }

    /**
     * Replaces every element of {@link PerceptionPolicy#groupBy() groupBy} with those of {@code
     * elements}: the respondent attributes results are grouped by.
     *
     * <p>The field's contract: attribute names, as understood by {@link
     * Respondent#groupValue(String)}.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder groupBy(Iterable<String> elements) {
      delegate.groupBy(Checks.notNull(TYPE, "groupBy", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link PerceptionPolicy#groupBy() groupBy}: the
     * respondent attributes results are grouped by.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllGroupBy(Iterable<String> elements) {
      delegate.addAllGroupBy(Checks.notNull(TYPE, "groupBy", elements));
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#confidenceLevel() confidenceLevel}: the confidence level of
     * intervals, such as the interval of a gap between groups.
     *
     * <p>The field's contract: the level, strictly between 0 and 1.
     *
     * @param confidenceLevel the value
     * @return this builder
     */
    public Builder confidenceLevel(double confidenceLevel) {
      delegate.confidenceLevel(confidenceLevel);
      return this;
    }


    /**
     * Sets {@link PerceptionPolicy#driversOutcome() driversOutcome} to a present value: the outcome
     * whose drivers are analysed.
     *
     * @param driversOutcome the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code driversOutcome} is null
     */
    public Builder driversOutcome(String driversOutcome) {
      delegate.driversOutcome(Checks.notNull(TYPE, "driversOutcome", driversOutcome));
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#driversOutcome() driversOutcome}, or clears it when {@code
     * driversOutcome} is empty: the outcome whose drivers are analysed.
     *
     * @param driversOutcome the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code driversOutcome} is null
     */
    public Builder driversOutcome(Optional<String> driversOutcome) {
      delegate.driversOutcome(Checks.notNull(TYPE, "driversOutcome", driversOutcome));
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#driversMinimumRespondents() driversMinimumRespondents}: the
     * fewest complete respondents a drivers analysis needs. Optional; default 50.
     *
      * The field's contract: the minimum, at least 8
     *
     * @param driversMinimumRespondents the value
     * @return this builder
     */
    public Builder driversMinimumRespondents(int driversMinimumRespondents) {
      delegate.driversMinimumRespondents(driversMinimumRespondents);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#driversResamples() driversResamples}: the number of bootstrap
     * resamples of a drivers analysis. Optional; default 200.
     *
      * The field's contract: the count, from 2 to 100,000
     *
     * @param driversResamples the value
     * @return this builder
     */
    public Builder driversResamples(int driversResamples) {
      delegate.driversResamples(driversResamples);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#driversSeed() driversSeed}: the seed of a drivers analysis's
     * bootstrap. Optional; default 1.
     *
     * @param driversSeed the value
     * @return this builder
     */
    public Builder driversSeed(long driversSeed) {
      delegate.driversSeed(driversSeed);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#favourableOptions() favourableOptions} to a present value: how
     * many options at each end of the scale count as favourable and unfavourable.
     *
     * @param favourableOptions the value
     * @return this builder
     */
    public Builder favourableOptions(int favourableOptions) {
      delegate.favourableOptions(favourableOptions);
      return this;
    }

    /**
     * Sets {@link PerceptionPolicy#favourableOptions() favourableOptions}, or clears it when {@code
     * favourableOptions} is empty: how many options at each end of the scale count as favourable and
     * unfavourable.
     *
     * @param favourableOptions the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code favourableOptions} is null
     */
    public Builder favourableOptions(OptionalInt favourableOptions) {
      delegate.favourableOptions(Checks.notNull(TYPE, "favourableOptions", favourableOptions));
      return this;
    }

    /**
     * Builds the {@link PerceptionPolicy}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public PerceptionPolicy build() {
      return delegate.build();
    }
  }
}
