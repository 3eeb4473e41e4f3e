package io.github.serviceculture.alignment.survey;

/**
 * The three questions every engaged employee can answer consistently about the customer service
 * vision. An item that asks one of them is scored as the share of respondents who agree, not as
 * part of a dimension's scale.
 *
 * @since 0.1.0
 */
public enum EngagementQuestion {
  /** What is our customer service vision? */
  CAN_STATE_VISION,
  /** What does it mean? */
  KNOWS_WHAT_IT_MEANS,
  /** How do I personally contribute to it? */
  KNOWS_OWN_CONTRIBUTION
}
