package io.github.serviceculture.alignment.report.internal;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ResponseRate;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Respondent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * What the HTML template shows, worked out from a report: every figure formatted, every text from the
 * input passed through {@link Plain#visible} (the template escapes it for HTML), and the charts drawn.
 * The template only lays this out.
 */
final class HtmlModel {
  record Headline(String index, String weakest, String weakestScore, String weakestBand, String firstStep) {}

  record DimensionRow(String dimension, String practice, String perception, String alignment, String band,
      String note) {}

  record HeatTable(List<String> columns, List<HeatTableRow> rows) {}

  record HeatTableRow(String group, List<String> cells) {}

  record GapRow(String dimension, String first, String second, String difference, String interval,
      String p) {}

  record ShareRow(String group, String n, List<String> shares) {}

  record ReliabilityRow(String dimension, String n, String alpha, String alphaReading, String agreement,
      String agreementReading) {}

  /** One item of the organization, or its dimension's line (item empty) with the dimension's favourable share. */
  record ItemRow(String dimension, String item, String n, String score, String favourable, String neutral,
      String unfavourable, String note) {}

  record FindingView(String severity, String severityClass, String ruleId, String dimension, String message,
      List<EvidenceView> evidence, String recommendation) {}

  record EvidenceView(String source, String reference, String value) {}

  record Fact(String label, String value) {}

  /** The drivers analysis: its heading figures, or why there are none, and a row per dimension. */
  record StandingRow(String dimension, String percentileRank, String quartile, String organizations) {}

  record DriversView(String outcome, String rSquared, String interval, String respondents, String resamples,
      String undefined, List<DriverRow> rows) {}

  record DriverRow(String dimension, String share, String relativeShare, String interval, String beta,
      String score, boolean keyDriver) {}

  /** One response rate: the set, the employer's headcount, and the respondents and rate or why not. */
  record ParticipationRow(String set, String headcount, String respondents, String rate, String note) {}

  final String title;
  final Headline headline;
  final List<DimensionRow> dimensions;
  final String drifting;
  final String aligned;
  final Svg practiceChart;
  final boolean survey;
  final String noSurveyReason;
  final int anonymityThreshold;
  final Svg heatMap;
  final HeatTable heatTable;
  final List<Charts.Code> codes;
  final Svg gapChart;
  final List<GapRow> gaps;
  final String confidence;
  final Svg engagementChart;
  final List<ShareRow> shares;
  final List<String> questions;
  final List<ReliabilityRow> reliability;
  final List<ItemRow> items;
  final List<FindingView> priorities;
  final List<FindingView> findings;
  final List<Fact> metadata;
  final List<String> rules;
  /** The drivers analysis, or null when the policy named no outcome. */
  final DriversView drivers;
  /** The response rates, or null when the survey was scored without headcounts. */
  final List<ParticipationRow> participation;
  /** The dimensions' standings among the norms' organizations; empty when the report was not ranked. */
  final List<StandingRow> standings;
  /** The norms' instrument, or "" when the report was not ranked. */
  final String standingsNorms;

  HtmlModel(AlignmentReport report, ScoringPolicy policy) {
    ReportMetadata meta = report.metadata();
    title = "Service culture alignment report: "
        + meta.organization().map(o -> Plain.name(o, Plain.MAX_NAME)).orElse("survey only");
    headline = report.weakestDimension().map(w -> {
      DimensionResult d = report.dimension(w);
      return new Headline(whole(report.alignmentIndex()), title(w), whole(d.alignmentScore()),
          d.band().map(HtmlModel::band).orElse("no band"),
          Views.firstRecommendation(report).map(Plain::visible).orElse(""));
    }).orElse(new Headline(whole(report.alignmentIndex()), "", "", "", ""));
    drifting = Svg.number(policy.driftingAt());
    aligned = Svg.number(policy.alignedAt());
    anonymityThreshold = policy.perception().anonymityThreshold();
    survey = report.perceptions().isPresent();
    noSurveyReason = survey ? "" : "The assessment has no survey, so there are no perception figures.";

    dimensions = new ArrayList<>();
    List<Charts.DimensionPoint> points = new ArrayList<>();
    for (DimensionResult d : report.dimensions()) {
      String note = d.perceptionNotReported().map(r -> "perception " + r.description()).orElse("");
      dimensions.add(new DimensionRow(title(d.dimension()), whole(d.practiceScore()), whole(d.perceptionScore()),
          whole(d.alignmentScore()), d.band().map(HtmlModel::band).orElse("no band"), note));
      points.add(new Charts.DimensionPoint(title(d.dimension()), d.practiceScore().asOptional(),
          d.perceptionScore().asOptional(), d.alignmentScore().asOptional(),
          d.perceptionNotReported().isPresent() ? "no perception figure" : ""));
    }
    practiceChart = Charts.practiceAndPerception(points, policy.driftingAt(), policy.alignedAt());
    drivers = report.perceptions().flatMap(PerceptionReport::drivers).map(d -> drivers(d, report)).orElse(null);
    participation = report.perceptions().flatMap(PerceptionReport::participation).map(HtmlModel::participation)
        .orElse(null);
    standings = new ArrayList<>();
    standingsNorms = report.standings().map(s -> Plain.name(s.instrumentId() + " " + s.instrumentVersion(),
        Plain.MAX_NAME)).orElse("");
    report.standings().ifPresent(s -> s.dimensions().forEach((d, standing) -> standings.add(new StandingRow(
        title(d), Svg.number(Math.round(standing.percentileRank() * 10) / 10.0), standing.quartile() + " of 4",
        String.valueOf(standing.organizations())))));

    PerceptionReport p = report.perceptions().orElse(null);
    confidence = Svg.number(policy.perception().confidenceLevel() * 100) + " %";
    codes = new ArrayList<>();
    if (p == null) {
      heatMap = null;
      heatTable = new HeatTable(List.of(), List.of());
      gapChart = null;
      gaps = List.of();
      engagementChart = null;
      shares = List.of();
    } else {
      List<Dimension> columns = report.dimensions().stream().map(DimensionResult::dimension)
          .collect(Collectors.toList());
      Map<NotReportedReason, String> codeOf = new EnumMap<>(NotReportedReason.class);
      List<Charts.HeatRow> heatRows = new ArrayList<>();
      List<HeatTableRow> tableRows = new ArrayList<>();
      heatRow("All respondents", columns, d -> figures(p.dimensions(), p.notReported(), d), codeOf, heatRows,
          tableRows);
      for (GroupPerception g : p.groups()) {
        heatRow(groupName(g), columns, d -> figures(g.dimensions(), g.notReported(), d), codeOf, heatRows,
            tableRows);
      }
      codeOf.forEach((reason, code) -> codes.add(new Charts.Code(code, meaning(reason))));
      List<String> columnNames = columns.stream().map(HtmlModel::title).collect(Collectors.toList());
      heatMap = Charts.heatMap(columnNames, heatRows, codes);
      heatTable = new HeatTable(columnNames, tableRows);

      gaps = new ArrayList<>();
      List<Charts.Gap> gapPoints = new ArrayList<>();
      for (PerceptionGap gap : p.gaps()) {
        if (!gap.attribute().equals(Respondent.LEVEL)) {
          continue;
        }
        String interval = gap.lower().isDefined() && gap.upper().isDefined()
            ? signed(gap.lower()) + " to " + signed(gap.upper()) : "not computed";
        gaps.add(new GapRow(title(gap.dimension()), Plain.visible(gap.first()), Plain.visible(gap.second()),
            signed(gap.difference()), interval, gap.p().isDefined()
                ? (gap.p().value() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", gap.p().value()))
                : "-"));
        String text = signed(gap.difference()) + (interval.equals("not computed") ? "" : " (" + interval + ")");
        // Level gaps are each level against the frontline (the second group), which the chart's title says.
        gapPoints.add(new Charts.Gap(title(gap.dimension()) + ": " + cut(gap.first(), 14),
            gap.difference().asOptional(), gap.lower().asOptional(),
            gap.upper().asOptional(), text));
      }
      gapChart = gapPoints.isEmpty() ? null
          : Charts.forest(gapPoints, policy.thresholds().perceptionGapPoints(), confidence);

      shares = new ArrayList<>();
      List<Charts.ShareGroup> shareGroups = new ArrayList<>();
      shareGroup("All respondents", p.engagement(), shares, shareGroups);
      for (GroupPerception g : p.groups()) {
        if (!g.engagement().isEmpty()) {
          shareGroup(groupName(g), g.engagement(), shares, shareGroups);
        }
      }
      engagementChart = shareGroups.stream().allMatch(g -> g.shares().stream().allMatch(s -> s.percent().isEmpty()))
          ? null : Charts.engagement(shareGroups, policy.thresholds().engagementMinAgreePercent());
    }
    questions = new ArrayList<>();
    for (EngagementQuestion q : EngagementQuestion.values()) {
      questions.add(Views.question(q));
    }

    reliability = new ArrayList<>();
    for (DimensionResult d : report.dimensions()) {
      String reason = d.perceptionNotReported().map(r -> "Not reported: " + r.description() + ".").orElse(null);
      reliability.add(new ReliabilityRow(title(d.dimension()), reason == null ? String.valueOf(d.respondents()) : "-",
          two(d.reliability()), reason != null ? reason : Readings.alpha(d.reliability()), two(d.agreement()),
          reason != null ? reason : Readings.agreement(d.agreement())));
    }

    items = new ArrayList<>();
    if (p != null) {
      for (DimensionResult d : report.dimensions()) {
        List<ItemResult> results = p.items().stream().filter(i -> i.dimension() == d.dimension())
            .collect(Collectors.toList());
        NotReportedReason hidden = p.itemsNotReported().get(d.dimension());
        if (results.isEmpty() && hidden == null) {
          continue;
        }
        items.add(new ItemRow(title(d.dimension()), "", d.perceptionNotReported().isPresent() ? "-"
            : String.valueOf(d.respondents()), whole(d.perceptionScore()),
            d.perceptionFavourableShare().map(HtmlModel::percent).orElse("-"), "", "",
            hidden == null ? "dimension score and favourable share" : "items not reported: " + hidden.description()));
        for (ItemResult item : results) {
          items.add(new ItemRow(title(d.dimension()), Plain.visible(item.itemId()), String.valueOf(item.n()),
              whole(item.score()), percent(item.favourableShare()), percent(item.neutralShare()),
              percent(item.unfavourableShare()), item.reverseKeyed() ? "reverse keyed: figures of the reversed answer"
                  : ""));
        }
      }
    }

    priorities = report.priorities().stream().map(HtmlModel::finding).collect(Collectors.toList());
    findings = report.findings().stream().map(HtmlModel::finding).collect(Collectors.toList());

    metadata = new ArrayList<>();
    metadata.add(new Fact("Organization", meta.organization().map(Plain::visible).orElse("(survey only)")));
    metadata.add(new Fact("Assessed on", meta.assessedOn().map(Object::toString).orElse("-")));
    metadata.add(new Fact("Respondents", String.valueOf(meta.respondentCount())));
    metadata.add(new Fact("Instrument", meta.instrumentId().map(Plain::visible).orElse("-")
        + meta.instrumentVersion().map(v -> " " + Plain.visible(v)).orElse("")));
    metadata.add(new Fact("Policy fingerprint", Plain.visible(meta.policyFingerprint())));
    metadata.add(new Fact("Bands", "aligned from " + aligned + ", drifting from " + drifting
        + ", misaligned below; a warning or critical finding keeps a dimension out of aligned"));
    metadata.add(new Fact("Anonymity threshold", "groups of fewer than " + anonymityThreshold
        + " respondents are never shown"));
    metadata.add(new Fact("Library version", Plain.visible(meta.libraryVersion())));
    rules = meta.rulesEvaluated().stream().map(Plain::visible).collect(Collectors.toList());
  }

  /** A share from 0 to 1 as a whole percentage, or "-" when undefined. */
  private static String percent(Estimate share) {
    return share.isDefined() ? String.format(Locale.ROOT, "%.0f %%", share.value() * 100) : "-";
  }

  private static OptionalResult figures(Map<Dimension, PerceptionFigures> reported,
      Map<Dimension, NotReportedReason> notReported, Dimension d) {
    PerceptionFigures f = reported.get(d);
    if (f != null && f.score().isDefined()) {
      return new OptionalResult(OptionalDouble.of(f.score().value()), null);
    }
    return new OptionalResult(OptionalDouble.empty(), notReported.getOrDefault(d,
        f == null ? NotReportedReason.NOT_MEASURED : NotReportedReason.NO_DATA));
  }

  private record OptionalResult(OptionalDouble score, NotReportedReason reason) {}

  private static void heatRow(String name, List<Dimension> columns,
      java.util.function.Function<Dimension, OptionalResult> of, Map<NotReportedReason, String> codeOf,
      List<Charts.HeatRow> rows, List<HeatTableRow> table) {
    List<Charts.Cell> cells = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Dimension d : columns) {
      OptionalResult r = of.apply(d);
      if (r.score().isPresent()) {
        cells.add(new Charts.Cell(r.score(), "", ""));
        texts.add(Svg.number(Math.round(r.score().getAsDouble())));
      } else {
        String code = codeOf.computeIfAbsent(r.reason(), HtmlModel::code);
        cells.add(new Charts.Cell(OptionalDouble.empty(), code, r.reason().description()));
        texts.add(code + ": " + r.reason().description());
      }
    }
    rows.add(new Charts.HeatRow(cut(name, Charts.LABEL_CHARS), name, cells));
    table.add(new HeatTableRow(name, texts));
  }

  private static void shareGroup(String name, Map<EngagementQuestion, EngagementShare> engagement,
      List<ShareRow> rows, List<Charts.ShareGroup> groups) {
    List<Charts.Share> bars = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int n = 0;
    for (EngagementQuestion q : EngagementQuestion.values()) {
      EngagementShare share = engagement.get(q);
      Estimate percent = share == null ? null : share.agreePercent();
      String text = percent == null ? "not reported" : percent.isDefined()
          ? String.format(Locale.ROOT, "%.0f %%", percent.value()) : "not computed";
      bars.add(new Charts.Share(Views.shortName(q), percent == null ? OptionalDouble.empty() : percent.asOptional(),
          text));
      texts.add(text);
      n = Math.max(n, share == null ? 0 : share.n());
    }
    groups.add(new Charts.ShareGroup(cut(name, 40), bars));
    rows.add(new ShareRow(name, n == 0 ? "-" : String.valueOf(n), texts));
  }

  private static String groupName(GroupPerception g) {
    String attribute = g.attribute().equals(Respondent.CUSTOMER_FACING) ? "customer-facing" : g.attribute();
    return Plain.visible(attribute) + ": " + Plain.visible(g.value());
  }

  private static String code(NotReportedReason reason) {
    switch (reason) {
      case SUPPRESSED_FOR_ANONYMITY:
        return "A";
      case SUPPRESSED_COMPLEMENTARY:
        return "C";
      case SUPPRESSED_AGAINST_DIFFERENCING:
        return "D";
      case TOO_FEW_ITEMS_ANSWERED:
        return "I";
      case NO_DATA:
        return "N";
      default:
        return "M";
    }
  }

  private static String meaning(NotReportedReason reason) {
    String d = reason.description();
    return Character.toUpperCase(d.charAt(0)) + d.substring(1);
  }

  private static FindingView finding(Finding f) {
    return finding(f, f.ruleId());
  }

  /** A finding as the pages show it, under {@code name}: a report's rule id, a comparison's code. */
  static FindingView finding(Finding f, String name) {
    List<EvidenceView> evidence = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      evidence.add(new EvidenceView(e.source().name().toLowerCase(Locale.ROOT), Plain.visible(e.reference()),
          Plain.visible(e.value())));
    }
    return new FindingView(f.severity().name(), "severity-" + f.severity().name().toLowerCase(Locale.ROOT),
        Plain.visible(name), title(f.dimension()), Plain.visible(f.message()), evidence,
        Plain.visible(f.recommendation()));
  }

  /** A name cut to {@code max} characters, with an ellipsis when cut. */
  static String cut(String text, int max) {
    String visible = Plain.visible(text);
    if (visible.length() <= max) {
      return visible;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(visible.charAt(end - 1))) {
      end--;
    }
    return visible.substring(0, end) + "\u2026";
  }

  private static List<ParticipationRow> participation(Participation participation) {
    List<ResponseRate> rates = new ArrayList<>();
    participation.organization().ifPresent(rates::add);
    rates.addAll(participation.groups());
    List<ParticipationRow> rows = new ArrayList<>();
    for (ResponseRate r : rates) {
      String set = r.attribute().isEmpty() ? "Organization"
          : Plain.visible(Plain.name(r.attribute().get() + " = " + r.value().orElseThrow(), Plain.MAX_NAME));
      rows.add(new ParticipationRow(set,
          r.headcount().isPresent() ? String.valueOf(r.headcount().getAsInt()) : "-",
          r.respondents().isPresent() ? String.valueOf(r.respondents().getAsInt()) : "-",
          r.rate().isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * r.rate().getAsDouble()) : "-",
          r.notReported().map(NotReportedReason::description).orElse("")));
    }
    return rows;
  }

  private static DriversView drivers(Drivers d, AlignmentReport report) {
    List<DriverRow> rows = new ArrayList<>();
    PerceptionReport p = report.perceptions().orElseThrow();
    for (Map.Entry<Dimension, DriverFigures> e : d.dimensions().entrySet()) {
      DriverFigures f = e.getValue();
      String keyDriver = e.getKey().name() + ".KEY_DRIVER";
      PerceptionFigures figures = p.dimensions().get(e.getKey());
      rows.add(new DriverRow(title(e.getKey()), two(f.share()), percent(f.relativeShare()),
          interval(f.shareLower(), f.shareUpper()), two(f.beta()), figures == null ? "-" : whole(figures.score()),
          report.findings().stream().anyMatch(x -> x.ruleId().equals(keyDriver))));
    }
    String undefined = d.rSquared().undefinedReason().map(r -> r == UndefinedReason.TOO_FEW_OBSERVATIONS
        ? "Not analysed: fewer than " + Math.max(1, d.minimumRespondents()) + " respondents answered the outcome and"
            + " every dimension."
        : "Not analysed: " + r.description() + ".").orElse("");
    return new DriversView(Plain.visible(Plain.name(d.outcome(), Plain.MAX_NAME)), two(d.rSquared()),
        interval(d.rSquaredLower(), d.rSquaredUpper()),
        d.respondents().isPresent() ? String.valueOf(d.respondents().getAsInt()) : "-",
        String.valueOf(d.resamples()), undefined, rows);
  }

  private static String interval(Estimate lower, Estimate upper) {
    return lower.isDefined() && upper.isDefined() ? two(lower) + " to " + two(upper) : "-";
  }

  static String title(Dimension d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String band(io.github.serviceculture.alignment.scoring.Band b) {
    return b.name().toLowerCase(Locale.ROOT);
  }

  private static String whole(Estimate e) {
    return e.isDefined() ? String.format(Locale.ROOT, "%.0f", e.value()) : "-";
  }

  private static String two(Estimate e) {
    return e.isDefined() ? String.format(Locale.ROOT, "%.2f", e.value()) : "-";
  }

  private static String signed(Estimate e) {
    return e.isDefined() ? String.format(Locale.ROOT, "%+.0f", e.value()) : "-";
  }
}
