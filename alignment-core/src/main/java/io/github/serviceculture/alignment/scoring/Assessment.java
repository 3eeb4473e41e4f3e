package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is assessed: an organization's practices, a survey of its employees, or both, and the date
 * the assessment describes.
 *
 * <p>Invariants: practices or responses (or both) are present.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Assessment implements WithAssessment {
  Assessment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The organization and its practices.
   *
   * @return the practices, or empty for a survey-only assessment
   */
  public abstract Optional<Organization> practices();

  /**
   * The survey responses, with the instrument they answer.
   *
   * @return the responses, or empty for a practices-only assessment
   */
  public abstract Optional<ResponseSet> responses();

  /**
   * The date the assessment describes, used by rules about recency (such as when the "say no" list
   * was last reviewed). The engine never reads the clock.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> assessedOn();

  @Value.Check
  void check() {
    if (practices().isEmpty() && responses().isEmpty()) {
      throw new InvalidValueException("Assessment", "practices", null, "must be given when responses are absent");
    }
  }

  /** Builds an {@link Assessment}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
