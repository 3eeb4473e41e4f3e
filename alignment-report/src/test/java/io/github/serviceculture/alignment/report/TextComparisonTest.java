package io.github.serviceculture.alignment.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextReport#renderComparison}: two waves as text. */
class TextComparisonTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();

  private static AlignmentReport report(ResponseSet responses) {
    return AlignmentEngine.withDefaults().assess(Assessment.builder().responses(responses).build());
  }

  @Test
  void aRiseOfTheExecutivesIsShownPerSetWithItsFindingAndADimensionNotComparedSaysWhy() {
    // The same seed: the same answers, but executives 2.5 options higher in the later wave.
    Item first = INSTRUMENT.scaleItems(Dimension.TRAINING).get(0);
    List<Item> items = new ArrayList<>(INSTRUMENT.items());
    items.set(items.indexOf(first), first.withText(first.text() + " now"));
    Instrument later = INSTRUMENT.withVersion("2").withItems(items);
    ResponseSet after = SurveyFixtures.generated(1, 200, 2.5);
    ReportComparison comparison = ReportComparison.of(report(SurveyFixtures.generated(1, 200, 0)), INSTRUMENT,
        report(ResponseSet.of(later, after.responses())), later);
    String text = TextReport.renderComparison(comparison);

    assertTrue(text.startsWith("Service culture survey, two waves compared: (organization not named)\n"), text);
    assertTrue(text.contains("A change is meaningful when its 95 % interval excludes 0 and it is at least 5 points"),
        text);
    assertTrue(text.contains("level=EXECUTIVE"), text);
    // The longest group name of the default attributes is shown whole, so the two are told apart.
    assertTrue(text.contains(" customerFacing=false ") && text.contains(" customerFacing=true "), text);
    assertTrue(text.contains("improved"), text);
    assertTrue(text.contains("TRAINING not compared: its items changed between the instruments"), text);
    // Items: the organization's change of every item compared, the groups' meaningful ones, the reworded one.
    String unwrappedItems = text.replaceAll("\n +", " ");
    assertTrue(unwrappedItems.contains("1 item(s) not compared, their text, keying or dimension changed: "
        + first.id() + "."), text);
    for (io.github.serviceculture.alignment.scoring.Change c : comparison.itemChanges()) {
      if (c.attribute().isEmpty()) {
        assertTrue(text.contains("\n  " + c.itemId().orElseThrow() + " "), c::toString);
      }
    }
    long meaningful = comparison.itemChanges().stream().filter(c -> c.attribute().isPresent() && c.isMeaningful())
        .count();
    assertTrue(meaningful > 0);
    assertTrue(unwrappedItems.contains("Groups: " + meaningful + " meaningful item change(s) of "), text);
    String unwrapped = text.replaceAll("\n +", " ");
    for (Finding f : comparison.findings()) {
      assertTrue(unwrapped.contains(f.code()), f.code());
      assertTrue(unwrapped.contains(f.recommendation()), f::recommendation);
    }
    assertTrue(!comparison.findings().isEmpty());
    assertTrue(text.lines().allMatch(l -> l.length() <= TextReport.MAX_LINE), text);
  }

  @Test
  void aReportAgainstItselfHasNoFindingAndTheNameFromTheInputIsMadeSafeToPrint() {
    AlignmentReport hostile = SampleReports.hostile();
    String text = TextReport.renderComparison(ReportComparison.of(hostile, INSTRUMENT, hostile, INSTRUMENT));
    assertTrue(text.contains("Findings (0)\n  none: no meaningful decline or improvement."), text);
    assertTrue(text.contains("\\x07"), text);
    assertTrue(text.chars().noneMatch(c -> c == 7), "the bell character is escaped");
    assertTrue(text.lines().allMatch(l -> l.length() <= TextReport.MAX_LINE), text);
    assertThrows(InvalidValueException.class, () -> TextReport.renderComparison(null));
  }

  private static ResponseSet renamed(ResponseSet responses) {
    List<io.github.serviceculture.alignment.survey.Response> out = new ArrayList<>();
    int i = 0;
    for (io.github.serviceculture.alignment.survey.Response r : responses.responses()) {
      // Two departments whose names agree in their first 30 characters.
      String department = "customer-experience-operations-" + (i++ % 2 == 0 ? "north" : "south");
      out.add(r.withRespondent(r.respondent().withDepartment(department)));
    }
    return ResponseSet.of(responses.instrument(), out);
  }

  @Test
  void groupsWhoseNamesAgreeInTheirFirstTwentyCharactersAreToldApart() {
    ReportComparison comparison = ReportComparison.of(report(renamed(SurveyFixtures.generated(1, 200, 0))),
        INSTRUMENT, report(renamed(SurveyFixtures.generated(2, 200, 0))), INSTRUMENT);
    String text = TextReport.renderComparison(comparison);
    assertTrue(text.contains("department=customer-experience-operations-north"), text);
    assertTrue(text.contains("department=customer-experience-operations-south"), text);
    assertTrue(text.lines().allMatch(l -> l.length() <= TextReport.MAX_LINE), text);
  }

  @Test
  void aDimensionWhoseOrganizationFiguresAreHiddenInOneWaveSaysItsGroupsAreStillCompared() {
    AlignmentReport before = report(SurveyFixtures.generated(1, 200, 0));
    AlignmentReport after = report(SurveyFixtures.generated(2, 200, 0));
    io.github.serviceculture.alignment.perception.PerceptionReport p = after.perceptions().orElseThrow();
    java.util.Map<Dimension, io.github.serviceculture.alignment.perception.PerceptionFigures> dims =
        new java.util.EnumMap<>(p.dimensions());
    dims.remove(Dimension.GOALS);
    java.util.Map<Dimension, io.github.serviceculture.alignment.perception.NotReportedReason> hidden =
        new java.util.EnumMap<>(Dimension.class);
    hidden.putAll(p.notReported());
    hidden.put(Dimension.GOALS, io.github.serviceculture.alignment.perception.NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING);
    AlignmentReport withoutGoals = after.withPerceptions(p.withDimensions(dims).withNotReported(hidden));
    ReportComparison comparison = ReportComparison.of(before, INSTRUMENT, withoutGoals, INSTRUMENT);
    assertTrue(comparison.changes().stream().anyMatch(c -> c.dimension() == Dimension.GOALS), "groups compared");
    String text = TextReport.renderComparison(comparison);
    assertTrue(text.replaceAll("\n +", " ").contains("GOALS: the organization's change is not compared, since its "
        + "figures are not reported in both waves; groups reported in both are."), text);
    assertTrue(!text.contains("GOALS not compared"), text);
  }
}
