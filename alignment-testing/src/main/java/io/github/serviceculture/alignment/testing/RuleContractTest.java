package io.github.serviceculture.alignment.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.EvidenceSource;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.FindingText;
import io.github.serviceculture.alignment.rules.Importance;
import io.github.serviceculture.alignment.rules.Rule;
import io.github.serviceculture.alignment.rules.RuleContext;
import io.github.serviceculture.alignment.rules.RuleOutcome;
import io.github.serviceculture.alignment.rules.RuleThresholds;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every {@link Rule} keeps, as a JUnit test base: extend it, return your rules from
 * {@link #rules()}, and each rule is checked on an empty context, a minimal and a maximal
 * organization, a scored survey, and organizations generated at random (fixed seeds), with and
 * without perceptions and an assessment date.
 *
 * <p>For every rule and context it checks that the rule:
 *
 * <ul>
 *   <li>throws nothing and gives the same outcome twice (deterministic);
 *   <li>raises only findings of its own id and dimension, no more severe than its {@link
 *       Importance} allows ({@link Importance#mostSevere()});
 *   <li>gives each finding a code {@code <rule id>.<KEY>} ({@code KEY} in upper case, digits and
 *       underscores) and a recommendation that is not blank and is not the message;
 *   <li>names real fields in its evidence: a practice reference walks the model's accessors from
 *       {@link Organization} (an index {@code [..]} for a list element, and at most one derived figure,
 *       such as {@code vision.statement.words}, after a plain value); a policy reference is a {@link
 *       RuleThresholds} setting or {@code assessedOn}; a survey reference starts with a dimension or
 *       {@code engagement} and ends with a figure of {@link PerceptionFigures}, {@link EngagementShare}
 *       or {@link PerceptionGap}; a group reference is {@code attribute=value} of a reported group;
 *   <li>puts its parameters in its text: when {@link #texts()} has a template for the code, the
 *       template names every parameter and, filled with them, gives exactly the finding's message and
 *       recommendation; otherwise each parameter's value appears in the message or recommendation.
 * </ul>
 *
 * <p>Failures name the rule, the context and the finding.
 *
 * <p>JUnit finds the two test factories by reflection, so this package must be open to it. On the
 * class path it is. Where it is not (a named module's tests that compile this class into the module,
 * as alignment-core's do), override both factories with {@code @TestFactory} methods that call
 * {@code super}: JUnit then reflects on the subclass only.
 */
public abstract class RuleContractTest {
  private static final Pattern CODE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)");
  /** An index such as {@code [0]} or {@code ["Close 40 tickets a day"]}, whose text may hold brackets. */
  private static final Pattern INDEX = Pattern.compile("\\[(?:\".*?\"|[^\\]\"]*)\\](?=\\.|$)");
  private static final LocalDate ASSESSED_ON = LocalDate.of(2026, 3, 31);
  private static final int GENERATED = 40;

  /** For subclasses. */
  protected RuleContractTest() {}

  /**
   * The rules under test.
   *
   * @return at least one rule
   */
  protected abstract List<Rule> rules();

  /**
   * The templates the findings' text is checked against: the built-in English ones unless
   * overridden, for example with {@code FindingText.of(ResourceBundle.getBundle("my.rules.messages"))}.
   *
   * @return the templates
   */
  protected FindingText texts() {
    return FindingText.builtIn(Locale.ENGLISH);
  }

  /** A named context. */
  private record Case(String name, RuleContext context) {}

  private static RuleContext.Builder base() {
    return RuleContext.builder().thresholds(RuleThresholds.defaults());
  }

  private static PerceptionReport survey() {
    return PerceptionScorer.of(PerceptionPolicy.defaults()).score(SurveyFixtures.generated(7, 60, 0.6));
  }

  /** The fixed contexts: nothing, a minimal and a maximal organization, a survey, and both. */
  private static List<Case> fixedCases() {
    Organization minimal = Organization.builder().name("Minimal").build();
    Organization maximal = ModelGenerators.maximalOrganization();
    PerceptionReport survey = survey();
    return List.of(
        new Case("an empty context", base().build()),
        new Case("a minimal organization", base().practices(minimal).build()),
        new Case("a minimal organization, dated", base().practices(minimal).assessedOn(ASSESSED_ON).build()),
        new Case("a maximal organization", base().practices(maximal).build()),
        new Case("a maximal organization, dated, with a survey",
            base().practices(maximal).perceptions(survey).assessedOn(ASSESSED_ON).build()),
        new Case("a survey only", base().perceptions(survey).build()));
  }

  /**
   * Each rule on the fixed contexts.
   *
   * @return one test per rule
   */
  @TestFactory
  protected Stream<DynamicTest> eachRuleKeepsTheContractOnTheFixedContexts() {
    List<Rule> rules = rules();
    assertFalse(rules.isEmpty(), "rules() gave no rule");
    List<Case> cases = fixedCases();
    return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      for (Case c : cases) {
        check(rule, c);
      }
    }));
  }

  /**
   * Each rule on generated organizations, with and without a survey.
   *
   * @return one test per rule
   */
  @TestFactory
  protected Stream<DynamicTest> eachRuleKeepsTheContractOnGeneratedOrganizations() {
    PerceptionReport survey = survey();
    return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () ->
        qt().withFixedSeed(20261203L).withExamples(GENERATED).forAll(ModelGenerators.organizations())
            .checkAssert(org -> {
              check(rule, new Case("a generated organization " + org, base().practices(org).build()));
              check(rule, new Case("a generated organization, dated, with a survey " + org,
                  base().practices(org).perceptions(survey).assessedOn(ASSESSED_ON).build()));
            })));
  }

  private void check(Rule rule, Case c) {
    String where = rule.id() + " on " + c.name();
    RuleOutcome first;
    RuleOutcome second;
    try {
      first = rule.evaluate(c.context());
      second = rule.evaluate(c.context());
    } catch (RuntimeException e) {
      throw new AssertionError(where + " threw " + e, e);
    }
    assertEquals(first, second, where + ": two evaluations differ");
    for (Finding finding : first.findings()) {
      checkFinding(rule, c.context(), finding, where + ", finding " + finding.code());
    }
  }

  private void checkFinding(Rule rule, RuleContext context, Finding finding, String where) {
    assertEquals(rule.id(), finding.ruleId(), where + ": rule id");
    assertEquals(rule.dimension(), finding.dimension(), where + ": dimension");
    assertTrue(finding.severity().compareTo(rule.importance().mostSevere()) >= 0,
        where + ": " + finding.severity() + " is more severe than a rule of importance " + rule.importance()
            + " may raise");
    String prefix = rule.id() + ".";
    assertTrue(finding.code().startsWith(prefix) && CODE_KEY.matcher(finding.code().substring(prefix.length()))
        .matches(), where + ": the code must be " + prefix + "KEY, KEY in upper case, digits and underscores");
    assertFalse(finding.recommendation().isBlank(), where + ": blank recommendation");
    assertFalse(finding.recommendation().strip().equals(finding.message().strip()),
        where + ": the recommendation repeats the message");
    for (Evidence evidence : finding.evidence()) {
      checkEvidence(context, evidence, where);
    }
    checkParameters(finding, where);
  }

  private void checkParameters(Finding finding, String where) {
    FindingText texts = texts();
    Optional<String> message = texts.messageTemplate(finding.code());
    Optional<String> recommendation = texts.recommendationTemplate(finding.code());
    if (message.isPresent() || recommendation.isPresent()) {
      assertTrue(message.isPresent() && recommendation.isPresent(),
          where + ": the templates must give both the message and the recommendation");
      Set<String> named = new LinkedHashSet<>();
      for (String template : List.of(message.get(), recommendation.get())) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
          named.add(m.group(1));
        }
      }
      for (String parameter : finding.parameters().keySet()) {
        assertTrue(named.contains(parameter), where + ": the templates do not use parameter " + parameter);
      }
      assertEquals(finding.message(), texts.message(finding), where + ": the message is not its template filled");
      assertEquals(finding.recommendation(), texts.recommendation(finding),
          where + ": the recommendation is not its template filled");
      return;
    }
    String text = finding.message() + "\n" + finding.recommendation();
    for (Map.Entry<String, Object> parameter : finding.parameters().entrySet()) {
      assertTrue(renderings(parameter.getValue()).stream().anyMatch(text::contains),
          where + ": parameter " + parameter.getKey() + " (" + parameter.getValue()
              + ") appears in neither the message nor the recommendation");
    }
  }

  /** The ways a parameter's value may be written in a text. */
  private static List<String> renderings(Object value) {
    if (!(value instanceof Double)) {
      return List.of(String.valueOf(value));
    }
    double number = (Double) value;
    List<String> forms = new ArrayList<>();
    for (int decimals = 0; decimals <= 6; decimals++) {
      forms.add(FindingText.format("{x,number," + decimals + "}", Map.of("x", number)));
      forms.add(FindingText.format("{x,fixed," + decimals + "}", Map.of("x", number)));
    }
    forms.add(FindingText.format("{x,money}", Map.of("x", number)));
    forms.add(String.valueOf(number));
    return forms;
  }

  private static void checkEvidence(RuleContext context, Evidence evidence, String where) {
    String reference = evidence.reference();
    String at = where + ": evidence " + evidence.source() + " " + reference;
    switch (evidence.source()) {
      case PRACTICE -> checkPracticePath(reference, at);
      case POLICY -> {
        String setting = reference.startsWith("thresholds.") ? reference.substring("thresholds.".length())
            : reference;
        assertTrue(setting.equals("assessedOn") || hasAccessor(RuleThresholds.class, setting),
            at + " names no RuleThresholds setting");
      }
      case SURVEY -> {
        String[] parts = INDEX.matcher(reference).replaceAll("").split("\\.");
        assertTrue(parts.length >= 2 && (parts[0].equals("engagement") || parts[0].equals("drivers")
            || isDimension(parts[0])), at + " must start with a dimension, engagement or drivers");
        String last = parts[parts.length - 1];
        boolean drivers = parts[0].equals("drivers") || parts[1].equals("drivers");
        assertTrue(drivers ? hasAccessor(Drivers.class, last) || hasAccessor(DriverFigures.class, last)
            : hasAccessor(PerceptionFigures.class, last) || hasAccessor(EngagementShare.class, last)
                || hasAccessor(PerceptionGap.class, last) || last.equals("interval"),
            at + " ends in no figure of PerceptionFigures, EngagementShare, PerceptionGap, Drivers or DriverFigures");
      }
      case GROUP -> {
        int equals = reference.indexOf('=');
        assertTrue(equals > 0, at + " must be attribute=value");
        String attribute = reference.substring(0, equals);
        String value = reference.substring(equals + 1);
        List<GroupPerception> groups = context.perceptions().map(PerceptionReport::groups).orElse(List.of());
        assertTrue(groups.stream().anyMatch(g -> g.attribute().equals(attribute) && g.value().equals(value)),
            at + " names no reported group");
      }
      default -> fail(at + ": unknown source");
    }
  }

  private static boolean isDimension(String name) {
    for (Dimension d : Dimension.values()) {
      if (d.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks a practice path such as {@code goals["Lift..."].scope} through the model's accessors. After
   * a plain value (text, number, enumeration, date) one more segment may name a figure derived from
   * it, such as {@code vision.statement.words}.
   */
  private static void checkPracticePath(String reference, String at) {
    String path = INDEX.matcher(reference).replaceAll("");
    Type type = Organization.class;
    boolean derived = false;
    for (String segment : path.split("\\.")) {
      assertFalse(derived, at + ": nothing may follow a derived figure");
      Class<?> raw = raw(type);
      if (!isModel(raw)) {
        derived = true;
        continue;
      }
      Method accessor = accessor(raw, segment);
      assertTrue(accessor != null, at + ": " + raw.getSimpleName() + " has no accessor " + segment);
      type = element(accessor.getGenericReturnType());
    }
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().equals(Organization.class.getPackageName()) && !type.isEnum();
  }

  /** The type a value holds: the element of an Optional, a List, a Set or a Collection, or itself. */
  private static Type element(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
        return p.getActualTypeArguments()[0];
      }
      if (Map.class.isAssignableFrom(raw)) {
        return p.getActualTypeArguments()[1];
      }
    }
    return type;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static boolean hasAccessor(Class<?> type, String name) {
    return accessor(type, name) != null;
  }

  private static Method accessor(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
          && m.getName().equals(name)) {
        return m;
      }
    }
    return null;
  }

}
