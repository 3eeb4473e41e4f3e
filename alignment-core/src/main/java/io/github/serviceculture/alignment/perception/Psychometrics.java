package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The full psychometrics of one dimension for the organization: the reliability coefficients and
 * the item analysis of R's {@code psych::alpha}, and the agreement indices of R's {@code
 * multilevel} beyond {@link PerceptionFigures#rwgJ() rwg(j)} and {@link PerceptionFigures#ad() AD}.
 *
 * <p>Present in a report only when the scorer is asked for it ({@link
 * PerceptionScorer#withPsychometrics()}), and only in the organization's figures: item figures of
 * groups, next to the organization's, could tell a hidden group's item answers by difference, which
 * the disclosure guard does not check. Every figure rests on the respondents behind the figures it
 * belongs to (those with a dimension score); reliability and item figures use pairwise deletion, as
 * {@code psych::alpha} does, and the agreement indices the respondents who answered every item, as
 * {@code multilevel} does. Answers are reverse keyed first (a reversed x becomes lowest + highest -
 * x), so item means are keyed means.
 *
 * <p>Withheld ({@link io.github.serviceculture.alignment.stats.UndefinedReason#WITHHELD_FOR_ANONYMITY})
 * like the figures they extend, and further wherever a figure would sit over a set of respondents
 * that differs by 1 to k - 1 (k the anonymity threshold) from the dimension's or from another
 * released figure's: the reliability and item figures when a pair of items was answered together by
 * fewer than the threshold, or when respondents who skipped an item are present but fewer than the
 * threshold (the item means and the dimension mean together would give their scores); an item's
 * mean and SD when its skippers are 1 to k - 1, or its answering set is 1 to k - 1 apart from that
 * of an item released before it; the figures over pairs (the coefficients, the item-total and
 * item-rest correlations, alpha if dropped) unless none of the sets of those who answered an item,
 * both items of a pair, or the dimension differs from another by 1 to k - 1; the agreement indices
 * when fewer than the threshold answered every item. A single-item dimension has no reliability
 * ({@link io.github.serviceculture.alignment.stats.UndefinedReason#SINGLE_ITEM}).
 *
 * <p>Across releases ({@link PerceptionScorer#score(io.github.serviceculture.alignment.survey.ResponseSet,
 * ReleaseLedger)}), every per-item figure but n and the missing share is withheld for a dimension an
 * earlier release reported: the ledger records the dimension's released sets, not each item's
 * answering set, so it cannot rule out an item set that grew by one respondent between releases
 * (36 times the new mean minus 35 times the old would be that respondent's answer). Who answered
 * which item is not protected (the guarantee assumes it known), so n and the missing share stay.
 *
 * <p>Limits, beyond those of {@link PerceptionPolicy#anonymityThreshold()}: with at least the
 * threshold of respondents who skipped an item, k times the dimension's total minus the item totals
 * is a weighted sum of their answers (weights other than -1, 0 and 1 are not searched); the
 * dimension's coefficients and agreement indices, like its alpha, rwg(j) and AD, are single
 * non-linear figures the decisions do not search across releases.
 *
 * <p>Invariants: at least one item, no item twice; a(wg), when defined, in [-1, 1]; AD around the
 * median not negative; r*wg(j) at most 1.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Psychometrics {
  Psychometrics() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Standardized alpha, from the item correlations ({@code psych::alpha}'s {@code std.alpha}).
   *
   * @return the coefficient, or undefined with its reason
   */
  public abstract Estimate standardizedAlpha();

  /**
   * Guttman's lambda 6 from squared multiple correlations ({@code G6(smc)}).
   *
   * @return the coefficient, or undefined with its reason
   */
  public abstract Estimate g6();

  /**
   * The average inter-item correlation ({@code average_r}).
   *
   * @return the correlation, or undefined with its reason
   */
  public abstract Estimate averageR();

  /**
   * The median inter-item correlation ({@code median_r}).
   *
   * @return the correlation, or undefined with its reason
   */
  public abstract Estimate medianR();

  /**
   * The signal-to-noise ratio k r / (1 - r) of the average correlation r ({@code S/N}).
   *
   * @return the ratio, or undefined with its reason
   */
  public abstract Estimate signalToNoise();

  /**
   * The lower end of Feldt's 95% confidence interval for raw alpha ({@code psych::alpha}'s {@code
   * feldt}).
   *
   * @return the bound, or undefined with its reason
   */
  public abstract Estimate feldtLower();

  /**
   * The upper end of Feldt's 95% confidence interval for raw alpha.
   *
   * @return the bound, or undefined with its reason
   */
  public abstract Estimate feldtUpper();

  /**
   * Lindell's r*wg(j) against the policy's null, which does not grow with the number of items
   * ({@code multilevel::rwg.j.lindell}).
   *
   * @return r*wg(j), or undefined with its reason
   */
  public abstract Estimate lindellRwgJ();

  /**
   * The average deviation index around each item's median, in scale units ({@code multilevel::ad.m}
   * with {@code type = "median"}).
   *
   * @return AD, or undefined with its reason
   */
  public abstract Estimate adMedian();

  /**
   * Brown and Hauenstein's a(wg), which allows for the scale's bounds ({@code multilevel::awg}).
   *
   * @return a(wg) in [-1, 1], or undefined with its reason
   */
  public abstract Estimate awg();

  /**
   * The item analysis, one entry per item of the dimension in the instrument's order.
   *
   * @return the items
   */
  public abstract List<ItemStatistics> items();

  @Value.Check
  void check() {
    String type = "Psychometrics";
    Checks.require(!items().isEmpty(), type, "items", items().size(), "must hold at least one item");
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ItemStatistics item : items()) {
      Checks.require(ids.add(item.itemId()), type, "items", item.itemId(), "must not repeat an item");
    }
    Checks.require(!awg().isDefined() || awg().value() >= -1 && awg().value() <= 1, type, "awg",
        awg().isDefined() ? awg().value() : null, "must lie in [-1, 1]");
    Checks.require(!adMedian().isDefined() || adMedian().value() >= 0, type, "adMedian",
        adMedian().isDefined() ? adMedian().value() : null, "must not be negative");
    Checks.require(!lindellRwgJ().isDefined() || lindellRwgJ().value() <= 1, type, "lindellRwgJ",
        lindellRwgJ().isDefined() ? lindellRwgJ().value() : null, "must not exceed 1");
  }

  /**
   * Returns a copy with {@link #standardizedAlpha() standardizedAlpha} set to {@code value}:
   * standardized alpha, from the item correlations ({@code psych::alpha}'s {@code std.alpha}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withStandardizedAlpha(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithStandardizedAlpha(Checks.notNull("Psychometrics", "standardizedAlpha", value));
  }

  /**
   * Returns a copy with {@link #g6() g6} set to {@code value}: Guttman's lambda 6 from squared
   * multiple correlations ({@code G6(smc)}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withG6(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithG6(Checks.notNull("Psychometrics", "g6", value));
  }

  /**
   * Returns a copy with {@link #averageR() averageR} set to {@code value}: the average inter-item
   * correlation ({@code average_r}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withAverageR(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithAverageR(Checks.notNull("Psychometrics", "averageR", value));
  }

  /**
   * Returns a copy with {@link #medianR() medianR} set to {@code value}: the median inter-item
   * correlation ({@code median_r}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withMedianR(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithMedianR(Checks.notNull("Psychometrics", "medianR", value));
  }

  /**
   * Returns a copy with {@link #signalToNoise() signalToNoise} set to {@code value}: the
   * signal-to-noise ratio k r / (1 - r) of the average correlation r ({@code S/N}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withSignalToNoise(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithSignalToNoise(Checks.notNull("Psychometrics", "signalToNoise", value));
  }

  /**
   * Returns a copy with {@link #feldtLower() feldtLower} set to {@code value}: the lower end of
   * Feldt's 95% confidence interval for raw alpha ({@code psych::alpha}'s {@code feldt}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withFeldtLower(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithFeldtLower(Checks.notNull("Psychometrics", "feldtLower", value));
  }

  /**
   * Returns a copy with {@link #feldtUpper() feldtUpper} set to {@code value}: the upper end of
   * Feldt's 95% confidence interval for raw alpha.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withFeldtUpper(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithFeldtUpper(Checks.notNull("Psychometrics", "feldtUpper", value));
  }

  /**
   * Returns a copy with {@link #lindellRwgJ() lindellRwgJ} set to {@code value}: Lindell's r*wg(j)
   * against the policy's null, which does not grow with the number of items ({@code
   * multilevel::rwg.j.lindell}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withLindellRwgJ(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithLindellRwgJ(Checks.notNull("Psychometrics", "lindellRwgJ", value));
  }

  /**
   * Returns a copy with {@link #adMedian() adMedian} set to {@code value}: the average deviation
   * index around each item's median, in scale units ({@code multilevel::ad.m} with {@code type =
   * "median"}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withAdMedian(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithAdMedian(Checks.notNull("Psychometrics", "adMedian", value));
  }

  /**
   * Returns a copy with {@link #awg() awg} set to {@code value}: Brown and Hauenstein's a(wg),
   * which allows for the scale's bounds ({@code multilevel::awg}).
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withAwg(Estimate value) {
    return ((ImmutablePsychometrics) this).generatedWithAwg(Checks.notNull("Psychometrics", "awg", value));
  }

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the item analysis, one
   * entry per item of the dimension in the instrument's order.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withItems(ItemStatistics... elements) {
    return ((ImmutablePsychometrics) this).generatedWithItems(Checks.notNull("Psychometrics", "items", elements));
  }

  /**
   * Returns a copy whose {@link #items() items} are the given elements: the item analysis, one
   * entry per item of the dimension in the instrument's order.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is null or
   *     the copy breaks an invariant
   */
  public final Psychometrics withItems(Iterable<? extends ItemStatistics> elements) {
    return ((ImmutablePsychometrics) this).generatedWithItems(Checks.notNull("Psychometrics", "items", elements));
  }

  /** Builds a {@link Psychometrics}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "Psychometrics";

    private final ImmutablePsychometrics.Builder delegate = ImmutablePsychometrics.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder; an optional field that is empty
     * there keeps this builder's value, and a list field gets {@code instance}'s elements added to
     * those this builder already holds.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(Psychometrics instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Psychometrics#standardizedAlpha() standardizedAlpha}: standardized alpha, from
     * the item correlations ({@code psych::alpha}'s {@code std.alpha}). Required.
     *
     * @param standardizedAlpha the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code standardizedAlpha} is null
     */
    public Builder standardizedAlpha(Estimate standardizedAlpha) {
      delegate.standardizedAlpha(Checks.notNull(TYPE, "standardizedAlpha", standardizedAlpha));
      return this;
    }

    /**
     * Sets {@link Psychometrics#g6() g6}: Guttman's lambda 6 from squared multiple correlations
     * ({@code G6(smc)}). Required.
     *
     * @param g6 the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code g6} is null
     */
    public Builder g6(Estimate g6) {
      delegate.g6(Checks.notNull(TYPE, "g6", g6));
      return this;
    }

    /**
     * Sets {@link Psychometrics#averageR() averageR}: the average inter-item correlation ({@code
     * average_r}). Required.
     *
     * @param averageR the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code averageR} is null
     */
    public Builder averageR(Estimate averageR) {
      delegate.averageR(Checks.notNull(TYPE, "averageR", averageR));
      return this;
    }

    /**
     * Sets {@link Psychometrics#medianR() medianR}: the median inter-item correlation ({@code
     * median_r}). Required.
     *
     * @param medianR the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code medianR} is null
     */
    public Builder medianR(Estimate medianR) {
      delegate.medianR(Checks.notNull(TYPE, "medianR", medianR));
      return this;
    }

    /**
     * Sets {@link Psychometrics#signalToNoise() signalToNoise}: the signal-to-noise ratio k r / (1
     * - r) of the average correlation r ({@code S/N}). Required.
     *
     * @param signalToNoise the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code signalToNoise} is null
     */
    public Builder signalToNoise(Estimate signalToNoise) {
      delegate.signalToNoise(Checks.notNull(TYPE, "signalToNoise", signalToNoise));
      return this;
    }

    /**
     * Sets {@link Psychometrics#feldtLower() feldtLower}: the lower end of Feldt's 95% confidence
     * interval for raw alpha ({@code psych::alpha}'s {@code feldt}). Required.
     *
     * @param feldtLower the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code feldtLower} is null
     */
    public Builder feldtLower(Estimate feldtLower) {
      delegate.feldtLower(Checks.notNull(TYPE, "feldtLower", feldtLower));
      return this;
    }

    /**
     * Sets {@link Psychometrics#feldtUpper() feldtUpper}: the upper end of Feldt's 95% confidence
     * interval for raw alpha. Required.
     *
     * @param feldtUpper the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code feldtUpper} is null
     */
    public Builder feldtUpper(Estimate feldtUpper) {
      delegate.feldtUpper(Checks.notNull(TYPE, "feldtUpper", feldtUpper));
      return this;
    }

    /**
     * Sets {@link Psychometrics#lindellRwgJ() lindellRwgJ}: Lindell's r*wg(j) against the policy's
     * null, which does not grow with the number of items ({@code multilevel::rwg.j.lindell}).
     * Required.
     *
     * @param lindellRwgJ the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code lindellRwgJ} is null
     */
    public Builder lindellRwgJ(Estimate lindellRwgJ) {
      delegate.lindellRwgJ(Checks.notNull(TYPE, "lindellRwgJ", lindellRwgJ));
      return this;
    }

    /**
     * Sets {@link Psychometrics#adMedian() adMedian}: the average deviation index around each
     * item's median, in scale units ({@code multilevel::ad.m} with {@code type = "median"}).
     * Required.
     *
     * @param adMedian the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code adMedian} is null
     */
    public Builder adMedian(Estimate adMedian) {
      delegate.adMedian(Checks.notNull(TYPE, "adMedian", adMedian));
      return this;
    }

    /**
     * Sets {@link Psychometrics#awg() awg}: Brown and Hauenstein's a(wg), which allows for the
     * scale's bounds ({@code multilevel::awg}). Required.
     *
     * @param awg the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code awg} is null
     */
    public Builder awg(Estimate awg) {
      delegate.awg(Checks.notNull(TYPE, "awg", awg));
      return this;
    }

    /**
     * Adds one element to {@link Psychometrics#items() items}: the item analysis, one entry per
     * item of the dimension in the instrument's order.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addItem(ItemStatistics element) {
      delegate.addItem(Checks.notNull(TYPE, "items", element));
      return this;
    }

    /**
     * Adds the given elements to {@link Psychometrics#items() items}: the item analysis, one entry
     * per item of the dimension in the instrument's order.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addItems(ItemStatistics... elements) {
      delegate.addItems(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Replaces every element of {@link Psychometrics#items() items} with those of {@code elements}:
     * the item analysis, one entry per item of the dimension in the instrument's order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder items(Iterable<? extends ItemStatistics> elements) {
      delegate.items(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Psychometrics#items() items}: the item
     * analysis, one entry per item of the dimension in the instrument's order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllItems(Iterable<? extends ItemStatistics> elements) {
      delegate.addAllItems(Checks.notNull(TYPE, "items", elements));
      return this;
    }

    /**
     * Builds the {@link Psychometrics}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Psychometrics build() {
      return delegate.build();
    }
  }
}
