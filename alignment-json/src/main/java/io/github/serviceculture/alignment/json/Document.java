package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One document type: {@code {"formatVersion": "1.0", "<kind>": <body>}}. The version is checked
 * before the body is read, so that a document of a later format fails on its version rather than on
 * a property this reader has never heard of, and so that the body is read by the codec of its own
 * version. Each kind has its own version; a reader writes the latest and reads the earlier ones
 * it was {@linkplain #alsoReads given}.
 */
final class Document<T> {
  /** The format version of instrument, responses and policy documents. */
  static final String FORMAT_VERSION = "1.0";
  /**
   * The format version of organization documents: 1.1 tells a practice recorded as none from one
   * not recorded. A 1.0 organization is still read, its empty arrays as not recorded.
   */
  static final String ORGANIZATION_FORMAT_VERSION = "1.1";
  /**
   * The format version of assessment documents: 1.1 added the previous release's ledger, 1.2 the
   * practices of organization format 1.1, 1.3 the employer's headcounts. Assessments of 1.2, 1.1 and
   * 1.0 are still read, those of 1.1 and 1.0 with their practices by the rules of organization
   * format 1.0.
   */
  static final String ASSESSMENT_FORMAT_VERSION = "1.3";
  /**
   * The format version of report documents: 1.1 added the reasons why perception figures are not
   * reported, 1.2 the reasons of the disclosure guard and the release ledger, 1.3 each finding's
   * code and parameters, 1.4 item results and favourable shares, the drivers analysis of the
   * perceptions, the report's standings among norms and the organization's optional psychometrics,
   * 1.5 each item result's SD and the perceptions' response rates ({@code participation}). 1.4, 1.3, 1.2 and 1.1 reports are still read; a 1.0 report is not,
   * since it cannot say why a figure is missing.
   */
  static final String REPORT_FORMAT_VERSION = "1.5";
  static final String VERSION_PROPERTY = "formatVersion";

  private final String kind;
  private final String version;
  /** The body's codec by version read, the written version first, then earlier ones. */
  private final Map<String, Codec<T>> bodies = new LinkedHashMap<>();
  private final Map<String, String> refused = new LinkedHashMap<>();

  Document(String kind, Codec<T> body) {
    this(kind, FORMAT_VERSION, body);
  }

  Document(String kind, String version, Codec<T> body) {
    this.kind = kind;
    this.version = version;
    bodies.put(version, body);
  }

  /** Also reads documents of an earlier version, with that version's codec. Only while building. */
  Document<T> alsoReads(String earlier, Codec<T> body) {
    bodies.put(earlier, body);
    return this;
  }

  /** Rejects documents of an earlier version with the reason why. Only while building. */
  Document<T> refuses(String earlier, String why) {
    refused.put(earlier, why);
    return this;
  }

  /** Thrown by {@link #read} when the version is not the first property and must be found first. */
  static final class VersionNotFirst extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VersionNotFirst() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the document. With {@code checkedVersion} null, the version must be the first property or
   * {@link VersionNotFirst} is thrown; the caller then runs {@link #checkVersion} on a fresh parser
   * and reads again with the version it returned.
   */
  T read(JsonParser p, @Nullable String checkedVersion) throws IOException {
    if (p.nextToken() == null) {
      throw Failures.at(p, JsonDocumentException.MALFORMED_JSON, "is empty; expected a JSON document");
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object with formatVersion and " + kind);
    }
    JsonLocation start = p.currentTokenLocation();
    boolean versionSeen = false;
    Codec<T> body = checkedVersion == null ? null : bodies.get(checkedVersion);
    T value = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      if (VERSION_PROPERTY.equals(name)) {
        if (versionSeen) {
          throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
        }
        versionSeen = true;
        p.nextToken();
        body = bodies.get(checkVersionValue(p));
      } else if (body == null) {
        throw new VersionNotFirst();
      } else if (kind.equals(name)) {
        if (value != null) {
          throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
        }
        p.nextToken();
        value = body.read(p);
      } else {
        throw Failures.at(p, JsonDocumentException.UNKNOWN_PROPERTY,
            "is not a property of " + Failures.withArticle(kind) + " document; allowed: " + VERSION_PROPERTY
                + ", " + kind);
      }
    }
    if (!versionSeen) {
      throw Failures.at("", start, JsonDocumentException.MISSING_FORMAT_VERSION,
          "the document must name its formatVersion (" + version + ")");
    }
    if (value == null) {
      throw Failures.at("/" + kind, start, JsonDocumentException.MISSING_PROPERTY, "the document requires " + kind);
    }
    if (p.nextToken() != null) {
      throw Failures.at(p, JsonDocumentException.MALFORMED_JSON, "has content after the end of the document");
    }
    return value;
  }

  /**
   * Finds the version among the top-level properties, skipping everything else, and checks it.
   *
   * @return the version, one this document reads
   */
  String checkVersion(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object with formatVersion");
    }
    JsonLocation start = p.currentTokenLocation();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      boolean isVersion = VERSION_PROPERTY.equals(p.currentName());
      p.nextToken();
      if (isVersion) {
        return checkVersionValue(p);
      }
      p.skipChildren();
    }
    throw Failures.at("", start, JsonDocumentException.MISSING_FORMAT_VERSION,
        "the document must name its formatVersion (" + version + ")");
  }

  private String checkVersionValue(JsonParser p) throws IOException {
    String read = Codecs.STRING.read(p);
    if (bodies.containsKey(read)) {
      return read;
    }
    // The versions named are ours, so naming them quotes nothing confidential.
    List<String> versions = bodies.keySet().stream().sorted().toList();
    String known = bodies.size() == 1 ? "formatVersion " + version
        : kind + " formatVersion " + String.join(", ", versions.subList(0, versions.size() - 1)) + " and "
            + versions.get(versions.size() - 1);
    String why = refused.get(read);
    if (why != null) {
      throw Failures.at(p, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION,
          "this reader knows " + known + " only; " + why);
    }
    throw Failures.at(p, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION,
        "this reader knows " + known + " only; upgrade the library to read later versions");
  }

  void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField(VERSION_PROPERTY, version);
    g.writeFieldName(kind);
    bodies.get(version).write(value, g);
    g.writeEndObject();
  }
}
