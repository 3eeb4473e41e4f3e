package io.github.serviceculture.alignment.perception;

/**
 * Where the values of a {@link Drivers} analysis's outcome come from.
 *
 * @since 0.1.0
 */
public enum OutcomeSource {
  /** The keyed answers to an item of the instrument, such as an overall engagement item. */
  ITEM,
  /**
   * A number per respondent held in a respondent attribute, such as an outcome column of a survey
   * file; a respondent without the attribute has no value.
   */
  RESPONDENT_VALUE
}
