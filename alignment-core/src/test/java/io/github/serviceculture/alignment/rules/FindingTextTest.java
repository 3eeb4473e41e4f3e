package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Templates, parameters and a second language, through the public API. */
class FindingTextTest {
  private static RuleContext practices(Organization org) {
    return RuleContext.builder().practices(org).thresholds(RuleThresholds.defaults()).build();
  }

  private static Finding only(String ruleId, RuleContext context) {
    Rule rule = BuiltInRules.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    List<Finding> findings = rule.evaluate(context).findings();
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  private static Finding noVision() {
    return only("VISION.DEFINED", practices(Organization.builder().name("Acme").noVision(true).build()));
  }

  @Test
  void aBuiltInFindingHasACodeAndTheParametersItsMessageIsMadeFrom() {
    Finding finding = noVision();
    assertEquals("VISION.DEFINED.MISSING", finding.code());
    assertEquals(Map.of("organization", "Acme"), finding.parameters());
    assertTrue(finding.message().startsWith("Acme has no customer service vision"), finding.message());
  }

  @Test
  void aFrenchBundleOnTheClassPathTranslatesTheFindingsItHasAndLeavesTheOthersInEnglish() {
    Finding finding = noVision();
    FindingText french = FindingText.builtIn(Locale.FRENCH);
    assertEquals("Acme n'a pas de vision du service client : objectifs, recrutement, formation, autonomie et"
        + " leadership n'ont rien de commun à quoi s'aligner.", french.message(finding));
    assertEquals("Écrivez en une phrase la vision du service que vous rendez dans vos meilleurs jours.",
        french.recommendation(finding));
    // Canada's French finds the same bundle; English, German and the root locale give the English text.
    assertEquals(french.message(finding), FindingText.builtIn(Locale.CANADA_FRENCH).message(finding));
    for (Locale english : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ROOT)) {
      assertEquals(finding.message(), FindingText.builtIn(english).message(finding), english.toString());
      assertEquals(finding.recommendation(), FindingText.builtIn(english).recommendation(finding));
    }

    Finding turnover = only("HIRING.TURNOVER", practices(Organization.builder().name("Acme")
        .hiring(HiringPractice.builder().turnover(TurnoverFigures.builder().averageHeadcount(100)
            .separationsPerYear(45).costPerSeparation(3600).build()).build()).build()));
    assertEquals("Le taux de rotation annuel est de 45 %, soit environ 162,000 par an, au-dessus du seuil de 30 %.",
        french.message(turnover));
    // Not translated: the English recommendation.
    assertEquals(turnover.recommendation(), french.recommendation(turnover));
  }

