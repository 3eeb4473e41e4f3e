package io.github.serviceculture.alignment.spark;

import static org.apache.spark.sql.functions.col;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.SurveyCsvException;
import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyRowReader;
import io.github.serviceculture.alignment.csv.TidyTables;
import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Scores survey responses held in a Spark data frame, one row per respondent, into the tidy tables of
 * {@code alignment batch}: the same rows, cell for cell, as batch writes for the same rows read from a
 * CSV file, in typed columns.
 *
 * <p><b>How.</b> The rows are shuffled by organization ({@code repartition} on the organization
 * column's stripped text) and sorted within each partition by organization and line, so that each
 * organization's rows form one contiguous run in one task. The task reads each run with {@link
 * SurveyRowReader}, which checks every row with the words of the CSV reader, and scores the
 * organization's responses with the library's own {@code AlignmentEngine}, as batch does: the figures,
 * the disclosure rules (no figure about fewer than the policy's threshold of respondents) and the
 * findings are the engine's. A task holds one organization's responses at a time (columnar: a few bytes
 * per answer), so the memory of an executor bounds the largest organization, not the survey; an
 * organization's partial statistics are not combined across tasks.
 *
 * <p><b>Input.</b> Every column of the data frame is a column of the survey, named as in a CSV header and
 * resolved by the layout as {@link io.github.serviceculture.alignment.csv.SurveyCsvReader} resolves one
 * (the organization column must be there, as for batch); a cell is read as its text ({@code CAST AS
 * STRING}), a null cell as an empty one. Spark's CSV source reads a file as such a frame ({@code
 * header=true}, no schema inference); the checks of the CSV text itself (quoting, field count, UTF-8) are
 * that source's, not the CSV reader's.
 *
 * <p><b>Lines.</b> A row's line, as {@code rejected} names it and as the ids {@code line-N} of a survey
 * without a respondent column are made, is the integral column named by {@link #withLineColumn(String)},
 * when given. Without one, rows are numbered in the data frame's order from 2 ({@code zipWithIndex}, one
 * more pass over the input): the line each row has in a CSV file that has a header line and no blank
 * lines or line breaks inside fields, read by Spark in file order.
 *
 * <p>Immutable and serializable through its settings only (the layout and policy travel to the executors
 * as their JSON documents and column names).
 *
 * @since 0.1.0
 */
public final class AlignmentSpark {
  private static final String KEY = "__alignment_organization";
  private static final String LINE = "__alignment_line";

  private final SurveyCsvLayout layout;
  private final ScoringPolicy policy;
  private final String lineColumn;
  private final LocalDate assessedOn;

  private AlignmentSpark(SurveyCsvLayout layout, ScoringPolicy policy, String lineColumn, LocalDate assessedOn) {
    this.layout = layout;
    this.policy = policy;
    this.lineColumn = lineColumn;
    this.assessedOn = assessedOn;
  }

  /**
   * A scorer of surveys laid out by {@code layout}, under {@code policy}.
   *
   * @param layout which column holds what; its delimiter is not used
   * @param policy the scoring policy, as for {@code alignment batch --policy}
   * @return the scorer
   * @throws InvalidValueException if either is null, or the policy does not fit the instrument's scale
   */
  public static AlignmentSpark of(SurveyCsvLayout layout, ScoringPolicy policy) {
    if (layout == null) {
      throw new InvalidValueException("AlignmentSpark", "layout", null, "must not be null");
    }
    if (policy == null) {
      throw new InvalidValueException("AlignmentSpark", "policy", null, "must not be null");
    }
    // As batch checks it before reading: a policy no organization can be scored with is refused here.
    policy.perception().favourableOptions(layout.instrument().scale());
    return new AlignmentSpark(layout, policy, null, null);
  }

  /**
   * Scores {@code responses}: {@code of(layout, policy).score(responses)}.
   *
   * @param responses one row per respondent
   * @param layout which column holds what
   * @param policy the scoring policy
   * @return the tables
   * @throws SurveyCsvException if the columns do not fit the layout
   * @throws InvalidValueException if an argument is null
   */
  public static AlignmentTables score(Dataset<Row> responses, SurveyCsvLayout layout, ScoringPolicy policy) {
    return of(layout, policy).score(responses);
  }

  /**
   * The same scorer, taking each row's line from a column.
   *
   * @param column an integral column of the input (such as the line numbers of the file it was read
   *     from); it is also a column of the survey, one without a role, unless the layout gives it one
   * @return the scorer
   * @throws InvalidValueException if {@code column} is null or blank
   */
  public AlignmentSpark withLineColumn(String column) {
    if (column == null || column.isBlank()) {
      throw new InvalidValueException("AlignmentSpark", "lineColumn", column, "must name a column");
    }
    return new AlignmentSpark(layout, policy, column, assessedOn);
  }

