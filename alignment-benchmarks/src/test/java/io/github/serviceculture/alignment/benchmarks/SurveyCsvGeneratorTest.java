package io.github.serviceculture.alignment.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyCsvGeneratorTest {
  private static String generate(long seed, int organizations, int respondents) throws IOException {
    StringWriter out = new StringWriter();
    new SurveyCsvGenerator(seed, 0.0275).write(out, organizations, respondents);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    String a = generate(7, 4, 30);
    assertEquals(a, generate(7, 4, 30));
    assertNotEquals(a, generate(8, 4, 30));
    // Each organization has its own stream: more organizations do not change the first ones.
    assertTrue(generate(7, 6, 30).startsWith(a));
  }

  @Test
  void theFileHasTheCliLayoutGroupedAndSortedByOrganization() throws IOException {
    int organizations = 12;
    int respondents = 80;
    List<String> lines = generate(42, organizations, respondents).lines().toList();
    List<Item> items = DefaultInstrument.instrument().items();
    List<String> header = new ArrayList<>(List.of("organization", "respondent", "level", "department",
        "customerFacing"));
    items.forEach(i -> header.add(i.id()));
    assertEquals(String.join(",", header), lines.get(0));
    assertEquals(1 + organizations * respondents, lines.size());

    Set<String> levels = new HashSet<>();
    Set<String> departments = new HashSet<>();
    Set<String> ids = new HashSet<>();
    String previous = "";
    long answers = 0;
    long missing = 0;
    long[] counts = new long[6];
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertEquals(header.size(), f.length, line);
      assertTrue(f[0].compareTo(previous) >= 0, "sorted by organization");
      previous = f[0];
      assertTrue(ids.add(f[0] + "/" + f[1]), "respondent ids are unique within an organization");
      Level.valueOf(f[2]);
      levels.add(f[2]);
      departments.add(f[3]);
      assertTrue(f[4].equals("true") || f[4].equals("false"));
      for (int c = 5; c < f.length; c++) {
        answers++;
        if (f[c].isEmpty()) {
          missing++;
        } else {
          int x = Integer.parseInt(f[c]);
          assertTrue(x >= 1 && x <= 5, line);
          counts[x]++;
        }
      }
    }
    assertEquals(organizations, lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count());
    assertEquals(Set.of("EXECUTIVE", "MANAGER", "SUPERVISOR", "FRONTLINE"), levels);
    assertTrue(departments.size() >= 6, departments.toString());
    double share = (double) missing / answers;
    assertTrue(share > 0.02 && share < 0.045, "about 3 % missing, was " + share);
    for (int x = 1; x <= 5; x++) {
      assertTrue(counts[x] > 0, "every option is used: " + Arrays.toString(counts));
    }
  }

  @Test
  void itemsOfADimensionCorrelateAndReverseKeyedItemsAreWrittenReversed() throws IOException {
    List<String> lines = generate(3, 20, 100).lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    int defined = header.indexOf("VIS_DEFINED");
    int simple = header.indexOf("VIS_SIMPLE");
    int divided = header.indexOf("VIS_DIVIDED");
    assertTrue(DefaultInstrument.instrument().item("VIS_DIVIDED").orElseThrow().isReverseKeyed());
    double[][] xy = pairs(lines, defined, simple);
    assertTrue(correlation(xy) > 0.3, "items of a dimension correlate");
    assertTrue(correlation(pairs(lines, defined, divided)) < -0.3, "a reverse-keyed item correlates negatively");
  }

  @Test
  void theFloorReadsTheGeneratedFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.csv");
    Files.writeString(file, generate(5, 9, 40));
    CsvFloor.Result result = CsvFloor.read(file);
    assertEquals(9 * 40, result.rows());
    assertEquals(9, result.organizations());
    assertTrue(result.missing() > 0);
    assertEquals(result, CsvFloor.read(file));
  }

  @Test
  void theBareFloorParsesEveryAnswerAcrossBufferBoundaries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.csv");
    String csv = generate(7, 30, 40);
    assertTrue(csv.length() > 2 * (1 << 16), "the file spans several of the floor's buffers");
    Files.writeString(file, csv);
    List<String> lines = csv.lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    Set<Integer> itemColumns = new HashSet<>();
    for (Item item : DefaultInstrument.instrument().items()) {
      itemColumns.add(header.indexOf(item.id()));
    }
    long sum = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      for (int c : itemColumns) {
        sum += f[c].isEmpty() || f[c].equals("NA") ? 0 : Integer.parseInt(f[c]);
      }
    }
    BareCsvFloor.Result bare = BareCsvFloor.read(file);
    CsvFloor.Result floor = CsvFloor.read(file);
    assertEquals(floor.rows(), bare.rows());
    assertEquals(floor.organizations(), bare.organizations());
    assertEquals(floor.missing(), bare.missing());
    assertEquals(sum, bare.answerSum());
    assertEquals(40, bare.largestOrganization());
  }

  private static double[][] pairs(List<String> lines, int a, int b) {
    List<double[]> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (!f[a].isEmpty() && !f[b].isEmpty()) {
        out.add(new double[] {Integer.parseInt(f[a]), Integer.parseInt(f[b])});
      }
    }
    return out.toArray(new double[0][]);
  }

  private static double correlation(double[][] xy) {
    double mx = 0;
    double my = 0;
    for (double[] p : xy) {
      mx += p[0];
      my += p[1];
    }
    mx /= xy.length;
    my /= xy.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : xy) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
