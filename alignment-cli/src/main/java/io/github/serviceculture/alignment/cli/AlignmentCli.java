package io.github.serviceculture.alignment.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code alignment} command line: scores one assessment ({@code score}), many organizations
 * from a CSV survey export or from JSON Lines ({@code batch}), checks input without scoring ({@code
 * validate}), prints the default instrument or a CSV template for it ({@code instrument}) and builds
 * norms from many organizations' reports ({@code norms build}).
 *
 * <p>Exit codes: {@value #OK} when everything was scored or valid, {@value #REJECTED} when some
 * rows, lines or documents were rejected (the rest was written), {@value #USAGE} for a usage error,
 * {@value #FATAL} when the input could not be read or the output not written (no output is left
 * behind; this includes a full disk and a standard output that cannot be written), {@value #INTERNAL} for an
 * internal error or when the JVM ran out of memory. Killed by SIGINT or SIGTERM, the JVM exits with {@value
 * #INTERRUPTED_INT} or {@value #INTERRUPTED_TERM} (128 + the signal) after removing the run's temporary files.
 *
 * @since 0.1.0
 */
@Command(name = "alignment",
    mixinStandardHelpOptions = true,
    versionProvider = AlignmentCli.Version.class,
    description = "Scores how well organizations' goals, hiring, training, empowerment and leadership "
        + "align with their customer service vision, from practices (JSON) and employee surveys (CSV or JSON).",
    subcommands = {ScoreCommand.class, BatchCommand.class, CompareCommand.class, ValidateCommand.class,
        InstrumentCommand.class, NormsCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything was scored (or valid)",
        "1:some rows, lines or documents were rejected; the rest was written, see the error file",
        "2:usage error: unknown option, missing or malformed argument",
        "3:input unreadable or changed while read, output not writable (full disk, standard output); nothing "
            + "was written",
        "4:internal error, or out of memory (raise -Xmx through JAVA_OPTS)",
        "130:interrupted (SIGINT, Ctrl-C); temporary files removed, nothing written",
        "143:terminated (SIGTERM); temporary files removed, nothing written"})
public final class AlignmentCli {
  /** Exit code: everything was scored or valid. */
  public static final int OK = 0;
  /** Exit code: some rows, lines or documents were rejected; the others were scored and written. */
  public static final int REJECTED = 1;
  /** Exit code: the command line was not understood. */
  public static final int USAGE = 2;
  /** Exit code: an input could not be read or an output not written; no output was left behind. */
  public static final int FATAL = 3;
  /** Exit code: an internal error, or the JVM ran out of memory. */
  public static final int INTERNAL = 4;
  /** Exit code of the JVM killed by SIGINT (128 + 2): the shell's convention, set by the JVM itself. */
  public static final int INTERRUPTED_INT = 130;
  /** Exit code of the JVM killed by SIGTERM (128 + 15). */
  public static final int INTERRUPTED_TERM = 143;

  /** Set once {@link #main} has its exit code, so that the shutdown hook can tell an interrupt from an exit. */
  private static volatile boolean exiting;

  private AlignmentCli() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    // Core logs through slf4j; only warnings reach stderr unless --verbose says otherwise.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    // Runs on SIGINT and SIGTERM too, beside the hooks that remove the run's temporary files; the JVM then exits
    // with 128 + the signal.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!exiting) {
        System.err.println("alignment: interrupted; temporary files removed, no output of this run committed");
      }
    }, "alignment-cli-interrupted"));
    int code = run(System.out, System.err, true, args);
    exiting = true;
    System.exit(code);
  }

  /**
   * Runs the tool with the given output streams and returns its exit code instead of exiting. No
   * progress bar is drawn.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, false, args);
  }

  static int run(PrintStream out, PrintStream err, boolean mayShowProgress, String... args) {
    Terminal terminal = new Terminal(out, err, mayShowProgress);
    CommandLine cli = new CommandLine(new AlignmentCli(), new Factory(terminal));
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
    useSynopsisWithRequiredOptions(cli);
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("error: " + Printable.message(String.valueOf(e.getMessage())));
      // A mistyped command or option: name the nearest valid ones ("Did you mean: alignment score?").
      CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, failed, parsed) -> exitCode(e, failed.getErr()));
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the handler; an Error from the command reaches here.
      code = exitCode(e, cli.getErr());
    }
    return checkStandardOutput(code, out, cli.getOut(), cli.getErr());
  }

  /**
   * The exit code and the message for a command that failed: a {@link Failure} or an I/O error (a full disk, a
   * file that cannot be written) is {@link #FATAL} with a one-line message; running out of memory is {@link
   * #INTERNAL} with advice; anything else is an internal error with its stack trace.
   */
  static int exitCode(Throwable e, PrintWriter err) {
    // Messages may quote names and paths from the input: escaped, so that they cannot drive the terminal.
    if (e instanceof Failure) {
      err.println("error: " + Printable.message(e.getMessage()));
      return FATAL;
    }
    if (e instanceof UsageFailure) {
      err.println("error: " + Printable.message(e.getMessage()));
      return USAGE;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        err.println(String.format(java.util.Locale.ROOT, "error: out of memory (the Java heap may grow to %d MiB); "
            + "outputs not committed were removed. Give the tool more memory: JAVA_OPTS=-Xmx4g with the "
            + "alignment launcher, or java -Xmx4g -jar with the jar; fewer --threads also lowers the peak",
            Runtime.getRuntime().maxMemory() >> 20));
        return INTERNAL;
      }
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        // A full disk, a read-only or vanished directory: the user can act on the message; no stack trace.
        err.println("error: cannot write or read a file (" + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + Printable.message(cause.getMessage())) + "); nothing was written");
        return FATAL;
      }
    }
    err.println("internal error: " + e);
    e.printStackTrace(err);
    return INTERNAL;
  }

  /**
   * Turns a standard output that could not be written (a full disk behind {@code > file}, {@code > /dev/full}, a
   * closed pipe) into {@link #FATAL}: {@link PrintStream} and {@link PrintWriter} swallow write errors, so without
   * this check the run would end with exit 0 and nothing written.
   */
  static int checkStandardOutput(int code, PrintStream out, PrintWriter picocliOut, PrintWriter err) {
    boolean failed = out.checkError() | picocliOut.checkError();
    if (failed && (code == OK || code == REJECTED)) {
      err.println("error: cannot write to standard output (a full disk or a closed pipe?); the output is "
          + "incomplete");
      code = FATAL;
    }
    err.flush();
    return code;
  }

  /**
   * Replaces picocli's abbreviated synopsis ({@code [OPTIONS] INPUT}), which hides required options, by one that
   * names them: the argument groups, then each required option, then {@code [OPTIONS]} and the positional
   * parameters. Built from the declarations, so a newly required option appears without editing any text.
   */
  static void useSynopsisWithRequiredOptions(CommandLine command) {
    if (command.getCommandSpec().usageMessage().abbreviateSynopsis()) {
      command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, AlignmentCli::synopsis);
    }
    command.getSubcommands().values().forEach(AlignmentCli::useSynopsisWithRequiredOptions);
  }

  private static String synopsis(CommandLine.Help help) {
    CommandLine.Model.CommandSpec spec = help.commandSpec();
    java.util.List<String> words = new java.util.ArrayList<>();
    words.add(spec.qualifiedName());
    spec.argGroups().forEach(group -> words.addAll(java.util.List.of(group.synopsis().split(" "))));
    for (CommandLine.Model.OptionSpec option : spec.options()) {
      if (option.required() && option.group() == null) {
        words.add(option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : ""));
      }
    }
    words.add("[OPTIONS]");
    for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
      String label = parameter.paramLabel() + (parameter.isMultiValue() ? "..." : "");
      words.add(parameter.arity().min() == 0 ? "[" + label + "]" : label);
    }
    // Wrapped like picocli's own synopsis: continuation lines start under the first option.
    int width = spec.usageMessage().width();
    String indent = " ".repeat(help.synopsisHeadingLength() + spec.qualifiedName().length() + 1);
    StringBuilder text = new StringBuilder(words.get(0));
    int column = help.synopsisHeadingLength() + words.get(0).length();
    for (String word : words.subList(1, words.size())) {
      if (column + 1 + word.length() > width) {
        text.append(System.lineSeparator()).append(indent).append(word);
        column = indent.length() + word.length();
      } else {
        text.append(' ').append(word);
        column += 1 + word.length();
      }
    }
    return text.append(System.lineSeparator()).toString();
  }

  /**
   * Gives every command the terminal it writes to. The no-argument constructor serves picocli's {@code
   * AutoComplete}, which the build runs to generate the shell completion script and which only reads the
   * commands' declarations.
   */
  static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;

    Factory() {
      this(new Terminal(System.out, System.err, false));
    }

    Factory(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ScoreCommand.class) {
        return type.cast(new ScoreCommand(terminal));
      }
      if (type == BatchCommand.class) {
        return type.cast(new BatchCommand(terminal));
      }
      if (type == CompareCommand.class) {
        return type.cast(new CompareCommand(terminal));
      }
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(terminal));
      }
      if (type == InstrumentCommand.class) {
        return type.cast(new InstrumentCommand(terminal));
      }
      if (type == NormsCommand.class) {
        return type.cast(new NormsCommand(terminal));
      }
      if (type == NormsCommand.Build.class) {
        return type.cast(new NormsCommand.Build(terminal));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Reads the version filtered into the jar at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    static String version() {
      try (InputStream in = AlignmentCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String[] getVersion() {
      return new String[] {"alignment " + version(),
          "JSON format " + io.github.serviceculture.alignment.json.AlignmentJson.formatVersion() + ", organizations "
              + io.github.serviceculture.alignment.json.AlignmentJson.organizationFormatVersion() + ", assessments "
              + io.github.serviceculture.alignment.json.AlignmentJson.assessmentFormatVersion() + ", reports "
              + io.github.serviceculture.alignment.json.AlignmentJson.reportFormatVersion(),
          "Java " + System.getProperty("java.version")};
    }
  }
}
