package io.github.serviceculture.alignment.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report's charts, drawn with {@link Svg}. Each takes plain figures (already released by the
 * engine and made safe to show), so that it can be tested on its own. Colours come from the CSS
 * classes (Okabe-Ito and viridis, both readable with the common colour-vision deficiencies); every
 * series also differs in shape or carries its label, so nothing is told by colour alone.
 */
final class Charts {
  /** Characters of a row label kept in a chart; the table behind the chart has the whole name. */
  static final int LABEL_CHARS = 28;

  private Charts() {}

  /** One dimension's scores; an absent score has no marker. */
  record DimensionPoint(String label, OptionalDouble practice, OptionalDouble perception,
      OptionalDouble alignment, String note) {}

  /** Practice, perception and alignment per dimension on 0 to 100, over the bands' zones. */
  static Svg practiceAndPerception(List<DimensionPoint> rows, double driftingAt, double alignedAt) {
    int top = 44;
    int rowHeight = 36;
    int width = 640;
    int height = top + rows.size() * rowHeight + 64;
    Scale x = new Scale(0, 100, 130, 610);
    Svg svg = Svg.chart("practice-chart", width, height, "Practice and perception per dimension",
        String.format(Locale.ROOT, "For each dimension, the practice score (square), the perception score "
            + "(circle) and the alignment score (diamond), from 0 to 100, over the bands: misaligned below %s, "
            + "drifting from %s, aligned from %s. The table after the chart gives the same figures.",
            Svg.number(driftingAt), Svg.number(driftingAt), Svg.number(alignedAt)));
    Svg.Node root = svg.root();
    double plotBottom = top + rows.size() * rowHeight;
    Svg.Node zones = root.group("zones");
    zones.rect(x.at(0), top, x.at(driftingAt) - x.at(0), plotBottom - top).cls("zone zone-misaligned");
    zones.rect(x.at(driftingAt), top, x.at(alignedAt) - x.at(driftingAt), plotBottom - top)
        .cls("zone zone-drifting");
    zones.rect(x.at(alignedAt), top, x.at(100) - x.at(alignedAt), plotBottom - top).cls("zone zone-aligned");
    Svg.Node labels = root.group("zone-labels");
    labels.label((x.at(0) + x.at(driftingAt)) / 2, 34, "middle", "misaligned");
    labels.label((x.at(driftingAt) + x.at(alignedAt)) / 2, 34, "middle", "drifting");
    labels.label((x.at(alignedAt) + x.at(100)) / 2, 34, "middle", "aligned");
    Svg.Node thresholds = root.group("thresholds");
    for (double t : new double[] {driftingAt, alignedAt}) {
      thresholds.line(x.at(t), top - 6, x.at(t), plotBottom).cls("threshold");
      thresholds.label(x.at(t), 14, "middle", Svg.number(t));
    }
    Svg.Node marks = root.group("marks");
    for (int i = 0; i < rows.size(); i++) {
      DimensionPoint row = rows.get(i);
      double y = top + i * rowHeight + rowHeight / 2.0;
      marks.line(x.at(0), y, x.at(100), y).cls("grid");
      marks.label(120, y + (row.note().isEmpty() ? 4 : -2), "end", row.label()).cls("row-label");
      if (!row.note().isEmpty()) {
        marks.label(120, y + 12, "end", row.note()).cls("note");
      }
      row.practice().ifPresent(v -> marks.rect(x.at(v) - 6, y - 6, 12, 12).cls("mark practice")
          .title(row.label() + ": practice " + Svg.number(Math.round(v))));
      row.perception().ifPresent(v -> marks.circle(x.at(v), y, 6.5).cls("mark perception")
          .title(row.label() + ": perception " + Svg.number(Math.round(v))));
      row.alignment().ifPresent(v -> marks.polygon(x.at(v), y - 7, x.at(v) + 7, y, x.at(v), y + 7, x.at(v) - 7, y)
          .cls("mark alignment").title(row.label() + ": alignment " + Svg.number(Math.round(v))));
    }
    axis(root, x, plotBottom, new double[] {0, 25, 50, 75, 100}, "");
    Svg.Node legend = root.group("legend");
    double ly = height - 12;
    legend.rect(130, ly - 10, 12, 12).cls("mark practice");
    legend.label(148, ly, "start", "practice");
    legend.circle(262, ly - 4, 6.5).cls("mark perception");
    legend.label(274, ly, "start", "perception");
    legend.polygon(402, ly - 11, 409, ly - 4, 402, ly + 3, 395, ly - 4).cls("mark alignment");
    legend.label(415, ly, "start", "alignment");
    return svg;
  }

  /** A heat-map cell: a score, or the short code of why it is not reported. */
  record Cell(OptionalDouble score, String code, String reason) {}

  /** A heat-map row: a group and its cells, one per column. */
  record HeatRow(String label, String fullLabel, List<Cell> cells) {}

