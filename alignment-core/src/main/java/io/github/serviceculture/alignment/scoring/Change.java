package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.GroupGap;
import io.github.serviceculture.alignment.stats.Moments;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The change of one dimension's score, or of one item's ({@link #itemId()}), between two waves, for
 * the organization or for one group reported in both: the two scores and sizes, the change (after
 * minus before) in points of the 0 to 100 score, its confidence interval, Cohen's d and the verdict
 * of the comparison's {@link MeaningfulChange rule}.
 *
 * <p>The interval is Welch's, from each wave's n, mean and SD of the respondents' dimension scores:
 * R's {@code t.test(after, before, var.equal = FALSE)} on the respondents' scores gives the same,
 * because Welch's statistic depends on the data only through those three figures per sample. An
 * item's change is the same computation over the item's keyed answers ({@link ItemResult#n()},
 * {@link ItemResult#mean()}, {@link ItemResult#sd()}): R's {@code t.test} on the two waves' keyed
 * answers to the item. It
 * treats the waves as independent samples; when the same people answer both waves, their scores
 * are usually positively correlated and the interval is wider than a paired one would be (an
 * anonymous survey cannot pair them). The change and the interval are computed in the scale's
 * units and multiplied by {@code 100 / (highest - lowest)}, so that they are in the score's points;
 * d is the difference over the pooled SD (as {@link GroupGap#cohensD()}), which is the same in
 * either unit.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Change {
  private final Dimension dimension;
  private final @Nullable String itemId;
  private final @Nullable String attribute;
  private final @Nullable String group;
  private final int beforeN;
  private final int afterN;
  private final Estimate beforeScore;
  private final Estimate afterScore;
  private final Estimate change;
  private final Estimate lower;
  private final Estimate upper;
  private final Estimate degreesOfFreedom;
  private final Estimate cohensD;
  private final ChangeVerdict verdict;

  private Change(Dimension dimension, @Nullable String itemId, @Nullable String attribute, @Nullable String group,
      Summary before, Summary after, double pointsPerUnit, MeaningfulChange rule) {
    this.dimension = dimension;
    this.itemId = itemId;
    this.attribute = attribute;
    this.group = group;
    this.beforeN = before.n;
    this.afterN = after.n;
    this.beforeScore = before.score;
    this.afterScore = after.score;
    Estimate missingSd = missingSd(before).or(() -> missingSd(after)).orElse(null);
    if (missingSd != null) {
      // A figure of two or more without its SD (a report that omits it) gives the change of the means but no
      // interval, d or verdict, rather than a spread made up for it.
      this.change = before.mean.isDefined() && after.mean.isDefined()
          ? Estimate.of((after.mean.value() - before.mean.value()) * pointsPerUnit) : missingSd;
      this.lower = missingSd;
      this.upper = missingSd;
      this.degreesOfFreedom = missingSd;
      this.cohensD = missingSd;
    } else {
      GroupGap gap = GroupGap.of(moments(after), moments(before), rule.level());
      this.change = points(gap.difference(), pointsPerUnit);
      this.lower = points(gap.welchLower(), pointsPerUnit);
      this.upper = points(gap.welchUpper(), pointsPerUnit);
      this.degreesOfFreedom = gap.welchDf();
      this.cohensD = gap.cohensD();
    }
    this.verdict = rule.verdict(change, lower, upper);
  }

  /** The change of figures released in both waves; the scale's points per unit turn units into points. */
  static Change of(Dimension dimension, @Nullable String attribute, @Nullable String group,
      PerceptionFigures before, PerceptionFigures after, double pointsPerUnit, MeaningfulChange rule) {
    return new Change(dimension, null, attribute, group, Summary.of(before), Summary.of(after), pointsPerUnit,
        rule);
  }

  /**
   * The change of an item's figures released in both waves, each with its SD ({@link ItemResult#sd()}
   * present: the comparison does not compare items of a report that lacks it).
   */
  static Change ofItem(@Nullable String attribute, @Nullable String group, ItemResult before, ItemResult after,
      double pointsPerUnit, MeaningfulChange rule) {
    return new Change(after.dimension(), after.itemId(), attribute, group, Summary.of(before), Summary.of(after),
        pointsPerUnit, rule);
  }

  /** The n, mean, score and SD of one wave's figure, a dimension's or an item's. */
  private static final class Summary {
    final int n;
    final Estimate mean;
    final Estimate score;
    final Estimate sd;

    private Summary(int n, Estimate mean, Estimate score, Estimate sd) {
      this.n = n;
      this.mean = mean;
      this.score = score;
      this.sd = sd;
    }

    static Summary of(PerceptionFigures figures) {
      return new Summary(figures.n(), figures.mean(), figures.score(), figures.sd());
    }

    static Summary of(ItemResult item) {
      return new Summary(item.n(), item.mean(), item.score(), item.sd().orElseThrow());
    }
  }

  /** The undefined SD of a figure of two or more respondents, which has no spread to use. */
  private static Optional<Estimate> missingSd(Summary figures) {
    return figures.n >= 2 && figures.mean.isDefined() && !figures.sd.isDefined()
        ? Optional.of(figures.sd) : Optional.empty();
  }

  private static Moments moments(Summary figures) {
    if (figures.n == 0 || !figures.mean.isDefined()) {
      return new Moments();
    }
    return Moments.ofSummary(figures.n, figures.mean.value(), figures.sd.orElse(Double.NaN));
  }

  private static Estimate points(Estimate units, double pointsPerUnit) {
    return units.isDefined() ? Estimate.of(units.value() * pointsPerUnit) : units;
  }

  /**
   * The dimension, or the dimension the item measures.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * The item whose change this is, for an item's change ({@link ReportComparison#itemChanges()}).
   *
   * @return the item id, or empty for a dimension's change
   * @since 0.2.0
   */
  public Optional<String> itemId() {
    return Optional.ofNullable(itemId);
  }

  /**
   * The grouping attribute of the group compared, such as {@code level}.
   *
   * @return the attribute, or empty for the organization as a whole
   */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }

  /**
   * The group's value of the attribute, such as {@code FRONTLINE}.
   *
   * @return the value, or empty for the organization as a whole
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The number of respondents with a score (for an item: counted by its figures) in the earlier wave.
   *
   * @return the count
   */
  public int beforeN() {
    return beforeN;
  }

  /**
   * The number of respondents with a score (for an item: counted by its figures) in the later wave.
   *
   * @return the count
   */
  public int afterN() {
    return afterN;
  }

  /**
   * The score (0 to 100, the dimension's or the item's) in the earlier wave, as that wave's report gives it.
   *
   * @return the score
   */
  public Estimate beforeScore() {
    return beforeScore;
  }

  /**
   * The score (0 to 100) in the later wave, as that wave's report gives it.
   *
   * @return the score
   */
  public Estimate afterScore() {
    return afterScore;
  }

  /**
   * The change, after minus before, in points of the 0 to 100 score.
   *
   * @return the change, or undefined when a wave has no score
   */
  public Estimate change() {
    return change;
  }

  /**
   * The lower end of the change's Welch interval, in points, at the rule's level.
   *
   * @return the lower end, or undefined with fewer than two respondents in a wave or no spread
   */
  public Estimate lower() {
    return lower;
  }

  /**
   * The upper end of the change's Welch interval, in points, at the rule's level.
   *
   * @return the upper end, or undefined with fewer than two respondents in a wave or no spread
   */
  public Estimate upper() {
    return upper;
  }

  /**
   * Welch's degrees of freedom of the interval (Welch-Satterthwaite).
   *
   * @return the degrees of freedom, undefined when the interval is
   */
  public Estimate degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * Cohen's d of the change: after minus before over the pooled SD (divisor {@code n1 + n2 - 2}).
   *
   * @return d, or undefined with no spread or fewer than three respondents in all
   */
  public Estimate cohensD() {
    return cohensD;
  }

  /**
   * The verdict of the comparison's rule.
   *
   * @return the verdict
   */
  public ChangeVerdict verdict() {
    return verdict;
  }

  /**
   * Whether the verdict is {@link ChangeVerdict#IMPROVED} or {@link ChangeVerdict#DECLINED}.
   *
   * @return true for a meaningful change
   */
  public boolean isMeaningful() {
    return verdict == ChangeVerdict.IMPROVED || verdict == ChangeVerdict.DECLINED;
  }

  /** The set compared, as evidence names it: the dimension, or {@code attribute=group}. */
  String subject() {
    return attribute == null ? "the organization" : attribute + "=" + group;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Change c && dimension == c.dimension && Objects.equals(itemId, c.itemId)
        && Objects.equals(attribute, c.attribute)
        && Objects.equals(group, c.group) && beforeN == c.beforeN && afterN == c.afterN
        && beforeScore.equals(c.beforeScore) && afterScore.equals(c.afterScore) && change.equals(c.change)
        && lower.equals(c.lower) && upper.equals(c.upper) && degreesOfFreedom.equals(c.degreesOfFreedom)
        && cohensD.equals(c.cohensD) && verdict == c.verdict;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, itemId, attribute, group, beforeN, afterN, change, lower, upper, verdict);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Change{%s%s %s: %s [%s, %s] %s}", dimension,
        itemId == null ? "" : " " + itemId,
        attribute == null ? "organization" : attribute + "=" + group, change, lower, upper, verdict);
  }
}
