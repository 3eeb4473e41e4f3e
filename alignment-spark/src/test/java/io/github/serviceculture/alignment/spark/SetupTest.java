package io.github.serviceculture.alignment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.serviceculture.alignment.csv.SurveyCsvLayout;
import io.github.serviceculture.alignment.csv.SurveyCsvReader;
import io.github.serviceculture.alignment.csv.SurveyRowReader;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings a task gets, serialized as Spark serializes them, read rows as the driver's layout does. */
class SetupTest {
  private static final List<String> HEADER = List.of("org", "rid", "level", "site", "q1", "VIS_DEFINED", "note");

  @Test
  void theLayoutAndPolicyReadBackAsTheSameSettings() throws Exception {
    SurveyCsvLayout layout = SurveyCsvLayout.builder(DefaultInstrument.instrument()).organizationColumn("org")
        .respondentColumn("rid").attributeColumn("site").itemColumns(Map.of("q1", "LEA_TALK"))
        .missingCodes(List.of("NA", "-9")).build();
    ScoringPolicy policy = ScoringPolicy.builder().from(ScoringPolicy.defaults())
        .perception(PerceptionPolicy.defaults().withAnonymityThreshold(8)).build();
    AlignmentSpark.Setup setup = roundTrip(new AlignmentSpark.Setup(layout, policy, HEADER,
        LocalDate.of(2026, 12, 6)));
    assertEquals(policy, setup.policy());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), setup.assessedOn());
    SurveyCsvLayout read = setup.layout();
    assertEquals(layout.instrument(), read.instrument());
    assertEquals(layout.attributeColumns(), read.attributeColumns());
    assertEquals(layout.itemColumns(), read.itemColumns());
    assertEquals(layout.missingCodes(), read.missingCodes());
    assertEquals(layout.organizationColumn(), read.organizationColumn());
    assertEquals(layout.respondentColumn(), read.respondentColumn());
    List<List<String>> rows = List.of(
        List.of("Acme", "r1", "manager", "north", "4", "-9", "x"),
        List.of("Acme", "r2", "boss", "north", "4", "2", "x"),
        List.of("Acme", "r1", "frontline", "", "5", "NA", "x"),
        List.of("Acme", "r3", "frontline", "south", "-9", "6", "x"),
        List.of("-9", "r4", "frontline", "south", "1", "1", "x"),
        List.of("Bolt", "r1", "", "south", "3", "3", ""));
    assertEquals(blocks(layout, rows), blocks(read, rows));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  /** Each block's organization, responses and rejections, as comparable values. */
  private static List<List<Object>> blocks(SurveyCsvLayout layout, List<List<String>> rows) {
    SurveyRowReader reader = SurveyRowReader.open(HEADER, layout);
    List<SurveyCsvReader.Block> blocks = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SurveyCsvReader.Block b = reader.add(i + 2, rows.get(i));
      if (b != null) {
        blocks.add(b);
      }
    }
    blocks.add(reader.finish());
    List<List<Object>> out = new ArrayList<>();
    for (SurveyCsvReader.Block b : blocks) {
      out.add(List.of(b.organization(), b.responses().map(r -> r.responses()).orElse(List.of()), b.rejections()));
    }
    return out;
  }
}
