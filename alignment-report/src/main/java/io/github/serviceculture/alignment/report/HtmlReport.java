package io.github.serviceculture.alignment.report;

import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.github.serviceculture.alignment.InvalidValueException;
import io.github.serviceculture.alignment.report.internal.HtmlRenderer;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import java.io.Writer;
import java.util.List;

/**
 * An alignment report as one self-contained HTML page: inline CSS and inline SVG charts, no script,
 * no font, image or any other external request, and a Content-Security-Policy that allows nothing but
 * its own style sheet (by hash). It opens from a file or an e-mail attachment, prints on A4 or Letter,
 * and reads from a 360 px phone to a desktop.
 *
 * <p>In the order a reader needs them: the alignment index and the weakest point with its first step;
 * practice against perception per dimension over the bands' thresholds; a heat map of groups ×
 * dimensions, where a cell the report does not release is left blank and uncoloured and names its reason;
 * leaders against frontline as a forest plot with intervals; engagement by group; reliability and
 * agreement per dimension with what they mean for trusting the score; the top priorities; every finding
 * with its evidence and recommendation; and what the report was computed with.
 *
 * <p>Every chart has a {@code <title>} and {@code <desc>} and a table of the same figures after it;
 * colours are colour-blind safe (Okabe-Ito, viridis) and never the only cue. Every text from the input
 * (organization, groups, item and rule texts) is escaped for HTML, and control characters are shown as
 * {@code \xHH}.
 *
 * <pre>{@code
 * HtmlReport html = HtmlReport.of(policy);          // the policy the report was scored with
 * Files.writeString(Path.of("report.html"), html.render(report));
 * }</pre>
 *
 * <p>Immutable and thread-safe; share one instance.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  /**
   * The Content-Security-Policy the page declares in its {@code <meta>} tag: nothing may be loaded or
   * run, and the one inline style sheet is allowed by its SHA-256. A server that sends the page can send
   * the same value as a {@code Content-Security-Policy} header.
   */
  public static final String CONTENT_SECURITY_POLICY = HtmlRenderer.CSP;

  private static final HtmlReport DEFAULTS = new HtmlReport(ScoringPolicy.defaults());

  private final ScoringPolicy policy;

  private HtmlReport(ScoringPolicy policy) {
    this.policy = policy;
  }

  /**
   * The renderer for reports scored with {@link ScoringPolicy#defaults()}.
   *
   * @return the shared instance
   */
  public static HtmlReport withDefaults() {
    return DEFAULTS;
  }

  /**
   * The renderer for reports scored with {@code policy}, whose band thresholds, anonymity threshold and
   * rule thresholds the page shows beside the figures.
   *
   * @param policy the scoring policy of the reports to render
   * @return the renderer
   * @throws InvalidValueException if {@code policy} is null
   */
  public static HtmlReport of(ScoringPolicy policy) {
    if (policy == null) {
      throw new InvalidValueException("HtmlReport", "policy", null, "must not be null");
    }
    return new HtmlReport(policy);
  }

  /**
   * Renders a report as an HTML page.
   *
   * @param report the report
   * @return the page, a complete HTML document
   * @throws InvalidValueException if {@code report} is null
   */
  public String render(AlignmentReport report) {
    StringOutput out = new StringOutput(64 * 1024);
    HtmlRenderer.render(checked(report), policy, out);
    return out.toString();
  }

  /**
   * Renders a report as an HTML page into a writer, which is not closed. Encode it as UTF-8: the page
   * declares that charset.
   *
   * @param report the report
   * @param out where to write
   * @throws InvalidValueException if {@code report} or {@code out} is null
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(AlignmentReport report, Writer out) {
    if (out == null) {
      throw new InvalidValueException("HtmlReport", "out", null, "must not be null");
    }
    HtmlRenderer.render(checked(report), policy, new WriterOutput(out));
  }

  /**
   * Renders an index page of many organizations' pages: a heat map of organizations × dimensions (the
   * weakest organizations first, at most 60 rows), then every organization in two pre-sorted tables,
   * weakest first and by name, each name a link to its page. Same self-contained page as {@link #render}.
   *
   * @param entries one per organization, in any order
   * @return the page
   * @throws InvalidValueException if {@code entries} or one of them is null
   */
  public String renderIndex(List<IndexEntry> entries) {
    if (entries == null || entries.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidValueException("HtmlReport", "entries", null, "must not be or hold null");
    }
    StringOutput out = new StringOutput(16 * 1024);
    HtmlRenderer.renderIndex(List.copyOf(entries), out);
    return out.toString();
  }

  /**
   * Renders a comparison of two waves as one self-contained page like {@link #render}'s: the two waves
   * and the rule, a forest plot of the organization's change per dimension with its interval and the
   * table behind it, the changes of the groups reported in both waves, the dimensions not compared and
   * why, and the findings with their evidence.
   *
   * @param comparison the comparison
   * @return the page
   * @throws InvalidValueException if {@code comparison} is null
   * @since 0.1.0
   */
  public String renderComparison(ReportComparison comparison) {
    if (comparison == null) {
      throw new InvalidValueException("HtmlReport", "comparison", null, "must not be null");
    }
    StringOutput out = new StringOutput(16 * 1024);
    HtmlRenderer.renderComparison(comparison, out);
    return out.toString();
  }

  private static AlignmentReport checked(AlignmentReport report) {
    if (report == null) {
      throw new InvalidValueException("HtmlReport", "report", null, "must not be null");
    }
    return report;
  }
}
