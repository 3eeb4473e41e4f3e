package io.github.serviceculture.alignment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every cell of the tidy tables has its column's type; the rows are as wide as the headers. */
class TidyTablesTest {
  private static final Path SAMPLE = Path.of(System.getProperty("alignment.readme")).resolveSibling(
      "alignment-cli/samples/survey.csv");

  @Test
  void everyCellOfTheSampleReportsHasItsColumnsType() throws IOException {
    List<AlignmentReport> reports = new ArrayList<>();
    try (InputStream in = Files.newInputStream(SAMPLE);
        SurveyCsvReader reader = SurveyCsvReader.open(in, SurveyCsvLayout.builder(DefaultInstrument.instrument()))) {
      for (SurveyCsvReader.Block b = reader.next(); b != null; b = reader.next()) {
        reports.add(AlignmentEngine.withDefaults().assess(
            Assessment.builder().responses(b.responses().orElseThrow()).build()));
      }
    }
    assertEquals(3, reports.size());
    Optional<LocalDate> date = Optional.of(LocalDate.of(2026, 11, 23));
    for (AlignmentReport report : reports) {
      check(TidyTables.ORGANIZATIONS, List.of(TidyTables.organization("O", date, "reports/O.json", report, 40, 2)));
      check(TidyTables.DIMENSIONS, TidyTables.dimensions("O", date, report));
      check(TidyTables.FINDINGS, TidyTables.findings("O", date, report));
      check(TidyTables.ITEMS, TidyTables.items("O", date, report));
      assertFalse(TidyTables.dimensions("O", date, report).isEmpty());
      assertFalse(TidyTables.items("O", date, report).isEmpty());
    }
    List<Object> unscored = TidyTables.organization("O", Optional.empty(), "", null, 0, 3);
    check(TidyTables.ORGANIZATIONS, List.of(unscored));
    assertEquals(3L, unscored.get(5));
    assertNull(unscored.get(1));
    assertNull(unscored.get(3));
    check(TidyTables.REJECTED, List.of(TidyTables.rejection(7, "", "no organization")));
  }

  @Test
  void anExceptionIsDescribedByItsCodeAndPlaceNeverItsValue() {
    String reason = TidyTables.notScored(new InvalidValueException("Respondent", "id", "secret", "must not be blank"));
    assertTrue(reason.startsWith("the organization could not be scored: "), reason);
    assertTrue(reason.endsWith(" at Respondent.id"), reason);
    assertFalse(reason.contains("secret"), reason);
    assertEquals("IllegalStateException", TidyTables.describe(new IllegalStateException("secret")));
  }

  private static void check(List<TidyTables.Column> columns, List<List<Object>> rows) {
    for (List<Object> row : rows) {
      assertEquals(columns.size(), row.size());
      for (int i = 0; i < row.size(); i++) {
        Object cell = row.get(i);
        if (cell == null) {
          continue;
        }
        Class<?> expected = switch (columns.get(i).type()) {
          case TEXT -> String.class;
          case INTEGER -> Long.class;
          case NUMBER -> Double.class;
          case BOOLEAN -> Boolean.class;
        };
        assertEquals(expected, cell.getClass(), columns.get(i).name());
      }
    }
  }
}
