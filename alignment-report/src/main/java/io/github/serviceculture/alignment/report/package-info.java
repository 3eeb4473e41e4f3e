/**
 * Reports people read: {@link io.github.serviceculture.alignment.report.TextReport} and {@link
 * io.github.serviceculture.alignment.report.HtmlReport}. Both only show what the {@link
 * io.github.serviceculture.alignment.scoring.AlignmentReport} holds, which has already passed the
 * engine's disclosure control: a figure the report does not release is shown as not reported, with its
 * reason, never recomputed. Every text that comes from the input (names, group values, rule messages) is
 * escaped for the output it goes to.
 */
@NullMarked
package io.github.serviceculture.alignment.report;

import org.jspecify.annotations.NullMarked;
