package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.BOOLEAN;
import static io.github.serviceculture.alignment.json.Codecs.DATE;
import static io.github.serviceculture.alignment.json.Codecs.DOUBLE;
import static io.github.serviceculture.alignment.json.Codecs.ESTIMATE;
import static io.github.serviceculture.alignment.json.Codecs.INT;
import static io.github.serviceculture.alignment.json.Codecs.LONG;
import static io.github.serviceculture.alignment.json.Codecs.SEALED;
import static io.github.serviceculture.alignment.json.Codecs.STRING;
import static io.github.serviceculture.alignment.json.Codecs.enumMap;
import static io.github.serviceculture.alignment.json.Codecs.enumeration;
import static io.github.serviceculture.alignment.json.Codecs.list;
import static io.github.serviceculture.alignment.json.Codecs.stringMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupDifferences;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.ItemStatistics;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.OutcomeSource;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.Psychometrics;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.perception.ResponseRate;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.EvidenceSource;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.Severity;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Band;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.scoring.Standing;
import io.github.serviceculture.alignment.scoring.Standings;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The alignment report and its parts; statistics are written as estimates, never as NaN. */
final class ReportCodecs {
  private ReportCodecs() {}

  static final Codec<ItemStatistics> ITEM_STATISTICS = ObjectCodec.of("ItemStatistics", ItemStatistics::builder,
          ItemStatistics.Builder::build)
      .required("itemId", STRING, ItemStatistics::itemId, ItemStatistics.Builder::itemId)
      .required("n", INT, ItemStatistics::n, ItemStatistics.Builder::n)
      .required("missingShare", ESTIMATE, ItemStatistics::missingShare, ItemStatistics.Builder::missingShare)
      .required("mean", ESTIMATE, ItemStatistics::mean, ItemStatistics.Builder::mean)
      .required("sd", ESTIMATE, ItemStatistics::sd, ItemStatistics.Builder::sd)
      .required("itemTotalR", ESTIMATE, ItemStatistics::itemTotalR, ItemStatistics.Builder::itemTotalR)
      .required("correctedItemTotalR", ESTIMATE, ItemStatistics::correctedItemTotalR,
          ItemStatistics.Builder::correctedItemTotalR)
      .required("itemRestR", ESTIMATE, ItemStatistics::itemRestR, ItemStatistics.Builder::itemRestR)
      .required("alphaIfDropped", ESTIMATE, ItemStatistics::alphaIfDropped, ItemStatistics.Builder::alphaIfDropped)
      .build();

  static final Codec<Psychometrics> PSYCHOMETRICS = ObjectCodec.of("Psychometrics", Psychometrics::builder,
          Psychometrics.Builder::build)
      .required("standardizedAlpha", ESTIMATE, Psychometrics::standardizedAlpha,
          Psychometrics.Builder::standardizedAlpha)
      .required("g6", ESTIMATE, Psychometrics::g6, Psychometrics.Builder::g6)
      .required("averageR", ESTIMATE, Psychometrics::averageR, Psychometrics.Builder::averageR)
      .required("medianR", ESTIMATE, Psychometrics::medianR, Psychometrics.Builder::medianR)
      .required("signalToNoise", ESTIMATE, Psychometrics::signalToNoise, Psychometrics.Builder::signalToNoise)
      .required("feldtLower", ESTIMATE, Psychometrics::feldtLower, Psychometrics.Builder::feldtLower)
      .required("feldtUpper", ESTIMATE, Psychometrics::feldtUpper, Psychometrics.Builder::feldtUpper)
      .required("lindellRwgJ", ESTIMATE, Psychometrics::lindellRwgJ, Psychometrics.Builder::lindellRwgJ)
      .required("adMedian", ESTIMATE, Psychometrics::adMedian, Psychometrics.Builder::adMedian)
      .required("awg", ESTIMATE, Psychometrics::awg, Psychometrics.Builder::awg)
      .required("items", list(ITEM_STATISTICS), Psychometrics::items, Psychometrics.Builder::items)
      .build();

  /**
   * The organization's dimension figures of report format 1.4: with the favourable share, and with
   * the psychometrics when asked for.
   */
  static final Codec<PerceptionFigures> FIGURES = figures(true, true);

