package io.github.serviceculture.alignment.perception;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyed answers read the same, by hand, on a scale packed into bytes (up to 255 options) and on a
 * wider one read from the matrix: the two ways of holding them must never differ.
 */
class KeyedAnswersTest {
  private static Instrument instrument(int highest, int dontKnow) {
    return Instrument.builder().id("mini").version("1")
        .scale(Scale.of(1, highest).withDontKnowCode(dontKnow))
        .addItems(
            Item.builder().id("G1").dimension(Dimension.GOALS).text("Goals help customers").build(),
            Item.builder().id("T1").dimension(Dimension.TRAINING).text("Training works").build(),
            Item.builder().id("G2").dimension(Dimension.GOALS).text("Goals set us against each other")
                .reverseKeyed(true).build())
        .build();
  }

  /**
   * 5 and 255 options are packed, 256 and 1000 are not: 255 is the packed form's missing mark and the
   * 256th option's shifted value, so packing one more option would read the top answer as missing.
   */
  @ParameterizedTest
  @ValueSource(ints = {5, 255, 256, 1000})
  void keyedShiftedAnswersFollowTheCanonicalOrderAndMarkMissingAsNaN(int highest) {
    int dontKnow = highest + 1;
    Instrument instrument = instrument(highest, dontKnow);
    ResponseSet responses = ResponseSet.of(instrument, List.of(
        Response.of(Respondent.of("a"), Map.of("G1", 1, "T1", 2, "G2", highest)),
        Response.of(Respondent.of("b"), Map.of("G1", highest, "G2", dontKnow)),
        Response.of(Respondent.of("c"), Map.of("G2", 1))));
    List<Item> goals = instrument.scaleItems(Dimension.GOALS);
    // Canonical rows c, a, b.
    KeyedAnswers keyed = new KeyedAnswers(responses.toMatrix(), new int[] {2, 0, 1}, goals);

    assertEquals(2, keyed.width());
    double top = highest - 1;
    // c: G1 unanswered, G2 = 1 reversed to the top.
    assertArrayEquals(new double[] {Double.NaN, top}, keyed.row(0));
    // a: G1 = 1, the bottom; G2 = highest reversed to the bottom.
    assertArrayEquals(new double[] {0, 0}, keyed.row(1));
    // b: G1 = highest; G2 "don't know", missing.
    assertArrayEquals(new double[] {top, Double.NaN}, keyed.row(2));
    assertEquals(top, keyed.get(0, 1));
    assertEquals(Double.NaN, keyed.get(2, 1));
  }
}
