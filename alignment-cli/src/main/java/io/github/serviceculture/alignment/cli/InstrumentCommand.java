package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alignment instrument}: the instrument as JSON, or a CSV header for it. */
@Command(name = "instrument", mixinStandardHelpOptions = true, versionProvider = AlignmentCli.Version.class,
    description = "Prints the built-in instrument (or --instrument FILE) as a JSON document, or with --csv-template "
        + "the header row of a survey CSV for it: organization, respondent, level, department, customerFacing, then "
        + "one column per item id.")
final class InstrumentCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Option(names = "--csv-template", description = "Print a CSV header row instead of the JSON document.")
  boolean csvTemplate;

  @Option(names = "--instrument", paramLabel = "FILE", description = "Instrument document (JSON) instead of the "
      + "built-in one.")
  Path instrumentFile;

  InstrumentCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Instrument instrument = Survey.instrument(instrumentFile);
    if (csvTemplate) {
      List<String> columns = new ArrayList<>(List.of(CsvOptions.DEFAULT_ORGANIZATION_COLUMN,
          CsvOptions.DEFAULT_ID_COLUMN, "level", "department", "customerFacing"));
      for (Item item : instrument.items()) {
        columns.add(item.id());
      }
      terminal.out().print(String.join(",", columns) + "\n");
    } else {
      terminal.out().print(Survey.json(instrument, true).write(instrument) + "\n");
    }
    terminal.out().flush();
    return AlignmentCli.OK;
  }
}
