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
 * validate}) and prints the default instrument or a CSV template for it ({@code instrument}).
 *
 * <p>Exit codes: {@value #OK} when everything was scored or valid, {@value #REJECTED} when some
 * rows, lines or documents were rejected (the rest was written), {@value #USAGE} for a usage error,
 * {@value #FATAL} when the input could not be read or the output not written (no output is left
 * behind), {@value #INTERNAL} for an internal error.
 *
 * @since 0.1.0
 */
@Command(name = "alignment",
    mixinStandardHelpOptions = true,
    versionProvider = AlignmentCli.Version.class,
    description = "Scores how well organizations' goals, hiring, training, empowerment and leadership "
        + "align with their customer service vision, from practices (JSON) and employee surveys (CSV or JSON).",
    subcommands = {ScoreCommand.class, BatchCommand.class, ValidateCommand.class, InstrumentCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything was scored (or valid)",
        "1:some rows, lines or documents were rejected; the rest was written, see the error file",
        "2:usage error: unknown option, missing or malformed argument",
        "3:input unreadable or output not writable; nothing was written",
        "4:internal error"})
public final class AlignmentCli {
  /** Exit code: everything was scored or valid. */
  public static final int OK = 0;
  /** Exit code: some rows, lines or documents were rejected; the others were scored and written. */
  public static final int REJECTED = 1;
  /** Exit code: the command line was not understood. */
  public static final int USAGE = 2;
  /** Exit code: an input could not be read or an output not written; no output was left behind. */
  public static final int FATAL = 3;
  /** Exit code: an internal error. */
  public static final int INTERNAL = 4;

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
    System.exit(run(System.out, System.err, true, args));
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
      failed.getErr().println("error: " + e.getMessage());
      // A mistyped command or option: name the nearest valid ones ("Did you mean: alignment score?").
      CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, failed, parsed) -> {
      if (e instanceof Failure) {
        failed.getErr().println("error: " + e.getMessage());
        return FATAL;
      }
      if (e instanceof UsageFailure) {
        failed.getErr().println("error: " + e.getMessage());
        return USAGE;
      }
      failed.getErr().println("internal error: " + e);
      e.printStackTrace(failed.getErr());
      return INTERNAL;
    });
    int code = cli.execute(args);
    out.flush();
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
      if (type == ValidateCommand.class) {
        return type.cast(new ValidateCommand(terminal));
      }
      if (type == InstrumentCommand.class) {
        return type.cast(new InstrumentCommand(terminal));
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
          "JSON format " + io.github.serviceculture.alignment.json.AlignmentJson.formatVersion() + ", reports "
              + io.github.serviceculture.alignment.json.AlignmentJson.reportFormatVersion(),
          "Java " + System.getProperty("java.version")};
    }
  }
}
