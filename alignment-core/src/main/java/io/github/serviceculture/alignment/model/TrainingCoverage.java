package io.github.serviceculture.alignment.model;

/**
 * Who receives training in the service culture.
 *
 * @since 0.1.0
 */
public enum TrainingCoverage {
  /** Everyone, from executives to the newest hire, customer-facing or not. */
  ALL_EMPLOYEES,
  /** Only employees who deal with customers. */
  CUSTOMER_FACING_ONLY,
  /** Only frontline employees, not their leaders. */
  FRONTLINE_ONLY,
  /** Only people who join; existing staff are not trained. */
  NEW_HIRES_ONLY
}
