package io.github.serviceculture.alignment.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.json.JsonDocumentException;
import io.github.serviceculture.alignment.json.JsonLine;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alignment validate}: checks input against the instrument and the document format, without scoring. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, abbreviateSynopsis = true,
    versionProvider = AlignmentCli.Version.class,
    description = {
        "Checks a survey CSV, a JSON Lines file of assessments or a JSON document (organization, instrument, "
            + "responses, assessment, policy or report) against the instrument and the document format, without "
            + "scoring. The checks are those of 'batch' and 'score': a row or line that validate accepts is scored.",
        "",
        "Prints one line per problem on stdout ('line N, organization O: reason') and ends with "
            + "'read N, valid V, rejected R' on stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:valid", "1:some rows, lines or the document are not valid", "2:usage error",
        "3:input unreadable (not UTF-8, malformed CSV, unusable header)", "4:internal error"})
final class ValidateCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(index = "0", paramLabel = "FILE", description = "Survey CSV, JSON Lines (.jsonl, .ndjson) or JSON document.")
  Path input;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "csv, jsonl or json (default: from the file name).")
  Format inputFormat;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write the problems as a CSV table "
      + "(line, organization, reason).")
  Path errors;

  @Option(names = "--instrument", paramLabel = "FILE",
      description = "Instrument document (JSON) the survey answers (default: the built-in instrument).")
  Path instrumentFile;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--unsorted", description = "The CSV is not grouped by organization: index it at once.")
  boolean unsorted;

  @Option(names = "--temp-dir", paramLabel = "DIR", description = "Where an unsorted CSV is spilled (default: the "
      + "system's temporary directory).")
  Path tempDirectory;

  @Mixin
  CsvOptions csv;

  @Mixin
  CommonOptions common;

  /** The input formats. */
  enum Format { CSV, JSONL, JSON }

  ValidateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    terminal.configure(common.quiet, common.verbose);
    if (threads < 1) {
      throw new UsageFailure("--threads must be at least 1");
    }
    Instrument instrument = Survey.instrument(instrumentFile);
    AlignmentJson json = Survey.json(instrument, false);
    Format format = inputFormat != null ? inputFormat : Survey.isJsonLines(input) ? Format.JSONL
        : input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? Format.JSON
        : Format.CSV;
    if (format == Format.JSON) {
      return document(json);
    }
    Scorer checker = new Scorer(null, json, Optional.empty());
    long read;
    Problems problems;
    if (format == Format.CSV) {
      Path temp = tempDirectory != null ? tempDirectory : Path.of(System.getProperty("java.io.tmpdir"));
      SurveyCsvLayout layout = csv.layout(instrument, false);
      try (InputFile source = InputFile.open(input)) {
        CsvRun.Result result;
        try (SurveyInput first = Survey.open(source, layout, terminal)) {
          result = new CsvRun(source, first, checker, terminal, threads, temp).run(Problems::new, unsorted);
        }
        read = result.read();
        problems = (Problems) result.sink();
      }
    } else {
      problems = new Problems();
      read = jsonLines(json, checker, problems);
    }
    try {
      problems.commit();
      terminal.info("read " + read + ", valid " + problems.scored() + ", rejected " + problems.rejected());
      return problems.rejected() > 0 ? AlignmentCli.REJECTED : AlignmentCli.OK;
    } finally {
      problems.close();
    }
  }

  private long jsonLines(AlignmentJson json, Scorer checker, Problems problems) {
    long read = 0;
    try (InputStream in = Inputs.open(input);
        Stream<JsonLine<Assessment>> lines = json.readAssessmentLines(in)) {
      for (JsonLine<Assessment> line : (Iterable<JsonLine<Assessment>>) lines::iterator) {
        read++;
        if (line.isValid()) {
          problems.accept(checker.json(line.lineNumber(), line.value().orElseThrow()));
        } else {
          problems.accept(Outcome.rejected(new Rejection(line.lineNumber(), "", line.error().orElseThrow().getMessage())));
        }
      }
    } catch (UncheckedIOException e) {
      problems.close();
      throw Inputs.unreadable(input, e.getCause());
    } catch (IOException e) {
      problems.close();
      throw Inputs.unreadable(input, e);
    }
    return read;
  }

  /** A JSON document of any kind: its kind is the property beside formatVersion. */
  private int document(AlignmentJson json) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(input);
    } catch (IOException e) {
      throw Inputs.unreadable(input, e);
    }
    String kind = kind(bytes);
    Function<InputStream, ?> reader;
    switch (kind == null ? "" : kind) {
      case "organization":
        reader = json::readOrganization;
        break;
      case "instrument":
        reader = json::readInstrument;
        break;
      case "responses":
        reader = json::readResponses;
        break;
      case "assessment":
        reader = json::readAssessment;
        break;
      case "policy":
        reader = json::readPolicy;
        break;
      case "report":
        reader = json::readReport;
        break;
      default:
        reader = json::readAssessment;
        kind = "assessment";
        break;
    }
    try {
      reader.apply(new ByteArrayInputStream(bytes));
      terminal.out().println(input + ": a valid " + kind + " document");
      terminal.info("read 1, valid 1, rejected 0");
      return AlignmentCli.OK;
    } catch (JsonDocumentException e) {
      terminal.out().println(input + ": line " + e.line() + ": " + Printable.text(e.getMessage()));
      terminal.info("read 1, valid 0, rejected 1");
      return AlignmentCli.REJECTED;
    }
  }

  /** The document's kind, or null when it cannot be told; the reader then says what is wrong. */
  static String kind(byte[] bytes) {
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        if (!name.equals("formatVersion")) {
          return name;
        }
        p.nextToken();
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Collects problems in a temporary file, printed (and written to --errors) at the end. */
  private final class Problems implements Sink {
    private final Path lines;
    private final Writer writer;
    private final OutputSet outputs = new OutputSet();
    private final Tables.Table table;
    private long valid;
    private long rejected;

    Problems() {
      try {
        lines = Files.createTempFile("alignment-validate-", ".tmp");
        lines.toFile().deleteOnExit();
        writer = new BufferedWriter(Files.newBufferedWriter(lines, StandardCharsets.UTF_8));
        table = errors == null ? null : new Tables.Table(outputs.file(errors, List.of(input)), Tables.REJECTED);
      } catch (IOException e) {
        throw new Failure("cannot create a temporary file (" + e.getClass().getSimpleName() + ")");
      }
    }

    @Override
    public void accept(Outcome outcome) {
      try {
        for (Rejection r : outcome.rejections()) {
          writer.write("line " + r.line() + (r.organization().isEmpty() ? "" : ", organization " + Printable.name(r.organization()))
              + ": " + Printable.text(r.reason()) + "\n");
          if (table != null) {
            table.row(Tables.rejection(r));
          }
        }
      } catch (IOException e) {
        throw new Failure("cannot write a temporary file (" + e.getClass().getSimpleName() + ")");
      }
      valid += outcome.scored();
      rejected += outcome.rejections().size();
    }

    @Override
    public void commit() {
      try {
        writer.close();
        if (table != null) {
          table.close();
        }
        outputs.commit();
        try (InputStream in = Files.newInputStream(lines)) {
          in.transferTo(terminal.out());
        }
        terminal.out().flush();
      } catch (IOException e) {
        throw new Failure("cannot write the problems (" + e.getClass().getSimpleName() + ")");
      }
    }

    @Override
    public long scored() {
      return valid;
    }

    @Override
    public long rejected() {
      return rejected;
    }

    @Override
    public void close() {
      try {
        writer.close();
        if (table != null) {
          table.close();
        }
        Files.deleteIfExists(lines);
      } catch (IOException e) {
        // A temporary file; deleted on exit otherwise.
      }
      outputs.close();
    }
  }
}
