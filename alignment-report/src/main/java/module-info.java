/**
 * Renderers of an alignment report for people: {@link
 * io.github.serviceculture.alignment.report.TextReport} (plain text for a terminal or a log-free
 * printout) and {@link io.github.serviceculture.alignment.report.HtmlReport} (one self-contained HTML
 * file, inline CSS and SVG, no script and no external request). Templates are compiled at build
 * time, so rendering needs no compiler.
 */
module io.github.serviceculture.alignment.report {
  requires transitive io.github.serviceculture.alignment;
  requires gg.jte.runtime;
  // The precompiled templates carry @javax.annotation.processing.Generated; not needed at run time.
  requires static java.compiler;

  exports io.github.serviceculture.alignment.report;
}
