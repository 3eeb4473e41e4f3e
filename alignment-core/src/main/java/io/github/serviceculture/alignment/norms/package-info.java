/**
 * Norms: where an organization stands among others that took the same instrument.
 *
 * <p>{@link io.github.serviceculture.alignment.norms.Norms} holds, per dimension, the percentiles
 * of the organization-level perception scores of many organizations ({@link
 * io.github.serviceculture.alignment.norms.Norm}); built from their reports through an accumulator,
 * it gives a new score its percentile rank and quartile. Only released figures enter a norm, and a
 * norm of fewer organizations than the minimum is not built.
 *
 * <p>Everything here is immutable and thread-safe, but for the accumulator, and does no I/O.
 */
@NullMarked
package io.github.serviceculture.alignment.norms;

import org.jspecify.annotations.NullMarked;
