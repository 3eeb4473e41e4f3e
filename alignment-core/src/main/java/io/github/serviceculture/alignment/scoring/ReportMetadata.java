package io.github.serviceculture.alignment.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a report was computed with: the library version, the instrument, the policy's fingerprint
 * and the rules evaluated, so that two reports can be compared or reproduced.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportMetadata implements WithReportMetadata {
  ReportMetadata() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The version of this library that computed the report.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public abstract String libraryVersion();

  /**
   * The organization's name.
   *
   * @return the name, or empty for a survey-only assessment
   */
  public abstract Optional<String> organization();

  /**
   * The date the assessment describes.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> assessedOn();

  /**
   * The id of the survey instrument.
   *
   * @return the id, or empty without a survey
   */
  public abstract Optional<String> instrumentId();

  /**
   * The version of the survey instrument.
   *
   * @return the version, or empty without a survey
   */
  public abstract Optional<String> instrumentVersion();

  /**
   * A fingerprint of the scoring policy and the rule ids: equal fingerprints mean the same settings.
   *
   * @return the first 16 hexadecimal digits of a SHA-256 hash
   */
  public abstract String policyFingerprint();

  /**
   * The ids of the rules evaluated, in evaluation order.
   *
   * @return the rule ids
   */
  public abstract List<String> rulesEvaluated();

  /**
   * The number of respondents in the survey.
   *
   * @return the count, 0 without a survey
   */
  public abstract int respondentCount();

  /** Builds a {@link ReportMetadata}. Not thread-safe. */
  public static final class Builder extends ImmutableReportMetadata.Builder {
    Builder() {}
  }
}
