package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
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
public abstract class Respondent {
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

  /**
   * Returns a copy with {@link #id() id} set to {@code value}: the pseudonymous id, unique
   * within a response set.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Respondent withId(String value) {
    return ((ImmutableRespondent) this).generatedWithId(Checks.notNull("Respondent", "id", value));
  }

  /**
   * Returns a copy with {@link #level() level} set to a present {@code value}: the
   * respondent's level in the hierarchy.
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Respondent withLevel(Level value) {
    return ((ImmutableRespondent) this).generatedWithLevel(Checks.notNull("Respondent", "level", value));
  }

  /**
   * Returns a copy with {@link #level() level} set to {@code optional}, or cleared when it is
   * empty: the respondent's level in the hierarchy.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Respondent withLevel(Optional<? extends Level> optional) {
    return ((ImmutableRespondent) this).generatedWithLevel(Checks.notNull("Respondent", "level", optional));
  }

  /**
   * Returns a copy with {@link #department() department} set to a present {@code value}: the
   * respondent's department or function, such as "support" or "accounting".
   *
   * @param value the value; not null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code value} is null
   *     or the copy breaks an invariant
   */
  public final Respondent withDepartment(String value) {
    return ((ImmutableRespondent) this).generatedWithDepartment(Checks.notNull("Respondent", "department", value));
  }

  /**
   * Returns a copy with {@link #department() department} set to {@code optional}, or cleared
   * when it is empty: the respondent's department or function, such as "support" or
   * "accounting".
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Respondent withDepartment(Optional<String> optional) {
    return ((ImmutableRespondent) this).generatedWithDepartment(Checks.notNull("Respondent", "department", optional));
  }

  /**
   * Returns a copy with {@link #customerFacing() customerFacing} set to a present {@code
   * value}: whether the respondent's role deals with customers directly.
   *
   * @param value the value
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if the copy breaks an
   *     invariant
   */
  public final Respondent withCustomerFacing(boolean value) {
    return ((ImmutableRespondent) this).generatedWithCustomerFacing(value);
  }

  /**
   * Returns a copy with {@link #customerFacing() customerFacing} set to {@code optional}, or
   * cleared when it is empty: whether the respondent's role deals with customers directly.
   *
   * @param optional the value or empty; not null itself
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code optional} is
   *     null or the copy breaks an invariant
   */
  public final Respondent withCustomerFacing(Optional<Boolean> optional) {
    return ((ImmutableRespondent) this).generatedWithCustomerFacing(
        Checks.notNull("Respondent", "customerFacing", optional));
  }

  /**
   * Returns a copy whose {@link #attributes() attributes} holds the entries of {@code
   * entries}: free grouping attributes, such as {@code site -> "Denver"}.
   *
   * @param entries the entries; neither the map nor a key or value may be null
   * @return the copy, or this value when nothing changes
   * @throws io.github.serviceculture.alignment.InvalidValueException if {@code entries} is
   *     null or the copy breaks an invariant
   */
  public final Respondent withAttributes(Map<String, ? extends String> entries) {
    return ((ImmutableRespondent) this).generatedWithAttributes(Checks.notNull("Respondent", "attributes", entries));
  }

  /** Builds a {@link Respondent}. Not thread-safe; {@code build()} validates. */
  public static final class Builder {
    private static final String TYPE = "Respondent";

    private final ImmutableRespondent.Builder delegate = ImmutableRespondent.generatedBuilder();

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
    public Builder from(Respondent instance) {
      delegate.from(Checks.notNull(TYPE, "from", instance));
      return this;
    }

    /**
     * Sets {@link Respondent#id() id}: the pseudonymous id, unique within a response set. Required.
     *
     * @param id the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code id} is null
     */
    public Builder id(String id) {
      delegate.id(Checks.notNull(TYPE, "id", id));
      return this;
    }

