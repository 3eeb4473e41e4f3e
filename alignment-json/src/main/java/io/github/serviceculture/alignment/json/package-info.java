/**
 * JSON for the library's documents and values, on Jackson 2.
 *
 * <p>{@link io.github.serviceculture.alignment.json.AlignmentJson} reads and writes versioned
 * documents strictly and canonically; {@link io.github.serviceculture.alignment.json.AlignmentModule}
 * maps the same values inside an application's own {@code ObjectMapper}. Bad input is reported as
 * {@link io.github.serviceculture.alignment.json.JsonDocumentException}.
 */
@NullMarked
package io.github.serviceculture.alignment.json;

import org.jspecify.annotations.NullMarked;
