package io.github.serviceculture.alignment.model;

/**
 * The kind of measure a goal uses, so that rules can tell, for example, a satisfaction score from a
 * handle time.
 *
 * @since 0.1.0
 */
public enum MetricKind {
  /** A customer satisfaction score (CSAT) or similar survey rating. */
  CUSTOMER_SATISFACTION,
  /** Net promoter score or another loyalty measure. */
  LOYALTY,
  /** Share of issues resolved on the first contact. */
  FIRST_CONTACT_RESOLUTION,
  /** Customer effort score or another measure of how easy service is. */
  CUSTOMER_EFFORT,
  /** Average handle time, speed of answer or another speed measure. */
  SPEED,
  /** Volume of work, such as tickets closed or calls taken. */
  PRODUCTIVITY,
  /** Quality assurance score from internal reviews. */
  QUALITY,
  /** Revenue, sales or upsell. */
  REVENUE,
  /** Cost or savings. */
  COST,
  /** Anything else. */
  OTHER
}
