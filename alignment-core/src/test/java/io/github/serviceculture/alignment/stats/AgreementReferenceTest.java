package io.github.serviceculture.alignment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every group-statistic record of expected.json (R's multilevel 2.7, stats and base) on
 * lq2002, handcheck, edge and bfi with a relative tolerance of 1e-10; {@code null} in the JSON must
 * be an undefined estimate here.
 */
class AgreementReferenceTest {
  private static final double TOLERANCE = 1e-10;

  /** Functions of expected.json this test checks. */
  private static final Set<String> CHECKED = Set.of(
      "multilevel::rwg", "multilevel::rwg.j", "multilevel::rwg.j.lindell", "multilevel::ad.m",
      "multilevel::awg", "multilevel::ICC1", "multilevel::ICC2", "stats::aov (intermediate)",
      "base::tapply(mean)", "base", "stats::t.test");

  /** Functions deliberately not checked here, with the reason. */
  private static final Map<String, String> SKIPPED = Map.of(
      "multilevel::mult.icc", "REML variance-component ICC, an iterative fit the library does not"
          + " implement (it reports the ANOVA estimator)",
      "formula (NOT a package function)", "ICC1_with_n0 / n0_unbalanced: the unbalanced-ANOVA"
          + " group size, not a package value and not what the library reports",
      "psych::cohen.d", "divides the pooled sum of squares by n1 + n2; the library uses n1 + n2 - 2"
          + " (checked as stats::t.test d_pooled_sd_n_minus_2)",
      "psych::alpha", "reliability: another part of the package",
      "psych::scoreItems", "scale scores: another part of the package",
      "multilevel::cronbach", "reliability: another part of the package",
      "stats::cor (NOT psych)", "reliability: another part of the package");

  /** The reversed items of the bfi agree scale (FORMULAS.md: agree = -A1 A2 A3 A4 A5). */
  private static final Set<String> AGREE_REVERSED = Set.of("A1");

  private final ReferenceData data = ReferenceData.require();
  private final Map<String, ReferenceData.Table> tables = new HashMap<>();
  private final List<String> mismatches = new ArrayList<>();
  private final Map<String, Double> maxError = new TreeMap<>();
  private final Map<String, Integer> checkedPerFunction = new TreeMap<>();
  private int checked;

  @Test
  void everyGroupStatisticRecordIsReproduced() {
    int records = 0;
    for (JsonNode record : data.records()) {
      String function = record.path("function").asText();
      if (SKIPPED.containsKey(function)) {
        continue;
      }
      if (!CHECKED.contains(function)) {
        mismatches.add("unhandled function " + function + " (add it to CHECKED or SKIPPED)");
        continue;
      }
      records++;
      check(record);
    }
    StringBuilder report = new StringBuilder();
    checkedPerFunction.forEach((f, n) -> report.append(String.format(
        "  %-28s %5d values, max relative error %.2e%n", f, n, maxError.getOrDefault(f, 0.0))));
    System.out.printf("AgreementReferenceTest: %d records, %d values%n%s", records, checked, report);
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " mismatches:\n  " + String.join("\n  ", mismatches));
    }
    assertTrue(checked > 1000, "values checked: " + checked);
  }

  private void check(JsonNode record) {
    String function = record.path("function").asText();
    String statistic = record.path("statistic").asText();
    String label = record.path("dataset").asText() + " " + record.path("scale").asText() + " "
        + function + " " + statistic;
    JsonNode options = record.path("options");
    ReferenceData.Table table = table(record.path("data_file").asText());
    Labels labels = Labels.of(table.strings(record.path("group_var").asText()));
    Groups groups = labels.groups;
    switch (function) {
      case "multilevel::rwg":
        compareByGroup(label, function, record, labels,
            Agreement.rwg(groups, nullModel(options), items(record, table)[0]));
        break;
      case "multilevel::rwg.j":
        compareByGroup(label, function, record, labels,
            Agreement.rwgJ(groups, nullModel(options), items(record, table)));
        break;
      case "multilevel::rwg.j.lindell":
        compareByGroup(label, function, record, labels,
            Agreement.lindellRwgJ(groups, nullModel(options), items(record, table)));
        break;
      case "multilevel::ad.m": {
        Agreement.Centre centre = options.path("type").asText().equals("median")
            ? Agreement.Centre.MEDIAN : Agreement.Centre.MEAN;
        compareByGroup(label, function, record, labels,
            Agreement.ad(groups, centre, items(record, table)));
        break;
      }
      case "multilevel::awg": {
        JsonNode range = options.path("range");
        compareByGroup(label, function, record, labels, Agreement.awg(
            groups, range.get(0).asDouble(), range.get(1).asDouble(), items(record, table)));
        break;
      }
      case "multilevel::ICC1":
      case "multilevel::ICC2":
      case "stats::aov (intermediate)":
        checkIcc(label, function, statistic, record, Icc.anova(score(record, table), groups));
        break;
      case "base::tapply(mean)":
        checkGroupMeans(label, function, record, labels,
            GroupMeans.of(score(record, table), groups));
        break;
      default: // "base" and "stats::t.test": the bfi gap, female (2) minus male (1)
        checkGap(label, function, statistic, record, labels, score(record, table));
    }
  }

  private void checkIcc(String label, String function, String statistic, JsonNode record, Icc icc) {
    Estimate actual;
    switch (statistic) {
      case "ICC1": actual = icc.icc1(); break;
      case "ICC2": actual = icc.icc2(); break;
      case "msb": actual = icc.msb(); break;
      case "msw": actual = icc.msw(); break;
      case "kbar": actual = icc.meanGroupSize(); break;
      case "F": actual = icc.f(); break;
      case "N": actual = Estimate.of(icc.n()); break;
      case "J": actual = Estimate.of(icc.groupCount()); break;
      default: throw new AssertionError("unknown statistic " + label);
    }
    compare(label, function, record.get("value"), actual);
  }

  private void checkGroupMeans(
      String label, String function, JsonNode record, Labels labels, GroupMeans means) {
    compareByGroup(label, function, record, labels, means.means());
    double sumOfMeans = 0;
    int defined = 0;
    for (JsonNode expected : record.path("by_group")) {
      int g = labels.code(expected.path("group").asText());
      compare(label + " sd of " + expected.path("group").asText(), function,
          expected.get("sd"), g < 0 ? Estimate.undefined(UndefinedReason.NO_DATA) : means.sd(g));
      if (g >= 0 && means.mean(g).isDefined()) {
        sumOfMeans += means.mean(g).value();
        defined++;
      }
    }
    JsonNode summary = record.path("summary");
    compare(label + " grand mean", function, summary.get("grand_mean_individuals"),
        means.grandMean());
    double meanOfMeans = sumOfMeans / defined;
    compare(label + " mean of group means", function, summary.get("mean_of_group_means"),
        Estimate.of(meanOfMeans));
    double squares = 0;
    for (int g = 0; g < means.groupCount(); g++) {
      if (means.mean(g).isDefined()) {
        squares += Math.pow(means.mean(g).value() - meanOfMeans, 2);
      }
    }
    compare(label + " sd of group means", function, summary.get("sd_of_group_means"),
        Estimate.of(Math.sqrt(squares / (defined - 1))));
  }

  private void checkGap(String label, String function, String statistic, JsonNode record,
      Labels labels, double[] scores) {
    assertEquals("female(2) minus male(1)", record.path("options").path("direction").asText());
    GroupGap gap = GroupGap.of(scores, labels.groups, labels.code("2"), labels.code("1"));
    Estimate actual;
    switch (statistic) {
      case "mean_male": actual = gap.secondMean(); break;
      case "mean_female": actual = gap.firstMean(); break;
      case "n_male": actual = Estimate.of(gap.secondCount()); break;
      case "n_female": actual = Estimate.of(gap.firstCount()); break;
      case "sd_male": actual = gap.secondSd(); break;
      case "sd_female": actual = gap.firstSd(); break;
      case "gap": actual = gap.difference(); break;
      case "welch_t": actual = gap.welchT(); break;
      case "welch_df": actual = gap.welchDf(); break;
      case "welch_p": actual = gap.welchP(); break;
      case "pooled_t": actual = gap.pooledT(); break;
      case "pooled_df": actual = gap.pooledDf(); break;
      case "pooled_p": actual = gap.pooledP(); break;
      case "d_pooled_sd_n_minus_2": actual = gap.cohensD(); break;
      default: throw new AssertionError("unknown statistic " + label);
    }
    compare(label, function, record.get("value"), actual);
  }

  /** Matches groups by id, checks each value and count, then the record's summary. */
  private void compareByGroup(String label, String function, JsonNode record, Labels labels,
      GroupEstimates actual) {
    assertEquals(labels.groups.groupCount(), actual.groupCount(), label);
    List<Double> defined = new ArrayList<>();
    int undefined = 0;
    int zero = 0;
    Set<Integer> seen = new HashSet<>();
    for (JsonNode expected : record.path("by_group")) {
      String id = expected.path("group").asText();
      int g = labels.code(id);
      if (g < 0) {
        mismatches.add(label + ": group " + id + " not in the data");
        continue;
      }
      seen.add(g);
      Estimate estimate = actual.estimate(g);
      compare(label + " group " + id, function, expected.get("value"), estimate);
      if (expected.path("gsize").asInt() != actual.count(g)) {
        mismatches.add(label + " group " + id + ": n expected " + expected.path("gsize").asInt()
            + ", was " + actual.count(g));
      }
      checked++;
      if (estimate.isDefined()) {
        defined.add(estimate.value());
        if (estimate.value() == 0) {
          zero++;
        }
      } else {
        undefined++;
      }
    }
    for (int g = 0; g < actual.groupCount(); g++) {
      // R drops groups left without rows; here they stay, undefined and with no respondent.
      if (!seen.contains(g) && (actual.count(g) != 0 || actual.estimate(g).isDefined())) {
        mismatches.add(label + ": group " + labels.names.get(g) + " has data but no reference");
      }
    }
    JsonNode summary = record.path("summary");
    if (!summary.has("n_groups")) {
      return;
    }
    Estimate mean = defined.isEmpty() ? Estimate.undefined(UndefinedReason.NO_DATA)
        : Estimate.of(defined.stream().mapToDouble(Double::doubleValue).sum() / defined.size());
    double[] sorted = defined.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    IntFunction<Estimate> at = i -> Estimate.of(sorted[i]);
    int n = sorted.length;
    compare(label + " summary mean", function, summary.get("mean"), mean);
    compare(label + " summary median", function, summary.get("median"),
        Estimate.of(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2));
    compare(label + " summary min", function, summary.get("min"), at.apply(0));
    compare(label + " summary max", function, summary.get("max"), at.apply(n - 1));
    compare(label + " summary n_groups", function, summary.get("n_groups"),
        Estimate.of(defined.size() + undefined));
    compare(label + " summary n_na", function, summary.get("n_na"), Estimate.of(undefined));
    compare(label + " summary n_zero", function, summary.get("n_zero"), Estimate.of(zero));
  }

  private void compare(String label, String function, JsonNode expected, Estimate actual) {
    checked++;
    checkedPerFunction.merge(function, 1, Integer::sum);
    if (expected == null || expected.isNull()) {
      if (actual.isDefined()) {
        mismatches.add(label + ": expected undefined (NA), was " + actual);
      }
      return;
    }
    double e = expected.asDouble();
    if (!actual.isDefined()) {
      mismatches.add(label + ": expected " + e + ", was " + actual);
      return;
    }
    double a = actual.value();
    double error = e == 0 ? Math.abs(a) : Math.abs(a - e) / Math.abs(e);
    maxError.merge(function, error, Math::max);
    if (!ReferenceData.close(e, a, TOLERANCE)) {
      mismatches.add(label + ": expected " + e + ", was " + a + " (relative error " + error + ")");
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Data

  private ReferenceData.Table table(String file) {
    return tables.computeIfAbsent(file, data::table);
  }

  /**
   * The null of a record: the uniform null of A options when the record says how it derived ranvar
   * from A (so that (A^2 - 1) / 12 is checked against R's ranvar), else the given variance.
   */
  private static AgreementNull nullModel(JsonNode options) {
    double ranvar = options.path("ranvar").asDouble();
    Matcher m = Pattern.compile("A = (\\d+) response options")
        .matcher(options.path("ranvar_rule").asText());
    if (m.find()) {
      AgreementNull uniform = AgreementNull.uniform(Integer.parseInt(m.group(1)));
      assertTrue(ReferenceData.close(ranvar, uniform.variance(), 1e-14), options.toString());
      return uniform;
    }
    return AgreementNull.ofVariance(ranvar);
  }

  /** The record's items as columns, reversed items as (low + high) - x with the bfi ends 1 and 6. */
  private static double[][] items(JsonNode record, ReferenceData.Table table) {
    List<String> names = new ArrayList<>();
    record.path("items").forEach(n -> names.add(n.asText()));
    List<String> reversed = new ArrayList<>();
    record.path("reverse_keyed").forEach(n -> reversed.add(n.asText()));
    double[][] items = new double[names.size()][];
    for (int j = 0; j < items.length; j++) {
      double[] column = table.numbers(names.get(j)).clone();
      if (reversed.contains(names.get(j))) {
        for (int i = 0; i < column.length; i++) {
          column[i] = 7 - column[i];
        }
      }
      items[j] = column;
    }
    return items;
  }

  /**
   * The variable of an ICC, group-mean or gap record: a stored column, or the mean of the present
   * keyed items (impute none, as psych::scoreItems). bfi agree scores reverse A1 as 7 - A1 (the
   * agree keys), also where the ICC records list no reversed item.
   */
  private static double[] score(JsonNode record, ReferenceData.Table table) {
    List<String> listed = new ArrayList<>();
    record.path("items").forEach(n -> listed.add(n.asText()));
    List<String> names = listed;
    String scale = record.path("scale").asText();
    if (names.size() == 1 && !scale.endsWith("_itemmean")) {
      return table.numbers(names.get(0));
    }
    if (scale.equals("SCALE_itemmean") && names.equals(List.of("SCALE_itemmean"))) {
      names = List.of("item1", "item2", "item3");
    }
    boolean agree = record.path("dataset").asText().equals("bfi") && scale.startsWith("agree");
    double[] scores = new double[table.rows()];
    double[][] columns = new double[names.size()][];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = table.numbers(names.get(j));
    }
    for (int i = 0; i < scores.length; i++) {
      double sum = 0;
      int n = 0;
      for (int j = 0; j < columns.length; j++) {
        double x = columns[j][i];
        if (Double.isNaN(x)) {
          continue;
        }
        sum += agree && AGREE_REVERSED.contains(names.get(j)) ? 7 - x : x;
        n++;
      }
      scores[i] = n == 0 ? Double.NaN : sum / n;
    }
    return scores;
  }

  /** Group codes in order of first appearance; empty and NA ids belong to no group. */
  private static final class Labels {
    final Groups groups;
    final List<String> names;
    final Map<String, Integer> codes;

    private Labels(Groups groups, List<String> names, Map<String, Integer> codes) {
      this.groups = groups;
      this.names = names;
      this.codes = codes;
    }

    static Labels of(List<String> ids) {
      Map<String, Integer> codes = new LinkedHashMap<>();
      int[] raw = new int[ids.size()];
      for (int i = 0; i < raw.length; i++) {
        String id = ids.get(i);
        raw[i] = id.isEmpty() || id.equals("NA")
            ? Groups.NONE : codes.computeIfAbsent(id, k -> codes.size());
      }
      return new Labels(Groups.of(raw, codes.size()), new ArrayList<>(codes.keySet()), codes);
    }

    int code(String id) {
      return codes.getOrDefault(id, -1);
    }

    @Override
    public String toString() {
      return Arrays.toString(names.toArray());
    }
  }
}
