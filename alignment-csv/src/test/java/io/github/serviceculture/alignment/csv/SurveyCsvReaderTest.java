package io.github.serviceculture.alignment.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.csv.SurveyCsvReader.Block;
import io.github.serviceculture.alignment.csv.SurveyCsvReader.Rejection;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Rows become the responses their answers name; bad rows are rejected by line, and reading goes on. */
class SurveyCsvReaderTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final String OFF_SCALE = "must be an option from 1 to 5";

  @Test
  void rowsBecomeTheResponsesTheirAnswersNameWhateverTheOrderOfTheColumns() {
    // Items in another order than the instrument's, a column that is ignored, a missing answer.
    List<Block> blocks = read("""
        organization,respondent,level,LEA_TALK,note,VIS_DEFINED,GOA_TEAM
        Acme,r1,MANAGER,4,x,2,
        Acme,r2,frontline,5,y,NA,3
        Acme,r3,,1,z,5,5
        """);
    ResponseSet expected = ResponseSet.of(INSTRUMENT, List.of(
        Response.of(Respondent.builder().id("r1").level(Level.MANAGER).build(),
            Map.of("LEA_TALK", 4, "VIS_DEFINED", 2)),
        Response.of(Respondent.builder().id("r2").level(Level.FRONTLINE).build(),
            Map.of("LEA_TALK", 5, "GOA_TEAM", 3)),
        Response.of(Respondent.of("r3"), Map.of("LEA_TALK", 1, "VIS_DEFINED", 5, "GOA_TEAM", 5))));
    assertEquals(1, blocks.size());
    assertEquals("Acme", blocks.get(0).organization());
    assertEquals(List.of(), blocks.get(0).rejections());
    assertEquals(expected, blocks.get(0).responses().orElseThrow());
    assertEquals(expected.toMatrix(), blocks.get(0).responses().orElseThrow().toMatrix());
    assertEquals(List.of(2L, 3L, 4L), lines(blocks.get(0)));
  }

  @Test
  void levelsAndCustomerFacingAreReadInAnyCaseOfTheirAsciiSpelling() {
    Block block = single("""
        organization,respondent,level,customerFacing,LEA_TALK
        Acme,r1,Supervisor,YES,4
        Acme,r2,eXeCuTiVe,n,4
        Acme,r3,frontline,False,4
        Acme,r4,exec,true,4
        Acme,r5,manager,maybe,4
        Acme,r6,manager,yeſ,4
        Acme,r1,manager,1,4
        Acme,r7,manager,Y,4
        Acme,r8,manager,0,4
        """);
    assertEquals(List.of(
        Respondent.builder().id("r1").level(Level.SUPERVISOR).customerFacing(true).build(),
        Respondent.builder().id("r2").level(Level.EXECUTIVE).customerFacing(false).build(),
        Respondent.builder().id("r3").level(Level.FRONTLINE).customerFacing(false).build(),
        Respondent.builder().id("r7").level(Level.MANAGER).customerFacing(true).build(),
        Respondent.builder().id("r8").level(Level.MANAGER).customerFacing(false).build()), respondents(block));
    assertEquals(List.of(
        new Rejection(5, "Acme", "the level is not one of EXECUTIVE, MANAGER, SUPERVISOR, FRONTLINE"),
        new Rejection(6, "Acme", "customer-facing is not one of true/false, yes/no, 1/0"),
        new Rejection(7, "Acme", "customer-facing is not one of true/false, yes/no, 1/0"),
        Rejection.repeating(8, "Acme", 2)), block.rejections());
  }

  @Test
  void aOneDigitMissingCodeIsMissingAndOtherSpellingsOfAnAnswerReadAsThatAnswer() {
    // Row r1 uses the one-digit missing codes, one outside the scale and one on it; r2 spells answers with
    // padding, a sign, a leading zero, quotes and an Arabic-Indic digit; r3 has a one-character cell that
    // is not a digit.
    Block block = single("""
        organization,respondent,LEA_TALK,VIS_DEFINED,GOA_TEAM,VIS_SIMPLE,VIS_CUSTOMER
        Acme,r1,9,4,9,3,
        Acme,r2, 4 ,+2,05,\u0663,"1"
        Acme,r3,x,4,4,4,4
        """, b -> b.missingCodes(List.of("9", "3")));
    ResponseSet expected = ResponseSet.of(INSTRUMENT, List.of(
        Response.of(Respondent.of("r1"), Map.of("VIS_DEFINED", 4)),
        Response.of(Respondent.of("r2"),
            Map.of("LEA_TALK", 4, "VIS_DEFINED", 2, "GOA_TEAM", 5, "VIS_SIMPLE", 3, "VIS_CUSTOMER", 1))));
    assertEquals(expected, block.responses().orElseThrow());
    assertEquals(List.of(new Rejection(4, "Acme", "the answer to LEA_TALK is not a whole number")), block.rejections());
  }

  @Test
  void missingCodesReplaceTheDefaultButTheEmptyCellStaysMissing() {
    Block block = single("""
        organization,respondent,LEA_TALK,VIS_DEFINED
        Acme,r1,NA,
        Acme,r2,-,4
        """, b -> b.missingCodes(List.of("-")));
    assertEquals(List.of(new Rejection(2, "Acme", "the answer to LEA_TALK is not a whole number")), block.rejections());
    assertEquals(List.of(Response.of(Respondent.of("r2"), Map.of("VIS_DEFINED", 4))),
        block.responses().orElseThrow().responses());
  }

  @Test
  void answersOffTheScaleAreRejectedNamingTheItemAndTheScale() {
    Block block = single("""
        organization,respondent,LEA_TALK,VIS_DEFINED
        Acme,r1,6,4
        Acme,r2,4,0
        Acme,r3,9,-1
        Acme,r4,99999999999,1
        Acme,r5,5,5
        """);
    assertEquals(List.of(
        new Rejection(2, "Acme", "the answer to LEA_TALK " + OFF_SCALE),
        new Rejection(3, "Acme", "the answer to VIS_DEFINED " + OFF_SCALE),
        new Rejection(4, "Acme", "the answer to VIS_DEFINED " + OFF_SCALE),
        new Rejection(5, "Acme", "the answer to LEA_TALK is not a whole number")), block.rejections());
    assertEquals(List.of("r5"), ids(block));
    assertEquals(List.of(6L), lines(block));
  }

  @Test
  void aBlockIsTheContiguousRowsOfOneOrganization() {
    List<Block> blocks = read("""
        organization,respondent,LEA_TALK
        Acme,r1,4
        Acme,r2,4
        Brisk,r1,3
        Acme,r3,2
        """);
    assertEquals(List.of("Acme", "Brisk", "Acme"), blocks.stream().map(Block::organization).toList());
    assertEquals(List.of("r1", "r2"), ids(blocks.get(0)));
    assertEquals(List.of("r1"), ids(blocks.get(1)));
    assertEquals(List.of(5L), lines(blocks.get(2)));
  }

  @Test
  void withoutAnOrganizationColumnEveryRowIsOfOneOrganizationNamedEmpty() {
    List<Block> blocks = read("""
        respondent,LEA_TALK
        r1,4
        r2,5
        """);
    assertEquals(1, blocks.size());
    assertEquals("", blocks.get(0).organization());
    assertEquals(List.of("r1", "r2"), ids(blocks.get(0)));
  }

  @Test
  void withoutARespondentColumnRespondentsAreNamedByTheirLine() {
    Block block = single("""
        organization,LEA_TALK

        Acme,4
        Acme,5
        """);
    assertEquals(List.of("line-3", "line-4"), ids(block));
  }

  @Test
  void renamedColumnsAttributesAndMappedItemsAreRead() {
    SurveyCsvLayout.Builder layout = SurveyCsvLayout.builder(INSTRUMENT).organizationColumn("org")
        .respondentColumn("id").levelColumn("rank").departmentColumn("unit").customerFacingColumn("facing")
        .attributeColumns(List.of("site", "tenure")).itemColumn("q1", "LEA_TALK").itemColumns(Map.of("q2", "GOA_TEAM"));
    Block block = single("""
        org,id,rank,unit,facing,site,tenure,q1,q2,VIS_DEFINED,other
        Acme,r1,manager,Sales,yes,North,,4,2,5,x
        """, layout);
    Respondent expected = Respondent.builder().id("r1").level(Level.MANAGER).department("Sales").customerFacing(true)
        .putAttribute("site", "North").build();
    assertEquals(List.of(Response.of(expected, Map.of("LEA_TALK", 4, "GOA_TEAM", 2, "VIS_DEFINED", 5))),
        block.responses().orElseThrow().responses());
  }

  @Test
  void theReaderTellsWhichItemsHaveNoColumnAndWhichColumnsAreIgnored() throws IOException {
    try (SurveyCsvReader reader = open("organization, LEA_TALK ,note\nAcme,4,x\n", SurveyCsvLayout.builder(INSTRUMENT))) {
      assertEquals(List.of("note"), reader.ignoredColumns());
      assertEquals(INSTRUMENT.items().size() - 1, reader.absentItems().size());
      assertFalse(reader.absentItems().contains("LEA_TALK"));
      assertEquals(List.of("organization", " LEA_TALK ", "note"), reader.header());
      assertEquals(List.of(4), List.of(reader.next().responses().orElseThrow().responses().get(0).answers()
          .get("LEA_TALK")));
      assertNull(reader.next());
      assertEquals(1, reader.rowCount());
    }
  }

  @Test
  void aMappedItemWinsOverAColumnNamedLikeIt() throws IOException {
    try (SurveyCsvReader reader = open("organization,respondent,LEA_TALK,q1\nAcme,r1,9,4\n",
        SurveyCsvLayout.builder(INSTRUMENT).itemColumn("q1", "LEA_TALK"))) {
      SurveyCsvReader.Block block = reader.next();
      assertEquals(4.0, block.responses().orElseThrow().toMatrix().answer(0, INSTRUMENT.indexOf("LEA_TALK")));
      assertTrue(reader.ignoredColumns().contains("LEA_TALK"));
    }
  }

  @Test
  void anAttributeColumnCannotTakeARespondentFieldsName() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SurveyCsvLayout.builder(INSTRUMENT).levelColumn("lvl").attributeColumn("level"));
    assertEquals("attributeColumns", e.field());
  }

  @Test
  void aLayoutThatCannotBeBuiltClosesTheInput() {
    boolean[] closed = {false};
    java.io.InputStream in = new java.io.ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThrows(InvalidValueException.class,
        () -> SurveyCsvReader.open(in, SurveyCsvLayout.builder(INSTRUMENT).organizationColumn("x").itemColumn("x", "LEA_TALK")));
    assertTrue(closed[0]);
  }

  @Test
  void aHeaderThatDoesNotFitTheLayoutIsRefusedNamingTheColumn() {
    SurveyCsvLayout.Builder defaults = SurveyCsvLayout.builder(INSTRUMENT);
    assertMismatch("organization,LEA_TALK,organization\n", defaults, "columns 1 and 3 of the header have the same name");
    assertMismatch("organization,,LEA_TALK\n", defaults, "column 2 of the header has no name");
    assertMismatch("respondent,LEA_TALK\n", SurveyCsvLayout.builder(INSTRUMENT).organizationColumn("organization"),
        "no column 'organization' (the organization column)");
    assertMismatch("organization,LEA_TALK\n", SurveyCsvLayout.builder(INSTRUMENT).attributeColumn("site"),
        "no column 'site' (an attribute column)");
    assertMismatch("organization,LEA_TALK\n", SurveyCsvLayout.builder(INSTRUMENT).itemColumn("q1", "GOA_TEAM"),
        "the item map names column 'q1', which the header does not have");
    assertMismatch("organization,note\n", defaults, "no column holds an item of service-culture-alignment 1.0; "
        + "name columns by item id or map them to items");
    assertMismatch("organization,LEA_TALK,q1\n", SurveyCsvLayout.builder(INSTRUMENT).itemColumn("q1", "LEA_TALK")
        .itemColumn("LEA_TALK", "LEA_TALK"), "columns 3 and 2 of the header both hold item LEA_TALK");
    SurveyCsvException all = assertThrows(SurveyCsvException.class,
        () -> open("organization,LEA_TALK\n", SurveyCsvLayout.builder(INSTRUMENT).requireAllItems(true)));
    assertTrue(all.getMessage().startsWith("no column for " + (INSTRUMENT.items().size() - 1) + " item(s)"),
        all.getMessage());
  }

  @Test
  void anEmptyOrMalformedHeaderIsRefused() {
    SurveyCsvLayout.Builder defaults = SurveyCsvLayout.builder(INSTRUMENT);
    assertMalformed("", "the input is empty; expected a header row");
    assertMalformed("\n\n", "the input is empty; expected a header row");
    assertMalformed("organization,\"LEA_TALK\n", "the header, line 1, is malformed CSV: malformed quoting in column 2: "
        + "the quoted field is not closed before the end of the input");
    SurveyCsvException bytes = assertThrows(SurveyCsvException.class, () -> open(
        new byte[] {'L', 'E', 'A', '_', 'T', 'A', 'L', 'K', (byte) 0xFF, '\n'}, defaults.build()));
    assertEquals(SurveyCsvException.MALFORMED_HEADER, bytes.code());
    assertEquals("the header, line 1, holds bytes that are not valid UTF-8", bytes.getMessage());
  }

  @Test
  void aLayoutRefusesOptionsThatCannotWork() {
    SurveyCsvLayout.Builder b = SurveyCsvLayout.builder(INSTRUMENT);
    assertThrows(InvalidValueException.class, () -> b.delimiter('"'));
    assertThrows(InvalidValueException.class, () -> b.delimiter('\n'));
    assertThrows(InvalidValueException.class, () -> b.delimiter('§'));
    assertThrows(InvalidValueException.class, () -> b.attributeColumn("1site"));
    assertThrows(InvalidValueException.class, () -> b.respondentColumn(" "));
    InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> b.itemColumn("q1", "NOPE"));
    assertTrue(unknown.problem().contains("not an item of service-culture-alignment 1.0"), unknown.problem());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> SurveyCsvLayout.builder(INSTRUMENT).departmentColumn("site").attributeColumn("site").build());
    assertEquals("must not give a column two roles", twice.problem());
    assertThrows(InvalidValueException.class, () -> SurveyCsvLayout.builder(null));
    assertThrows(InvalidValueException.class, () -> b.missingCodes(null));
    assertThrows(InvalidValueException.class, () -> SurveyCsvReader.open(null, b));
    assertThrows(InvalidValueException.class, () -> new Rejection(2, "Acme", null));
    assertThrows(InvalidValueException.class, () -> new Rejection(2, "Acme", "a reason", -1));
    assertThrows(InvalidValueException.class, () -> Rejection.repeating(3, "Acme", 0));
    assertEquals(0, new Rejection(2, "Acme", "no respondent id").repeatOf());
    assertThrows(InvalidValueException.class, () -> new Rejection(2, null, "the row has 2 fields, the header 3"));
  }

  @Test
  void badRowsAreRejectedWithTheirLineAndAReasonThatNeverQuotesTheValue() {
    String secret = "s3cr3t-value";
    String longText = "d".repeat(SurveyCsvReader.MAX_TEXT_LENGTH + 1);
    Block block = single("organization,respondent,department,LEA_TALK\n"
        + "Acme,r1,Sales," + secret + "\n"
        + "Acme,,Sales,4\n"
        + "Acme,NA,Sales,4\n"
        + "Acme,r2,Sales\n"
        + "Acme,r3,Sales,4," + secret + "\n"
        + "Acme,r4," + longText + ",4\n"
        + "Acme," + "i".repeat(101) + ",Sales,4\n"
        + "Acme,r5,Sales,4\n");
    assertEquals(List.of(
        new Rejection(2, "Acme", "the answer to LEA_TALK is not a whole number"),
        new Rejection(3, "Acme", "no respondent id"),
        new Rejection(4, "Acme", "no respondent id"),
        new Rejection(5, "", "the row has 3 fields, the header 4"),
        new Rejection(6, "", "the row has 5 fields, the header 4"),
        new Rejection(7, "Acme", "the department is longer than 100000 characters"),
        new Rejection(8, "Acme", "the respondent id is longer than 100 characters")), block.rejections());
    assertEquals(List.of("r5"), ids(block));
    for (Rejection r : block.rejections()) {
      assertFalse(r.reason().contains(secret), r.reason());
    }
  }

  @Test
  void bytesThatAreNotUtf8RejectTheirRowOnly() {
    byte[] head = "organization,respondent,LEA_TALK\nAcme,r1,4\nAcme,r".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",4\nAcme,r3,5\n".getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, csv, 0, head.length);
    csv[head.length] = (byte) 0xC0; // an overlong form
    csv[head.length + 1] = (byte) 0xAF;
    System.arraycopy(tail, 0, csv, head.length + 2, tail.length);
    List<Block> blocks = read(csv, SurveyCsvLayout.builder(INSTRUMENT).build());
    assertEquals(1, blocks.size());
    assertEquals(List.of(new Rejection(3, "", "the row holds bytes that are not valid UTF-8")), blocks.get(0).rejections());
    assertEquals(List.of("r1", "r3"), ids(blocks.get(0)));
  }

  @Test
  void rowsWithoutAnOrganizationAreRejectedInTheBlockBeingRead() {
    List<Block> blocks = read("""
        organization,respondent,LEA_TALK
        ,r0,4
        Acme,r1,4
        NA,r2,4
        Acme,r3
        Brisk,r4,4
        """);
    assertEquals(List.of("Acme", "Brisk"), blocks.stream().map(Block::organization).toList());
    assertEquals(List.of(new Rejection(2, "", "no organization"), new Rejection(4, "", "no organization"),
        new Rejection(5, "", "the row has 2 fields, the header 3")), blocks.get(0).rejections());
    assertEquals(List.of("r4"), ids(blocks.get(1)));
  }

  @Test
  void whenNoRowNamesAnOrganizationTheRejectionsFormABlockNamedEmpty() {
    List<Block> blocks = read("organization,respondent,LEA_TALK\n,r1,4\nAcme,r2\n");
    assertEquals(1, blocks.size());
    assertEquals("", blocks.get(0).organization());
    assertTrue(blocks.get(0).responses().isEmpty());
    assertEquals(List.of(2L, 3L), blocks.get(0).rejections().stream().map(Rejection::line).toList());
  }

  @Test
  void aBlockWhoseRowsAreAllRejectedHasNoResponseSet() {
    List<Block> blocks = read("organization,respondent,LEA_TALK\nAcme,r1,7\nBrisk,r2,4\n");
    assertTrue(blocks.get(0).responses().isEmpty());
    assertEquals(1, blocks.get(0).rowCount());
    assertEquals(List.of("r2"), ids(blocks.get(1)));
  }

  @Test
  void aQuotedFieldMaySpanLinesAndLaterRowsKeepTheirLines() {
    Block block = single("organization,respondent,department,LEA_TALK\r\n"
        + "Acme,r1,\"Sales,\r\nNorth \"\"East\"\"\",4\r\n"
        + "Acme,r2,\"a\nb\nc\",5\r\n"
        + "Acme,r1,x,5\r\n");
    assertEquals(List.of(2L, 4L), lines(block));
    assertEquals(List.of(Rejection.repeating(7, "Acme", 2)), block.rejections());
    assertEquals("repeats the respondent id of line 2", block.rejections().get(0).reason());
    assertEquals(2, block.rejections().get(0).repeatOf(), "the earlier line, for a program that joins blocks");
    assertEquals(List.of("Sales,\r\nNorth \"East\"", "a\nb\nc"),
        respondents(block).stream().map(r -> r.department().orElseThrow()).toList());
  }

  @Test
  void aQuoteNeverClosedCostsOnlyItsOwnLine() {
    List<Block> blocks = read("""
        organization,respondent,department,LEA_TALK
        Acme,r1,Sales,4
        Acme,r2,"Sales,4
        Acme,r3,Sales,5
        Acme,r4,Sales,3
        """);
    Block block = blocks.get(0);
    assertEquals(1, blocks.size());
    assertEquals(List.of(new Rejection(3, "", "malformed quoting in column 'department': the quoted field is not closed "
        + "before the end of the input; reading goes on from the next line")), block.rejections());
    assertEquals(List.of("r1", "r3", "r4"), ids(block));
    assertEquals(List.of(2L, 4L, 5L), lines(block));
  }

  @Test
  void aRecordThatSpansLinesWithTheWrongFieldCountIsRejectedFromItsFirstLineAndTheNextLineIsReadAgain() {
    // The quote opened on line 3 closes on line 4, giving a record of 5 fields: line 3 is rejected, and line 4
    // is read again as a row, with a stray quote.
    Block block = single("""
        organization,respondent,department,LEA_TALK
        Acme,r1,Sales,4
        Acme,r2,"Sales,4
        Acme,r3",Sales,5
        Acme,r4,Sales,3
        """);
    assertEquals(List.of(
        new Rejection(3, "", "the row has 5 fields, the header 4; reading goes on from the next line"),
        new Rejection(4, "", "malformed quoting in column 'respondent': a quote inside a field that does not start with "
            + "one; reading goes on from the next line")), block.rejections());
    assertEquals(List.of(2L, 5L), lines(block));
  }

  @Test
  void textAfterAClosingQuoteRejectsTheRow() {
    Block block = single("""
        organization,respondent,LEA_TALK
        Acme,"r1"x,4
        Acme,r2,4
        """);
    assertEquals(List.of(new Rejection(2, "", "malformed quoting in column 'respondent': text after the closing quote; "
        + "reading goes on from the next line")), block.rejections());
    assertEquals(List.of("r2"), ids(block));
  }

  @Test
  void aQuotedFieldOfMoreThanAHundredLinesIsRejected() {
    StringBuilder csv = new StringBuilder("organization,respondent,department,LEA_TALK\nAcme,r1,\"");
    csv.append("x\n".repeat(CsvRecords.MAX_RECORD_LINES)).append("\",4\nAcme,r2,Sales,4\n");
    Block block = single(csv.toString());
    assertEquals(new Rejection(2, "", "malformed quoting in column 'department': the quoted field spans more than 100 "
        + "lines; reading goes on from the next line"), block.rejections().get(0));
    assertEquals(List.of("r2"), ids(block));
    // Lines 3 to 102 are read again as rows: each a one-field row, and the last the stray quote.
    assertEquals(CsvRecords.MAX_RECORD_LINES + 1, block.rejections().size());
    assertEquals(List.of((long) CsvRecords.MAX_RECORD_LINES + 3), lines(block));
  }

  @Test
  void aByteOrderMarkIsSkippedAndATabDelimiterSplitsFields() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "organization\trespondent\tLEA_TALK\nAcme, Inc.\tr1\t4\n".getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, csv, 0, 3);
    System.arraycopy(text, 0, csv, 3, text.length);
    List<Block> blocks = read(csv, SurveyCsvLayout.builder(INSTRUMENT).delimiter('\t').build());
    assertEquals("Acme, Inc.", blocks.get(0).organization());
    assertEquals(List.of("r1"), ids(blocks.get(0)));
  }

  @Test
  void blankLinesAreSkippedAndLinesCountThem() {
    Block block = single("\norganization,respondent,LEA_TALK\n\n\r\nAcme,r1,4\r\rAcme,r2,x");
    assertEquals(List.of(5L), lines(block));
    assertEquals(List.of(new Rejection(7, "Acme", "the answer to LEA_TALK is not a whole number")), block.rejections());
  }

  @Test
  void linesOfOnlySpacesAndTabsAreSkippedUnlessTabIsTheDelimiter() {
    Block block = single("organization,respondent,LEA_TALK\n   \nAcme,r1,4\n \t \r\nAcme,r2,5\n\t");
    assertEquals(List.of(3L, 5L), lines(block));
    assertEquals(List.of(), block.rejections());
    // With tabs as delimiters, a line of tabs is a row of empty cells.
    Block tabbed = single("organization\trespondent\tLEA_TALK\nAcme\tr1\t4\n\t\t\n", b -> b.delimiter('\t'));
    assertEquals(List.of(2L), lines(tabbed));
    assertEquals(List.of(new Rejection(3, "", "no organization")), tabbed.rejections());
  }

  @Test
  void leadingZerosDoNotCountAsDigitsOfAnAnswer() {
    Block block = single("organization,respondent,LEA_TALK,VIS_DEFINED\nAcme,r1,00000000003,\"0000000000002\"\n"
        + "Acme,r2,00000000000,1\nAcme,r3,1,12345678901\n");
    assertEquals(List.of("r1"), ids(block));
    assertEquals(List.of(new Rejection(3, "Acme", "the answer to LEA_TALK must be an option from 1 to 5"),
        new Rejection(4, "Acme", "the answer to VIS_DEFINED is not a whole number")), block.rejections());
    assertEquals(3, block.responses().orElseThrow().responses().get(0).answer("LEA_TALK").getAsInt());
  }

  @Test
  void aTooLongOrganizationRejectsItsRowWithoutNamingIt() {
    String name = "o".repeat(SurveyCsvReader.MAX_TEXT_LENGTH + 1);
    List<Block> blocks = read("organization,respondent,LEA_TALK\nAcme,r1,4\n" + name + ",r2,4\n");
    assertEquals(List.of(new Rejection(3, "", "the organization is longer than 100000 characters")),
        blocks.get(0).rejections());
  }

  @Test
  void everyDataRowIsAResponseOrARejection() {
    StringBuilder csv = new StringBuilder("organization,respondent,department,LEA_TALK,VIS_DEFINED\n");
    int rows = 0;
    java.util.Random random = new java.util.Random(7);
    String[] kinds = {"%s,r%d,Sales,4,5", "%s,r%d,Sales,6,5", "%s,,Sales,4,5", "%s,r%d,\"Sa\nles\",4,5",
        "%s,r%d,\"Sales,4,5", "%s,r%d,Sales,4", "%s,r%d,Sa\"les,4,5", "%s,r1,Sales,4,5"};
    List<Integer> linesOfRows = new ArrayList<>();
    int line = 2;
    // Enough rows to cross the reader's buffer many times, records and recoveries included. An unclosed quote
    // (kind 4) reaches a later quote or its line limit and is then rejected from its line: the lines after it
    // are read as they would be without it.
    for (int i = 0; i < 20_000; i++) {
      String org = "Org" + (i / 100);
      int kind = random.nextInt(kinds.length - 1);
      csv.append(String.format(kinds[kind], org, i)).append('\n');
      linesOfRows.add(line);
      line += kind == 3 ? 2 : 1;
      rows++;
    }
    List<Block> blocks;
    long counted;
    try (SurveyCsvReader reader = open(csv.toString(), SurveyCsvLayout.builder(INSTRUMENT))) {
      blocks = new ArrayList<>();
      for (Block b = reader.next(); b != null; b = reader.next()) {
        blocks.add(b);
      }
      counted = reader.rowCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Long> seen = new ArrayList<>();
    for (Block b : blocks) {
      seen.addAll(lines(b));
      b.rejections().forEach(r -> seen.add(r.line()));
    }
    seen.sort(null);
    assertEquals(rows, counted);
    assertEquals(linesOfRows.stream().map(Integer::longValue).toList(), seen);
    assertEquals(200, blocks.size());
  }

  @Test
  void aLineLongerThanTheRecordLimitIsRejectedAndTheNextLineIsRead() {
    String csv = "organization,respondent,department,LEA_TALK\nAcme,r1," + "d".repeat(CsvRecords.MAX_RECORD_BYTES + 10)
        + ",4\nAcme,r2,Sales,4\n";
    Block block = single(csv);
    assertEquals(List.of(new Rejection(2, "", "the row is longer than " + CsvRecords.MAX_RECORD_BYTES + " bytes; reading "
        + "goes on from the next line")), block.rejections());
    assertEquals(List.of(3L), lines(block));
  }

  private static void assertMismatch(String csv, SurveyCsvLayout.Builder layout, String message) {
    SurveyCsvException e = assertThrows(SurveyCsvException.class, () -> open(csv, layout));
    assertEquals(SurveyCsvException.HEADER_MISMATCH, e.code());
    assertEquals(message, e.getMessage());
  }

  private static void assertMalformed(String csv, String message) {
    SurveyCsvException e = assertThrows(SurveyCsvException.class, () -> open(csv, SurveyCsvLayout.builder(INSTRUMENT)));
    assertEquals(SurveyCsvException.MALFORMED_HEADER, e.code());
    assertEquals(message, e.getMessage());
  }

  static SurveyCsvReader open(String csv, SurveyCsvLayout.Builder layout) {
    return SurveyCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), layout);
  }

  static SurveyCsvReader open(byte[] csv, SurveyCsvLayout layout) {
    return SurveyCsvReader.open(new ByteArrayInputStream(csv), layout);
  }

  static List<Block> read(byte[] csv, SurveyCsvLayout layout) {
    try (SurveyCsvReader reader = open(csv, layout)) {
      List<Block> blocks = new ArrayList<>();
      for (Block block = reader.next(); block != null; block = reader.next()) {
        blocks.add(block);
      }
      return blocks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Block> read(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8), SurveyCsvLayout.builder(INSTRUMENT).build());
  }

  private static Block single(String csv) {
    return single(csv, SurveyCsvLayout.builder(INSTRUMENT));
  }

  private static Block single(String csv, UnaryOperator<SurveyCsvLayout.Builder> options) {
    return single(csv, options.apply(SurveyCsvLayout.builder(INSTRUMENT)));
  }

  private static Block single(String csv, SurveyCsvLayout.Builder layout) {
    List<Block> blocks = read(csv.getBytes(StandardCharsets.UTF_8), layout.build());
    assertEquals(1, blocks.size(), "blocks");
    return blocks.get(0);
  }

  private static List<Long> lines(Block block) {
    List<Long> lines = new ArrayList<>();
    int n = block.responses().map(ResponseSet::size).orElse(0);
    for (int i = 0; i < n; i++) {
      lines.add(block.line(i));
    }
    return lines;
  }

  private static List<Respondent> respondents(Block block) {
    return block.responses().map(s -> s.responses().stream().map(Response::respondent).toList()).orElse(List.of());
  }

  private static List<String> ids(Block block) {
    return respondents(block).stream().map(Respondent::id).toList();
  }
}