  /**
   * A group's dimension figures of report format 1.4: with the favourable share, never with
   * psychometrics, as only the organization's figures may hold them.
   */
  static final Codec<PerceptionFigures> GROUP_FIGURES = figures(true, false);

  /** Dimension figures of report formats 1.1 to 1.3: no favourable share, no psychometrics. Read only. */
  static final Codec<PerceptionFigures> FIGURES_1_3 = figures(false, false);

  private static Codec<PerceptionFigures> figures(boolean favourable, boolean psychometrics) {
    ObjectCodec.Builder<PerceptionFigures, PerceptionFigures.Builder> figures = ObjectCodec.of("PerceptionFigures",
            PerceptionFigures::builder, PerceptionFigures.Builder::build)
        .required("n", INT, PerceptionFigures::n, PerceptionFigures.Builder::n)
        .required("mean", ESTIMATE, PerceptionFigures::mean, PerceptionFigures.Builder::mean)
        .required("score", ESTIMATE, PerceptionFigures::score, PerceptionFigures.Builder::score)
        .required("sd", ESTIMATE, PerceptionFigures::sd, PerceptionFigures.Builder::sd)
        .required("alpha", ESTIMATE, PerceptionFigures::alpha, PerceptionFigures.Builder::alpha)
        .required("rwgJ", ESTIMATE, PerceptionFigures::rwgJ, PerceptionFigures.Builder::rwgJ)
        .required("ad", ESTIMATE, PerceptionFigures::ad, PerceptionFigures.Builder::ad);
    if (favourable) {
      figures.optional("favourableShare", ESTIMATE, PerceptionFigures::favourableShare,
          PerceptionFigures.Builder::favourableShare);
    }
    if (psychometrics) {
      figures.optional("psychometrics", PSYCHOMETRICS, PerceptionFigures::psychometrics,
          PerceptionFigures.Builder::psychometrics);
    }
    return figures.build();
  }

  /** One item's figures for one set of respondents (report format 1.5): with the item's SD. */
  static final Codec<ItemResult> ITEM = item(true);

  /** One item's figures of report format 1.4, which has no SD. Read only. */
  static final Codec<ItemResult> ITEM_1_4 = item(false);

  private static Codec<ItemResult> item(boolean sd) {
    ObjectCodec.Builder<ItemResult, ItemResult.Builder> item = ObjectCodec.of("ItemResult", ItemResult::builder,
            ItemResult.Builder::build)
        .required("itemId", STRING, ItemResult::itemId, ItemResult.Builder::itemId)
        .required("dimension", enumeration(Dimension.class), ItemResult::dimension, ItemResult.Builder::dimension)
        .required("reverseKeyed", BOOLEAN, ItemResult::reverseKeyed, ItemResult.Builder::reverseKeyed)
        .required("n", INT, ItemResult::n, ItemResult.Builder::n)
        .required("mean", ESTIMATE, ItemResult::mean, ItemResult.Builder::mean);
    if (sd) {
      item.optional("sd", ESTIMATE, ItemResult::sd, ItemResult.Builder::sd);
    }
    return item.required("score", ESTIMATE, ItemResult::score, ItemResult.Builder::score)
        .required("favourableShare", ESTIMATE, ItemResult::favourableShare, ItemResult.Builder::favourableShare)
        .required("neutralShare", ESTIMATE, ItemResult::neutralShare, ItemResult.Builder::neutralShare)
        .required("unfavourableShare", ESTIMATE, ItemResult::unfavourableShare, ItemResult.Builder::unfavourableShare)
        .build();
  }

  static final Codec<NotReportedReason> REASON = enumeration(NotReportedReason.class);

  /** The reasons of report format 1.1: those of the disclosure guard came with 1.2. */
  static final Codec<NotReportedReason> REASON_1_1 = enumeration(NotReportedReason.class,
      EnumSet.of(NotReportedReason.SUPPRESSED_FOR_ANONYMITY, NotReportedReason.TOO_FEW_ITEMS_ANSWERED,
          NotReportedReason.NO_DATA, NotReportedReason.NOT_MEASURED),
      "; SUPPRESSED_COMPLEMENTARY and SUPPRESSED_AGAINST_DIFFERENCING need report formatVersion 1.2");

