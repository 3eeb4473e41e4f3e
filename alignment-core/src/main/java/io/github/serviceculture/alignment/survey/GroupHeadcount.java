package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.Objects;

/**
 * The number of employees in one group, such as those whose {@code department} is {@code
 * support}: the employer's figure, against which a perception report gives the group's response
 * rate.
 *
 * <p>The group is named as a {@linkplain io.github.serviceculture.alignment.perception.GroupPerception
 * reported group} is: an attribute ({@link Respondent#LEVEL}, {@link Respondent#DEPARTMENT}, {@link
 * Respondent#CUSTOMER_FACING} or a free attribute's name) and its value as {@link
 * Respondent#groupValue(String)} gives it ({@code EXECUTIVE}, {@code support}, {@code true}).
 *
 * <p>Invariants: attribute and value are not blank; the headcount is at least 1. Immutable and
 * thread-safe; equal when all three parts are equal.
 *
 * @since 0.1.0
 */
public final class GroupHeadcount {
  private static final String TYPE = "GroupHeadcount";

  private final String attribute;
  private final String value;
  private final int headcount;

  private GroupHeadcount(String attribute, String value, int headcount) {
    this.attribute = attribute;
    this.value = value;
    this.headcount = headcount;
  }

  /**
   * Returns the headcount of one group.
   *
   * @param attribute the grouping attribute; not blank
   * @param value the group's value of it; not blank
   * @param headcount the employees in the group; at least 1
   * @return the headcount
   * @throws io.github.serviceculture.alignment.InvalidValueException if a part is null, blank or
   *     out of range
   */
  public static GroupHeadcount of(String attribute, String value, int headcount) {
    Checks.notNull(TYPE, "attribute", attribute);
    Checks.notNull(TYPE, "value", value);
    Checks.notBlank(TYPE, "attribute", attribute);
    Checks.notBlank(TYPE, "value", value);
    Checks.positive(TYPE, "headcount", headcount);
    return new GroupHeadcount(attribute, value, headcount);
  }

  /**
   * The grouping attribute.
   *
   * @return the attribute, such as {@code department}
   */
  public String attribute() {
    return attribute;
  }

  /**
   * The group's value of the attribute.
   *
   * @return the value, such as {@code support}
   */
  public String value() {
    return value;
  }

  /**
   * The employees in the group, whether they responded or not.
   *
   * @return the headcount; at least 1
   */
  public int headcount() {
    return headcount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupHeadcount && attribute.equals(((GroupHeadcount) other).attribute)
        && value.equals(((GroupHeadcount) other).value) && headcount == ((GroupHeadcount) other).headcount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, value, headcount);
  }

  @Override
  public String toString() {
    return "GroupHeadcount{attribute=" + attribute + ", value=" + value + ", headcount=" + headcount + "}";
  }
}
