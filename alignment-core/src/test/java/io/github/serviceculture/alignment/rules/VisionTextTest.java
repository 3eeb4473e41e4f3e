package io.github.serviceculture.alignment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisionTextTest {

  @Test
  void aStatementWithoutFinalPunctuationIsOneSentence() {
    assertEquals(1, VisionText.sentenceCount("Inspire Humanity"));
    assertEquals(1, VisionText.sentenceCount("Make it easy to join the clean vehicle movement."));
  }

  @Test
  void sentencesEndAtTerminalPunctuationBeforeACapital() {
    assertEquals(3, VisionText.sentenceCount("We listen. We fix it fast! Would you expect less?"));
    assertEquals(2, VisionText.sentenceCount("We help. \"Always.\""));
  }

  @Test
  void abbreviationsDecimalsAndInitialsDoNotEndASentence() {
    assertEquals(1, VisionText.sentenceCount("Serve every guest, e.g. Travelers and locals, with care"));
    assertEquals(1, VisionText.sentenceCount("Answer within 2.5 minutes, i.e. Before they wait long"));
    assertEquals(1, VisionText.sentenceCount("Treat people the way J. Smith did on day one"));
    assertEquals(1, VisionText.sentenceCount("Solve it now, etc. and smile"));
  }

  @Test
  void aTextWithoutWordsHasNoSentence() {
    assertEquals(0, VisionText.sentenceCount(" ... "));
    assertEquals(0, VisionText.words("-- !").size());
  }

  @Test
  void wordsAreTokensWithALetterOrDigit() {
    assertEquals(5, VisionText.words("Help 24/7 - e.g. non-profit partners").size());
  }

  @Test
  void syllableHeuristicCountsCommonWordsReasonably() {
    assertEquals(1, VisionText.syllables("the"));
    assertEquals(1, VisionText.syllables("make"));
    assertEquals(1, VisionText.syllables("played"));
    assertEquals(2, VisionText.syllables("wanted"));
    assertEquals(2, VisionText.syllables("table"));
    assertEquals(3, VisionText.syllables("educate"));
    assertEquals(1, VisionText.syllables("2026"));
    assertEquals(6, VisionText.syllables("responsibility"));
  }

  @Test
  void plainWordsReadMoreEasilyThanJargon() {
    double plain = VisionText.readingEase("We help you get where you want to go and we make it easy");
    double jargon = VisionText.readingEase(
        "Operationalizing differentiated omnichannel capabilities maximizes organizational effectiveness");
    assertTrue(plain > 80, "plain " + plain);
    assertTrue(jargon < 0, "jargon " + jargon);
  }
}
