package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertFinding;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.assertNotApplicable;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.context;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.empty;
import static io.github.serviceculture.alignment.rules.PeopleRuleFixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptionRulesTest {
  private static final Rule ENGAGEMENT = new PerceptionRules.VisionEngagement();

  static PerceptionFigures figures(double score, double rwgJ) {
    return PerceptionFigures.builder().n(40).mean(Estimate.of(1 + score / 25)).score(Estimate.of(score))
        .sd(Estimate.of(0.6)).alpha(Estimate.of(0.82)).rwgJ(Estimate.of(rwgJ)).ad(Estimate.of(0.5)).build();
  }

  static EngagementShare share(EngagementQuestion question, double agreePercent) {
    return EngagementShare.builder().question(question).itemId("ENG_" + question.ordinal()).n(40)
        .agreePercent(Estimate.of(agreePercent)).build();
  }

  static PerceptionGap levelGap(Dimension dimension, String first, double difference) {
    return PerceptionGap.builder().attribute("level").dimension(dimension).first(first).second("FRONTLINE")
        .difference(Estimate.of(difference)).lower(Estimate.of(difference - 7))
        .upper(Estimate.of(difference + 7)).p(Estimate.of(0.0004)).cohensD(Estimate.of(1.2)).build();
  }

  /** A report where everyone agrees, everyone is engaged, and levels see every dimension alike. */
  static PerceptionReport.Builder aligned() {
    PerceptionReport.Builder b = PerceptionReport.builder().instrumentId("default").instrumentVersion("1")
        .respondentCount(40);
    for (Dimension d : Dimension.values()) {
      b.putDimension(d, figures(75, 0.85));
      b.addGaps(levelGap(d, "EXECUTIVE", 4));
    }
    for (EngagementQuestion q : EngagementQuestion.values()) {
      b.putEngagement(q, share(q, 90));
    }
    return b;
  }

  private static Rule rule(String id) {
    return PerceptionRules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  // ---- VISION.ENGAGEMENT

  @Test
  void anAccountingDepartmentAtFortyPercentIsNamedByVisionEngagement() {
    PerceptionReport report = aligned().addGroups(GroupPerception.builder().attribute("department")
        .value("accounting").putEngagement(EngagementQuestion.KNOWS_OWN_CONTRIBUTION,
            share(EngagementQuestion.KNOWS_OWN_CONTRIBUTION, 40)).build()).build();

    RuleOutcome outcome = ENGAGEMENT.evaluate(context(report));

    assertTrue(outcome.applicable());
    assertTrue(outcome.compliance().isEmpty(), "survey rules raise observations, not compliance");
    assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
    Finding finding = outcome.findings().get(0);
    assertFinding(finding, "VISION.ENGAGEMENT", Severity.WARNING, "department=accounting",
        "KNOWS_OWN_CONTRIBUTION.agreePercent=40", "accounting", "40 %", "personally contribute", "80 %");
    assertTrue(finding.evidence().stream().anyMatch(e -> e.source() == EvidenceSource.GROUP));
  }

  @Test
  void manyGroupsBelowTheAimAreOneFindingWithEveryGroupInItsEvidenceWorstFirst() {
    PerceptionReport.Builder b = aligned();
    // Five departments short of the aim on their own question, one above it.
    String[] departments = {"sales", "accounting", "IT", "legal", "facilities", "support"};
    double[] shares = {70, 10, 35, 60, 35, 95};
    for (int i = 0; i < departments.length; i++) {
      b.addGroups(GroupPerception.builder().attribute("department").value(departments[i])
          .putEngagement(EngagementQuestion.KNOWS_OWN_CONTRIBUTION,
              share(EngagementQuestion.KNOWS_OWN_CONTRIBUTION, shares[i]))
          .putEngagement(EngagementQuestion.CAN_STATE_VISION, share(EngagementQuestion.CAN_STATE_VISION, 90))
          .build());
    }

    RuleOutcome outcome = ENGAGEMENT.evaluate(context(b.build()));

    assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
    Finding finding = outcome.findings().get(0);
    assertEquals(Severity.WARNING, finding.severity());
    List<String> groups = finding.evidence().stream().filter(e -> e.source() == EvidenceSource.GROUP)
        .map(Evidence::reference).toList();
    // Worst first; the two at 35 % by value, in code-point order.
    assertEquals(List.of("department=accounting", "department=IT", "department=facilities", "department=legal",
        "department=sales"), groups);
    assertEquals("engagement.KNOWS_OWN_CONTRIBUTION.agreePercent=10 (n=40)", finding.evidence().get(0).value());
    assertTrue(finding.message().startsWith("Groups below the 80 % aim (5 of 6 reported), worst first: the"
        + " accounting department (say they know how they personally contribute to the vision: 10 %); the IT"),
        finding.message());
    assertTrue(finding.message().contains("; and 2 more, in the evidence;"), finding.message());
    assertTrue(!finding.message().contains("legal"), "only the worst three are named: " + finding.message());
    assertTrue(finding.recommendation().startsWith("Start with the accounting department"),
        finding.recommendation());
    assertEquals("engagementMinAgreePercent", finding.evidence().get(finding.evidence().size() - 1).reference());
  }

  @Test
  void anOrganizationWideShortfallAndGroupShortfallsAreTwoFindings() {
    PerceptionReport report = aligned().putEngagement(EngagementQuestion.CAN_STATE_VISION,
        share(EngagementQuestion.CAN_STATE_VISION, 62.5))
        .addGroups(GroupPerception.builder().attribute("level").value("FRONTLINE")
            .putEngagement(EngagementQuestion.CAN_STATE_VISION, share(EngagementQuestion.CAN_STATE_VISION, 50))
            .build())
        .addGroups(GroupPerception.builder().attribute("department").value("IT")
            .putEngagement(EngagementQuestion.CAN_STATE_VISION, share(EngagementQuestion.CAN_STATE_VISION, 40))
            .build())
        .build();

    List<Finding> findings = ENGAGEMENT.evaluate(context(report)).findings();

    assertEquals(2, findings.size(), findings::toString);
    assertTrue(findings.get(0).message().startsWith("Across the organization"), findings.get(0).message());
    assertTrue(findings.get(1).message().startsWith("Groups below the 80 % aim (2 of 2 reported), worst first: the IT"
        + " department (say they can state the customer service vision: 40 %); the frontline (say they can"
        + " state the customer service vision: 50 %); these groups"), findings.get(1).message());
    assertEquals("department=IT", findings.get(1).evidence().get(0).reference());
  }

  @Test
  void anEngagedOrganizationRaisesNoEngagementFinding() {
    PerceptionReport report = aligned().addGroups(GroupPerception.builder().attribute("department")
        .value("IT").putEngagement(EngagementQuestion.CAN_STATE_VISION,
            share(EngagementQuestion.CAN_STATE_VISION, 80)).build()).build();

    RuleOutcome outcome = ENGAGEMENT.evaluate(context(report));

    assertTrue(outcome.applicable());
    assertTrue(outcome.findings().isEmpty(), () -> outcome.findings().toString());
  }

  @Test
  void aLowOrganizationWideShareIsFlaggedWithItsValue() {
    PerceptionReport report = aligned().putEngagement(EngagementQuestion.CAN_STATE_VISION,
        share(EngagementQuestion.CAN_STATE_VISION, 62.5)).build();

    RuleOutcome outcome = ENGAGEMENT.evaluate(context(report));

    assertEquals(1, outcome.findings().size());
    assertFinding(outcome.findings().get(0), "VISION.ENGAGEMENT", Severity.WARNING,
        "engagement.CAN_STATE_VISION.agreePercent", "62.5", "62.5 %", "state the customer service vision");
  }

  @Test
  void theEngagementAimComesFromTheThresholds() {
    PerceptionReport report = aligned().build();
    RuleContext strict = RuleContext.builder().from(context(report))
        .thresholds(RuleThresholds.defaults().withEngagementMinAgreePercent(95)).build();

    List<Finding> findings = ENGAGEMENT.evaluate(strict).findings();
    assertEquals(1, findings.size(), "one finding for the organization, listing every question short of 95 %");
    assertEquals(7, findings.get(0).evidence().size(), "agree share and n per question, and the aim");
    assertTrue(findings.get(0).message().contains("95 % aim"), findings.get(0).message());
  }

  @Test
  void engagementIsNotApplicableWithoutSurveyOrWithoutEngagementItems() {
    assertNotApplicable(ENGAGEMENT.evaluate(empty()));
    assertNotApplicable(ENGAGEMENT.evaluate(context(org().build())));
    PerceptionReport noEngagement = aligned().engagement(java.util.Map.of()).build();
    assertNotApplicable(ENGAGEMENT.evaluate(context(noEngagement)));
    PerceptionReport undefined = aligned().engagement(java.util.Map.of(EngagementQuestion.CAN_STATE_VISION,
        EngagementShare.builder().question(EngagementQuestion.CAN_STATE_VISION).itemId("E").n(0)
            .agreePercent(Estimate.undefined(UndefinedReason.NO_DATA)).build())).build();
    assertNotApplicable(ENGAGEMENT.evaluate(context(undefined)));
  }

  // ---- <DIM>.SHARED_PERCEPTION

  @Test
  void aDimensionWithRwgJZeroHasNoSharedPerception() {
    PerceptionFigures split = PerceptionFigures.builder().from(figures(50, 0)).sd(Estimate.of(2.05))
        .ad(Estimate.of(2.0)).build();
    PerceptionReport report = aligned().putDimension(Dimension.GOALS, split).build();

    RuleOutcome outcome = rule("GOALS.SHARED_PERCEPTION").evaluate(context(report));

    assertEquals(1, outcome.findings().size());
    Finding finding = outcome.findings().get(0);
    assertFinding(finding, "GOALS.SHARED_PERCEPTION", Severity.WARNING, "GOALS.rwgJ", "0.00",
        "No shared perception of goals", "rwg(j) is 0.00", "AD 2.00", "SD 2.05");
    assertEquals(Dimension.GOALS, finding.dimension());
    assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().equals("GOALS.ad")));
    assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().equals("GOALS.sd")));
  }

  @Test
  void agreementAtTheThresholdCountsAsASharedPerception() {
    PerceptionReport report = aligned().putDimension(Dimension.TRAINING, figures(60, 0.70)).build();

    RuleOutcome outcome = rule("TRAINING.SHARED_PERCEPTION").evaluate(context(report));

    assertTrue(outcome.applicable());
    assertTrue(outcome.findings().isEmpty());
  }

  @Test
  void sharedPerceptionIsNotApplicableWhenTheDimensionOrItsRwgJIsMissing() {
    Rule hiring = rule("HIRING.SHARED_PERCEPTION");
    assertNotApplicable(hiring.evaluate(empty()));
    PerceptionReport withoutHiring = aligned().dimensions(java.util.Map.of(Dimension.GOALS, figures(70, 0.9)))
        .build();
    assertNotApplicable(hiring.evaluate(context(withoutHiring)));
    PerceptionReport undefinedRwg = aligned().putDimension(Dimension.HIRING, PerceptionFigures.builder()
        .from(figures(70, 0.9)).rwgJ(Estimate.undefined(UndefinedReason.TOO_FEW_OBSERVATIONS)).build()).build();
    assertNotApplicable(hiring.evaluate(context(undefinedRwg)));
  }

  // ---- <DIM>.PERCEPTION_GAP

  @Test
  void leadersRatingEveryDimensionTwentyFivePointsAboveTheFrontlineGiveAGapFindingPerDimension() {
    PerceptionReport.Builder b = aligned().gaps(List.of());
    for (Dimension d : Dimension.values()) {
      b.addGaps(levelGap(d, "EXECUTIVE", 25));
      b.addGaps(levelGap(d, "MANAGER", 5));
    }
    b.addGroups(GroupPerception.builder().attribute("level").value("EXECUTIVE")
        .putDimension(Dimension.GOALS, figures(85, 0.8)).build());
    PerceptionReport report = b.build();

    for (Dimension d : Dimension.values()) {
      RuleOutcome outcome = rule(d.name() + ".PERCEPTION_GAP").evaluate(context(report));
      assertEquals(1, outcome.findings().size(), d::name);
      Finding finding = outcome.findings().get(0);
      assertEquals(d, finding.dimension());
      assertFinding(finding, d.name() + ".PERCEPTION_GAP", Severity.WARNING,
          d.name() + ".gap[level=EXECUTIVE-FRONTLINE].difference", "25.0",
          "Executives rate", "25 points above the frontline", "interval 18 to 32");
      assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().equals("level=EXECUTIVE")));
      assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().equals("level=FRONTLINE")));
      assertTrue(finding.evidence().stream().anyMatch(e -> e.reference().endsWith(".interval")
          && e.value().equals("[18.0, 32.0]")));
    }
    Finding goals = rule("GOALS.PERCEPTION_GAP").evaluate(context(report)).findings().get(0);
    assertTrue(goals.message().contains("Executives rate goals 25 points above the frontline"), goals.message());
    assertTrue(goals.evidence().stream().anyMatch(e -> e.value().equals("GOALS.score=85.0 (n=40)")));
  }

  @Test
  void severalLevelGapsOfADimensionAreOneFindingTheLargestFirst() {
    PerceptionReport report = aligned().gaps(List.of(levelGap(Dimension.LEADERSHIP, "MANAGER", -18),
        levelGap(Dimension.LEADERSHIP, "EXECUTIVE", 25), levelGap(Dimension.LEADERSHIP, "SUPERVISOR", 5))).build();

    RuleOutcome outcome = rule("LEADERSHIP.PERCEPTION_GAP").evaluate(context(report));

    assertEquals(1, outcome.findings().size(), () -> outcome.findings().toString());
    Finding finding = outcome.findings().get(0);
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("Executives rate leadership 25 points above the frontline (interval 18 to 32); managers rate"
        + " leadership 18 points below the frontline (interval -25 to -11); the levels do not see the same"
        + " culture.", finding.message());
    List<String> references = finding.evidence().stream().map(Evidence::reference).toList();
    assertEquals(List.of("level=EXECUTIVE", "level=FRONTLINE",
        "LEADERSHIP.gap[level=EXECUTIVE-FRONTLINE].difference", "LEADERSHIP.gap[level=EXECUTIVE-FRONTLINE].interval",
        "LEADERSHIP.gap[level=EXECUTIVE-FRONTLINE].p", "level=MANAGER",
        "LEADERSHIP.gap[level=MANAGER-FRONTLINE].difference", "LEADERSHIP.gap[level=MANAGER-FRONTLINE].interval",
        "LEADERSHIP.gap[level=MANAGER-FRONTLINE].p", "perceptionGapPoints"), references);
    assertTrue(finding.recommendation().contains("the largest first"), finding.recommendation());
  }

  @Test
  void aGapBelowTheFrontlineCountsToo() {
    PerceptionReport report = aligned().gaps(List.of(levelGap(Dimension.EMPOWERMENT, "MANAGER", -18)))
        .build();

    RuleOutcome outcome = rule("EMPOWERMENT.PERCEPTION_GAP").evaluate(context(report));

    assertEquals(1, outcome.findings().size());
    assertFinding(outcome.findings().get(0), "EMPOWERMENT.PERCEPTION_GAP", Severity.WARNING,
        "EMPOWERMENT.gap[level=MANAGER-FRONTLINE].difference", "-18.0", "Managers rate empowerment",
        "18 points below the frontline");
  }

  @Test
  void aSmallGapOrADepartmentGapRaisesNoLevelGapFinding() {
    PerceptionGap departments = PerceptionGap.builder().from(levelGap(Dimension.GOALS, "accounting", 30))
        .attribute("department").second("support").build();
    PerceptionReport report = aligned().gaps(List.of(levelGap(Dimension.GOALS, "EXECUTIVE", 14.9), departments))
        .build();

    RuleOutcome outcome = rule("GOALS.PERCEPTION_GAP").evaluate(context(report));

    assertTrue(outcome.applicable());
    assertTrue(outcome.findings().isEmpty(), () -> outcome.findings().toString());
  }

  @Test
  void perceptionGapIsNotApplicableWithoutALevelGapOfTheDimension() {
    Rule vision = rule("VISION.PERCEPTION_GAP");
    assertNotApplicable(vision.evaluate(empty()));
    assertNotApplicable(vision.evaluate(context(aligned().gaps(List.of()).build())));
    assertNotApplicable(vision.evaluate(context(aligned()
        .gaps(List.of(levelGap(Dimension.GOALS, "EXECUTIVE", 40))).build())));
  }

  @Test
  void noPerceptionFindingMentionsARespondentId() {
    PerceptionReport.Builder b = aligned().gaps(List.of());
    for (Dimension d : Dimension.values()) {
      b.putDimension(d, figures(40, 0.1));
      b.addGaps(levelGap(d, "EXECUTIVE", 30));
    }
    for (EngagementQuestion q : EngagementQuestion.values()) {
      b.putEngagement(q, share(q, 10));
    }
    PerceptionReport report = b.build();
    int findings = 0;
    for (Rule rule : PerceptionRules.all()) {
      RuleOutcome outcome = rule.evaluate(context(report));
      assertTrue(outcome.compliance().isEmpty(), rule::id);
      for (Finding f : outcome.findings()) {
        findings++;
        assertFalse(f.message().matches(".*\\br\\d{3,}\\b.*"), f.message());
      }
    }
    assertEquals(1 + 6 + 6, findings);
  }
}
