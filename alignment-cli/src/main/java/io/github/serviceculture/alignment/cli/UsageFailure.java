package io.github.serviceculture.alignment.cli;

/** Options that parse but do not fit together. Exit code {@link AlignmentCli#USAGE}. */
final class UsageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageFailure(String message) {
    super(message, null, false, false);
  }
}
