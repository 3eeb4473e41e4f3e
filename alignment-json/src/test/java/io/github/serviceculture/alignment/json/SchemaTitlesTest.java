package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each schema's title names the format version its {@code $id} is published under. */
class SchemaTitlesTest {
  private static final List<String> SCHEMAS = List.of("aggregation", "assessment", "defs", "instrument", "norms",
      "organization", "policy", "report", "responses");
  private static final Pattern VERSION = Pattern.compile("/schemas/(\\d+\\.\\d+)/[a-z]+\\.schema\\.json$");

  private static JsonNode schema(String name) throws IOException {
    try (InputStream in = SchemaTitlesTest.class.getResourceAsStream(
        "/META-INF/alignment/schemas/" + name + ".schema.json")) {
      assertNotNull(in, name);
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everySchemasTitleNamesTheVersionOfItsId() throws IOException {
    for (String name : SCHEMAS) {
      JsonNode schema = schema(name);
      Matcher m = VERSION.matcher(schema.path("$id").asText());
      assertTrue(m.find(), name + ": " + schema.path("$id"));
      assertTrue(schema.path("title").asText().endsWith(", format " + m.group(1)),
          name + ": title " + schema.path("title") + " against $id " + schema.path("$id"));
    }
  }

  @Test
  void theReportSchemaIsPublishedUnderTheVersionReportsAreWritten() throws IOException {
    Matcher m = VERSION.matcher(schema("report").path("$id").asText());
    assertTrue(m.find());
    assertEquals(AlignmentJson.reportFormatVersion(), m.group(1));
  }
}