  /** The ledger has no builder; its parts are gathered here and passed to {@link ReleaseLedger#of}. */
  private static final class LedgerParts {
    String keyId;
    String sealed;

    ReleaseLedger build() {
      return ReleaseLedger.of(keyId, sealed);
    }
  }

  /**
   * A sealed ledger: {@code {"keyId": ..., "sealed": ...}}, where the sealed text may be longer than
   * other strings (the parser bounds it by the document's length). {@link ReleaseLedger#of} checks
   * both parts and never quotes the sealed text.
   */
  static final Codec<ReleaseLedger> LEDGER = ObjectCodec.of("ReleaseLedger", LedgerParts::new, LedgerParts::build)
      .required("keyId", STRING, ReleaseLedger::keyId, (b, v) -> b.keyId = v)
      .required("sealed", SEALED, ReleaseLedger::sealed, (b, v) -> b.sealed = v)
      .build();

  static final Codec<EngagementShare> ENGAGEMENT = ObjectCodec.of("EngagementShare", EngagementShare::builder,
          EngagementShare.Builder::build)
      .required("question", enumeration(EngagementQuestion.class), EngagementShare::question,
          EngagementShare.Builder::question)
      .required("itemId", STRING, EngagementShare::itemId, EngagementShare.Builder::itemId)
      .required("n", INT, EngagementShare::n, EngagementShare.Builder::n)
      .required("agreePercent", ESTIMATE, EngagementShare::agreePercent, EngagementShare.Builder::agreePercent)
      .build();

  static final Codec<GroupPerception> GROUP = group(REASON, ITEM);

  /**
   * A group of report format 1.5 or 1.4 ({@code items}, of the given format) or earlier ({@code item}
   * null: no items, and figures without a favourable share).
   */
  private static Codec<GroupPerception> group(Codec<NotReportedReason> reason, @Nullable Codec<ItemResult> item) {
    boolean items = item != null;
    ObjectCodec.Builder<GroupPerception, GroupPerception.Builder> group = ObjectCodec.of("GroupPerception",
            GroupPerception::builder, GroupPerception.Builder::build)
        .required("attribute", STRING, GroupPerception::attribute, GroupPerception.Builder::attribute)
        .required("value", STRING, GroupPerception::value, GroupPerception.Builder::value)
        .withDefault("dimensions", enumMap(Dimension.class, items ? GROUP_FIGURES : FIGURES_1_3),
            GroupPerception::dimensions, GroupPerception.Builder::dimensions)
        .withDefault("notReported", enumMap(Dimension.class, reason), GroupPerception::notReported,
            GroupPerception.Builder::notReported)
        .withDefault("engagement", enumMap(EngagementQuestion.class, ENGAGEMENT), GroupPerception::engagement,
            GroupPerception.Builder::engagement);
    if (items) {
      group.withDefault("items", list(item), GroupPerception::items, GroupPerception.Builder::items)
          .withDefault("itemsNotReported", enumMap(Dimension.class, reason), GroupPerception::itemsNotReported,
              GroupPerception.Builder::itemsNotReported);
    }
    return group.build();
  }

  static final Codec<PerceptionGap> GAP = ObjectCodec.of("PerceptionGap", PerceptionGap::builder,
          PerceptionGap.Builder::build)
      .required("attribute", STRING, PerceptionGap::attribute, PerceptionGap.Builder::attribute)
      .required("dimension", enumeration(Dimension.class), PerceptionGap::dimension, PerceptionGap.Builder::dimension)
      .required("first", STRING, PerceptionGap::first, PerceptionGap.Builder::first)
      .required("second", STRING, PerceptionGap::second, PerceptionGap.Builder::second)
      .required("difference", ESTIMATE, PerceptionGap::difference, PerceptionGap.Builder::difference)
      .required("lower", ESTIMATE, PerceptionGap::lower, PerceptionGap.Builder::lower)
      .required("upper", ESTIMATE, PerceptionGap::upper, PerceptionGap.Builder::upper)
      .required("p", ESTIMATE, PerceptionGap::p, PerceptionGap.Builder::p)
      .required("cohensD", ESTIMATE, PerceptionGap::cohensD, PerceptionGap.Builder::cohensD)
      .build();

