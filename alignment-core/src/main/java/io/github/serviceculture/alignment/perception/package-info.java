/**
 * Perceptions: what a survey says about an organization, scored from its responses.
 *
 * <p>{@link io.github.serviceculture.alignment.perception.PerceptionScorer} scores a {@link
 * io.github.serviceculture.alignment.survey.ResponseSet} under a {@link
 * io.github.serviceculture.alignment.perception.PerceptionPolicy} into a {@link
 * io.github.serviceculture.alignment.perception.PerceptionReport}: per dimension the level on 0 to 100,
 * reliability and agreement, the same per group, gaps and intraclass correlations between groups,
 * and the share of employees who can answer the engagement questions. Groups smaller than the
 * anonymity threshold are never reported. A dimension without figures says why ({@link
 * io.github.serviceculture.alignment.perception.NotReportedReason}, through {@link
 * io.github.serviceculture.alignment.perception.PerceptionReport#dimension}): no figure is ever
 * silently missing.
 *
 * <p>Everything here is immutable, thread-safe and deterministic, and does no I/O.
 */
@NullMarked
@ValueStyle
package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
