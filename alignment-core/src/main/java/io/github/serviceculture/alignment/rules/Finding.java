package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something a rule found: what is misaligned and why (the message and its evidence), how much it
 * matters, and what to do about it.
 *
 * <p>Invariants: the rule id, message and recommendation are not blank; there is at least one piece
 * of evidence.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding implements WithFinding {
  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The id of the rule that raised it, such as {@code GOALS.INDIVIDUAL_REWARD}.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * The dimension it concerns.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * How much it matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * What was found, in plain language, without survey answers or respondent ids.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The facts the finding rests on.
   *
   * @return the evidence; at least one
   */
  public abstract List<Evidence> evidence();

  /**
   * A concrete next step.
   *
   * @return the recommendation
   */
  public abstract String recommendation();

  @Value.Check
  void check() {
    String type = "Finding";
    Checks.notBlank(type, "ruleId", ruleId());
    Checks.notBlank(type, "message", message());
    Checks.notBlank(type, "recommendation", recommendation());
    Checks.require(!evidence().isEmpty(), type, "evidence", "[]", "must hold at least one piece of evidence");
  }

  /** Builds a {@link Finding}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
