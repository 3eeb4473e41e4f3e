package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an organization's scores stand among other organizations': per dimension and item that has
 * a norm and a score, its {@link Standing}, with the norms it was ranked against (their instrument and
 * minimum of organizations). Made by {@code Norms.rank(report)}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Standings {
  private static final String TYPE = "Standings";

  private final String instrumentId;
  private final String instrumentVersion;
  private final int minimumOrganizations;
  private final Map<Dimension, Standing> dimensions;
  private final Map<String, Standing> items;

  private Standings(String instrumentId, String instrumentVersion, int minimumOrganizations,
      Map<Dimension, Standing> dimensions, Map<String, Standing> items) {
    this.instrumentId = instrumentId;
    this.instrumentVersion = instrumentVersion;
    this.minimumOrganizations = minimumOrganizations;
    this.dimensions = dimensions;
    this.items = items;
  }

  /**
   * Standings.
   *
   * @param instrumentId the id of the instrument the norms were built for; not blank
   * @param instrumentVersion its version; not blank
   * @param minimumOrganizations the norms' fewest organizations per norm; at least 1
   * @param dimensions the standing of each dimension ranked; not null
   * @param items the standing of each item ranked, by item id; not null
   * @return the standings
   * @throws InvalidValueException if an argument breaks these rules
   */
  public static Standings of(String instrumentId, String instrumentVersion, int minimumOrganizations,
      Map<Dimension, Standing> dimensions, Map<String, Standing> items) {
    Checks.notBlank(TYPE, "instrumentId", Checks.notNull(TYPE, "instrumentId", instrumentId));
    Checks.notBlank(TYPE, "instrumentVersion", Checks.notNull(TYPE, "instrumentVersion", instrumentVersion));
    if (dimensions == null) {
      throw new InvalidValueException(TYPE, "dimensions", null, "must not be null");
    }
    if (items == null) {
      throw new InvalidValueException(TYPE, "items", null, "must not be null");
    }
    if (minimumOrganizations < 1) {
      throw new InvalidValueException(TYPE, "minimumOrganizations", String.valueOf(minimumOrganizations),
          "must be at least 1");
    }
    Map<Dimension, Standing> byDimension = new EnumMap<>(Dimension.class);
    dimensions.forEach((d, s) -> byDimension.put(notNull("dimensions", d), notNull("dimensions", s)));
    Map<String, Standing> byItem = new TreeMap<>();
    items.forEach((id, s) -> byItem.put(notNull("items", id), notNull("items", s)));
    return new Standings(instrumentId, instrumentVersion, minimumOrganizations,
        Collections.unmodifiableMap(byDimension), Collections.unmodifiableMap(byItem));
  }

  private static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(TYPE, field, null, "must not hold null");
    }
    return value;
  }


  /**
   * The id of the instrument the norms were built for.
   *
   * @return the id
   */
  public String instrumentId() {
    return instrumentId;
  }

  /**
   * The version of that instrument.
   *
   * @return the version
   */
  public String instrumentVersion() {
    return instrumentVersion;
  }

  /**
   * The fewest organizations a norm of these norms was built from.
   *
   * @return the minimum
   */
  public int minimumOrganizations() {
    return minimumOrganizations;
  }

  /**
   * The standing of each dimension that has a norm and a perception score, in dimension order.
   *
   * @return the standings by dimension
   */
  public Map<Dimension, Standing> dimensions() {
    return dimensions;
  }

  /**
   * The standing of each of the organization's items that has a norm and a score, by item id.
   *
   * @return the standings by item id
   */
  public Map<String, Standing> items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standings other && instrumentId.equals(other.instrumentId)
        && instrumentVersion.equals(other.instrumentVersion) && minimumOrganizations == other.minimumOrganizations
        && dimensions.equals(other.dimensions) && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return ((instrumentId.hashCode() * 31 + instrumentVersion.hashCode()) * 31 + dimensions.hashCode()) * 31
        + items.hashCode() + minimumOrganizations;
  }

  @Override
  public String toString() {
    return "Standings[" + instrumentId + " " + instrumentVersion + ", dimensions=" + dimensions + ", items=" + items
        + "]";
  }
}
