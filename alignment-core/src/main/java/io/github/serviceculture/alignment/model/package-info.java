/**
 * What an organization does: its customer service vision and the five points that must be aligned
 * with it (goals, hiring, training, empowerment and leadership), gathered in an {@link
 * io.github.serviceculture.alignment.model.Organization}.
 *
 * <p>Every type here is an immutable value, built with a builder ({@code Goal.builder()...build()})
 * and validated when built: a value that breaks an invariant throws {@link
 * io.github.serviceculture.alignment.InvalidValueException} naming the type, field and value. Facts
 * that organizations often do not know are optional rather than required, and each collection or
 * optional that a rule reads tells "none" (recorded with a flag such as {@code
 * noListeningChannels}) from "not recorded" (never set). Values are thread-safe,
 * compare by content, and offer {@code with*} methods that return a changed copy.
 */
@NullMarked
@ValueStyle
package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
