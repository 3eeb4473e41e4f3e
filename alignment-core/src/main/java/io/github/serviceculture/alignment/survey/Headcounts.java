package io.github.serviceculture.alignment.survey;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The employer's headcounts given with a survey: the organization's, and those of some groups, so
 * that a perception report can give response rates (respondents divided by headcount).
 *
 * <p>A headcount is the employer's figure, not a respondent figure; the report releases a rate, and
 * the respondent count it rests on, only where the anonymity rules release that group's count
 * (see {@link io.github.serviceculture.alignment.perception.Participation}). A group no respondent
 * belongs to is allowed (nobody responded, or the survey does not ask the attribute); its rate is
 * not reported either, for the same reason as a small group's.
 *
 * <p>Invariants: the organization's headcount, when given, is at least 1; each group is given at
 * most once; something is given. {@link #check(ResponseSet)} adds the invariant against the
 * responses: no headcount is smaller than the respondents counted for it.
 *
 * <p>Immutable and thread-safe; equal when both parts are equal (groups in order).
 *
 * @since 0.1.0
 */
public final class Headcounts {
  private static final String TYPE = "Headcounts";

  private final OptionalInt organization;
  private final List<GroupHeadcount> groups;

  private Headcounts(OptionalInt organization, List<GroupHeadcount> groups) {
    this.organization = organization;
    this.groups = groups;
  }

  /**
   * Returns headcounts.
   *
   * @param organization the organization's headcount, or empty; not null itself
   * @param groups the groups' headcounts, each group at most once; not null
   * @return the headcounts
   * @throws InvalidValueException if an argument or element is null, a headcount is below 1, a
   *     group is repeated, or neither the organization's nor any group's headcount is given
   */
  public static Headcounts of(OptionalInt organization, List<GroupHeadcount> groups) {
    Checks.notNull(TYPE, "organization", organization);
    Checks.notNull(TYPE, "groups", groups);
    organization.ifPresent(h -> Checks.positive(TYPE, "organization", h));
    List<GroupHeadcount> copy = new ArrayList<>(groups.size());
    Set<List<String>> seen = new HashSet<>();
    for (int i = 0; i < groups.size(); i++) {
      GroupHeadcount g = Checks.notNull(TYPE, "groups[" + i + "]", groups.get(i));
      if (!seen.add(List.of(g.attribute(), g.value()))) {
        throw new InvalidValueException(TYPE, "groups[" + i + "]", g.attribute() + "=" + g.value(),
            "must not repeat a group");
      }
      copy.add(g);
    }
    if (organization.isEmpty() && copy.isEmpty()) {
      throw new InvalidValueException(TYPE, "organization", null, "or a group's headcount must be given");
    }
    return new Headcounts(organization, List.copyOf(copy));
  }

  /**
   * Returns the organization's headcount alone.
   *
   * @param headcount the employees of the organization; at least 1
   * @return the headcounts
   * @throws InvalidValueException if {@code headcount} is below 1
   */
  public static Headcounts ofOrganization(int headcount) {
    return of(OptionalInt.of(headcount), List.of());
  }

  /**
   * Returns a copy with one more group's headcount.
   *
   * @param attribute the grouping attribute; not blank
   * @param value the group's value of it; not blank
   * @param headcount the employees in the group; at least 1
   * @return the copy
   * @throws InvalidValueException if a part is out of range or the group is already given
   */
  public Headcounts withGroup(String attribute, String value, int headcount) {
    List<GroupHeadcount> more = new ArrayList<>(groups);
    more.add(GroupHeadcount.of(attribute, value, headcount));
    return of(organization, more);
  }

  /**
   * The organization's headcount.
   *
   * @return the employees of the organization, or empty when not given
   */
  public OptionalInt organization() {
    return organization;
  }

  /**
   * The groups' headcounts, in the order given.
   *
   * @return the groups; unmodifiable
   */
  public List<GroupHeadcount> groups() {
    return groups;
  }

  /**
   * One group's headcount.
   *
   * @param attribute the grouping attribute
   * @param value the group's value of it
   * @return the headcount, or empty when the group is not given
   */
  public Optional<GroupHeadcount> group(String attribute, String value) {
    for (GroupHeadcount g : groups) {
      if (g.attribute().equals(attribute) && g.value().equals(value)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the organization's headcount against the responses it comes with: it may not be smaller
   * than the respondents (a count every report gives). Groups' headcounts are checked when scored,
   * and only for the groups whose response rates are released: whether the check fails would
   * otherwise tell a withheld group's respondent count.
   *
   * @param responses the responses; not null
   * @return these headcounts
   * @throws InvalidValueException if the organization's headcount is smaller than its respondents
   */
  public Headcounts check(ResponseSet responses) {
    Checks.notNull(TYPE, "responses", responses);
    if (organization.isPresent() && organization.getAsInt() < responses.responses().size()) {
      throw new InvalidValueException(TYPE, "organization", String.valueOf(organization.getAsInt()),
          "must be at least the number of respondents");
    }
    return this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Headcounts && organization.equals(((Headcounts) other).organization)
        && groups.equals(((Headcounts) other).groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, groups);
  }

  @Override
  public String toString() {
    return "Headcounts{organization=" + organization + ", groups=" + groups + "}";
  }
}
