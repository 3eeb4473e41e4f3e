package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.serviceculture.alignment.json.AlignmentJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checked-in sample request cannot drift from the format or from the fictional organization. */
class SampleAssessmentTest {

  @Test
  void theSampleFileIsWhatTheFacadeWritesToday() throws IOException {
    String file;
    try (InputStream in = SampleAssessment.class.getResourceAsStream(SampleAssessment.RESOURCE)) {
      assertNotNull(in, SampleAssessment.SOURCE_FILE);
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(SampleAssessment.document(), file, () -> SampleAssessment.SOURCE_FILE
        + " is out of date; write it again with SampleAssessment's main (see its Javadoc)");
  }

  @Test
  void theSampleFileReadsBackToTheSampleAssessment() throws IOException {
    try (InputStream in = SampleAssessment.class.getResourceAsStream(SampleAssessment.RESOURCE)) {
      assertEquals(SampleAssessment.assessment(), AlignmentJson.withDefaults().readAssessment(in));
    }
  }
}
