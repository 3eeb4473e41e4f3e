/**
 * The alignment engine: one {@link io.github.serviceculture.alignment.scoring.Assessment} in, one
 * {@link io.github.serviceculture.alignment.scoring.AlignmentReport} out.
 *
 * <p>An {@link io.github.serviceculture.alignment.scoring.AlignmentEngine}, made once from a {@link
 * io.github.serviceculture.alignment.scoring.ScoringPolicy}, evaluates the rules over the
 * organization's practices, scores the survey, and combines both per dimension into an alignment
 * score and a {@link io.github.serviceculture.alignment.scoring.Band}: the practice score counts the
 * essential rules only, and a warning or critical finding (a failed essential criterion) keeps a
 * dimension out of the aligned band (see {@link io.github.serviceculture.alignment.rules.Importance}).
 * The report names the weakest
 * dimension, lists the findings by severity and the top three priorities, and records what it was
 * computed from.
 *
 * <p>A {@link io.github.serviceculture.alignment.scoring.ReportComparison} compares two waves of one
 * organization's survey: per dimension and reported group, the {@link
 * io.github.serviceculture.alignment.scoring.Change change} of score with its Welch interval, Cohen's d
 * and a verdict by a {@link io.github.serviceculture.alignment.scoring.MeaningfulChange} rule, from
 * the figures both reports release.
 *
 * <p>Everything here is immutable, thread-safe and deterministic, and does no I/O.
 */
@NullMarked
@ValueStyle
package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