  static final Codec<GroupDifferences> DIFFERENCES = ObjectCodec.of("GroupDifferences", GroupDifferences::builder,
          GroupDifferences.Builder::build)
      .required("attribute", STRING, GroupDifferences::attribute, GroupDifferences.Builder::attribute)
      .required("dimension", enumeration(Dimension.class), GroupDifferences::dimension,
          GroupDifferences.Builder::dimension)
      .required("groupCount", INT, GroupDifferences::groupCount, GroupDifferences.Builder::groupCount)
      .required("icc1", ESTIMATE, GroupDifferences::icc1, GroupDifferences.Builder::icc1)
      .required("icc2", ESTIMATE, GroupDifferences::icc2, GroupDifferences.Builder::icc2)
      .build();

  static final Codec<DriverFigures> DRIVER_FIGURES = ObjectCodec.of("DriverFigures", DriverFigures::builder,
          DriverFigures.Builder::build)
      .required("share", ESTIMATE, DriverFigures::share, DriverFigures.Builder::share)
      .required("relativeShare", ESTIMATE, DriverFigures::relativeShare, DriverFigures.Builder::relativeShare)
      .required("beta", ESTIMATE, DriverFigures::beta, DriverFigures.Builder::beta)
      .required("shareLower", ESTIMATE, DriverFigures::shareLower, DriverFigures.Builder::shareLower)
      .required("shareUpper", ESTIMATE, DriverFigures::shareUpper, DriverFigures.Builder::shareUpper)
      .build();

  /** The drivers analysis of report format 1.4. */
  static final Codec<Drivers> DRIVERS = ObjectCodec.of("Drivers", Drivers::builder, Drivers.Builder::build)
      .required("outcome", STRING, Drivers::outcome, Drivers.Builder::outcome)
      .required("outcomeSource", enumeration(OutcomeSource.class), Drivers::outcomeSource,
          Drivers.Builder::outcomeSource)
      .required("minimumRespondents", INT, Drivers::minimumRespondents, Drivers.Builder::minimumRespondents)
      .optionalInt("respondents", Drivers::respondents, Drivers.Builder::respondents)
      .required("rSquared", ESTIMATE, Drivers::rSquared, Drivers.Builder::rSquared)
      .required("rSquaredLower", ESTIMATE, Drivers::rSquaredLower, Drivers.Builder::rSquaredLower)
      .required("rSquaredUpper", ESTIMATE, Drivers::rSquaredUpper, Drivers.Builder::rSquaredUpper)
      .required("confidenceLevel", DOUBLE, Drivers::confidenceLevel, Drivers.Builder::confidenceLevel)
      .required("resamples", INT, Drivers::resamples, Drivers.Builder::resamples)
      .required("seed", LONG, Drivers::seed, Drivers.Builder::seed)
      .withDefault("dimensions", enumMap(Dimension.class, DRIVER_FIGURES), Drivers::dimensions,
          Drivers.Builder::dimensions)
      .build();

  /** A response rate has no builder; its parts are gathered here and passed to {@link ResponseRate#of}. */
  private static final class ResponseRateParts {
    Optional<String> attribute = Optional.empty();
    Optional<String> value = Optional.empty();
    OptionalInt headcount = OptionalInt.empty();
    OptionalInt respondents = OptionalInt.empty();
    OptionalDouble rate = OptionalDouble.empty();
    Optional<NotReportedReason> notReported = Optional.empty();

    ResponseRate build() {
      return ResponseRate.of(attribute, value, headcount, respondents, rate, notReported);
    }
  }

