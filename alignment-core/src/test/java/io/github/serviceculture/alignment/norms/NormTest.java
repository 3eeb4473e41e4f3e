package io.github.serviceculture.alignment.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.serviceculture.alignment.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A norm's percentiles, percentile ranks and quartiles equal base R's on fixed scores ({@code norms.R}
 * beside {@code norms-expected.csv} in the test resources: {@code quantile(type = 7)}, {@code approx}
 * and {@code findInterval}), and hold their bounds and order for any scores.
 */
class NormTest {
  private static final double TOLERANCE = 1e-10;

  /** One row of norms-expected.csv. */
  private record Row(String kind, double x, double value) {}

  private static Map<String, List<Row>> cases() {
    Map<String, List<Row>> cases = new LinkedHashMap<>();
    try (InputStream in = NormTest.class.getResourceAsStream("norms-expected.csv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split(",");
        String value = f[3];
        cases.computeIfAbsent(f[0].replace("\"", ""), c -> new ArrayList<>()).add(new Row(f[1].replace("\"", ""),
            Double.parseDouble(f[2]), value.equals("NA") ? Double.NaN : Double.parseDouble(value)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static Norm normOf(List<Row> rows) {
    double[] scores = rows.stream().filter(r -> r.kind().equals("score")).mapToDouble(Row::x).sorted().toArray();
    return Norm.ofSorted(scores);
  }

  @Test
  void percentilesRanksAndQuartilesAreRs() {
    Map<String, List<Row>> cases = cases();
    assertEquals(List.of("uniform49", "ties37", "ten", "equal12"), List.copyOf(cases.keySet()));
    int checked = 0;
    for (Map.Entry<String, List<Row>> c : cases.entrySet()) {
      Norm norm = normOf(c.getValue());
      for (Row row : c.getValue()) {
        String what = c.getKey() + " " + row.kind() + " at " + row.x();
        switch (row.kind()) {
          case "percentile" -> close(row.value(), norm.percentile((int) row.x()), what);
          case "rank" -> close(row.value(), norm.percentileRank(row.x()), what);
          case "quartile" -> assertEquals((int) row.value(), norm.quartile(row.x()), what);
          case "score" -> {
            continue;
          }
          default -> throw new AssertionError(row.kind());
        }
        checked++;
      }
    }
    assertTrue(checked > 600, "percentiles, ranks and quartiles of four cases: " + checked);
  }

  @Test
  void tenOrganizationsGiveTheirOwnScoresEveryTenthPercentile() {
    Norm norm = normOf(cases().get("ten"));
    assertEquals(10, norm.organizations());
    assertEquals(41.5, norm.percentile(0));
    assertEquals(88, norm.percentile(100));
    // By hand: index 1 + 9 * 0.5 = 5.5, halfway between the 5th and 6th scores.
    assertEquals((58.75 + 61) / 2, norm.percentile(50), TOLERANCE);
    assertEquals(0, norm.percentileRank(41.49));
    assertEquals(100, norm.percentileRank(88));
    assertEquals(1, norm.quartile(41.5));
    assertEquals(4, norm.quartile(88));
  }

  @Test
  void aRankIsWithinBoundsAndNeverFallsAsTheScoreRises() {
    qt().withExamples(300).forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(1, 60),
        doubles().between(-5, 105), doubles().between(-5, 105)).checkAssert((scores, a, b) -> {
          Norm norm = Norm.ofSorted(scores.stream().mapToDouble(Double::doubleValue).sorted().toArray());
          double low = Math.min(a, b);
          double high = Math.max(a, b);
          double rankLow = norm.percentileRank(low);
          double rankHigh = norm.percentileRank(high);
          assertTrue(rankLow >= 0 && rankHigh <= 100, rankLow + " " + rankHigh);
          assertTrue(rankLow <= rankHigh, low + " ranks " + rankLow + ", " + high + " ranks " + rankHigh);
          assertTrue(norm.quartile(low) <= norm.quartile(high));
          for (int k = 1; k <= 100; k++) {
            assertTrue(norm.percentile(k - 1) <= norm.percentile(k));
          }
          assertEquals(Collections.min(scores), norm.percentile(0));
          assertEquals(Collections.max(scores), norm.percentile(100));
        });
  }

  @Test
  void aScoreAtAPercentileRanksAtLeastThere() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 20)).ofSizeBetween(1, 40),
        integers().between(0, 100)).checkAssert((steps, k) -> {
          // Scores in steps of 5: many ties.
          Norm norm = Norm.ofSorted(steps.stream().mapToDouble(s -> 5.0 * s).sorted().toArray());
          assertTrue(norm.percentileRank(norm.percentile(k)) >= k);
        });
  }

  @Test
  void aNormReadBackFromItsPercentilesIsEqual() {
    Norm norm = normOf(cases().get("uniform49"));
    assertEquals(norm, Norm.of(norm.organizations(), norm.percentiles()));
    assertEquals(norm.hashCode(), Norm.of(norm.organizations(), norm.percentiles()).hashCode());
  }

  @Test
  void percentilesOutOfOrderOrRangeOrCountAreRefusedNamingTheIndex() {
    List<Double> good = normOf(cases().get("ten")).percentiles();
    List<Double> descending = new ArrayList<>(good);
    descending.set(40, 10.0);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Norm.of(10, descending));
    assertEquals("percentiles[40]", e.field());
    List<Double> over = new ArrayList<>(good);
    over.set(100, 100.5);
    assertEquals("percentiles[100]", assertThrows(InvalidValueException.class, () -> Norm.of(10, over)).field());
    assertThrows(InvalidValueException.class, () -> Norm.of(10, good.subList(0, 100)));
    assertThrows(InvalidValueException.class, () -> Norm.of(0, good));
    assertThrows(InvalidValueException.class, () -> Norm.of(10, null));
    Norm norm = Norm.of(10, good);
    assertThrows(InvalidValueException.class, () -> norm.percentileRank(Double.NaN));
    assertThrows(InvalidValueException.class, () -> norm.quartile(Double.POSITIVE_INFINITY));
    assertThrows(InvalidValueException.class, () -> norm.percentile(101));
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
        what + ": R " + expected + ", ours " + actual);
  }
}
