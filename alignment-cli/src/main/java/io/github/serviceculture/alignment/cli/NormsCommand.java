package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.norms.Norm;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alignment norms}: norms of many organizations, for ranking one among them. */
@Command(name = "norms", mixinStandardHelpOptions = true, versionProvider = AlignmentCli.Version.class,
    description = "Norms: where an organization stands among others that took the same instrument.",
    subcommands = NormsCommand.Build.class)
final class NormsCommand implements Callable<Integer> {
  private final Terminal terminal;

  NormsCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    throw new UsageFailure("name a norms command: alignment norms build");
  }

  /** {@code alignment norms build}. */
  @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = AlignmentCli.Version.class,
      description = {
          "Builds norms from organizations' reports: per dimension and item, the 0th to 100th percentiles of "
              + "their scores (R's quantile type 7), written as a norms document (JSON).",
          "",
          "INPUT is an output directory of alignment batch (its reports/*.json or reports.jsonl), a JSON Lines file "
              + "of report documents (.jsonl), or one report document. Only released figures count: an "
              + "organization without perception figures adds nothing, and each organization is counted once (a "
              + "second report with the name of one already read is rejected). A dimension with fewer than "
              + "--minimum organizations gets no norm; with none at all, nothing is written.",
          "",
          "Ends with 'read N, used U, rejected R' on stderr: N = U + R reports."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:every report was used", "1:some were rejected (named on stderr); the norms were written",
          "2:usage error", "3:input unreadable, too few organizations, or output not writable; nothing was written",
          "4:internal error"})
  static final class Build implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Batch output directories, JSON Lines of "
        + "reports, or report documents.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the "
        + "norms document; written whole at the end, or not at all.")
    Path output;

    @Option(names = "--instrument", paramLabel = "FILE", description = "The instrument the reports were scored "
        + "with (default: the built-in one); a report of another is rejected.")
    Path instrumentFile;

    @Option(names = "--minimum", paramLabel = "N", description = "The fewest organizations a dimension's norm is "
        + "built from (default: " + Norms.DEFAULT_MINIMUM_ORGANIZATIONS + ").")
    int minimum = Norms.DEFAULT_MINIMUM_ORGANIZATIONS;

    @Mixin
    CommonOptions common;

    private final AlignmentJson json = AlignmentJson.withDefaults();
    private final Map<String, String> seen = new HashMap<>();
    private long read;
    private long rejected;

    Build(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      terminal.configure(common.quiet, common.verbose);
      if (minimum < 1) {
        throw new UsageFailure("--minimum must be at least 1, was " + minimum);
      }
      Instrument instrument = Survey.instrument(instrumentFile);
      Norms.Accumulator accumulator = Norms.accumulator(instrument, minimum);
      for (Path input : inputs) {
        if (Files.isDirectory(input)) {
          readDirectory(input, accumulator);
        } else if (input.getFileName().toString().endsWith(".jsonl")) {
          readLines(input, accumulator);
        } else {
          readDocument(input, input.toString(), Inputs.open(input), accumulator);
        }
      }
      Norms norms;
      try {
        norms = accumulator.result();
      } catch (InvalidValueException e) {
        throw new Failure("no norms written: " + e.problem());
      }
      List<Path> all = new ArrayList<>(inputs);
      if (instrumentFile != null) {
        all.add(instrumentFile);
      }
      try (OutputSet outputs = new OutputSet()) {
        Files.writeString(outputs.file(output, all), AlignmentJson.builder().prettyPrint(true).build().write(norms)
            + "\n", StandardCharsets.UTF_8);
        outputs.commit();
      } catch (IOException e) {
        throw new Failure(output + ": cannot write the norms (" + e.getClass().getSimpleName() + ")");
      }
      for (Dimension d : Dimension.values()) {
        Norm norm = norms.dimensions().get(d);
        terminal.info(norm != null
            ? String.format(Locale.ROOT, "%s: %d organizations, median %.1f", d, norm.organizations(),
                norm.percentile(50))
            : d + ": no norm, " + accumulator.organizations(d) + " organizations (fewer than " + minimum + ")");
      }
      terminal.info(norms.items().size() + " items with a norm");
      terminal.info("read " + read + ", used " + (read - rejected) + ", rejected " + rejected);
      return rejected == 0 ? AlignmentCli.OK : AlignmentCli.REJECTED;
    }

    private void readDirectory(Path directory, Norms.Accumulator accumulator) {
      Path reports = directory.resolve(BatchOutput.REPORTS_DIRECTORY);
      Path lines = directory.resolve(BatchOutput.REPORTS_JSONL);
      boolean any = false;
      if (Files.isDirectory(reports)) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(reports)) {
          files = listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
          throw Inputs.unreadable(reports, e);
        }
        for (Path file : files) {
          readDocument(file, file.toString(), Inputs.open(file), accumulator);
        }
        any = true;
      }
      if (Files.isRegularFile(lines)) {
        readLines(lines, accumulator);
        any = true;
      }
      if (!any) {
        throw new Failure(directory + ": not an output directory of alignment batch (no " + BatchOutput.REPORTS_DIRECTORY
            + "/ or " + BatchOutput.REPORTS_JSONL + "; run batch with --reports files or jsonl)");
      }
    }

    private void readLines(Path file, Norms.Accumulator accumulator) {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8))) {
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          number++;
          if (!line.isBlank()) {
            readDocument(file, file + ": line " + number, new java.io.ByteArrayInputStream(
                line.getBytes(StandardCharsets.UTF_8)), accumulator);
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw Inputs.unreadable(file, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
      }
    }

    private void readDocument(Path file, String place, InputStream in, Norms.Accumulator accumulator) {
      read++;
      AlignmentReport report;
      try (in) {
        report = json.readReport(in);
      } catch (JsonDocumentException e) {
        reject(place, "not a valid report document: " + e.getMessage());
        return;
      } catch (UncheckedIOException e) {
        throw Inputs.unreadable(file, e.getCause());
      } catch (IOException e) {
        throw Inputs.unreadable(file, e);
      }
      String name = report.metadata().organization().orElse(null);
      if (name != null && seen.containsKey(name)) {
        reject(place, "a second report of an organization already read (" + seen.get(name) + "); each counts once");
        return;
      }
      try {
        accumulator.add(report);
      } catch (InvalidValueException e) {
        reject(place, "the report " + e.problem());
        return;
      }
      if (name != null) {
        seen.put(name, place);
      }
    }

    private void reject(String place, String reason) {
      rejected++;
      terminal.err().println("rejected " + Printable.text(place) + ": " + Printable.text(reason));
    }
  }
}
