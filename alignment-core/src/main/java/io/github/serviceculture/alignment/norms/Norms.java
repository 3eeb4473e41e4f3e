package io.github.serviceculture.alignment.norms;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.internal.Checks;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Standing;
import io.github.serviceculture.alignment.scoring.Standings;
import io.github.serviceculture.alignment.survey.Instrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Norms of one instrument: per dimension and per item, the {@link Norm} of the organization-level
 * scores (the perception score of a dimension, the 0 to 100 score of an item's keyed answers) of the
 * organizations whose reports built it.
 *
 * <p>Built through an {@link #accumulator(Instrument) accumulator} from reports, and only from the
 * figures they release: an organization whose report gives no perception score for a dimension (under
 * the anonymity threshold, not surveyed, or the dimension not measured), or no item result for an item,
 * is not in that dimension's or item's norm. A dimension or item with fewer contributing organizations
 * than the minimum ({@value #DEFAULT_MINIMUM_ORGANIZATIONS} by default) gets no norm, and norms without
 * a dimension norm are not built. The result does not depend on the order in which reports are added or on how accumulators are
 * split and combined.
 *
 * <p>A norm applies to reports of its instrument only, named by id and version ({@link
 * #checkApplies}): scores of another instrument, or of another version of it, are not comparable.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Norms {
  /**
   * The fewest organizations a norm is built from by default: 10. Fewer make the percentiles an
   * organization's own scores (with 10, the 0th, 10th, ... 100th percentiles are scores of single
   * organizations) and a rank too coarse to tell the top quartile from the second; platforms set
   * their minimum for a public benchmark at about this size.
   */
  public static final int DEFAULT_MINIMUM_ORGANIZATIONS = 10;

  private static final String TYPE = "Norms";

  private final String instrumentId;
  private final String instrumentVersion;
  private final int minimumOrganizations;
  private final Map<Dimension, Norm> dimensions;
  private final Map<String, Norm> items;

  private Norms(String instrumentId, String instrumentVersion, int minimumOrganizations,
      Map<Dimension, Norm> dimensions, Map<String, Norm> items) {
    this.instrumentId = instrumentId;
    this.instrumentVersion = instrumentVersion;
    this.minimumOrganizations = minimumOrganizations;
    this.dimensions = dimensions;
    this.items = items;
  }

  /**
   * Norms from their parts, as a norms document holds them.
   *
   * @param instrumentId the id of the instrument; not blank
   * @param instrumentVersion its version; not blank
   * @param minimumOrganizations the fewest organizations a norm was built from; at least 1
   * @param dimensions the norm of each dimension that has one; at least one, each of at least {@code
   *     minimumOrganizations} organizations
   * @param items the norm of each item that has one, by item id, each of at least {@code
   *     minimumOrganizations} organizations; not null, may be empty
   * @return the norms
   * @throws InvalidValueException if an argument breaks these rules
   */
  public static Norms of(String instrumentId, String instrumentVersion, int minimumOrganizations,
      Map<Dimension, Norm> dimensions, Map<String, Norm> items) {
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
    if (dimensions.isEmpty()) {
      throw new InvalidValueException(TYPE, "dimensions", "{}", "must hold at least one norm");
    }
    Map<Dimension, Norm> byDimension = new EnumMap<>(Dimension.class);
    for (Map.Entry<Dimension, Norm> e : dimensions.entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidValueException(TYPE, "dimensions", null, "must not hold a null key");
      }
      byDimension.put(e.getKey(), checked("dimensions." + e.getKey().name(), e.getValue(), minimumOrganizations));
    }
    Map<String, Norm> byItem = new TreeMap<>();
    for (Map.Entry<String, Norm> e : items.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new InvalidValueException(TYPE, "items", e.getKey(), "must not hold a blank item id");
      }
      byItem.put(e.getKey(), checked("items." + e.getKey(), e.getValue(), minimumOrganizations));
    }
    return new Norms(instrumentId, instrumentVersion, minimumOrganizations, Collections.unmodifiableMap(byDimension),
        Collections.unmodifiableMap(byItem));
  }

  private static Norm checked(String field, Norm norm, int minimumOrganizations) {
    if (norm == null) {
      throw new InvalidValueException(TYPE, field, null, "must not be null");
    }
    if (norm.organizations() < minimumOrganizations) {
      throw new InvalidValueException(TYPE, field + ".organizations", String.valueOf(norm.organizations()),
          "must be at least minimumOrganizations (" + minimumOrganizations + ")");
    }
    return norm;
  }


  /**
   * Starts norms of reports scored with {@code instrument}, with the default minimum of organizations.
   *
   * @param instrument the instrument; not null
   * @return an empty accumulator
   * @throws InvalidValueException if {@code instrument} is null
   */
  public static Accumulator accumulator(Instrument instrument) {
    return accumulator(instrument, DEFAULT_MINIMUM_ORGANIZATIONS);
  }

  /**
   * Starts norms of reports scored with {@code instrument}.
   *
   * @param instrument the instrument; not null
   * @param minimumOrganizations the fewest organizations a dimension's norm is built from; at least 1
   * @return an empty accumulator
   * @throws InvalidValueException if {@code instrument} is null or the minimum is below 1
   */
  public static Accumulator accumulator(Instrument instrument, int minimumOrganizations) {
    if (instrument == null) {
      throw new InvalidValueException(TYPE, "instrument", null, "must not be null");
    }
    if (minimumOrganizations < 1) {
      throw new InvalidValueException(TYPE, "minimumOrganizations", String.valueOf(minimumOrganizations),
          "must be at least 1");
    }
    return new Accumulator(instrument.id(), instrument.version(), minimumOrganizations);
  }

  /**
   * The id of the instrument the norms apply to.
   *
   * @return the id
   */
  public String instrumentId() {
    return instrumentId;
  }

  /**
   * The version of the instrument the norms apply to.
   *
   * @return the version
   */
  public String instrumentVersion() {
    return instrumentVersion;
  }

  /**
   * The fewest organizations a norm was built from.
   *
   * @return the minimum
   */
  public int minimumOrganizations() {
    return minimumOrganizations;
  }

  /**
   * The norm of each dimension that has one, in dimension order.
   *
   * @return the norms by dimension
   */
  public Map<Dimension, Norm> dimensions() {
    return dimensions;
  }

  /**
   * The norm of one dimension.
   *
   * @param dimension the dimension; not null
   * @return its norm, or empty when too few organizations had a score for it
   * @throws InvalidValueException if {@code dimension} is null
   */
  public Optional<Norm> dimension(Dimension dimension) {
    if (dimension == null) {
      throw new InvalidValueException(TYPE, "dimension", null, "must not be null");
    }
    return Optional.ofNullable(dimensions.get(dimension));
  }

  /**
   * The norm of each item that has one, by item id in id order.
   *
   * @return the norms by item id
   */
  public Map<String, Norm> items() {
    return items;
  }

  /**
   * The norm of one item.
   *
   * @param itemId the item's id; not null
   * @return its norm, or empty when too few organizations had a result for it
   * @throws InvalidValueException if {@code itemId} is null
   */
  public Optional<Norm> item(String itemId) {
    if (itemId == null) {
      throw new InvalidValueException(TYPE, "itemId", null, "must not be null");
    }
    return Optional.ofNullable(items.get(itemId));
  }

  /**
   * Checks that the norms apply to scores of the given instrument.
   *
   * @param id the instrument's id
   * @param version the instrument's version
   * @throws InvalidValueException naming the instrument the norms were built for, when it is another
   */
  public void checkApplies(String id, String version) {
    if (!instrumentId.equals(id) || !instrumentVersion.equals(version)) {
      throw new InvalidValueException(TYPE, "instrument", id + " " + version, "the norms were built for "
          + instrumentId + " " + instrumentVersion + " and apply to its scores only");
    }
  }

  /**
   * Ranks a report against these norms: the report with its {@linkplain AlignmentReport#standings()
   * standings}, for each dimension that has a norm and an organization-level perception score, and
   * each of the organization's item results that has a norm and a score. Groups are not ranked. A
   * report without perception figures has nothing to rank and comes back with empty standings.
   *
   * @param report the report; not null
   * @return the ranked report
   * @throws InvalidValueException if {@code report} is null or its survey was scored with another
   *     instrument or version than the norms were built for
   */
  public AlignmentReport rank(AlignmentReport report) {
    if (report == null) {
      throw new InvalidValueException(TYPE, "report", null, "must not be null");
    }
    Map<Dimension, Standing> byDimension = new EnumMap<>(Dimension.class);
    Map<String, Standing> byItem = new TreeMap<>();
    if (report.perceptions().isPresent()) {
      PerceptionReport perceptions = report.perceptions().get();
      checkApplies(perceptions.instrumentId(), perceptions.instrumentVersion());
      perceptions.dimensions().forEach((d, figures) -> {
        Norm norm = dimensions.get(d);
        if (norm != null && figures.score().isDefined()) {
          byDimension.put(d, standing(norm, figures.score().value()));
        }
      });
      for (ItemResult item : perceptions.items()) {
        Norm norm = items.get(item.itemId());
        if (norm != null && item.score().isDefined()) {
          byItem.put(item.itemId(), standing(norm, item.score().value()));
        }
      }
    }
    return report.withStandings(Standings.of(instrumentId, instrumentVersion, minimumOrganizations, byDimension,
        byItem));
  }

  private static Standing standing(Norm norm, double score) {
    return Standing.of(norm.percentileRank(score), norm.quartile(score), norm.organizations());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Norms other && instrumentId.equals(other.instrumentId)
        && instrumentVersion.equals(other.instrumentVersion) && minimumOrganizations == other.minimumOrganizations
        && dimensions.equals(other.dimensions) && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return (((instrumentId.hashCode() * 31 + instrumentVersion.hashCode()) * 31 + minimumOrganizations) * 31
        + dimensions.hashCode()) * 31 + items.hashCode();
  }

  @Override
  public String toString() {
    return "Norms[" + instrumentId + " " + instrumentVersion + ", minimumOrganizations=" + minimumOrganizations
        + ", dimensions=" + dimensions + ", items=" + items.keySet() + "]";
  }

  /**
   * Collects organizations' reports one at a time: one score per organization and dimension or item,
   * never a respondent's. Not thread-safe: give each thread its own and {@linkplain #combine combine} them.
   *
   * @since 0.1.0
   */
  public static final class Accumulator {
    private final String instrumentId;
    private final String instrumentVersion;
    private final int minimumOrganizations;
    private final Map<Dimension, List<Double>> scores = new EnumMap<>(Dimension.class);
    private final Map<String, List<Double>> itemScores = new TreeMap<>();
    private long reports;

    private Accumulator(String instrumentId, String instrumentVersion, int minimumOrganizations) {
      this.instrumentId = instrumentId;
      this.instrumentVersion = instrumentVersion;
      this.minimumOrganizations = minimumOrganizations;
      for (Dimension d : Dimension.values()) {
        scores.put(d, new ArrayList<>());
      }
    }

    /**
     * Adds one organization's report; a report without perception figures adds nothing.
     *
     * @param report the report; not null
     * @return this accumulator
     * @throws InvalidValueException if {@code report} is null or its survey was scored with another
     *     instrument or version
     */
    public Accumulator add(AlignmentReport report) {
      if (report == null) {
        throw new InvalidValueException(TYPE, "report", null, "must not be null");
      }
      if (report.perceptions().isEmpty()) {
        reports++;
        return this;
      }
      PerceptionReport perceptions = report.perceptions().get();
      if (!perceptions.instrumentId().equals(instrumentId)
          || !perceptions.instrumentVersion().equals(instrumentVersion)) {
        throw new InvalidValueException(TYPE, "report", perceptions.instrumentId() + " "
            + perceptions.instrumentVersion(), "must be scored with " + instrumentId + " " + instrumentVersion);
      }
      reports++;
      for (Map.Entry<Dimension, PerceptionFigures> e : perceptions.dimensions().entrySet()) {
        if (e.getValue().score().isDefined()) {
          scores.get(e.getKey()).add(e.getValue().score().value());
        }
      }
      for (ItemResult item : perceptions.items()) {
        if (item.score().isDefined()) {
          itemScores.computeIfAbsent(item.itemId(), id -> new ArrayList<>()).add(item.score().value());
        }
      }
      return this;
    }

    /**
     * Adds what another accumulator holds, as if its reports had been added here.
     *
     * @param other an accumulator of the same instrument and minimum; not changed
     * @return this accumulator
     * @throws InvalidValueException if {@code other} is null or of another instrument or minimum
     */
    public Accumulator combine(Accumulator other) {
      if (other == null) {
        throw new InvalidValueException(TYPE, "other", null, "must not be null");
      }
      if (!other.instrumentId.equals(instrumentId) || !other.instrumentVersion.equals(instrumentVersion)
          || other.minimumOrganizations != minimumOrganizations) {
        throw new InvalidValueException(TYPE, "other", other.instrumentId + " " + other.instrumentVersion,
            "must build norms of " + instrumentId + " " + instrumentVersion + " with the same minimum");
      }
      reports += other.reports;
      other.scores.forEach((d, list) -> scores.get(d).addAll(list));
      other.itemScores.forEach((id, list) -> itemScores.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list));
      return this;
    }

    /**
     * The number of reports added, with or without perception figures.
     *
     * @return the count
     */
    public long reports() {
      return reports;
    }

    /**
     * The number of organizations with a score for a dimension so far.
     *
     * @param dimension the dimension; not null
     * @return the count
     */
    public int organizations(Dimension dimension) {
      return scores.get(dimension).size();
    }

    /**
     * The number of organizations with a result for an item so far.
     *
     * @param itemId the item's id; not null
     * @return the count
     */
    public int organizations(String itemId) {
      List<Double> list = itemScores.get(itemId);
      return list == null ? 0 : list.size();
    }

    /**
     * The norms of the reports added so far: a norm for each dimension and item with at least the
     * minimum of organizations.
     *
     * @return the norms
     * @throws InvalidValueException if no dimension has enough organizations, saying how many the best
     *     one has
     */
    public Norms result() {
      Map<Dimension, Norm> norms = new EnumMap<>(Dimension.class);
      int most = 0;
      for (Map.Entry<Dimension, List<Double>> e : scores.entrySet()) {
        int n = e.getValue().size();
        most = Math.max(most, n);
        if (n >= minimumOrganizations) {
          norms.put(e.getKey(), norm(e.getValue()));
        }
      }
      Map<String, Norm> items = new TreeMap<>();
      for (Map.Entry<String, List<Double>> e : itemScores.entrySet()) {
        if (e.getValue().size() >= minimumOrganizations) {
          items.put(e.getKey(), norm(e.getValue()));
        }
      }
      if (norms.isEmpty()) {
        throw new InvalidValueException(TYPE, "reports", reports + " reports", "norms need at least "
            + minimumOrganizations + " organizations with a perception score for a dimension; the most any "
            + "dimension has is " + most);
      }
      return new Norms(instrumentId, instrumentVersion, minimumOrganizations, Collections.unmodifiableMap(norms),
          Collections.unmodifiableMap(items));
    }

    private static Norm norm(List<Double> scores) {
      return Norm.ofSorted(scores.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }
  }
}
