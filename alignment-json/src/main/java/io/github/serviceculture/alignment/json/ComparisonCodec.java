package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.scoring.Change;
import io.github.serviceculture.alignment.scoring.NotComparableReason;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.stats.Estimate;
import java.io.IOException;
import java.util.Map;

/**
 * The body of a comparison document. Written only, as aggregations are: a comparison is derived from
 * two reports, which are the documents to keep, and a reader would need public constructors for every
 * part. Properties come in a fixed order, estimates as a value or the reason there is none.
 */
final class ComparisonCodec implements Codec<ReportComparison> {
  /**
   * The format version of comparison documents: 1.1 added the items' changes ({@code itemChanges},
   * each change with its {@code itemId}) and the items not compared ({@code itemsNotComparable}).
   */
  static final String COMPARISON_FORMAT_VERSION = "1.1";

  static final ComparisonCodec COMPARISON = new ComparisonCodec();

  private ComparisonCodec() {}

  @Override
  public ReportComparison read(JsonParser p) {
    // No public method reads this kind; Document needs a body codec for both directions.
    throw new UnsupportedOperationException("comparison documents are written, not read");
  }

  @Override
  public void write(ReportComparison c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (c.organization().isPresent()) {
      g.writeStringField("organization", c.organization().get());
    }
    g.writeFieldName("before");
    wave(c.before(), g);
    g.writeFieldName("after");
    wave(c.after(), g);
    g.writeObjectFieldStart("rule");
    g.writeNumberField("minimumPoints", c.rule().minimumPoints());
    g.writeNumberField("level", c.rule().level());
    g.writeEndObject();
    g.writeArrayFieldStart("changes");
    for (Change change : c.changes()) {
      change(change, g);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("notComparable");
    for (Map.Entry<Dimension, NotComparableReason> e : c.notComparable().entrySet()) {
      g.writeStringField(e.getKey().name(), e.getValue().name());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("itemChanges");
    for (Change change : c.itemChanges()) {
      change(change, g);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("itemsNotComparable");
    for (Map.Entry<String, NotComparableReason> e : c.itemsNotComparable().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue().name());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding finding : c.findings()) {
      ReportCodecs.FINDING.write(finding, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void wave(ReportMetadata m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (m.assessedOn().isPresent()) {
      g.writeStringField("assessedOn", m.assessedOn().get().toString());
    }
    if (m.instrumentId().isPresent()) {
      g.writeStringField("instrumentId", m.instrumentId().get());
    }
    if (m.instrumentVersion().isPresent()) {
      g.writeStringField("instrumentVersion", m.instrumentVersion().get());
    }
    g.writeNumberField("respondentCount", m.respondentCount());
    g.writeStringField("policyFingerprint", m.policyFingerprint());
    g.writeStringField("libraryVersion", m.libraryVersion());
    g.writeEndObject();
  }

  private static void change(Change c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("dimension", c.dimension().name());
    if (c.itemId().isPresent()) {
      g.writeStringField("itemId", c.itemId().get());
    }
    if (c.attribute().isPresent()) {
      g.writeStringField("attribute", c.attribute().get());
      g.writeStringField("group", c.group().orElseThrow());
    }
    g.writeNumberField("beforeN", c.beforeN());
    g.writeNumberField("afterN", c.afterN());
    estimate("beforeScore", c.beforeScore(), g);
    estimate("afterScore", c.afterScore(), g);
    estimate("change", c.change(), g);
    estimate("lower", c.lower(), g);
    estimate("upper", c.upper(), g);
    estimate("degreesOfFreedom", c.degreesOfFreedom(), g);
    estimate("cohensD", c.cohensD(), g);
    g.writeStringField("verdict", c.verdict().name());
    g.writeEndObject();
  }

  private static void estimate(String name, Estimate value, JsonGenerator g) throws IOException {
    g.writeFieldName(name);
    Codecs.ESTIMATE.write(value, g);
  }
}
