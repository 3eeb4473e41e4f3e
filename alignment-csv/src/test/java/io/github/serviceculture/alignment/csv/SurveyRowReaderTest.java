package io.github.serviceculture.alignment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.SurveyCsvReader.Block;
import io.github.serviceculture.alignment.csv.SurveyCsvReader.Rejection;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Respondent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows given as cells are read with the CSV reader's checks, reasons and blocks. */
class SurveyRowReaderTest {
  private static final SurveyCsvLayout LAYOUT = SurveyCsvLayout.builder(DefaultInstrument.instrument())
      .attributeColumn("site").build();
  private static final SurveyCsvLayout PLAIN = SurveyCsvLayout.builder(DefaultInstrument.instrument()).build();

  /** Every kind of row the cell checks reject, beside rows that are kept, in three organizations. */
  private static final String CSV = """
      organization,respondent,level,department,customerFacing,site,LEA_TALK,VIS_DEFINED,GOA_TEAM
      Acme,r1,MANAGER,Sales,yes,north,4,2,
      Acme,r2,boss,Sales,yes,north,4,2,1
      Acme,r3,frontline,Sales,maybe,north,4,2,1
      Acme,r1,frontline,Sales,no,north,5,5,5
      NA,r9,frontline,Sales,no,north,5,5,5
      Acme,r4,frontline,Sales,no,north,seven,5,5
      Acme,r5,frontline,Sales,no,north,9,5,5
      Acme,NA,frontline,Sales,no,north,1,5,5
      Acme,r6,FrontLine,NA,n,,1,+5,-0
      Acme,r1,frontline,Sales,no,north,1,2,3
       Bolt ,b1,manager,Ops,1,south,3,3,3
      Bolt,b1,manager,Ops,1,south,3,3,3
      ,b2,manager,Ops,1,south,3,3,3
      Bolt,b3,manager,Ops,1,south,99999999999,3,3
      Acme,a1,manager,Ops,1,south,1,1,1
      Acme,r1,manager,Ops,1,south,1,1,1
      """;

  @Test
  void cellsSplitFromACsvGiveTheCsvReadersBlocks() throws IOException {
    List<Block> expected = new ArrayList<>();
    try (SurveyCsvReader reader = SurveyCsvReader.open(
        new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), LAYOUT)) {
      for (Block b = reader.next(); b != null; b = reader.next()) {
        expected.add(b);
      }
    }
    String[] lines = CSV.split("\n");
    SurveyRowReader rows = SurveyRowReader.open(Arrays.asList(lines[0].split(",", -1)), LAYOUT);
    List<Block> actual = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      Block b = rows.add(i + 1, Arrays.asList(lines[i].split(",", -1)));
      if (b != null) {
        actual.add(b);
      }
    }
    Block last = rows.finish();
    if (last != null) {
      actual.add(last);
    }
    assertEquals(lines.length - 1, rows.rowCount());
    // Acme (with the row of no organization), Bolt (with the empty one), Acme again.
    assertEquals(3, expected.size());
    assertEquals(expected.size(), actual.size());
    for (int b = 0; b < expected.size(); b++) {
      Block e = expected.get(b);
      Block a = actual.get(b);
      assertEquals(e.organization(), a.organization());
      assertEquals(e.rejections(), a.rejections());
      assertEquals(e.responses(), a.responses());
      assertEquals(e.rowCount(), a.rowCount());
      for (int r = 0; r < e.responses().map(s -> s.responses().size()).orElse(0); r++) {
        assertEquals(e.line(r), a.line(r));
      }
    }
  }

  @Test
  void theReasonsAreTheReadersWords() {
    SurveyRowReader rows = SurveyRowReader.open(List.of("organization", "respondent", "level", "LEA_TALK"), PLAIN);
    assertNull(rows.add(2, List.of("Acme", "r1", "boss", "4")));
    assertNull(rows.add(3, List.of("Acme", "r2", "manager")));
    assertNull(rows.add(4, Arrays.asList("Acme", "r3", null, null)));
    assertNull(rows.add(5, List.of("Acme", "r4\ud800", "manager", "4")));
    assertNull(rows.add(6, List.of("Acme", "r5", "manager", "6")));
    assertNull(rows.add(7, List.of("Acme", "r3", "manager", "4")));
    Block acme = rows.add(8, List.of("Bolt", "r1", "manager", "4"));
    assertEquals("Acme", acme.organization());
    assertEquals(List.of(
        new Rejection(2, "Acme", "the level is not one of EXECUTIVE, MANAGER, SUPERVISOR, FRONTLINE"),
        new Rejection(3, "", "the row has 3 fields, the header 4"),
        new Rejection(5, "", SurveyRowReader.NOT_UNICODE),
        new Rejection(6, "Acme", "the answer to LEA_TALK must be an option from 1 to 5"),
        Rejection.repeating(7, "Acme", 4)), acme.rejections());
    assertEquals(List.of(Respondent.of("r3")), acme.responses().orElseThrow().responses().stream()
        .map(r -> r.respondent()).toList());
    assertEquals(4, acme.line(0));
    Block bolt = rows.finish();
    assertEquals("Bolt", bolt.organization());
    assertEquals(8, bolt.line(0));
    assertNull(rows.finish());
    assertEquals(7, rows.rowCount());
  }

  @Test
  void withoutARespondentColumnTheIdIsTheLine() {
    SurveyRowReader rows = SurveyRowReader.open(List.of("organization", "LEA_TALK"), PLAIN);
    rows.add(41, List.of("Acme", "3"));
    assertEquals("line-41", rows.finish().responses().orElseThrow().responses().get(0).respondent().id());
  }

  @Test
  void aHeaderThatDoesNotFitIsRefusedAsTheCsvReaderRefusesIt() {
    SurveyCsvException e = assertThrows(SurveyCsvException.class,
        () -> SurveyRowReader.open(List.of("organization", "organization"), PLAIN));
    assertThrows(SurveyCsvException.class, () -> SurveyCsvReader.open(new ByteArrayInputStream(
        "organization,organization\n".getBytes(StandardCharsets.UTF_8)), PLAIN), e.getMessage());
    assertThrows(InvalidValueException.class, () -> SurveyRowReader.open(null, LAYOUT));
    assertThrows(InvalidValueException.class, () -> SurveyRowReader.open(List.of("organization"), null));
    SurveyRowReader rows = SurveyRowReader.open(List.of("organization", "LEA_TALK"), PLAIN);
    assertThrows(InvalidValueException.class, () -> rows.add(2, null));
  }
}