  /** A code of the heat map's legend and what it means. */
  record Code(String code, String meaning) {}

  /**
   * Groups × dimensions, each reported cell coloured by its score and labelled with it; a cell not
   * reported is drawn the same size, never coloured, and labelled with the code of its reason.
   */
  static Svg heatMap(List<String> columns, List<HeatRow> rows, List<Code> codes) {
    return heatMap("heat-map", "Perception score by group and dimension",
        "Each row is a reported group, each column a dimension. A cell shows the group's perception score "
            + "(0 to 100), darker for lower scores; a cell without a score is left white and names why it is "
            + "not reported. The table after the chart gives the same figures.", columns, rows, codes);
  }

  /** A heat map with its own id, title and description. */
  static Svg heatMap(String id, String title, String desc, List<String> columns, List<HeatRow> rows,
      List<Code> codes) {
    int left = 200;
    int cellWidth = 84;
    int cellHeight = 30;
    int top = 40;
    int width = left + columns.size() * cellWidth + 8;
    int legendTop = top + rows.size() * cellHeight + 22;
    int height = legendTop + 36 + codes.size() * 18 + 8;
    Svg svg = Svg.chart(id, width, height, title, desc);
    Svg.Node root = svg.root();
    Svg.Node head = root.group("col-labels");
    for (int c = 0; c < columns.size(); c++) {
      head.label(left + c * cellWidth + cellWidth / 2.0, top - 12, "middle", columns.get(c));
    }
    Svg.Node body = root.group("cells");
    for (int r = 0; r < rows.size(); r++) {
      HeatRow row = rows.get(r);
      double y = top + r * cellHeight;
      body.label(left - 8, y + cellHeight / 2.0 + 4, "end", row.label()).cls("row-label");
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cells().get(c);
        double cx = left + c * cellWidth;
        String where = row.fullLabel() + ", " + columns.get(c);
        if (cell.score().isPresent()) {
          double v = cell.score().getAsDouble();
          int step = step(v);
          body.rect(cx + 1, y + 1, cellWidth - 2, cellHeight - 2).cls("cell heat-" + step)
              .title(where + ": " + Svg.number(Math.round(v)));
          body.label(cx + cellWidth / 2.0, y + cellHeight / 2.0 + 4, "middle", Svg.number(Math.round(v)))
              .cls(step <= 1 ? "cell-text light" : "cell-text");
        } else {
          body.rect(cx + 1, y + 1, cellWidth - 2, cellHeight - 2).cls("cell suppressed")
              .title(where + ": " + cell.reason());
          body.label(cx + cellWidth / 2.0, y + cellHeight / 2.0 + 4, "middle", cell.code()).cls("cell-text code");
        }
      }
    }
    Svg.Node legend = root.group("legend");
    String[] ranges = {"0-19", "20-39", "40-59", "60-79", "80-100"};
    for (int s = 0; s < 5; s++) {
      double lx = left + s * 76;
      legend.rect(lx, legendTop, 20, 14).cls("heat-" + s);
      legend.label(lx + 24, legendTop + 11, "start", ranges[s]);
    }
    legend.label(left - 8, legendTop + 11, "end", "score");
    for (int i = 0; i < codes.size(); i++) {
      double ly = legendTop + 36 + i * 18;
      legend.rect(8, ly - 12, 22, 16).cls("cell suppressed");
      legend.label(19, ly, "middle", codes.get(i).code()).cls("cell-text code");
      legend.label(38, ly, "start", codes.get(i).meaning());
    }
    return svg;
  }

  /** The colour step of a score: 0 for 0 to 19, ..., 4 for 80 to 100. */
  static int step(double score) {
    return (int) Math.max(0, Math.min(4, Math.floor(score / 20)));
  }

  /** One gap with its interval; absent bounds draw no whisker. */
  record Gap(String label, OptionalDouble difference, OptionalDouble lower, OptionalDouble upper, String text) {}

  /** Gaps as a forest plot: a square at each difference and a line across its interval. */
  static Svg forest(List<Gap> gaps, double flaggedAt, String confidence) {
    return forest("gap-chart", "Each level against the frontline",
        "For each dimension and level, the difference in perception score, in points, between that level and "
            + "the frontline (a square), with its " + confidence + " interval (a line). Right of zero, the "
            + "level sees the culture better than the frontline. The table after the chart gives the figures.",
        "frontline higher", "leaders higher", gaps, flaggedAt);
  }

  /**
   * Differences with their intervals as a forest plot, labelled by the caller: {@code lower} names the
   * side left of zero and {@code higher} the side right of it; dashed lines at plus and minus {@code
   * flaggedAt}.
   */
  static Svg forest(String id, String title, String desc, String lower, String higher, List<Gap> gaps,
      double flaggedAt) {
    int top = 34;
    int rowHeight = 26;
    int width = 720;
    int height = top + gaps.size() * rowHeight + 40;
    double extent = 10;
    for (Gap g : gaps) {
      for (OptionalDouble v : List.of(g.difference(), g.lower(), g.upper())) {
        if (v.isPresent()) {
          extent = Math.max(extent, Math.abs(v.getAsDouble()));
        }
      }
    }
    extent = Math.ceil(extent / 10) * 10;
    Scale x = new Scale(-extent, extent, 250, 560);
    Svg svg = Svg.chart(id, width, height, title, desc);
    Svg.Node root = svg.root();
    double bottom = top + gaps.size() * rowHeight;
    Svg.Node guides = root.group("guides");
    guides.line(x.at(0), top - 4, x.at(0), bottom).cls("zero");
    if (flaggedAt > 0 && flaggedAt < extent) {
      guides.line(x.at(flaggedAt), top - 4, x.at(flaggedAt), bottom).cls("threshold");
      guides.line(x.at(-flaggedAt), top - 4, x.at(-flaggedAt), bottom).cls("threshold");
    }
    guides.label(x.at(0) - 6, 18, "end", lower);
    guides.label(x.at(0) + 6, 18, "start", higher);
    Svg.Node marks = root.group("marks");
    for (int i = 0; i < gaps.size(); i++) {
      Gap g = gaps.get(i);
      double y = top + i * rowHeight + rowHeight / 2.0;
      marks.label(240, y + 4, "end", g.label()).cls("row-label");
      if (g.lower().isPresent() && g.upper().isPresent()) {
        marks.line(x.at(g.lower().getAsDouble()), y, x.at(g.upper().getAsDouble()), y).cls("whisker");
      }
      g.difference().ifPresent(d -> marks.rect(x.at(d) - 5, y - 5, 10, 10).cls("mark gap")
          .title(g.label() + ": " + g.text()));
      marks.label(575, y + 4, "start", g.text()).cls("value");
    }
    double step = extent / 2;
    axis(root, x, bottom, new double[] {-extent, -step, 0, step, extent}, " pt");
    return svg;
  }

  /** One bar of the engagement chart. */
  record Share(String label, OptionalDouble percent, String text) {}

  /** One group's engagement shares. */
  record ShareGroup(String label, List<Share> shares) {}

  /** Engagement shares by group: a labelled bar per question, with the aim as a dashed line. */
  static Svg engagement(List<ShareGroup> groups, double aim) {
    int top = 30;
    int barHeight = 16;
    int gap = 4;
    int width = 640;
    int block = 22 + 3 * (barHeight + gap) + 8;
    int height = top + groups.size() * block + 24;
    Scale x = new Scale(0, 100, 160, 560);
    Svg svg = Svg.chart("engagement-chart", width, height, "Engagement with the vision by group",
        "For each group, the share of respondents who say they can state the vision, know what it means and "
            + "know how they contribute to it, from 0 to 100 %; the dashed line is the aim of "
            + Svg.number(aim) + " %. The table after the chart gives the same figures.");
    Svg.Node root = svg.root();
    double bottom = top + groups.size() * block;
    Svg.Node guides = root.group("guides");
    guides.line(x.at(aim), top - 6, x.at(aim), bottom).cls("threshold");
    guides.label(x.at(aim), 16, "middle", "aim " + Svg.number(aim) + " %");
    Svg.Node bars = root.group("bars");
    for (int gi = 0; gi < groups.size(); gi++) {
      ShareGroup group = groups.get(gi);
      double y = top + gi * block;
      bars.label(8, y + 14, "start", group.label()).cls("group-label");
      for (int q = 0; q < group.shares().size(); q++) {
        Share share = group.shares().get(q);
        double by = y + 22 + q * (barHeight + gap);
        bars.label(150, by + 12, "end", share.label()).cls("row-label");
        double end = x.at(share.percent().orElse(0));
        if (share.percent().isPresent()) {
          bars.rect(x.at(0), by, end - x.at(0), barHeight).cls("bar q" + q).title(group.label() + ", "
              + share.label() + ": " + share.text());
        }
        bars.label(end + 6, by + 12, "start", share.text()).cls("value");
      }
    }
    axis(root, x, bottom, new double[] {0, 25, 50, 75, 100}, " %");
    return svg;
  }

  private static void axis(Svg.Node root, Scale x, double y, double[] ticks, String unit) {
    Svg.Node axis = root.group("axis");
    axis.line(x.at(ticks[0]), y, x.at(ticks[ticks.length - 1]), y);
    for (double t : ticks) {
      axis.line(x.at(t), y, x.at(t), y + 5);
      String label = (t > 0 && !unit.equals(" %") && ticks[0] < 0 ? "+" : "") + Svg.number(t) + unit;
      axis.label(x.at(t), y + 18, "middle", label);
    }
  }

  /** A linear map from a domain to a pixel range. */
  record Scale(double from, double to, double left, double right) {
    double at(double v) {
      double clamped = Math.max(from, Math.min(to, v));
      return left + (clamped - from) / (to - from) * (right - left);
    }
  }
}
