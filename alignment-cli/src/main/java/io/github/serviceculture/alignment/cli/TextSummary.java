package io.github.serviceculture.alignment.cli;

import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.Locale;

/** A report as text for people: the dimensions as a table, then the findings, most severe first. */
final class TextSummary {
  private TextSummary() {}

  static String render(AlignmentReport report) {
    StringBuilder s = new StringBuilder();
    s.append("Alignment report");
    report.metadata().organization().ifPresent(o -> s.append(": ").append(Printable.name(o)));
    report.metadata().assessedOn().ifPresent(d -> s.append(" (").append(d).append(')'));
    s.append('\n');
    s.append(String.format(Locale.ROOT, "Alignment index %s; weakest dimension %s; %d respondents%n",
        fmt(report.alignmentIndex()), report.weakestDimension().map(Enum::name).orElse("none"),
        report.metadata().respondentCount()));
    s.append('\n');
    s.append(String.format(Locale.ROOT, "%-12s %-10s %9s %9s %10s %5s %6s %6s%n", "dimension", "band", "alignment",
        "practice", "perception", "n", "alpha", "rwg(j)"));
    for (DimensionResult d : report.dimensions()) {
      s.append(String.format(Locale.ROOT, "%-12s %-10s %9s %9s %10s %5s %6s %6s%n", d.dimension(),
          d.band().map(Enum::name).orElse("-"), fmt(d.alignmentScore()), fmt(d.practiceScore()),
          fmt(d.perceptionScore()), d.perceptionNotReported().isPresent() ? "-" : String.valueOf(d.respondents()),
          fmt2(d.reliability()), fmt2(d.agreement())));
    }
    if (report.perceptions().isEmpty()) {
      s.append("Perception: no survey\n");
    } else {
      for (DimensionResult d : report.dimensions()) {
        d.perceptionNotReported().ifPresent(reason -> s.append("Perception of ").append(d.dimension())
            .append(" not reported: ").append(reason.description()).append('\n'));
      }
    }
    s.append('\n');
    s.append("Findings: ").append(report.findings().size()).append('\n');
    for (Finding f : report.findings()) {
      s.append(String.format(Locale.ROOT, "  %-8s %-11s %s: %s%n", f.severity(), f.dimension(), Printable.name(f.ruleId()), Printable.text(f.message())));
      s.append("           -> ").append(Printable.text(f.recommendation())).append('\n');
    }
    return s.toString();
  }

  private static String fmt(Estimate e) {
    return e.isDefined() ? String.format(Locale.ROOT, "%.1f", e.value()) : "-";
  }

  private static String fmt2(Estimate e) {
    return e.isDefined() ? String.format(Locale.ROOT, "%.2f", e.value()) : "-";
  }
}
