package io.github.serviceculture.alignment.report.internal;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import io.github.serviceculture.alignment.report.IndexEntry;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Renders the HTML report through the precompiled template ({@code src/main/jte/report.jte}, compiled
 * to Java at build time), with jte's HTML output that escapes every value for the context it is written
 * in. Not part of the API: the module does not export this package.
 */
public final class HtmlRenderer {
  private static final String CSS = css();

  /**
   * The page's Content-Security-Policy: nothing may be loaded or run (no script, font, image, frame or
   * connection), and the one inline style sheet is allowed by its hash, not by allowing inline styles.
   */
  public static final String CSP = "default-src 'none'; style-src '" + hash(CSS) + "'; img-src data:; "
      + "base-uri 'none'; form-action 'none'";

  private HtmlRenderer() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param policy the policy it was scored with, for the bands' thresholds
   * @param out where the page goes
   */
  public static void render(AlignmentReport report, ScoringPolicy policy, TemplateOutput out) {
    HtmlModel model = new HtmlModel(report, policy);
    Content css = output -> output.writeContent(CSS);
    JtereportGenerated.render(new OwaspHtmlTemplateOutput(out), null, model, css, CSP);
  }

  /**
   * Renders an index of reports.
   *
   * @param entries one per organization, in any order
   * @param out where the page goes
   */
  public static void renderIndex(List<IndexEntry> entries, TemplateOutput out) {
    Content css = output -> output.writeContent(CSS);
    JteindexGenerated.render(new OwaspHtmlTemplateOutput(out), null, new IndexModel(entries), css, CSP);
  }

  /**
   * Renders a comparison of two waves.
   *
   * @param comparison the comparison
   * @param out where the page goes
   */
  public static void renderComparison(ReportComparison comparison, TemplateOutput out) {
    Content css = output -> output.writeContent(CSS);
    JtecomparisonGenerated.render(new OwaspHtmlTemplateOutput(out), null, new ComparisonModel(comparison), css, CSP);
  }

  private static String css() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("HtmlRenderer: report.css is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(String css) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
