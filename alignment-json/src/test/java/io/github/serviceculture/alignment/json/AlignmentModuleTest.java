package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentModuleTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();
  private static final Goal GOAL = Goal.builder().statement("Raise the team's CSAT from 80 to 85 by month end")
      .scope(GoalScope.TEAM).focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.NONE).baseline(80).target(85)
      .deadline(LocalDate.of(2026, 12, 31)).build();

  private static AlignmentReport report() {
    Assessment assessment = Assessment.builder()
        .practices(Organization.builder().name("Harbour Books").addGoal(GOAL).build())
        .responses(SurveyFixtures.generated(7, 40, 15)).assessedOn(LocalDate.of(2026, 11, 23)).build();
    return AlignmentEngine.withDefaults().assess(assessment);
  }

  @Test
  void moduleWritesTheSameBodyAsTheDocument() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AlignmentModule()).build();
    AlignmentReport report = report();
    JsonNode document = mapper.readTree(JSON.write(report));
    assertEquals(document.get("report"), mapper.readTree(mapper.writeValueAsString(report)));
    assertEquals(report, mapper.readValue(mapper.writeValueAsString(report), AlignmentReport.class));
  }

  @Test
  void moduleMapsValuesInsideTheApplicationsOwnStructures() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AlignmentModule())
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    Map<String, List<Goal>> payload = Map.of("goals", List.of(GOAL, GOAL.withOwner("support lead")));
    String json = mapper.writeValueAsString(payload);
    assertEquals(payload, mapper.readValue(json, new TypeReference<Map<String, List<Goal>>>() {}));
  }

  @Test
  void moduleResolvesTheDefaultInstrumentByReference() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AlignmentModule()).build();
    ResponseSet responses = SurveyFixtures.generated(3, 5, 0);
    String json = mapper.writeValueAsString(responses);
    assertTrue(json.startsWith("{\"instrumentRef\":{\"id\":\"service-culture-alignment\",\"version\":\"1.0\"}"), json);
    assertEquals(responses, mapper.readValue(json, ResponseSet.class));
  }

  @Test
  void configuredModuleKnowsTheConfiguredInstruments() throws Exception {
    Instrument custom = JSON.readInstrument(JSON.write(SurveyFixtures.generated(1, 1, 0).instrument()))
        .withId("harbour-pulse").withVersion("2");
    AlignmentJson json = AlignmentJson.builder().instrument(custom).build();
    ObjectMapper plain = JsonMapper.builder().addModule(new AlignmentModule()).build();
    ObjectMapper configured = JsonMapper.builder().addModule(json.module()).build();
    String reference = "{\"instrumentRef\":{\"id\":\"harbour-pulse\",\"version\":\"2\"},\"responses\":[]}";
    assertEquals(custom, configured.readValue(reference, ResponseSet.class).instrument());
    Exception e = assertThrows(Exception.class, () -> plain.readValue(reference, ResponseSet.class));
    JsonDocumentException cause = e instanceof JsonDocumentException
        ? (JsonDocumentException) e : (JsonDocumentException) e.getCause();
    assertEquals(JsonDocumentException.UNKNOWN_INSTRUMENT, cause.code());
    assertEquals("/instrumentRef", cause.pointer());
  }

  @Test
  void moduleIsFoundThroughTheServiceLoader() {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof AlignmentModule),
        "findModules() should discover AlignmentModule");
  }

  @Test
  void moduleReportsTheLibraryVersion() {
    AlignmentModule module = new AlignmentModule();
    assertEquals("io.github.serviceculture", module.version().getGroupId());
    assertEquals("alignment-json", module.version().getArtifactId());
    assertEquals(report().metadata().libraryVersion(), module.version().toString().replace("-SNAPSHOT", "")
        + (module.version().isSnapshot() ? "-SNAPSHOT" : ""));
  }
}
