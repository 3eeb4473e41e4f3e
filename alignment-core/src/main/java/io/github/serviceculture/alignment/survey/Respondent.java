package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Level;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A person who answered a survey, known by a pseudonymous id, with the attributes results are grouped
 * by: level, department, whether the role is customer-facing, and any free attributes (such as
 * {@code site} or {@code tenure}).
 *
 * <p>The id must not identify the person outside the survey; the library never logs it.
 *
 * <p>Invariants: the id is not blank and at most 100 characters; department and attribute values are
 * not blank; attribute names are tokens and differ from the built-in {@link #LEVEL}, {@link
 * #DEPARTMENT} and {@link #CUSTOMER_FACING}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Respondent implements WithRespondent {
  /** The grouping attribute name of {@link #level()}. */
  public static final String LEVEL = "level";
  /** The grouping attribute name of {@link #department()}. */
  public static final String DEPARTMENT = "department";
  /** The grouping attribute name of {@link #customerFacing()}. */
  public static final String CUSTOMER_FACING = "customerFacing";

  private static final Set<String> BUILT_IN = Set.of(LEVEL, DEPARTMENT, CUSTOMER_FACING);
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  Respondent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a respondent known only by id.
   *
   * @param id the pseudonymous id
   * @return the respondent
   */
  public static Respondent of(String id) {
    return builder().id(id).build();
  }

  /**
   * The pseudonymous id, unique within a response set.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The respondent's level in the hierarchy.
   *
   * @return the level, or empty when not asked
   */
  public abstract Optional<Level> level();

  /**
   * The respondent's department or function, such as "support" or "accounting".
   *
   * @return the department, or empty when not asked
   */
  public abstract Optional<String> department();

  /**
   * Whether the respondent's role deals with customers directly.
   *
   * @return whether it does, or empty when not asked
   */
  public abstract Optional<Boolean> customerFacing();

  /**
   * Free grouping attributes, such as {@code site -> "Denver"}.
   *
   * @return attribute name to value
   */
  public abstract Map<String, String> attributes();

  /**
   * The value of a grouping attribute, built-in or free.
   *
   * @param name {@link #LEVEL}, {@link #DEPARTMENT}, {@link #CUSTOMER_FACING} or a free attribute's
   *     name
   * @return the value as text ({@code EXECUTIVE}, {@code support}, {@code true}, ...), or empty when
   *     the respondent has none
   */
  public final Optional<String> groupValue(String name) {
    switch (name) {
      case LEVEL:
        return level().map(Enum::name);
      case DEPARTMENT:
        return department();
      case CUSTOMER_FACING:
        return customerFacing().map(String::valueOf);
      default:
        return Optional.ofNullable(attributes().get(name));
    }
  }

  @Value.Check
  void check() {
    String type = "Respondent";
    Checks.notBlank(type, "id", id());
    Checks.require(id().length() <= 100, type, "id", id(), "must be at most 100 characters");
    department().ifPresent(d -> Checks.notBlank(type, "department", d));
    attributes().forEach((name, value) -> {
      Checks.require(NAME.matcher(name).matches() && !BUILT_IN.contains(name), type, "attributes", name,
          "must be named by a token other than level, department and customerFacing");
      Checks.notBlank(type, "attributes." + name, value);
    });
  }

  /** Builds a {@link Respondent}. Not thread-safe; {@code build()} validates. */
  public static final class Builder extends ImmutableRespondent.Builder {
    Builder() {}
  }
}
