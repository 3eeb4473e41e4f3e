package io.github.serviceculture.alignment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.serviceculture.alignment.model.Dimension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class InstrumentFingerprintTest {
  private static final Item G1 = Item.builder().id("G1").dimension(Dimension.GOALS).text("Goals we share, café")
      .build();
  private static final Item G2 = Item.builder().id("G2").dimension(Dimension.GOALS).text("Targets feel vague")
      .reverseKeyed(true).weight(2).build();
  private static final Instrument SMALL = Instrument.builder().id("t").version("1").scale(Scale.agreement5())
      .addItems(G1, G2).build();

  @Test
  void isTheSha256OfTheDocumentedCanonicalForm() {
    // Computed outside Java: Python's hashlib.sha256 over the canonical text written by hand from the
    // Javadoc ("alignment-instrument 1\nid 1:t\nversion 1:1\nscale 1 5 -\nlabel 17:Strongly disagree\n...
    // item 2:G1 GOALS 0 - - 20:Goals we share, café\nitem 2:G2 GOALS 1 2.0 - 18:Targets feel vague\n"), UTF-8.
    assertEquals("716b549efec954c6c7eb9c850bba730b1d64d4fb82174ff3d6f59d75ecd0e5ab", SMALL.fingerprint());
  }

  @Test
  void everyPartThatAsksOrScoresChangesIt() {
    List<Instrument> variants = List.of(
        SMALL.withId("u"),
        SMALL.withVersion("2"),
        SMALL.withScale(Scale.of(1, 5)),
        SMALL.withScale(Scale.of(1, 7)),
        SMALL.withScale(Scale.agreement5().withDontKnowCode(9)),
        SMALL.withScale(Scale.agreement5().withLabels("1", "2", "3", "4", "5")),
        replaceFirst(i -> i.withText("Goals we share, cafe")),
        replaceFirst(i -> i.withReverseKeyed(true)),
        replaceFirst(i -> i.withWeight(1)),
        replaceFirst(i -> i.withDimension(Dimension.HIRING)),
        replaceFirst(i -> i.withEngagementQuestion(EngagementQuestion.values()[0])),
        replaceFirst(i -> i.withId("G0")),
        SMALL.withItems(G2, G1));
    for (Instrument variant : variants) {
      assertNotEquals(SMALL.fingerprint(), variant.fingerprint(), variant.toString());
    }
  }

  @Test
  void aWeightOfOneIsNotAnAbsentWeightAndTextsCannotPassForEachOther() {
    // "a b" + "c" and "a" + "b c" would be the same text without the lengths.
    Instrument one = SMALL.withItems(G1.withText("a b"), G2.withText("c"));
    Instrument other = SMALL.withItems(G1.withText("a"), G2.withText("b c"));
    assertNotEquals(one.fingerprint(), other.fingerprint());
    assertNotEquals(SMALL.fingerprint(), replaceFirst(i -> i.withWeight(1)).fingerprint());
  }

  @Test
  void probesAreANoteForPeopleAndLeaveItAlone() {
    assertEquals(SMALL.fingerprint(), replaceFirst(i -> i.withProbes("goals are shared by a team")).fingerprint());
  }

  @Test
  void equalInstrumentsHaveEqualFingerprints() {
    Instrument copy = Instrument.builder().id("t").version("1").scale(Scale.agreement5())
        .addItems(Item.builder().from(G1).build(), Item.builder().from(G2).build()).build();
    assertEquals(SMALL, copy);
    assertEquals(SMALL.fingerprint(), copy.fingerprint());
    assertEquals(64, DefaultInstrument.instrument().fingerprint().length());
    assertEquals(DefaultInstrument.instrument().fingerprint(), DefaultInstrument.instrument().fingerprint());
  }

  private static Instrument replaceFirst(UnaryOperator<Item> change) {
    List<Item> items = new ArrayList<>(SMALL.items());
    items.set(0, change.apply(items.get(0)));
    return SMALL.withItems(Collections.unmodifiableList(items));
  }
}
