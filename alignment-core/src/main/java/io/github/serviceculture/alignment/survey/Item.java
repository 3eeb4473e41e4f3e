package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One statement of an instrument: its stable id, the dimension it measures, its text, whether it is
 * reverse-keyed, an optional weight, and the criterion it probes.
 *
 * <p>Invariants: the id starts with a letter and holds only letters, digits, {@code _}, {@code -} and
 * {@code .} (at most 64 characters), so it can be a CSV column or a JSON key; the text is not blank;
 * the weight, when given, is a finite number greater than 0.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Item implements WithItem {
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  Item() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The item's stable id, such as {@code GOALS_TEAM}; answers refer to items by it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The dimension the item measures.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The statement respondents rate.
   *
   * @return the text; not blank
   */
  public abstract String text();

  /**
   * Whether agreeing with the statement means a worse state, so that answers are reversed before
   * scoring.
   *
   * @return true for a reverse-keyed item
   */
  @Value.Default
  public boolean isReverseKeyed() {
    return false;
  }

  /**
   * The item's weight in its dimension's score. Dimension scores are unweighted means unless a
   * scoring policy says to use weights.
   *
   * @return the weight, greater than 0; or empty for weight 1
   */
  public abstract OptionalDouble weight();

  /**
   * The engagement question this item asks, if any. Engagement items are reported as the share of
   * respondents who agree and are not part of a dimension's scale.
   *
   * @return the question, or empty for an ordinary item
   */
  public abstract Optional<EngagementQuestion> engagementQuestion();

  /**
   * The criterion of the framework the item probes, in a few words, such as "goals are shared by a
   * team".
   *
   * @return the criterion, or empty
   */
  public abstract Optional<String> probes();

  /**
   * Whether the item belongs to its dimension's scale (that is, it is not an engagement question).
   *
   * @return true for an ordinary item
   */
  public final boolean isScaleItem() {
    return engagementQuestion().isEmpty();
  }

  @Value.Check
  void check() {
    String type = "Item";
    Checks.require(ID.matcher(id()).matches(), type, "id", id(),
        "must start with a letter and hold only letters, digits, '_', '-' or '.' (at most 64)");
    Checks.notBlank(type, "text", text());
    weight().ifPresent(w -> Checks.positive(type, "weight", w));
    probes().ifPresent(p -> Checks.notBlank(type, "probes", p));
  }

  /** Builds an {@link Item}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableItem.Builder {
    Builder() {}
  }
}
