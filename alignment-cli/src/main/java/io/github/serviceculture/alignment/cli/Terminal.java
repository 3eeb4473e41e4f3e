package io.github.serviceculture.alignment.cli;

import java.io.PrintStream;

/** Where the commands write: results to stdout, diagnostics to stderr, a progress bar when attached. */
final class Terminal {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean mayShowProgress;
  private boolean quiet;
  private boolean verbose;

  Terminal(PrintStream out, PrintStream err, boolean mayShowProgress) {
    this.out = out;
    this.err = err;
    this.mayShowProgress = mayShowProgress;
  }

  void configure(boolean quiet, boolean verbose) {
    this.quiet = quiet;
    this.verbose = verbose && !quiet;
    if (this.verbose && System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "").equals("warn")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** A message worth seeing in a normal run: a warning, the accounting line. */
  void info(String message) {
    if (!quiet) {
      err.println(message);
    }
  }

  void warn(String message) {
    if (!quiet) {
      err.println("warning: " + message);
    }
  }

  /** Detail for --verbose only. */
  void detail(String message) {
    if (verbose) {
      err.println(message);
    }
  }

  boolean verbose() {
    return verbose;
  }

  /** A progress bar only when stderr is a terminal: {@code System.console()} is the JDK's test for it. */
  Progress progress(String task, long max, String unit, long unitSize) {
    if (quiet || !mayShowProgress || System.console() == null) {
      return Progress.NONE;
    }
    return Progress.bar(err, task, max, unit, unitSize);
  }
}
