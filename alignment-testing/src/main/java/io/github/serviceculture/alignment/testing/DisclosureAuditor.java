package io.github.serviceculture.alignment.testing;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupDifferences;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ResponseRate;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.GroupHeadcount;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * An exact check, for tests, of what a {@link PerceptionReport} discloses to an attacker who knows every
 * respondent's attribute values (for every attribute the policy groups by; having no value is a value too)
 * and reads every released figure.
 *
 * <p>Every released figure of a set G of respondents is a function of sums over G ∩ P of per-respondent
 * quantities (count, score, square, cross-products of answers, agreement), where P is the figure's
 * population: for a dimension, the respondents with a score for it; for an engagement question, those who
 * answered its (first) item; for the item figures of a dimension ({@code items D}), those who answered every
 * scale item of it. For these, every answer is a variable of its own and a dimension score a combination of
 * them that varies with what a respondent answered, so the item figures are audited together with their
 * dimension's: the vectors searched for {@code items D} are the released item sets restricted to its
 * population and the dimension's released sets restricted to the dimension's (a combination of item and
 * dimension figures that singles out a few gives, for one item, such a vector of small support). Each item
 * figure's n, mean and shares are also recomputed from the responses, with the policy's favourable options,
 * so that a report cannot pass by computing them over another population. A linear attack combines released groups: it determines the sums of a set U
 * exactly when U's indicator over P lies in the span, over the rationals, of the released groups' indicators
 * G ∩ P. {@link #audit} reports every inclusion-minimal such U of 1 to k − 1 respondents ({@link
 * Kind#SPAN}: for an attacker who also knows who answered what); every difference {@code 1_plus − 1_minus}
 * of two disjoint sets there, of 1 to k − 1 respondents together, that lies in that span while no indicator
 * set within it does ({@link Kind#SIGNED}: it gives the plus part's sums minus the minus part's, and with sums
 * of squares a difference of two respondents gives both their scores); the same over all respondents with the
 * groups' full memberships, which would give U's number of members in P from released counts ({@link
 * Kind#COUNTS}: for an attacker who does not know who answered); hidden units of one attribute that total 1 to
 * k − 1 ({@link Kind#WITHIN_ATTRIBUTE}); and any place where the report disagrees with the auditor's own
 * reading of the responses ({@link Kind#INCONSISTENT}), so that a report cannot pass by mislabelling what it
 * shows.
 *
 * <p>Independence: this class shares no code with the suppression in {@code alignment-core}. It reads only
 * the public response and report values, recomputes populations and memberships itself, and decides span
 * membership differently from a row-reduction that enumerates pivot subsets: respondents are grouped into
 * classes by the set of released groups they belong to (a set in the span is a union of whole classes), an
 * integer basis of the null space of the class-by-group matrix is computed by fraction-free elimination in
 * {@link BigInteger}, and a union of classes lies in the span exactly when its classes' null-space
 * coordinates sum to zero; a signed combination, when its coordinates times its weights ±1 do. Unions of
 * total weight at most k − 1, and for signed combinations each class weighted +1 or −1, are searched by
 * meeting in the middle on fingerprints of those coordinates (modulo 2<sup>61</sup> − 1, a filter that cannot
 * miss a solution), and
 * each candidate is confirmed with exact integer sums. No floating point takes part in any span decision.
 *
 * <p>Limits: non-linear disclosure (for example an sd of 0, or a reason for not reporting) and finer
 * populations of single statistics (alpha's pairwise rows, rwg(j)'s complete rows) are not audited;
 * {@link Kind#COUNTS} is searched for indicator sets only.
 *
 * <p>Stateless and thread-safe. Test-only: a {@link Leak} names respondents.
 */
public final class DisclosureAuditor {
  /** The Mersenne prime 2^61 - 1: fingerprints are kept below it, so that two of them add without overflow. */
  private static final long MODULUS = (1L << 61) - 1;

  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

  /**
   * Solutions gathered per search before it stops: a report that leaks this much fails anyway, and the
   * unions of many leaking classes would otherwise grow combinatorially.
   */
  private static final int MAX_SOLUTIONS = 2_000;

  private DisclosureAuditor() {}

  /** What kind of disclosure a {@link Leak} is. */
  public enum Kind {
    /**
     * The set's indicator over a figure's population lies in the span of the released groups' indicators
     * there: every sum over the set (its scores, squares, cross-products, agreement) follows from released
     * figures.
     */
    SPAN,
    /**
     * A difference {@code 1_plus − 1_minus} of two disjoint sets of the figure's population, together of 1
     * to k − 1 persons, lies in the span of the released groups' indicators there, and no indicator set
     * within it does: every sum over the plus part minus the same sum over the minus part follows from
     * released figures. With sums of squares besides sums, a difference of two persons gives both their
     * scores.
     */
    SIGNED,
    /**
     * The set's indicator over all respondents lies in the span of the released groups' full memberships:
     * how many of the set belong to the figure's population (answered, or have a score) follows from
     * released counts.
     */
    COUNTS,
    /** The respondents of the population in hidden units of one attribute total 1 to k − 1 (T1). */
    WITHIN_ATTRIBUTE,
    /** The report disagrees with the responses: a wrong n, or a gap or ICC over groups not released. */
    INCONSISTENT
  }

  /**
   * One disclosure found.
   *
   * @param kind the kind
   * @param population the figure population, such as {@code dimension GOALS} or {@code engagement
   *     CAN_STATE_VISION}, prefixed by {@code before}/{@code after} where only one release of a pair is meant
   * @param respondentIds the ids of the respondents disclosed, sorted; empty for {@link Kind#INCONSISTENT}
   * @param detail what was found, for a failure message
   */
  public record Leak(Kind kind, String population, List<String> respondentIds, String detail) {
    /**
     * Copies the ids, so that a leak is immutable.
     *
     * @param kind the kind
     * @param population the population
     * @param respondentIds the respondent ids
     * @param detail the detail
     */
    public Leak {
      respondentIds = List.copyOf(respondentIds);
    }
  }

  /**
   * Audits one release.
   *
   * @param responses the responses the report was scored from
   * @param policy the policy it was scored with (its threshold k and grouping attributes)
   * @param report the report
   * @return every disclosure found; empty when the report keeps every set of 1 to k − 1 respondents hidden
   */
  public static List<Leak> audit(ResponseSet responses, PerceptionPolicy policy, PerceptionReport report) {
    Release release = Release.of(responses, policy, report, "");
    List<Leak> leaks = new ArrayList<>(release.inconsistencies);
    int k = policy.anonymityThreshold();
    List<Response> rs = responses.responses();
    int n = rs.size();
    int[] personOf = new int[n];
    Arrays.setAll(personOf, i -> i);
    List<String> personIds = new ArrayList<>();
    rs.forEach(r -> personIds.add(r.respondent().id()));
    Map<List<BitSet>, List<BitSet>> cache = new HashMap<>();
    Map<List<BitSet>, List<SignedSet>> signedCache = new HashMap<>();
    for (Figure figure : release.figures.values()) {
      leaks.addAll(withinAttribute(figure, release, policy, ""));
      List<BitSet> restricted = new ArrayList<>();
      for (BitSet set : figure.releasedSets) {
        restricted.add(and(set, figure.population));
      }
      // What the dimension's sets alone disclose is reported for the dimension, not again for its items.
      Set<BitSet> known = new HashSet<>();
      Set<SignedSet> knownSigned = new HashSet<>();
      if (figure.companion != null && !figure.releasedSets.isEmpty()) {
        List<BitSet> alone = new ArrayList<>();
        for (BitSet set : figure.companion.releasedSets) {
          alone.add(and(set, figure.companion.population));
        }
        restricted.addAll(alone);
        known.addAll(cache.computeIfAbsent(alone, v -> smallSetsInSpan(n, v, personOf, k - 1)));
        knownSigned.addAll(signedCache.computeIfAbsent(alone, v -> smallSignedSetsInSpan(n, v, personOf, k - 1)));
      }
      for (BitSet found : cache.computeIfAbsent(restricted, v -> smallSetsInSpan(n, v, personOf, k - 1))) {
        if (!known.contains(found)) {
          leaks.add(leak(Kind.SPAN, figure.name, found, personOf, personIds, restricted.size()));
        }
      }
      for (SignedSet found : signedCache.computeIfAbsent(restricted,
          v -> smallSignedSetsInSpan(n, v, personOf, k - 1))) {
        if (!knownSigned.contains(found)) {
          leaks.add(signedLeak(figure.name, found, personOf, personIds, restricted.size()));
        }
      }
      // Counts of both families over everyone: a group's full membership is the same set whichever family
      // released it, so the item counts and the dimension's combine (see the class comment).
      List<BitSet> full = new ArrayList<>(figure.releasedSets);
      Set<BitSet> knownCounts = new HashSet<>();
      if (figure.companion != null && !figure.releasedSets.isEmpty()) {
        full.addAll(figure.companion.releasedSets);
        knownCounts.addAll(cache.computeIfAbsent(figure.companion.releasedSets,
            v -> smallSetsInSpan(n, v, personOf, k - 1)));
      }
      for (BitSet found : cache.computeIfAbsent(full, v -> smallSetsInSpan(n, v, personOf, k - 1))) {
        if (!knownCounts.contains(found)) {
          leaks.add(leak(Kind.COUNTS, figure.name, found, personOf, personIds, full.size()));
        }
      }
    }
    return leaks;
  }

  /**
   * Audits one release scored with headcounts: everything {@link #audit(ResponseSet, PerceptionPolicy,
   * PerceptionReport)} finds, and every printed headcount that is not the one given, or printed for a group
   * given none ({@link Kind#INCONSISTENT}). An attacker who knows the headcounts from elsewhere can bound withheld counts with the
   * released ones (when the respondents outside the released groups are as many as the employees there,
   * each withheld group responded in full); that is not searched for, since it follows from any released
   * count, the dimensions' n included, with or without response rates (README, Participation, Limits).
   *
   * @param responses the responses the report was scored from
   * @param policy the policy it was scored with
   * @param report the report
   * @param headcounts the headcounts it was scored with
   * @return every disclosure found
   */
  public static List<Leak> audit(ResponseSet responses, PerceptionPolicy policy, PerceptionReport report,
      Headcounts headcounts) {
    List<Leak> leaks = new ArrayList<>(audit(responses, policy, report));
    Participation participation = report.participation().orElse(null);
    if (participation == null) {
      leaks.add(new Leak(Kind.INCONSISTENT, "participation", List.of(),
          "no participation in a report with headcounts"));
      return leaks;
    }
    OptionalInt organization = headcounts.organization();
    participation.organization().ifPresent(o -> {
      if (o.headcount().isPresent() && !o.headcount().equals(organization)) {
        leaks.add(new Leak(Kind.INCONSISTENT, "participation", List.of(),
            "the organization's headcount is printed as " + o.headcount() + " but given as " + organization));
      }
    });
    for (ResponseRate r : participation.groups()) {
      List<String> key = List.of(r.attribute().orElseThrow(), r.value().orElseThrow());
      Optional<GroupHeadcount> given = headcounts.group(key.get(0), key.get(1));
      if (given.isEmpty() || (r.headcount().isPresent() && r.headcount().getAsInt() != given.get().headcount())) {
        leaks.add(new Leak(Kind.INCONSISTENT, "participation", List.of(), "group " + key.get(0)
            + " prints a headcount that is not the one given"));
      }
    }
    return leaks;
  }

  /**
   * Audits two releases of one survey together (T3). Elements are, per figure, records (respondent id, answers
   * to the figure's items): a respondent with the same id and answers to them in both is one element, even with
   * other attribute values in the second (it moved); the same id with other answers to them is two elements of
   * one person. (So whether a few respondents changed a figure's answers may follow from that figure being
   * released or withheld; the README states that limit.) The vectors of both
   * releases, each over its own attribute values, are taken together over the union of elements; a leak is a
   * set of elements in their span whose number of distinct persons is 1 to k − 1. Each release is also
   * checked for consistency and for {@link Kind#WITHIN_ATTRIBUTE} on its own.
   *
   * @param before the earlier responses
   * @param beforeReport the report released from them
   * @param after the later responses
   * @param afterReport the report released from them
   * @param policy the policy of both
   * @return every disclosure found
   */
  public static List<Leak> auditPair(ResponseSet before, PerceptionReport beforeReport, ResponseSet after,
      PerceptionReport afterReport, PerceptionPolicy policy) {
    Release first = Release.of(before, policy, beforeReport, "before ");
    Release second = Release.of(after, policy, afterReport, "after ");
    List<Leak> leaks = new ArrayList<>(first.inconsistencies);
    leaks.addAll(second.inconsistencies);
    for (Figure figure : first.figures.values()) {
      leaks.addAll(withinAttribute(figure, first, policy, "before "));
    }
    for (Figure figure : second.figures.values()) {
      leaks.addAll(withinAttribute(figure, second, policy, "after "));
    }

    Map<String, Integer> personOfId = new HashMap<>();
    List<String> personIds = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(first.figures.keySet());
    names.addAll(second.figures.keySet());
    int k = policy.anonymityThreshold();
    for (String name : names) {
      Figure any = first.figures.containsKey(name) ? first.figures.get(name) : second.figures.get(name);
      Map<List<Object>, Integer> elementOf = new HashMap<>();
      List<Integer> personOfElement = new ArrayList<>();
      int[] firstElements = elements(first.responses, any.items, elementOf, personOfId, personIds, personOfElement);
      int[] secondElements = elements(second.responses, any.items, elementOf, personOfId, personIds, personOfElement);
      int n = personOfElement.size();
      int[] personOf = personOfElement.stream().mapToInt(Integer::intValue).toArray();
      List<BitSet> restricted = new ArrayList<>();
      List<BitSet> full = new ArrayList<>();
      lift(first.figures.get(name), firstElements, restricted, full);
      lift(second.figures.get(name), secondElements, restricted, full);
      Set<BitSet> known = new HashSet<>();
      Set<SignedSet> knownSigned = new HashSet<>();
      Set<BitSet> knownCounts = new HashSet<>();
      if (any.companion != null && !restricted.isEmpty()) {
        // The dimension's sets of both releases, over the same elements (they rest on the same items); what they
        // disclose alone is reported for the dimension. Their full memberships join the counts searched.
        List<BitSet> alone = new ArrayList<>();
        List<BitSet> aloneFull = new ArrayList<>();
        lift(companion(first.figures.get(name)), firstElements, alone, aloneFull);
        lift(companion(second.figures.get(name)), secondElements, alone, aloneFull);
        restricted.addAll(alone);
        full.addAll(aloneFull);
        known.addAll(smallSetsInSpan(n, alone, personOf, k - 1));
        knownSigned.addAll(smallSignedSetsInSpan(n, alone, personOf, k - 1));
        knownCounts.addAll(smallSetsInSpan(n, aloneFull, personOf, k - 1));
      }
      for (BitSet found : smallSetsInSpan(n, restricted, personOf, k - 1)) {
        if (!known.contains(found)) {
          leaks.add(leak(Kind.SPAN, name, found, personOf, personIds, restricted.size()));
        }
      }
      for (SignedSet found : smallSignedSetsInSpan(n, restricted, personOf, k - 1)) {
        if (!knownSigned.contains(found)) {
          leaks.add(signedLeak(name, found, personOf, personIds, restricted.size()));
        }
      }
      for (BitSet found : smallSetsInSpan(n, full, personOf, k - 1)) {
        if (!knownCounts.contains(found)) {
          leaks.add(leak(Kind.COUNTS, name, found, personOf, personIds, full.size()));
        }
      }
    }
    return leaks;
  }

  /**
   * Finds the inclusion-minimal sets of elements whose indicator lies in the span (over the rationals) of
   * the given 0/1 vectors and whose elements belong to 1 to {@code maxPersons} distinct persons.
   *
   * @param elementCount the number of elements, numbered from 0
   * @param vectors the released vectors, as sets of elements
   * @param personOf the person of each element; a person has at most two elements
   * @param maxPersons the most persons a set found may have
   * @return the sets, ordered by size and then by their smallest element; at most a few thousand are gathered
   *     when very many unions qualify
   */
  public static List<BitSet> smallSetsInSpan(int elementCount, List<BitSet> vectors, int[] personOf,
      int maxPersons) {
    Search search = search(elementCount, vectors, personOf, maxPersons, false);
    if (search == null) {
      return List.of();
    }
    List<BitSet> out = new ArrayList<>();
    for (int i : search.run()) {
      out.add(search.support(i));
    }
    return out;
  }

  /**
   * A combination with weights +1 and −1 of disjoint sets of elements: {@code 1_plus − 1_minus}.
   *
   * @param plus the elements weighted +1
   * @param minus the elements weighted −1, not empty
   */
  public record SignedSet(BitSet plus, BitSet minus) {
    /**
     * Copies the sets, so that a signed set is immutable.
     *
     * @param plus the elements weighted +1
     * @param minus the elements weighted −1
     */
    public SignedSet {
      plus = (BitSet) plus.clone();
      minus = (BitSet) minus.clone();
    }

    /**
     * The elements weighted +1.
     *
     * @return a copy
     */
    @Override
    public BitSet plus() {
      return (BitSet) plus.clone();
    }

    /**
     * The elements weighted −1.
     *
     * @return a copy
     */
    @Override
    public BitSet minus() {
      return (BitSet) minus.clone();
    }

    /**
     * The elements with a nonzero weight.
     *
     * @return plus and minus together
     */
    public BitSet support() {
      BitSet out = plus();
      out.or(minus);
      return out;
    }
  }

  /**
   * Finds the signed combinations {@code 1_plus − 1_minus}, with both parts non-empty, that lie in the span
   * (over the rationals) of the given 0/1 vectors, whose elements belong to 1 to {@code maxPersons} distinct
   * persons, and whose support holds the support of no other such combination and no set that {@link
   * #smallSetsInSpan} finds: the differences that no indicator set explains, such as {@code e_a − e_b} from
   * two groups that trade a and b. Only one of a combination and its negation is returned.
   *
   * @param elementCount the number of elements, numbered from 0
   * @param vectors the released vectors, as sets of elements
   * @param personOf the person of each element; a person has at most two elements
   * @param maxPersons the most persons a combination found may have
   * @return the combinations, ordered by support size and then by smallest element; at most a few thousand
   *     are gathered when very many qualify
   */
  public static List<SignedSet> smallSignedSetsInSpan(int elementCount, List<BitSet> vectors, int[] personOf,
      int maxPersons) {
    Search search = search(elementCount, vectors, personOf, maxPersons, true);
    if (search == null) {
      return List.of();
    }
    List<SignedSet> out = new ArrayList<>();
    for (int i : search.run()) {
      BitSet minus = search.minus(i);
      if (!minus.isEmpty()) {
        BitSet plus = search.support(i);
        plus.andNot(minus);
        out.add(new SignedSet(plus, minus));
      }
    }
    return out;
  }

  /** The search over the classes of the vectors, or null when no set can qualify. */
  private static Search search(int elementCount, List<BitSet> vectors, int[] personOf, int maxPersons,
      boolean signed) {
    if (maxPersons < 1 || vectors.isEmpty()) {
      return null;
    }
    // Classes: elements in exactly the same vectors. Elements in none are outside every span vector.
    Map<BitSet, BitSet> bySignature = new LinkedHashMap<>();
    for (int e = 0; e < elementCount; e++) {
      BitSet signature = new BitSet();
      for (int j = 0; j < vectors.size(); j++) {
        if (vectors.get(j).get(e)) {
          signature.set(j);
        }
      }
      if (!signature.isEmpty()) {
        bySignature.computeIfAbsent(signature, s -> new BitSet()).set(e);
      }
    }
    if (bySignature.isEmpty()) {
      return null;
    }
    List<BitSet> signatures = new ArrayList<>(bySignature.keySet());
    List<BitSet> members = new ArrayList<>(bySignature.values());
    return new Search(signatures, members, vectors.size(), personOf, maxPersons, signed);
  }

  // ---------------------------------------------------------------------------------------------------
  // Reading a release

  /** One figure population of one release, and the groups released for it. */
  private static final class Figure {
    final String name;
    /** The respondents with a value for the figure. */
    final BitSet population;
    /** The full membership of each set released for it: everyone for the organization, each group's members. */
    final List<BitSet> releasedSets = new ArrayList<>();
    /** The (attribute, value) of each group released for it. */
    final Set<List<String>> releasedGroups = new HashSet<>();
    /** The ids of the items its values rest on. */
    final List<String> items = new ArrayList<>();
    /** For the item figures of a dimension, the dimension's figure, audited together with them. */
    Figure companion;

    Figure(String name, BitSet population) {
      this.name = name;
      this.population = population;
    }
  }

  /** What a report releases, read back against its responses. */
  private static final class Release {
    final List<Response> responses;
    final Map<String, Figure> figures = new LinkedHashMap<>();
    final List<Leak> inconsistencies = new ArrayList<>();
    final String label;

    private Release(List<Response> responses, String label) {
      this.responses = responses;
      this.label = label;
    }

    static Release of(ResponseSet set, PerceptionPolicy policy, PerceptionReport report, String label) {
      Release release = new Release(set.responses(), label);
      release.read(set.instrument(), policy, report);
      return release;
    }

    private void inconsistent(String population, String detail) {
      inconsistencies.add(new Leak(Kind.INCONSISTENT, label + population, List.of(), detail));
    }

    private void read(Instrument instrument, PerceptionPolicy policy, PerceptionReport report) {
      int n = responses.size();
      BitSet everyone = new BitSet();
      everyone.set(0, n);
      if (report.respondentCount() != n) {
        inconsistent("report", "respondentCount " + report.respondentCount() + " but " + n + " responses");
      }
      Map<GroupPerception, BitSet> membership = new LinkedHashMap<>();
      Set<List<String>> seen = new HashSet<>();
      for (GroupPerception g : report.groups()) {
        if (!policy.groupBy().contains(g.attribute())) {
          inconsistent("group " + g.attribute(), "a group of an attribute the policy does not group by");
        }
        if (!seen.add(List.of(g.attribute(), g.value()))) {
          inconsistent("group " + g.attribute(), "a group reported twice");
        }
        BitSet m = new BitSet();
        for (int i = 0; i < n; i++) {
          if (responses.get(i).respondent().groupValue(g.attribute()).equals(Optional.of(g.value()))) {
            m.set(i);
          }
        }
        if (m.isEmpty()) {
          inconsistent("group " + g.attribute(), "a group no respondent belongs to");
        }
        membership.put(g, m);
      }

      Scale scale = instrument.scale();
      for (Dimension d : instrument.dimensions()) {
        List<Item> items = instrument.scaleItems(d);
        double needed = policy.minimumAnsweredShare() * items.size();
        BitSet population = new BitSet();
        for (int i = 0; i < n; i++) {
          int answered = 0;
          for (Item item : items) {
            answered += answered(responses.get(i), item, scale) ? 1 : 0;
          }
          if (answered > 0 && answered >= needed - 1e-9) {
            population.set(i);
          }
        }
        Figure figure = new Figure("dimension " + d, population);
        items.forEach(item -> figure.items.add(item.id()));
        PerceptionFigures org = report.dimensions().get(d);
        if (org != null) {
          release(figure, everyone, null, org.n());
        }
        for (Map.Entry<GroupPerception, BitSet> e : membership.entrySet()) {
          PerceptionFigures f = e.getKey().dimensions().get(d);
          if (f != null) {
            release(figure, e.getValue(), e.getKey(), f.n());
          }
        }
        figures.put(figure.name, figure);
        readItems(instrument, policy, report, membership, d, figure);
      }
      for (Dimension d : report.dimensions().keySet()) {
        if (!instrument.dimensions().contains(d)) {
          inconsistent("dimension " + d, "figures for a dimension the instrument does not measure");
        }
      }

      Map<EngagementQuestion, Item> firstItem = new EnumMap<>(EngagementQuestion.class);
      for (Item item : instrument.engagementItems()) {
        firstItem.putIfAbsent(item.engagementQuestion().orElseThrow(), item);
      }
      for (Map.Entry<EngagementQuestion, Item> q : firstItem.entrySet()) {
        BitSet population = new BitSet();
        for (int i = 0; i < n; i++) {
          if (answered(responses.get(i), q.getValue(), scale)) {
            population.set(i);
          }
        }
        Figure figure = new Figure("engagement " + q.getKey(), population);
        figure.items.add(q.getValue().id());
        EngagementShare org = report.engagement().get(q.getKey());
        if (org != null) {
          release(figure, everyone, null, org.n());
          checkItem(figure, org, q.getValue());
        }
        for (Map.Entry<GroupPerception, BitSet> e : membership.entrySet()) {
          EngagementShare share = e.getKey().engagement().get(q.getKey());
          if (share != null) {
            release(figure, e.getValue(), e.getKey(), share.n());
            checkItem(figure, share, q.getValue());
          }
        }
        figures.put(figure.name, figure);
      }
      for (EngagementQuestion q : report.engagement().keySet()) {
        if (!firstItem.containsKey(q)) {
          inconsistent("engagement " + q, "a share of a question the instrument does not ask");
        }
      }
      report.participation().ifPresent(p -> readParticipation(p, everyone));
      for (GroupPerception g : report.groups()) {
        g.dimensions().keySet().stream().filter(d -> !instrument.dimensions().contains(d))
            .forEach(d -> inconsistent("dimension " + d, "group figures for a dimension not measured"));
        g.engagement().keySet().stream().filter(q -> !firstItem.containsKey(q))
            .forEach(q -> inconsistent("engagement " + q, "a group share of a question not asked"));
      }

      for (PerceptionGap gap : report.gaps()) {
        Figure figure = figures.get("dimension " + gap.dimension());
        if (figure == null || gap.first().equals(gap.second())
            || !figure.releasedGroups.contains(List.of(gap.attribute(), gap.first()))
            || !figure.releasedGroups.contains(List.of(gap.attribute(), gap.second()))) {
          inconsistent("dimension " + gap.dimension(), "a gap of " + gap.attribute()
              + " between groups that are not both released for the dimension");
        }
      }
      for (GroupDifferences icc : report.groupDifferences()) {
        Figure figure = figures.get("dimension " + icc.dimension());
        long released = figure == null ? 0
            : figure.releasedGroups.stream().filter(g -> g.get(0).equals(icc.attribute())).count();
        if (icc.groupCount() != released || released < 2) {
          inconsistent("dimension " + icc.dimension(), "ICCs of " + icc.attribute() + " over "
              + icc.groupCount() + " groups, but " + released + " are released for the dimension");
        }
      }
    }

    /**
     * The response rates: a figure over every respondent, whose released sets are the organization and
     * each group with a released count or rate. A rate is read as releasing the count, rate × headcount,
     * whether or not the count is given beside it.
     */
    private void readParticipation(Participation participation, BitSet everyone) {
      Figure figure = new Figure("participation", everyone);
      List<ResponseRate> rates = new ArrayList<>();
      participation.organization().ifPresent(rates::add);
      rates.addAll(participation.groups());
      for (ResponseRate r : rates) {
        OptionalInt count = r.respondents().isPresent() ? r.respondents()
            : r.rate().isPresent() && r.headcount().isPresent()
                ? OptionalInt.of((int) Math.round(r.rate().getAsDouble() * r.headcount().getAsInt()))
                : OptionalInt.empty();
        if (count.isEmpty()) {
          continue;
        }
        if (r.rate().isPresent() && r.respondents().isPresent() && r.headcount().isPresent()
            && Math.round(r.rate().getAsDouble() * r.headcount().getAsInt()) != r.respondents().getAsInt()) {
          inconsistent(figure.name, "a rate that is not respondents divided by headcount");
        }
        if (r.attribute().isEmpty()) {
          figure.releasedSets.add(everyone);
          if (count.getAsInt() != everyone.cardinality()) {
            inconsistent(figure.name, "the organization reports " + count.getAsInt() + " respondents where the"
                + " auditor counts " + everyone.cardinality());
          }
          continue;
        }
        String attribute = r.attribute().get();
        BitSet m = members(attribute, r.value().orElseThrow());
        if (m.isEmpty()) {
          inconsistent(figure.name, "a rate of a group no respondent belongs to");
        }
        figure.releasedSets.add(m);
        figure.releasedGroups.add(List.of(attribute, r.value().orElseThrow()));
        if (count.getAsInt() != m.cardinality()) {
          inconsistent(figure.name, "group " + attribute + " reports " + count.getAsInt()
              + " respondents where the auditor counts " + m.cardinality());
        }
      }
      figures.put(figure.name, figure);
    }

    /** The respondents whose value of {@code attribute} is {@code value}. */
    BitSet members(String attribute, String value) {
      BitSet m = new BitSet();
      for (int i = 0; i < responses.size(); i++) {
        if (responses.get(i).respondent().groupValue(attribute).equals(Optional.of(value))) {
          m.set(i);
        }
      }
      return m;
    }

    /** The item figures of dimension {@code d}: population, released sets and a check of every figure. */
    private void readItems(Instrument instrument, PerceptionPolicy policy, PerceptionReport report,
        Map<GroupPerception, BitSet> membership, Dimension d, Figure dimension) {
      List<Item> items = instrument.scaleItems(d);
      Scale scale = instrument.scale();
      BitSet population = new BitSet();
      for (int i = 0; i < responses.size(); i++) {
        boolean all = !items.isEmpty();
        for (Item item : items) {
          all &= answered(responses.get(i), item, scale);
        }
        if (all) {
          population.set(i);
        }
      }
      Figure figure = new Figure("items " + d, population);
      figure.companion = dimension;
      items.forEach(item -> figure.items.add(item.id()));
      BitSet everyone = new BitSet();
      everyone.set(0, responses.size());
      int favourable = policy.favourableOptions().orElse(scale.options() / 2);
      releaseItems(figure, everyone, null, report.items(), items, favourable, scale);
      for (Map.Entry<GroupPerception, BitSet> e : membership.entrySet()) {
        releaseItems(figure, e.getValue(), e.getKey(), e.getKey().items(), items, favourable, scale);
      }
      figures.put(figure.name, figure);
    }

    /**
     * Reads the item results of one set for one dimension: none, or every item of it, each with the n,
     * mean and shares the auditor computes over the set's members in the population.
     */
    private void releaseItems(Figure figure, BitSet members, GroupPerception group, List<ItemResult> results,
        List<Item> items, int favourable, Scale scale) {
      Map<String, ItemResult> byId = new HashMap<>();
      for (ItemResult r : results) {
        byId.put(r.itemId(), r);
      }
      int present = 0;
      for (Item item : items) {
        present += byId.containsKey(item.id()) ? 1 : 0;
      }
      if (present == 0) {
        return;
      }
      String who = group == null ? "the organization" : "group " + group.attribute();
      if (present != items.size()) {
        inconsistent(figure.name, who + " reports " + present + " of the " + items.size() + " items");
      }
      figure.releasedSets.add(members);
      if (group != null) {
        figure.releasedGroups.add(List.of(group.attribute(), group.value()));
      }
      BitSet counted = and(members, figure.population);
      for (Item item : items) {
        ItemResult r = byId.get(item.id());
        if (r == null) {
          continue;
        }
        long sum = 0;
        int[] bands = new int[3];
        for (int i = counted.nextSetBit(0); i >= 0; i = counted.nextSetBit(i + 1)) {
          int answer = responses.get(i).answers().get(item.id());
          int keyed = item.isReverseKeyed() ? scale.lowest() + scale.highest() - answer : answer;
          sum += keyed;
          // Top `favourable` options favourable, bottom `favourable` unfavourable, the rest neutral.
          bands[keyed > scale.highest() - favourable ? 0 : keyed < scale.lowest() + favourable ? 2 : 1]++;
        }
        int count = counted.cardinality();
        if (r.n() != count) {
          inconsistent(figure.name, who + " reports n " + r.n() + " for " + item.id() + " where the auditor counts "
              + count);
          continue;
        }
        if (count == 0) {
          continue;
        }
        double[] expected = {(double) sum / count, (double) bands[0] / count, (double) bands[1] / count,
            (double) bands[2] / count};
        double[] reported = {r.mean().isDefined() ? r.mean().value() : Double.NaN,
            r.favourableShare().isDefined() ? r.favourableShare().value() : Double.NaN,
            r.neutralShare().isDefined() ? r.neutralShare().value() : Double.NaN,
            r.unfavourableShare().isDefined() ? r.unfavourableShare().value() : Double.NaN};
        for (int j = 0; j < expected.length; j++) {
          if (!(Math.abs(expected[j] - reported[j]) <= 1e-9)) {
            inconsistent(figure.name, who + " reports for " + item.id() + " figures the auditor does not get from"
                + " its members who answered every item");
            break;
          }
        }
      }
    }

    private void release(Figure figure, BitSet members, GroupPerception group, int reportedN) {
      figure.releasedSets.add(members);
      String who = group == null ? "the organization" : "group " + group.attribute();
      if (group != null) {
        figure.releasedGroups.add(List.of(group.attribute(), group.value()));
      }
      int expected = and(members, figure.population).cardinality();
      if (reportedN != expected) {
        inconsistent(figure.name, who + " reports n " + reportedN + " where the auditor counts " + expected);
      }
    }

    private void checkItem(Figure figure, EngagementShare share, Item item) {
      if (!share.itemId().equals(item.id())) {
        inconsistent(figure.name, "a share of item " + share.itemId() + " where the question's first item is "
            + item.id());
      }
    }
  }

  /** An answer counts when it is an option of the scale (not missing, not "don't know"). */
  private static boolean answered(Response response, Item item, Scale scale) {
    Integer code = response.answers().get(item.id());
    return code != null && scale.contains(code);
  }

  private static List<Leak> withinAttribute(Figure figure, Release release, PerceptionPolicy policy,
      String label) {
    if (figure.releasedSets.isEmpty()) {
      return List.of();
    }
    List<Leak> leaks = new ArrayList<>();
    int k = policy.anonymityThreshold();
    for (String attribute : policy.groupBy()) {
      TreeSet<String> hidden = new TreeSet<>();
      for (int i = figure.population.nextSetBit(0); i >= 0; i = figure.population.nextSetBit(i + 1)) {
        Response r = release.responses.get(i);
        Optional<String> value = r.respondent().groupValue(attribute);
        if (value.isEmpty() || !figure.releasedGroups.contains(List.of(attribute, value.get()))) {
          hidden.add(r.respondent().id());
        }
      }
      if (!hidden.isEmpty() && hidden.size() < k) {
        leaks.add(new Leak(Kind.WITHIN_ATTRIBUTE, label + figure.name, new ArrayList<>(hidden),
            "hidden units of " + attribute + " total " + hidden.size()));
      }
    }
    return leaks;
  }

  private static Leak leak(Kind kind, String population, BitSet elements, int[] personOf, List<String> personIds,
      int vectors) {
    TreeSet<String> ids = new TreeSet<>();
    for (int e = elements.nextSetBit(0); e >= 0; e = elements.nextSetBit(e + 1)) {
      ids.add(personIds.get(personOf[e]));
    }
    return new Leak(kind, population, new ArrayList<>(ids),
        ids.size() + " respondent(s) in the span of " + vectors + " released set(s)");
  }

  private static Leak signedLeak(String population, SignedSet found, int[] personOf, List<String> personIds,
      int vectors) {
    TreeSet<String> ids = new TreeSet<>();
    TreeSet<String> plus = new TreeSet<>();
    TreeSet<String> minus = new TreeSet<>();
    BitSet p = found.plus();
    BitSet m = found.minus();
    for (int e = p.nextSetBit(0); e >= 0; e = p.nextSetBit(e + 1)) {
      plus.add(personIds.get(personOf[e]));
    }
    for (int e = m.nextSetBit(0); e >= 0; e = m.nextSetBit(e + 1)) {
      minus.add(personIds.get(personOf[e]));
    }
    ids.addAll(plus);
    ids.addAll(minus);
    return new Leak(Kind.SIGNED, population, new ArrayList<>(ids), ids.size() + " respondent(s): " + plus
        + " minus " + minus + " in the span of " + vectors + " released set(s)");
  }

  /** Each response's element: a new one unless a response with the same id and answers to the items was seen. */
  private static int[] elements(List<Response> responses, List<String> items, Map<List<Object>, Integer> elementOf,
      Map<String, Integer> personOfId, List<String> personIds, List<Integer> personOfElement) {
    int[] out = new int[responses.size()];
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      String id = r.respondent().id();
      Map<String, Integer> answers = new HashMap<>();
      for (String item : items) {
        Integer answer = r.answers().get(item);
        if (answer != null) {
          answers.put(item, answer);
        }
      }
      List<Object> key = List.of(id, answers);
      Integer element = elementOf.get(key);
      if (element == null) {
        element = personOfElement.size();
        elementOf.put(key, element);
        Integer person = personOfId.get(id);
        if (person == null) {
          person = personIds.size();
          personOfId.put(id, person);
          personIds.add(id);
        }
        personOfElement.add(person);
      }
      out[i] = element;
    }
    return out;
  }

  private static Figure companion(Figure figure) {
    return figure == null ? null : figure.companion;
  }

  /** Adds a release's sets of a figure, renumbered as elements: restricted to the population, and in full. */
  private static void lift(Figure figure, int[] elementOfRow, List<BitSet> restricted, List<BitSet> full) {
    if (figure == null) {
      return;
    }
    for (BitSet set : figure.releasedSets) {
      BitSet r = new BitSet();
      BitSet f = new BitSet();
      for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
        f.set(elementOfRow[i]);
        if (figure.population.get(i)) {
          r.set(elementOfRow[i]);
        }
      }
      restricted.add(r);
      full.add(f);
    }
  }

  private static BitSet and(BitSet a, BitSet b) {
    BitSet out = (BitSet) a.clone();
    out.and(b);
    return out;
  }

  // ---------------------------------------------------------------------------------------------------
  // The span search

  /** One search for small unions of classes in the span of the released vectors. */
  private static final class Search {
    private final List<BitSet> members;
    private final int[] personOf;
    private final int maxPersons;
    /** Null space of the class-by-vector matrix; see {@link NullSpace}. */
    private final NullSpace nullSpace;
    /** Whether classes may also be weighted −1. */
    private final boolean signed;
    /** Each solution's elements, and those of them weighted −1. */
    private final List<BitSet> solutions = new ArrayList<>();
    private final List<BitSet> negative = new ArrayList<>();
    private boolean full;

    Search(List<BitSet> signatures, List<BitSet> members, int vectorCount, int[] personOf, int maxPersons,
        boolean signed) {
      this.members = members;
      this.personOf = personOf;
      this.maxPersons = maxPersons;
      this.signed = signed;
      this.nullSpace = NullSpace.of(signatures, vectorCount);
    }

    BitSet support(int solution) {
      return (BitSet) solutions.get(solution).clone();
    }

    BitSet minus(int solution) {
      return (BitSet) negative.get(solution).clone();
    }

    /** Runs the search; returns the indices of the solutions whose support holds no other's. */
    List<Integer> run() {
      int classes = members.size();
      // A person's two elements count half each: a union's half-weight is then at most twice its persons.
      Map<Integer, Integer> multiplicity = new HashMap<>();
      for (BitSet m : members) {
        for (int e = m.nextSetBit(0); e >= 0; e = m.nextSetBit(e + 1)) {
          multiplicity.merge(personOf[e], 1, Integer::sum);
        }
      }
      multiplicity.values().forEach(count -> {
        if (count > 2) {
          throw new IllegalArgumentException("a person has more than two elements");
        }
      });
      int budget = 2 * maxPersons;
      List<Integer> candidates = new ArrayList<>();
      List<Integer> weights = new ArrayList<>();
      for (int c = 0; c < classes; c++) {
        int weight = 0;
        BitSet m = members.get(c);
        for (int e = m.nextSetBit(0); e >= 0; e = m.nextSetBit(e + 1)) {
          weight += multiplicity.get(personOf[e]) == 1 ? 2 : 1;
        }
        if (weight > budget || persons(m) > maxPersons) {
          continue;
        }
        if (nullSpace.isZero(c)) {
          // The class alone is in the span; a larger union holding it is never minimal.
          consider(new int[] {c}, new int[] {1});
        } else {
          candidates.add(c);
          weights.add(weight);
        }
      }
      meetInTheMiddle(candidates.stream().mapToInt(Integer::intValue).toArray(),
          weights.stream().mapToInt(Integer::intValue).toArray(), budget);
      return minimal();
    }

    /**
     * Every union T of candidates with weight at most the budget whose fingerprints sum to zero: T, in
     * candidate order, splits into its first ceil(|T| / 2) classes A and the rest B, all of B after A; the B
     * sets are tabulated by fingerprint and each A looks up the negation of its own.
     */
    private void meetInTheMiddle(int[] classes, int[] weight, int budget) {
      // Signed: each class of T is weighted +1 or −1, the first of A always +1 (a combination and its
      // negation are one disclosure); B's table holds every sign pattern.
      int m = classes.length;
      if (m == 0) {
        return;
      }
      long[] f1 = new long[m];
      long[] f2 = new long[m];
      for (int i = 0; i < m; i++) {
        f1[i] = nullSpace.fingerprint(classes[i], 0);
        f2[i] = nullSpace.fingerprint(classes[i], 1);
      }
      int[] sorted = weight.clone();
      Arrays.sort(sorted);
      int most = 0;
      for (int acc = 0; most < m && acc + sorted[most] <= budget; most++) {
        acc += sorted[most];
      }
      if (most == 0) {
        return;
      }
      int lightest = sorted[0];
      int leftSize = (most + 1) / 2;
      int rightSize = most / 2;
      Map<Fingerprint, List<int[][]>> right = new HashMap<>();
      // A set of s classes on either side leaves at least s - 1 (left) or s (right) classes to the other.
      Enumerator rightSets = new Enumerator(weight, f1, f2, rightSize, budget - lightest, lightest, signed,
          false) {
        @Override
        void visit(int[] chosen, int[] signs, int size, int w, long h1, long h2) {
          right.computeIfAbsent(new Fingerprint(h1, h2), key -> new ArrayList<>())
              .add(new int[][] {Arrays.copyOf(chosen, size), Arrays.copyOf(signs, size)});
        }
      };
      rightSets.run();
      Enumerator leftSets = new Enumerator(weight, f1, f2, leftSize, budget, lightest, signed, true) {
        @Override
        void visit(int[] chosen, int[] signs, int size, int w, long h1, long h2) {
          if (size == 1 && h1 == 0 && h2 == 0) {
            check(chosen, signs, size, null, null, classes);
          }
          List<int[][]> matches = right.get(new Fingerprint(negate(h1), negate(h2)));
          if (matches == null) {
            return;
          }
          for (int[][] match : matches) {
            int[] b = match[0];
            if (b[0] > chosen[size - 1] && (b.length == size || b.length == size - 1)) {
              int total = w;
              for (int x : b) {
                total += weight[x];
              }
              if (total <= budget) {
                check(chosen, signs, size, b, match[1], classes);
              }
            }
          }
        }

        @Override
        boolean stopped() {
          return full;
        }
      };
      leftSets.run();
    }

    private void check(int[] left, int[] leftSigns, int leftSize, int[] right, int[] rightSigns,
        int[] classes) {
      int size = leftSize + (right == null ? 0 : right.length);
      int[] union = new int[size];
      int[] signs = new int[size];
      for (int i = 0; i < leftSize; i++) {
        union[i] = classes[left[i]];
        signs[i] = leftSigns[i];
      }
      for (int i = leftSize; i < size; i++) {
        union[i] = classes[right[i - leftSize]];
        signs[i] = rightSigns[i - leftSize];
      }
      if (nullSpace.sumsToZero(union, signs)) {
        consider(union, signs);
      }
    }

    private void consider(int[] union, int[] signs) {
      BitSet elements = new BitSet();
      BitSet minus = new BitSet();
      for (int i = 0; i < union.length; i++) {
        elements.or(members.get(union[i]));
        if (signs[i] < 0) {
          minus.or(members.get(union[i]));
        }
      }
      int p = persons(elements);
      if (p >= 1 && p <= maxPersons) {
        solutions.add(elements);
        negative.add(minus);
        full = solutions.size() >= MAX_SOLUTIONS;
      }
    }

    private int persons(BitSet elements) {
      Set<Integer> persons = new HashSet<>();
      for (int e = elements.nextSetBit(0); e >= 0; e = elements.nextSetBit(e + 1)) {
        persons.add(personOf[e]);
      }
      return persons.size();
    }

    private List<Integer> minimal() {
      List<Integer> sorted = new ArrayList<>();
      for (int i = 0; i < solutions.size(); i++) {
        sorted.add(i);
      }
      // Among equal supports an indicator comes first, so that a signed one never stands for it.
      sorted.sort(Comparator.<Integer>comparingInt(i -> solutions.get(i).cardinality())
          .thenComparingInt(i -> solutions.get(i).nextSetBit(0))
          .thenComparingInt(i -> negative.get(i).cardinality()));
      List<Integer> kept = new ArrayList<>();
      for (int index : sorted) {
        BitSet candidate = solutions.get(index);
        boolean holdsAnother = false;
        for (int k : kept) {
          BitSet rest = (BitSet) solutions.get(k).clone();
          rest.andNot(candidate);
          if (rest.isEmpty()) {
            holdsAnother = true;
            break;
          }
        }
        if (!holdsAnother) {
          kept.add(index);
        }
      }
      return kept;
    }
  }

  private static long negate(long x) {
    return x == 0 ? 0 : MODULUS - x;
  }

  private static long add(long a, long b) {
    long s = a + b;
    return s >= MODULUS ? s - MODULUS : s;
  }

  /** Two independent fingerprints of a sum of null-space coordinates. */
  private record Fingerprint(long first, long second) {}

  /**
   * Subsets of candidates in increasing order, with their fingerprint sums: up to a size, and of s classes
   * at most {@code maxWeight - (s - 1) * slack} in weight. Prefixes are pruned by the same bound, which only
   * tightens as a set grows.
   */
  private abstract static class Enumerator {
    private final int[] weight;
    private final long[] f1;
    private final long[] f2;
    private final int maxSize;
    private final int maxWeight;
    private final int slack;
    private final boolean signed;
    private final boolean firstPositive;
    private final int[] chosen;
    private final int[] signs;

    Enumerator(int[] weight, long[] f1, long[] f2, int maxSize, int maxWeight, int slack, boolean signed,
        boolean firstPositive) {
      this.weight = weight;
      this.f1 = f1;
      this.f2 = f2;
      this.maxSize = maxSize;
      this.maxWeight = maxWeight;
      this.slack = slack;
      this.signed = signed;
      this.firstPositive = firstPositive;
      this.chosen = new int[Math.max(1, maxSize)];
      this.signs = new int[Math.max(1, maxSize)];
    }

    abstract void visit(int[] chosen, int[] signs, int size, int weight, long h1, long h2);

    boolean stopped() {
      return false;
    }

    void run() {
      if (maxSize > 0) {
        extend(0, 0, 0, 0, 0);
      }
    }

    private void extend(int from, int size, int w, long h1, long h2) {
      for (int i = from; i < weight.length && !stopped(); i++) {
        int nw = w + weight[i];
        if (nw > maxWeight - size * slack) {
          continue;
        }
        chosen[size] = i;
        int lastSign = signed && !(firstPositive && size == 0) ? -1 : 1;
        for (int sign = 1; sign >= lastSign && !stopped(); sign -= 2) {
          signs[size] = sign;
          long n1 = add(h1, sign > 0 ? f1[i] : negate(f1[i]));
          long n2 = add(h2, sign > 0 ? f2[i] : negate(f2[i]));
          visit(chosen, signs, size + 1, nw, n1, n2);
          if (size + 1 < maxSize) {
            extend(i + 1, size + 1, nw, n1, n2);
          }
        }
      }
    }
  }

  /**
   * An integer basis of the null space of the matrix whose rows are the released vectors and whose columns
   * are the classes, by fraction-free Gauss–Jordan elimination (Bareiss): every entry stays an integer minor
   * of the 0/1 matrix, each step divides exactly by the previous pivot, and in the end every pivot equals the
   * last one, D. Each free column f gives the null vector with D at f and −a[i][f] at row i's pivot column.
   * A class's coordinates are its entries in these vectors: D at its own vector for a free class, −a[i][·]
   * for the pivot class of row i.
   */
  private static final class NullSpace {
    private final BigInteger[][] reduced;
    private final int[] rowOfColumn;
    private final int[] freeColumns;
    private final int[] freeIndex;
    private final BigInteger determinant;
    private final long[][] multipliers;

    private NullSpace(BigInteger[][] reduced, int[] rowOfColumn, int[] freeColumns, int[] freeIndex,
        BigInteger determinant) {
      this.reduced = reduced;
      this.rowOfColumn = rowOfColumn;
      this.freeColumns = freeColumns;
      this.freeIndex = freeIndex;
      this.determinant = determinant;
      // Fixed seed: an audit gives the same answer every run. The filter is exact whatever the seed.
      SplittableRandom random = new SplittableRandom(0x5EEDL + freeColumns.length);
      multipliers = new long[2][freeColumns.length];
      for (long[] row : multipliers) {
        for (int f = 0; f < row.length; f++) {
          row[f] = 1 + random.nextLong(MODULUS - 1);
        }
      }
    }

    static NullSpace of(List<BitSet> signatures, int vectorCount) {
      int s = signatures.size();
      int r = vectorCount;
      BigInteger[][] a = new BigInteger[r][s];
      for (int j = 0; j < r; j++) {
        for (int c = 0; c < s; c++) {
          a[j][c] = signatures.get(c).get(j) ? BigInteger.ONE : BigInteger.ZERO;
        }
      }
      int[] rowOfColumn = new int[s];
      Arrays.fill(rowOfColumn, -1);
      BigInteger previous = BigInteger.ONE;
      int rank = 0;
      for (int col = 0; col < s && rank < r; col++) {
        int pivot = -1;
        for (int i = rank; i < r; i++) {
          if (a[i][col].signum() != 0) {
            pivot = i;
            break;
          }
        }
        if (pivot < 0) {
          continue;
        }
        BigInteger[] swap = a[pivot];
        a[pivot] = a[rank];
        a[rank] = swap;
        BigInteger p = a[rank][col];
        for (int i = 0; i < r; i++) {
          if (i == rank) {
            continue;
          }
          BigInteger factor = a[i][col];
          boolean scaleOnly = factor.signum() == 0;
          for (int j = 0; j < s; j++) {
            if (a[i][j].signum() == 0 && (scaleOnly || a[rank][j].signum() == 0)) {
              continue;
            }
            BigInteger numerator = p.multiply(a[i][j]).subtract(factor.multiply(a[rank][j]));
            BigInteger[] qr = numerator.divideAndRemainder(previous);
            if (qr[1].signum() != 0) {
              throw new IllegalStateException("a fraction-free step did not divide exactly");
            }
            a[i][j] = qr[0];
          }
        }
        rowOfColumn[col] = rank;
        previous = p;
        rank++;
      }
      for (int col = 0; col < s; col++) {
        if (rowOfColumn[col] >= 0 && !a[rowOfColumn[col]][col].equals(previous)) {
          throw new IllegalStateException("pivots of the fraction-free reduction differ");
        }
      }
      int[] freeIndex = new int[s];
      Arrays.fill(freeIndex, -1);
      int[] free = new int[s - rank];
      int t = 0;
      for (int col = 0; col < s; col++) {
        if (rowOfColumn[col] < 0) {
          freeIndex[col] = t;
          free[t++] = col;
        }
      }
      return new NullSpace(a, rowOfColumn, free, freeIndex, previous);
    }

    /** Whether every null vector is 0 at the class: the class alone lies in the span. */
    boolean isZero(int c) {
      int row = rowOfColumn[c];
      if (row < 0) {
        return false;
      }
      for (int f : freeColumns) {
        if (reduced[row][f].signum() != 0) {
          return false;
        }
      }
      return true;
    }

    /** The class's coordinates, weighted by one set of random multipliers, modulo 2^61 - 1. */
    long fingerprint(int c, int which) {
      long[] mult = multipliers[which];
      BigInteger sum;
      int row = rowOfColumn[c];
      if (row < 0) {
        sum = determinant.multiply(BigInteger.valueOf(mult[freeIndex[c]]));
      } else {
        sum = BigInteger.ZERO;
        for (int t = 0; t < freeColumns.length; t++) {
          sum = sum.subtract(reduced[row][freeColumns[t]].multiply(BigInteger.valueOf(mult[t])));
        }
      }
      return sum.mod(BIG_MODULUS).longValueExact();
    }

    /** Exactly: whether the classes' coordinates, each times its sign, sum to zero in every null vector. */
    boolean sumsToZero(int[] classes, int[] signs) {
      for (int f : freeColumns) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < classes.length; i++) {
          int c = classes[i];
          int row = rowOfColumn[c];
          BigInteger term;
          if (row < 0) {
            term = c == f ? determinant : BigInteger.ZERO;
          } else {
            term = reduced[row][f].negate();
          }
          sum = signs[i] > 0 ? sum.add(term) : sum.subtract(term);
        }
        if (sum.signum() != 0) {
          return false;
        }
      }
      return true;
    }
  }
}
