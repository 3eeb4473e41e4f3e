package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.ESTIMATE;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.serviceculture.alignment.scoring.AgreementDistribution;
import io.github.serviceculture.alignment.scoring.Aggregation;
import io.github.serviceculture.alignment.scoring.DimensionAggregation;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.Icc;
import java.io.IOException;

/**
 * The body of an aggregation document. Written only: an aggregation is a result computed from reports,
 * and a reader of it would need public constructors for every part, so the document is for R, pandas and
 * other programs, described by its schema, and never read back here (see {@link AlignmentJson#write(
 * Aggregation)}).
 */
final class AggregationCodec implements Codec<Aggregation> {
  static final AggregationCodec AGGREGATION = new AggregationCodec();

  private AggregationCodec() {}

  @Override
  public Aggregation read(JsonParser p) {
    // No public method reads this kind; Document needs a body codec for both directions.
    throw new UnsupportedOperationException("aggregation documents are written, not read");
  }

  @Override
  public void write(Aggregation value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("instrumentId", value.instrument().id());
    g.writeStringField("instrumentVersion", value.instrument().version());
    if (value.attribute().isPresent()) {
      g.writeStringField("attribute", value.attribute().get());
    }
    g.writeNumberField("units", value.units());
    g.writeArrayFieldStart("dimensions");
    for (DimensionAggregation d : value.dimensions()) {
      g.writeStartObject();
      g.writeStringField("dimension", d.dimension().name());
      g.writeNumberField("units", d.units());
      g.writeFieldName("icc");
      icc(d.icc(), g);
      g.writeFieldName("rwgJ");
      distribution(d.rwgJ(), g);
      g.writeFieldName("ad");
      distribution(d.ad(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void icc(Icc icc, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("n", icc.n());
    g.writeNumberField("groupCount", icc.groupCount());
    estimate("meanGroupSize", icc.meanGroupSize(), g);
    estimate("msb", icc.msb(), g);
    estimate("msw", icc.msw(), g);
    estimate("f", icc.f(), g);
    estimate("p", icc.p(), g);
    estimate("icc1", icc.icc1(), g);
    estimate("icc2", icc.icc2(), g);
    g.writeEndObject();
  }

  private static void distribution(AgreementDistribution distribution, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("units", distribution.units());
    estimate("mean", distribution.mean(), g);
    estimate("median", distribution.median(), g);
    g.writeNumberField("cutoff", distribution.cutoff());
    g.writeBooleanField("agreeingAtOrAbove", distribution.agreeingAtOrAbove());
    estimate("shareAgreeing", distribution.shareAgreeing(), g);
    g.writeEndObject();
  }

  private static void estimate(String name, Estimate estimate, JsonGenerator g) throws IOException {
    g.writeFieldName(name);
    ESTIMATE.write(estimate, g);
  }
}
