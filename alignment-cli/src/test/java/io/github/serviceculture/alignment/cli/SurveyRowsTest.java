package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Rows become the same responses as answers given by item id in code, whatever the order of the columns. */
class SurveyRowsTest {
  @TempDir
  Path dir;

  @Test
  void rowsBecomeTheResponsesTheirAnswersName() throws IOException {
    Path csv = dir.resolve("survey.csv");
    // Items in another order than the instrument's, a column that is ignored, a missing answer.
    Files.writeString(csv, """
        organization,respondent,level,LEA_TALK,note,VIS_DEFINED,GOA_TEAM
        Acme,r1,MANAGER,4,x,2,
        Acme,r2,frontline,5,y,NA,3
        Acme,r3,,1,z,5,5
        """, StandardCharsets.UTF_8);
    Instrument instrument = DefaultInstrument.instrument();
    SurveyRows.Conversion conversion = convert(csv, "--missing", "NA");
    ResponseSet expected = ResponseSet.of(instrument, List.of(
        Response.of(Respondent.builder().id("r1").level(Level.MANAGER).build(),
            Map.of("LEA_TALK", 4, "VIS_DEFINED", 2)),
        Response.of(Respondent.builder().id("r2").level(Level.FRONTLINE).build(),
            Map.of("LEA_TALK", 5, "GOA_TEAM", 3)),
        Response.of(Respondent.of("r3"), Map.of("LEA_TALK", 1, "VIS_DEFINED", 5, "GOA_TEAM", 5))));
    assertEquals(List.of(), conversion.rejections());
    assertEquals(expected, conversion.responses());
    assertEquals(expected.toMatrix(), conversion.responses().toMatrix());
  }

  @Test
  void levelsAndCustomerFacingAreReadInAnyCaseOfTheirAsciiSpelling() throws IOException {
    Path csv = dir.resolve("spellings.csv");
    Files.writeString(csv, """
        organization,respondent,level,customerFacing,LEA_TALK
        Acme,r1,Supervisor,YES,4
        Acme,r2,eXeCuTiVe,n,4
        Acme,r3,frontline,False,4
        Acme,r4,exec,true,4
        Acme,r5,manager,maybe,4
        Acme,r6,manager,yeſ,4
        Acme,r1,manager,1,4
        """, StandardCharsets.UTF_8);
    SurveyRows.Conversion conversion = convert(csv);
    List<Respondent> read = conversion.responses().responses().stream().map(Response::respondent).toList();
    assertEquals(List.of(
        Respondent.builder().id("r1").level(Level.SUPERVISOR).customerFacing(true).build(),
        Respondent.builder().id("r2").level(Level.EXECUTIVE).customerFacing(false).build(),
        Respondent.builder().id("r3").level(Level.FRONTLINE).customerFacing(false).build()), read);
    assertEquals(List.of(
        new Rejection(5, "Acme", "the level is not one of EXECUTIVE, MANAGER, SUPERVISOR, FRONTLINE"),
        new Rejection(6, "Acme", "customer-facing is not one of true/false, yes/no, 1/0"),
        new Rejection(7, "Acme", "customer-facing is not one of true/false, yes/no, 1/0"),
        new Rejection(8, "Acme", "repeats the respondent id of line 2")), conversion.rejections());
  }

  @Test
  void aOneDigitMissingCodeIsMissingAndOtherSpellingsOfAnAnswerReadAsThatAnswer() throws IOException {
    Path csv = dir.resolve("digits.csv");
    // Row r1 uses the one-digit missing codes, one outside the scale and one on it; r2 spells answers with
    // padding, a sign, a leading zero and an Arabic-Indic digit; r3 has a one-character cell that is not a digit.
    Files.writeString(csv, """
        organization,respondent,LEA_TALK,VIS_DEFINED,GOA_TEAM,VIS_SIMPLE
        Acme,r1,9,4,9,3
        Acme,r2, 4 ,+2,05,\u0663
        Acme,r3,x,4,4,4
        """, StandardCharsets.UTF_8);
    Instrument instrument = DefaultInstrument.instrument();
    SurveyRows.Conversion conversion = convert(csv, "--missing", "9,3");
    ResponseSet expected = ResponseSet.of(instrument, List.of(
        Response.of(Respondent.of("r1"), Map.of("VIS_DEFINED", 4)),
        Response.of(Respondent.of("r2"), Map.of("LEA_TALK", 4, "VIS_DEFINED", 2, "GOA_TEAM", 5, "VIS_SIMPLE", 3))));
    assertEquals(expected, conversion.responses());
    assertEquals(List.of(new Rejection(4, "Acme", "the answer to LEA_TALK is not a whole number")),
        conversion.rejections());
  }

  /** Reads every row of {@code csv} as organization Acme's, with the default instrument and the options given. */
  private static SurveyRows.Conversion convert(Path csv, String... args) {
    CsvOptions options = new CsvOptions();
    new CommandLine(options).parseArgs(args);
    try (CsvInput in = CsvInput.open(csv, ',')) {
      CsvLayout layout = CsvLayout.of(csv, in.header(), options, Map.of(), DefaultInstrument.instrument(), true);
      List<CsvInput.Row> rows = new ArrayList<>();
      for (CsvInput.Row row = in.next(); row != null; row = in.next()) {
        rows.add(row);
      }
      return new SurveyRows(layout).convert("Acme", rows);
    }
  }
}