  @Test
  void aPlatformsOwnBundleTranslatesByCodeAndFallsBackToTheEnglishText() {
    ResourceBundle mine = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"VISION.DEFINED.MISSING.message", "Keine Vision bei {organization}."}};
      }
    };
    Finding finding = noVision();
    assertEquals("Keine Vision bei Acme.", FindingText.of(mine).message(finding));
    assertEquals(finding.recommendation(), FindingText.of(mine).recommendation(finding));
    assertEquals("Keine Vision bei {organization}.", FindingText.of(mine).messageTemplate(finding.code()).orElseThrow());
    assertTrue(FindingText.of(mine).recommendationTemplate(finding.code()).isEmpty());
  }

  @Test
  void aTranslationsUnknownPlaceholderStaysAsWrittenRatherThanFailing() {
    ResourceBundle typo = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"VISION.DEFINED.MISSING.message", "Keine Vision bei {organisation}."}};
      }
    };
    assertEquals("Keine Vision bei {organisation}.", FindingText.of(typo).message(noVision()));
  }

  @Test
  void formatWritesNumbersAsTheEnglishMessagesDo() {
    Map<String, Object> p = Map.of("whole", 41L, "share", 62.5, "round", 40.0, "rwg", 0.4, "cost", 162000.0,
        "yes", true, "name", "IT");
    assertEquals("41 62.5 40 0.40 0.4 162,000 true IT", FindingText.format(
        "{whole} {share} {round} {rwg,fixed,2} {rwg,number,2} {cost,money} {yes} {name}", p));
    assertEquals("0.667", FindingText.format("{x,number,3}", Map.of("x", 2.0 / 3)));
  }

  @Test
  void anOptionalSectionIsWrittenOnlyWhenEveryParameterItNamesIsGiven() {
    String template = "Goal is measured by a {kind} metric[ ({metric})].";
    assertEquals("Goal is measured by a SPEED metric (AHT).",
        FindingText.format(template, Map.of("kind", "SPEED", "metric", "AHT")));
    assertEquals("Goal is measured by a SPEED metric.", FindingText.format(template, Map.of("kind", "SPEED")));
  }

  @Test
  void aConditionChoosesASectionByAParametersValue() {
    String template = "[{q=A}First.][{q=B}Second.]";
    assertEquals("First.", FindingText.format(template, Map.of("q", "A")));
    assertEquals("Second.", FindingText.format(template, Map.of("q", "B")));
    assertEquals("", FindingText.format(template, Map.of("q", "C")));
    assertEquals("", FindingText.format(template, Map.of()));
  }

  @Test
  void formatRefusesAPlaceholderWithoutItsParameterOrWithAnUnknownFormat() {
    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> FindingText.format("{words} words", Map.of("count", 3L)));
    assertTrue(missing.getMessage().contains("{words}") && missing.getMessage().contains("[count]"),
        missing.getMessage());
    InvalidValueException format = assertThrows(InvalidValueException.class,
        () -> FindingText.format("{name,fixed,2}", Map.of("name", "IT")));
    assertTrue(format.getMessage().contains("unknown format"), format.getMessage());
    assertThrows(InvalidValueException.class, () -> FindingText.format("{x,fixed,9}", Map.of("x", 1.0)));
  }

  @Test
  void theBuilderKeepsParametersTypedAndSortedByName() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("zeta", 3);
    given.put("alpha", Dimension.GOALS);
    given.put("mid", 1.5f);
    Finding finding = Finding.builder().ruleId("X.Y").dimension(Dimension.GOALS).severity(Severity.INFO)
        .message("m").recommendation("r").addEvidence(Evidence.practice("goals", "none")).parameters(given).build();
    assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(finding.parameters().keySet()));
    assertEquals("GOALS", finding.parameters().get("alpha"));
    assertEquals(1.5, finding.parameters().get("mid"));
    assertEquals(3L, finding.parameters().get("zeta"));
    assertEquals("X.Y", finding.code(), "the code is the rule id unless set");
  }

  @Test
  void aParameterOfAnotherTypeOrWithABadNameIsRefused() {
    Finding.Builder builder = Finding.builder().ruleId("X.Y").dimension(Dimension.GOALS).severity(Severity.INFO)
        .message("m").recommendation("r").addEvidence(Evidence.practice("goals", "none"));
    InvalidValueException type = assertThrows(InvalidValueException.class,
        () -> builder.putParameter("when", java.time.LocalDate.of(2026, 1, 1)).build());
    assertTrue(type.getMessage().contains("parameters.when"), type.getMessage());
    Finding.Builder named = Finding.builder().ruleId("X.Y").dimension(Dimension.GOALS).severity(Severity.INFO)
        .message("m").recommendation("r").addEvidence(Evidence.practice("goals", "none"));
    assertThrows(InvalidValueException.class, () -> named.putParameter("two words", 1).build());
    assertThrows(InvalidValueException.class, () -> named.putParameter("ok", Double.NaN).build());
  }

  @Test
  void everyBuiltInTemplateHasBothPartsAndBelongsToABuiltInRule() throws java.io.IOException {
    java.util.Properties english = new java.util.Properties();
    try (var in = FindingText.class.getResourceAsStream("messages.properties")) {
      english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    BuiltInRules.all().forEach(r -> ids.add(r.id()));
    assertTrue(english.size() > 80, "templates: " + english.size());
    for (String key : english.stringPropertyNames()) {
      boolean message = key.endsWith(".message");
      assertTrue(message || key.endsWith(".recommendation"), key);
      String code = key.substring(0, key.lastIndexOf('.'));
      assertTrue(english.containsKey(code + (message ? ".recommendation" : ".message")), key + " has no pair");
      String rule = code.substring(0, code.lastIndexOf('.'));
      // A comparison of two waves raises findings of <DIMENSION>.WAVE_CHANGE, which is no rule.
      boolean comparison = rule.endsWith("." + io.github.serviceculture.alignment.scoring.ReportComparison.RULE_SUFFIX)
          && java.util.Arrays.stream(Dimension.values()).anyMatch(d -> rule.equals(d.name() + ".WAVE_CHANGE"));
      assertTrue(ids.contains(rule) || comparison, key + " names no built-in rule");
    }
  }
}
