package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.ResponseMatrix;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Each respondent's score of each dimension, as the engine's perception figures use it: the
 * weighted mean of the answered items after reverse keying, in the scale's units, when at least the
 * policy's share of the items is answered.
 *
 * <p>These are individual data, which the core's disclosure guard exists to keep from leaving the
 * library: so the core has no public method that gives them, and only the CLI's {@code --scores},
 * whose output the survey's owner asks for and is warned about, computes them here. That they are
 * the scores behind the figures is checked by the tests (their mean is the dimension's).
 */
final class RespondentScores {
  private RespondentScores() {}

  /**
   * The scores of the given dimensions, from one matrix.
   *
   * @return per dimension, one score per row of {@code matrix}; NaN where the respondent has none
   */
  static Map<Dimension, double[]> of(ResponseMatrix matrix, Collection<Dimension> dimensions, PerceptionPolicy policy) {
    Instrument instrument = matrix.instrument();
    double lowest = instrument.scale().lowest();
    double highest = instrument.scale().highest();
    Map<Dimension, double[]> out = new EnumMap<>(Dimension.class);
    for (Dimension dimension : dimensions) {
      var items = instrument.scaleItems(dimension);
      int k = items.size();
      int[] columns = new int[k];
      boolean[] reversed = new boolean[k];
      double[] weights = new double[k];
      for (int c = 0; c < k; c++) {
        Item item = items.get(c);
        columns[c] = instrument.indexOf(item.id());
        reversed[c] = item.isReverseKeyed();
        weights[c] = item.weight().orElse(1);
      }
      // The engine's tolerance: a share such as 2/3 of 3 items must not fail on rounding.
      double needed = policy.minimumAnsweredShare() * k - 1e-9;
      double[] scores = new double[matrix.rowCount()];
      for (int row = 0; row < scores.length; row++) {
        double sum = 0;
        double weight = 0;
        int answered = 0;
        for (int c = 0; c < k; c++) {
          double x = matrix.answer(row, columns[c]);
          if (x == x) {
            sum += weights[c] * (reversed[c] ? lowest + highest - x : x);
            weight += weights[c];
            answered++;
          }
        }
        scores[row] = answered > 0 && answered >= needed ? sum / weight : Double.NaN;
      }
      out.put(dimension, scores);
    }
    return out;
  }
}
