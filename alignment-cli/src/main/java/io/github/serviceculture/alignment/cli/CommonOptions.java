package io.github.serviceculture.alignment.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose, on every command. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but fatal errors: no progress, "
      + "warnings or accounting line.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print what the run does and what it costs (passes, "
      + "temporary space, timings).")
  boolean verbose;
}
