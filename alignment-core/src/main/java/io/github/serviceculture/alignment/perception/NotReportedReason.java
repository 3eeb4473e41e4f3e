package io.github.serviceculture.alignment.perception;

/**
 * Why a perception report gives no figures for a dimension, for the organization or for a group.
 *
 * <p>Every dimension the instrument measures has, in a {@link PerceptionReport}, either figures or
 * exactly one of these reasons. A {@linkplain GroupPerception reported group} says one of the three
 * {@code SUPPRESSED_*} reasons, which tell why a group is hidden but never how many it holds.
 *
 * @since 0.1.0
 */
public enum NotReportedReason {
  /**
   * Fewer respondents than the policy's anonymity threshold answered the dimension's items (or,
   * for a group, the anonymity rules hide it): the figures are withheld so that no respondent can
   * be singled out. The count itself is withheld too.
   */
  SUPPRESSED_FOR_ANONYMITY("suppressed under the anonymity threshold"),
  /**
   * A group with at least the anonymity threshold of respondents, hidden because its figures
   * together with the other released figures of this report would determine fewer respondents than
   * the threshold (for example a hidden group as the total minus the shown groups). Only groups
   * have this reason, and the organization's item figures of a dimension ({@link
   * PerceptionReport#itemsNotReported()}), which set against the dimension's figures could give the
   * answers of the few who skipped one of its items.
   */
  SUPPRESSED_COMPLEMENTARY("suppressed to protect another hidden group"),
  /**
   * Figures hidden because their difference with a previous release of the same survey would
   * determine fewer respondents than the anonymity threshold, such as one late response. Given
   * only when the survey is scored with its previous release.
   */
  SUPPRESSED_AGAINST_DIFFERENCING("suppressed against differencing with an earlier release"),
  /**
   * At least the anonymity threshold of respondents answered some of the dimension's items, but
   * fewer than the threshold answered the policy's minimum share of them, so too few respondents
   * have a dimension score.
   */
  TOO_FEW_ITEMS_ANSWERED("too few items answered"),
  /**
   * No respondent answered any item of the dimension, in a response set that is either empty or at
   * least as large as the anonymity threshold.
   */
  NO_DATA("no data"),
  /** The instrument answered has no scale item for the dimension. */
  NOT_MEASURED("not measured by the instrument");

  private final String description;

  NotReportedReason(String description) {
    this.description = description;
  }

  /**
   * A short description for people.
   *
   * @return the description, such as "too few items answered"
   */
  public String description() {
    return description;
  }
}
