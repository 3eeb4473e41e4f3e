package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Frequency;
import org.immutables.value.Value;

/**
 * The thresholds built-in rules compare against, each with a default, where it comes from (the
 * method's statement, in this library's words, or a convention of this library's) and whether the
 * criterion it sets is {@linkplain Importance#ESSENTIAL essential} (a miss is a warning and keeps the
 * dimension out of the aligned band) or {@linkplain Importance#ADVISORY advisory} (a miss is INFO
 * advice and does not count in a score). Change one with a {@code with*} copy of {@link #defaults()}.
 *
 * <p>Calibration: every vision the sources present as a good example (REI, JetBlue, the Clean Vehicle
 * Rebate Project, Shake Shack, Publix, Safelite and Rackspace) passes every essential criterion with
 * the defaults; {@code SeedCasesTest} holds them to it.
 *
 * <p>Invariants: counts and day spans are at least 1; the drafting group's minimum is at most its
 * maximum; percentages lie in 0..100; rwg(j) lies in 0..1; points are greater than 0.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleThresholds {
  private static final RuleThresholds DEFAULTS = builder().build();

  RuleThresholds() {}

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default thresholds.
   *
   * @return the thresholds
   */
  public static RuleThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * The most sentences a vision may have before an advisory finding. Advisory. Default 1: the author
   * prefers one sentence, yet presents Rackspace's longer promise as a good vision.
   *
   * @return the sentence count
   */
  @Value.Default
  public int visionMaxSentences() {
    return 1;
  }

  /**
   * The most words a vision may have before an advisory finding. Advisory: the method sets no length
   * limit, and among its good examples Safelite's has 31 words and Rackspace's 41, so a longer vision
   * gets INFO advice only. Default 20: beyond it, check that employees can still repeat the vision
   * from memory, since one they cannot recall does not guide them.
   *
   * @return the word count
   */
  @Value.Default
  public int visionMaxWords() {
    return 20;
  }

  /**
   * The lowest Flesch reading ease a vision of at least {@link #readabilityMinWords()} words may
   * have. Essential: the method requires a vision that is simple and easily understood, and this is
   * the library's measure of plain words. Default 0, the bottom of Flesch's 0 to 100 scale: the
   * formula also charges for sentence length, and a single long sentence of everyday words (Safelite's
   * 31 words read at 28) must pass, while jargon such as "operationalizing differentiated omnichannel
   * capabilities" falls far below 0.
   *
   * @return the reading ease
   */
  @Value.Default
  public double visionMinReadingEase() {
    return 0;
  }

  /**
   * The fewest words for which reading ease is judged (a shorter vision is simple by its length).
   * Default 10: the formula is meaningless for a two-word vision such as JetBlue's.
   *
   * @return the word count
   */
  @Value.Default
  public int readabilityMinWords() {
    return 10;
  }

  /**
   * The smallest drafting group. Advisory: the author's own practice for writing a vision. Default 7,
   * the method's lower bound for a group that spans levels.
   *
   * @return the size
   */
  @Value.Default
  public int draftingGroupMinSize() {
    return 7;
  }

  /**
   * The largest drafting group. Advisory, as {@link #draftingGroupMinSize()}. Default 10, the method's upper bound for a group that can agree in a
   * two-hour session.
   *
   * @return the size
   */
  @Value.Default
  public int draftingGroupMaxSize() {
    return 10;
  }

  /**
   * The lowest share of outside stakeholders who must recognize the organization in the vision.
   * Essential when a gut check is recorded: recognition is the evidence that the vision reflects who
   * the organization is, the third property the method requires. Default 90: the author reports
   * that a sound draft is recognized about 95 % of the time; a little below is still near it.
   *
   * @return the percentage
   */
  @Value.Default
  public double gutCheckMinPercent() {
    return 90;
  }

  /**
   * The yearly turnover rate above which hiring gets advice. Advisory: the method asks that the cost
   * of turnover be known (its toolkit has a calculator) but sets no rate. Default 30, this library's:
   * above common rates across industries, and at the level where the cost of replacing people
   * dominates training budgets.
   *
   * @return the percentage
   */
  @Value.Default
  public double turnoverWarningPercent() {
    return 30;
  }

  /**
   * The most days since the "situations where we say no" list was last reviewed. Advisory: the list
   * is an exercise the method suggests, with no schedule. Default 365, this library's: the list goes
   * stale as products and policies change.
   *
   * @return the days
   */
  @Value.Default
  public int sayNoReviewMaxAgeDays() {
    return 365;
  }

  /**
   * The least often leaders should discuss the vision in team meetings and one-on-ones. Essential: the
   * method's leaders talk about the vision constantly, JetBlue's in team and one-on-one meetings.
   * Default monthly, this library's floor for "constantly".
   *
   * @return the frequency
   */
  @Value.Default
  public Frequency visionDiscussionMinFrequency() {
    return Frequency.MONTHLY;
  }

  /**
   * The least often executives should visit each location. Advisory: JetBlue's practice, given as an
   * example. Default quarterly, as at JetBlue.
   *
   * @return the frequency
   */
  @Value.Default
  public Frequency executiveVisitMinFrequency() {
    return Frequency.QUARTERLY;
  }

  /**
   * The lowest share of respondents, overall or in a reported group, who should say they can answer
   * an engagement question. Essential: the method asks that every employee can say what the vision is,
   * what it means and how they contribute. Default 80, this library's: the aim is everyone; below four in five, a part of the
   * organization does not see itself in the vision.
   *
   * @return the percentage
   */
  @Value.Default
  public double engagementMinAgreePercent() {
    return 80;
  }

  /**
   * The lowest rwg(j) for a dimension to count as a shared perception. Essential: a culture is shared
   * or it is not one. Default 0.70, the conventional cut-off for agreement in organizational research.
   *
   * @return rwg(j)
   */
  @Value.Default
  public double sharedPerceptionMinRwgJ() {
    return 0.70;
  }

  /**
   * The largest gap, in points on 0..100, between a group and the frontline before it is a finding.
   * Essential: the method's leaders must see the culture the frontline lives. Default 15, this
   * library's: more than half a scale point on a five-point scale, well beyond noise for groups
   * above the anonymity threshold.
   *
   * @return the points
   */
  @Value.Default
  public double perceptionGapPoints() {
    return 15;
  }

  @Value.Check
  void check() {
    String type = "RuleThresholds";
    Checks.positive(type, "visionMaxSentences", visionMaxSentences());
    Checks.positive(type, "visionMaxWords", visionMaxWords());
    Checks.positive(type, "readabilityMinWords", readabilityMinWords());
    Checks.positive(type, "draftingGroupMinSize", draftingGroupMinSize());
    Checks.require(draftingGroupMaxSize() >= draftingGroupMinSize(), type, "draftingGroupMaxSize",
        draftingGroupMaxSize(), "must be at least draftingGroupMinSize (" + draftingGroupMinSize() + ")");
    Checks.percent(type, "gutCheckMinPercent", gutCheckMinPercent());
    Checks.nonNegative(type, "turnoverWarningPercent", turnoverWarningPercent());
    Checks.positive(type, "sayNoReviewMaxAgeDays", sayNoReviewMaxAgeDays());
    Checks.percent(type, "engagementMinAgreePercent", engagementMinAgreePercent());
    Checks.require(sharedPerceptionMinRwgJ() >= 0 && sharedPerceptionMinRwgJ() <= 1, type,
        "sharedPerceptionMinRwgJ", sharedPerceptionMinRwgJ(), "must lie between 0 and 1");
    Checks.positive(type, "perceptionGapPoints", perceptionGapPoints());
    Checks.finite(type, "visionMinReadingEase", visionMinReadingEase());
  }

  /**
   * Returns a copy with {@link #visionMaxSentences() visionMaxSentences} set to {@code value}:
   * the most sentences a vision may have before an advisory finding.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withVisionMaxSentences(int value) {
    return ((ImmutableRuleThresholds) this).generatedWithVisionMaxSentences(value);
  }

  /**
   * Returns a copy with {@link #visionMaxWords() visionMaxWords} set to {@code value}: the
   * most words a vision may have.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withVisionMaxWords(int value) {
    return ((ImmutableRuleThresholds) this).generatedWithVisionMaxWords(value);
  }

  /**
   * Returns a copy with {@link #visionMinReadingEase() visionMinReadingEase} set to {@code
   * value}: the lowest Flesch reading ease a vision of at least {@link #readabilityMinWords()}
   * words may have.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withVisionMinReadingEase(double value) {
    return ((ImmutableRuleThresholds) this).generatedWithVisionMinReadingEase(value);
  }

  /**
   * Returns a copy with {@link #readabilityMinWords() readabilityMinWords} set to {@code
   * value}: the fewest words for which reading ease is judged.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withReadabilityMinWords(int value) {
    return ((ImmutableRuleThresholds) this).generatedWithReadabilityMinWords(value);
  }

  /**
   * Returns a copy with {@link #draftingGroupMinSize() draftingGroupMinSize} set to {@code
   * value}: the smallest drafting group.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withDraftingGroupMinSize(int value) {
    return ((ImmutableRuleThresholds) this).generatedWithDraftingGroupMinSize(value);
  }

  /**
   * Returns a copy with {@link #draftingGroupMaxSize() draftingGroupMaxSize} set to {@code
   * value}: the largest drafting group.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withDraftingGroupMaxSize(int value) {
    return ((ImmutableRuleThresholds) this).generatedWithDraftingGroupMaxSize(value);
  }

  /**
   * Returns a copy with {@link #gutCheckMinPercent() gutCheckMinPercent} set to {@code value}:
   * the lowest share of outside stakeholders who must recognize the organization in the
   * vision.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withGutCheckMinPercent(double value) {
    return ((ImmutableRuleThresholds) this).generatedWithGutCheckMinPercent(value);
  }

  /**
   * Returns a copy with {@link #turnoverWarningPercent() turnoverWarningPercent} set to {@code
   * value}: the yearly turnover rate above which hiring is flagged.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withTurnoverWarningPercent(double value) {
    return ((ImmutableRuleThresholds) this).generatedWithTurnoverWarningPercent(value);
  }

  /**
   * Returns a copy with {@link #sayNoReviewMaxAgeDays() sayNoReviewMaxAgeDays} set to {@code
   * value}: the most days since the "situations where we say no" list was last reviewed.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withSayNoReviewMaxAgeDays(int value) {
    return ((ImmutableRuleThresholds) this).generatedWithSayNoReviewMaxAgeDays(value);
  }

  /**
   * Returns a copy with {@link #visionDiscussionMinFrequency() visionDiscussionMinFrequency}
   * set to {@code value}: the least often leaders should discuss the vision in team meetings
   * and one-on-ones.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final RuleThresholds withVisionDiscussionMinFrequency(Frequency value) {
    return ((ImmutableRuleThresholds) this).generatedWithVisionDiscussionMinFrequency(
        Checks.notNull("RuleThresholds", "visionDiscussionMinFrequency", value));
  }

  /**
   * Returns a copy with {@link #executiveVisitMinFrequency() executiveVisitMinFrequency} set
   * to {@code value}: the least often executives should visit each location.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final RuleThresholds withExecutiveVisitMinFrequency(Frequency value) {
    return ((ImmutableRuleThresholds) this).generatedWithExecutiveVisitMinFrequency(
        Checks.notNull("RuleThresholds", "executiveVisitMinFrequency", value));
  }

  /**
   * Returns a copy with {@link #engagementMinAgreePercent() engagementMinAgreePercent} set to
   * {@code value}: the lowest share of respondents, overall or in a reported group, who should
   * say they can answer an engagement question.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withEngagementMinAgreePercent(double value) {
    return ((ImmutableRuleThresholds) this).generatedWithEngagementMinAgreePercent(value);
  }

  /**
   * Returns a copy with {@link #sharedPerceptionMinRwgJ() sharedPerceptionMinRwgJ} set to
   * {@code value}: the lowest rwg(j) for a dimension to count as a shared perception.
   *
   * <p>The field's contract: rwg(j).
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withSharedPerceptionMinRwgJ(double value) {
    return ((ImmutableRuleThresholds) this).generatedWithSharedPerceptionMinRwgJ(value);
  }

  /**
   * Returns a copy with {@link #perceptionGapPoints() perceptionGapPoints} set to {@code
   * value}: the largest gap, in points on 0..100, between a group and the frontline before it
   * is a finding.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final RuleThresholds withPerceptionGapPoints(double value) {
    return ((ImmutableRuleThresholds) this).generatedWithPerceptionGapPoints(value);
  }

  /** Builds a {@link RuleThresholds}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "RuleThresholds";

    private final ImmutableRuleThresholds.Builder delegate = ImmutableRuleThresholds.generatedBuilder();

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
    public Builder from(RuleThresholds instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link RuleThresholds#visionMaxSentences() visionMaxSentences}: the most sentences a
     * vision may have before an advisory finding.
     *
     * @param visionMaxSentences the value
     * @return this builder
     */
    public Builder visionMaxSentences(int visionMaxSentences) {
      delegate.visionMaxSentences(visionMaxSentences);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#visionMaxWords() visionMaxWords}: the most words a vision may
     * have.
     *
     * @param visionMaxWords the value
     * @return this builder
     */
    public Builder visionMaxWords(int visionMaxWords) {
      delegate.visionMaxWords(visionMaxWords);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#visionMinReadingEase() visionMinReadingEase}: the lowest Flesch
     * reading ease a vision of at least {@link #readabilityMinWords()} words may have.
     *
     * @param visionMinReadingEase the value
     * @return this builder
     */
    public Builder visionMinReadingEase(double visionMinReadingEase) {
      delegate.visionMinReadingEase(visionMinReadingEase);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#readabilityMinWords() readabilityMinWords}: the fewest words for
     * which reading ease is judged.
     *
     * @param readabilityMinWords the value
     * @return this builder
     */
    public Builder readabilityMinWords(int readabilityMinWords) {
      delegate.readabilityMinWords(readabilityMinWords);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#draftingGroupMinSize() draftingGroupMinSize}: the smallest
     * drafting group.
     *
     * @param draftingGroupMinSize the value
     * @return this builder
     */
    public Builder draftingGroupMinSize(int draftingGroupMinSize) {
      delegate.draftingGroupMinSize(draftingGroupMinSize);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#draftingGroupMaxSize() draftingGroupMaxSize}: the largest drafting
     * group.
     *
     * @param draftingGroupMaxSize the value
     * @return this builder
     */
    public Builder draftingGroupMaxSize(int draftingGroupMaxSize) {
      delegate.draftingGroupMaxSize(draftingGroupMaxSize);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#gutCheckMinPercent() gutCheckMinPercent}: the lowest share of
     * outside stakeholders who must recognize the organization in the vision.
     *
     * @param gutCheckMinPercent the value
     * @return this builder
     */
    public Builder gutCheckMinPercent(double gutCheckMinPercent) {
      delegate.gutCheckMinPercent(gutCheckMinPercent);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#turnoverWarningPercent() turnoverWarningPercent}: the yearly
     * turnover rate above which hiring is flagged.
     *
     * @param turnoverWarningPercent the value
     * @return this builder
     */
    public Builder turnoverWarningPercent(double turnoverWarningPercent) {
      delegate.turnoverWarningPercent(turnoverWarningPercent);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#sayNoReviewMaxAgeDays() sayNoReviewMaxAgeDays}: the most days
     * since the "situations where we say no" list was last reviewed.
     *
     * @param sayNoReviewMaxAgeDays the value
     * @return this builder
     */
    public Builder sayNoReviewMaxAgeDays(int sayNoReviewMaxAgeDays) {
      delegate.sayNoReviewMaxAgeDays(sayNoReviewMaxAgeDays);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#visionDiscussionMinFrequency() visionDiscussionMinFrequency}: the
     * least often leaders should discuss the vision in team meetings and one-on-ones.
     *
     * @param visionDiscussionMinFrequency the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code visionDiscussionMinFrequency} is null
     */
    public Builder visionDiscussionMinFrequency(Frequency visionDiscussionMinFrequency) {
      delegate.visionDiscussionMinFrequency(
          Checks.notNull(TYPE, "visionDiscussionMinFrequency", visionDiscussionMinFrequency));
      return this;
    }

    /**
     * Sets {@link RuleThresholds#executiveVisitMinFrequency() executiveVisitMinFrequency}: the
     * least often executives should visit each location.
     *
     * @param executiveVisitMinFrequency the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code executiveVisitMinFrequency} is null
     */
    public Builder executiveVisitMinFrequency(Frequency executiveVisitMinFrequency) {
      delegate.executiveVisitMinFrequency(
          Checks.notNull(TYPE, "executiveVisitMinFrequency", executiveVisitMinFrequency));
      return this;
    }

    /**
     * Sets {@link RuleThresholds#engagementMinAgreePercent() engagementMinAgreePercent}: the lowest
     * share of respondents, overall or in a reported group, who should say they can answer an
     * engagement question.
     *
     * @param engagementMinAgreePercent the value
     * @return this builder
     */
    public Builder engagementMinAgreePercent(double engagementMinAgreePercent) {
      delegate.engagementMinAgreePercent(engagementMinAgreePercent);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#sharedPerceptionMinRwgJ() sharedPerceptionMinRwgJ}: the lowest
     * rwg(j) for a dimension to count as a shared perception.
     *
     * <p>The field's contract: rwg(j).
     *
     * @param sharedPerceptionMinRwgJ the value
     * @return this builder
     */
    public Builder sharedPerceptionMinRwgJ(double sharedPerceptionMinRwgJ) {
      delegate.sharedPerceptionMinRwgJ(sharedPerceptionMinRwgJ);
      return this;
    }

    /**
     * Sets {@link RuleThresholds#perceptionGapPoints() perceptionGapPoints}: the largest gap, in
     * points on 0..100, between a group and the frontline before it is a finding.
     *
     * @param perceptionGapPoints the value
     * @return this builder
     */
    public Builder perceptionGapPoints(double perceptionGapPoints) {
      delegate.perceptionGapPoints(perceptionGapPoints);
      return this;
    }

    /**
     * Builds the {@link RuleThresholds}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public RuleThresholds build() {
      return delegate.build();
    }
  }
}
