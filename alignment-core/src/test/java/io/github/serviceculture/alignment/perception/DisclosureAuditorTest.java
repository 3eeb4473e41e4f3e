package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.DisclosureAuditor;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Kind;
import io.github.serviceculture.alignment.testing.DisclosureAuditor.Leak;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The disclosure auditor can fail: it finds the three attacks of issue 17 on releases built by the old
 * threshold rule, exactly the respondents exposed and no others, and agrees with a brute-force search.
 */
class DisclosureAuditorTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final PerceptionPolicy DEFAULTS = PerceptionPolicy.defaults();
  private static final PerceptionPolicy BY_DEPARTMENT = DEFAULTS.withGroupBy(Respondent.DEPARTMENT);

  /** Every figure population of the default instrument: six dimensions and three engagement questions. */
  private static List<String> populations() {
    List<String> names = new ArrayList<>();
    INSTRUMENT.dimensions().forEach(d -> names.add("dimension " + d));
    Set<EngagementQuestion> questions = new LinkedHashSet<>();
    INSTRUMENT.engagementItems().forEach(i -> questions.add(i.engagementQuestion().orElseThrow()));
    questions.stream().sorted().forEach(q -> names.add("engagement " + q));
    return names;
  }

  private static Response person(String id, Level level, String department, boolean customerFacing) {
    return person(id, level, department, customerFacing, item -> true);
  }

  /** A respondent who answers the items {@code answers} accepts, with answers that vary by id and item. */
  private static Response person(String id, Level level, String department, boolean customerFacing,
      Predicate<Item> answers) {
    Respondent respondent = Respondent.builder().id(id).level(level).department(department)
        .customerFacing(customerFacing).build();
    Map<String, Integer> given = new HashMap<>();
    List<Item> items = INSTRUMENT.items();
    for (int i = 0; i < items.size(); i++) {
      if (answers.test(items.get(i))) {
        given.put(items.get(i).id(), 1 + Math.floorMod(id.hashCode() + 3 * i, 5));
      }
    }
    return Response.of(respondent, given);
  }

  private static List<Response> people(String prefix, int count, Level level, String department,
      boolean customerFacing) {
    List<Response> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add(person(prefix + i, level, department, customerFacing));
    }
    return out;
  }

  private static Set<String> described(List<Leak> leaks) {
    Set<String> out = new TreeSet<>();
    leaks.forEach(l -> out.add(l.kind() + " " + l.population() + " " + l.respondentIds()));
    return out;
  }

  /** The same leak of the same respondents in every population, once per kind given. */
  private static Set<String> everywhere(List<String> ids, Kind... kinds) {
    Set<String> out = new TreeSet<>();
    for (String population : populations()) {
      for (Kind kind : kinds) {
        out.add(kind + " " + population + " " + ids);
      }
    }
    return out;
  }

  /** The first attack's organization: a lone executive, finance all not customer-facing. */
  private static ResponseSet loneExecutive() {
    List<Response> rs = new ArrayList<>();
    rs.add(person("exec", Level.EXECUTIVE, "board", false));
    rs.addAll(people("finance-m", 1, Level.MANAGER, "finance", false));
    rs.addAll(people("finance-f", 5, Level.FRONTLINE, "finance", false));
    rs.addAll(people("sales-m", 1, Level.MANAGER, "sales", true));
    rs.addAll(people("sales-f", 4, Level.FRONTLINE, "sales", true));
    rs.addAll(people("support-m", 3, Level.MANAGER, "support", true));
    rs.addAll(people("support-f", 10, Level.FRONTLINE, "support", true));
    return ResponseSet.of(INSTRUMENT, rs);
  }

  @Test
  void acrossAttributesTheLoneExecutiveIsFoundFromNotCustomerFacingMinusFinance() {
    ResponseSet set = loneExecutive();
    PerceptionReport release = OldRuleRelease.withComplementarySuppression(set, DEFAULTS);
    // The release the issue describes: the executive is hidden by level and department, but both
    // customerFacing=false (7) and department=finance (6, all not customer-facing) are shown.
    List<String> shown = OldRuleRelease.keys(release);
    assertTrue(shown.containsAll(List.of("customerFacing=false", "department=finance")), shown.toString());
    assertTrue(!shown.contains("level=EXECUTIVE") && !shown.contains("department=board"), shown.toString());

    assertEquals(everywhere(List.of("exec"), Kind.SPAN, Kind.COUNTS),
        described(DisclosureAuditor.audit(set, DEFAULTS, release)));
  }

  @Test
  void twoOnePersonDepartmentsHiddenInOneAttributeAreFoundTogetherAsTotalMinusShown() {
    List<Response> rs = new ArrayList<>(people("support", 10, Level.FRONTLINE, "support", true));
    rs.addAll(people("sales", 8, Level.FRONTLINE, "sales", true));
    rs.add(person("legal1", Level.FRONTLINE, "legal", false));
    rs.add(person("audit1", Level.FRONTLINE, "audit", false));
    ResponseSet set = ResponseSet.of(INSTRUMENT, rs);
    // Two hidden units: the old rule suppresses nothing more, and the total minus shown leaves n = 2.
    PerceptionReport release = OldRuleRelease.withComplementarySuppression(set, BY_DEPARTMENT);

    assertEquals(everywhere(List.of("audit1", "legal1"), Kind.SPAN, Kind.COUNTS, Kind.WITHIN_ATTRIBUTE),
        described(DisclosureAuditor.audit(set, BY_DEPARTMENT, release)));
  }

  private static List<Response> thirty() {
    List<Response> rs = new ArrayList<>(people("support", 15, Level.FRONTLINE, "support", true));
    rs.addAll(people("sales", 15, Level.FRONTLINE, "sales", true));
    return rs;
  }

  @Test
  void acrossReleasesOneLateResponseIsFoundByDifferencingTheTwoReleases() {
    ResponseSet before = ResponseSet.of(INSTRUMENT, thirty());
    List<Response> plusOne = new ArrayList<>(thirty());
    plusOne.add(person("late", Level.FRONTLINE, "support", true));
    ResponseSet after = ResponseSet.of(INSTRUMENT, plusOne);
    PerceptionReport first = OldRuleRelease.withComplementarySuppression(before, DEFAULTS);
    PerceptionReport second = OldRuleRelease.withComplementarySuppression(after, DEFAULTS);

    // Each release is safe on its own; only the pair gives the late respondent away.
    assertEquals(List.of(), DisclosureAuditor.audit(before, DEFAULTS, first));
    assertEquals(List.of(), DisclosureAuditor.audit(after, DEFAULTS, second));
    assertEquals(everywhere(List.of("late"), Kind.SPAN, Kind.COUNTS),
        described(DisclosureAuditor.auditPair(before, first, after, second, DEFAULTS)));
  }

  @Test
  void acrossReleasesARespondentWhoMovedDepartmentIsFoundByDifferencingTheTwoReleases() {
    ResponseSet before = ResponseSet.of(INSTRUMENT, thirty());
    List<Response> moved = new ArrayList<>();
    for (Response r : thirty()) {
      boolean mover = r.respondent().id().equals("support1");
      moved.add(mover ? r.withRespondent(r.respondent().withDepartment("sales")) : r);
    }
    ResponseSet after = ResponseSet.of(INSTRUMENT, moved);

    // Same id and answers: one element, in support before and in sales after.
    assertEquals(everywhere(List.of("support1"), Kind.SPAN, Kind.COUNTS),
        described(DisclosureAuditor.auditPair(before, OldRuleRelease.naive(before, DEFAULTS), after,
            OldRuleRelease.naive(after, DEFAULTS), DEFAULTS)));
  }

  @Test
  void twoGroupsThatTradeOneRespondentEachGiveTheDifferenceOfTheTwoAsASignedLeak() {
    // Department x: ten frontline and manager a; department y: ten managers and frontline b. Every group has
    // eleven, yet x minus FRONTLINE is e_a - e_b, and with sums of squares that gives both scores.
    List<Response> rs = new ArrayList<>(people("x", 10, Level.FRONTLINE, "x", true));
    rs.add(person("a", Level.MANAGER, "x", true));
    rs.addAll(people("y", 10, Level.MANAGER, "y", true));
    rs.add(person("b", Level.FRONTLINE, "y", true));
    ResponseSet set = ResponseSet.of(INSTRUMENT, rs);
    PerceptionPolicy policy = DEFAULTS.withGroupBy(Respondent.LEVEL, Respondent.DEPARTMENT);
    PerceptionReport release = OldRuleRelease.withComplementarySuppression(set, policy);
    assertEquals(List.of("level=FRONTLINE", "level=MANAGER", "department=x", "department=y"),
        OldRuleRelease.keys(release));

    List<Leak> leaks = DisclosureAuditor.audit(set, policy, release);
    assertEquals(everywhere(List.of("a", "b"), Kind.SIGNED), described(leaks));
    assertTrue(leaks.get(0).detail().contains("minus"), leaks.get(0).detail());
  }

  @Test
  void acrossReleasesOneWhoLeftAndOneWhoJoinedTheSameGroupAreFoundAsASignedLeak() {
    List<Response> beforeRs = new ArrayList<>(thirty());
    beforeRs.add(person("leaver", Level.FRONTLINE, "support", true));
    List<Response> afterRs = new ArrayList<>(thirty());
    afterRs.add(person("joiner", Level.FRONTLINE, "support", true));
    ResponseSet before = ResponseSet.of(INSTRUMENT, beforeRs);
    ResponseSet after = ResponseSet.of(INSTRUMENT, afterRs);
    PerceptionReport first = OldRuleRelease.withComplementarySuppression(before, DEFAULTS);
    PerceptionReport second = OldRuleRelease.withComplementarySuppression(after, DEFAULTS);
    assertTrue(first.dimensions().containsKey(Dimension.GOALS) && second.dimensions().containsKey(Dimension.GOALS),
        "the organization's figures are released in both");

    // Same size, same groups: no indicator set leaks, but organization before minus after is
    // e_leaver - e_joiner.
    assertEquals(List.of(), DisclosureAuditor.audit(before, DEFAULTS, first));
    assertEquals(List.of(), DisclosureAuditor.audit(after, DEFAULTS, second));
    assertEquals(everywhere(List.of("joiner", "leaver"), Kind.SIGNED),
        described(DisclosureAuditor.auditPair(before, first, after, second, DEFAULTS)));
  }

  @Test
  void acrossReleasesOneWhoAnsweredAgainIsTwoElementsOnlyInTheFiguresWhoseAnswersChanged() {
    ResponseSet before = ResponseSet.of(INSTRUMENT, thirty());
    List<Response> again = new ArrayList<>();
    for (Response r : thirty()) {
      if (r.respondent().id().equals("support1")) {
        // Only the GOALS answers change: the change of GOALS follows from the two releases; the other
        // figures rest on the same answers, one element each, and their difference is zero.
        Map<String, Integer> answers = new HashMap<>(r.answers());
        INSTRUMENT.scaleItems(Dimension.GOALS).forEach(i -> answers.put(i.id(), 6 - answers.get(i.id())));
        again.add(Response.of(r.respondent(), answers));
      } else {
        again.add(r);
      }
    }
    ResponseSet after = ResponseSet.of(INSTRUMENT, again);

    assertEquals(new java.util.TreeSet<>(List.of("SIGNED dimension GOALS [support1]")),
        described(DisclosureAuditor.auditPair(before, OldRuleRelease.naive(before, DEFAULTS), after,
            OldRuleRelease.naive(after, DEFAULTS), DEFAULTS)));
  }

  @Test
  void aReleaseOfTwoLargeDepartmentsAndTheirTotalDisclosesNobody() {
    List<Response> rs = new ArrayList<>(people("a", 6, Level.FRONTLINE, "a", true));
    rs.addAll(people("b", 7, Level.FRONTLINE, "b", true));
    ResponseSet set = ResponseSet.of(INSTRUMENT, rs);
    PerceptionReport release = OldRuleRelease.naive(set, BY_DEPARTMENT);
    assertEquals(List.of("department=a", "department=b"), OldRuleRelease.keys(release));
    assertEquals(List.of(), DisclosureAuditor.audit(set, BY_DEPARTMENT, release));
  }

  private static ResponseSet oneHiddenDepartment() {
    List<Response> rs = new ArrayList<>(people("a", 6, Level.FRONTLINE, "a", true));
    rs.addAll(people("b", 7, Level.FRONTLINE, "b", true));
    rs.add(person("c1", Level.FRONTLINE, "c", true));
    return ResponseSet.of(INSTRUMENT, rs);
  }

  @Test
  void hidingTheSmallestShownGroupWithTheOnlyHiddenUnitDisclosesNobody() {
    ResponseSet set = oneHiddenDepartment();
    PerceptionReport release = OldRuleRelease.withComplementarySuppression(set, BY_DEPARTMENT);
    // Total minus b leaves a and c together: seven people.
    assertEquals(List.of("department=b"), OldRuleRelease.keys(release));
    assertEquals(List.of(), DisclosureAuditor.audit(set, BY_DEPARTMENT, release));
  }

  @Test
  void withoutComplementarySuppressionTheOnlyHiddenUnitIsTotalMinusShown() {
    ResponseSet set = oneHiddenDepartment();
    PerceptionReport release = OldRuleRelease.naive(set, BY_DEPARTMENT);
    assertEquals(everywhere(List.of("c1"), Kind.SPAN, Kind.COUNTS, Kind.WITHIN_ATTRIBUTE),
        described(DisclosureAuditor.audit(set, BY_DEPARTMENT, release)));
  }

  @Test
  void whetherAHiddenRespondentAnsweredADimensionFollowsFromCountsEvenWhenTheirScoreDoesNot() {
    List<Response> rs = new ArrayList<>(people("a", 6, Level.FRONTLINE, "a", true));
    rs.add(person("b1", Level.FRONTLINE, "b", true, item -> item.dimension() != Dimension.GOALS));
    ResponseSet set = ResponseSet.of(INSTRUMENT, rs);
    PerceptionReport release = OldRuleRelease.naive(set, BY_DEPARTMENT);

    Set<String> goals = new TreeSet<>();
    for (Leak leak : DisclosureAuditor.audit(set, BY_DEPARTMENT, release)) {
      if (leak.population().equals("dimension GOALS")) {
        goals.add(leak.kind() + " " + leak.respondentIds());
      }
    }
    // GOALS: the total and department a hold the same six scores, but n(total) - n(a) = 0 says that b1,
    // the only other respondent, did not answer.
    assertEquals(Set.of("COUNTS [b1]"), goals);
  }

  @Test
  void aReportedCountThatIsNotTheScoredCountIsInconsistent() {
    List<Response> rs = new ArrayList<>(people("a", 6, Level.FRONTLINE, "a", true));
    rs.addAll(people("b", 7, Level.FRONTLINE, "b", true));
    ResponseSet set = ResponseSet.of(INSTRUMENT, rs);
    PerceptionReport release = OldRuleRelease.naive(set, BY_DEPARTMENT);
    Map<Dimension, PerceptionFigures> figures = new EnumMap<>(release.dimensions());
    figures.put(Dimension.GOALS, figures.get(Dimension.GOALS).withN(14));
    PerceptionReport wrong = release.withDimensions(figures);

    List<Leak> leaks = DisclosureAuditor.audit(set, BY_DEPARTMENT, wrong);
    assertEquals(Set.of("INCONSISTENT dimension GOALS []"), described(leaks), leaks.toString());
  }

  @Test
  void aGapOrAnIccOverAGroupThatIsNotReleasedIsInconsistent() {
    ResponseSet set = oneHiddenDepartment();
    PerceptionReport release = OldRuleRelease.withComplementarySuppression(set, BY_DEPARTMENT);
    Estimate zero = Estimate.of(0);
    PerceptionReport withGap = release.withGaps(PerceptionGap.builder().attribute(Respondent.DEPARTMENT)
        .dimension(Dimension.GOALS).first("a").second("b").difference(zero).lower(zero).upper(zero).p(zero)
        .cohensD(zero).build());
    PerceptionReport withIcc = release.withGroupDifferences(GroupDifferences.builder()
        .attribute(Respondent.DEPARTMENT).dimension(Dimension.GOALS).groupCount(2).icc1(zero).icc2(zero)
        .build());

    assertEquals(Set.of("INCONSISTENT dimension GOALS []"),
        described(DisclosureAuditor.audit(set, BY_DEPARTMENT, withGap)));
    assertEquals(Set.of("INCONSISTENT dimension GOALS []"),
        described(DisclosureAuditor.audit(set, BY_DEPARTMENT, withIcc)));
  }

  // ---------------------------------------------------------------------------------------------------
  // The search against brute force

  @Test
  void theSpanSearchFindsExactlyTheMinimalSmallSetsThatBruteForceFinds() {
    qt().withExamples(400).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, maxPersons) -> {
      SplittableRandom random = new SplittableRandom(seed);
      int elements = 1 + random.nextInt(11);
      // Some persons have two elements (a respondent whose answers changed between releases).
      int[] personOf = new int[elements];
      int persons = 0;
      for (int e = 0; e < elements; e++) {
        boolean second = e > 0 && random.nextInt(4) == 0 && countOf(personOf, e, personOf[e - 1]) == 1;
        personOf[e] = second ? personOf[e - 1] : persons++;
      }
      List<BitSet> vectors = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      double density = 0.2 + 0.7 * random.nextDouble();
      for (int j = 0; j < count; j++) {
        BitSet v = new BitSet();
        for (int e = 0; e < elements; e++) {
          if (random.nextDouble() < density) {
            v.set(e);
          }
        }
        vectors.add(v);
      }
      Set<BitSet> expected = bruteForce(elements, vectors, personOf, maxPersons);
      List<BitSet> found = DisclosureAuditor.smallSetsInSpan(elements, vectors, personOf, maxPersons);
      assertEquals(expected, new HashSet<>(found), "vectors " + vectors + ", persons " + List.of(personOf));
      assertEquals(found.size(), new HashSet<>(found).size(), "each set once");
    });
  }

  @Test
  void onGroupLikeVectorsOverManyRespondentsTheSpanSearchAgreesWithBruteForceUpToThreeRespondents() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, maxPersons) -> {
      SplittableRandom random = new SplittableRandom(seed);
      int elements = 10 + random.nextInt(26);
      // Released vectors shaped like groups: some groups of one to four random partitions, and everyone.
      List<BitSet> vectors = new ArrayList<>();
      BitSet everyone = new BitSet();
      everyone.set(0, elements);
      if (random.nextBoolean()) {
        vectors.add(everyone);
      }
      int partitions = 1 + random.nextInt(4);
      for (int p = 0; p < partitions; p++) {
        int groups = 2 + random.nextInt(5);
        BitSet[] group = new BitSet[groups];
        for (int g = 0; g < groups; g++) {
          group[g] = new BitSet();
        }
        for (int e = 0; e < elements; e++) {
          // Skewed: low group numbers are likelier; some elements have no group.
          int g = (int) Math.floor(groups * Math.pow(random.nextDouble(), 2));
          if (random.nextInt(10) > 0) {
            group[g].set(e);
          }
        }
        for (BitSet g : group) {
          if (!g.isEmpty() && random.nextInt(4) > 0) {
            vectors.add(g);
          }
        }
      }
      if (vectors.isEmpty()) {
        vectors.add(everyone);
      }
      int[] personOf = new int[elements];
      for (int e = 0; e < elements; e++) {
        personOf[e] = e;
      }
      Set<BitSet> expected = bruteForceUpTo(elements, vectors, maxPersons);
      List<BitSet> found = DisclosureAuditor.smallSetsInSpan(elements, vectors, personOf, maxPersons);
      assertEquals(expected, new HashSet<>(found), "vectors " + vectors);
    });
  }

  /** Every set of at most {@code size} elements (one person each), checked by exact rank; the minimal ones. */
  private static Set<BitSet> bruteForceUpTo(int elements, List<BitSet> vectors, int size) {
    int rank = rank(vectors, elements);
    List<BitSet> inSpan = new ArrayList<>();
    collect(new BitSet(), 0, elements, size, vectors, rank, inSpan);
    Set<BitSet> minimal = new HashSet<>();
    for (BitSet s : inSpan) {
      if (inSpan.stream().noneMatch(o -> !o.equals(s) && contains(s, o))) {
        minimal.add(s);
      }
    }
    return minimal;
  }

  private static void collect(BitSet chosen, int from, int elements, int left, List<BitSet> vectors, int rank,
      List<BitSet> out) {
    for (int e = from; e < elements; e++) {
      BitSet set = (BitSet) chosen.clone();
      set.set(e);
      List<BitSet> with = new ArrayList<>(vectors);
      with.add(set);
      if (rank(with, elements) == rank) {
        out.add(set);
      }
      if (left > 1) {
        collect(set, e + 1, elements, left - 1, vectors, rank, out);
      }
    }
  }

  @Test
  void theSignedSearchFindsExactlyTheMinimalSignedDifferencesThatBruteForceFinds() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, maxPersons) -> {
      SplittableRandom random = new SplittableRandom(seed);
      int elements = 1 + random.nextInt(7);
      int[] personOf = new int[elements];
      int persons = 0;
      for (int e = 0; e < elements; e++) {
        boolean second = e > 0 && random.nextInt(4) == 0 && countOf(personOf, e, personOf[e - 1]) == 1;
        personOf[e] = second ? personOf[e - 1] : persons++;
      }
      List<BitSet> vectors = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      double density = 0.2 + 0.7 * random.nextDouble();
      for (int j = 0; j < count; j++) {
        BitSet v = new BitSet();
        for (int e = 0; e < elements; e++) {
          if (random.nextDouble() < density) {
            v.set(e);
          }
        }
        vectors.add(v);
      }
      Set<List<BitSet>> expected = signedBruteForce(elements, vectors, personOf, maxPersons);
      Set<List<BitSet>> found = new HashSet<>();
      for (DisclosureAuditor.SignedSet s :
          DisclosureAuditor.smallSignedSetsInSpan(elements, vectors, personOf, maxPersons)) {
        assertTrue(found.add(List.of(s.plus(), s.minus())), "each combination once");
      }
      assertEquals(expected, found, "vectors " + vectors + ", persons " + List.of(personOf));
    });
  }

  /**
   * Every vector of weights -1, 0 and 1, checked by exact rank; then those whose support holds no other
   * solution's support, with a negative weight, signed so that their smallest element is +1, and whose
   * support is not also an indicator solution's.
   */
  private static Set<List<BitSet>> signedBruteForce(int elements, List<BitSet> vectors, int[] personOf,
      int maxPersons) {
    List<BigInteger[]> rows = new ArrayList<>();
    for (BitSet v : vectors) {
      BigInteger[] row = new BigInteger[elements];
      for (int e = 0; e < elements; e++) {
        row[e] = v.get(e) ? BigInteger.ONE : BigInteger.ZERO;
      }
      rows.add(row);
    }
    int rank = signedRank(rows, elements);
    List<int[]> inSpan = new ArrayList<>();
    int total = 1;
    for (int e = 0; e < elements; e++) {
      total *= 3;
    }
    for (int code = 1; code < total; code++) {
      int[] w = new int[elements];
      int c = code;
      Set<Integer> persons = new HashSet<>();
      int first = -1;
      for (int e = 0; e < elements; e++) {
        w[e] = c % 3 == 2 ? -1 : c % 3;
        c /= 3;
        if (w[e] != 0) {
          persons.add(personOf[e]);
          first = first < 0 ? e : first;
        }
      }
      if (w[first] < 0 || persons.size() > maxPersons) {
        continue;
      }
      BigInteger[] row = new BigInteger[elements];
      for (int e = 0; e < elements; e++) {
        row[e] = BigInteger.valueOf(w[e]);
      }
      List<BigInteger[]> with = new ArrayList<>(rows);
      with.add(row);
      if (signedRank(with, elements) == rank) {
        inSpan.add(w);
      }
    }
    Set<List<BitSet>> out = new HashSet<>();
    for (int[] w : inSpan) {
      BitSet support = supportOf(w);
      boolean holdsAnother = false;
      boolean indicatorTwin = false;
      boolean negative = false;
      for (int[] o : inSpan) {
        BitSet other = supportOf(o);
        boolean indicator = java.util.Arrays.stream(o).noneMatch(x -> x < 0);
        if (!other.equals(support) && contains(support, other)) {
          holdsAnother = true;
        }
        indicatorTwin |= other.equals(support) && indicator;
      }
      BitSet plus = new BitSet();
      BitSet minus = new BitSet();
      for (int e = 0; e < w.length; e++) {
        if (w[e] > 0) {
          plus.set(e);
        } else if (w[e] < 0) {
          minus.set(e);
          negative = true;
        }
      }
      if (!holdsAnother && !indicatorTwin && negative) {
        out.add(List.of(plus, minus));
      }
    }
    return out;
  }

  private static BitSet supportOf(int[] w) {
    BitSet s = new BitSet();
    for (int e = 0; e < w.length; e++) {
      if (w[e] != 0) {
        s.set(e);
      }
    }
    return s;
  }

  /** Rank over the rationals of integer rows, by fraction-free elimination with each row divided by its gcd. */
  private static int signedRank(List<BigInteger[]> rows, int columns) {
    List<BigInteger[]> m = new ArrayList<>();
    rows.forEach(r -> m.add(r.clone()));
    int rank = 0;
    for (int c = 0; c < columns && rank < m.size(); c++) {
      int pivot = -1;
      for (int i = rank; i < m.size(); i++) {
        if (m.get(i)[c].signum() != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] p = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, p);
      for (int i = rank + 1; i < m.size(); i++) {
        BigInteger[] r = m.get(i);
        BigInteger f = r[c];
        if (f.signum() == 0) {
          continue;
        }
        BigInteger g = BigInteger.ZERO;
        for (int j = 0; j < columns; j++) {
          r[j] = r[j].multiply(p[c]).subtract(p[j].multiply(f));
          g = g.gcd(r[j]);
        }
        if (g.signum() != 0) {
          for (int j = 0; j < columns; j++) {
            r[j] = r[j].divide(g);
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static int countOf(int[] personOf, int upTo, int person) {
    int c = 0;
    for (int e = 0; e < upTo; e++) {
      c += personOf[e] == person ? 1 : 0;
    }
    return c;
  }

  /** Every subset, checked by exact rank; then the minimal ones. */
  private static Set<BitSet> bruteForce(int elements, List<BitSet> vectors, int[] personOf, int maxPersons) {
    int rank = rank(vectors, elements);
    List<BitSet> inSpan = new ArrayList<>();
    for (int mask = 1; mask < 1 << elements; mask++) {
      BitSet set = BitSet.valueOf(new long[] {mask});
      Set<Integer> persons = new HashSet<>();
      set.stream().forEach(e -> persons.add(personOf[e]));
      if (persons.size() > maxPersons) {
        continue;
      }
      List<BitSet> with = new ArrayList<>(vectors);
      with.add(set);
      if (rank(with, elements) == rank) {
        inSpan.add(set);
      }
    }
    Set<BitSet> minimal = new HashSet<>();
    for (BitSet s : inSpan) {
      boolean holdsAnother = inSpan.stream().anyMatch(o -> !o.equals(s) && contains(s, o));
      if (!holdsAnother) {
        minimal.add(s);
      }
    }
    return minimal;
  }

  private static boolean contains(BitSet outer, BitSet inner) {
    BitSet rest = (BitSet) inner.clone();
    rest.andNot(outer);
    return rest.isEmpty();
  }

  /** Rank over the rationals of 0/1 rows (see {@link #signedRank}). */
  private static int rank(List<BitSet> rows, int columns) {
    List<BigInteger[]> m = new ArrayList<>();
    for (BitSet row : rows) {
      BigInteger[] r = new BigInteger[columns];
      for (int c = 0; c < columns; c++) {
        r[c] = row.get(c) ? BigInteger.ONE : BigInteger.ZERO;
      }
      m.add(r);
    }
    return signedRank(m, columns);
  }
}
