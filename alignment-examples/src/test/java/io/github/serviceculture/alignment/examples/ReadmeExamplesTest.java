package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.GutCheck;
import org.junit.jupiter.api.Test;

/** The README's claims outside its java blocks (those run verbatim in {@link ReadmeJavaBlocksTest}). */
class ReadmeExamplesTest {

  @Test
  void theReadmeQuotesTheGutCheckMessageExactly() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> GutCheck.of(10, 11));
    assertEquals("GutCheck.recognized: must not exceed stakeholdersAsked (10), was 11", e.getMessage());
  }
}
