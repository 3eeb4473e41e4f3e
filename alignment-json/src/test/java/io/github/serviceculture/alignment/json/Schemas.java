package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the shipped JSON Schemas with the networknt validator, offline: the schemas' ids map to
 * {@code classpath:META-INF/alignment/schemas/}, the 2020-12 meta-schema comes with the validator, and
 * nothing outside the classpath may be loaded.
 */
final class Schemas {
  static final String BASE = "https://serviceculture.github.io/alignment/schemas/1.0/";
  /** Organizations are format 1.1, so their schema's id is under 1.1; it refers to the 1.0 definitions. */
  static final String ORGANIZATION_BASE = "https://serviceculture.github.io/alignment/schemas/1.1/";
  /**
   * Assessments are format 1.3, so their schema's id is under 1.3; it refers to the 1.1 organization
   * and the 1.0 responses and definitions.
   */
  static final String ASSESSMENT_BASE = "https://serviceculture.github.io/alignment/schemas/1.3/";
  /** Reports are format 1.5, so their schema's id is under 1.5; it refers to the 1.0 definitions. */
  static final String REPORT_BASE = "https://serviceculture.github.io/alignment/schemas/1.5/";
  /** Comparisons are format 1.1, so their schema's id is under 1.1; it refers to the 1.0 definitions. */
  static final String COMPARISON_BASE = "https://serviceculture.github.io/alignment/schemas/1.1/";
  static final String RESOURCES = "META-INF/alignment/schemas/";
  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
  static final List<String> KINDS = List.of("organization", "instrument", "responses", "assessment", "policy", "report",
      "norms");
  static final List<String> FILES = List.of("organization.schema.json", "instrument.schema.json",
      "responses.schema.json", "assessment.schema.json", "policy.schema.json", "report.schema.json",
      "norms.schema.json", "aggregation.schema.json", "comparison.schema.json", "defs.schema.json");

  static final ObjectMapper MAPPER = new ObjectMapper();

  static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(VersionFlag.V202012, builder -> builder
      .schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:" + RESOURCES)
          .mapPrefix(ORGANIZATION_BASE, "classpath:" + RESOURCES)
          .mapPrefix(ASSESSMENT_BASE, "classpath:" + RESOURCES)
          .mapPrefix(REPORT_BASE, "classpath:" + RESOURCES))
      .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));

  // In 2020-12 "format" only annotates unless asked to assert; the reader checks dates, so do we.
  static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final Map<String, JsonSchema> BY_KIND = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema of a document kind, with every reference resolved. */
  static JsonSchema of(String kind) {
    return BY_KIND.computeIfAbsent(kind, k -> {
      JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(id(k + ".schema.json")), CONFIG);
      schema.initializeValidators();
      return schema;
    });
  }

  /** The id of a shipped schema file: under the version of its document kind. */
  static String id(String file) {
    switch (file) {
      case "report.schema.json":
        return REPORT_BASE + file;
      case "assessment.schema.json":
        return ASSESSMENT_BASE + file;
      case "organization.schema.json":
        return ORGANIZATION_BASE + file;
      case "comparison.schema.json":
        return COMPARISON_BASE + file;
      default:
        return BASE + file;
    }
  }

  /** The schema's complaints about a document of the given kind; empty when it is valid. */
  static Set<ValidationMessage> validate(String kind, String document) {
    return of(kind).validate(tree(document));
  }

  /** A schema file as shipped. */
  static JsonNode file(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/" + RESOURCES + name)) {
      if (in == null) {
        throw new AssertionError("no schema " + RESOURCES + name + " on the classpath");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
