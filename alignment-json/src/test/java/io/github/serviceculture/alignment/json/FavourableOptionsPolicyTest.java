package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The policy's favourable options: written only when set, read back, and refused below 1 naming the field. */
class FavourableOptionsPolicyTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  @Test
  void aPolicyWithFavourableOptionsIsWrittenWithThemAndReadBackEqual() {
    ScoringPolicy policy = ScoringPolicy.defaults().withPerception(PerceptionPolicy.defaults().withFavourableOptions(2));
    String written = JSON.write(policy);
    assertTrue(written.contains("\"groupBy\":[\"level\",\"department\",\"customerFacing\"],\"favourableOptions\":2,"),
        written);
    assertEquals(policy, JSON.readPolicy(written));
    assertEquals(OptionalInt.of(2), JSON.readPolicy(written).perception().favourableOptions());
  }

  @Test
  void theDefaultPolicyLeavesFavourableOptionsOut() {
    assertFalse(JSON.write(ScoringPolicy.defaults()).contains("favourableOptions"));
  }

  @Test
  void favourableOptionsBelowOneAreRefusedNamingTheField() {
    String written = JSON.write(ScoringPolicy.defaults()
        .withPerception(PerceptionPolicy.defaults().withFavourableOptions(2)));
    String zero = written.replace("\"favourableOptions\":2", "\"favourableOptions\":0");
    JsonDocumentException e = rejects(() -> JSON.readPolicy(zero));
    assertError(e, JsonDocumentException.INVALID_VALUE, "/policy/perception/favourableOptions",
        spot(zero, "{\"minimumAnsweredShare\""));
    assertTrue(e.getMessage().contains("favourableOptions"), e.getMessage());
  }
}
