package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.List;
import java.util.Map;

/**
 * The id, dimension, description and importance a rule carries, and the making of its findings: the
 * base of a user's rule as of the built-in ones. For the common shapes, extend {@link
 * PracticeFactRule} (one fact of the practices), {@link ThresholdRule} (a figure against a threshold)
 * or {@link GroupObservationRule} (an observation of each reported group, as one finding).
 *
 * <p>A finding's {@linkplain Finding#code() code} is the rule id and a key naming the outcome, such as
 * {@code VISION.DEFINED.MISSING}; its message and recommendation are templates filled with its
 * parameters (see {@link FindingText}), so that a platform can translate them by code.
 *
 * <p>A subclass must be immutable and thread-safe, like any {@link Rule}.
 *
 * @since 0.2.0
 */
public abstract class BaseRule implements Rule {
  /** The evidence value of a practice field that is not recorded, apart from a recorded "none". */
  static final String NOT_RECORDED = "not recorded";

  private final String id;
  private final Dimension dimension;
  private final String description;
  private final Importance importance;

  /**
   * A rule of {@linkplain Importance#ESSENTIAL essential} importance.
   *
   * @param id the rule's id, {@code DIMENSION.NAME}
   * @param dimension its dimension
   * @param description what it checks, in one sentence
   */
  protected BaseRule(String id, Dimension dimension, String description) {
    this(id, dimension, description, Importance.ESSENTIAL);
  }

  /**
   * A rule.
   *
   * @param id the rule's id, {@code DIMENSION.NAME}
   * @param dimension its dimension
   * @param description what it checks, in one sentence
   * @param importance how much its criterion matters
   * @throws io.github.serviceculture.alignment.InvalidValueException if an argument is null or the
   *     id or description is blank
   */
  protected BaseRule(String id, Dimension dimension, String description, Importance importance) {
    this.id = Checks.notNull("Rule", "id", id);
    this.dimension = Checks.notNull("Rule", "dimension", dimension);
    this.description = Checks.notNull("Rule", "description", description);
    this.importance = Checks.notNull("Rule", "importance", importance);
    Checks.notBlank("Rule", "id", id);
    Checks.notBlank("Rule", "description", description);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Dimension dimension() {
    return dimension;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Importance importance() {
    return importance;
  }

  /**
   * A finding of this rule whose text comes from templates of the rule's own.
   *
   * @param severity how much it matters; at most {@link Importance#mostSevere()} of the rule
   * @param key what was found, in upper case, such as {@code MISSING}; the code is {@code <id>.<key>}
   * @param message the message's template, such as {@code "{name} has {count} channels."}
   * @param recommendation the recommendation's template
   * @param parameters the values the templates name (see {@link Finding#parameters()})
   * @param evidence the facts the finding rests on; at least one
   * @return the finding
   * @throws io.github.serviceculture.alignment.InvalidValueException if a template names a missing
   *     parameter or the finding breaks an invariant
   */
  protected final Finding finding(Severity severity, String key, String message, String recommendation,
      Map<String, ?> parameters, List<Evidence> evidence) {
    return Finding.builder().ruleId(id).code(id + "." + key).dimension(dimension).severity(severity)
        .message(FindingText.format(message, parameters))
        .recommendation(FindingText.format(recommendation, parameters))
        .parameters(parameters).evidence(evidence).build();
  }

  /** A finding of a built-in rule: its templates are the built-in messages of {@code <id>.<key>}. */
  final Finding finding(Severity severity, String key, Map<String, ?> parameters, List<Evidence> evidence) {
    String code = id + "." + key;
    return finding(severity, key, FindingText.englishTemplate(code, "message"),
        FindingText.englishTemplate(code, "recommendation"), parameters, evidence);
  }

  /**
   * The outcome of a rule whose fact is not recorded: one INFO finding that says it is unknown, as an
   * observation, so that it neither lowers nor pads the practice score. A fact recorded as "none" is
   * judged as a real absence instead.
   *
   * Its code is {@code <id>.NOT_RECORDED}, its texts the built-in messages of that code.
   *
   * @param field the practice field, as named in evidence
   * @param parameters the values the templates name
   */
  final RuleOutcome notRecorded(String field, Map<String, ?> parameters) {
    return RuleOutcome.observations(List.of(finding(Severity.INFO, "NOT_RECORDED", parameters,
        List.of(Evidence.practice(field, NOT_RECORDED)))));
  }

  @Override
  public String toString() {
    return id;
  }
}
