package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.scoring.MeaningfulChange;
import picocli.CommandLine.Option;

/** When a change between two waves is meaningful ({@code compare}, {@code batch --compare-to}). */
final class ChangeOptions {
  @Option(names = "--min-change", paramLabel = "POINTS", defaultValue = "" + MeaningfulChange.DEFAULT_MINIMUM_POINTS,
      description = "Smallest meaningful change between two waves, in points of the 0-100 score, 0 to 100 "
          + "(default: ${DEFAULT-VALUE}).")
  double minChange;

  @Option(names = "--change-level", paramLabel = "LEVEL", defaultValue = "" + MeaningfulChange.DEFAULT_LEVEL,
      description = "Confidence level of the changes' intervals (default: ${DEFAULT-VALUE}).")
  double changeLevel;

  /** The rule the options give; a value out of range is a usage error naming its option. */
  MeaningfulChange rule() {
    try {
      return MeaningfulChange.of(minChange, changeLevel);
    } catch (InvalidValueException e) {
      throw new UsageFailure(e.field().equals("level")
          ? "--change-level must be between 0 and 1 exclusive, such as 0.95"
          : "--min-change must be between 0 and 100 points");
    }
  }
}
