package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.json.AlignmentJson;
import io.github.serviceculture.alignment.norms.Norms;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** --norms, on score and batch: rank each report against norms built by {@code alignment norms build}. */
final class NormsOption {
  @Option(names = "--norms", paramLabel = "FILE", description = "A norms document (alignment norms build): each "
      + "report gets the percentile rank and quartile of its dimensions' and items' scores among the organizations "
      + "of the norms (standings). Norms of another instrument or version are refused.")
  @Nullable Path file;

  /** The norms, or null when not asked for. */
  @Nullable Norms read() {
    return file == null ? null : Inputs.read(file, "norms", AlignmentJson.withDefaults()::readNorms);
  }
}
