package io.github.serviceculture.alignment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ReleaseKey;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A release made between the two waves: S, then M (S and five joiners in support, released against
 * S's ledger), then the later wave (M and one person y, released against M's ledger). Scored against
 * S's ledger alone, the later wave would release the organization's GOALS at n 46 and support's at
 * n 16, and 16 · its mean − 15 · M's support mean would be y's score.
 */
class ReportComparisonIntermediateReleaseTest {
  private static final Instrument INSTRUMENT = ReportComparisonTest.DEFAULT;
  private static final AlignmentEngine KEYED =
      AlignmentEngine.withDefaults().withReleaseKey(ReleaseKey.of(new byte[32]));

  private static Response person(String id, int answer) {
    Map<String, Integer> answers = new HashMap<>();
    INSTRUMENT.items().forEach(i -> answers.put(i.id(), answer));
    return Response.of(Respondent.builder().id(id).level(Level.FRONTLINE).department("support")
        .customerFacing(true).build(), answers);
  }

  private static ReleaseLedger ledger(AlignmentReport report) {
    return report.perceptions().flatMap(PerceptionReport::ledger).orElseThrow();
  }

  private final Assessment first = Assessment.builder()
      .responses(ReportComparisonTest.wave(INSTRUMENT, 13, 40, Map.of())).build();
  private final ReleaseLedger firstLedger = ledger(KEYED.assess(first));
  private final List<Response> between = new ArrayList<>(first.responses().orElseThrow().responses());
  private final ReleaseLedger betweenLedger;
  private final List<Response> later;

  ReportComparisonIntermediateReleaseTest() {
    for (int j = 0; j < 5; j++) {
      between.add(person("j" + j, 3));
    }
    betweenLedger = ledger(KEYED.assess(Assessment.builder().responses(ResponseSet.of(INSTRUMENT, between)).build()
        .withPreviousRelease(firstLedger)));
    later = new ArrayList<>(between);
    later.add(person("y", 1));
  }

  private Assessment later(ReleaseLedger previous) {
    return Assessment.builder().responses(ResponseSet.of(INSTRUMENT, later)).build().withPreviousRelease(previous);
  }

  @Test
  void laterWaveIsScoredAgainstTheReleaseMadeBetweenTheWaves() {
    Assessment after = later(betweenLedger);
    AlignmentReport alone = KEYED.assess(after);
    assertEquals(NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING,
        alone.perceptions().orElseThrow().notReported().get(Dimension.GOALS));

    ReportComparison c = ReportComparison.ofAssessments(KEYED, first, after, MeaningfulChange.withDefaults());

    assertEquals(NotComparableReason.NOT_REPORTED_IN_BOTH, c.notComparable().get(Dimension.GOALS));
    assertTrue(c.changes().stream().noneMatch(x -> x.dimension() == Dimension.GOALS && x.afterN() >= 46),
        "GOALS of the later wave released although its own previous release hides it: " + c.changes());
    assertTrue(c.changes().stream().noneMatch(x -> x.dimension() == Dimension.GOALS && x.afterN() == 16
        && x.subject().contains("support")), "support's GOALS released at n 16 gives y's score");
  }

  @Test
  void previousReleaseThatDoesNotRecordTheEarlierWaveIsRefused() {
    ReleaseLedger unrelated = ledger(KEYED.assess(Assessment.builder()
        .responses(ResponseSet.of(INSTRUMENT, between)).build()));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportComparison.ofAssessments(KEYED, first, later(unrelated), MeaningfulChange.withDefaults()));
    assertTrue(e.getMessage().contains("after.previousRelease"), e.getMessage());
  }

  @Test
  void earlierWavesOwnLedgerAsPreviousReleaseIsAccepted() {
    ReportComparison named = ReportComparison.ofAssessments(KEYED, first, later(firstLedger),
        MeaningfulChange.withDefaults());
    ReportComparison unnamed = ReportComparison.ofAssessments(KEYED, first,
        Assessment.builder().responses(ResponseSet.of(INSTRUMENT, later)).build(), MeaningfulChange.withDefaults());
    assertEquals(unnamed.changes(), named.changes());
    assertFalse(named.changes().isEmpty());
  }

  @Test
  void engineWithoutKeyRefusesAPreviousReleaseAsAssessDoes() {
    AlignmentEngine keyless = AlignmentEngine.withDefaults();
    Assessment after = later(betweenLedger);
    assertThrows(InvalidValueException.class, () -> keyless.assess(after));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReportComparison.ofAssessments(keyless, first, after, MeaningfulChange.withDefaults()));
    assertTrue(e.getMessage().contains("after.previousRelease"), e.getMessage());
  }
}
