package io.github.serviceculture.alignment.stats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns reference records into the columnar input of the statistics, and compares values while
 * collecting every mismatch, so a failure lists them all.
 */
final class ReferenceScales {
  static final double TOLERANCE = 1e-10;

  private final List<String> mismatches = new ArrayList<>();
  private int checked;
  private double maxRelativeError;

  /** The item columns of a record ({@code data_file} and {@code items}). */
  static double[][] items(ReferenceData data, JsonNode record) {
    ReferenceData.Table table = data.table(record.get("data_file").asText());
    JsonNode names = record.get("items");
    double[][] columns = new double[names.size()][];
    for (int j = 0; j < names.size(); j++) {
      columns[j] = table.numbers(names.get(j).asText());
    }
    return columns;
  }

  /** One flag per item of the record: true where the item is in {@code reverse_keyed}. */
  static boolean[] reversed(JsonNode record) {
    JsonNode names = record.get("items");
    boolean[] flags = new boolean[names.size()];
    for (JsonNode r : record.get("reverse_keyed")) {
      for (int j = 0; j < names.size(); j++) {
        if (names.get(j).asText().equals(r.asText())) {
          flags[j] = true;
        }
      }
    }
    return flags;
  }

  /** The nominal ends of each reference scale: {min, max}. */
  static double[] scaleEnds(JsonNode record) {
    String dataset = record.get("dataset").asText();
    String scale = record.get("scale").asText();
    if (dataset.equals("bfi")) {
      return new double[] {1, 6};
    }
    if (scale.startsWith("HOSTIL")) {
      return new double[] {0, 4};
    }
    return new double[] {1, 5};
  }

  /** Index of the record's {@code item} within its {@code items}. */
  static int itemIndex(JsonNode record) {
    String item = record.get("item").asText();
    JsonNode names = record.get("items");
    for (int j = 0; j < names.size(); j++) {
      if (names.get(j).asText().equals(item)) {
        return j;
      }
    }
    throw new IllegalArgumentException("item " + item + " not in " + names);
  }

  /** Compares one expected JSON value (null = undefined) with an estimate. */
  void check(String label, JsonNode expected, Estimate actual) {
    checked++;
    if (expected == null || expected.isNull()) {
      if (actual.isDefined()) {
        mismatches.add(label + ": expected undefined (R NA), got " + actual);
      }
      return;
    }
    if (!actual.isDefined()) {
      mismatches.add(label + ": expected " + expected.asDouble() + ", got " + actual);
      return;
    }
    check(label, expected.asDouble(), actual.value());
    checked--;
  }

  /** Compares two numbers to {@link #TOLERANCE} relative. */
  void check(String label, double expected, double actual) {
    checked++;
    double rel = Math.abs(expected - actual) / Math.max(Math.abs(expected), 1e-300);
    if (expected != 0) {
      maxRelativeError = Math.max(maxRelativeError, rel);
    }
    if (!ReferenceData.close(expected, actual, TOLERANCE)) {
      mismatches.add(
          String.format(Locale.ROOT, "%s: expected %.15g, got %.15g (rel %.2g)", label, expected, actual, rel));
    }
  }

  /** Records a value that could not be checked (an unknown statistic name, say). */
  void fail(String label, String why) {
    checked++;
    mismatches.add(label + ": " + why);
  }

  int checked() {
    return checked;
  }

  List<String> mismatches() {
    return mismatches;
  }

  double maxRelativeError() {
    return maxRelativeError;
  }

  /** A readable report: count, worst error and every mismatch. */
  String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(
        Locale.ROOT, "%d values checked, %d mismatches, max relative error %.2g%n",
        checked, mismatches.size(), maxRelativeError));
    for (String m : mismatches) {
      sb.append("  ").append(m).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