  /**
   * The participation of the organization (no attribute) or of a group (report format 1.5): the
   * headcount, the respondents and the rate, or the reason all three are withheld. {@link
   * ResponseRate#of} checks that they come together and that the rate is the respondents divided by
   * the headcount.
   */
  static final Codec<ResponseRate> RESPONSE_RATE = ObjectCodec.of("ResponseRate", ResponseRateParts::new,
          ResponseRateParts::build)
      .optional("attribute", STRING, ResponseRate::attribute, (b, v) -> b.attribute = Optional.of(v))
      .optional("value", STRING, ResponseRate::value, (b, v) -> b.value = Optional.of(v))
      .optionalInt("headcount", ResponseRate::headcount, (b, v) -> b.headcount = OptionalInt.of(v))
      .optionalInt("respondents", ResponseRate::respondents, (b, v) -> b.respondents = OptionalInt.of(v))
      .optionalDouble("responseRate", ResponseRate::rate, (b, v) -> b.rate = OptionalDouble.of(v))
      .optional("notReported", REASON, ResponseRate::notReported, (b, v) -> b.notReported = Optional.of(v))
      .build();

  /** Participation has no builder; its parts are gathered here and passed to {@link Participation#of}. */
  private static final class ParticipationParts {
    Optional<ResponseRate> organization = Optional.empty();
    List<ResponseRate> groups = List.of();

    Participation build() {
      return Participation.of(organization, groups);
    }
  }

  /** The response rates of a report scored with headcounts (report format 1.5). */
  static final Codec<Participation> PARTICIPATION = ObjectCodec.of("Participation", ParticipationParts::new,
          ParticipationParts::build)
      .optional("organization", RESPONSE_RATE, Participation::organization,
          (b, v) -> b.organization = Optional.of(v))
      .withDefault("groups", list(RESPONSE_RATE), Participation::groups, (b, v) -> b.groups = v)
      .build();

  static final Codec<PerceptionReport> PERCEPTIONS = perceptions(REASON, ITEM)
      .optional("drivers", DRIVERS, PerceptionReport::drivers, PerceptionReport.Builder::drivers)
      .optional("participation", PARTICIPATION, PerceptionReport::participation,
          PerceptionReport.Builder::participation)
      .optional("ledger", LEDGER, PerceptionReport::ledger, PerceptionReport.Builder::ledger)
      .build();

  /** The perceptions of a 1.4 report: item results without their SD. Read only. */
  static final Codec<PerceptionReport> PERCEPTIONS_1_4 = perceptions(REASON, ITEM_1_4)
      .optional("drivers", DRIVERS, PerceptionReport::drivers, PerceptionReport.Builder::drivers)
      .optional("ledger", LEDGER, PerceptionReport::ledger, PerceptionReport.Builder::ledger)
      .build();

  /**
   * The perceptions of a 1.2 or 1.3 report: no item results, no favourable shares, no drivers
   * analysis and no psychometrics. Read only.
   */
  static final Codec<PerceptionReport> PERCEPTIONS_1_3 = perceptions(REASON, null)
      .optional("ledger", LEDGER, PerceptionReport::ledger, PerceptionReport.Builder::ledger)
      .build();

  /** The perceptions of a 1.1 report: the reasons of 1.1, and no ledger. Read only. */
  static final Codec<PerceptionReport> PERCEPTIONS_1_1 = perceptions(REASON_1_1, null).build();

  private static ObjectCodec.Builder<PerceptionReport, PerceptionReport.Builder> perceptions(
      Codec<NotReportedReason> reason, @Nullable Codec<ItemResult> item) {
    boolean items = item != null;
    ObjectCodec.Builder<PerceptionReport, PerceptionReport.Builder> perceptions = ObjectCodec.of("PerceptionReport",
            PerceptionReport::builder, PerceptionReport.Builder::build)
        .required("instrumentId", STRING, PerceptionReport::instrumentId, PerceptionReport.Builder::instrumentId)
        .required("instrumentVersion", STRING, PerceptionReport::instrumentVersion,
            PerceptionReport.Builder::instrumentVersion)
        .required("respondentCount", INT, PerceptionReport::respondentCount, PerceptionReport.Builder::respondentCount)
        .withDefault("dimensions", enumMap(Dimension.class, items ? FIGURES : FIGURES_1_3),
            PerceptionReport::dimensions, PerceptionReport.Builder::dimensions)
        .withDefault("notReported", enumMap(Dimension.class, reason), PerceptionReport::notReported,
            PerceptionReport.Builder::notReported)
        .withDefault("engagement", enumMap(EngagementQuestion.class, ENGAGEMENT), PerceptionReport::engagement,
            PerceptionReport.Builder::engagement)
        .withDefault("groups", list(group(reason, item)), PerceptionReport::groups,
            PerceptionReport.Builder::groups)
        .withDefault("gaps", list(GAP), PerceptionReport::gaps, PerceptionReport.Builder::gaps)
        .withDefault("groupDifferences", list(DIFFERENCES), PerceptionReport::groupDifferences,
            PerceptionReport.Builder::groupDifferences);
    if (items) {
      // Before the ledger, which stays last.
      perceptions.withDefault("items", list(item), PerceptionReport::items, PerceptionReport.Builder::items)
          .withDefault("itemsNotReported", enumMap(Dimension.class, reason), PerceptionReport::itemsNotReported,
              PerceptionReport.Builder::itemsNotReported);
    }
    return perceptions;
  }

