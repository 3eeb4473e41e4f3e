/**
 * Pure numerics of shared perception that a researcher can call directly: descriptive statistics,
 * reliability (Cronbach's alpha), within-group agreement (rwg, rwg(j), r*wg(j), AD, awg),
 * between-group statistics (ICC(1), ICC(2)) and group gaps.
 *
 * <p>The results reproduce R's {@code psych} and {@code multilevel} packages; each class names the
 * function it reproduces. Inputs use {@code NaN} for a missing answer; outputs never contain NaN: a
 * statistic that cannot be computed is an undefined {@link
 * io.github.serviceculture.alignment.stats.Estimate} with a reason. This package knows nothing of
 * the domain.
 *
 * <p>Each family of statistics also has a mergeable accumulator, for rows that arrive in parts
 * (threads, partitions of a distributed engine): {@link
 * io.github.serviceculture.alignment.stats.Moments} (descriptives, group means and gaps, the ANOVA
 * of the ICCs), {@link io.github.serviceculture.alignment.stats.Covariances} (alpha of real
 * values), and for whole-number answers {@link
 * io.github.serviceculture.alignment.stats.AnswerCovariances} (alpha) and {@link
 * io.github.serviceculture.alignment.stats.AnswerAgreement} (rwg(j), AD), whose exact sums make
 * the results independent of the split bit for bit. Accumulators are not thread-safe: one per
 * thread, then {@code combine}.
 */
@NullMarked
package io.github.serviceculture.alignment.stats;

import org.jspecify.annotations.NullMarked;
