package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.DOUBLE;
import static io.github.serviceculture.alignment.json.Codecs.INT;
import static io.github.serviceculture.alignment.json.Codecs.STRING;
import static io.github.serviceculture.alignment.json.Codecs.enumMap;
import static io.github.serviceculture.alignment.json.Codecs.list;
import static io.github.serviceculture.alignment.json.Codecs.stringMap;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.norms.Norm;
import io.github.serviceculture.alignment.norms.Norms;
import java.util.List;
import java.util.Map;

/** Norms documents. Norms have no public builders; their parts are gathered here and passed to {@code of}. */
final class NormsCodecs {
  private NormsCodecs() {}

  private static final class NormParts {
    int organizations;
    List<Double> percentiles;

    Norm build() {
      return Norm.of(organizations, percentiles);
    }
  }

  static final Codec<Norm> NORM = ObjectCodec.of("Norm", NormParts::new, NormParts::build)
      .required("organizations", INT, Norm::organizations, (b, v) -> b.organizations = v)
      .required("percentiles", list(DOUBLE), Norm::percentiles, (b, v) -> b.percentiles = v)
      .build();

  private static final class NormsParts {
    String instrumentId;
    String instrumentVersion;
    int minimumOrganizations;
    Map<Dimension, Norm> dimensions;
    Map<String, Norm> items;

    Norms build() {
      return Norms.of(instrumentId, instrumentVersion, minimumOrganizations, dimensions, items);
    }
  }

  static final Codec<Norms> NORMS = ObjectCodec.of("Norms", NormsParts::new, NormsParts::build)
      .required("instrumentId", STRING, Norms::instrumentId, (b, v) -> b.instrumentId = v)
      .required("instrumentVersion", STRING, Norms::instrumentVersion, (b, v) -> b.instrumentVersion = v)
      .required("minimumOrganizations", INT, Norms::minimumOrganizations, (b, v) -> b.minimumOrganizations = v)
      .required("dimensions", enumMap(Dimension.class, NORM), Norms::dimensions, (b, v) -> b.dimensions = v)
      .required("items", stringMap(NORM), Norms::items, (b, v) -> b.items = v)
      .build();
}
