package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.internal.Checks;
import org.immutables.value.Value;

/**
 * One fact a finding rests on: where it comes from, what it is, and its value as text.
 *
 * <p>Survey evidence is always an aggregate of a reported set of respondents, never a single answer.
 *
 * <p>Invariants: reference and value are not blank.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /**
   * Creates evidence.
   *
   * @param source where the fact comes from
   * @param reference what the fact is, such as {@code goals[0].incentive} or {@code GOALS.rwgJ}
   * @param value the value as text, such as {@code MONETARY} or {@code 0.42}
   * @return the evidence
   */
  public static Evidence of(EvidenceSource source, String reference, String value) {
    return ImmutableEvidence.generatedBuilder().source(source).reference(reference).value(value).build();
  }

  /**
   * Evidence from a practice field.
   *
   * @param field the field path, such as {@code goals[0].scope}
   * @param value the value, written with {@link String#valueOf(Object)}; not null
   * @return the evidence
   */
  public static Evidence practice(String field, Object value) {
    return of(EvidenceSource.PRACTICE, field, String.valueOf(Checks.notNull("Evidence", "value", value)));
  }

  /**
   * Where the fact comes from.
   *
   * @return the source
   */
  public abstract EvidenceSource source();

  /**
   * What the fact is: a field path, a dimension figure, a group, or a policy setting.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * The value, as text.
   *
   * @return the value
   */
  public abstract String value();

  @Value.Check
  void check() {
    Checks.notBlank("Evidence", "reference", reference());
    Checks.notBlank("Evidence", "value", value());
  }
  /**
   * Returns a copy with {@link #source() source} set to {@code value}: where the fact comes
   * from.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Evidence withSource(EvidenceSource value) {
    return ((ImmutableEvidence) this).generatedWithSource(Checks.notNull("Evidence", "source", value));
  }

  /**
   * Returns a copy with {@link #reference() reference} set to {@code value}: what the fact is:
   * a field path, a dimension figure, a group, or a policy setting.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Evidence withReference(String value) {
    return ((ImmutableEvidence) this).generatedWithReference(Checks.notNull("Evidence", "reference", value));
  }

  /**
   * Returns a copy with {@link #value() value} set to {@code value}: the value, as text.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Evidence withValue(String value) {
    return ((ImmutableEvidence) this).generatedWithValue(Checks.notNull("Evidence", "value", value));
  }

}
