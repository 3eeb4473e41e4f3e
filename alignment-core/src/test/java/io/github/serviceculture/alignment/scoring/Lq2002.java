package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.ReferenceData;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** lq2002 (multilevel): its companies as organizations scored by the engine, for tests against R's values. */
final class Lq2002 {
  private Lq2002() {}

  /** A five-point instrument whose LEADERSHIP dimension holds the given lq2002 items. */
  static Instrument instrument(String... items) {
    Instrument.Builder b = Instrument.builder().id("lq2002").version("1").scale(Scale.of(1, 5));
    for (String id : items) {
      b.addItem(Item.builder().id(id).dimension(Dimension.LEADERSHIP).text("Leadership statement " + id).build());
    }
    return b.build();
  }

  /**
   * One report of every respondent as one organization, each respondent's department "company ID", plus
   * {@code extra} respondents of department "company 0" who answer every item {@code answer}.
   */
  static AlignmentReport oneOrganization(Instrument instrument, int extra, int answer) {
    ReferenceData.Table table = ReferenceData.require().table("lq2002.csv");
    double[] company = table.numbers("COMPID");
    int k = instrument.items().size();
    double[][] answers = answers(table, instrument);
    ResponseCollector collector = ResponseSet.collector(instrument);
    for (int row = 0; row < company.length; row++) {
      collector.begin(Respondent.builder().id("s" + row).department("company " + (int) company[row]).build());
      for (int i = 0; i < k; i++) {
        if (answers[i][row] == answers[i][row]) {
          collector.answer(i, (int) answers[i][row]);
        }
      }
      collector.end();
    }
    for (int row = 0; row < extra; row++) {
      collector.begin(Respondent.builder().id("x" + row).department("company 0").build());
      for (int i = 0; i < k; i++) {
        collector.answer(i, answer);
      }
      collector.end();
    }
    return AlignmentEngine.withDefaults().assess(Assessment.builder().responses(collector.build()).build());
  }

  /** The answers to each of the instrument's items, by row; NaN where missing. */
  private static double[][] answers(ReferenceData.Table table, Instrument instrument) {
    double[][] answers = new double[instrument.items().size()][];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = table.numbers(instrument.items().get(i).id());
    }
    return answers;
  }

  /** One report per company, named "company ID", in the order of the file. */
  static List<AlignmentReport> reports(Instrument instrument) {
    ReferenceData.Table table = ReferenceData.require().table("lq2002.csv");
    double[] company = table.numbers("COMPID");
    int k = instrument.items().size();
    double[][] answers = answers(table, instrument);
    Map<Integer, List<Integer>> rowsByCompany = new LinkedHashMap<>();
    for (int row = 0; row < company.length; row++) {
      rowsByCompany.computeIfAbsent((int) company[row], c -> new ArrayList<>()).add(row);
    }
    AlignmentEngine engine = AlignmentEngine.withDefaults();
    List<AlignmentReport> reports = new ArrayList<>();
    rowsByCompany.forEach((id, rows) -> {
      ResponseCollector collector = ResponseSet.collector(instrument);
      for (int row : rows) {
        collector.begin(Respondent.of("s" + row));
        for (int i = 0; i < k; i++) {
          if (answers[i][row] == answers[i][row]) {
            collector.answer(i, (int) answers[i][row]);
          }
        }
        collector.end();
      }
      AlignmentReport report = engine.assess(Assessment.builder().responses(collector.build()).build());
      reports.add(report.withMetadata(report.metadata().withOrganization("company " + id)));
    });
    return reports;
  }
}