  /**
   * The same scorer, giving every assessment this date ({@code alignment batch --assessed-on}).
   *
   * @param date the date the responses describe
   * @return the scorer
   * @throws InvalidValueException if {@code date} is null
   */
  public AlignmentSpark withAssessedOn(LocalDate date) {
    if (date == null) {
      throw new InvalidValueException("AlignmentSpark", "assessedOn", null, "must not be null");
    }
    return new AlignmentSpark(layout, policy, lineColumn, date);
  }

  /**
   * The layout.
   *
   * @return the layout
   */
  public SurveyCsvLayout layout() {
    return layout;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * The column the lines are taken from, when one was named.
   *
   * @return its name, or empty when rows are numbered from 2 in the frame's order
   */
  public Optional<String> lineColumn() {
    return Optional.ofNullable(lineColumn);
  }

  /**
   * Scores the responses. The work is lazy: it runs when a table is first used, once (the result is
   * persisted, memory and disk, until {@link AlignmentTables#unpersist()}).
   *
   * @param responses one row per respondent, its columns named as a survey CSV's header
   * @return the tables
   * @throws SurveyCsvException if the columns do not fit the layout
   * @throws InvalidValueException if {@code responses} is null or has no organization column, or the
   *     line column is not an integral column of it
   */
  public AlignmentTables score(Dataset<Row> responses) {
    if (responses == null) {
      throw new InvalidValueException("AlignmentSpark", "responses", null, "must not be null");
    }
    List<String> header = Arrays.asList(responses.columns());
    // On the driver, so that a frame that does not fit fails here, with the CSV reader's words.
    SurveyRowReader.open(header, layout);
    int organization = column(header, layout.organizationColumn());
    if (organization < 0) {
      // Batch needs one too: the organizations are the unit of the work.
      throw new InvalidValueException("AlignmentSpark", "responses", null, "must have the organization column '"
          + layout.organizationColumn() + "'");
    }
    Dataset<Row> numbered = numbered(responses, header);
    List<Column> cells = new ArrayList<>();
    for (String name : header) {
      cells.add(col(quoted(name)).cast(DataTypes.StringType));
    }
    UserDefinedFunction strip = functions.udf((UDF1<String, String>) AlignmentSpark::strip, DataTypes.StringType);
    cells.add(strip.apply(col(quoted(header.get(organization))).cast(DataTypes.StringType)).as(KEY));
    cells.add(col(LINE));
    Dataset<Row> grouped = numbered.select(cells.toArray(new Column[0]))
        .repartition(col(KEY))
        .sortWithinPartitions(col(KEY), col(LINE));
    Setup setup = new Setup(layout, policy, header, assessedOn);
    Dataset<Row> scored = grouped.mapPartitions(new OrganizationTasks(setup), Encoders.row(Schemas.OUTPUT));
    return new AlignmentTables(scored.persist(StorageLevel.MEMORY_AND_DISK()), layout.instrument());
  }

  /** The input with {@link #LINE}: the line column's values, or the rows' positions from 2. */
  private Dataset<Row> numbered(Dataset<Row> responses, List<String> header) {
    if (lineColumn != null) {
      int c = column(header, lineColumn.strip());
      if (c < 0) {
        throw new InvalidValueException("AlignmentSpark", "lineColumn", lineColumn, "must be a column of the responses");
      }
      DataType type = responses.schema().fields()[c].dataType();
      if (!(type instanceof IntegralType)) {
        throw new InvalidValueException("AlignmentSpark", "lineColumn", lineColumn,
            "must be an integral column, not " + type.simpleString());
      }
      return responses.withColumn(LINE, col(quoted(header.get(c))).cast(DataTypes.LongType));
    }
    StructType schema = responses.schema().add(LINE, DataTypes.LongType, false);
    JavaRDD<Row> rows = responses.javaRDD().zipWithIndex().map(AlignmentSpark::withLine);
    return responses.sparkSession().createDataFrame(rows, schema);
  }

  private static Row withLine(scala.Tuple2<Row, Long> indexed) {
    Row row = indexed._1();
    Object[] values = new Object[row.length() + 1];
    for (int i = 0; i < row.length(); i++) {
      values[i] = row.get(i);
    }
    // The header is line 1.
    values[row.length()] = indexed._2() + 2;
    return RowFactory.create(values);
  }

  /** The column whose stripped name is {@code name}, as the layout resolves a header, or -1. */
  private static int column(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A column name as Spark's column expressions take it literally. */
  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static String strip(String cell) {
    return cell == null ? null : cell.strip();
  }

  /** What a task needs to score: the layout and policy as text, rebuilt once per task. */
  static final class Setup implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String instrument;
    private final String policy;
    private final List<String> header;
    private final Map<String, String> roles;
    private final List<String> attributes;
    private final Map<String, String> items;
    private final List<String> missingCodes;
    private final boolean requireAllItems;
    private final LocalDate assessedOn;

    Setup(SurveyCsvLayout layout, ScoringPolicy policy, List<String> header, LocalDate assessedOn) {
      AlignmentJson json = AlignmentJson.withDefaults();
      this.instrument = json.write(layout.instrument());
      this.policy = json.write(policy);
      this.header = new ArrayList<>(header);
      // A role's column is named explicitly when the header has it; a role whose column is absent was left at its
      // default (SurveyRowReader.open refused the header otherwise), and is left so again.
      this.roles = new LinkedHashMap<>();
      roles.put("organization", layout.organizationColumn());
      roles.put("respondent", layout.respondentColumn());
      roles.put("level", layout.levelColumn());
      roles.put("department", layout.departmentColumn());
      roles.put("customerFacing", layout.customerFacingColumn());
      roles.values().removeIf(name -> column(header, name) < 0);
      this.attributes = new ArrayList<>(layout.attributeColumns());
      this.items = new LinkedHashMap<>(layout.itemColumns());
      this.missingCodes = new ArrayList<>(layout.missingCodes());
      this.requireAllItems = layout.requiresAllItems();
      this.assessedOn = assessedOn;
      // Fails on the driver, not in every task, if the documents do not read back as the same settings.
      if (!layout().instrument().equals(layout.instrument())) {
        throw new IllegalStateException("the instrument does not read back from its JSON document as itself");
      }
      if (!policy().equals(policy)) {
        throw new IllegalStateException("the policy does not read back from its JSON document as itself");
      }
    }

    List<String> header() {
      return header;
    }

    Optional<LocalDate> assessedOn() {
      return Optional.ofNullable(assessedOn);
    }

    ScoringPolicy policy() {
      return AlignmentJson.withDefaults().readPolicy(policy);
    }

    SurveyCsvLayout layout() {
      Instrument read = AlignmentJson.withDefaults().readInstrument(instrument);
      SurveyCsvLayout.Builder b = SurveyCsvLayout.builder(read);
      roles.forEach((role, name) -> {
        switch (role) {
          case "organization" -> b.organizationColumn(name);
          case "respondent" -> b.respondentColumn(name);
          case "level" -> b.levelColumn(name);
          case "department" -> b.departmentColumn(name);
          case "customerFacing" -> b.customerFacingColumn(name);
          default -> throw new AssertionError(role);
        }
      });
      return b.attributeColumns(attributes).itemColumns(items).missingCodes(missingCodes)
          .requireAllItems(requireAllItems).build();
    }
  }

  /** The Spark types of the tidy tables' columns. */
  static final class Schemas {
    static final StructType ORGANIZATIONS = struct(TidyTables.ORGANIZATIONS);
    static final StructType DIMENSIONS = struct(TidyTables.DIMENSIONS);
    static final StructType FINDINGS = struct(TidyTables.FINDINGS);
    static final StructType ITEMS = struct(TidyTables.ITEMS);
    static final StructType REJECTED = struct(TidyTables.REJECTED);
    /** Each scored organization's report document, as batch writes it into reports/NAME.json. */
    static final StructType REPORTS = new StructType(new StructField[] {
        DataTypes.createStructField("organization", DataTypes.StringType, true),
        DataTypes.createStructField("report", DataTypes.StringType, true)});
    /** A task's output: one of the tables' rows per row, the others null. */
    static final StructType OUTPUT = new StructType(new StructField[] {
        DataTypes.createStructField(AlignmentTables.ORGANIZATIONS, ORGANIZATIONS, true),
        DataTypes.createStructField(AlignmentTables.DIMENSIONS, DIMENSIONS, true),
        DataTypes.createStructField(AlignmentTables.FINDINGS, FINDINGS, true),
        DataTypes.createStructField(AlignmentTables.ITEMS, ITEMS, true),
        DataTypes.createStructField(AlignmentTables.REJECTED, REJECTED, true),
        DataTypes.createStructField(AlignmentTables.REPORTS, REPORTS, true)});

    private Schemas() {}

    private static StructType struct(List<TidyTables.Column> columns) {
      List<StructField> fields = new ArrayList<>();
      for (TidyTables.Column c : columns) {
        DataType type = switch (c.type()) {
          case TEXT -> DataTypes.StringType;
          case INTEGER -> DataTypes.LongType;
          case NUMBER -> DataTypes.DoubleType;
          case BOOLEAN -> DataTypes.BooleanType;
        };
        fields.add(DataTypes.createStructField(c.name(), type, true));
      }
      return DataTypes.createStructType(fields);
    }
  }
}
