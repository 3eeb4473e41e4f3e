package io.github.serviceculture.alignment.report;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.report.internal.Plain;
import io.github.serviceculture.alignment.report.internal.Views;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.perception.DriverFigures;
import io.github.serviceculture.alignment.perception.Drivers;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemResult;
import io.github.serviceculture.alignment.perception.NotReportedReason;
import io.github.serviceculture.alignment.perception.Participation;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ResponseRate;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Change;
import io.github.serviceculture.alignment.scoring.ChangeVerdict;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.scoring.MeaningfulChange;
import io.github.serviceculture.alignment.scoring.NotComparableReason;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.Standings;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.Respondent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An alignment report as plain text for people: the headline (alignment index and weakest point with
 * what to do first), a table of the dimensions, the top priorities, leaders against frontline, engagement
 * by department, the organization's item results (score, then favourable, neutral and unfavourable shares,
 * under each dimension's score and favourable share), the drivers of the policy's outcome when it names one,
 * the response rates when the survey was scored with headcounts (a withheld rate as {@code -} with its
 * reason, beside the employer's headcount), then every finding with its evidence and recommendation.
 *
 * <p>No line is longer than {@link #MAX_LINE} characters: long sentences are wrapped at spaces and long
 * names cut. Text from the input is made safe to print on a terminal: control characters are shown as
 * {@code \xHH}, bidirectional controls and unpaired surrogates as {@code \}{@code uHHHH} and a backslash
 * as {@code \\}. Figures the report does not release are shown as {@code -}, and a dimension without
 * perception figures says why.
 *
 * <pre>{@code
 * System.out.print(TextReport.render(AlignmentEngine.withDefaults().assess(assessment)));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TextReport {
  /** The longest line written, in characters. */
  public static final int MAX_LINE = 100;

  private static final String ROW = "  %-12s %8s %10s %9s %6s %6s %5s  %-10s %5s %8s";

  private TextReport() {}

  /**
   * Renders a report as text, each line ended by {@code \n}.
   *
   * @param report the report
   * @return the text
   * @throws InvalidValueException if {@code report} is null
   */
  public static String render(AlignmentReport report) {
    if (report == null) {
      throw new InvalidValueException("TextReport", "report", null, "must not be null");
    }
    Lines out = new Lines();
    header(out, report);
    dimensions(out, report);
    priorities(out, report);
    report.perceptions().ifPresent(p -> perceptions(out, p));
    report.perceptions().ifPresent(p -> items(out, report, p));
    report.perceptions().flatMap(PerceptionReport::drivers).ifPresent(d -> drivers(out, d, report));
    report.perceptions().flatMap(PerceptionReport::participation).ifPresent(p -> participation(out, p));
    report.standings().ifPresent(s -> standings(out, s));
    findings(out, report);
    return out.toString();
  }

  /** Where each dimension stands among the organizations of the norms it was ranked against. */
  private static void standings(Lines out, Standings standings) {
    out.line("Among other organizations (norms of %s %s)", Plain.name(standings.instrumentId(), Plain.MAX_NAME),
        Plain.name(standings.instrumentVersion(), Plain.MAX_NAME));
    if (standings.dimensions().isEmpty()) {
      out.line("  no dimension ranked: the norms hold none of this report's scores.");
    }
    standings.dimensions().forEach((d, s) -> out.line("  %-12s percentile %5.1f, quartile %d of 4 (%d organizations)",
        d, s.percentileRank(), s.quartile(), s.organizations()));
    if (!standings.items().isEmpty()) {
      out.line("  %d items ranked too (see the report's standings)", standings.items().size());
    }
    out.blank();
  }

  /**
   * Renders a comparison of two waves as text, each line ended by {@code \n}: the two waves, the
   * rule, per dimension the organization's change and each group's, the dimensions not compared and
   * why; then per item the organization's change, the groups' meaningful item changes (all of them
   * would be items times groups lines; {@code changes.csv} and the comparison document hold every
   * one) and the items not compared, by reason; then the findings with their evidence. Groups appear
   * only when both waves report them.
   *
   * @param comparison the comparison
   * @return the text
   * @throws InvalidValueException if {@code comparison} is null
   * @since 0.1.0
   */
  public static String renderComparison(ReportComparison comparison) {
    if (comparison == null) {
      throw new InvalidValueException("TextReport", "comparison", null, "must not be null");
    }
    Lines out = new Lines();
    out.wrap("Service culture survey, two waves compared: ", "  ",
        comparison.organization().map(o -> Plain.name(o, Plain.MAX_NAME)).orElse("(organization not named)"));
    wave(out, "before", comparison.before());
    wave(out, "after ", comparison.after());
    MeaningfulChange rule = comparison.rule();
    String level = trimmed(rule.level() * 100);
    out.wrap("  ", "  ", String.format(Locale.ROOT, "A change is meaningful when its %s %% interval excludes 0 "
        + "and it is at least %s points of the 0-100 score.", level, trimmed(rule.minimumPoints())));
    out.blank();
    out.line(CHANGE_ROW, "dimension", "set", "before", "after", "change", "interval", "d", "n", "verdict");
    for (Change c : comparison.changes()) {
      String set = c.attribute().map(a -> Plain.name(a + "=" + c.group().orElseThrow(), Plain.MAX_NAME))
          .orElse("organization");
      if (set.length() > SET_WIDTH) {
        // Cut, two long names could print alike; whole on a line of its own, the figures follow on the next.
        out.wrap("  " + String.format(Locale.ROOT, "%-12s ", c.dimension()), "      ", set);
        set = "";
      }
      String interval = c.lower().isDefined()
          ? number(c.lower(), "%+.1f") + " to " + number(c.upper(), "%+.1f") : "-";
      out.line(CHANGE_ROW, c.dimension(), set, number(c.beforeScore(), "%.1f"), number(c.afterScore(), "%.1f"),
          number(c.change(), "%+.1f"), interval, number(c.cohensD(), "%+.2f"), c.beforeN() + "/" + c.afterN(),
          verdict(c.verdict()));
    }
    if (comparison.changes().isEmpty()) {
      out.line("  nothing to compare: no figure is reported in both waves.");
    }
    comparison.notComparable().forEach((dimension, reason) -> out.wrap("  ", "    ",
        reason == NotComparableReason.NOT_REPORTED_IN_BOTH
            ? dimension + ": the organization's change is not compared, since its figures are not reported in both "
                + "waves; groups reported in both are."
            : dimension + " not compared: " + notComparable(reason) + "."));
    items(out, comparison);
    out.blank();
    out.line("Findings (%d)", comparison.findings().size());
    if (comparison.findings().isEmpty()) {
      out.line("  none: no meaningful decline or improvement.");
    }
    for (Finding f : comparison.findings()) {
      finding(out, f, f.code());
    }
    return out.toString();
  }

  /** The items' section of a comparison: the organization's changes, the groups' meaningful ones, those not compared. */
  private static void items(Lines out, ReportComparison comparison) {
    if (comparison.itemChanges().isEmpty() && comparison.itemsNotComparable().isEmpty()) {
      return;
    }
    out.blank();
    out.line("Items");
    List<Change> organization = comparison.itemChanges().stream().filter(c -> c.attribute().isEmpty()).toList();
    if (!organization.isEmpty()) {
      out.line(ITEM_ROW, "item", "before", "after", "change", "interval", "d", "n", "verdict");
    }
    for (Change c : organization) {
      String item = Plain.name(c.itemId().orElseThrow(), Plain.MAX_NAME);
      if (item.length() > ITEM_WIDTH) {
        out.wrap("  ", "      ", item);
        item = "";
      }
      out.line(ITEM_ROW, item, number(c.beforeScore(), "%.1f"), number(c.afterScore(), "%.1f"),
          number(c.change(), "%+.1f"), interval(c), number(c.cohensD(), "%+.2f"), c.beforeN() + "/" + c.afterN(),
          verdict(c.verdict()));
    }
    long groupChanges = comparison.itemChanges().size() - organization.size();
    List<Change> meaningful = comparison.itemChanges().stream()
        .filter(c -> c.attribute().isPresent() && c.isMeaningful()).toList();
    if (groupChanges > 0) {
      out.wrap("  ", "    ", String.format(Locale.ROOT, "Groups: %d meaningful item change(s) of %d compared%s",
          meaningful.size(), groupChanges, meaningful.isEmpty() ? "." : ":"));
    }
    for (Change c : meaningful) {
      String item = Plain.name(c.itemId().orElseThrow(), Plain.MAX_NAME);
      String set = Plain.name(c.attribute().orElseThrow() + "=" + c.group().orElseThrow(), Plain.MAX_NAME);
      if (item.length() > ITEM_WIDTH || set.length() > SET_WIDTH) {
        out.wrap("  ", "      ", item + " " + set);
        item = "";
        set = "";
      }
      out.line(GROUP_ITEM_ROW, item, set, number(c.change(), "%+.1f"), interval(c), verdict(c.verdict()));
    }
    Map<NotComparableReason, List<String>> byReason = new EnumMap<>(NotComparableReason.class);
    comparison.itemsNotComparable().forEach((id, reason) ->
        byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(Plain.name(id, Plain.MAX_NAME)));
    byReason.forEach((reason, ids) -> out.wrap("  ", "    ", String.format(Locale.ROOT, "%d item(s) not compared, %s: %s.",
        ids.size(), itemNotComparable(reason), String.join(", ", ids))));
  }

  private static String interval(Change c) {
    return c.lower().isDefined() ? number(c.lower(), "%+.1f") + " to " + number(c.upper(), "%+.1f") : "-";
  }

  private static String itemNotComparable(NotComparableReason reason) {
    switch (reason) {
      case SCALE_CHANGED:
        return "the instruments' scales differ";
      case ITEMS_CHANGED:
        return "their text, keying or dimension changed";
      case NOT_MEASURED_IN_BOTH:
        return "in one instrument only";
      case SPREAD_NOT_REPORTED:
        return "a report gives no item SDs (format 1.4; score that wave again)";
      default:
        return "the organization's figures are not reported in both waves (groups reported in both are compared)";
    }
  }

  /** 87 characters at most: the item id has 18 (a longer one gets a line of its own). */
  private static final String ITEM_ROW = "  %-18s %5s %5s %7s %-14s %6s %-9s %s";

  /** The groups' item changes: item, set, change, interval, verdict. */
  private static final String GROUP_ITEM_ROW = "  %-18s %-20s %7s %-14s %s";

  private static final int ITEM_WIDTH = 18;

  /**
   * 100 characters at most: the set's name has 20 ({@code customerFacing=false} fits; a longer one
   * gets a line of its own), the verdict 14.
   */
  private static final String CHANGE_ROW = "  %-12s %-20s %5s %5s %7s %-14s %6s %-7s %s";

  private static final int SET_WIDTH = 20;

  /** One decimal, without a trailing {@code .0}: 95, 97.5. */
  private static String trimmed(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  private static void wave(Lines out, String name, ReportMetadata meta) {
    String instrument = meta.instrumentId()
        .map(id -> Plain.name(id, 40) + meta.instrumentVersion().map(v -> " " + Plain.name(v, 20)).orElse(""))
        .orElse("-");
    out.line("  %s: assessed on %s; %d respondents on %s", name, meta.assessedOn().map(Object::toString).orElse("-"),
        meta.respondentCount(), instrument);
  }

  private static String verdict(ChangeVerdict verdict) {
    switch (verdict) {
      case IMPROVED:
        return "improved";
      case DECLINED:
        return "DECLINED";
      case UNDETERMINED:
        return "no interval";
      default:
        return "not meaningful";
    }
  }

  private static String notComparable(NotComparableReason reason) {
    switch (reason) {
      case SCALE_CHANGED:
        return "the instruments' scales differ";
      case ITEMS_CHANGED:
        return "its items changed between the instruments (added, removed, reworded, keying or weight)";
      case NOT_MEASURED_IN_BOTH:
        return "one of the instruments does not measure it";
      default:
        throw new IllegalStateException("NOT_REPORTED_IN_BOTH has a sentence of its own");
    }
  }

  private static void header(Lines out, AlignmentReport report) {
    ReportMetadata meta = report.metadata();
    out.wrap("Service culture alignment report: ", "  ",
        meta.organization().map(o -> Plain.name(o, Plain.MAX_NAME)).orElse("(survey only)"));
    String instrument = meta.instrumentId()
        .map(id -> Plain.name(id, 40) + meta.instrumentVersion().map(v -> " " + Plain.name(v, 20)).orElse(""))
        .orElse("-");
    out.line("  assessed on %s; %d respondents on %s", meta.assessedOn().map(Object::toString).orElse("-"),
        meta.respondentCount(), instrument);
    out.line("  policy %s; library %s", Plain.name(meta.policyFingerprint(), 64),
        Plain.name(meta.libraryVersion(), 24));
    out.blank();
    out.line("Alignment index: %s / 100", number(report.alignmentIndex(), "%.0f"));
    report.weakestDimension().ifPresent(weakest -> {
      DimensionResult d = report.dimension(weakest);
      out.wrap(">> ", "   ", String.format(Locale.ROOT,
          "Weakest point: %s at %s (%s). A culture pulls toward its weakest point; start here.", weakest,
          number(d.alignmentScore(), "%.0f"), d.band().map(Enum::name).orElse("-")));
      Views.firstRecommendation(report).ifPresent(r -> out.wrap("   First step: ", "   ", Plain.text(r)));
    });
  }

  private static void dimensions(Lines out, AlignmentReport report) {
    out.blank();
    out.line(ROW, "dimension", "practice", "perception", "alignment", "alpha", "rwg(j)", "n", "band", "rules",
        "findings");
    for (DimensionResult d : report.dimensions()) {
      out.line(ROW, d.dimension(), number(d.practiceScore(), "%.0f"), number(d.perceptionScore(), "%.0f"),
          number(d.alignmentScore(), "%.0f"), number(d.reliability(), "%.2f"), number(d.agreement(), "%.2f"),
          d.perceptionNotReported().isPresent() ? "-" : String.valueOf(d.respondents()),
          d.band().map(Enum::name).orElse("-"), d.practiceRulesApplied(), d.findingCount());
    }
    if (report.perceptions().isEmpty()) {
      out.line("  Perception: no survey.");
      return;
    }
    for (DimensionResult d : report.dimensions()) {
      d.perceptionNotReported().ifPresent(reason -> out.wrap("  ", "    ",
          "Perception of " + d.dimension() + " not reported: " + reason.description() + "."));
    }
  }

  private static void priorities(Lines out, AlignmentReport report) {
    out.blank();
    out.line("Top priorities");
    if (report.priorities().isEmpty()) {
      out.line("  none: no rule found anything to fix.");
    }
    int rank = 1;
    for (Finding f : report.priorities()) {
      out.wrap(String.format(Locale.ROOT, "  %d. [%s] ", rank++, f.severity()), "     ", Plain.text(f.message()));
      out.wrap("     What to do: ", "     ", Plain.text(f.recommendation()));
    }
  }

  private static void perceptions(Lines out, PerceptionReport perceptions) {
    List<PerceptionGap> gaps = perceptions.gaps().stream()
        .filter(g -> g.attribute().equals(Respondent.LEVEL)).collect(Collectors.toList());
    if (!gaps.isEmpty()) {
      out.blank();
      out.line("Leaders and frontline (gaps in points, executives or managers minus frontline)");
      for (PerceptionGap gap : gaps) {
        out.line("  %-12s %-10s vs %-10s %6s  (95%% interval %s to %s)", gap.dimension(),
            Plain.name(gap.first(), 10), Plain.name(gap.second(), 10), number(gap.difference(), "%+.0f"),
            number(gap.lower(), "%+.0f"), number(gap.upper(), "%+.0f"));
      }
    }
    List<GroupPerception> departments = perceptions.groups().stream()
        .filter(g -> g.attribute().equals(Respondent.DEPARTMENT) && !g.engagement().isEmpty())
        .collect(Collectors.toList());
    if (!departments.isEmpty()) {
      out.blank();
      out.line("Engagement: share who say they can answer each question, by department");
      for (GroupPerception group : departments) {
        String shares = group.engagement().values().stream()
            .map(e -> Views.shortName(e.question()) + " " + number(e.agreePercent(), "%.0f") + "%")
            .collect(Collectors.joining(", "));
        out.wrap(String.format(Locale.ROOT, "  %-20s ", Plain.name(group.value(), 20)), "  " + " ".repeat(21),
            shares);
      }
    }
  }

  /**
   * The organization's item results under their dimension's score and favourable share; a dimension whose
   * items are not released says why. Groups' item results are in the JSON report and items.csv.
   */
  private static void items(Lines out, AlignmentReport report, PerceptionReport perceptions) {
    if (perceptions.items().isEmpty() && perceptions.itemsNotReported().isEmpty()) {
      return;
    }
    out.blank();
    out.line("Items (organization): score, then %% favourable / neutral / unfavourable");
    for (DimensionResult d : report.dimensions()) {
      List<ItemResult> items = perceptions.items().stream().filter(i -> i.dimension() == d.dimension())
          .collect(Collectors.toList());
      NotReportedReason hidden = perceptions.itemsNotReported().get(d.dimension());
      if (items.isEmpty() && hidden == null) {
        continue;
      }
      out.line("  %-12s %5s  %s favourable", d.dimension(), number(d.perceptionScore(), "%.0f"),
          d.perceptionFavourableShare().map(share -> number(share, "%.0f", 100) + "%").orElse("-"));
      if (hidden != null) {
        out.wrap("    ", "    ", "Items not reported: " + hidden.description() + ".");
      }
      for (ItemResult item : items) {
        out.line("    %-24s %5s  %4s / %4s / %4s%s", Plain.name(item.itemId(), 24), number(item.score(), "%.0f"),
            number(item.favourableShare(), "%.0f", 100), number(item.neutralShare(), "%.0f", 100),
            number(item.unfavourableShare(), "%.0f", 100), item.reverseKeyed() ? "  (reverse keyed)" : "");
      }
    }
  }

  private static void drivers(Lines out, Drivers drivers, AlignmentReport report) {
    out.blank();
    String outcome = Plain.name(drivers.outcome(), 40);
    if (!drivers.rSquared().isDefined()) {
      out.line("Drivers of %s", outcome);
      UndefinedReason reason = drivers.rSquared().undefinedReason().orElseThrow();
      out.wrap("  ", "  ", reason == UndefinedReason.TOO_FEW_OBSERVATIONS
          ? "Not analysed: fewer than " + drivers.minimumRespondents()
              + " respondents answered the outcome and every dimension."
          : "Not analysed: " + reason.description() + ".");
      return;
    }
    out.wrap("", "  ", String.format(Locale.ROOT,
        "Drivers of %s: R² %s (%s interval %s), %s respondents with every score, %d resamples", outcome,
        number(drivers.rSquared(), "%.2f"), percentLabel(drivers.confidenceLevel()),
        interval(drivers.rSquaredLower(), drivers.rSquaredUpper()),
        drivers.respondents().isPresent() ? String.valueOf(drivers.respondents().getAsInt()) : "-",
        drivers.resamples()));
    out.line("  %-12s %8s %8s  %-14s %6s %10s", "dimension", "share", "part", "interval", "beta", "perception");
    PerceptionReport perceptions = report.perceptions().orElseThrow();
    for (Map.Entry<Dimension, DriverFigures> e : drivers.dimensions().entrySet()) {
      DriverFigures f = e.getValue();
      String keyDriver = e.getKey().name() + ".KEY_DRIVER";
      boolean key = report.findings().stream().anyMatch(x -> x.ruleId().equals(keyDriver));
      var figures = perceptions.dimensions().get(e.getKey());
      out.line("  %-12s %8s %8s  %-14s %6s %10s  %s", e.getKey(), number(f.share(), "%.2f"),
          f.relativeShare().isDefined() ? String.format(Locale.ROOT, "%.0f%%", 100 * f.relativeShare().value()) : "-",
          interval(f.shareLower(), f.shareUpper()), number(f.beta(), "%.2f"),
          figures == null ? "-" : number(figures.score(), "%.0f"), key ? "key driver" : "");
    }
  }

  /**
   * The response rates: respondents of headcount and the rate where released, else {@code -} and the
   * reason; the headcount is the employer's own figure and always shown.
   */
  private static void participation(Lines out, Participation participation) {
    out.blank();
    out.line("Participation (respondents of headcount)");
    List<ResponseRate> rates = new ArrayList<>();
    participation.organization().ifPresent(rates::add);
    rates.addAll(participation.groups());
    for (ResponseRate r : rates) {
      String who = r.attribute().isEmpty() ? "organization"
          : Plain.name(r.attribute().get(), 12) + "=" + Plain.name(r.value().orElseThrow(), 19);
      String respondents = r.respondents().isPresent() ? String.valueOf(r.respondents().getAsInt()) : "-";
      String rate = r.rate().isPresent() ? String.format(Locale.ROOT, "%.0f%%", 100 * r.rate().getAsDouble()) : "-";
      // 32 + the longest reason fit in MAX_LINE.
      String headcount = r.headcount().isPresent() ? String.valueOf(r.headcount().getAsInt()) : "-";
      out.line("  %-32s %5s of %-5s %5s  %s", who, respondents, headcount, rate,
          r.notReported().map(NotReportedReason::description).orElse(""));
    }
  }

  private static String interval(Estimate lower, Estimate upper) {
    return lower.isDefined() && upper.isDefined()
        ? number(lower, "%.2f") + " to " + number(upper, "%.2f") : "-";
  }

  private static String percentLabel(double level) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * level);
  }

  private static void findings(Lines out, AlignmentReport report) {
    out.blank();
    out.line("All findings (%d)", report.findings().size());
    for (Finding f : report.findings()) {
      finding(out, f, f.ruleId());
    }
  }

  /** One finding under its name (a report names its rule, a comparison its code), with evidence and advice. */
  private static void finding(Lines out, Finding f, String name) {
    out.wrap(String.format(Locale.ROOT, "  %-8s ", f.severity()), "           ",
        Plain.name(name, 80) + " (" + f.dimension() + ")");
    out.wrap("           ", "           ", Plain.text(f.message()));
    String label = "           evidence: ";
    for (Evidence e : f.evidence()) {
      out.wrap(label, "                       ", evidence(e));
      label = " ".repeat(label.length());
    }
    out.wrap("           what to do: ", "             ", Plain.text(f.recommendation()));
  }

  private static String evidence(Evidence e) {
    return Plain.text(e.reference()) + " = " + Plain.text(e.value());
  }

  private static String number(Estimate e, String format) {
    return e.isDefined() ? String.format(Locale.ROOT, format, e.value()) : "-";
  }

  private static String number(Estimate e, String format, double factor) {
    return e.isDefined() ? String.format(Locale.ROOT, format, e.value() * factor) : "-";
  }

  /** The text being built, line by line, none longer than {@link #MAX_LINE}. */
  private static final class Lines {
    private final StringBuilder s = new StringBuilder(4096);

    void blank() {
      s.append('\n');
    }

    void line(String format, Object... args) {
      String line = String.format(Locale.ROOT, format, args).stripTrailing();
      // The formats above fit; a cut here only guards a future column that does not.
      s.append(line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE)).append('\n');
    }

    /**
     * Writes {@code first + text}, wrapped at spaces into lines of at most {@link #MAX_LINE}; lines
     * after the first start with {@code indent}. A word longer than a line is broken.
     */
    void wrap(String first, String indent, String text) {
      List<String> words = new ArrayList<>(List.of(text.strip().split(" +")));
      StringBuilder line = new StringBuilder(first);
      boolean empty = true;
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        int room = MAX_LINE - line.length() - (empty ? 0 : 1);
        if (word.length() <= room) {
          line.append(empty ? "" : " ").append(word);
          empty = false;
        } else if (!empty) {
          s.append(line).append('\n');
          line = new StringBuilder(indent);
          empty = true;
          i--;
        } else {
          // A word longer than a whole line: as much as fits (never half a surrogate pair), the rest next.
          int cut = Math.max(1, Character.isHighSurrogate(word.charAt(room - 1)) ? room - 1 : room);
          s.append(line).append(word, 0, cut).append('\n');
          line = new StringBuilder(indent);
          words.set(i, word.substring(cut));
          i--;
        }
      }
      if (!empty) {
        s.append(line.toString().stripTrailing()).append('\n');
      }
    }

    @Override
    public String toString() {
      return s.toString();
    }
  }
}