  /** Evidence has no public builder; its parts are gathered here and passed to {@link Evidence#of}. */
  private static final class EvidenceParts {
    EvidenceSource source;
    String reference;
    String value;

    Evidence build() {
      return Evidence.of(source, reference, value);
    }
  }

  static final Codec<Evidence> EVIDENCE = ObjectCodec.of("Evidence", EvidenceParts::new, EvidenceParts::build)
      .required("source", enumeration(EvidenceSource.class), Evidence::source, (b, v) -> b.source = v)
      .required("reference", STRING, Evidence::reference, (b, v) -> b.reference = v)
      .required("value", STRING, Evidence::value, (b, v) -> b.value = v)
      .build();

  /**
   * A parameter's value: a string, a whole number (a {@code Long}), another number (a {@code
   * Double}) or a boolean, each kept as the JSON token says.
   */
  static final Codec<Object> PARAMETER = new Codec<>() {
    @Override
    public Object read(JsonParser p) throws IOException {
      switch (p.currentToken()) {
        case VALUE_STRING:
          return STRING.read(p);
        case VALUE_NUMBER_INT:
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw Failures.at(p, JsonDocumentException.WRONG_TYPE,
                "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
          }
          return p.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return DOUBLE.read(p);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return BOOLEAN.read(p);
        default:
          throw Failures.wrongType(p, "a string, a number or true or false");
      }
    }

    @Override
    public void write(Object value, JsonGenerator g) throws IOException {
      if (value instanceof String) {
        STRING.write((String) value, g);
      } else if (value instanceof Long) {
        g.writeNumber((Long) value);
      } else if (value instanceof Double) {
        DOUBLE.write((Double) value, g);
      } else {
        BOOLEAN.write((Boolean) value, g);
      }
    }
  };

  /** A finding of report format 1.3: its code and parameters beside the English text. */
  static final Codec<Finding> FINDING = finding(true);

  /** A finding of report formats 1.1 and 1.2, which have no code or parameters. */
  static final Codec<Finding> FINDING_1_2 = finding(false);

  private static Codec<Finding> finding(boolean coded) {
    ObjectCodec.Builder<Finding, Finding.Builder> finding = ObjectCodec.of("Finding", Finding::builder,
            Finding.Builder::build)
        .required("ruleId", STRING, Finding::ruleId, Finding.Builder::ruleId);
    if (coded) {
      finding.required("code", STRING, Finding::code, Finding.Builder::code);
    }
    finding.required("dimension", enumeration(Dimension.class), Finding::dimension, Finding.Builder::dimension)
        .required("severity", enumeration(Severity.class), Finding::severity, Finding.Builder::severity)
        .required("message", STRING, Finding::message, Finding.Builder::message);
    if (coded) {
      finding.withDefault("parameters", stringMap(PARAMETER), Finding::parameters, Finding.Builder::parameters);
    }
    return finding.withDefault("evidence", list(EVIDENCE), Finding::evidence, Finding.Builder::evidence)
        .required("recommendation", STRING, Finding::recommendation, Finding.Builder::recommendation)
        .build();
  }

  static final Codec<DimensionResult> DIMENSION = dimension(REASON, true);

  /** A dimension result of report formats 1.2 and 1.3, which has no favourable share. */
  static final Codec<DimensionResult> DIMENSION_1_3 = dimension(REASON, false);

