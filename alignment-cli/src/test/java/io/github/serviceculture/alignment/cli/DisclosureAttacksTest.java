package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three exact recoveries of issue 17, through the command line: the data an attacker would
 * exploit, scored by {@code score}, and the released figures read back from the report. Attacks 1 and
 * 2 are checked by a small exact auditor over the respondents' attribute profiles (independent of the
 * suppression code), which is shown to find each attack in the release that older versions made;
 * attack 3 by the arithmetic itself, which works on two releases scored without {@code --previous}.
 */
class DisclosureAttacksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int K = 5;
  private static final List<String> DIMENSIONS = List.of("VISION", "GOALS", "HIRING", "TRAINING", "EMPOWERMENT",
      "LEADERSHIP");
  private static final List<String> ATTRIBUTES = List.of("level", "department", "customerFacing");

  @TempDir
  Path dir;

  /** A respondent's attribute profile: level, department, customerFacing. */
  record Profile(String level, String department, String customerFacing) {
    String value(String attribute) {
      return switch (attribute) {
        case "level" -> level;
        case "department" -> department;
        default -> customerFacing;
      };
    }
  }

  /** Respondents of one profile: an atom of the auditor. */
  record Atom(Profile profile, int size) {}

  /** A released set of respondents: the organization (attribute null) or one group. */
  record Released(String attribute, String value) {
    boolean contains(Profile p) {
      return attribute == null || p.value(attribute).equals(value);
    }
  }

  @Test
  void attack1AcrossAttributesNoLongerRecoversTheLoneExecutive() throws IOException {
    // 7 not customer-facing (6 finance and the executive): 7·mean(false) - 6·mean(finance) was the executive.
    List<Atom> atoms = List.of(new Atom(new Profile("FRONTLINE", "support", "true"), 18),
        new Atom(new Profile("FRONTLINE", "sales", "true"), 5),
        new Atom(new Profile("SUPERVISOR", "finance", "false"), 6),
        new Atom(new Profile("EXECUTIVE", "executive", "false"), 1));
    JsonNode perceptions = score(survey("attack1.csv", atoms, 1));

    for (String dimension : DIMENSIONS) {
      assertFalse(hasDimension(group(perceptions, "customerFacing", "false"), dimension)
          && hasDimension(group(perceptions, "department", "finance"), dimension),
          dimension + ": customerFacing=false and department=finance are both released");
      List<Released> released = releasedFor(perceptions, dimension);
      assertEquals(List.of(), determined(atoms, released), dimension + " releases " + released);
    }
    for (String question : questions(perceptions)) {
      assertEquals(List.of(), determined(atoms, releasedForEngagement(perceptions, question)), question);
    }
    // The release that older versions made for every dimension: the auditor finds the executive in it.
    List<Released> unprotected = List.of(new Released(null, null), new Released("level", "FRONTLINE"),
        new Released("department", "support"), new Released("department", "finance"),
        new Released("customerFacing", "false"), new Released("customerFacing", "true"));
    assertTrue(determined(atoms, unprotected).contains(List.of(atoms.get(3))), "the auditor finds attack 1");
  }

  @Test
  void attack2TwoHiddenUnitsOfOneAttributeNoLongerLeaveTwoRespondentsAsTheRemainder() throws IOException {
    // Two one-person departments: the total minus the two shown departments left n = 2, and n, mean and sd
    // gave both people's scores.
    List<Atom> atoms = List.of(new Atom(new Profile("FRONTLINE", "support", "true"), 10),
        new Atom(new Profile("MANAGER", "sales", "true"), 10),
        new Atom(new Profile("FRONTLINE", "legal", "false"), 1),
        new Atom(new Profile("FRONTLINE", "audit", "true"), 1));
    JsonNode perceptions = score(survey("attack2.csv", atoms, 2));

    for (String dimension : DIMENSIONS) {
      int total = perceptions.path("dimensions").path(dimension).path("n").asInt();
      for (String attribute : ATTRIBUTES) {
        int shown = 0;
        for (JsonNode g : perceptions.path("groups")) {
          if (g.path("attribute").asText().equals(attribute) && hasDimension(g, dimension)) {
            shown += g.path("dimensions").path(dimension).path("n").asInt();
          }
        }
        int hidden = total - shown;
        assertTrue(hidden == 0 || hidden >= K, dimension + ", " + attribute + ": the total minus the shown groups "
            + "leaves " + hidden + " respondents");
      }
      assertEquals(List.of(), determined(atoms, releasedFor(perceptions, dimension)), dimension);
    }
    List<Released> unprotected = List.of(new Released(null, null), new Released("department", "support"),
        new Released("department", "sales"), new Released("level", "MANAGER"), new Released("level", "FRONTLINE"));
    assertTrue(determined(atoms, unprotected).contains(List.of(atoms.get(2), atoms.get(3))),
        "the auditor finds attack 2");
  }

  @Test
  void attack3OneLateResponseCannotBeRecoveredByDifferencingWithThePreviousRelease() throws IOException {
    List<Atom> atoms = List.of(new Atom(new Profile("FRONTLINE", "support", "true"), 20),
        new Atom(new Profile("MANAGER", "ops", "true"), 10));
    Path first = survey("release1.csv", atoms, 3);
    Path second = withLateResponse(first, "release2.csv");
    Path key = key();
    Path report1 = dir.resolve("release1.json");
    Cli.Run run1 = Cli.run("score", "--responses", first.toString(), "--release-key-file", key.toString(), "-o",
        report1.toString());
    assertEquals(AlignmentCli.OK, run1.exitCode(), run1.err());
    JsonNode one = perceptions(report1);

    // Without the previous release, the late respondent's scores are 31·mean₂ − 30·mean₁, exactly.
    Path unprotected = dir.resolve("unprotected.json");
    Cli.Run run2 = Cli.run("score", "--responses", second.toString(), "--release-key-file", key.toString(), "-o",
        unprotected.toString());
    assertEquals(AlignmentCli.OK, run2.exitCode(), run2.err());
    JsonNode leaky = perceptions(unprotected);
    for (String dimension : DIMENSIONS) {
      assertEquals(5.0, 31 * mean(leaky, dimension) - 30 * mean(one, dimension), 1e-9,
          dimension + ": the attack recovers the late respondent's score when --previous is not given");
    }

    Path protectedReport = dir.resolve("release2.json");
    Cli.Run run3 = Cli.run("score", "--responses", second.toString(), "--release-key-file", key.toString(),
        "--previous", report1.toString(), "-o", protectedReport.toString());
    assertEquals(AlignmentCli.OK, run3.exitCode(), run3.err());
    JsonNode two = perceptions(protectedReport);
    for (String dimension : DIMENSIONS) {
      assertFalse(one.path("dimensions").has(dimension) && two.path("dimensions").has(dimension),
          dimension + ": both releases give the organization's figures");
      if (one.path("dimensions").has(dimension)) {
        assertEquals("SUPPRESSED_AGAINST_DIFFERENCING", two.path("notReported").path(dimension).asText(), dimension);
      }
      assertNoFigureDiffersByFewerThanK(one, two, dimension);
    }
    assertTrue(two.path("ledger").path("sealed").isTextual(), "the new release carries a ledger for the next one");
  }

  @Test
  void attack3ThroughBatchTheOrganizationWithALateResponseHidesItsFiguresAndTheUnchangedOneDoesNot()
      throws IOException {
    List<Atom> atoms = List.of(new Atom(new Profile("FRONTLINE", "support", "true"), 20),
        new Atom(new Profile("MANAGER", "ops", "true"), 10));
    String acme = rows("Acme", atoms, 4);
    String birch = rows("Birch", atoms, 5);
    Path first = SampleData.write(dir.resolve("q1.csv"), SampleData.header() + "\n" + acme + birch);
    StringBuilder late = new StringBuilder("Acme,late,FRONTLINE,support,true");
    for (Item item : DefaultInstrument.instrument().items()) {
      late.append(',').append(item.isReverseKeyed() ? 1 : 5);
    }
    Path second = SampleData.write(dir.resolve("q2.csv"), SampleData.header() + "\n" + acme + late + "\n" + birch);
    Path key = key();
    Path q1 = dir.resolve("q1");
    Path q2 = dir.resolve("q2");
    Cli.Run run1 = Cli.run("batch", first.toString(), "-o", q1.toString(), "--release-key-file", key.toString());
    assertEquals(AlignmentCli.OK, run1.exitCode(), run1.err());

    Cli.Run run2 = Cli.run("batch", second.toString(), "-o", q2.toString(), "--release-key-file", key.toString(),
        "--previous", q1.toString());

    assertEquals(AlignmentCli.OK, run2.exitCode(), run2.err());
    run2.assertAccounting(61, 61, 0);
    List<java.util.Map<String, String>> before = BatchCsvTest.table(q1.resolve("dimensions.csv"));
    List<java.util.Map<String, String>> after = BatchCsvTest.table(q2.resolve("dimensions.csv"));
    for (String dimension : DIMENSIONS) {
      assertEquals("", row(before, "Acme", dimension).get("perception_not_reported"), dimension + " in q1");
      assertEquals("SUPPRESSED_AGAINST_DIFFERENCING", row(after, "Acme", dimension).get("perception_not_reported"),
          dimension + ": Acme's second release would give the late response by 31·mean₂ − 30·mean₁");
      assertEquals("", row(after, "Birch", dimension).get("perception_not_reported"), dimension + ": Birch is "
          + "unchanged, so nothing can be singled out by difference");
      assertEquals(row(before, "Birch", dimension).get("perception_score"),
          row(after, "Birch", dimension).get("perception_score"), dimension);
    }
  }

  private static java.util.Map<String, String> row(List<java.util.Map<String, String>> table, String organization,
      String dimension) {
    return table.stream().filter(r -> r.get("organization").equals(organization)
        && r.get("dimension").equals(dimension)).findFirst().orElseThrow();
  }

  /** A figure released in both, over a set that gained 1..k-1 respondents, gives them by difference. */
  private static void assertNoFigureDiffersByFewerThanK(JsonNode one, JsonNode two, String dimension) {
    for (JsonNode g2 : two.path("groups")) {
      JsonNode g1 = group(one, g2.path("attribute").asText(), g2.path("value").asText());
      if (hasDimension(g1, dimension) && hasDimension(g2, dimension)) {
        int change = g2.path("dimensions").path(dimension).path("n").asInt()
            - g1.path("dimensions").path(dimension).path("n").asInt();
        assertFalse(change > 0 && change < K, dimension + " of " + g2.path("attribute").asText() + "="
            + g2.path("value").asText() + " gained " + change + " respondents between the releases");
      }
    }
  }

  // The exact auditor: atoms (respondents of one profile) as coordinates, each released set as the
  // vector of the atoms it holds. A set of whole atoms of 1..k-1 respondents is determined when its
  // indicator lies in the span of the released vectors (sums, sums of squares and counts of a
  // figure are all linear over the same sets). Rank by fraction-free elimination over the integers.

  private static List<List<Atom>> determined(List<Atom> atoms, List<Released> released) {
    List<long[]> span = new ArrayList<>();
    for (Released r : released) {
      span.add(atoms.stream().mapToLong(a -> r.contains(a.profile()) ? 1 : 0).toArray());
    }
    int rank = rank(span);
    List<List<Atom>> found = new ArrayList<>();
    for (int mask = 1; mask < 1 << atoms.size(); mask++) {
      int size = 0;
      List<Atom> subset = new ArrayList<>();
      long[] indicator = new long[atoms.size()];
      for (int i = 0; i < atoms.size(); i++) {
        if ((mask & 1 << i) != 0) {
          size += atoms.get(i).size();
          subset.add(atoms.get(i));
          indicator[i] = 1;
        }
      }
      if (size >= 1 && size < K) {
        List<long[]> with = new ArrayList<>(span);
        with.add(indicator);
        if (rank(with) == rank) {
          found.add(subset);
        }
      }
    }
    return found;
  }

  private static int rank(List<long[]> vectors) {
    if (vectors.isEmpty()) {
      return 0;
    }
    int columns = vectors.get(0).length;
    BigInteger[][] m = new BigInteger[vectors.size()][columns];
    for (int r = 0; r < m.length; r++) {
      for (int c = 0; c < columns; c++) {
        m[r][c] = BigInteger.valueOf(vectors.get(r)[c]);
      }
    }
    int rank = 0;
    for (int c = 0; c < columns && rank < m.length; c++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (m[r][c].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      for (int r = rank + 1; r < m.length; r++) {
        BigInteger factor = m[r][c];
        if (factor.signum() == 0) {
          continue;
        }
        for (int j = c; j < columns; j++) {
          m[r][j] = m[r][j].multiply(m[rank][c]).subtract(m[rank][j].multiply(factor));
        }
      }
      rank++;
    }
    return rank;
  }

  private static List<Released> releasedFor(JsonNode perceptions, String dimension) {
    List<Released> released = new ArrayList<>();
    if (perceptions.path("dimensions").has(dimension)) {
      released.add(new Released(null, null));
    }
    for (JsonNode g : perceptions.path("groups")) {
      if (hasDimension(g, dimension)) {
        released.add(new Released(g.path("attribute").asText(), g.path("value").asText()));
      }
    }
    return released;
  }

  private static List<Released> releasedForEngagement(JsonNode perceptions, String question) {
    List<Released> released = new ArrayList<>();
    if (perceptions.path("engagement").has(question)) {
      released.add(new Released(null, null));
    }
    for (JsonNode g : perceptions.path("groups")) {
      if (g.path("engagement").has(question)) {
        released.add(new Released(g.path("attribute").asText(), g.path("value").asText()));
      }
    }
    return released;
  }

  private static List<String> questions(JsonNode perceptions) {
    List<String> questions = new ArrayList<>();
    perceptions.path("engagement").fieldNames().forEachRemaining(questions::add);
    for (JsonNode g : perceptions.path("groups")) {
      for (Iterator<String> q = g.path("engagement").fieldNames(); q.hasNext(); ) {
        String question = q.next();
        if (!questions.contains(question)) {
          questions.add(question);
        }
      }
    }
    return questions;
  }

  private static JsonNode group(JsonNode perceptions, String attribute, String value) {
    for (JsonNode g : perceptions.path("groups")) {
      if (g.path("attribute").asText().equals(attribute) && g.path("value").asText().equals(value)) {
        return g;
      }
    }
    return JSON.missingNode();
  }

  private static boolean hasDimension(JsonNode group, String dimension) {
    return group.path("dimensions").has(dimension);
  }

  private static double mean(JsonNode perceptions, String dimension) {
    JsonNode mean = perceptions.path("dimensions").path(dimension).path("mean").path("value");
    assertTrue(mean.isNumber(), dimension + " has no mean");
    return mean.asDouble();
  }

  private JsonNode score(Path survey) throws IOException {
    Path report = dir.resolve(survey.getFileName() + ".json");
    Cli.Run run = Cli.run("score", "--responses", survey.toString(), "-o", report.toString());
    assertEquals(AlignmentCli.OK, run.exitCode(), run.err());
    return perceptions(report);
  }

  private static JsonNode perceptions(Path report) throws IOException {
    JsonNode perceptions = JSON.readTree(report.toFile()).path("report").path("perceptions");
    assertTrue(perceptions.isObject(), "the report has perceptions");
    return perceptions;
  }

  /** A survey of one organization, Acme: each atom's respondents with random answers. */
  private Path survey(String name, List<Atom> atoms, long seed) throws IOException {
    return SampleData.write(dir.resolve(name), SampleData.header() + "\n" + rows("Acme", atoms, seed));
  }

  static String rows(String organization, List<Atom> atoms, long seed) {
    Random random = new Random(seed);
    int items = DefaultInstrument.instrument().items().size();
    StringBuilder csv = new StringBuilder();
    int id = 0;
    for (Atom atom : atoms) {
      for (int n = 0; n < atom.size(); n++) {
        csv.append(organization).append(",p").append(id++).append(',').append(atom.profile().level()).append(',')
            .append(atom.profile().department()).append(',').append(atom.profile().customerFacing());
        for (int i = 0; i < items; i++) {
          csv.append(',').append(1 + random.nextInt(5));
        }
        csv.append('\n');
      }
    }
    return csv.toString();
  }

  /**
   * The survey with one more respondent, a support agent whose every dimension score is 5: 5 on
   * every item, 1 on the reverse-keyed ones.
   */
  private Path withLateResponse(Path survey, String name) throws IOException {
    StringBuilder row = new StringBuilder("Acme,late,FRONTLINE,support,true");
    for (Item item : DefaultInstrument.instrument().items()) {
      row.append(',').append(item.isReverseKeyed() ? 1 : 5);
    }
    return SampleData.write(dir.resolve(name), Files.readString(survey, StandardCharsets.UTF_8) + row + "\n");
  }

  private Path key() throws IOException {
    return key(dir);
  }

  /** A release key file in {@code dir}, owner-only where the file system has permissions. */
  static Path key(Path dir) throws IOException {
    Path key = dir.resolve("release.key");
    byte[] secret = new byte[32];
    new Random(17).nextBytes(secret);
    Files.write(key, secret);
    try {
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: no permissions to narrow.
    }
    return key;
  }
}
