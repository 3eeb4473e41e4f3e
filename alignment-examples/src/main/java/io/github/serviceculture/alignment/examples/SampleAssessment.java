package io.github.serviceculture.alignment.examples;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.scoring.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample request for {@link AssessmentHttpServer}: {@link FictionalOrganization}'s practices and
 * a seeded survey of 60 employees, as an indented assessment document. The file is checked in as
 * {@value #SOURCE_FILE}; a test checks that it is still what this class writes. After a change to
 * the format or the fictional organization, write it again with {@code mvn -B -q -pl
 * alignment-examples -am compile exec:java
 * -Dexec.mainClass=io.github.serviceculture.alignment.examples.SampleAssessment}.
 */
public final class SampleAssessment {
  /** The file's name, as a resource next to this class. */
  public static final String RESOURCE = "larkspur-assessment.json";
  /** The file's place in the source tree, relative to the root of the project. */
  public static final String SOURCE_FILE =
      "alignment-examples/src/main/resources/io/github/serviceculture/alignment/examples/" + RESOURCE;

  private SampleAssessment() {}

  /**
   * The sample assessment.
   *
   * @return practices, 60 survey responses and the assessment date
   */
  public static Assessment assessment() {
    return Assessment.builder()
        .practices(FictionalOrganization.practices())
        .responses(FictionalOrganization.survey(2026, 60))
        .assessedOn(FictionalOrganization.ASSESSED_ON)
        .build();
  }

  /**
   * The sample assessment as the JSON facade writes it today, indented.
   *
   * @return the document
   */
  public static String document() {
    return AlignmentJson.builder().prettyPrint(true).build().write(assessment());
  }

  /**
   * Writes the sample file.
   *
   * @param args the file to write; {@value #SOURCE_FILE}, relative to the working directory, if absent
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : SOURCE_FILE);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, document(), StandardCharsets.UTF_8);
    System.out.println("Wrote " + file.toAbsolutePath());
  }
}
