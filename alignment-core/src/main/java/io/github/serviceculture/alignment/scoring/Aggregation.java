package io.github.serviceculture.alignment.scoring;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.stats.Icc;
import io.github.serviceculture.alignment.stats.Moments;
import io.github.serviceculture.alignment.survey.Instrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Aggregation across units: per dimension, whether the units differ enough, and agree enough
 * within, to justify treating a dimension's score as a property of the unit (the routine of
 * service-climate research: rwg(j) and AD within units, ICC(1) and ICC(2) between them). The units
 * are the organizations of a batch ({@link #of}, {@link #accumulator}), or the reported groups of
 * one attribute inside an organization, such as its teams ({@link #ofGroups}).
 *
 * <p>Built only from released figures: per dimension, each unit's n, mean and SD of the
 * respondents' scores give the one-way ANOVA between units ({@link Icc#anova(Moments...)}: ICC(1),
 * ICC(2), F and its p-value, equal to {@code multilevel::ICC1}/{@code ICC2} on the respondents'
 * scores), and their rwg(j) and AD give the distribution of within-unit agreement. A unit whose
 * figures are not reported (an organization or a group under the anonymity threshold, or an
 * organization without a survey) contributes nothing, so the aggregation is a function of released
 * figures and discloses nothing they do not.
 *
 * <p>The results do not depend on the order in which units are added, nor on how the reports are
 * split between accumulators that are then {@linkplain Accumulator#combine combined}: contributions
 * are taken in the order of unit names before any sum.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Aggregation {
  /**
   * The rwg(j) at or above which an organization's respondents count as agreeing: 0.70, the
   * conventional cut-off in organizational research (LeBreton and Senter 2008).
   */
  public static final double RWG_J_CUTOFF = 0.70;

  private static final String TYPE = "Aggregation";

  private final Instrument instrument;
  private final @Nullable String attribute;
  private final int units;
  private final Map<Dimension, DimensionAggregation> dimensions;

  private Aggregation(Instrument instrument, @Nullable String attribute, int units,
      Map<Dimension, DimensionAggregation> dimensions) {
    this.instrument = instrument;
    this.attribute = attribute;
    this.units = units;
    this.dimensions = dimensions;
  }

  /**
   * Starts an aggregation of reports scored with {@code instrument}.
   *
   * @param instrument the instrument the reports were scored with; its scale sets the AD cut-off
   * @return an empty accumulator
   * @throws InvalidValueException if {@code instrument} is null
   */
  public static Accumulator accumulator(Instrument instrument) {
    if (instrument == null) {
      throw new InvalidValueException(TYPE, "instrument", null, "must not be null");
    }
    return new Accumulator(instrument);
  }

  /**
   * Aggregates reports scored with {@code instrument}.
   *
   * @param instrument the instrument the reports were scored with
   * @param reports the reports, one per organization
   * @return the aggregation
   * @throws InvalidValueException if an argument or a report is null, or a report's survey was
   *     scored with another instrument
   */
  public static Aggregation of(Instrument instrument, Iterable<AlignmentReport> reports) {
    if (reports == null) {
      throw new InvalidValueException(TYPE, "reports", null, "must not be null");
    }
    Accumulator accumulator = accumulator(instrument);
    reports.forEach(accumulator::add);
    return accumulator.result();
  }

  /**
   * Aggregates the reported groups of one attribute inside one organization, for example its teams:
   * the same figures as between organizations, with each group of the attribute as a unit. Only the
   * groups' released figures take part, so a group under the anonymity threshold, which the report
   * does not hold, contributes nothing; a group whose SD is withheld is left out of the ANOVA.
   *
   * @param instrument the instrument the survey was scored with; its scale sets the AD cut-off
   * @param perceptions the organization's perception figures
   * @param attribute the grouping attribute, such as {@code team}
   * @return the aggregation; with no unit when the report holds no group of {@code attribute}
   * @throws InvalidValueException if an argument is null or the survey was scored with another
   *     instrument
   */
  public static Aggregation ofGroups(Instrument instrument, PerceptionReport perceptions, String attribute) {
    if (instrument == null) {
      throw new InvalidValueException(TYPE, "instrument", null, "must not be null");
    }
    if (perceptions == null) {
      throw new InvalidValueException(TYPE, "perceptions", null, "must not be null");
    }
    if (attribute == null) {
      throw new InvalidValueException(TYPE, "attribute", null, "must not be null");
    }
    Accumulator groups = new Accumulator(instrument, attribute);
    groups.checkInstrument(perceptions, "perceptions");
    for (GroupPerception group : perceptions.groups()) {
      if (group.attribute().equals(attribute)) {
        groups.units++;
        groups.addFigures(group.value(), group.dimensions());
      }
    }
    return groups.result();
  }

  /**
   * The instrument the units' surveys were scored with.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The grouping attribute whose groups are the units, or empty when the units are organizations.
   *
   * @return the attribute, or empty
   */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }

  /**
   * The number of units added: the reports, with or without perception figures, or the reported
   * groups of the {@linkplain #attribute() attribute}.
   *
   * @return the count
   */
  public int units() {
    return units;
  }

  /**
   * The aggregation of each dimension, in the order of {@link Dimension}.
   *
   * @return one per dimension
   */
  public List<DimensionAggregation> dimensions() {
    return List.copyOf(dimensions.values());
  }

  /**
   * The aggregation of one dimension.
   *
   * @param dimension the dimension
   * @return its aggregation
   * @throws InvalidValueException if {@code dimension} is null
   */
  public DimensionAggregation dimension(Dimension dimension) {
    if (dimension == null) {
      throw new InvalidValueException(TYPE, "dimension", null, "must not be null");
    }
    return dimensions.get(dimension);
  }

  @Override
  public String toString() {
    return "Aggregation[" + (attribute == null ? "" : "attribute=" + attribute + ", ") + "units=" + units
        + ", dimensions=" + dimensions.values() + "]";
  }

  /** One unit's released figures for one dimension. */
  private record Contribution(String unit, int n, double mean, double sd, double rwgJ, double ad) {
    static final Comparator<Contribution> ORDER = Comparator.comparing(Contribution::unit)
        .thenComparingInt(Contribution::n).thenComparingDouble(Contribution::mean)
        .thenComparingDouble(Contribution::sd).thenComparingDouble(Contribution::rwgJ)
        .thenComparingDouble(Contribution::ad);
  }

  /**
   * Collects organizations' reports one at a time; holds a few numbers per organization and
   * dimension, never a respondent's. Not thread-safe: give each thread its own and {@linkplain
   * #combine combine} them.
   *
   * @since 0.1.0
   */
  public static final class Accumulator {
    private final Instrument instrument;
    private final @Nullable String attribute;
    private final Map<Dimension, List<Contribution>> contributions = new EnumMap<>(Dimension.class);
    private int units;

    private Accumulator(Instrument instrument) {
      this(instrument, null);
    }

    private Accumulator(Instrument instrument, @Nullable String attribute) {
      this.instrument = instrument;
      this.attribute = attribute;
      for (Dimension d : Dimension.values()) {
        contributions.put(d, new ArrayList<>());
      }
    }

    /**
     * Adds one organization's report. A report names its instrument by id and version only: the caller
     * makes sure that reports under one id and version were scored with the same instrument (and, for
     * comparable figures, the same policy).
     *
     * @param report the report
     * @return this accumulator
     * @throws InvalidValueException if {@code report} is null or its survey was scored with another
     *     instrument
     */
    public Accumulator add(AlignmentReport report) {
      if (report == null) {
        throw new InvalidValueException(TYPE, "report", null, "must not be null");
      }
      if (report.perceptions().isEmpty()) {
        units++;
        return this;
      }
      PerceptionReport perceptions = report.perceptions().get();
      checkInstrument(perceptions, "report");
      units++;
      addFigures(report.metadata().organization().orElse(""), perceptions.dimensions());
      return this;
    }

    private void checkInstrument(PerceptionReport perceptions, String field) {
      if (!perceptions.instrumentId().equals(instrument.id())
          || !perceptions.instrumentVersion().equals(instrument.version())) {
        throw new InvalidValueException(TYPE, field, perceptions.instrumentId() + " "
            + perceptions.instrumentVersion(), "must be scored with " + instrument.id() + " " + instrument.version());
      }
    }

    private void addFigures(String unit, Map<Dimension, PerceptionFigures> figures) {
      for (Map.Entry<Dimension, PerceptionFigures> e : figures.entrySet()) {
        PerceptionFigures f = e.getValue();
        if (f.n() == 0 || !f.mean().isDefined()) {
          continue;
        }
        contributions.get(e.getKey()).add(new Contribution(unit, f.n(), f.mean().value(),
            f.sd().orElse(Double.NaN), f.rwgJ().orElse(Double.NaN), f.ad().orElse(Double.NaN)));
      }
    }

    /**
     * Adds what another accumulator holds, as if its reports had been added here.
     *
     * @param other an accumulator of the same instrument; not changed
     * @return this accumulator
     * @throws InvalidValueException if {@code other} is null or of another instrument
     */
    public Accumulator combine(Accumulator other) {
      if (other == null) {
        throw new InvalidValueException(TYPE, "other", null, "must not be null");
      }
      if (!other.instrument.equals(instrument)) {
        throw new InvalidValueException(TYPE, "other", other.instrument.id() + " " + other.instrument.version(),
            "must aggregate the same instrument");
      }
      units += other.units;
      other.contributions.forEach((d, list) -> contributions.get(d).addAll(list));
      return this;
    }

    /**
     * The aggregation of the reports added so far.
     *
     * @return the aggregation
     */
    public Aggregation result() {
      double adCutoff = instrument.scale().options() / 6.0;
      Map<Dimension, DimensionAggregation> result = new EnumMap<>(Dimension.class);
      for (Map.Entry<Dimension, List<Contribution>> e : contributions.entrySet()) {
        List<Contribution> sorted = new ArrayList<>(e.getValue());
        sorted.sort(Contribution.ORDER);
        List<Moments> moments = new ArrayList<>();
        List<Double> rwgJ = new ArrayList<>();
        List<Double> ad = new ArrayList<>();
        for (Contribution c : sorted) {
          // An SD withheld for anonymity (n of 2 or more without one) leaves the unit out of the ANOVA.
          if (c.n() == 1 || c.sd() == c.sd()) {
            moments.add(Moments.ofSummary(c.n(), c.mean(), c.sd()));
          }
          if (c.rwgJ() == c.rwgJ()) {
            rwgJ.add(c.rwgJ());
          }
          if (c.ad() == c.ad()) {
            ad.add(c.ad());
          }
        }
        result.put(e.getKey(), new DimensionAggregation(e.getKey(), moments.size(),
            Icc.anova(moments.toArray(new Moments[0])),
            AgreementDistribution.of(rwgJ, RWG_J_CUTOFF, true), AgreementDistribution.of(ad, adCutoff, false)));
      }
      return new Aggregation(instrument, attribute, units, Collections.unmodifiableMap(result));
    }
  }
}
