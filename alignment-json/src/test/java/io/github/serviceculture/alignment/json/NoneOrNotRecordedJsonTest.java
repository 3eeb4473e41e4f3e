package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.BadInputSupport.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.ListeningChannel;
import io.github.serviceculture.alignment.model.Organization;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Organization format 1.1 keeps "none" and "not recorded" apart, both ways. */
class NoneOrNotRecordedJsonTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  private static Organization roundTrip(Organization organization, String expectedBody) {
    String written = JSON.write(organization);
    assertEquals("{\"formatVersion\":\"1.1\",\"organization\":" + expectedBody + "}", written);
    Organization read = JSON.readOrganization(written);
    assertEquals(organization, read);
    return read;
  }

  @Test
  void listeningChannelsInTheirThreeStates() {
    Organization notRecorded = Organization.builder().name("A")
        .leadership(LeadershipPractice.builder().build()).build();
    Organization none = notRecorded.withLeadership(LeadershipPractice.builder().noListeningChannels(true).build());
    Organization present = notRecorded.withLeadership(
        LeadershipPractice.builder().addListeningChannel(ListeningChannel.OPEN_DOOR).build());

    assertFalse(roundTrip(notRecorded, "{\"name\":\"A\",\"leadership\":{}}").leadership().orElseThrow()
        .listeningChannelsRecorded());
    assertTrue(roundTrip(none, "{\"name\":\"A\",\"leadership\":{\"listeningChannels\":[]}}").leadership()
        .orElseThrow().noListeningChannels());
    roundTrip(present, "{\"name\":\"A\",\"leadership\":{\"listeningChannels\":[\"OPEN_DOOR\"]}}");
  }

  @Test
  void theSayNoReviewInItsThreeStates() {
    EmpowermentPolicy base = EmpowermentPolicy.builder().writtenGuidelines(true).build();
    Organization notRecorded = Organization.builder().name("A").empowerment(base).build();
    roundTrip(notRecorded, "{\"name\":\"A\",\"empowerment\":{\"writtenGuidelines\":true}}");
    Organization never = notRecorded.withEmpowerment(base.withSayNoListNeverReviewed(true));
    assertTrue(roundTrip(never, "{\"name\":\"A\",\"empowerment\":{\"writtenGuidelines\":true,"
        + "\"sayNoListReviewedOn\":\"never\"}}").empowerment().orElseThrow().sayNoListNeverReviewed());
    roundTrip(notRecorded.withEmpowerment(base.withSayNoListReviewedOn(LocalDate.of(2026, 1, 5))),
        "{\"name\":\"A\",\"empowerment\":{\"writtenGuidelines\":true,\"sayNoListReviewedOn\":\"2026-01-05\"}}");
  }

  @Test
  void theVisionRecordedAsNoneOrNotRecorded() {
    Organization notRecorded = Organization.builder().name("A").build();
    assertFalse(roundTrip(notRecorded, "{\"name\":\"A\"}").visionRecorded());
    Organization none = notRecorded.withNoVision(true);
    assertTrue(roundTrip(none, "{\"name\":\"A\",\"vision\":\"none\"}").noVision());
  }

  @Test
  void anAssessmentCarriesTheDifferenceInItsPractices() {
    String document = "{\"formatVersion\":\"1.3\",\"assessment\":{\"practices\":{\"name\":\"A\",\"vision\":\"none\","
        + "\"leadership\":{\"listeningChannels\":[]}}}}";
    Organization practices = JSON.readAssessment(document).practices().orElseThrow();
    assertTrue(practices.noVision());
    assertTrue(practices.leadership().orElseThrow().noListeningChannels());
    assertEquals(document, JSON.write(JSON.readAssessment(document)));
  }

  @Test
  void inFormat10AnEmptyArrayIsNotRecordedAndNoneCannotBeSaid() {
    Organization old = JSON.readOrganization(
        "{\"formatVersion\":\"1.0\",\"organization\":{\"name\":\"A\",\"leadership\":{\"listeningChannels\":[]}}}");
    assertFalse(old.leadership().orElseThrow().listeningChannelsRecorded());
    assertFalse(old.visionRecorded(), "a 1.0 organization without a vision does not say it has none");
    JsonDocumentException e = rejects(() -> JSON.readOrganization(
        "{\"formatVersion\":\"1.0\",\"organization\":{\"name\":\"A\",\"vision\":\"none\"}}"));
    assertEquals(JsonDocumentException.WRONG_TYPE, e.code());
    Organization oldAssessed = JSON.readAssessment("{\"formatVersion\":\"1.1\",\"assessment\":{\"practices\":"
        + "{\"name\":\"A\",\"leadership\":{\"listeningChannels\":[]}}}}").practices().orElseThrow();
    assertFalse(oldAssessed.leadership().orElseThrow().listeningChannelsRecorded());
  }
}
