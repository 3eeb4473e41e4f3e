package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Response rates of a perception report scored with {@linkplain
 * io.github.serviceculture.alignment.survey.Headcounts headcounts}: the organization's, when its
 * headcount is given, and one per group given a headcount, in the order given.
 *
 * <p>The respondent count of each set is a figure of its own for the anonymity rules ({@code
 * PARTICIPATION}, over every respondent): the organization's and each group's are released or
 * withheld as those rules decide for it, with the same reasons as a dimension's figures, and a group's
 * only where every dimension that releases a figure shows the group too. A headcount and a rate
 * appear only beside a released count (see {@link ResponseRate}).
 *
 * <p>Immutable and thread-safe; equal when both parts are equal.
 *
 * @since 0.1.0
 */
public final class Participation {
  private static final String TYPE = "Participation";

  private final Optional<ResponseRate> organization;
  private final List<ResponseRate> groups;

  private Participation(Optional<ResponseRate> organization, List<ResponseRate> groups) {
    this.organization = organization;
    this.groups = groups;
  }

  /**
   * Returns participation figures.
   *
   * @param organization the organization's rate (no attribute), or empty; not null itself
   * @param groups the groups' rates (each with an attribute), each group at most once; not null
   * @return the participation
   * @throws io.github.serviceculture.alignment.InvalidValueException if an argument or element is
   *     null, the organization's rate names a group, a group's names none, or a group is repeated
   */
  public static Participation of(Optional<ResponseRate> organization, List<ResponseRate> groups) {
    Checks.notNull(TYPE, "organization", organization);
    Checks.notNull(TYPE, "groups", groups);
    organization.ifPresent(o -> Checks.require(o.attribute().isEmpty(), TYPE, "organization",
        o.attribute().orElse(""), "must name no group"));
    List<ResponseRate> copy = new ArrayList<>();
    List<List<String>> seen = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      ResponseRate g = Checks.notNull(TYPE, "groups[" + i + "]", groups.get(i));
      Checks.require(g.attribute().isPresent(), TYPE, "groups[" + i + "]", "the organization", "must name a group");
      List<String> key = List.of(g.attribute().get(), g.value().orElseThrow());
      Checks.require(!seen.contains(key), TYPE, "groups[" + i + "]", key.get(0) + "=" + key.get(1),
          "must not repeat a group");
      seen.add(key);
      copy.add(g);
    }
    return new Participation(organization, List.copyOf(copy));
  }

  /**
   * The organization's participation.
   *
   * @return its rate, or empty when its headcount was not given
   */
  public Optional<ResponseRate> organization() {
    return organization;
  }

  /**
   * The groups' participation, in the order their headcounts were given.
   *
   * @return the rates; unmodifiable
   */
  public List<ResponseRate> groups() {
    return groups;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Participation && organization.equals(((Participation) other).organization)
        && groups.equals(((Participation) other).groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, groups);
  }

  @Override
  public String toString() {
    return "Participation{organization=" + organization + ", groups=" + groups + "}";
  }
}
