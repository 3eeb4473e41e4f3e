package io.github.serviceculture.alignment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeadcountsTest {

  @Test
  void aHeadcountMustBePositive() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GroupHeadcount.of("department", "ops", 0));
    assertEquals("headcount", e.field());
    assertThrows(InvalidValueException.class, () -> Headcounts.ofOrganization(0));
    assertThrows(InvalidValueException.class, () -> GroupHeadcount.of(" ", "ops", 3));
  }

  @Test
  void aGroupIsGivenOnceAndSomethingIsGiven() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Headcounts.ofOrganization(10).withGroup("department", "ops", 3).withGroup("department", "ops", 4));
    assertTrue(e.getMessage().contains("groups[1]") && e.getMessage().contains("department=ops"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> Headcounts.of(OptionalInt.empty(), List.of()));
  }

  @Test
  void aGroupIsLookedUpByAttributeAndValue() {
    Headcounts h = Headcounts.ofOrganization(10).withGroup("department", "ops", 3);
    assertEquals(Optional.of(GroupHeadcount.of("department", "ops", 3)), h.group("department", "ops"));
    assertEquals(Optional.empty(), h.group("department", "sales"));
    assertEquals(h, Headcounts.of(OptionalInt.of(10), List.of(GroupHeadcount.of("department", "ops", 3))));
  }
}
