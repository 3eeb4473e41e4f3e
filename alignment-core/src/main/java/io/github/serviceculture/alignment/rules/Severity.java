package io.github.serviceculture.alignment.rules;

/**
 * How much a finding matters, declared from the most to the least severe, so that the natural order
 * sorts the most severe first.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Misalignment that works against the vision now and should be fixed first. */
  CRITICAL,
  /** A gap in a practice that weakens alignment. */
  WARNING,
  /** Advice: worth knowing or considering, not a failure. */
  INFO
}
