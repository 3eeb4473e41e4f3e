/**
 * Rules over an organization's practices and perceptions, and the findings they raise.
 *
 * <p>A {@link io.github.serviceculture.alignment.rules.Rule} is a public SPI: it has a stable id
 * such as {@code GOALS.INDIVIDUAL_REWARD}, belongs to one {@link
 * io.github.serviceculture.alignment.model.Dimension}, and evaluates a {@link
 * io.github.serviceculture.alignment.rules.RuleContext} into a {@link
 * io.github.serviceculture.alignment.rules.RuleOutcome}: whether it applied, how far the practices
 * comply with it, and the {@link io.github.serviceculture.alignment.rules.Finding}s it raises, each
 * with a severity, evidence and a concrete recommendation. {@link
 * io.github.serviceculture.alignment.rules.BuiltInRules} lists the rules that cover the framework's
 * criteria; thresholds are in {@link io.github.serviceculture.alignment.rules.RuleThresholds}.
 *
 * <p>Each rule has an {@link io.github.serviceculture.alignment.rules.Importance}: an essential
 * criterion counts in its dimension's practice score and its warning keeps the dimension out of the
 * aligned band; an advisory one (a step, example or tool the method suggests) gives INFO advice only
 * and does not count. A problem seen in many reported groups is one finding, with the groups in its
 * evidence, worst first.
 *
 * <p>A practice fact a rule reads is either recorded (present, or recorded as none, such as {@code
 * noListeningChannels}) or not recorded. A recorded none is judged as a real absence; a fact that is
 * not recorded gives one INFO observation that it is unknown, with the evidence value {@code not
 * recorded}, and counts in no practice score; its code is the rule id and {@code NOT_RECORDED}.
 *
 * <p>To write a rule, extend {@link io.github.serviceculture.alignment.rules.BaseRule} or one of its
 * shapes ({@link io.github.serviceculture.alignment.rules.PracticeFactRule}, {@link
 * io.github.serviceculture.alignment.rules.ThresholdRule}, {@link
 * io.github.serviceculture.alignment.rules.GroupObservationRule}). Each finding has a stable {@link
 * io.github.serviceculture.alignment.rules.Finding#code() code} and typed parameters beside its English
 * text; {@link io.github.serviceculture.alignment.rules.FindingText} translates it by code.
 */
@NullMarked
@ValueStyle
package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
