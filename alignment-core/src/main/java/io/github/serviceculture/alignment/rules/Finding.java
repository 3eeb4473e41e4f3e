package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Something a rule found: what is misaligned and why (the message and its evidence), how much it
 * matters, and what to do about it.
 *
 * <p>Beside the English {@linkplain #message() message} and {@linkplain #recommendation()
 * recommendation}, a finding has a stable {@linkplain #code() code} naming what was found and the
 * typed {@linkplain #parameters() parameters} its text is made from, so that a platform can act on a
 * finding without parsing its text, and show it in another language through {@link FindingText}:
 * {@code FindingText.builtIn(locale).message(finding)} looks the code up in the built-in messages
 * (English ships), {@code FindingText.of(bundle)} in a bundle of the platform's own.
 *
 * <p>Invariants: the rule id, code, message and recommendation are not blank; there is at least one
 * piece of evidence; each parameter has a name of letters and digits and a value that is a {@code
 * String}, {@code Long}, finite {@code Double} or {@code Boolean}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {
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
   * What was found, stable across releases and languages: the rule id and an outcome key, such as
   * {@code GOALS.TEAMWORK.INDIVIDUAL_SCOPE}. The built-in messages are looked up by it.
   *
   * @return the code; the {@linkplain #ruleId() rule id} unless set
   */
  @Value.Default
  public String code() {
    return ruleId();
  }

  /**
   * The values the message and recommendation are made from, by name, such as {@code words -> 41}:
   * text as {@code String}, whole numbers as {@code Long}, other numbers as {@code Double}, yes/no
   * as {@code Boolean} (a dimension or other enumeration is given by its name). The builder sorts a
   * map it is given by name, so that the order does not depend on the map's.
   *
   * @return the parameters, in their order; empty for a finding made without them
   */
  public abstract Map<String, Object> parameters();

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
    Checks.notBlank(type, "code", code());
    for (Map.Entry<String, Object> parameter : parameters().entrySet()) {
      Checks.require(FindingText.isName(parameter.getKey()), type, "parameters", parameter.getKey(),
          "must name each parameter with ASCII letters and digits, starting with a letter");
      Checks.require(FindingText.isParameterValue(parameter.getValue()), type,
          "parameters." + parameter.getKey(), parameter.getValue().getClass().getSimpleName(),
          "must be a String, Long, finite Double or Boolean");
    }
    Checks.notBlank(type, "message", message());
    Checks.notBlank(type, "recommendation", recommendation());
    Checks.require(!evidence().isEmpty(), type, "evidence", "[]", "must hold at least one piece of evidence");
  }

  /**
   * Returns a copy with {@link #ruleId() ruleId} set to {@code value}: the id of the rule that
   * raised it, such as {@code GOALS.INDIVIDUAL_REWARD}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Finding withRuleId(String value) {
    return ((ImmutableFinding) this).generatedWithRuleId(Checks.notNull("Finding", "ruleId", value));
  }

  /**
   * Returns a copy with {@link #dimension() dimension} set to {@code value}: the dimension it
   * concerns.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Finding withDimension(Dimension value) {
    return ((ImmutableFinding) this).generatedWithDimension(Checks.notNull("Finding", "dimension", value));
  }

  /**
   * Returns a copy with {@link #code() code} set to {@code value}: what was found, stable across
   * releases and languages.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Finding withCode(String value) {
    return ((ImmutableFinding) this).generatedWithCode(Checks.notNull("Finding", "code", value));
  }

  /**
   * Returns a copy whose {@link #parameters() parameters} are the given entries, sorted by name:
   * the values the message and recommendation are made from.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is null
   *     or the copy breaks an invariant
   */
  public final Finding withParameters(Map<String, ? extends Object> entries) {
    return ((ImmutableFinding) this).generatedWithParameters(
        FindingText.normalized(Checks.notNull("Finding", "parameters", entries)));
  }

  /**
   * Returns a copy with {@link #severity() severity} set to {@code value}: how much it
   * matters.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Finding withSeverity(Severity value) {
    return ((ImmutableFinding) this).generatedWithSeverity(Checks.notNull("Finding", "severity", value));
  }

  /**
   * Returns a copy with {@link #message() message} set to {@code value}: what was found, in
   * plain language, without survey answers or respondent ids.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Finding withMessage(String value) {
    return ((ImmutableFinding) this).generatedWithMessage(Checks.notNull("Finding", "message", value));
  }

  /**
   * Returns a copy whose {@link #evidence() evidence} are the given elements: the facts the
   * finding rests on.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Finding withEvidence(Evidence... elements) {
    return ((ImmutableFinding) this).generatedWithEvidence(Checks.notNull("Finding", "evidence", elements));
  }

  /**
   * Returns a copy whose {@link #evidence() evidence} are the given elements: the facts the
   * finding rests on.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final Finding withEvidence(Iterable<? extends Evidence> elements) {
    return ((ImmutableFinding) this).generatedWithEvidence(Checks.notNull("Finding", "evidence", elements));
  }

  /**
   * Returns a copy with {@link #recommendation() recommendation} set to {@code value}: A
   * concrete next step.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Finding withRecommendation(String value) {
    return ((ImmutableFinding) this).generatedWithRecommendation(Checks.notNull("Finding", "recommendation", value));
  }

  /** Builds a {@link Finding}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Finding";

    private final ImmutableFinding.Builder delegate = ImmutableFinding.generatedBuilder();

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
    public Builder from(Finding instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Finding#ruleId() ruleId}: the id of the rule that raised it, such as {@code
     * GOALS.INDIVIDUAL_REWARD}. Required.
     *
     * @param ruleId the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code ruleId} is null
     */
    public Builder ruleId(String ruleId) {
      delegate.ruleId(Checks.notNull(TYPE, "ruleId", ruleId));
      return this;
    }

    /**
     * Sets {@link Finding#dimension() dimension}: the dimension it concerns. Required.
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
     * Sets {@link Finding#code() code}: what was found, stable across releases and languages, such
     * as {@code GOALS.TEAMWORK.INDIVIDUAL_SCOPE}. The rule id when not set.
     *
     * @param code the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code code} is null
     */
    public Builder code(String code) {
      delegate.code(Checks.notNull(TYPE, "code", code));
      return this;
    }

    /**
     * Puts one entry into {@link Finding#parameters() parameters}, replacing any entry of the same
     * name. An {@code Integer}, {@code Short} or {@code Byte} is kept as a {@code Long}, a {@code
     * Float} as a {@code Double} and an enumeration constant as its name.
     *
     * @param key the parameter's name; not null
     * @param value its value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putParameter(String key, Object value) {
      delegate.putParameter(Checks.notNull(TYPE, "parameters", key),
          FindingText.parameterValue(Checks.notNull(TYPE, "parameters", value)));
      return this;
    }

    /**
     * Puts one entry into {@link Finding#parameters() parameters}, as {@link #putParameter(String,
     * Object)} does.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putParameter(Map.Entry<String, ? extends Object> entry) {
      Checks.notNull(TYPE, "parameters", entry);
      return putParameter(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces every entry of {@link Finding#parameters() parameters} with those of {@code
     * entries}, sorted by name and kept as {@link #putParameter(String, Object)} keeps them.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder parameters(Map<String, ? extends Object> entries) {
      delegate.parameters(FindingText.normalized(Checks.notNull(TYPE, "parameters", entries)));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link Finding#parameters() parameters}, sorted by
     * name and kept as {@link #putParameter(String, Object)} keeps them.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllParameters(Map<String, ? extends Object> entries) {
      delegate.putAllParameters(FindingText.normalized(Checks.notNull(TYPE, "parameters", entries)));
      return this;
    }

    /**
     * Sets {@link Finding#severity() severity}: how much it matters. Required.
     *
     * @param severity the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code severity} is null
     */
    public Builder severity(Severity severity) {
      delegate.severity(Checks.notNull(TYPE, "severity", severity));
      return this;
    }

    /**
     * Sets {@link Finding#message() message}: what was found, in plain language, without survey
     * answers or respondent ids. Required.
     *
     * @param message the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code message} is null
     */
    public Builder message(String message) {
      delegate.message(Checks.notNull(TYPE, "message", message));
      return this;
    }

    /**
     * Adds one element to {@link Finding#evidence() evidence}: the facts the finding rests on.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addEvidence(Evidence element) {
      delegate.addEvidence(Checks.notNull(TYPE, "evidence", element));
      return this;
    }

    /**
     * Adds the given elements to {@link Finding#evidence() evidence}: the facts the finding rests
     * on.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addEvidence(Evidence... elements) {
      delegate.addEvidence(Checks.notNull(TYPE, "evidence", elements));
      return this;
    }

    /**
     * Replaces every element of {@link Finding#evidence() evidence} with those of {@code elements}:
     * the facts the finding rests on.
     *
     * <p>The field's contract: the evidence; at least one.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder evidence(Iterable<? extends Evidence> elements) {
      delegate.evidence(Checks.notNull(TYPE, "evidence", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link Finding#evidence() evidence}: the facts the
     * finding rests on.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllEvidence(Iterable<? extends Evidence> elements) {
      delegate.addAllEvidence(Checks.notNull(TYPE, "evidence", elements));
      return this;
    }

    /**
     * Sets {@link Finding#recommendation() recommendation}: A concrete next step. Required.
     *
     * @param recommendation the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code recommendation} is null
     */
    public Builder recommendation(String recommendation) {
      delegate.recommendation(Checks.notNull(TYPE, "recommendation", recommendation));
      return this;
    }

    /**
     * Builds the {@link Finding}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Finding build() {
      return delegate.build();
    }
  }
}
