package io.github.serviceculture.alignment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionScorer;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.ResponseCollector;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The respondents' scores of --scores: hand-worked cases, and the scores behind the engine's figures. */
class RespondentScoresTest {
  /** GOALS with four items, the last reverse keyed and the first of weight 2; TRAINING with two. */
  private static Instrument instrument() {
    Instrument.Builder b = Instrument.builder().id("t").version("1").scale(Scale.of(1, 5));
    for (int i = 0; i < 4; i++) {
      Item.Builder item = Item.builder().id("G" + i).dimension(Dimension.GOALS).text("Goal statement " + i)
          .reverseKeyed(i == 3);
      if (i == 0) {
        item.weight(2);
      }
      b.addItem(item.build());
    }
    for (int i = 0; i < 2; i++) {
      b.addItem(Item.builder().id("T" + i).dimension(Dimension.TRAINING).text("Training statement " + i).build());
    }
    return b.build();
  }

  /** Answers per respondent (rows) and item (columns, in the instrument's order); 0 marks a skip. */
  private static ResponseSet responses(Instrument instrument, int[][] answers) {
    ResponseCollector collector = ResponseSet.collector(instrument);
    for (int r = 0; r < answers.length; r++) {
      collector.begin(Respondent.builder().id(String.format("r%03d", r)).build());
      for (int i = 0; i < answers[r].length; i++) {
        if (answers[r][i] != 0) {
          collector.answer(i, answers[r][i]);
        }
      }
      collector.end();
    }
    return collector.build();
  }

  @Test
  void aScoreIsTheWeightedMeanOfTheKeyedAnsweredItemsWhenEnoughAreAnswered() {
    Random random = new Random(11);
    int[][] answers = new int[30][6];
    for (int[] row : answers) {
      for (int i = 0; i < 6; i++) {
        row[i] = 1 + random.nextInt(5);
      }
    }
    answers[0] = new int[] {5, 0, 0, 0, 3, 3};
    answers[1] = new int[] {0, 0, 0, 0, 0, 0};
    answers[2] = new int[] {4, 2, 0, 1, 2, 0};
    ResponseSet responses = responses(instrument(), answers);
    PerceptionPolicy policy = PerceptionPolicy.defaults();
    Map<Dimension, double[]> scores = RespondentScores.of(responses.toMatrix(),
        EnumSet.of(Dimension.GOALS, Dimension.TRAINING), policy);
    double[] goals = scores.get(Dimension.GOALS);
    assertEquals(30, goals.length);
    // One of four answered: under the default half, no score; nothing answered: none either.
    assertTrue(Double.isNaN(goals[0]) && Double.isNaN(goals[1]));
    // Three of four, the first of weight 2, the last reversed (6 - 1): (2 * 4 + 2 + 5) / 4.
    assertEquals(15.0 / 4, goals[2], 1e-12);
    // One of two training items is half of them: a score.
    assertEquals(2.0, scores.get(Dimension.TRAINING)[2], 1e-12);

    // They are the scores behind the engine's figures: same count, same mean.
    PerceptionScorer scorer = PerceptionScorer.of(policy);
    for (Dimension dimension : List.of(Dimension.GOALS, Dimension.TRAINING)) {
      PerceptionFigures figures = scorer.score(responses).dimension(dimension).value().orElseThrow();
      double sum = 0;
      int n = 0;
      for (double s : scores.get(dimension)) {
        if (s == s) {
          sum += s;
          n++;
        }
      }
      assertEquals(figures.n(), n, dimension.name());
      assertEquals(figures.mean().value(), sum / n, 1e-12, dimension.name());
    }
    assertEquals(0, RespondentScores.of(ResponseSet.of(instrument(), List.of()).toMatrix(),
        EnumSet.of(Dimension.GOALS), policy).get(Dimension.GOALS).length);
  }
}
