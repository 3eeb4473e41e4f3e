package io.github.serviceculture.alignment.spark;

import static org.apache.spark.sql.functions.col;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.survey.Instrument;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables of a survey scored on Spark, with the columns of {@code alignment batch}'s CSV files of the
 * same names ({@code TidyTables} in {@code alignment-csv} lists them with their types): text as strings,
 * counts as longs, figures as doubles, an empty CSV cell as null. Rows come in no particular order; sort
 * them to compare. {@code report} in {@link #organizations()} is always null: no report file is written.
 * {@link #rejected()} lists every row that was not scored (batch's {@code --max-rejected-per-reason 0}),
 * so that the input's rows are the organizations' {@code rows_scored} plus the rejected rows.
 *
 * <p>The tables are views of one persisted result (memory and disk): the scoring runs once, when the first
 * of them is used; {@link #unpersist()} frees it.
 *
 * @since 0.1.0
 */
public final class AlignmentTables {
  static final String ORGANIZATIONS = "organizations";
  static final String DIMENSIONS = "dimensions";
  static final String FINDINGS = "findings";
  static final String ITEMS = "items";
  static final String REJECTED = "rejected";
  static final String REPORTS = "reports";

  private final Dataset<Row> all;
  private final Instrument instrument;

  AlignmentTables(Dataset<Row> all, Instrument instrument) {
    this.all = all;
    this.instrument = instrument;
  }

  private Dataset<Row> table(String name) {
    return all.filter(col(name).isNotNull()).select(name + ".*");
  }

  /**
   * organizations.csv: one row per organization that has a row with its name.
   *
   * @return the table
   */
  public Dataset<Row> organizations() {
    return table(ORGANIZATIONS);
  }

  /**
   * dimensions.csv: one row per scored organization and dimension.
   *
   * @return the table
   */
  public Dataset<Row> dimensions() {
    return table(DIMENSIONS);
  }

  /**
   * findings.csv: one row per finding of a scored organization.
   *
   * @return the table
   */
  public Dataset<Row> findings() {
    return table(FINDINGS);
  }

  /**
   * items.csv: per scored organization, released set and item, the item's figures.
   *
   * @return the table
   */
  public Dataset<Row> items() {
    return table(ITEMS);
  }

  /**
   * rejected.csv: every row not scored, with its line, organization ({@code ""} when it could not be
   * read) and the reason, in the CSV reader's words.
   *
   * @return the table
   */
  public Dataset<Row> rejected() {
    return table(REJECTED);
  }

  /**
   * The report documents: per scored organization, {@code organization} and {@code report}, the JSON
   * document batch writes into {@code reports/NAME.json} (without its final line break), readable with
   * {@code AlignmentJson.readReport}. They hold only what the disclosure rules release.
   *
   * @return the table
   */
  public Dataset<Row> reports() {
    return table(REPORTS);
  }

  /**
   * The norms of the organizations scored, as {@code alignment norms build --minimum N} builds them from
   * the reports of a batch: the reports are brought to the driver one partition at a time ({@code
   * toLocalIterator}) and added to one {@code Norms.Accumulator}, which keeps a few numbers per
   * organization, dimension and item.
   *
   * @param minimumOrganizations the fewest organizations a norm is built from
   * @return the norms
   * @throws InvalidValueException if {@code minimumOrganizations} is below 1, or no dimension or item
   *     reaches it
   */
  public Norms norms(int minimumOrganizations) {
    Norms.Accumulator accumulator = Norms.accumulator(instrument, minimumOrganizations);
    AlignmentJson json = AlignmentJson.builder().instrument(instrument).build();
    Iterator<Row> reports = reports().select("report").toLocalIterator();
    while (reports.hasNext()) {
      accumulator.add(json.readReport(reports.next().getString(0)));
    }
    return accumulator.result();
  }

  /**
   * Frees the persisted result; a table used afterwards is scored again.
   *
   * @return this
   */
  public AlignmentTables unpersist() {
    all.unpersist();
    return this;
  }
}
