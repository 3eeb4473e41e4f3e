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
import java.util.ArrayList;
import java.util.BitSet;
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
   * @param answers keyed answers minus the scale's lowest option, NaN when missing
   * @param scores each row's dimension score, NaN when it has none
   * @param covariances the set's covariance accumulator, for its fewest rows behind a pair
   * @param agreement the set's agreement accumulator, for its count of complete rows
   * @param earlierRelease whether an earlier release of the survey released this dimension (the
   *     ledger's history): the per-item figures are then withheld
   */
  static Psychometrics of(List<Item> items, KeyedAnswers answers, double[] scores, int[] rows,
      AnswerCovariances covariances, AnswerAgreement agreement, Scale scale, AgreementNull nullModel,
      int threshold, boolean earlierRelease) {
    int k = items.size();
    int count = 0;
    for (int row : rows) {
      if (scores[row] == scores[row]) {
        count++;
      }
    }
    double lowest = scale.lowest();
    double[][] columns = new double[k][count];
    // Each item's skippers among the scored rows (by their index among them).
    BitSet[] skippers = new BitSet[k];
    for (int c = 0; c < k; c++) {
      skippers[c] = new BitSet(count);
    }
    int partial = 0;
    int i = 0;
    for (int row : rows) {
      if (scores[row] != scores[row]) {
        continue;
      }
      boolean complete = true;
      for (int c = 0; c < k; c++) {
        double x = answers.get(row, c);
        columns[c][i] = x + lowest;
        if (x != x) {
          skippers[c].set(i);
          complete = false;
        }
      }
      if (!complete) {
        partial++;
      }
      i++;
    }
    // With a few respondents who skipped an item, k times the dimension's total minus the item
    // totals is a weighted sum of their answers alone: the item figures are then withheld.
    int fewestPairRows = k == 1 ? count : covariances.fewestPairRows();
    boolean base = fewestPairRows >= threshold && (partial == 0 || partial >= threshold);
    // The figures over pairs of items (the coefficients, the item-total and item-rest correlations,
    // alpha if dropped) sit over the rows answering both items of each pair: released only when
    // none of those sets, the items' own and the dimension's differs from another by 1 to k - 1.
    boolean reliabilityReleasable = base && (partial == 0 || pairSetsApart(skippers, threshold));
    boolean agreementReleasable = agreement.completeRows() >= threshold;
    // An item's mean and SD sit over those who answered it: released only when that set differs by
    // 0 or at least k from the dimension's and from the set of every item released before it. An
    // earlier release's figures were over other sets, which the ledger does not record per item.
    boolean[] itemReleasable = new boolean[k];
    for (int c = 0; c < k; c++) {
      boolean apart = base && !earlierRelease && apart(skippers[c].cardinality(), threshold);
      for (int e = 0; e < c && apart; e++) {
        if (itemReleasable[e]) {
          apart = apart(symmetricDifference(skippers[c], skippers[e]), threshold);
        }
      }
      itemReleasable[c] = apart;
    }

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
      if (!itemReleasable[c]) {
        item.mean(WITHHELD).sd(WITHHELD);
      } else if (alpha == null) {
        item.mean(Descriptives.mean(columns[c])).sd(Descriptives.standardDeviation(columns[c]));
      } else {
        item.mean(alpha.item(c).mean()).sd(alpha.item(c).sd());
      }
      if (!reliabilityReleasable || earlierRelease) {
        item.itemTotalR(WITHHELD).correctedItemTotalR(WITHHELD).itemRestR(WITHHELD).alphaIfDropped(WITHHELD);
      } else if (alpha == null) {
        item.itemTotalR(SINGLE_ITEM).correctedItemTotalR(SINGLE_ITEM).itemRestR(SINGLE_ITEM)
            .alphaIfDropped(SINGLE_ITEM);
      } else {
        CronbachAlpha.Item stats = alpha.item(c);
        item.itemTotalR(stats.rawR()).correctedItemTotalR(stats.correctedR()).itemRestR(stats.itemRestR())
            .alphaIfDropped(stats.ifDropped().rawAlpha());
      }
      out.addItem(item.build());
    }
    return out.build();
  }

  /** Whether a set that differs from another by {@code difference} rows may be released beside it. */
  private static boolean apart(int difference, int threshold) {
    return difference == 0 || difference >= threshold;
  }

  private static int symmetricDifference(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.xor(b);
    return x.cardinality();
  }

  /**
   * Whether the sets behind the pairwise figures, as the skippers they leave out of the scored rows
   * (nobody for the dimension's, an item's skippers, a pair's either item's), are pairwise equal or
   * at least {@code threshold} apart.
   */
  private static boolean pairSetsApart(BitSet[] skippers, int threshold) {
    List<BitSet> left = new ArrayList<>();
    left.add(new BitSet());
    for (int c = 0; c < skippers.length; c++) {
      left.add(skippers[c]);
      for (int e = 0; e < c; e++) {
        BitSet union = (BitSet) skippers[c].clone();
        union.or(skippers[e]);
        left.add(union);
      }
    }
    for (int a = 0; a < left.size(); a++) {
      for (int b = 0; b < a; b++) {
        if (!apart(symmetricDifference(left.get(a), left.get(b)), threshold)) {
          return false;
        }
      }
    }
    return true;
  }
}
