package io.github.serviceculture.alignment.cli;

/**
 * An input row, line or document that was not scored, and why. The reason never quotes answers or
 * respondent ids.
 *
 * @param line the line it starts on, counted from 1 (for CSV the header is line 1)
 * @param organization the organization it belongs to, or empty when unknown
 * @param reason why it was rejected
 * @param repeatOf for a CSV row that repeats the respondent id of an earlier row of its organization, that
 *     row's line; 0 otherwise
 */
record Rejection(long line, String organization, String reason, long repeatOf) {
  /** A rejection for a reason other than a repeated respondent id. */
  Rejection(long line, String organization, String reason) {
    this(line, organization, reason, 0);
  }
}
