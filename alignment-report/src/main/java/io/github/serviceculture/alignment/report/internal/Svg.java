package io.github.serviceculture.alignment.report.internal;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small drawing layer: an SVG element tree that writes itself into a template as markup. Element
 * and attribute names come from this code and are checked to be plain names; attribute values and
 * text are escaped here ({@code & < > " '}), so a name from the input can never end an element, an
 * attribute or the SVG itself. Every chart carries a {@code <title>} and a {@code <desc>}, named by
 * {@code aria-labelledby}, so that it has a text alternative.
 *
 * <p>Not thread-safe while being built; immutable in use once handed to a template.
 */
final class Svg implements Content {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

  private final Node root;

  private Svg(Node root) {
    this.root = root;
  }

  /**
   * A chart of {@code width} × {@code height} user units, scaled to its container's width.
   *
   * @param id the element id, unique in the page; also the prefix of its title's and description's ids
   * @param title a short name of the chart
   * @param desc what the chart shows, in a sentence or two
   */
  static Svg chart(String id, int width, int height, String title, String desc) {
    Node svg = new Node("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("id", id)
        .attr("class", "chart").attr("viewBox", "0 0 " + width + " " + height).attr("role", "img")
        .attr("aria-labelledby", id + "-title " + id + "-desc");
    svg.add(new Node("title").attr("id", id + "-title").text(title));
    svg.add(new Node("desc").attr("id", id + "-desc").text(desc));
    return new Svg(svg);
  }

  /** The root element, to draw in. */
  Node root() {
    return root;
  }

  @Override
  public void writeTo(TemplateOutput output) {
    root.write(output);
  }

  @Override
  public String toString() {
    StringOutput out = new StringOutput();
    writeTo(out);
    return out.toString();
  }

  /** A number as an SVG coordinate: at most two decimals, no exponent, a dot whatever the locale. */
  static String number(double value) {
    // Hundredths, rounded half up as %.2f does, without a formatter: charts write thousands of these.
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    long whole = Math.abs(hundredths) / 100;
    int fraction = (int) (Math.abs(hundredths) % 100);
    StringBuilder s = new StringBuilder(12);
    if (hundredths < 0) {
      s.append('-');
    }
    s.append(whole);
    if (fraction != 0) {
      s.append('.').append(fraction / 10);
      if (fraction % 10 != 0) {
        s.append(fraction % 10);
      }
    }
    return s.toString();
  }

  /** Markup-escapes text for element content and for double-quoted attribute values alike. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          s.append("&amp;");
          break;
        case '<':
          s.append("&lt;");
          break;
        case '>':
          s.append("&gt;");
          break;
        case '"':
          s.append("&#34;");
          break;
        case '\'':
          s.append("&#39;");
          break;
        default:
          s.append(c);
      }
    }
    return s.toString();
  }

  /** One element: a name, attributes in the order given, then text or child elements. */
  static final class Node {
    private final String name;
    private final List<String[]> attributes = new ArrayList<>();
    private final List<Node> children = new ArrayList<>();
    private String text;

    Node(String name) {
      this.name = checkedName(name);
    }

    private static String checkedName(String name) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Svg: not an element or attribute name: " + name);
      }
      return name;
    }

    /** Sets an attribute; the value is escaped when written. */
    Node attr(String attribute, String value) {
      attributes.add(new String[] {checkedName(attribute), value});
      return this;
    }

    /** Sets a numeric attribute. */
    Node attr(String attribute, double value) {
      return attr(attribute, number(value));
    }

    /** Sets the class attribute. */
    Node cls(String value) {
      return attr("class", value);
    }

    /** Sets the element's text (escaped when written); an element has text or children, not both. */
    Node text(String value) {
      if (!children.isEmpty()) {
        throw new IllegalStateException("Svg: " + name + " has children; it cannot also hold text");
      }
      this.text = value;
      return this;
    }

    /** Adds a child and returns it. */
    Node add(Node child) {
      if (text != null) {
        throw new IllegalStateException("Svg: " + name + " holds text; it cannot also hold elements");
      }
      children.add(child);
      return child;
    }

    /** Adds a group. */
    Node group(String cls) {
      return add(new Node("g").cls(cls));
    }

    /** Adds a rectangle. */
    Node rect(double x, double y, double width, double height) {
      return add(new Node("rect").attr("x", x).attr("y", y).attr("width", Math.max(0, width))
          .attr("height", Math.max(0, height)));
    }

    /** Adds a line. */
    Node line(double x1, double y1, double x2, double y2) {
      return add(new Node("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2));
    }

    /** Adds a circle. */
    Node circle(double cx, double cy, double r) {
      return add(new Node("circle").attr("cx", cx).attr("cy", cy).attr("r", r));
    }

    /** Adds a polygon through the points (x0, y0, x1, y1, ...). */
    Node polygon(double... points) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < points.length; i += 2) {
        s.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
      }
      return add(new Node("polygon").attr("points", s.toString()));
    }

    /** Adds a text element at (x, y) with its anchor ({@code start}, {@code middle} or {@code end}). */
    Node label(double x, double y, String anchor, String value) {
      return add(new Node("text").attr("x", x).attr("y", y).attr("text-anchor", anchor).text(value));
    }

    /** Adds a tooltip and accessible name: a {@code <title>} child. */
    Node title(String value) {
      add(new Node("title").text(value));
      return this;
    }

    void write(TemplateOutput out) {
      StringBuilder s = new StringBuilder();
      s.append('<').append(name);
      for (String[] a : attributes) {
        s.append(' ').append(a[0]).append("=\"").append(escape(a[1])).append('"');
      }
      if (text == null && children.isEmpty()) {
        out.writeContent(s.append("/>").toString());
        return;
      }
      s.append('>');
      if (text != null) {
        s.append(escape(text));
      }
      out.writeContent(s.toString());
      for (Node child : children) {
        child.write(out);
      }
      out.writeContent("</" + name + ">");
    }
  }
}
