package io.github.serviceculture.alignment.examples;

import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Respondent;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints an alignment report as plain text for people. */
public final class ReportPrinter {
  private final PrintStream out;

  /**
   * Creates a printer.
   *
   * @param out where to print
   */
  public ReportPrinter(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints a report.
   *
   * @param report the report
   */
  public void print(AlignmentReport report) {
    ReportMetadata meta = report.metadata();
    line("Service culture alignment report: %s", meta.organization().orElse("(survey only)"));
    line("  assessed on %s; %d respondents on %s %s; policy %s; library %s",
        meta.assessedOn().map(Object::toString).orElse("-"), meta.respondentCount(),
        meta.instrumentId().orElse("-"), meta.instrumentVersion().orElse(""), meta.policyFingerprint(),
        meta.libraryVersion());
    out.println();
    line("Alignment index: %s / 100", number(report.alignmentIndex(), "%.0f"));
    report.weakestDimension().ifPresent(weakest -> {
      DimensionResult d = report.dimension(weakest);
      line(">> Weakest point: %s at %s (%s). A culture pulls toward its weakest point; start here.",
          weakest, number(d.alignmentScore(), "%.0f"), d.band().map(Enum::name).orElse("-"));
    });
    out.println();
    line("  %-12s %9s %10s %6s %7s %10s  %-10s %s", "dimension", "practice", "perception", "alpha", "rwg(j)",
        "alignment", "band", "basis");
    for (DimensionResult d : report.dimensions()) {
      String survey = d.perceptionNotReported()
          .map(reason -> "perception " + reason.description())
          .orElse(d.respondents() + " respondents");
      line("  %-12s %9s %10s %6s %7s %10s  %-10s %d rules, %s, %d findings", d.dimension(),
          number(d.practiceScore(), "%.0f"), number(d.perceptionScore(), "%.0f"), number(d.reliability(), "%.2f"),
          number(d.agreement(), "%.2f"), number(d.alignmentScore(), "%.0f"), d.band().map(Enum::name).orElse("-"),
          d.practiceRulesApplied(), survey, d.findingCount());
    }
    out.println();
    line("Top priorities");
    int rank = 1;
    for (Finding f : report.priorities()) {
      line("  %d. [%s] %s", rank++, f.severity(), f.message());
      line("     What to do: %s", f.recommendation());
    }
    report.perceptions().ifPresent(this::printPerceptions);
    out.println();
    line("All findings (%d)", report.findings().size());
    for (Finding f : report.findings()) {
      line("  %-8s %-34s %s", f.severity(), f.ruleId(), f.message());
      line("  %-8s %-34s evidence: %s", "", "",
          f.evidence().stream().map(ReportPrinter::evidence).collect(Collectors.joining("; ")));
    }
  }

  private void printPerceptions(PerceptionReport perceptions) {
    out.println();
    line("Leaders and frontline (gaps in points, executives or managers minus frontline)");
    for (PerceptionGap gap : perceptions.gaps()) {
      if (gap.attribute().equals(Respondent.LEVEL)) {
        line("  %-12s %-10s vs %-10s %6s  (95%% interval %s to %s)", gap.dimension(), gap.first(), gap.second(),
            number(gap.difference(), "%+.0f"), number(gap.lower(), "%+.0f"), number(gap.upper(), "%+.0f"));
      }
    }
    out.println();
    line("Engagement: share who say they can answer each question, by department");
    for (GroupPerception group : perceptions.groups()) {
      if (!group.attribute().equals(Respondent.DEPARTMENT) || group.engagement().isEmpty()) {
        continue;
      }
      String shares = group.engagement().values().stream()
          .map(e -> shortName(e) + " " + number(e.agreePercent(), "%.0f") + "%")
          .collect(Collectors.joining(", "));
      line("  %-12s %s", group.value(), shares);
    }
  }

  private static String shortName(EngagementShare share) {
    switch (share.question()) {
      case CAN_STATE_VISION:
        return "state it";
      case KNOWS_WHAT_IT_MEANS:
        return "what it means";
      default:
        return "my contribution";
    }
  }

  private static String evidence(Evidence e) {
    return e.reference() + " = " + e.value();
  }

  private static String number(Estimate e, String format) {
    return e.isDefined() ? String.format(Locale.ROOT, format, e.value()) : "-";
  }

  private void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }
}
