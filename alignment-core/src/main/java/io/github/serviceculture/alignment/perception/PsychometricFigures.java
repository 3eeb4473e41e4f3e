package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.stats.Agreement;
import io.github.serviceculture.alignment.stats.AgreementNull;
import io.github.serviceculture.alignment.stats.AnswerAgreement;
import io.github.serviceculture.alignment.stats.AnswerCovariances;
import io.github.serviceculture.alignment.stats.CronbachAlpha;
import io.github.serviceculture.alignment.stats.Descriptives;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Scale;
import java.util.List;

/**
 * Computes the {@link Psychometrics} of one released set from the scorer's keyed answers, with the
 * statistics of {@code stats}; what is withheld and why is stated on {@link Psychometrics}.
 */
final class PsychometricFigures {
  private static final Estimate WITHHELD = Estimate.undefined(UndefinedReason.WITHHELD_FOR_ANONYMITY);
  private static final Estimate SINGLE_ITEM = Estimate.undefined(UndefinedReason.SINGLE_ITEM);

  private PsychometricFigures() {}

  /**
   * The psychometrics of the rows of {@code rows} that have a score.
   *
   * @param items the dimension's items, in the order of the answers' columns
   * @param answers keyed answers minus the scale's lowest option, row-major, NaN when missing
   * @param scores each row's dimension score, NaN when it has none
   * @param covariances the set's covariance accumulator, for its fewest rows behind a pair
   * @param agreement the set's agreement accumulator, for its count of complete rows
   */
  static Psychometrics of(List<Item> items, double[] answers, double[] scores, int[] rows,
      AnswerCovariances covariances, AnswerAgreement agreement, Scale scale, AgreementNull nullModel,
      int threshold) {
    int k = items.size();
    int count = 0;
    for (int row : rows) {
      if (scores[row] == scores[row]) {
        count++;
      }
    }
    double lowest = scale.lowest();
    double[][] columns = new double[k][count];
    int partial = 0;
    int i = 0;
    for (int row : rows) {
      if (scores[row] != scores[row]) {
        continue;
      }
      boolean complete = true;
      for (int c = 0; c < k; c++) {
        double x = answers[row * k + c];
        columns[c][i] = x + lowest;
        complete &= x == x;
      }
      if (!complete) {
        partial++;
      }
      i++;
    }
    // With a few respondents who skipped an item, k times the dimension's total minus the item
    // totals is a weighted sum of their answers alone: the item figures are then withheld.
    int fewestPairRows = k == 1 ? count : covariances.fewestPairRows();
    boolean reliabilityReleasable = fewestPairRows >= threshold && (partial == 0 || partial >= threshold);
    boolean agreementReleasable = agreement.completeRows() >= threshold;

    Psychometrics.Builder out = Psychometrics.builder();
    CronbachAlpha.Result alpha = k >= 2 && reliabilityReleasable ? CronbachAlpha.withDefaults().compute(columns)
        : null;
    if (alpha != null) {
      out.standardizedAlpha(alpha.total().standardizedAlpha())
          .g6(alpha.total().g6Smc())
          .averageR(alpha.total().averageR())
          .medianR(alpha.total().medianR())
          .signalToNoise(alpha.total().signalToNoise())
          .feldtLower(alpha.feldtLower())
          .feldtUpper(alpha.feldtUpper());
    } else {
      Estimate none = reliabilityReleasable ? SINGLE_ITEM : WITHHELD;
      out.standardizedAlpha(none).g6(none).averageR(none).medianR(none).signalToNoise(none)
          .feldtLower(none).feldtUpper(none);
    }
    if (agreementReleasable) {
      out.lindellRwgJ(Agreement.lindellRwgJ(nullModel, columns))
          .adMedian(Agreement.ad(Agreement.Centre.MEDIAN, columns))
          .awg(Agreement.awg(scale.lowest(), scale.highest(), columns));
    } else {
      out.lindellRwgJ(WITHHELD).adMedian(WITHHELD).awg(WITHHELD);
    }
    for (int c = 0; c < k; c++) {
      int answered = Descriptives.count(columns[c]);
      ItemStatistics.Builder item = ItemStatistics.builder().itemId(items.get(c).id()).n(answered)
          .missingShare(count == 0 ? Estimate.undefined(UndefinedReason.NO_DATA)
              : Estimate.of((double) (count - answered) / count));
      if (!reliabilityReleasable) {
        item.mean(WITHHELD).sd(WITHHELD).itemTotalR(WITHHELD).correctedItemTotalR(WITHHELD).itemRestR(WITHHELD)
            .alphaIfDropped(WITHHELD);
      } else if (alpha == null) {
        item.mean(Descriptives.mean(columns[c])).sd(Descriptives.standardDeviation(columns[c]))
            .itemTotalR(SINGLE_ITEM).correctedItemTotalR(SINGLE_ITEM).itemRestR(SINGLE_ITEM)
            .alphaIfDropped(SINGLE_ITEM);
      } else {
        CronbachAlpha.Item stats = alpha.item(c);
        item.mean(stats.mean()).sd(stats.sd()).itemTotalR(stats.rawR()).correctedItemTotalR(stats.correctedR())
            .itemRestR(stats.itemRestR()).alphaIfDropped(stats.ifDropped().rawAlpha());
      }
      out.addItem(item.build());
    }
    return out.build();
  }
}
