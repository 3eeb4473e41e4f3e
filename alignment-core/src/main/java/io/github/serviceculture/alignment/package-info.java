/**
 * Service-culture alignment assessments: the exception family shared by every package.
 *
 * <p>The model of an organization's practices is in {@link io.github.serviceculture.alignment.model}.
 * Every type in this library is immutable and thread-safe unless its documentation says otherwise,
 * and no method accepts or returns {@code null} unless it is marked {@code @Nullable}.
 */
@NullMarked
package io.github.serviceculture.alignment;

import org.jspecify.annotations.NullMarked;