  private static Codec<DimensionResult> dimension(Codec<NotReportedReason> reason, boolean favourable) {
    ObjectCodec.Builder<DimensionResult, DimensionResult.Builder> result = ObjectCodec.of("DimensionResult",
            DimensionResult::builder, DimensionResult.Builder::build)
        .required("dimension", enumeration(Dimension.class), DimensionResult::dimension,
            DimensionResult.Builder::dimension)
        .required("practiceScore", ESTIMATE, DimensionResult::practiceScore, DimensionResult.Builder::practiceScore)
        .required("perceptionScore", ESTIMATE, DimensionResult::perceptionScore,
            DimensionResult.Builder::perceptionScore);
    if (favourable) {
      result.optional("perceptionFavourableShare", ESTIMATE, DimensionResult::perceptionFavourableShare,
          DimensionResult.Builder::perceptionFavourableShare);
    }
    return result
        .optional("perceptionNotReported", reason, DimensionResult::perceptionNotReported,
            DimensionResult.Builder::perceptionNotReported)
        .required("reliability", ESTIMATE, DimensionResult::reliability, DimensionResult.Builder::reliability)
        .required("agreement", ESTIMATE, DimensionResult::agreement, DimensionResult.Builder::agreement)
        .required("alignmentScore", ESTIMATE, DimensionResult::alignmentScore, DimensionResult.Builder::alignmentScore)
        .optional("band", enumeration(Band.class), DimensionResult::band, DimensionResult.Builder::band)
        .required("practiceRulesApplied", INT, DimensionResult::practiceRulesApplied,
            DimensionResult.Builder::practiceRulesApplied)
        .required("respondents", INT, DimensionResult::respondents, DimensionResult.Builder::respondents)
        .required("findingCount", INT, DimensionResult::findingCount, DimensionResult.Builder::findingCount)
        .build();
  }

  /** What the report was computed with (report format 1.5): with the instrument's fingerprint. */
  static final Codec<ReportMetadata> METADATA = metadata(true);

  /** The metadata of report format 1.4 and earlier, which record no instrument fingerprint. Read only. */
  static final Codec<ReportMetadata> METADATA_1_4 = metadata(false);

  private static Codec<ReportMetadata> metadata(boolean instrumentFingerprint) {
    ObjectCodec.Builder<ReportMetadata, ReportMetadata.Builder> metadata = ObjectCodec.of("ReportMetadata",
            ReportMetadata::builder, ReportMetadata.Builder::build)
        .required("libraryVersion", STRING, ReportMetadata::libraryVersion, ReportMetadata.Builder::libraryVersion)
        .optional("organization", STRING, ReportMetadata::organization, ReportMetadata.Builder::organization)
        .optional("assessedOn", DATE, ReportMetadata::assessedOn, ReportMetadata.Builder::assessedOn)
        .optional("instrumentId", STRING, ReportMetadata::instrumentId, ReportMetadata.Builder::instrumentId)
        .optional("instrumentVersion", STRING, ReportMetadata::instrumentVersion,
            ReportMetadata.Builder::instrumentVersion);
    if (instrumentFingerprint) {
      metadata.optional("instrumentFingerprint", STRING, ReportMetadata::instrumentFingerprint,
          ReportMetadata.Builder::instrumentFingerprint);
    }
    return metadata
        .required("policyFingerprint", STRING, ReportMetadata::policyFingerprint,
            ReportMetadata.Builder::policyFingerprint)
        .withDefault("rulesEvaluated", list(STRING), ReportMetadata::rulesEvaluated,
            ReportMetadata.Builder::rulesEvaluated)
        .required("respondentCount", INT, ReportMetadata::respondentCount, ReportMetadata.Builder::respondentCount)
        .build();
  }

  /** Standings have no public builder; their parts are gathered here and passed to {@link Standing#of}. */
  private static final class StandingParts {
    double percentileRank;
    int quartile;
    int organizations;

    Standing build() {
      return Standing.of(percentileRank, quartile, organizations);
    }
  }