    /**
     * Sets {@link Respondent#level() level} to a present value: the respondent's level in the
     * hierarchy.
     *
     * @param level the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code level} is null
     */
    public Builder level(Level level) {
      delegate.level(Checks.notNull(TYPE, "level", level));
      return this;
    }

    /**
     * Sets {@link Respondent#level() level}, or clears it when {@code level} is empty: the
     * respondent's level in the hierarchy.
     *
     * @param level the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code level} is null
     */
    public Builder level(Optional<? extends Level> level) {
      delegate.level(Checks.notNull(TYPE, "level", level));
      return this;
    }

    /**
     * Sets {@link Respondent#department() department} to a present value: the respondent's
     * department or function, such as "support" or "accounting".
     *
     * @param department the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code department} is null
     */
    public Builder department(String department) {
      delegate.department(Checks.notNull(TYPE, "department", department));
      return this;
    }

    /**
     * Sets {@link Respondent#department() department}, or clears it when {@code department} is
     * empty: the respondent's department or function, such as "support" or "accounting".
     *
     * @param department the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code department} is null
     */
    public Builder department(Optional<String> department) {
      delegate.department(Checks.notNull(TYPE, "department", department));
      return this;
    }

    /**
     * Sets {@link Respondent#customerFacing() customerFacing} to a present value: whether the
     * respondent's role deals with customers directly.
     *
     * @param customerFacing the value
     * @return this builder
     */
    public Builder customerFacing(boolean customerFacing) {
      delegate.customerFacing(customerFacing);
      return this;
    }

    /**
     * Sets {@link Respondent#customerFacing() customerFacing}, or clears it when {@code
     * customerFacing} is empty: whether the respondent's role deals with customers directly.
     *
     * @param customerFacing the value or empty; not null itself
     * @return this builder
     * @throws InvalidValueException if {@code customerFacing} is null
     */
    public Builder customerFacing(Optional<Boolean> customerFacing) {
      delegate.customerFacing(Checks.notNull(TYPE, "customerFacing", customerFacing));
      return this;
    }

    /**
     * Puts one entry into {@link Respondent#attributes() attributes}, replacing any entry with the
     * same key: free grouping attributes, such as {@code site -> "Denver"}.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return this builder
     * @throws InvalidValueException if {@code key} or {@code value} is null
     */
    public Builder putAttribute(String key, String value) {
      delegate.putAttribute(Checks.notNull(TYPE, "attributes", key), Checks.notNull(TYPE, "attributes", value));
      return this;
    }

    /**
     * Puts one entry into {@link Respondent#attributes() attributes}, replacing any entry with the
     * same key: free grouping attributes, such as {@code site -> "Denver"}.
     *
     * @param entry the entry; neither it nor its key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entry} is null
     */
    public Builder putAttribute(Map.Entry<String, ? extends String> entry) {
      delegate.putAttribute(Checks.notNull(TYPE, "attributes", entry));
      return this;
    }

    /**
     * Replaces every entry of {@link Respondent#attributes() attributes} with those of {@code
     * entries}: free grouping attributes, such as {@code site -> "Denver"}.
     *
     * <p>The field's contract: attribute name to value.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder attributes(Map<String, ? extends String> entries) {
      delegate.attributes(Checks.notNull(TYPE, "attributes", entries));
      return this;
    }

    /**
     * Puts every entry of {@code entries} into {@link Respondent#attributes() attributes}: free
     * grouping attributes, such as {@code site -> "Denver"}.
     *
     * @param entries the entries; neither the map nor a key or value may be null
     * @return this builder
     * @throws InvalidValueException if {@code entries} is null
     */
    public Builder putAllAttributes(Map<String, ? extends String> entries) {
      delegate.putAllAttributes(Checks.notNull(TYPE, "attributes", entries));
      return this;
    }

    /**
     * Builds the {@link Respondent}, checking its invariants.
     *
     * @return the value
     * @throws InvalidValueException if a required field is not set or a value breaks an invariant
     */
    public Respondent build() {
      return delegate.build();
    }
  }
}
