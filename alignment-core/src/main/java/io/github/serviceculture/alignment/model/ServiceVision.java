package io.github.serviceculture.alignment.model;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The customer service vision: a shared definition of outstanding service that points everyone the
 * same way, and how it was made.
 *
 * <p>A good vision is simple (one sentence is best), focused on customers, and describes the service
 * the organization gives on its best day. It is made from all employees' input, drafted by a
 * cross-functional group and checked on stakeholders who were not in the room; the rules check each
 * of these.
 *
 * <p>Invariants: the statement is not blank.
 *
 * <pre>{@code
 * ServiceVision vision = ServiceVision.builder()
 *     .statement("Make it easy to join the clean vehicle movement")
 *     .addInputChannel(InputChannel.SURVEY)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceVision implements WithServiceVision {
  ServiceVision() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a vision from its statement alone, when nothing is known of how it was made.
   *
   * @param statement the vision as written; not blank
   * @return the vision
   */
  public static ServiceVision of(String statement) {
    return builder().statement(statement).build();
  }

  /**
   * The vision as written.
   *
   * @return the statement; not blank
   */
  public abstract String statement();

  /**
   * The ways employees' input was gathered before drafting.
   *
   * @return the channels; empty when no input was gathered or it is unknown
   */
  public abstract Set<InputChannel> inputChannels();

  /**
   * The group that drafted the vision.
   *
   * @return the drafting group, or empty when unknown
   */
  public abstract Optional<DraftingGroup> draftingGroup();

  /**
   * The test of the draft on stakeholders outside the drafting group.
   *
   * @return the gut check, or empty when none was done or it is unknown
   */
  public abstract Optional<GutCheck> gutCheck();

  @Value.Check
  void check() {
    Checks.notBlank("ServiceVision", "statement", statement());
  }

  /** Builds a {@link ServiceVision}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableServiceVision.Builder {
    Builder() {}
  }
}
