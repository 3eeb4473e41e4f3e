/**
 * The JSON adapter: reads and writes the library's documents ({@link
 * io.github.serviceculture.alignment.json.AlignmentJson}) and maps its types in an application's own
 * Jackson {@code ObjectMapper} ({@link io.github.serviceculture.alignment.json.AlignmentModule}).
 */
module io.github.serviceculture.alignment.json {
  requires transitive io.github.serviceculture.alignment;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports io.github.serviceculture.alignment.json;

  provides com.fasterxml.jackson.databind.Module with io.github.serviceculture.alignment.json.AlignmentModule;
}
