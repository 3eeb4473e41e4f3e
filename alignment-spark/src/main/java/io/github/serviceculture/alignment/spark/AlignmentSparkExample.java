package io.github.serviceculture.alignment.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a survey CSV on Spark, as {@code alignment batch} would with its defaults, and writes the
 * tables as CSV folders ({@code organizations/}, {@code dimensions/}, {@code findings/}, {@code items/},
 * {@code rejected/}, each Spark's part files with a header) under the output directory. Runs in {@code
 * local[*]} unless a master is set (by {@code spark-submit --master}, or {@code spark.master}).
 *
 * <p>Arguments: the survey CSV (default {@code alignment-cli/samples/survey.csv}) and the output
 * directory (default {@code results-spark}; it must not exist).
 *
 * @since 0.1.0
 */
public final class AlignmentSparkExample {
  private AlignmentSparkExample() {}

  /**
   * Runs the example.
   *
   * @param args the survey CSV and the output directory, both optional
   */
  public static void main(String[] args) {
    String input = args.length > 0 ? args[0] : "alignment-cli/samples/survey.csv";
    String output = args.length > 1 ? args[1] : "results-spark";
    SparkConf conf = new SparkConf().setAppName("alignment-spark example");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      // Every column as text, RFC 4180 quoting (a quote inside a quoted field is doubled), as batch reads it.
      Dataset<Row> responses = spark.read().option("header", "true").option("inferSchema", "false")
          .option("escape", "\"").csv(input);
      SurveyCsvLayout layout = SurveyCsvLayout.builder(DefaultInstrument.instrument())
          .organizationColumn(SurveyCsvLayout.DEFAULT_ORGANIZATION_COLUMN).build();
      AlignmentTables tables = AlignmentSpark.score(responses, layout, ScoringPolicy.defaults());

      long read = responses.count();
      Row totals = tables.organizations().agg(sum("rows_scored")).first();
      long scored = totals.isNullAt(0) ? 0 : totals.getLong(0);
      long rejected = tables.rejected().count();
      for (Row o : tables.organizations().orderBy(col("organization")).collectAsList()) {
        System.out.println(String.format(Locale.ROOT, "%s: %s respondents, alignment index %s, weakest %s",
            o.getAs("organization"), o.getAs("respondents"), index(o), o.getAs("weakest_dimension")));
      }
      write(tables.organizations(), output + "/organizations");
      write(tables.dimensions(), output + "/dimensions");
      write(tables.findings(), output + "/findings");
      write(tables.items(), output + "/items");
      write(tables.rejected(), output + "/rejected");
      System.out.println("read " + read + ", scored " + scored + ", rejected " + rejected);
      System.out.println("wrote the tables to " + output);
    } finally {
      spark.stop();
    }
  }

  private static String index(Row organization) {
    Double index = organization.getAs("alignment_index");
    return index == null ? "undefined (" + organization.getAs("alignment_index_undefined") + ")"
        : String.format(Locale.ROOT, "%.0f / 100", index);
  }

  private static void write(Dataset<Row> table, String directory) {
    table.coalesce(1).write().option("header", "true").option("escape", "\"").csv(directory);
  }
}
