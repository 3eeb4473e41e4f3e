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
 */
@NullMarked
package io.github.serviceculture.alignment.stats;

import org.jspecify.annotations.NullMarked;
