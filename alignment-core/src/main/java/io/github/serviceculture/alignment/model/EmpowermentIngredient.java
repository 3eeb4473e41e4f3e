package io.github.serviceculture.alignment.model;

/**
 * An ingredient employees need to make good decisions for customers on their own.
 *
 * @since 0.1.0
 */
public enum EmpowermentIngredient {
  /** Good products, services and tools to work with. */
  RESOURCES,
  /** A consistent and sound way of doing things. */
  PROCESS,
  /** Permission to bend a rule when a customer needs it. */
  AUTHORITY
}
