package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The participation of the organization or of one group: where released, the employer's headcount,
 * the respondents and the response rate (respondents divided by headcount); otherwise only the
 * reason they are withheld.
 *
 * <p>A withheld entry carries no headcount: with the released counts, a printed headcount bounds a
 * withheld count (0 to the headcount), and when the withheld groups of an attribute together have as
 * many respondents as their headcounts add up to, each of them responded in full and its count
 * follows. A rate and a headcount together give the count, so the three are released together or
 * not at all. A group given a headcount that no respondent belongs to is withheld with the same
 * reason as a small group ({@link NotReportedReason#SUPPRESSED_FOR_ANONYMITY}).
 *
 * <p>Invariants: attribute and value are both present (a group) or both absent (the
 * organization); headcount and respondents are present together, exactly when no reason is given;
 * the headcount is at least 1, respondents are at most the headcount and the rate is respondents
 * divided by headcount. Immutable and thread-safe; equal when every part is equal.
 *
 * @since 0.1.0
 */
public final class ResponseRate {
  private static final String TYPE = "ResponseRate";

  private final Optional<String> attribute;
  private final Optional<String> value;
  private final OptionalInt headcount;
  private final OptionalInt respondents;
  private final Optional<NotReportedReason> notReported;

  private ResponseRate(Optional<String> attribute, Optional<String> value, OptionalInt headcount,
      OptionalInt respondents,
      Optional<NotReportedReason> notReported) {
    this.attribute = attribute;
    this.value = value;
    this.headcount = headcount;
    this.respondents = respondents;
    this.notReported = notReported;
  }

  /**
   * Returns a released rate.
   *
   * @param attribute the group's attribute, or empty for the organization; not null itself
   * @param value the group's value, present exactly when {@code attribute} is; not null itself
   * @param headcount the employees; at least 1
   * @param respondents the respondents among them; 0 to {@code headcount}
   * @return the rate
   * @throws InvalidValueException if a part is null or out of range
   */
  public static ResponseRate released(Optional<String> attribute, Optional<String> value, int headcount,
      int respondents) {
    return of(attribute, value, OptionalInt.of(headcount), OptionalInt.of(respondents), OptionalDouble.empty(),
        Optional.empty());
  }

  /**
   * Returns a withheld rate: no headcount, respondents or rate, only the reason.
   *
   * @param attribute the group's attribute, or empty for the organization; not null itself
   * @param value the group's value, present exactly when {@code attribute} is; not null itself
   * @param reason why the headcount, the respondent count and the rate are withheld; not null
   * @return the withheld rate
   * @throws InvalidValueException if a part is null or the reason is not a {@code SUPPRESSED_*} one
   */
  public static ResponseRate withheld(Optional<String> attribute, Optional<String> value,
      NotReportedReason reason) {
    return of(attribute, value, OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(),
        Optional.of(Checks.notNull(TYPE, "notReported", reason)));
  }

  /**
   * Returns a rate from all of its parts, as read from a document: the rate, when given, must be
   * the respondents divided by the headcount (within 1e-12).
   *
   * @param attribute the group's attribute, or empty for the organization; not null itself
   * @param value the group's value, present exactly when {@code attribute} is; not null itself
   * @param headcount the employees, at least 1, or empty when withheld; not null itself
   * @param respondents the respondents, or empty when withheld; not null itself
   * @param rate the response rate, or empty (then computed from the respondents); not null itself
   * @param notReported why headcount, respondents and rate are withheld (a {@code SUPPRESSED_*}
   *     reason), or empty when released; not null itself
   * @return the rate
   * @throws InvalidValueException if a part is null, out of range or inconsistent with another
   */
  public static ResponseRate of(Optional<String> attribute, Optional<String> value, OptionalInt headcount,
      OptionalInt respondents, OptionalDouble rate, Optional<NotReportedReason> notReported) {
    Checks.notNull(TYPE, "attribute", attribute);
    Checks.notNull(TYPE, "value", value);
    Checks.notNull(TYPE, "headcount", headcount);
    Checks.notNull(TYPE, "respondents", respondents);
    Checks.notNull(TYPE, "rate", rate);
    Checks.notNull(TYPE, "notReported", notReported);
    attribute.ifPresent(a -> Checks.notBlank(TYPE, "attribute", a));
    value.ifPresent(v -> Checks.notBlank(TYPE, "value", v));
    Checks.require(attribute.isPresent() == value.isPresent(), TYPE, "value", value.orElse("absent"),
        "must be given exactly when the attribute is");
    if (notReported.isPresent()) {
      Checks.require(notReported.get().name().startsWith("SUPPRESSED_"), TYPE, "notReported",
          notReported.get().name(), "must be one of the SUPPRESSED_* reasons");
      Checks.require(headcount.isEmpty(), TYPE, "headcount", "present", "must be absent when not reported");
      Checks.require(respondents.isEmpty(), TYPE, "respondents", "present", "must be absent when not reported");
      Checks.require(rate.isEmpty(), TYPE, "rate", "present", "must be absent when not reported");
      return new ResponseRate(attribute, value, headcount, respondents, notReported);
    }
    if (headcount.isEmpty()) {
      throw new InvalidValueException(TYPE, "headcount", null, "must be given unless a reason is");
    }
    if (respondents.isEmpty()) {
      throw new InvalidValueException(TYPE, "respondents", null, "must be given unless a reason is");
    }
    int employees = headcount.getAsInt();
    Checks.positive(TYPE, "headcount", employees);
    int count = respondents.getAsInt();
    Checks.require(count >= 0 && count <= employees, TYPE, "respondents", String.valueOf(count),
        "must be 0 to the headcount (" + employees + ")");
    if (rate.isPresent() && !(Math.abs(rate.getAsDouble() - (double) count / employees) <= 1e-12)) {
      throw new InvalidValueException(TYPE, "rate", String.valueOf(rate.getAsDouble()),
          "must be respondents divided by headcount");
    }
    return new ResponseRate(attribute, value, headcount, respondents, notReported);
  }

  /**
   * The group's attribute.
   *
   * @return the attribute, or empty for the organization
   */
  public Optional<String> attribute() {
    return attribute;
  }

  /**
   * The group's value of the attribute.
   *
   * @return the value, or empty for the organization
   */
  public Optional<String> value() {
    return value;
  }

  /**
   * The employer's headcount, as given.
   *
   * @return the employees, at least 1, or empty when withheld
   */
  public OptionalInt headcount() {
    return headcount;
  }

  /**
   * The respondents counted for the set.
   *
   * @return the count, or empty when withheld
   */
  public OptionalInt respondents() {
    return respondents;
  }

  /**
   * The response rate: respondents divided by headcount.
   *
   * @return the rate, 0 to 1, or empty when withheld
   */
  public OptionalDouble rate() {
    return respondents.isPresent() ? OptionalDouble.of((double) respondents.getAsInt() / headcount.getAsInt())
        : OptionalDouble.empty();
  }

  /**
   * Why the headcount, the respondents and the rate are withheld.
   *
   * @return one of the {@code SUPPRESSED_*} reasons, or empty when released
   */
  public Optional<NotReportedReason> notReported() {
    return notReported;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ResponseRate)) {
      return false;
    }
    ResponseRate o = (ResponseRate) other;
    return attribute.equals(o.attribute) && value.equals(o.value) && headcount.equals(o.headcount)
        && respondents.equals(o.respondents) && notReported.equals(o.notReported);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, value, headcount, respondents, notReported);
  }

  @Override
  public String toString() {
    return "ResponseRate{" + attribute.map(a -> a + "=" + value.orElse("") + ", ").orElse("organization, ")
        + "headcount=" + headcount + ", respondents=" + respondents + ", notReported=" + notReported + "}";
  }
}
