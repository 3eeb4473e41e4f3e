package io.github.serviceculture.alignment.report;

import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.stats.Estimate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One organization's line of an index page ({@link HtmlReport#renderIndex}): its name, alignment index,
 * weakest dimension and alignment score per dimension, and the relative link to its own page. It keeps
 * only those figures, not the report, so that an index of many organizations stays small.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IndexEntry {
  private static final Pattern LINK = Pattern.compile("(?!.*\\.\\.)[A-Za-z0-9_][A-Za-z0-9._/-]{0,499}");

  private final String organization;
  private final Estimate alignmentIndex;
  private final Optional<Dimension> weakest;
  private final Map<Dimension, Estimate> scores;
  private final int respondents;
  private final int findings;
  private final String link;

  private IndexEntry(AlignmentReport report, String link) {
    this.organization = report.metadata().organization().orElse("");
    this.alignmentIndex = report.alignmentIndex();
    this.weakest = report.weakestDimension();
    Map<Dimension, Estimate> byDimension = new EnumMap<>(Dimension.class);
    for (DimensionResult d : report.dimensions()) {
      byDimension.put(d.dimension(), d.alignmentScore());
    }
    this.scores = byDimension;
    this.respondents = report.metadata().respondentCount();
    this.findings = report.findings().size();
    this.link = link;
  }

  /**
   * The index line of a report whose own page is at {@code link}.
   *
   * @param report the report
   * @param link the page's path relative to the index, such as {@code reports/acme.html}: letters, digits,
   *     {@code . _ - /}, no {@code ..}, not starting with {@code /}, {@code .} or {@code -}, at most 500
   *     characters (so that it can only name a file beside or below the index)
   * @return the entry
   * @throws InvalidValueException if {@code report} is null or {@code link} is null or not such a path
   */
  public static IndexEntry of(AlignmentReport report, String link) {
    if (report == null) {
      throw new InvalidValueException("IndexEntry", "report", null, "must not be null");
    }
    if (link == null || !LINK.matcher(link).matches()) {
      throw new InvalidValueException("IndexEntry", "link", null,
          "must be a relative path of letters, digits, '.', '_', '-' and '/', without '..'");
    }
    return new IndexEntry(report, link);
  }

  /**
   * The organization's name, as the report gives it.
   *
   * @return the name, empty for a report of a survey alone
   */
  public String organization() {
    return organization;
  }

  /**
   * The report's alignment index.
   *
   * @return the index
   */
  public Estimate alignmentIndex() {
    return alignmentIndex;
  }

  /**
   * The report's weakest dimension.
   *
   * @return the dimension, or empty when no dimension has a score
   */
  public Optional<Dimension> weakestDimension() {
    return weakest;
  }

  /**
   * The alignment score of a dimension.
   *
   * @param dimension the dimension
   * @return its score, undefined when the report has none
   */
  public Estimate alignmentScore(Dimension dimension) {
    Estimate e = scores.get(dimension);
    return e == null ? Estimate.undefined(io.github.serviceculture.alignment.stats.UndefinedReason.NO_DATA) : e;
  }

  /**
   * The number of respondents in the report's survey.
   *
   * @return the count
   */
  public int respondents() {
    return respondents;
  }

  /**
   * The number of findings in the report.
   *
   * @return the count
   */
  public int findings() {
    return findings;
  }

  /**
   * The link to the organization's page, relative to the index.
   *
   * @return the link
   */
  public String link() {
    return link;
  }
}
