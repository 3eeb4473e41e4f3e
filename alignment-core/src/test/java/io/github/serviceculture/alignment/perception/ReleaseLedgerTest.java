package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseLedgerTest {
  private static final ReleaseKey KEY = ReleaseKey.of("a secret of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
  private static final ReleaseKey OTHER_KEY = ReleaseKey.of(new byte[32]);
  private static final PerceptionScorer SCORER = PerceptionScorer.of(PerceptionPolicy.defaults()).withReleaseKey(KEY);

  /** The first {@code n} respondents of one seeded survey of 60, so that a smaller release is a prefix. */
  private static ResponseSet first(int n) {
    ResponseSet all = SurveyFixtures.generated(7, 60, 0.5);
    return ResponseSet.of(all.instrument(), all.responses().subList(0, n));
  }

  private static ReleaseLedger ledger(PerceptionReport report) {
    return report.ledger().orElseThrow();
  }

  @Test
  void aScorerWithAKeySealsALedgerAndOneWithoutDoesNot() {
    assertTrue(SCORER.score(first(30)).ledger().isPresent());
    assertFalse(PerceptionScorer.of(PerceptionPolicy.defaults()).score(first(30)).ledger().isPresent());
  }

  @Test
  void sealingIsDeterministicAndKeyed() {
    assertEquals(SCORER.score(first(30)), SCORER.score(first(30)));
    ReleaseLedger other = PerceptionScorer.of(PerceptionPolicy.defaults()).withReleaseKey(OTHER_KEY)
        .score(first(30)).ledger().orElseThrow();
    assertNotEquals(ledger(SCORER.score(first(30))).keyId(), other.keyId());
    assertNotEquals(ledger(SCORER.score(first(30))).sealed(), other.sealed());
  }

  @Test
  void theSealedLedgerHoldsNoRespondentIdInClear() {
    byte[] sealed = Base64.getUrlDecoder().decode(ledger(SCORER.score(first(30))).sealed());
    String asText = new String(sealed, StandardCharsets.ISO_8859_1);
    for (Response r : first(30).responses()) {
      assertFalse(asText.contains(r.respondent().id()));
    }
  }

  @Test
  void aLateResponseDoesNotRevealItselfByDifference() {
    PerceptionReport before = SCORER.score(first(30));
    assertTrue(before.dimension(Dimension.GOALS).isReported());
    PerceptionReport after = SCORER.score(first(31), ledger(before));
    for (Dimension d : before.dimensions().keySet()) {
      PerceptionFigures was = before.dimensions().get(d);
      Reported<PerceptionFigures> now = after.dimension(d);
      // Either the late respondent has no score for d (same n, nothing to difference) or d is hidden.
      assertTrue(now.value().map(f -> f.n() == was.n()).orElse(true), d.name());
      if (now.value().isEmpty()) {
        assertEquals(NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING, now.reason().orElseThrow());
      }
    }
    assertTrue(after.notReported().containsValue(NotReportedReason.SUPPRESSED_AGAINST_DIFFERENCING));
  }

  @Test
  void withoutThePreviousReleaseTheLateResponseWouldBeReleased() {
    // What the guard prevents: scored alone, 31 respondents release every figure of 30 plus one.
    PerceptionReport alone = SCORER.score(first(31));
    assertEquals(31, alone.dimension(Dimension.GOALS).value().orElseThrow().n());
  }

  @Test
  void enoughNewResponsesReleaseTheFiguresAgain() {
    PerceptionReport before = SCORER.score(first(30));
    PerceptionReport after = SCORER.score(first(40), ledger(before));
    assertTrue(after.dimension(Dimension.GOALS).isReported());
  }

  @Test
  void theGuardRemembersEveryEarlierReleaseNotOnlyTheLast() {
    PerceptionReport r0 = SCORER.score(first(30));
    PerceptionReport r1 = SCORER.score(first(31), ledger(r0));
    // Released again against r1 only, the 31 would differ from r0's 30 by one person.
    PerceptionReport r2 = SCORER.score(first(31), ledger(r1));
    assertEquals(r1.dimensions(), r2.dimensions());
    assertEquals(r1.notReported(), r2.notReported());
  }

  @Test
  void unchangedResponsesReleaseWhatTheyReleasedBefore() {
    PerceptionReport r0 = SCORER.score(first(30));
    PerceptionReport again = SCORER.score(first(30), ledger(r0));
    assertEquals(r0.dimensions(), again.dimensions());
    assertEquals(r0.groups(), again.groups());
  }

  @Test
  void aRespondentWhoMovesBetweenGroupsIsNotRevealedByTheGroupsDifference() {
    ResponseSet before = first(40);
    List<Response> moved = new ArrayList<>(before.responses());
    // From the largest department to the next largest, both released before.
    List<String> bySize = before.responses().stream().map(r -> r.respondent().department().orElseThrow())
        .collect(java.util.stream.Collectors.groupingBy(d -> d, java.util.stream.Collectors.counting()))
        .entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toList());
    String from = bySize.get(0);
    String to = bySize.get(1);
    int index = 0;
    while (!moved.get(index).respondent().department().orElseThrow().equals(from)) {
      index++;
    }
    Response mover = moved.get(index);
    Respondent relocated = mover.respondent().withDepartment(to);
    moved.set(index, Response.of(relocated, mover.answers()));
    PerceptionReport r0 = SCORER.score(before);
    ResponseSet after = ResponseSet.of(before.instrument(), moved);
    // Unguarded, the department the respondent left is released in both with one fewer: the leak.
    assertTrue(differsByOne(r0, SCORER.score(after), from));
    assertFalse(differsByOne(r0, SCORER.score(after, ledger(r0)), from));
  }

  private static boolean differsByOne(PerceptionReport before, PerceptionReport after, String department) {
    GroupPerception was = group(before, department);
    GroupPerception now = group(after, department);
    for (Dimension d : Dimension.values()) {
      if (was != null && now != null && was.dimensions().containsKey(d) && now.dimensions().containsKey(d)
          && was.dimensions().get(d).n() == now.dimensions().get(d).n() + 1) {
        return true;
      }
    }
    return false;
  }

  private static GroupPerception group(PerceptionReport report, String department) {
    return report.groups().stream().filter(g -> g.attribute().equals(Respondent.DEPARTMENT) && g.value().equals(department))
        .findFirst().orElse(null);
  }

  @Test
  void aLedgerOfAnotherKeyIsRefusedNamingBothKeyIdsOnly() {
    ReleaseLedger foreign = PerceptionScorer.of(PerceptionPolicy.defaults()).withReleaseKey(OTHER_KEY)
        .score(first(30)).ledger().orElseThrow();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SCORER.score(first(31), foreign));
    assertEquals("previous", e.field());
    assertTrue(e.getMessage().contains(foreign.keyId()), e.getMessage());
    assertFalse(e.getMessage().contains(foreign.sealed()), e.getMessage());
  }

  @Test
  void aChangedLedgerIsRefused() {
    ReleaseLedger good = ledger(SCORER.score(first(30)));
    byte[] bytes = Base64.getUrlDecoder().decode(good.sealed());
    bytes[bytes.length / 2] ^= 1;
    ReleaseLedger changed = ReleaseLedger.of(good.keyId(), Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SCORER.score(first(31), changed));
    assertTrue(e.getMessage().contains("must be a ledger this library sealed, unchanged"), e.getMessage());
    ReleaseLedger cut = ReleaseLedger.of(good.keyId(), good.sealed().substring(0, 10));
    assertThrows(InvalidValueException.class, () -> SCORER.score(first(31), cut));
  }

  @Test
  void aLedgerSealedUnderAnotherThresholdIsRefused() {
    PerceptionScorer eight = PerceptionScorer.of(PerceptionPolicy.defaults().withAnonymityThreshold(8)).withReleaseKey(KEY);
    ReleaseLedger previous = ledger(eight.score(first(30)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> SCORER.score(first(31), previous));
    assertTrue(e.getMessage().contains("anonymity threshold"), e.getMessage());
  }

  @Test
  void scoringAgainstAPreviousReleaseNeedsAKey() {
    ReleaseLedger previous = ledger(SCORER.score(first(30)));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PerceptionScorer.of(PerceptionPolicy.defaults()).score(first(31), previous));
    assertEquals("releaseKey", e.field());
  }

  @Test
  void aKeyIsAtLeast32BytesAndNeverShown() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReleaseKey.of(new byte[31]));
    assertTrue(e.getMessage().contains("31 bytes"), e.getMessage());
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 'z');
    assertFalse(ReleaseKey.of(secret).toString().contains("zzzz"));
    assertEquals(ReleaseKey.of(secret), ReleaseKey.of(secret.clone()));
  }

  @Test
  void aLedgerIsCheckedForItsForm() {
    assertThrows(InvalidValueException.class, () -> ReleaseLedger.of("ABCDEF0123456789", "abc"));
    assertThrows(InvalidValueException.class, () -> ReleaseLedger.of("0123456789abcdef", "a+b/"));
    assertThrows(InvalidValueException.class, () -> ReleaseLedger.of("0123456789abcdef", ""));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReleaseLedger.of("0123456789abcdef", "secret stuff"));
    assertFalse(e.getMessage().contains("secret stuff"));
  }

  @Test
  void oneRespondentsChangedAnswersAreNotReleasedAsTheDifferenceOfTwoReleases() {
    ResponseSet before = first(30);
    List<Response> changed = new ArrayList<>(before.responses());
    Response r = changed.get(3);
    java.util.Map<String, Integer> answers = new java.util.HashMap<>(r.answers());
    for (io.github.serviceculture.alignment.survey.Item item : before.instrument().scaleItems(Dimension.GOALS)) {
      answers.put(item.id(), answers.getOrDefault(item.id(), 3) == 5 ? 1 : 5);
    }
    changed.set(3, Response.of(r.respondent(), answers));
    ResponseSet after = ResponseSet.of(before.instrument(), changed);
    PerceptionReport r0 = SCORER.score(before);
    // Unguarded: both releases give GOALS for the same 30, so 30 (mean2 - mean1) is the one change.
    assertTrue(changeIsReleased(r0, SCORER.score(after)));
    assertFalse(changeIsReleased(r0, SCORER.score(after, ledger(r0))));
  }

  private static boolean changeIsReleased(PerceptionReport before, PerceptionReport after) {
    return before.dimension(Dimension.GOALS).value().isPresent() && after.dimension(Dimension.GOALS).value()
        .map(f -> f.n() == before.dimension(Dimension.GOALS).value().orElseThrow().n()
            && !f.mean().equals(before.dimension(Dimension.GOALS).value().orElseThrow().mean()))
        .orElse(false);
  }

  @Test
  void oneLeavingAndOneJoiningAreNotRevealedByTheDifferenceOfTwoReleases() {
    // Release 2 drops the first respondent and adds the 31st: the totals differ by the joiner's
    // score minus the leaver's, and the sums of squares by the difference of their squares, which
    // together give both scores.
    ResponseSet all = SurveyFixtures.generated(7, 60, 0.5);
    ResponseSet before = ResponseSet.of(all.instrument(), all.responses().subList(0, 30));
    ResponseSet after = ResponseSet.of(all.instrument(), all.responses().subList(1, 31));
    PerceptionReport r0 = SCORER.score(before);
    assertTrue(bothReleasedWithTheSameN(r0, SCORER.score(after)), "unguarded, the swap is released");
    assertFalse(bothReleasedWithTheSameN(r0, SCORER.score(after, ledger(r0))));
  }

  private static boolean bothReleasedWithTheSameN(PerceptionReport before, PerceptionReport after) {
    for (Dimension d : before.dimensions().keySet()) {
      if (after.dimensions().containsKey(d) && after.dimensions().get(d).n() == before.dimensions().get(d).n()
          && !after.dimensions().get(d).mean().equals(before.dimensions().get(d).mean())) {
        return true;
      }
    }
    return false;
  }
}
