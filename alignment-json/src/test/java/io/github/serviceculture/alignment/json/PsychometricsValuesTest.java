package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader and the schema refuse the same bad psychometrics: a(wg) off [-1, 1], a negative AD or
 * SD, r*wg(j) above 1, a missing share off [0, 1], an empty or missing item list; the reader names
 * the field at its pointer.
 */
class PsychometricsValuesTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();
  private static final String AT = "/report/perceptions/dimensions/VISION/psychometrics";

  /** The psychometrics report with the organization's VISION psychometrics changed. */
  private static String changed(Consumer<ObjectNode> change) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(JSON.write(DocumentFixtures.psychometricsReport()));
    change.accept((ObjectNode) root.path("report").path("perceptions").path("dimensions").path("VISION")
        .path("psychometrics"));
    return mapper.writeValueAsString(root);
  }

  @ParameterizedTest
  @CsvSource({
      "awg, 1.5, INVALID_VALUE, /awg",
      "awg, -1.25, INVALID_VALUE, /awg",
      "adMedian, -0.5, INVALID_VALUE, /adMedian",
      "lindellRwgJ, 1.5, INVALID_VALUE, /lindellRwgJ",
      "items/0/sd, -1, INVALID_VALUE, /items/0/sd",
      "items/0/missingShare, 1.5, INVALID_VALUE, /items/0/missingShare"})
  void aFigureOffItsRangeIsRefusedByTheReaderAndTheSchema(String field, double value, String code, String pointer)
      throws Exception {
    String document = changed(p -> {
      ObjectNode estimate = (ObjectNode) p.at("/" + field);
      estimate.removeAll();
      estimate.put("value", value);
    });
    JsonDocumentException e = rejects(() -> JSON.readReport(document));
    assertEquals(code, e.code(), e.getMessage());
    // The value check runs as the object is built: the pointer is the figure's or its object's.
    String object = AT + pointer.substring(0, pointer.lastIndexOf('/'));
    assertTrue(e.pointer().equals(AT + pointer) || e.pointer().equals(object), e.pointer());
    String name = field.substring(field.lastIndexOf('/') + 1);
    assertTrue(e.getMessage().contains(name), e.getMessage());
    assertFalse(Schemas.validate("report", document).isEmpty(), field + " = " + value + " passes the schema");
  }

  @ParameterizedTest
  @CsvSource({"empty, INVALID_VALUE", "missing, MISSING_PROPERTY"})
  void anEmptyOrMissingItemListIsRefusedByTheReaderAndTheSchema(String how, String code) throws Exception {
    String document = changed(p -> {
      if (how.equals("empty")) {
        p.putArray("items");
      } else {
        p.remove("items");
      }
    });
    JsonDocumentException e = rejects(() -> JSON.readReport(document));
    assertEquals(code, e.code(), e.getMessage());
    assertTrue(e.pointer().startsWith(AT), e.pointer());
    assertTrue(e.getMessage().contains("items"), e.getMessage());
    assertFalse(Schemas.validate("report", document).isEmpty(), how + " items pass the schema");
  }
}
