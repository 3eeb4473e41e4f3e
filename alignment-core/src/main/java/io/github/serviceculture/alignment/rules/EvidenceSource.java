package io.github.serviceculture.alignment.rules;

/**
 * Where a piece of evidence comes from.
 *
 * @since 0.1.0
 */
public enum EvidenceSource {
  /** A field of the organization's practices, such as {@code goals[0].scope}. */
  PRACTICE,
  /** An aggregate of a survey dimension or item, such as the GOALS score. */
  SURVEY,
  /** An aggregate of one reported group of respondents, such as {@code department=accounting}. */
  GROUP,
  /** A threshold or setting of the scoring policy. */
  POLICY
}
