package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
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
public abstract class ReportMetadata {
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
   * The content fingerprint of the instrument the report was scored with ({@link
   * io.github.serviceculture.alignment.survey.Instrument#fingerprint()}): beyond its id and version,
   * whether an instrument given beside the report is the one it was scored with, item by item.
   *
   * @return 64 lower-case hexadecimal digits, or empty without a survey or in a report read from
   *     format 1.4 or earlier
   * @since 0.2.0
   */
  public abstract Optional<String> instrumentFingerprint();

  @Value.Check
  void check() {
    if (instrumentFingerprint().isPresent()) {
      String fingerprint = instrumentFingerprint().get();
      Checks.require(FINGERPRINT.matcher(fingerprint).matches(), "ReportMetadata", "instrumentFingerprint",
          fingerprint, "must be 64 lower-case hexadecimal digits (a SHA-256)");
    }
  }

  private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("[0-9a-f]{64}");

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

  /**
   * Returns a copy with {@link #libraryVersion() libraryVersion} set to {@code value}: the
   * version of this library that computed the report.
   *
   * <p>The field's contract: the version, such as {@code 0.1.0}.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ReportMetadata withLibraryVersion(String value) {
    return ((ImmutableReportMetadata) this).generatedWithLibraryVersion(
        Checks.notNull("ReportMetadata", "libraryVersion", value));
  }

  /**
   * Returns a copy with {@link #organization() organization} set to a present {@code value}:
   * the organization's name.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ReportMetadata withOrganization(String value) {
    return ((ImmutableReportMetadata) this).generatedWithOrganization(
        Checks.notNull("ReportMetadata", "organization", value));
  }

  /**
   * Returns a copy with {@link #organization() organization} set to {@code optional}, or
   * cleared when it is empty: the organization's name.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final ReportMetadata withOrganization(Optional<String> optional) {
    return ((ImmutableReportMetadata) this).generatedWithOrganization(
        Checks.notNull("ReportMetadata", "organization", optional));
  }

  /**
   * Returns a copy with {@link #assessedOn() assessedOn} set to a present {@code value}: the
   * date the assessment describes.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ReportMetadata withAssessedOn(LocalDate value) {
    return ((ImmutableReportMetadata) this).generatedWithAssessedOn(
        Checks.notNull("ReportMetadata", "assessedOn", value));
  }

  /**
   * Returns a copy with {@link #assessedOn() assessedOn} set to {@code optional}, or cleared
   * when it is empty: the date the assessment describes.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final ReportMetadata withAssessedOn(Optional<? extends LocalDate> optional) {
    return ((ImmutableReportMetadata) this).generatedWithAssessedOn(
        Checks.notNull("ReportMetadata", "assessedOn", optional));
  }

  /**
   * Returns a copy with {@link #instrumentId() instrumentId} set to a present {@code value}:
   * the id of the survey instrument.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ReportMetadata withInstrumentId(String value) {
    return ((ImmutableReportMetadata) this).generatedWithInstrumentId(
        Checks.notNull("ReportMetadata", "instrumentId", value));
  }

  /**
   * Returns a copy with {@link #instrumentId() instrumentId} set to {@code optional}, or
   * cleared when it is empty: the id of the survey instrument.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final ReportMetadata withInstrumentId(Optional<String> optional) {
    return ((ImmutableReportMetadata) this).generatedWithInstrumentId(
        Checks.notNull("ReportMetadata", "instrumentId", optional));
  }

  /**
   * Returns a copy with {@link #instrumentFingerprint() instrumentFingerprint} set to a present
   * {@code value}: the content fingerprint of the instrument the report was scored with.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   * @since 0.2.0
   */
  public final ReportMetadata withInstrumentFingerprint(String value) {
    return ((ImmutableReportMetadata) this).generatedWithInstrumentFingerprint(
        Checks.notNull("ReportMetadata", "instrumentFingerprint", value));
  }

  /**
   * Returns a copy with {@link #instrumentFingerprint() instrumentFingerprint} set to {@code
   * optional}, or cleared when it is empty: the content fingerprint of the instrument.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   * @since 0.2.0
   */
  public final ReportMetadata withInstrumentFingerprint(Optional<String> optional) {
    return ((ImmutableReportMetadata) this).generatedWithInstrumentFingerprint(
        Checks.notNull("ReportMetadata", "instrumentFingerprint", optional));
  }

  /**
   * Returns a copy with {@link #instrumentVersion() instrumentVersion} set to a present {@code
   * value}: the version of the survey instrument.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ReportMetadata withInstrumentVersion(String value) {
    return ((ImmutableReportMetadata) this).generatedWithInstrumentVersion(
        Checks.notNull("ReportMetadata", "instrumentVersion", value));
  }

  /**
   * Returns a copy with {@link #instrumentVersion() instrumentVersion} set to {@code
   * optional}, or cleared when it is empty: the version of the survey instrument.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final ReportMetadata withInstrumentVersion(Optional<String> optional) {
    return ((ImmutableReportMetadata) this).generatedWithInstrumentVersion(
        Checks.notNull("ReportMetadata", "instrumentVersion", optional));
  }

  /**
   * Returns a copy with {@link #policyFingerprint() policyFingerprint} set to {@code value}: A
   * fingerprint of the scoring policy and the rule ids: equal fingerprints mean the same
   * settings.
   *
   * <p>The field's contract: the first 16 hexadecimal digits of a SHA-256 hash.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final ReportMetadata withPolicyFingerprint(String value) {
    return ((ImmutableReportMetadata) this).generatedWithPolicyFingerprint(
        Checks.notNull("ReportMetadata", "policyFingerprint", value));
  }

  /**
   * Returns a copy whose {@link #rulesEvaluated() rulesEvaluated} are the given elements: the
   * ids of the rules evaluated, in evaluation order.
   *
   * @param elements the elements; neither the array nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ReportMetadata withRulesEvaluated(String... elements) {
    return ((ImmutableReportMetadata) this).generatedWithRulesEvaluated(
        Checks.notNull("ReportMetadata", "rulesEvaluated", elements));
  }

  /**
   * Returns a copy whose {@link #rulesEvaluated() rulesEvaluated} are the given elements: the
   * ids of the rules evaluated, in evaluation order.
   *
   * @param elements the elements; neither the iterable nor an element may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code elements} is
   *     null or the copy breaks an invariant
   */
  public final ReportMetadata withRulesEvaluated(Iterable<String> elements) {
    return ((ImmutableReportMetadata) this).generatedWithRulesEvaluated(
        Checks.notNull("ReportMetadata", "rulesEvaluated", elements));
  }

  /**
   * Returns a copy with {@link #respondentCount() respondentCount} set to {@code value}: the
   * number of respondents in the survey.
   *
   * <p>The field's contract: the count, 0 without a survey.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final ReportMetadata withRespondentCount(int value) {
    return ((ImmutableReportMetadata) this).generatedWithRespondentCount(value);
  }

  /** Builds a {@link ReportMetadata}. Not thread-safe. */
  public static final class Builder {
    private static final String TYPE = "ReportMetadata";

    private final ImmutableReportMetadata.Builder delegate = ImmutableReportMetadata.generatedBuilder();

    Builder() {}

    /**
     * Copies every field of {@code instance} into this builder; an optional field that is empty
     * there keeps this builder's value, and a list, set or map field gets {@code instance}'s
     * elements added to those this builder already holds.
     *
     * @param instance the value to copy; not null
     * @return this builder
     * @throws InvalidValueException if {@code instance} is null
     */
    public Builder from(ReportMetadata instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#libraryVersion() libraryVersion}: the version of this library that
     * computed the report. Required.
     *
     * <p>The field's contract: the version, such as {@code 0.1.0}.
     *
     * @param libraryVersion the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code libraryVersion} is null
     */
    public Builder libraryVersion(String libraryVersion) {
      delegate.libraryVersion(Checks.notNull(TYPE, "libraryVersion", libraryVersion));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#organization() organization} to a present value: the
     * organization's name.
     *
     * @param organization the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code organization} is null
     */
    public Builder organization(String organization) {
      delegate.organization(Checks.notNull(TYPE, "organization", organization));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#organization() organization}, or clears it when {@code
     * organization} is empty: the organization's name.
     *
     * @param organization the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code organization} is null
     */
    public Builder organization(Optional<String> organization) {
      delegate.organization(Checks.notNull(TYPE, "organization", organization));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#assessedOn() assessedOn} to a present value: the date the
     * assessment describes.
     *
     * @param assessedOn the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code assessedOn} is null
     */
    public Builder assessedOn(LocalDate assessedOn) {
      delegate.assessedOn(Checks.notNull(TYPE, "assessedOn", assessedOn));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#assessedOn() assessedOn}, or clears it when {@code assessedOn} is
     * empty: the date the assessment describes.
     *
     * @param assessedOn the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code assessedOn} is null
     */
    public Builder assessedOn(Optional<? extends LocalDate> assessedOn) {
      delegate.assessedOn(Checks.notNull(TYPE, "assessedOn", assessedOn));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#instrumentId() instrumentId} to a present value: the id of the
     * survey instrument.
     *
     * @param instrumentId the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code instrumentId} is null
     */
    public Builder instrumentId(String instrumentId) {
      delegate.instrumentId(Checks.notNull(TYPE, "instrumentId", instrumentId));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#instrumentId() instrumentId}, or clears it when {@code
     * instrumentId} is empty: the id of the survey instrument.
     *
     * @param instrumentId the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code instrumentId} is null
     */
    public Builder instrumentId(Optional<String> instrumentId) {
      delegate.instrumentId(Checks.notNull(TYPE, "instrumentId", instrumentId));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#instrumentFingerprint() instrumentFingerprint} to a present value:
     * the content fingerprint of the instrument the report was scored with.
     *
     * @param instrumentFingerprint the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code instrumentFingerprint} is null
     * @since 0.2.0
     */
    public Builder instrumentFingerprint(String instrumentFingerprint) {
      delegate.instrumentFingerprint(Checks.notNull(TYPE, "instrumentFingerprint", instrumentFingerprint));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#instrumentFingerprint() instrumentFingerprint}, or clears it when
     * {@code instrumentFingerprint} is empty.
     *
     * @param instrumentFingerprint the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code instrumentFingerprint} is null
     * @since 0.2.0
     */
    public Builder instrumentFingerprint(Optional<String> instrumentFingerprint) {
      delegate.instrumentFingerprint(Checks.notNull(TYPE, "instrumentFingerprint", instrumentFingerprint));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#instrumentVersion() instrumentVersion} to a present value: the
     * version of the survey instrument.
     *
     * @param instrumentVersion the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code instrumentVersion} is null
     */
    public Builder instrumentVersion(String instrumentVersion) {
      delegate.instrumentVersion(Checks.notNull(TYPE, "instrumentVersion", instrumentVersion));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#instrumentVersion() instrumentVersion}, or clears it when {@code
     * instrumentVersion} is empty: the version of the survey instrument.
     *
     * @param instrumentVersion the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code instrumentVersion} is null
     */
    public Builder instrumentVersion(Optional<String> instrumentVersion) {
      delegate.instrumentVersion(Checks.notNull(TYPE, "instrumentVersion", instrumentVersion));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#policyFingerprint() policyFingerprint}: A fingerprint of the
     * scoring policy and the rule ids: equal fingerprints mean the same settings. Required.
     *
     * <p>The field's contract: the first 16 hexadecimal digits of a SHA-256 hash.
     *
     * @param policyFingerprint the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code policyFingerprint} is null
     */
    public Builder policyFingerprint(String policyFingerprint) {
      delegate.policyFingerprint(Checks.notNull(TYPE, "policyFingerprint", policyFingerprint));
      return this;
    }

