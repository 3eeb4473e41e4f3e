package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dimension of an alignment report: its practice and perception scores, reliability and
 * agreement, the combined alignment score and band, and the counts they came from.
 *
 * <p>The practice score is the mean compliance of the dimension's applicable essential practice
 * rules, weighted by {@link io.github.serviceculture.alignment.rules.Importance#weight()}, times 100;
 * advisory rules give advice and do not count. The perception score is the survey's 0 to 100 level. The alignment score is their weighted
 * mean ({@link ScoringPolicy#practiceWeight()}), or whichever exists.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DimensionResult {
  DimensionResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The practice score, 0 to 100.
   *
   * @return the score, or undefined when no practice rule applied
   */
  public abstract Estimate practiceScore();

  /**
   * The perception score, 0 to 100.
   *
   * @return the score, or undefined without a reportable survey figure
   */
  public abstract Estimate perceptionScore();

  /**
   * Why the dimension has no perception figures (score, reliability, agreement, respondents). It is
   * present exactly when there are none, that is exactly when {@link #respondents()} is 0, and then
   * the perception score, reliability and agreement are undefined: the reason the survey gives ({@link
   * io.github.serviceculture.alignment.perception.PerceptionReport#dimension}), or {@link
   * NotReportedReason#NO_DATA} when the assessment has no survey. Building a result that breaks
   * this throws {@link InvalidValueException}.
   *
   * @return the reason, or empty when the perception figures are reported
   */
  public abstract Optional<NotReportedReason> perceptionNotReported();

  /**
   * Cronbach's alpha of the dimension's survey items.
   *
   * @return alpha, or undefined
   */
  public abstract Estimate reliability();

  /**
   * The within-organization agreement rwg(j) of the dimension's survey items.
   *
   * @return rwg(j), or undefined
   */
  public abstract Estimate agreement();

  /**
   * The combined alignment score, 0 to 100.
   *
   * @return the score, or undefined when neither practice nor perception score exists
   */
  public abstract Estimate alignmentScore();

  /**
   * The band of the alignment score.
   *
   * @return the band, or empty when the score is undefined
   */
  public abstract Optional<Band> band();

  /**
   * The number of essential practice rules that applied (their mean compliance is the practice score).
   *
   * @return the count
   */
  public abstract int practiceRulesApplied();

  /**
   * The number of respondents with a score for this dimension (0 when not reported; see {@link
   * #perceptionNotReported()}).
   *
   * @return the count
   */
  public abstract int respondents();

  /**
   * The number of findings in this dimension.
   *
   * @return the count
   */
  public abstract int findingCount();

  /**
   * Returns a copy with {@link #dimension() dimension} set to {@code value}: the dimension.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withDimension(Dimension value) {
    return ((ImmutableDimensionResult) this).generatedWithDimension(
        Checks.notNull("DimensionResult", "dimension", value));
  }

  /**
   * Returns a copy with {@link #practiceScore() practiceScore} set to {@code value}: the
   * practice score, 0 to 100.
   *
   * <p>The field's contract: the score, or undefined when no practice rule applied.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withPracticeScore(Estimate value) {
    return ((ImmutableDimensionResult) this).generatedWithPracticeScore(
        Checks.notNull("DimensionResult", "practiceScore", value));
  }

  /**
   * Returns a copy with {@link #perceptionScore() perceptionScore} set to {@code value}: the
   * perception score, 0 to 100.
   *
   * <p>The field's contract: the score, or undefined without a reportable survey figure.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withPerceptionScore(Estimate value) {
    return ((ImmutableDimensionResult) this).generatedWithPerceptionScore(
        Checks.notNull("DimensionResult", "perceptionScore", value));
  }

  /**
   * Returns a copy with {@link #reliability() reliability} set to {@code value}: cronbach's
   * alpha of the dimension's survey items.
   *
   * <p>The field's contract: alpha, or undefined.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withReliability(Estimate value) {
    return ((ImmutableDimensionResult) this).generatedWithReliability(
        Checks.notNull("DimensionResult", "reliability", value));
  }

  /**
   * Returns a copy with {@link #agreement() agreement} set to {@code value}: the
   * within-organization agreement rwg(j) of the dimension's survey items.
   *
   * <p>The field's contract: rwg(j), or undefined.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withAgreement(Estimate value) {
    return ((ImmutableDimensionResult) this).generatedWithAgreement(
        Checks.notNull("DimensionResult", "agreement", value));
  }

  /**
   * Returns a copy with {@link #alignmentScore() alignmentScore} set to {@code value}: the
   * combined alignment score, 0 to 100.
   *
   * <p>The field's contract: the score, or undefined when neither practice nor perception
   * score exists.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withAlignmentScore(Estimate value) {
    return ((ImmutableDimensionResult) this).generatedWithAlignmentScore(
        Checks.notNull("DimensionResult", "alignmentScore", value));
  }

  /**
   * Returns a copy with {@link #band() band} set to a present {@code value}: the band of the
   * alignment score.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withBand(Band value) {
    return ((ImmutableDimensionResult) this).generatedWithBand(Checks.notNull("DimensionResult", "band", value));
  }

  /**
   * Returns a copy with {@link #band() band} set to {@code optional}, or cleared when it is
   * empty: the band of the alignment score.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final DimensionResult withBand(Optional<? extends Band> optional) {
    return ((ImmutableDimensionResult) this).generatedWithBand(Checks.notNull("DimensionResult", "band", optional));
  }

  /**
   * Returns a copy with {@link #practiceRulesApplied() practiceRulesApplied} set to {@code
   * value}: the number of essential practice rules that applied (their mean compliance is the
   * practice score).
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final DimensionResult withPracticeRulesApplied(int value) {
    return ((ImmutableDimensionResult) this).generatedWithPracticeRulesApplied(value);
  }

  /**
   * Returns a copy with {@link #respondents() respondents} set to {@code value}: the number of
   * respondents with a score for this dimension (0 when not reported).
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final DimensionResult withRespondents(int value) {
    return ((ImmutableDimensionResult) this).generatedWithRespondents(value);
  }

  /**
   * Returns a copy with {@link #findingCount() findingCount} set to {@code value}: the number
   * of findings in this dimension.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final DimensionResult withFindingCount(int value) {
    return ((ImmutableDimensionResult) this).generatedWithFindingCount(value);
  }

  /**
   * Returns a copy with {@link #perceptionNotReported() perceptionNotReported} set to a
   * present {@code value}: why the dimension has no perception figures (score, reliability,
   * agreement, respondents).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final DimensionResult withPerceptionNotReported(NotReportedReason value) {
    return ((ImmutableDimensionResult) this).generatedWithPerceptionNotReported(
        Checks.notNull("DimensionResult", "perceptionNotReported", value));
  }

  /**
   * Returns a copy with {@link #perceptionNotReported() perceptionNotReported} set to {@code
   * optional}, or cleared when it is empty: why the dimension has no perception figures
   * (score, reliability, agreement, respondents).
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final DimensionResult withPerceptionNotReported(Optional<? extends NotReportedReason> optional) {
    return ((ImmutableDimensionResult) this).generatedWithPerceptionNotReported(
        Checks.notNull("DimensionResult", "perceptionNotReported", optional));
  }

  @Value.Check
  void check() {
    // Reported figures come from at least the anonymity threshold of respondents, never from 0, so
    // the count tells whether there are figures; the messages give the reason, never a figure.
    Optional<NotReportedReason> reason = perceptionNotReported();
    if (reason.isEmpty() && respondents() == 0) {
      throw new InvalidValueException("DimensionResult", "perceptionNotReported", null,
          "must give a reason when respondents is 0");
    }
    if (reason.isPresent()) {
      Checks.require(respondents() == 0, "DimensionResult", "perceptionNotReported", reason.get(),
          "must be absent when respondents is above 0");
      Checks.require(!perceptionScore().isDefined(), "DimensionResult", "perceptionNotReported", reason.get(),
          "must be absent when perceptionScore is defined");
      Checks.require(!reliability().isDefined(), "DimensionResult", "perceptionNotReported", reason.get(),
          "must be absent when reliability is defined");
      Checks.require(!agreement().isDefined(), "DimensionResult", "perceptionNotReported", reason.get(),
          "must be absent when agreement is defined");
      Checks.require(perceptionFavourableShare().isEmpty(), "DimensionResult", "perceptionNotReported",
          reason.get(), "must be absent when perceptionFavourableShare is present");
    }
  }

  /**
   * The share of favourable answers behind the perception score ({@link
   * io.github.serviceculture.alignment.perception.PerceptionFigures#favourableShare()}), from 0 to 1,
   * beside it: the perception score stays the headline, as a share moves in steps of whole respondents
   * and is unstable in small groups.
   *
   * @return the share; empty without perception figures, and in a result read from a report of format
   *     1.3 or earlier
   */
  public abstract Optional<Estimate> perceptionFavourableShare();

  /**
   * Returns a copy with {@link #perceptionFavourableShare() perceptionFavourableShare} set to a present
   * {@code value}: the share of favourable answers of the dimension's survey figures.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or the copy
   * breaks an invariant
   */
  public final DimensionResult withPerceptionFavourableShare(Estimate value) {
    return ((ImmutableDimensionResult) this).generatedWithPerceptionFavourableShare(Checks.notNull("DimensionResult", "perceptionFavourableShare", value));
  }

  /**
   * Returns a copy with {@link #perceptionFavourableShare() perceptionFavourableShare} set to {@code
   * optional}, or cleared when it is empty: the share of favourable answers of the dimension's survey
   * figures.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is null or the copy
   * breaks an invariant
   */
  public final DimensionResult withPerceptionFavourableShare(Optional<? extends Estimate> optional) {
    return ((ImmutableDimensionResult) this).generatedWithPerceptionFavourableShare(Checks.notNull("DimensionResult", "perceptionFavourableShare", optional));
  }

  /** Builds a {@link DimensionResult}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "DimensionResult";

    private final ImmutableDimensionResult.Builder delegate = ImmutableDimensionResult.generatedBuilder();

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
    public Builder from(DimensionResult instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link DimensionResult#dimension() dimension}: the dimension. Required.
     *
     * @param dimension the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code dimension} is null
     */
    public Builder dimension(Dimension dimension) {
      delegate.dimension(Checks.notNull(TYPE, "dimension", dimension));
      return this;
    }

    /**
     * Sets {@link DimensionResult#practiceScore() practiceScore}: the practice score, 0 to 100.
     * Required.
     *
     * <p>The field's contract: the score, or undefined when no practice rule applied.
     *
     * @param practiceScore the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code practiceScore} is null
     */
    public Builder practiceScore(Estimate practiceScore) {
      delegate.practiceScore(Checks.notNull(TYPE, "practiceScore", practiceScore));
      return this;
    }

    /**
     * Sets {@link DimensionResult#perceptionScore() perceptionScore}: the perception score, 0 to
     * 100. Required.
     *
     * <p>The field's contract: the score, or undefined without a reportable survey figure.
     *
     * @param perceptionScore the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code perceptionScore} is null
     */
    public Builder perceptionScore(Estimate perceptionScore) {
      delegate.perceptionScore(Checks.notNull(TYPE, "perceptionScore", perceptionScore));
      return this;
    }

    /**
     * Sets {@link DimensionResult#reliability() reliability}: cronbach's alpha of the dimension's
     * survey items. Required.
     *
     * <p>The field's contract: alpha, or undefined.
     *
     * @param reliability the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code reliability} is null
     */
    public Builder reliability(Estimate reliability) {
      delegate.reliability(Checks.notNull(TYPE, "reliability", reliability));
      return this;
    }

    /**
     * Sets {@link DimensionResult#agreement() agreement}: the within-organization agreement rwg(j)
     * of the dimension's survey items. Required.
     *
     * <p>The field's contract: rwg(j), or undefined.
     *
     * @param agreement the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code agreement} is null
     */
    public Builder agreement(Estimate agreement) {
      delegate.agreement(Checks.notNull(TYPE, "agreement", agreement));
      return this;
    }

    /**
     * Sets {@link DimensionResult#alignmentScore() alignmentScore}: the combined alignment score, 0
     * to 100. Required.
     *
     * <p>The field's contract: the score, or undefined when neither practice nor perception score
     * exists.
     *
     * @param alignmentScore the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code alignmentScore} is null
     */
    public Builder alignmentScore(Estimate alignmentScore) {
      delegate.alignmentScore(Checks.notNull(TYPE, "alignmentScore", alignmentScore));
      return this;
    }

    /**
     * Sets {@link DimensionResult#band() band} to a present value: the band of the alignment score.
     *
     * @param band the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code band} is null
     */
    public Builder band(Band band) {
      delegate.band(Checks.notNull(TYPE, "band", band));
      return this;
    }

    /**
     * Sets {@link DimensionResult#band() band}, or clears it when {@code band} is empty: the band
     * of the alignment score.
     *
     * @param band the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code band} is null
     */
    public Builder band(Optional<? extends Band> band) {
      delegate.band(Checks.notNull(TYPE, "band", band));
      return this;
    }

    /**
     * Sets {@link DimensionResult#practiceRulesApplied() practiceRulesApplied}: the number of
     * essential practice rules that applied (their mean compliance is the practice score). Required.
     *
     * @param practiceRulesApplied the value
     * @return this builder
     */
    public Builder practiceRulesApplied(int practiceRulesApplied) {
      delegate.practiceRulesApplied(practiceRulesApplied);
      return this;
    }

    /**
     * Sets {@link DimensionResult#respondents() respondents}: the number of respondents with a
     * score for this dimension (0 when not reported). Required.
     *
     * @param respondents the value
     * @return this builder
     */
    public Builder respondents(int respondents) {
      delegate.respondents(respondents);
      return this;
    }

    /**
     * Sets {@link DimensionResult#findingCount() findingCount}: the number of findings in this
     * dimension. Required.
     *
     * @param findingCount the value
     * @return this builder
     */
    public Builder findingCount(int findingCount) {
      delegate.findingCount(findingCount);
      return this;
    }

    /**
     * Sets {@link DimensionResult#perceptionNotReported() perceptionNotReported} to a present
     * value: why the dimension has no perception figures (score, reliability, agreement,
     * respondents).
     *
     * @param perceptionNotReported the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code perceptionNotReported} is null
     */
    public Builder perceptionNotReported(NotReportedReason perceptionNotReported) {
      delegate.perceptionNotReported(Checks.notNull(TYPE, "perceptionNotReported", perceptionNotReported));
      return this;
    }

    /**
     * Sets {@link DimensionResult#perceptionNotReported() perceptionNotReported}, or clears it when
     * {@code perceptionNotReported} is empty: why the dimension has no perception figures (score,
     * reliability, agreement, respondents).
     *
     * @param perceptionNotReported the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code perceptionNotReported} is null
     */
    public Builder perceptionNotReported(Optional<? extends NotReportedReason> perceptionNotReported) {
      delegate.perceptionNotReported(Checks.notNull(TYPE, "perceptionNotReported", perceptionNotReported));
      return this;
    }

    /**
     * Sets {@link DimensionResult#perceptionFavourableShare() perceptionFavourableShare} to a present value:
     * the share of favourable answers of the dimension's survey figures.
     *
     * @param perceptionFavourableShare the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code perceptionFavourableShare} is null
     */
    public Builder perceptionFavourableShare(Estimate perceptionFavourableShare) {
      delegate.perceptionFavourableShare(Checks.notNull(TYPE, "perceptionFavourableShare", perceptionFavourableShare));
      return this;
    }

    /**
     * Sets {@link DimensionResult#perceptionFavourableShare() perceptionFavourableShare}, or clears it when
     * {@code perceptionFavourableShare} is empty: the share of favourable answers of the dimension's survey
     * figures.
     *
     * @param perceptionFavourableShare the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code perceptionFavourableShare} is null
     */
    public Builder perceptionFavourableShare(Optional<? extends Estimate> perceptionFavourableShare) {
      delegate.perceptionFavourableShare(Checks.notNull(TYPE, "perceptionFavourableShare", perceptionFavourableShare));
      return this;
    }

    /**
     * Builds the {@link DimensionResult}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public DimensionResult build() {
      return delegate.build();
    }
  }
}
