package io.github.serviceculture.alignment.spark;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import io.github.serviceculture.alignment.csv.SurveyRowReader;
import io.github.serviceculture.alignment.csv.TidyTables;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A task's work: the partition's rows, sorted by organization and line, read organization by
 * organization and scored as {@code alignment batch} scores them (its {@code Scorer} and {@code
 * BatchOutput}, with each report's document as a row instead of a file, and without releases, comparisons or
 * norms). The output rows are made as each
 * organization is done, so that a task holds one organization at a time.
 */
final class OrganizationTasks implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final AlignmentSpark.Setup setup;

  OrganizationTasks(AlignmentSpark.Setup setup) {
    this.setup = setup;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Output(rows);
  }

  /** The output rows, made one organization at a time as they are asked for. */
  private final class Output implements Iterator<Row> {
    private final Iterator<Row> input;
    private final int width = setup.header().size();
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private SurveyRowReader reader;
    private AlignmentEngine engine;
    private AlignmentJson json;
    private boolean finished;

    Output(Iterator<Row> input) {
      this.input = input;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !finished) {
        if (reader == null) {
          // Once per task: the layout and policy read back from their documents.
          SurveyCsvLayout layout = setup.layout();
          reader = SurveyRowReader.open(setup.header(), layout);
          engine = AlignmentEngine.of(setup.policy());
          json = AlignmentJson.builder().instrument(layout.instrument()).build();
        }
        if (input.hasNext()) {
          Row row = input.next();
          List<String> cells = new ArrayList<>(width);
          for (int i = 0; i < width; i++) {
            cells.add(row.getString(i));
          }
          // The cells, then the organization key, then the line.
          SurveyCsvReader.Block block = reader.add(row.getLong(width + 1), cells);
          if (block != null) {
            block(block);
          }
        } else {
          finished = true;
          SurveyCsvReader.Block block = reader.finish();
          if (block != null) {
            block(block);
          }
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    /** One organization's rows, as batch's CsvRun, Scorer and BatchOutput handle them. */
    private void block(SurveyCsvReader.Block block) {
      List<SurveyCsvReader.Rejection> own = new ArrayList<>();
      for (SurveyCsvReader.Rejection r : block.rejections()) {
        // A row whose organization could not be read is a rejection of no organization.
        if (r.organization().isEmpty() && !block.organization().isEmpty()) {
          rejected(r.line(), "", r.reason());
        } else {
          own.add(r);
        }
      }
      if (block.responses().isEmpty() && own.isEmpty()) {
        return;
      }
      String organization = block.organization();
      Optional<java.time.LocalDate> date = setup.assessedOn();
      if (block.responses().isEmpty()) {
        organization(organization, Optional.empty(), null, 0, own.size());
        own.forEach(r -> rejected(r.line(), r.organization(), r.reason()));
        return;
      }
      int scored = block.responses().get().size();
      AlignmentReport report;
      try {
        report = engine.assess(Assessment.builder().responses(block.responses().get()).assessedOn(date).build());
      } catch (RuntimeException e) {
        // Every row of the organization is rejected, in the order of the lines, as batch does.
        String reason = TidyTables.notScored(e);
        List<long[]> all = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < scored; i++) {
          all.add(new long[] {block.line(i), reasons.size()});
          reasons.add(reason);
        }
        for (SurveyCsvReader.Rejection r : own) {
          all.add(new long[] {r.line(), reasons.size()});
          reasons.add(r.reason());
        }
        all.sort(Comparator.comparingLong(a -> a[0]));
        organization(organization, Optional.empty(), null, 0, all.size());
        for (long[] a : all) {
          rejected(a[0], organization, reasons.get((int) a[1]));
        }
        return;
      }
      if (report.metadata().organization().isEmpty()) {
        report = report.withMetadata(report.metadata().withOrganization(organization));
      }
      for (List<Object> row : TidyTables.dimensions(organization, date, report)) {
        emit(1, row);
      }
      for (List<Object> row : TidyTables.findings(organization, date, report)) {
        emit(2, row);
      }
      for (List<Object> row : TidyTables.items(organization, date, report)) {
        emit(3, row);
      }
      emit(5, Arrays.asList(organization, json.write(report)));
      organization(organization, date, report, scored, own.size());
      own.forEach(r -> rejected(r.line(), r.organization(), r.reason()));
    }

    private void organization(String organization, Optional<java.time.LocalDate> date, AlignmentReport report,
        long scored, long rejected) {
      // No report file: the report column is empty (batch names the file it wrote there).
      if (!organization.isEmpty()) {
        emit(0, TidyTables.organization(organization, date, null, report, scored, rejected));
      }
    }

    private void rejected(long line, String organization, String reason) {
      emit(4, TidyTables.rejection(line, organization, reason));
    }

    /** A row of the table at {@code table} in {@link AlignmentSpark.Schemas#OUTPUT}. */
    private void emit(int table, List<Object> cells) {
      Object[] tables = new Object[6];
      tables[table] = RowFactory.create(cells.toArray());
      ready.add(RowFactory.create(tables));
    }
  }
}
