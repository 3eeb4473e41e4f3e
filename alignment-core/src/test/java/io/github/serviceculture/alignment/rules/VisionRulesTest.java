package io.github.serviceculture.alignment.rules;

import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertCompliant;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertMessageContains;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.assertNotRecorded;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.compliance;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.context;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.evidence;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.noPractices;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.onlyFinding;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.org;
import static io.github.serviceculture.alignment.rules.PracticeFixtures.withVision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.InputChannel;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.ServiceVision;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VisionRulesTest {
  private static final Rule DEFINED = new VisionRules.Defined();
  private static final Rule ONE_SENTENCE = new VisionRules.OneSentence();
  private static final Rule SHORT_AND_PLAIN = new VisionRules.ShortAndPlain();
  private static final Rule CUSTOMER_FOCUSED = new VisionRules.CustomerFocused();
  private static final Rule EMPLOYEE_INPUT = new VisionRules.EmployeeInput();
  private static final Rule DRAFTING_GROUP = new VisionRules.DraftingGroupSpan();
  private static final Rule GUT_CHECK = new VisionRules.GutCheckRecognition();

  /** Our own three-sentence vision about rising to the occasion when something goes wrong. */
  private static final String THREE_SENTENCES = "When something breaks, we step up. We stay with the"
      + " customer until it is fixed. A bad day is our chance to prove who we are.";

  static Stream<ServiceVision> seedVisions() {
    return Stream.of(PracticeFixtures.rei(), PracticeFixtures.jetBlue(),
        PracticeFixtures.cleanVehicleRebateProject());
  }

  @ParameterizedTest
  @MethodSource("seedVisions")
  void seedVisionsAreOneSentenceShortPlainAndCustomerFocused(ServiceVision vision) {
    RuleContext context = withVision(vision);
    assertCompliant(ONE_SENTENCE.evaluate(context));
    assertCompliant(SHORT_AND_PLAIN.evaluate(context));
    assertCompliant(CUSTOMER_FOCUSED.evaluate(context));
    assertCompliant(DEFINED.evaluate(context));
  }

  @Test
  void organizationRecordedWithoutVisionIsCriticalForDefined() {
    RuleOutcome outcome = DEFINED.evaluate(context(org().withNoVision(true)));
    Finding f = onlyFinding(outcome, "VISION.DEFINED", Severity.CRITICAL);
    assertEquals(0.0, compliance(outcome));
    assertEquals("none", evidence(f, "vision").value());
    assertMessageContains(f, "Harbor Outfitters", "no customer service vision");
  }

  @Test
  void aVisionThatIsNotRecordedIsUnknownNotCritical() {
    assertFalse(org().visionRecorded());
    assertNotRecorded(DEFINED.evaluate(context(org())), "VISION.DEFINED", "vision");
  }

  @Test
  void withoutVisionTheOtherVisionRulesAreNotApplicable() {
    for (Rule rule : VisionRules.all()) {
      if (rule != VisionRules.all().get(0)) {
        assertFalse(rule.evaluate(context(org())).applicable(), rule.id());
      }
      assertFalse(rule.evaluate(noPractices()).applicable(), rule.id());
    }
  }

  @Test
  void threeSentenceVisionGetsExactlyOneInfoAndKeepsFullCompliance() {
    RuleOutcome outcome = ONE_SENTENCE.evaluate(withVision(ServiceVision.of(THREE_SENTENCES)));
    Finding f = onlyFinding(outcome, "VISION.ONE_SENTENCE", Severity.INFO);
    assertEquals(1.0, compliance(outcome));
    assertMessageContains(f, "3 sentences");
    assertEquals("3", evidence(f, "vision.statement.sentences").value());
    assertEquals(THREE_SENTENCES, evidence(f, "vision.statement").value());
  }

  @Test
  void aHigherSentenceLimitAcceptsTheThreeSentenceVision() {
    RuleContext lenient = withVision(ServiceVision.of(THREE_SENTENCES))
        .withThresholds(RuleThresholds.defaults().withVisionMaxSentences(3));
    assertCompliant(ONE_SENTENCE.evaluate(lenient));
  }

  @Test
  void aLongVisionOfPlainWordsGetsAdviceOnItsWordCountAndKeepsFullCompliance() {
    String longVision = "We want every single person who visits any of our stores or calls our team to"
        + " leave feeling that we listened, we cared and we solved the problem they came with";
    RuleOutcome outcome = SHORT_AND_PLAIN.evaluate(withVision(ServiceVision.of(longVision)));
    Finding f = onlyFinding(outcome, "VISION.SHORT_AND_PLAIN", Severity.INFO);
    assertEquals(1.0, compliance(outcome), 1e-12);
    assertMessageContains(f, "31 words", "20", "sets no limit");
    assertEquals("31", evidence(f, "vision.statement.words").value());
    assertEquals("20", evidence(f, "thresholds.visionMaxWords").value());
  }

  @Test
  void aJargonVisionWarnsWithItsReadingEase() {
    String jargon = "Operationalizing differentiated omnichannel capabilities, we continuously maximize"
        + " organizational effectiveness for stakeholders";
    RuleOutcome outcome = SHORT_AND_PLAIN.evaluate(withVision(ServiceVision.of(jargon)));
    Finding f = onlyFinding(outcome, "VISION.SHORT_AND_PLAIN", Severity.WARNING);
    assertEquals(0.0, compliance(outcome), 1e-12);
    String ease = evidence(f, "vision.statement.readingEase").value();
    assertTrue(Double.parseDouble(ease) < 0, ease);
    assertMessageContains(f, "reading ease is " + ease, "11 words");
  }

  @Test
  void readingEaseIsNotJudgedBelowTheMinimumWordCount() {
    String shortJargon = "Operationalizing differentiated omnichannel capabilities";
    assertCompliant(SHORT_AND_PLAIN.evaluate(withVision(ServiceVision.of(shortJargon))));
  }

  @Test
  void inwardFinancialWordingIsAWarningNamingThePhrases() {
    String inward = "Be the leading provider of freight services and deliver growth for our shareholders";
    RuleOutcome outcome = CUSTOMER_FOCUSED.evaluate(withVision(ServiceVision.of(inward)));
    Finding f = onlyFinding(outcome, "VISION.CUSTOMER_FOCUSED", Severity.WARNING);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "\"leading provider\"", "\"growth\"", "\"shareholders\"");
    assertEquals(inward, evidence(f, "vision.statement").value());
  }

  @Test
  void inwardWordListMatchesWholeWordsOnly() {
    assertEquals(List.of(), List.copyOf(VisionRules.CustomerFocused.inwardPhrases(
        "Make every marginal moment marvelous and keep growing friendships")));
    assertEquals(List.of("profitability", "world-class company", "#1"), List.copyOf(
        VisionRules.CustomerFocused.inwardPhrases("Profitability as a world-class company, #1 always")));
  }

  @Test
  void noInputChannelIsAdvice() {
    RuleOutcome outcome = EMPLOYEE_INPUT.evaluate(withVision(PracticeFixtures.rei().withNoInputChannels(true)));
    Finding f = onlyFinding(outcome, "VISION.EMPLOYEE_INPUT", Severity.INFO);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "not gathered");
    assertEquals("none", evidence(f, "vision.inputChannels").value());
  }

  @Test
  void inputChannelsThatAreNotRecordedAreUnknown() {
    assertNotRecorded(EMPLOYEE_INPUT.evaluate(withVision(PracticeFixtures.rei())), "VISION.EMPLOYEE_INPUT",
        "vision.inputChannels");
  }

  @Test
  void anyInputChannelSatisfiesEmployeeInput() {
    ServiceVision vision = PracticeFixtures.rei().withInputChannels(InputChannel.TOWN_HALL);
    assertCompliant(EMPLOYEE_INPUT.evaluate(withVision(vision)));
  }

  private static ServiceVision drafted(DraftingGroup group) {
    return PracticeFixtures.cleanVehicleRebateProject().withDraftingGroup(group);
  }

  @Test
  void aGroupOfEightFromExecutivesToFrontlineComplies() {
    DraftingGroup group = DraftingGroup.builder().size(8)
        .addLevels(Level.EXECUTIVE, Level.MANAGER, Level.FRONTLINE)
        .addFunctions("support", "finance", "IT").facilitated(true).build();
    assertCompliant(DRAFTING_GROUP.evaluate(withVision(drafted(group))));
  }

  @Test
  void aGroupOfFourGetsAdviceWithItsSize() {
    DraftingGroup group = DraftingGroup.builder().size(4).addLevels(Level.EXECUTIVE, Level.FRONTLINE).build();
    RuleOutcome outcome = DRAFTING_GROUP.evaluate(withVision(drafted(group)));
    Finding f = onlyFinding(outcome, "VISION.DRAFTING_GROUP", Severity.INFO);
    assertEquals(0.5, compliance(outcome), 1e-12);
    assertMessageContains(f, "had 4 people", "7 to 10");
    assertEquals("4", evidence(f, "vision.draftingGroup.size").value());
  }

  @Test
  void aGroupWithoutFrontlineGetsAdviceNamingTheMissingLevel() {
    DraftingGroup group = DraftingGroup.builder().size(9).addLevels(Level.EXECUTIVE, Level.MANAGER).build();
    RuleOutcome outcome = DRAFTING_GROUP.evaluate(withVision(drafted(group)));
    Finding f = onlyFinding(outcome, "VISION.DRAFTING_GROUP", Severity.INFO);
    assertEquals(0.5, compliance(outcome), 1e-12);
    assertMessageContains(f, "no frontline", "executive, manager");
    assertEquals("executive, manager", evidence(f, "vision.draftingGroup.levels").value());
  }

  @Test
  void aTooLargeSingleLevelGroupMissesBothCriteria() {
    DraftingGroup group = DraftingGroup.builder().size(14).addLevels(Level.EXECUTIVE).build();
    RuleOutcome outcome = DRAFTING_GROUP.evaluate(withVision(drafted(group)));
    assertEquals(0.0, compliance(outcome));
    assertEquals(2, outcome.findings().size());
    assertTrue(outcome.findings().get(0).message().contains("14 people"));
  }

  @Test
  void aSingleFunctionUnfacilitatedGroupGetsAdviceOnly() {
    DraftingGroup group = DraftingGroup.builder().size(7).addLevels(Level.EXECUTIVE, Level.FRONTLINE)
        .addFunctions("support").facilitated(false).build();
    RuleOutcome outcome = DRAFTING_GROUP.evaluate(withVision(drafted(group)));
    assertEquals(1.0, compliance(outcome));
    assertEquals(2, outcome.findings().size());
    assertTrue(outcome.findings().stream().allMatch(f -> f.severity() == Severity.INFO));
    assertTrue(outcome.findings().get(0).message().contains("support"));
  }

  @Test
  void anUnknownDraftingGroupIsNotApplicable() {
    assertFalse(DRAFTING_GROUP.evaluate(withVision(PracticeFixtures.rei())).applicable());
  }

  @Test
  void nineteenOfTwentyRecognizingTheVisionPassesTheGutCheck() {
    assertCompliant(GUT_CHECK.evaluate(withVision(PracticeFixtures.jetBlue().withGutCheck(GutCheck.of(20, 19)))));
  }

  @Test
  void lowRecognitionWarnsWithTheRate() {
    RuleOutcome outcome = GUT_CHECK.evaluate(withVision(PracticeFixtures.jetBlue().withGutCheck(GutCheck.of(10, 7))));
    Finding f = onlyFinding(outcome, "VISION.GUT_CHECK", Severity.WARNING);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "7 of 10", "70 %", "90 %");
    assertEquals("70", evidence(f, "vision.gutCheck.recognitionPercent").value());
  }

  @Test
  void aGutCheckThatIsNotRecordedIsAnObservationWithoutCompliance() {
    RuleOutcome outcome = GUT_CHECK.evaluate(withVision(PracticeFixtures.jetBlue()));
    assertTrue(outcome.applicable());
    assertNotRecorded(outcome, "VISION.GUT_CHECK", "vision.gutCheck");
  }

  @Test
  void aVisionRecordedAsNeverGutCheckedIsAWarning() {
    RuleOutcome outcome = GUT_CHECK.evaluate(withVision(PracticeFixtures.jetBlue().withNoGutCheck(true)));
    Finding f = onlyFinding(outcome, "VISION.GUT_CHECK", Severity.WARNING);
    assertEquals(0.0, compliance(outcome));
    assertMessageContains(f, "not gut-checked");
    assertEquals("none", evidence(f, "vision.gutCheck").value());
  }
}
