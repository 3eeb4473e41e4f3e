package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organization's rows read apart and merged, or spilled and read back, are those read together. */
class OrganizationRowsTest {
  private static final Instrument INSTRUMENT = DefaultInstrument.instrument();
  private static final String HEADER = "organization,respondent,level,department,customerFacing,site,LEA_TALK,VIS_DEFINED\n";

  @TempDir
  Path dir;

  /** Every block of the input, with all its rejections as the organization's. */
  private static List<OrganizationRows> blocks(String csv) throws IOException {
    SurveyCsvLayout layout = SurveyCsvLayout.builder(INSTRUMENT).attributeColumn("site").build();
    List<OrganizationRows> blocks = new ArrayList<>();
    try (SurveyCsvReader reader =
        SurveyCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), layout)) {
      for (SurveyCsvReader.Block block = reader.next(); block != null; block = reader.next()) {
        blocks.add(OrganizationRows.of(block, block.rejections().stream().map(SurveyInput::rejection).toList()));
      }
    }
    return blocks;
  }

  @Test
  void blocksOfOneOrganizationMergeIntoWhatTheReaderGivesForTheRowsTogether() throws IOException {
    String acme1 = "Acme,r1,MANAGER,Sales,yes,North,4,5\nAcme,r2,frontline,,no,,3,NA\n";
    String acme2 = "Acme,r3,,Support,,South,7,1\nAcme,r1,frontline,Support,,,2,2\nAcme,r4,,,,,1,\n";
    List<OrganizationRows> apart = blocks(HEADER + acme1 + "Brisk,b1,,,,,4,4\n" + acme2);
    List<OrganizationRows> together = blocks(HEADER + acme1 + acme2 + "Brisk,b1,,,,,4,4\n");
    OrganizationRows merged = OrganizationRows.merge(INSTRUMENT, List.of(apart.get(0), apart.get(2)));
    OrganizationRows whole = together.get(0);
    assertEquals(whole.responses(), merged.responses());
    assertEquals(List.of(2L, 3L, 6L), whole.lines());
    assertEquals(List.of(2L, 3L, 7L), merged.lines());
    // Lines differ by the Brisk row between the parts; the reasons, the repeat's included, do not.
    assertEquals(List.of(new Rejection(4, "Acme", "the answer to LEA_TALK must be an option from 1 to 5"),
        new Rejection(5, "Acme", "repeats the respondent id of line 2", 2)), whole.rejections());
    assertEquals(List.of(new Rejection(5, "Acme", "the answer to LEA_TALK must be an option from 1 to 5"),
        new Rejection(6, "Acme", "repeats the respondent id of line 2", 2)), merged.rejections());
  }

  @Test
  void aRepeatedIdAcrossBlocksIsRejectedInTheReadersWords() throws IOException {
    List<OrganizationRows> within = blocks(HEADER + "Acme,r1,,,,,4,4\nAcme,r1,,,,,4,4\n");
    List<OrganizationRows> across = blocks(HEADER + "Acme,r1,,,,,4,4\nBrisk,b1,,,,,4,4\nAcme,r1,,,,,4,4\n");
    OrganizationRows merged = OrganizationRows.merge(INSTRUMENT, List.of(across.get(0), across.get(2)));
    assertEquals(within.get(0).rejections().get(0).reason(), merged.rejections().get(0).reason());
    assertEquals(new Rejection(4, "Acme", "repeats the respondent id of line 2", 2), merged.rejections().get(0));
  }

  @Test
  void aRepeatWithinABlockOfARowThatRepeatsAnEarlierBlockNamesTheFirstLine() throws IOException {
    // Lines 4 and 5 repeat line 2's id; read together, both name line 2.
    List<OrganizationRows> across = blocks(HEADER + "Acme,r0,,,,,4,4\nBrisk,b1,,,,,4,4\nAcme,r0,,,,,3,3\n"
        + "Acme,r0,,,,,2,2\nAcme,r1,,,,,5,5\n");
    List<OrganizationRows> together = blocks(HEADER + "Acme,r0,,,,,4,4\nAcme,r0,,,,,3,3\nAcme,r0,,,,,2,2\n"
        + "Acme,r1,,,,,5,5\n");
    OrganizationRows merged = OrganizationRows.merge(INSTRUMENT, List.of(across.get(0), across.get(2)));
    assertEquals(List.of(new Rejection(4, "Acme", "repeats the respondent id of line 2", 2),
        new Rejection(5, "Acme", "repeats the respondent id of line 2", 2)), merged.rejections());
    assertEquals(List.of(new Rejection(3, "Acme", "repeats the respondent id of line 2", 2),
        new Rejection(4, "Acme", "repeats the respondent id of line 2", 2)), together.get(0).rejections());
    assertEquals(together.get(0).responses(), merged.responses());
  }

  @Test
  void aSpilledRecordReadsBackAsWritten() throws IOException {
    List<OrganizationRows> blocks = blocks(HEADER + "Acme,r1,MANAGER,\"Sales, \"\"EMEA\"\"\",yes,Nörth,4,5\n"
        + "Acme,r2,frontline,,no,,3,NA\nAcme,r3,,,,,9,1\nBrisk,b1,EXECUTIVE,,,,,\nCold,c1,,,,,x,1\n");
    try (FileChannel spill = FileChannel.open(dir.resolve("spill"), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      List<Long> offsets = new ArrayList<>();
      long at = 0;
      for (OrganizationRows rows : blocks) {
        offsets.add(at);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long written = SpilledRows.write(out, rows);
        assertEquals(out.size(), written);
        spill.write(ByteBuffer.wrap(out.toByteArray()), at);
        at += written;
      }
      for (int i = blocks.size() - 1; i >= 0; i--) {
        assertEquals(blocks.get(i), SpilledRows.read(spill, offsets.get(i), INSTRUMENT));
      }
    }
    assertNull(blocks.get(2).responses());
  }
}
