package io.github.serviceculture.alignment.report.internal;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.scoring.Change;
import io.github.serviceculture.alignment.scoring.ChangeVerdict;
import io.github.serviceculture.alignment.scoring.NotComparableReason;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the comparison template shows: two waves, the organization's changes (chart and table), the groups'. */
final class ComparisonModel {
  record ChangeRow(String dimension, String set, String before, String after, String change, String interval,
      String d, String n, String verdict) {}

  record NotCompared(String dimension, String reason) {}

  /** One item's change: the item, its dimension and the figures of {@link ChangeRow}. */
  record ItemRow(String item, ChangeRow change) {}

  final String title;
  final String waves;
  final String rule;
  final Svg chart;
  final List<ChangeRow> organization;
  final List<ChangeRow> groups;
  final List<NotCompared> notCompared;
  /** The organization's change of every item compared. */
  final List<ItemRow> organizationItems;
  /** The groups' meaningful item changes only: every one would be items times groups rows. */
  final List<ItemRow> groupItems;
  /** How many item changes of groups were compared, of which {@link #groupItems} are the meaningful ones. */
  final int groupItemsCompared;
  /** The items not compared, one line per reason: the reason, then the items. */
  final List<NotCompared> itemsNotCompared;
  final List<HtmlModel.FindingView> findings;
  final List<HtmlModel.Fact> metadata;

  ComparisonModel(ReportComparison c) {
    title = "Two waves compared: " + c.organization().map(Plain::visible).orElse("(organization not named)");
    waves = "Before: " + wave(c.before()) + ". After: " + wave(c.after()) + ".";
    String level = percent(c.rule().level());
    rule = "A change is meaningful when its " + level + " % interval excludes 0 and it is at least "
        + trimmed(c.rule().minimumPoints()) + " points of the 0 to 100 score. Only figures both waves report are "
        + "compared: a group hidden in either wave is not shown.";
    organization = new ArrayList<>();
    groups = new ArrayList<>();
    List<Charts.Gap> points = new ArrayList<>();
    for (Change change : c.changes()) {
      ChangeRow row = row(change);
      if (change.attribute().isEmpty()) {
        organization.add(row);
        points.add(new Charts.Gap(HtmlModel.title(change.dimension()), change.change().asOptional(),
            change.lower().asOptional(), change.upper().asOptional(),
            // Short enough for the chart's value column; the table gives every verdict in words.
            change.isMeaningful() ? row.change() + " " + row.verdict() : row.change()));
      } else {
        groups.add(row);
      }
    }
    chart = points.isEmpty() ? null : Charts.forest("change-chart", "Change of each dimension since the earlier wave",
        "For each dimension, the change of the organization's perception score, in points, from the earlier wave to "
            + "the later (a square), with its " + level + " % interval (a line); dashed lines mark the smallest "
            + "meaningful change. Right of zero, the score rose. The table after the chart gives the figures.",
        "fell", "rose", points, c.rule().minimumPoints());
    notCompared = new ArrayList<>();
    for (Map.Entry<Dimension, NotComparableReason> e : c.notComparable().entrySet()) {
      notCompared.add(new NotCompared(HtmlModel.title(e.getKey()), reason(e.getValue())));
    }
    organizationItems = new ArrayList<>();
    groupItems = new ArrayList<>();
    int compared = 0;
    for (Change change : c.itemChanges()) {
      ItemRow row = new ItemRow(Plain.visible(change.itemId().orElseThrow()), row(change));
      if (change.attribute().isEmpty()) {
        organizationItems.add(row);
      } else {
        compared++;
        if (change.isMeaningful()) {
          groupItems.add(row);
        }
      }
    }
    groupItemsCompared = compared;
    Map<NotComparableReason, List<String>> byReason = new EnumMap<>(NotComparableReason.class);
    c.itemsNotComparable().forEach((id, reason) ->
        byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(Plain.visible(id)));
    itemsNotCompared = new ArrayList<>();
    byReason.forEach((reason, ids) -> itemsNotCompared.add(new NotCompared(itemReason(reason), String.join(", ", ids))));
    findings = c.findings().stream().map(f -> HtmlModel.finding(f, f.code())).collect(Collectors.toList());
    metadata = new ArrayList<>();
    metadata.add(new HtmlModel.Fact("Organization", c.organization().map(Plain::visible).orElse("(not named)")));
    metadata.add(new HtmlModel.Fact("Earlier wave", wave(c.before()) + "; policy "
        + Plain.visible(c.before().policyFingerprint()) + "; library " + Plain.visible(c.before().libraryVersion())));
    metadata.add(new HtmlModel.Fact("Later wave", wave(c.after()) + "; policy "
        + Plain.visible(c.after().policyFingerprint()) + "; library " + Plain.visible(c.after().libraryVersion())));
  }

  private static ChangeRow row(Change c) {
    String set = c.attribute().map(a -> Plain.visible(a) + ": " + Plain.visible(c.group().orElseThrow()))
        .orElse("Organization");
    String interval = c.lower().isDefined() && c.upper().isDefined()
        ? format(c.lower(), "%+.1f") + " to " + format(c.upper(), "%+.1f") : "-";
    return new ChangeRow(HtmlModel.title(c.dimension()), set, format(c.beforeScore(), "%.1f"),
        format(c.afterScore(), "%.1f"), format(c.change(), "%+.1f"), interval, format(c.cohensD(), "%+.2f"),
        c.beforeN() + " / " + c.afterN(), verdict(c.verdict()));
  }

  private static String wave(ReportMetadata m) {
    String instrument = m.instrumentId().map(Plain::visible).orElse("-")
        + m.instrumentVersion().map(v -> " " + Plain.visible(v)).orElse("");
    return "assessed on " + m.assessedOn().map(Object::toString).orElse("-") + ", " + m.respondentCount()
        + " respondents on " + instrument;
  }

  private static String verdict(ChangeVerdict v) {
    switch (v) {
      case IMPROVED:
        return "improved";
      case DECLINED:
        return "declined";
      case UNDETERMINED:
        return "no interval";
      default:
        return "no meaningful change";
    }
  }

  private static String reason(NotComparableReason r) {
    switch (r) {
      case SCALE_CHANGED:
        return "The instruments' scales differ.";
      case ITEMS_CHANGED:
        return "Its items changed between the instruments (added, removed, reworded, keying or weight).";
      case NOT_MEASURED_IN_BOTH:
        return "One of the instruments does not measure it.";
      default:
        return "The organization's figures are not reported in both waves, so its change is not compared; the groups "
            + "reported in both are.";
    }
  }

  private static String itemReason(NotComparableReason r) {
    switch (r) {
      case SCALE_CHANGED:
        return "The instruments' scales differ";
      case ITEMS_CHANGED:
        return "Their text, keying or dimension changed";
      case NOT_MEASURED_IN_BOTH:
        return "In one instrument only";
      case SPREAD_NOT_REPORTED:
        return "A wave's report gives no item SDs (report format 1.4; score that wave again)";
      default:
        return "The organization's figures are not reported in both waves (the groups reported in both are compared)";
    }
  }

  private static String format(Estimate e, String pattern) {
    return e.isDefined() ? String.format(Locale.ROOT, pattern, e.value()) : "-";
  }

  private static String percent(double level) {
    return trimmed(level * 100);
  }

  private static String trimmed(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
