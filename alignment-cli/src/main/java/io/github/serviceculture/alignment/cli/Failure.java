package io.github.serviceculture.alignment.cli;

/**
 * A fatal error the user can act on: an input that cannot be read, a header that does not fit the
 * instrument, an output that cannot be written. Exit code {@link AlignmentCli#FATAL}. The message
 * never quotes answers or respondent ids.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Failure(String message) {
    super(message, null, false, false);
  }
}
