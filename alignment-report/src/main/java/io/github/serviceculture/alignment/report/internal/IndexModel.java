package io.github.serviceculture.alignment.report.internal;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.report.IndexEntry;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** What the index template shows: organizations × dimensions, and the organizations in two orders. */
final class IndexModel {
  /** Rows of the heat map at most: past that a chart is no longer read, and the tables list everyone. */
  static final int HEAT_MAP_ROWS = 60;

  record Row(String organization, String link, String index, String weakest, String respondents,
      String findings) {}

  final String title;
  final int count;
  final Svg heatMap;
  final boolean heatMapCut;
  final List<Row> byIndex;
  final List<Row> byName;

  IndexModel(List<IndexEntry> entries) {
    count = entries.size();
    title = "Alignment reports: " + count + (count == 1 ? " organization" : " organizations");
    Comparator<IndexEntry> weakestFirst = Comparator
        .comparingDouble((IndexEntry e) -> e.alignmentIndex().orElse(Double.POSITIVE_INFINITY))
        .thenComparing(IndexEntry::organization);
    List<IndexEntry> sortedByIndex = entries.stream().sorted(weakestFirst).collect(Collectors.toList());
    List<IndexEntry> sortedByName = entries.stream().sorted(Comparator
        .comparing((IndexEntry e) -> e.organization().toLowerCase(Locale.ROOT))
        .thenComparing(IndexEntry::organization)).collect(Collectors.toList());
    byIndex = sortedByIndex.stream().map(IndexModel::row).collect(Collectors.toList());
    byName = sortedByName.stream().map(IndexModel::row).collect(Collectors.toList());

    List<String> columns = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      columns.add(HtmlModel.title(d));
    }
    List<Charts.HeatRow> rows = new ArrayList<>();
    boolean missing = false;
    for (IndexEntry e : sortedByIndex.subList(0, Math.min(HEAT_MAP_ROWS, sortedByIndex.size()))) {
      List<Charts.Cell> cells = new ArrayList<>();
      for (Dimension d : Dimension.values()) {
        Estimate score = e.alignmentScore(d);
        if (score.isDefined()) {
          cells.add(new Charts.Cell(OptionalDouble.of(score.value()), "", ""));
        } else {
          cells.add(new Charts.Cell(OptionalDouble.empty(), "-", "no alignment score"));
          missing = true;
        }
      }
      String name = name(e);
      rows.add(new Charts.HeatRow(HtmlModel.cut(name, Charts.LABEL_CHARS), name, cells));
    }
    heatMapCut = sortedByIndex.size() > HEAT_MAP_ROWS;
    heatMap = entries.isEmpty() ? null : Charts.heatMap("index-heat-map", "Alignment score by organization and dimension",
        "Each row is an organization, the weakest (lowest alignment index) first; each column a dimension. A cell "
            + "shows the alignment score (0 to 100), darker for lower scores. The tables after the chart list "
            + "every organization.", columns, rows,
        missing ? List.of(new Charts.Code("-", "No alignment score: neither practices nor a survey to score"))
            : List.of());
  }

  private static Row row(IndexEntry e) {
    return new Row(name(e), e.link(), e.alignmentIndex().isDefined()
        ? String.format(Locale.ROOT, "%.0f", e.alignmentIndex().value()) : "-",
        e.weakestDimension().map(HtmlModel::title).orElse("-"), String.valueOf(e.respondents()),
        String.valueOf(e.findings()));
  }

  private static String name(IndexEntry e) {
    return e.organization().isEmpty() ? "(survey only)" : Plain.visible(e.organization());
  }
}