  static final Codec<Standing> STANDING = ObjectCodec.of("Standing", StandingParts::new, StandingParts::build)
      .required("percentileRank", DOUBLE, Standing::percentileRank, (b, v) -> b.percentileRank = v)
      .required("quartile", INT, Standing::quartile, (b, v) -> b.quartile = v)
      .required("organizations", INT, Standing::organizations, (b, v) -> b.organizations = v)
      .build();

  private static final class StandingsParts {
    String instrumentId;
    String instrumentVersion;
    int minimumOrganizations;
    Map<Dimension, Standing> dimensions;
    Map<String, Standing> items;

    Standings build() {
      return Standings.of(instrumentId, instrumentVersion, minimumOrganizations, dimensions, items);
    }
  }

  static final Codec<Standings> STANDINGS = ObjectCodec.of("Standings", StandingsParts::new, StandingsParts::build)
      .required("instrumentId", STRING, Standings::instrumentId, (b, v) -> b.instrumentId = v)
      .required("instrumentVersion", STRING, Standings::instrumentVersion, (b, v) -> b.instrumentVersion = v)
      .required("minimumOrganizations", INT, Standings::minimumOrganizations, (b, v) -> b.minimumOrganizations = v)
      .required("dimensions", enumMap(Dimension.class, STANDING), Standings::dimensions, (b, v) -> b.dimensions = v)
      .required("items", stringMap(STANDING), Standings::items, (b, v) -> b.items = v)
      .build();

  static final Codec<AlignmentReport> REPORT = report(METADATA, DIMENSION, PERCEPTIONS, FINDING)
      .optional("standings", STANDINGS, AlignmentReport::standings, AlignmentReport.Builder::standings)
      .build();

  /** A report of format 1.4, read only: its item results have no SD, its metadata no instrument fingerprint. */
  static final Codec<AlignmentReport> REPORT_1_4 = report(METADATA_1_4, DIMENSION, PERCEPTIONS_1_4, FINDING)
      .optional("standings", STANDINGS, AlignmentReport::standings, AlignmentReport.Builder::standings)
      .build();

  /**
   * A report of format 1.3, read only: no item results, no favourable shares, no drivers analysis, no
   * standings and no psychometrics.
   */
  static final Codec<AlignmentReport> REPORT_1_3 = report(METADATA_1_4, DIMENSION_1_3, PERCEPTIONS_1_3, FINDING).build();

  /** A report of format 1.2, read only: its findings have no code or parameters either. */
  static final Codec<AlignmentReport> REPORT_1_2 = report(METADATA_1_4, DIMENSION_1_3, PERCEPTIONS_1_3, FINDING_1_2).build();

  /**
   * A report of format 1.1, read only: its perceptions have no ledger, and it gives only the
   * reasons of 1.1, so that a 1.1 document never holds what 1.1 could not say.
   */
  static final Codec<AlignmentReport> REPORT_1_1 = report(METADATA_1_4, dimension(REASON_1_1, false), PERCEPTIONS_1_1,
      FINDING_1_2).build();

  private static ObjectCodec.Builder<AlignmentReport, AlignmentReport.Builder> report(Codec<ReportMetadata> metadata,
        Codec<DimensionResult> dimension, Codec<PerceptionReport> perceptions, Codec<Finding> finding) {
    return ObjectCodec.of("AlignmentReport", AlignmentReport::builder, AlignmentReport.Builder::build)
        .required("metadata", metadata, AlignmentReport::metadata, AlignmentReport.Builder::metadata)
        .withDefault("dimensions", list(dimension), AlignmentReport::dimensions, AlignmentReport.Builder::dimensions)
        .required("alignmentIndex", ESTIMATE, AlignmentReport::alignmentIndex, AlignmentReport.Builder::alignmentIndex)
        .optional("weakestDimension", enumeration(Dimension.class), AlignmentReport::weakestDimension,
            AlignmentReport.Builder::weakestDimension)
        .withDefault("findings", list(finding), AlignmentReport::findings, AlignmentReport.Builder::findings)
        .withDefault("priorities", list(finding), AlignmentReport::priorities, AlignmentReport.Builder::priorities)
        .optional("perceptions", perceptions, AlignmentReport::perceptions, AlignmentReport.Builder::perceptions);
  }
}
