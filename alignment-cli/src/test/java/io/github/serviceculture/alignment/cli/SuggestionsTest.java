package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> ORGANIZATIONS =
      List.of("Northwind Outfitters", "Harbor Lane Credit Union", "Bluebird Clinics", "Northwind Outfitters");

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, Suggestions.distance("score", "score"));
    assertEquals(2, Suggestions.distance("scroe", "score"));
    assertEquals(1, Suggestions.distance("batc", "batch"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(5, Suggestions.distance("", "batch"));
  }

  @Test
  void aTypoInAnOrganizationNameSuggestsThatOrganizationOnce() {
    assertEquals(List.of("Northwind Outfitters"), Suggestions.nearest("Northwind Outfiters", ORGANIZATIONS));
  }

  @Test
  void aDifferentCaseOrAShortenedNameStillFindsTheOrganization() {
    assertEquals(List.of("Harbor Lane Credit Union"), Suggestions.nearest("HARBOR LANE CREDIT UNION", ORGANIZATIONS));
    assertEquals(List.of("Bluebird Clinics"), Suggestions.nearest("bluebird", ORGANIZATIONS));
  }

  @Test
  void aNameFarFromEveryCandidateGetsNoSuggestion() {
    assertEquals(List.of(), Suggestions.nearest("Acme Logistics", ORGANIZATIONS));
  }

  @Test
  void suggestionsComeNearestFirstAndAtMostThree() {
    List<String> names = List.of("site-bb", "site-d", "site-abc", "site-a", "site-b");

    assertEquals(List.of("site-a", "site-b", "site-d"), Suggestions.nearest("site-a", names));
  }

  @Test
  void didYouMeanListsTheSuggestionsOrNothing() {
    assertEquals("", Suggestions.didYouMean(List.of()));
    assertEquals("; did you mean 'A'?", Suggestions.didYouMean(List.of("A")));
    assertEquals("; did you mean 'A', 'B' or 'C'?", Suggestions.didYouMean(List.of("A", "B", "C")));
  }
}
