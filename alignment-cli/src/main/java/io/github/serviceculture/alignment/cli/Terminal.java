package io.github.serviceculture.alignment.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

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

  /**
   * A progress bar on stderr when this run may show one (not {@code --quiet}, started from {@code main}) and
   * stderr is a terminal; otherwise {@link Progress#NONE}, so that a redirected stderr never receives the bar's
   * carriage-return frames.
   */
  Progress progress(String task, long max, String unit, long unitSize) {
    if (quiet || !mayShowProgress || !stderrIsTerminal()) {
      return Progress.NONE;
    }
    return Progress.bar(err, task, max, unit, unitSize);
  }

  /**
   * Whether file descriptor 2 is a terminal. {@code System.console()} cannot tell: on Java 17 it is non-null
   * when stdin and stdout are terminals, whatever stderr is. JLine, which the progress bar library already
   * brings, asks the operating system about stderr itself ({@code test -t 2} through its exec provider, the one
   * shipped in jline-terminal). Any failure to ask counts as "not a terminal": no bar is the safe side.
   */
  static boolean stderrIsTerminal() {
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }
}
