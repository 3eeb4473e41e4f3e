/**
 * Survey instruments and responses: a {@link io.github.serviceculture.alignment.survey.Scale}, the
 * {@link io.github.serviceculture.alignment.survey.Item}s of an {@link
 * io.github.serviceculture.alignment.survey.Instrument}, and a {@link
 * io.github.serviceculture.alignment.survey.ResponseSet} of {@link
 * io.github.serviceculture.alignment.survey.Respondent}s' answers, with a columnar {@link
 * io.github.serviceculture.alignment.survey.ResponseMatrix} for computation.
 *
 * <p>{@link io.github.serviceculture.alignment.survey.DefaultInstrument} is a ready-made questionnaire
 * with five or six statements per dimension and the three engagement questions.
 *
 * <p>Values are immutable, thread-safe and validated when built; a bad value throws {@link
 * io.github.serviceculture.alignment.InvalidValueException}.
 */
@NullMarked
@ValueStyle
package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
