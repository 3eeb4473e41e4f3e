package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.serviceculture.alignment.model.CandidateAssessment;
import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Better vision and hiring facts never lower a rule's compliance. */
class PracticeRulesMonotonicityTest {

  private static double visionCompliance(Rule rule, ServiceVision vision) {
    return PracticeFixtures.compliance(rule.evaluate(PracticeFixtures.withVision(vision)));
  }

  private static double hiringCompliance(Rule rule, HiringPractice hiring) {
    return PracticeFixtures.compliance(
        rule.evaluate(PracticeFixtures.context(PracticeFixtures.org().withHiring(hiring))));
  }

  @Test
  void moreStakeholdersRecognizingTheVisionNeverLowersTheGutCheck() {
    Rule rule = new VisionRules.GutCheckRecognition();
    qt().forAll(integers().between(1, 200), integers().between(0, 200)).checkAssert((asked, seed) -> {
      int recognized = seed % asked;
      ServiceVision base = PracticeFixtures.jetBlue();
      double before = visionCompliance(rule, base.withGutCheck(GutCheck.of(asked, recognized)));
      double after = visionCompliance(rule, base.withGutCheck(GutCheck.of(asked, recognized + 1)));
      assertTrue(after >= before, asked + "/" + recognized);
    });
  }

  @Test
  void movingTheDraftingGroupSizeTowardTheRangeOrAddingFrontlineNeverLowersIt() {
    Rule rule = new VisionRules.DraftingGroupSpan();
    qt().forAll(integers().between(2, 30)).checkAssert(size -> {
      ServiceVision base = PracticeFixtures.rei();
      DraftingGroup group = DraftingGroup.builder().size(size).addLevels(Level.EXECUTIVE).build();
      int closer = size < 7 ? size + 1 : size > 10 ? size - 1 : size;
      double before = visionCompliance(rule, base.withDraftingGroup(group));
      assertTrue(visionCompliance(rule, base.withDraftingGroup(group.withSize(closer))) >= before);
      assertTrue(visionCompliance(rule, base.withDraftingGroup(group.withLevels(Level.EXECUTIVE,
          Level.FRONTLINE))) > before);
    });
  }

  @Test
  void fewerSeparationsNeverLowerTheTurnoverRule() {
    Rule rule = new HiringRules.Turnover();
    qt().forAll(doubles().between(1, 1_000), doubles().between(0, 1_000), doubles().between(0, 1))
        .checkAssert((headcount, separations, share) -> {
          TurnoverFigures before = TurnoverFigures.builder().averageHeadcount(headcount)
              .separationsPerYear(separations).build();
          HiringPractice base = HiringPractice.builder().build();
          assertTrue(hiringCompliance(rule, base.withTurnover(before.withSeparationsPerYear(separations * share)))
              >= hiringCompliance(rule, base.withTurnover(before)));
        });
  }

  @Test
  void assessingAServiceTraitInAnInterviewNeverLowersTheTraitsAssessedRule() {
    Rule rule = new HiringRules.TraitsAssessed();
    qt().forAll(integers().between(1, 5), integers().between(0, 4)).checkAssert((count, pick) -> {
      HiringPractice.Builder b = HiringPractice.builder();
      for (int i = 0; i < count; i++) {
        b.addProfileTraits(ProfileTrait.builder().name("trait " + i).serviceTrait(true)
            .addAssessedBy(CandidateAssessment.RESUME_SCREEN).build());
      }
      HiringPractice before = b.build();
      int index = pick % count;
      ProfileTrait improved = before.profileTraits().get(index)
          .withAssessedBy(CandidateAssessment.RESUME_SCREEN, CandidateAssessment.STRUCTURED_INTERVIEW);
      List<ProfileTrait> traits = new ArrayList<>(before.profileTraits());
      traits.set(index, improved);
      assertTrue(hiringCompliance(rule, before.withProfileTraits(traits)) > hiringCompliance(rule, before));
    });
  }
}