    /**
     * Adds one element to {@link ReportMetadata#rulesEvaluated() rulesEvaluated}: the ids of the
     * rules evaluated, in evaluation order.
     *
     * @param element the element; not null
     * @return this builder
     * @throws InvalidValueException if {@code element} is null
     */
    public Builder addRulesEvaluated(String element) {
      delegate.addRulesEvaluated(Checks.notNull(TYPE, "rulesEvaluated", element));
      return this;
    }

    /**
     * Adds the given elements to {@link ReportMetadata#rulesEvaluated() rulesEvaluated}: the ids of
     * the rules evaluated, in evaluation order.
     *
     * @param elements the elements; neither the array nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addRulesEvaluated(String... elements) {
      delegate.addRulesEvaluated(Checks.notNull(TYPE, "rulesEvaluated", elements));
      return this;
    }

    /**
     * Replaces every element of {@link ReportMetadata#rulesEvaluated() rulesEvaluated} with those
     * of {@code elements}: the ids of the rules evaluated, in evaluation order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder rulesEvaluated(Iterable<String> elements) {
      delegate.rulesEvaluated(Checks.notNull(TYPE, "rulesEvaluated", elements));
      return this;
    }

    /**
     * Adds every element of {@code elements} to {@link ReportMetadata#rulesEvaluated()
     * rulesEvaluated}: the ids of the rules evaluated, in evaluation order.
     *
     * @param elements the elements; neither the iterable nor an element may be null
     * @return this builder
     * @throws InvalidValueException if {@code elements} is null
     */
    public Builder addAllRulesEvaluated(Iterable<String> elements) {
      delegate.addAllRulesEvaluated(Checks.notNull(TYPE, "rulesEvaluated", elements));
      return this;
    }

    /**
     * Sets {@link ReportMetadata#respondentCount() respondentCount}: the number of respondents in
     * the survey. Required.
     *
     * <p>The field's contract: the count, 0 without a survey.
     *
     * @param respondentCount the value
     * @return this builder
     */
    public Builder respondentCount(int respondentCount) {
      delegate.respondentCount(respondentCount);
      return this;
    }

    /**
     * Builds the {@link ReportMetadata}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public ReportMetadata build() {
      return delegate.build();
    }
  }
}
