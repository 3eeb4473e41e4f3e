package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.assertError;
import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static io.github.serviceculture.alignment.json.BadInputSupport.spot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Only the organization's figures may hold psychometrics: a group's in a report document are an
 * unknown property to the reader and break the schema.
 */
class GroupPsychometricsTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  /** The psychometrics report with the organization's VISION psychometrics copied into the first group's. */
  private static String withGroupPsychometrics() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(JSON.write(DocumentFixtures.psychometricsReport()));
    ObjectNode perceptions = (ObjectNode) root.path("report").path("perceptions");
    ObjectNode group = (ObjectNode) perceptions.path("groups").path(0).path("dimensions").path("VISION");
    assertFalse(group.isMissingNode() || group.has("psychometrics"), "the first group has VISION, without them");
    group.set("psychometrics", perceptions.path("dimensions").path("VISION").path("psychometrics").deepCopy());
    return mapper.writeValueAsString(root);
  }

  @Test
  void theReaderRejectsPsychometricsInAGroupsFiguresAtTheirPointer() throws Exception {
    String document = withGroupPsychometrics();
    JsonDocumentException e = rejects(() -> JSON.readReport(document));
    // The organization's come first in the document, one per dimension; the group's follow "groups".
    String before = document.substring(0, document.indexOf("\"groups\":[", document.indexOf("\"perceptions\"")));
    int organizations = before.split("\"psychometrics\"", -1).length - 1;
    assertEquals(6, organizations);
    assertError(e, JsonDocumentException.UNKNOWN_PROPERTY,
        "/report/perceptions/groups/0/dimensions/VISION/psychometrics",
        spot(document, "\"psychometrics\"", organizations));
  }

  @Test
  void theSchemaRejectsPsychometricsInAGroupsFiguresAndAcceptsTheOrganizations() throws Exception {
    assertEquals(Set.of(), Schemas.validate("report", JSON.write(DocumentFixtures.psychometricsReport())));
    assertTrue(Schemas.validate("report", withGroupPsychometrics()).stream()
        .anyMatch(m -> m.getInstanceLocation().toString().contains("/groups/0/dimensions/VISION")),
        Schemas.validate("report", withGroupPsychometrics()).toString());
  }
}
