package io.github.serviceculture.alignment.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Random organizations for confidentiality properties: skewed group sizes, one-person groups, respondents
 * without a value for an attribute, customer-facing flags that follow departments (so that one attribute's
 * group can sit inside another's), respondents who skip items, a dimension or the whole survey but one
 * dimension, a whole level or department that answers nothing of one dimension beside groups that do, and
 * thresholds from 3 to 6. Seeded: the same arguments give the same survey.
 */
public final class OrganizationSurveys {
  /** The free attribute that joins the three built-in ones. */
  public static final String SITE = "site";

  private static final List<String> ATTRIBUTES =
      List.of(Respondent.LEVEL, Respondent.DEPARTMENT, Respondent.CUSTOMER_FACING, SITE);

  private OrganizationSurveys() {}

  /**
   * One organization's responses and the policy they are scored with.
   *
   * @param responses the responses, on the default instrument
   * @param policy the policy: threshold and grouping attributes
   * @param seed the seed the responses were made from
   */
  public record Scenario(ResponseSet responses, PerceptionPolicy policy, long seed) {
    @Override
    public String toString() {
      return "Scenario{seed " + seed + ", " + responses.responses().size() + " respondents, k "
          + policy.anonymityThreshold() + ", groupBy " + policy.groupBy() + "}";
    }
  }

  /**
   * Two releases of one survey: the responses of the first, and of the second after a change of 1 to k − 1
   * respondents.
   *
   * @param before the first scenario
   * @param after the responses of the second release (same policy)
   * @param change what changed, for a failure message
   */
  public record ReleasePair(Scenario before, ResponseSet after, String change) {
    /**
     * The policy of both releases.
     *
     * @return the policy
     */
    public PerceptionPolicy policy() {
      return before.policy();
    }

    @Override
    public String toString() {
      return "ReleasePair{" + before + ", then " + change + "}";
    }
  }

  /**
   * Organizations of {@code minSize} to {@code maxSize} respondents, grouped by 1 to 4 attributes.
   *
   * @param minSize the fewest respondents, at least 1
   * @param maxSize the most respondents
   * @return the generator
   */
  public static Gen<Scenario> scenarios(int minSize, int maxSize) {
    Gen<Integer> sizes = integers().between(minSize, maxSize);
    Gen<Integer> thresholds = integers().between(PerceptionPolicy.MINIMUM_ANONYMITY_THRESHOLD, 6);
    Gen<Integer> attributeCounts = integers().between(1, ATTRIBUTES.size());
    Gen<Long> seeds = longs().all();
    return in -> scenario(seeds.generate(in), sizes.generate(in), thresholds.generate(in),
        attributeCounts.generate(in));
  }

  /**
   * Pairs of releases: an organization, then the same after 1 to k − 1 respondents joined, left, moved to
   * other groups, answered again, or a mix of these.
   *
   * @param minSize the fewest respondents of the first release, at least 1
   * @param maxSize the most respondents of the first release
   * @return the generator
   */
  public static Gen<ReleasePair> releasePairs(int minSize, int maxSize) {
    Gen<Scenario> scenarios = scenarios(minSize, maxSize);
    Gen<Long> seeds = longs().all();
    return in -> changed(scenarios.generate(in), seeds.generate(in));
  }

  /**
   * The second release of a pair: 1 to k − 1 respondents joined, left, moved to other groups, answered
   * again, or a mix of these, all chosen by the seed.
   *
   * @param before the first release's scenario
   * @param seed the seed
   * @return the pair
   */
  public static ReleasePair changed(Scenario before, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return change(before, Change.values()[random.nextInt(Change.values().length)], random.nextLong());
  }

  /**
   * One organization.
   *
   * @param seed the seed
   * @param size the number of respondents
   * @param threshold the anonymity threshold
   * @param attributeCount how many of level, department, customerFacing and site to group by
   * @return the scenario
   */
  public static Scenario scenario(long seed, int size, int threshold, int attributeCount) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> attributes = new ArrayList<>(ATTRIBUTES);
    Collections.shuffle(attributes, new java.util.Random(random.nextLong()));
    PerceptionPolicy policy = PerceptionPolicy.defaults().withAnonymityThreshold(threshold)
        .withGroupBy(attributes.subList(0, attributeCount));
    Profiles profiles = new Profiles(random, size);
    Answers answers = new Answers(random);
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      Respondent respondent = profiles.respondent(random, "r" + r, r);
      responses.add(Response.of(respondent, answers.of(random, respondent)));
    }
    return new Scenario(ResponseSet.of(DefaultInstrument.instrument(), responses), policy, seed);
  }

  /** How the second release of a pair differs from the first. */
  private enum Change { JOIN, LEAVE, MOVE, ANSWER_AGAIN, MIX }

  private static ReleasePair change(Scenario before, Change mode, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>(before.responses().responses());
    int count = 1 + random.nextInt(before.policy().anonymityThreshold() - 1);
    Answers answers = new Answers(random);
    List<String> done = new ArrayList<>();
    Set<Integer> touched = new HashSet<>();
    for (int c = 0; c < count; c++) {
      Change step = mode == Change.MIX ? Change.values()[random.nextInt(Change.MIX.ordinal())] : mode;
      if (step != Change.JOIN && responses.size() <= touched.size() + 1) {
        step = Change.JOIN;
      }
      int who = random.nextInt(responses.size());
      while (step != Change.JOIN && touched.contains(who)) {
        who = random.nextInt(responses.size());
      }
      Response r = responses.get(who);
      Respondent other = responses.get(random.nextInt(responses.size())).respondent();
      switch (step) {
        case JOIN:
          // A profile that already exists, so that the newcomer lands in groups that may be shown.
          Respondent late = other.withId("late" + c);
          responses.add(Response.of(late, answers.of(random, late)));
          touched.add(responses.size() - 1);
          break;
        case LEAVE:
          responses.remove(who);
          touched = shift(touched, who);
          break;
        case MOVE:
          String attribute = ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()));
          responses.set(who, r.withRespondent(moved(r.respondent(), other, attribute)));
          touched.add(who);
          break;
        default:
          responses.set(who, Response.of(r.respondent(), answers.of(random, r.respondent())));
          touched.add(who);
          break;
      }
      done.add(step.name().toLowerCase(java.util.Locale.ROOT));
    }
    return new ReleasePair(before, ResponseSet.of(before.responses().instrument(), responses),
        count + " change(s) " + done + " (seed " + seed + ")");
  }

  /** Indices above a removed one move down by one. */
  private static Set<Integer> shift(Set<Integer> touched, int removed) {
    Set<Integer> out = new HashSet<>();
    for (int t : touched) {
      if (t != removed) {
        out.add(t > removed ? t - 1 : t);
      }
    }
    return out;
  }

  /** The respondent with one attribute taken from another (possibly the same value, or none). */
  private static Respondent moved(Respondent who, Respondent from, String attribute) {
    switch (attribute) {
      case Respondent.LEVEL:
        return who.withLevel(from.level());
      case Respondent.DEPARTMENT:
        return who.withDepartment(from.department());
      case Respondent.CUSTOMER_FACING:
        return who.withCustomerFacing(from.customerFacing());
      default:
        Map<String, String> attributes = new HashMap<>(who.attributes());
        attributes.remove(attribute);
        from.groupValue(attribute).ifPresent(v -> attributes.put(attribute, v));
        return who.withAttributes(attributes);
    }
  }

  /** Skewed distributions of the four attributes for one organization. */
  private static final class Profiles {
    private final double[] departmentWeights;
    private final double[] siteWeights;
    private final double[] levelWeights;
    /** Per department: the chance a member faces customers (0 or 1 for whole departments). */
    private final double[] customerFacing;
    /** Per attribute: the chance a respondent has no value. */
    private final Map<String, Double> missing = new HashMap<>();
    /** Respondent index to a one-person department or site. */
    private final Map<Integer, String> soloDepartment = new HashMap<>();
    private final Map<Integer, String> soloSite = new HashMap<>();

    Profiles(SplittableRandom random, int size) {
      departmentWeights = zipf(random, 1 + random.nextInt(8));
      siteWeights = zipf(random, 1 + random.nextInt(5));
      levelWeights = new double[] {0.01 + 0.1 * random.nextDouble(), 0.03 + 0.2 * random.nextDouble(),
          random.nextInt(2) * 0.2 * random.nextDouble(), 0.5 + random.nextDouble()};
      customerFacing = new double[departmentWeights.length];
      for (int d = 0; d < customerFacing.length; d++) {
        int kind = random.nextInt(3);
        customerFacing[d] = kind == 0 ? 0 : kind == 1 ? 1 : random.nextDouble();
      }
      for (String attribute : ATTRIBUTES) {
        missing.put(attribute, random.nextBoolean() ? 0 : 0.15 * random.nextDouble());
      }
      if (random.nextBoolean()) {
        int solos = 1 + random.nextInt(3);
        for (int s = 0; s < solos; s++) {
          soloDepartment.put(random.nextInt(size), "solo-d" + s);
        }
      }
      if (random.nextBoolean()) {
        soloSite.put(random.nextInt(size), "solo-s");
      }
    }

    /** Weights 1 / (rank + 1)^s with s in [0, 2.5): from even groups to one dominant group. */
    private static double[] zipf(SplittableRandom random, int count) {
      double s = 2.5 * random.nextDouble();
      double[] w = new double[count];
      for (int i = 0; i < count; i++) {
        w[i] = 1 / Math.pow(i + 1, s);
      }
      return w;
    }

    private static int pick(SplittableRandom random, double[] weights) {
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double x = random.nextDouble() * total;
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    private boolean has(SplittableRandom random, String attribute) {
      return random.nextDouble() >= missing.get(attribute);
    }

    Respondent respondent(SplittableRandom random, String id, int index) {
      Respondent.Builder b = Respondent.builder().id(id);
      int department = pick(random, departmentWeights);
      if (has(random, Respondent.DEPARTMENT)) {
        b.department(soloDepartment.getOrDefault(index, "dept" + department));
      }
      if (has(random, Respondent.LEVEL)) {
        b.level(new Level[] {Level.EXECUTIVE, Level.MANAGER, Level.SUPERVISOR, Level.FRONTLINE}
            [pick(random, levelWeights)]);
      }
      if (has(random, Respondent.CUSTOMER_FACING)) {
        b.customerFacing(random.nextDouble() < customerFacing[department]);
      }
      if (has(random, SITE)) {
        b.putAttribute(SITE, soloSite.getOrDefault(index, "site" + pick(random, siteWeights)));
      }
      return b.build();
    }
  }

  /** How the respondents of one organization answer. */
  private static final class Answers {
    private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
    /** A dimension many respondents skip in this organization, or null. */
    private final Dimension skipped;
    private final double skipShare;
    private final double partialShare;
    private final double sparseShare;
    /**
     * A dimension that one whole group (a level or a department) answers nothing of, beside groups
     * that do, or null: the executives who skip the goals items while everyone else answers them.
     */
    private final Dimension silentDimension;
    private final String silentAttribute;
    private final String silentValue;

    Answers(SplittableRandom random) {
      List<Dimension> dimensions = new ArrayList<>(INSTRUMENT.dimensions());
      skipped = random.nextInt(3) == 0 ? dimensions.get(random.nextInt(dimensions.size())) : null;
      skipShare = 0.3 + 0.65 * random.nextDouble();
      partialShare = 0.3 * random.nextDouble();
      sparseShare = 0.1 * random.nextDouble();
      silentDimension = random.nextInt(2) == 0 ? dimensions.get(random.nextInt(dimensions.size())) : null;
      boolean byLevel = random.nextInt(3) > 0;
      silentAttribute = byLevel ? Respondent.LEVEL : Respondent.DEPARTMENT;
      silentValue = byLevel ? List.of(Level.EXECUTIVE, Level.MANAGER, Level.SUPERVISOR).get(random.nextInt(3)).name()
          : "dept" + random.nextInt(3);
    }

    Map<String, Integer> of(SplittableRandom random, Respondent respondent) {
      Dimension silent = silentDimension != null
          && respondent.groupValue(silentAttribute).filter(silentValue::equals).isPresent() ? silentDimension : null;
      Map<Dimension, Double> latent = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        latent.put(d, 1 + 4 * random.nextDouble());
      }
      double kind = random.nextDouble();
      double missingRate = kind < sparseShare ? 0 : kind < sparseShare + partialShare
          ? 0.1 + 0.6 * random.nextDouble() : 0;
      // A sparse respondent answers one dimension's items (engagement items sit in VISION) and nothing else.
      Dimension only = kind < sparseShare
          ? new ArrayList<>(INSTRUMENT.dimensions()).get(random.nextInt(INSTRUMENT.dimensions().size())) : null;
      boolean skips = skipped != null && random.nextDouble() < skipShare;
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : INSTRUMENT.items()) {
        if ((only != null && item.dimension() != only) || (skips && item.dimension() == skipped)
            || item.dimension() == silent || random.nextDouble() < missingRate) {
          continue;
        }
        double x = latent.get(item.dimension()) + random.nextGaussian() * 0.8;
        int answer = (int) Math.max(1, Math.min(5, Math.round(x)));
        answers.put(item.id(), item.isReverseKeyed() ? 6 - answer : answer);
      }
      return answers;
    }
  }
}
