package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * One document type: {@code {"formatVersion": "1.0", "<kind>": <body>}}. The version is checked
 * before the body is read, so that a document of a later format fails on its version rather than on
 * a property this reader has never heard of. Each kind has its own version, and a reader reads its
 * own version only.
 */
final class Document<T> {
  /** The format version this library writes for every kind but the report. */
  static final String FORMAT_VERSION = "1.0";
  /**
   * The format version of report documents: 1.1 added the reasons why perception figures are not
   * reported. A 1.0 report is not read, since it cannot say why a figure is missing.
   */
  static final String REPORT_FORMAT_VERSION = "1.1";
  static final String VERSION_PROPERTY = "formatVersion";

  private final String kind;
  private final String version;
  private final Codec<T> body;

  Document(String kind, Codec<T> body) {
    this(kind, FORMAT_VERSION, body);
  }

  Document(String kind, String version, Codec<T> body) {
    this.kind = kind;
    this.version = version;
    this.body = body;
  }

  /** Thrown by {@link #read} when the version is not the first property and must be found first. */
  static final class VersionNotFirst extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VersionNotFirst() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the document. With {@code versionChecked} false, the version must be the first property
   * or {@link VersionNotFirst} is thrown; the caller then runs {@link #checkVersion} on a fresh
   * parser and reads again with {@code versionChecked} true.
   */
  T read(JsonParser p, boolean versionChecked) throws IOException {
    if (p.nextToken() == null) {
      throw Failures.at(p, JsonDocumentException.MALFORMED_JSON, "is empty; expected a JSON document");
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object with formatVersion and " + kind);
    }
    JsonLocation start = p.currentTokenLocation();
    boolean versionSeen = false;
    T value = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      if (VERSION_PROPERTY.equals(name)) {
        if (versionSeen) {
          throw Failures.at(p, JsonDocumentException.DUPLICATE_PROPERTY, "names a property twice");
        }
        versionSeen = true;
        p.nextToken();
        checkVersionValue(p, version);
      } else if (!versionSeen && !versionChecked) {
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

  /** Finds the version among the top-level properties, skipping everything else, and checks it. */
  void checkVersion(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw Failures.wrongType(p, "an object with formatVersion");
    }
    JsonLocation start = p.currentTokenLocation();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      boolean isVersion = VERSION_PROPERTY.equals(p.currentName());
      p.nextToken();
      if (isVersion) {
        checkVersionValue(p, version);
        return;
      }
      p.skipChildren();
    }
    throw Failures.at("", start, JsonDocumentException.MISSING_FORMAT_VERSION,
        "the document must name its formatVersion (" + version + ")");
  }

  private static void checkVersionValue(JsonParser p, String expected) throws IOException {
    String version = Codecs.STRING.read(p);
    if (expected.equals(version)) {
      return;
    }
    // The version is one of ours, so naming it quotes nothing confidential.
    if (REPORT_FORMAT_VERSION.equals(expected) && FORMAT_VERSION.equals(version)) {
      throw Failures.at(p, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION,
          "this reader knows report formatVersion " + expected + " only; a 1.0 report cannot say why a "
              + "perception figure is missing: assess again to get a " + expected + " report");
    }
    throw Failures.at(p, JsonDocumentException.UNSUPPORTED_FORMAT_VERSION,
        "this reader knows formatVersion " + expected + " only; upgrade the library to read later versions");
  }

  void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField(VERSION_PROPERTY, version);
    g.writeFieldName(kind);
    body.write(value, g);
    g.writeEndObject();
  }
}
