package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.Module;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.Aggregation;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads and writes the library's documents as JSON: practices ({@link Organization}), {@link
 * Instrument}, responses ({@link ResponseSet}), {@link Assessment}, {@link ScoringPolicy} and
 * {@link AlignmentReport}, and {@link Norms}; writes {@link Aggregation} documents, which it does not
 * read.
 *
 * <pre>{@code
 * AlignmentJson json = AlignmentJson.withDefaults();
 * Assessment assessment = json.readAssessment(requestBody);
 * String reply = json.write(AlignmentEngine.withDefaults().assess(assessment));
 * }</pre>
 *
 * <p><b>Format.</b> Every document is an object {@code {"formatVersion": "1.0", "<kind>": {...}}}
 * whose kind is {@code organization}, {@code instrument}, {@code responses}, {@code assessment},
 * {@code policy}, {@code report}, {@code norms} or {@code aggregation}; the body's property names are
 * those of the Java accessors.
 * Each kind has its own version, and this library writes the latest of each: 1.0 ({@link
 * #formatVersion()}), but 1.1 for organizations ({@link #organizationFormatVersion()}), 1.3 for
 * assessments ({@link #assessmentFormatVersion()}) and 1.5 for reports ({@link
 * #reportFormatVersion()}).
 *
 * <p><b>None and not recorded.</b> In an organization (and the practices of an assessment), a
 * collection or optional that a rule reads is left out when it is not recorded, and rules report
 * such a fact as unknown; an empty array records that there is none ({@code "listeningChannels":
 * []}), and so do {@code "vision": "none"}, {@code "commitmentCheck": "none"}, {@code "gutCheck":
 * "none"} and {@code "sayNoListReviewedOn": "never"}, which rules judge as a real absence.
 *
 * <p><b>Earlier versions.</b> A version that only adds to the previous one is still read: a 1.0
 * organization, 1.2, 1.1 and 1.0 assessments (1.2 and earlier have no {@code headcounts}, 1.0 no
 * {@code previousRelease}), a 1.4 report (its item results have no {@code sd}, its perceptions no
 * {@code participation}), a 1.3 report (no
 * drivers analysis or {@code psychometrics}), a 1.2 report (its
 * findings have no {@code code} or {@code parameters}: a finding read from it has its rule id as
 * code) and a 1.1 report (no {@code ledger} either, and only the reasons of 1.1). Organization
 * format 1.0, which the practices of 1.1 and 1.0 assessments follow, wrote an empty array for every
 * empty collection, whether there was none or nobody had recorded it, so an empty array there reads
 * as not recorded, like a missing property, and its optionals cannot say "none". Each is read by the
 * rules of its own version, so a 1.2 report with a finding's {@code code} fails, and a 1.1 report
 * that gives a reason of 1.2 ({@code SUPPRESSED_COMPLEMENTARY}, {@code
 * SUPPRESSED_AGAINST_DIFFERENCING}) fails with {@link JsonDocumentException#UNKNOWN_ENUM_VALUE},
 * and one with a {@code ledger}, or a 1.0 assessment with a {@code previousRelease}, with {@link
 * JsonDocumentException#UNKNOWN_PROPERTY}. What is read back is written in the latest version. A
 * 1.0 report is rejected ({@link JsonDocumentException#UNSUPPORTED_FORMAT_VERSION}): it cannot tell
 * a suppressed figure from one that was not measured. JSON Schemas (draft 2020-12) for the latest
 * version of each kind ship in this jar under {@code META-INF/alignment/schemas/}. A response set
 * names its instrument either whole ({@code instrument}) or by reference ({@code "instrumentRef":
 * {"id": ..., "version": ...}}); this reader resolves references to the {@linkplain
 * io.github.serviceculture.alignment.survey.DefaultInstrument default instrument} and to those
 * added with {@link Builder#instrument}, and its writer sends those by reference.
 *
 * <p><b>Output</b> is canonical: properties in a fixed order, sets and maps sorted, numbers in the
 * shortest form that reads back to the same double on every JDK, absent optional values left out
 * (empty collections are written, except practices that are not recorded), undefined
 * statistics as {@code {"undefinedReason": ...}} and never NaN. Equal values give identical bytes.
 *
 * <p><b>Input</b> is read strictly. Unknown, repeated or missing properties, wrong types, nulls,
 * NaN and Infinity, content after the document, unknown enumeration values or items, answers
 * outside the scale and values that break an invariant are each rejected with a {@link
 * JsonDocumentException} that names the place (JSON pointer, line and column) and what was
 * expected, without quoting the input. A string with an unpaired surrogate escape such as
 * <code>"&#92;ud800"</code> is rejected ({@link JsonDocumentException#UNPAIRED_SURROGATE}), and the
 * writers throw the same exception for such a string rather than write {@code ?}. Limits: documents
 * up to {@link Builder#maxDocumentLength} bytes (64 MiB by default), nesting up to 32 levels,
 * strings up to 100,000 characters (but for the sealed text of a {@linkplain
 * io.github.serviceculture.alignment.perception.ReleaseLedger ledger}, which grows with the survey
 * and is bounded by the document's length only), property names up to 1,000 and numbers up to 100
 * characters. A ledger whose key id or sealed text is not of its form fails with {@link
 * JsonDocumentException#INVALID_VALUE}, and the sealed text is never quoted. No polymorphic typing
 * is involved anywhere.
 *
 * <p>Immutable and thread-safe: build one and share it. Methods throw {@link
 * java.io.UncheckedIOException} when a stream fails.
 *
 * @since 0.1.0
 */
public final class AlignmentJson {
  /** The longest array the JVM allocates reliably. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
  private static final AlignmentJson DEFAULTS = builder().build();

  private final Formats formats;
  private final Limits limits;
  private final JsonFactory factory;
  private final boolean prettyPrint;

  private AlignmentJson(Builder builder) {
    this.formats = new Formats(new Instruments(builder.instruments));
    this.limits = new Limits(builder.maxDocumentLength);
    this.prettyPrint = builder.prettyPrint;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(limits.readConstraints())
        .streamWriteConstraints(Limits.writeConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        // Jackson's own shortest-form writer: the same digits on JDK 17 as on later JDKs.
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        // Characters beyond the BMP as UTF-8, not as escaped surrogates: bytes equal the String form.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * Returns the shared reader and writer with default settings: compact output, the default
   * instrument known by reference, the default limits.
   *
   * @return the shared instance
   */
  public static AlignmentJson withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder for a configured reader and writer.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest string, in {@code char}s, that a reader accepts: a value longer than this is
   * rejected with {@link JsonDocumentException#LIMIT_EXCEEDED}. Code that builds values from other
   * input (such as the command-line tool from CSV cells) checks against it so that every document
   * written reads back.
   *
   * @return the limit, 100,000
   */
  public static int maxStringLength() {
    return Limits.MAX_STRING_LENGTH;
  }

  /**
   * The format version this library writes for instrument, responses and policy documents; it reads
   * this version only. Organizations, assessments and reports have their own, {@link
   * #organizationFormatVersion()}, {@link #assessmentFormatVersion()} and {@link
   * #reportFormatVersion()}.
   *
   * @return the version, {@code 1.0}
   */
  public static String formatVersion() {
    return Document.FORMAT_VERSION;
  }

  /**
   * The format version this library writes for organization documents. Format 1.1 tells a practice
   * recorded as none from one that is not recorded: a collection or optional a rule reads is left
   * out when not recorded, and an empty array (for {@code vision}, {@code commitmentCheck} and {@code
   * gutCheck} the string {@code "none"}, for {@code sayNoListReviewedOn} {@code "never"}) records none. A 1.0
   * organization is read as well: its empty arrays, which 1.0 wrote for every empty collection,
   * read as not recorded, and {@code "none"} or {@code "never"} in it fails; any other version is
   * rejected with {@link JsonDocumentException#UNSUPPORTED_FORMAT_VERSION}.
   *
   * @return the version, {@code 1.1}
   * @since 0.1.0
   */
  public static String organizationFormatVersion() {
    return Document.ORGANIZATION_FORMAT_VERSION;
  }

  /**
   * The format version this library writes for assessment documents. Format 1.1 added {@code
   * previousRelease}, the {@linkplain Assessment#previousRelease() ledger of the previous release}
   * of the same survey; 1.2 embeds its practices in {@linkplain #organizationFormatVersion()
   * organization format 1.1}; 1.3 adds {@code headcounts}, the {@linkplain Assessment#headcounts()
   * employer's headcounts} the report's response rates rest on. Assessments of 1.2, 1.1 and 1.0 are
   * read as well, those of 1.1 and 1.0 with their practices by the rules of organization format 1.0
   * (a {@code previousRelease} in a 1.0 assessment, or {@code headcounts} in one before 1.3, fails
   * with {@link JsonDocumentException#UNKNOWN_PROPERTY}); any other version is rejected with {@link
   * JsonDocumentException#UNSUPPORTED_FORMAT_VERSION}.
   *
   * @return the version, {@code 1.3}
   * @since 0.1.0
   */
  public static String assessmentFormatVersion() {
    return Document.ASSESSMENT_FORMAT_VERSION;
  }

  /**
   * The format version this library writes for report documents. Format 1.1 added why perception
   * figures are not reported ({@code notReported} of the perceptions and their groups, {@code
   * perceptionNotReported} of each dimension); 1.2 added the reasons of the disclosure guard ({@code
   * SUPPRESSED_COMPLEMENTARY} for groups, {@code SUPPRESSED_AGAINST_DIFFERENCING}) and the
   * perceptions' {@code ledger} ({@code {"keyId": ..., "sealed": ...}}), present when the report was
   * scored with a release key; 1.3 added each finding's {@code code} and {@code parameters} (see
   * {@link io.github.serviceculture.alignment.rules.Finding#code()}); 1.4 added the perceptions'
   * {@code drivers}, the drivers analysis of the policy's outcome, present when the policy names one,
   * and the optional {@code psychometrics} of the organization's figures (see {@link
   * io.github.serviceculture.alignment.perception.Psychometrics}), present only in reports scored
   * with {@link io.github.serviceculture.alignment.scoring.AlignmentEngine#withPsychometrics()}; 1.5
   * added each item result's {@code sd} (see {@link
   * io.github.serviceculture.alignment.perception.ItemResult#sd()}) and the perceptions' {@code
   * participation}, the response rates of a report scored with headcounts (see {@link
   * io.github.serviceculture.alignment.perception.Participation}).
   *
   * <p>1.4, 1.3, 1.2 and 1.1 reports are read as well, each by its own rules: an item result's
   * {@code sd} or a {@code participation} in a 1.4 report fails ({@link
   * JsonDocumentException#UNKNOWN_PROPERTY}), and an item
   * result read from one has no SD; {@code drivers} or
   * psychometrics in a 1.3 report fail ({@link JsonDocumentException#UNKNOWN_PROPERTY}); a finding's code or parameters
   * in a 1.2 report fail ({@link JsonDocumentException#UNKNOWN_PROPERTY}), and a finding read from
   * either has its rule id as code and no parameters. In a 1.1 report, a reason or a ledger that 1.1 did not have
   * fails ({@link JsonDocumentException#UNKNOWN_ENUM_VALUE}, {@link
   * JsonDocumentException#UNKNOWN_PROPERTY}). A 1.0 report is rejected with {@link
   * JsonDocumentException#UNSUPPORTED_FORMAT_VERSION}: without the reasons, a missing figure could
   * not be told apart from a dimension the instrument does not measure. Assess again to get a 1.5
   * report.
   *
   * @return the version, {@code 1.5}
   * @since 0.1.0
   */
  public static String reportFormatVersion() {
    return Document.REPORT_FORMAT_VERSION;
  }

  /**
   * Returns a Jackson module that maps the same types in an application's own {@code ObjectMapper},
   * with the instruments of this configuration. The module maps values, not documents: it neither
   * writes nor expects {@code formatVersion}.
   *
   * @return a new module
   */
  public Module module() {
    return new AlignmentModule(formats);
  }

  // ---- organization

  /**
   * Reads an organization document.
   *
   * @param json the document
   * @return the organization's practices
   * @throws JsonDocumentException if the document is not a valid organization document
   */
  public Organization readOrganization(String json) {
    return read(json, formats.organizationDocument);
  }

  /**
   * Reads an organization document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the organization's practices
   * @throws JsonDocumentException if the document is not a valid organization document
   */
  public Organization readOrganization(InputStream in) {
    return read(in, formats.organizationDocument);
  }

  /**
   * Writes an organization document.
   *
   * @param organization the practices
   * @return the document
   */
  public String write(Organization organization) {
    return write(organization, formats.organizationDocument);
  }

  /**
   * Writes an organization document as UTF-8; the stream is flushed, not closed.
   *
   * @param organization the practices
   * @param out where to write
   */
  public void write(Organization organization, OutputStream out) {
    write(organization, formats.organizationDocument, out);
  }

  // ---- instrument

  /**
   * Reads an instrument document.
   *
   * @param json the document
   * @return the instrument
   * @throws JsonDocumentException if the document is not a valid instrument document
   */
  public Instrument readInstrument(String json) {
    return read(json, formats.instrumentDocument);
  }

  /**
   * Reads an instrument document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the instrument
   * @throws JsonDocumentException if the document is not a valid instrument document
   */
  public Instrument readInstrument(InputStream in) {
    return read(in, formats.instrumentDocument);
  }

  /**
   * Writes an instrument document, always whole.
   *
   * @param instrument the instrument
   * @return the document
   */
  public String write(Instrument instrument) {
    return write(instrument, formats.instrumentDocument);
  }

  /**
   * Writes an instrument document as UTF-8; the stream is flushed, not closed.
   *
   * @param instrument the instrument
   * @param out where to write
   */
  public void write(Instrument instrument, OutputStream out) {
    write(instrument, formats.instrumentDocument, out);
  }

  // ---- responses

  /**
   * Reads a responses document; every answer is checked against the instrument.
   *
   * @param json the document
   * @return the response set
   * @throws JsonDocumentException if the document is not a valid responses document
   */
  public ResponseSet readResponses(String json) {
    return read(json, formats.responsesDocument);
  }

  /**
   * Reads a responses document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the response set
   * @throws JsonDocumentException if the document is not a valid responses document
   */
  public ResponseSet readResponses(InputStream in) {
    return read(in, formats.responsesDocument);
  }

  /**
   * Writes a responses document. The instrument is sent by reference when this reader knows it.
   *
   * @param responses the response set
   * @return the document
   */
  public String write(ResponseSet responses) {
    return write(responses, formats.responsesDocument);
  }

  /**
   * Writes a responses document as UTF-8; the stream is flushed, not closed.
   *
   * @param responses the response set
   * @param out where to write
   */
  public void write(ResponseSet responses, OutputStream out) {
    write(responses, formats.responsesDocument, out);
  }

  // ---- assessment

  /**
   * Reads an assessment document: practices, responses or both, the assessment date and, with
   * responses, the previous release's ledger. Format 1.1 or 1.0 ({@link
   * #assessmentFormatVersion()}).
   *
   * @param json the document
   * @return the assessment
   * @throws JsonDocumentException if the document is not a valid assessment document
   */
  public Assessment readAssessment(String json) {
    return read(json, formats.assessmentDocument);
  }

  /**
   * Reads an assessment document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the assessment
   * @throws JsonDocumentException if the document is not a valid assessment document
   */
  public Assessment readAssessment(InputStream in) {
    return read(in, formats.assessmentDocument);
  }

  /**
   * Writes an assessment document.
   *
   * @param assessment the assessment
   * @return the document
   */
  public String write(Assessment assessment) {
    return write(assessment, formats.assessmentDocument);
  }

  /**
   * Writes an assessment document as UTF-8; the stream is flushed, not closed.
   *
   * @param assessment the assessment
   * @param out where to write
   */
  public void write(Assessment assessment, OutputStream out) {
    write(assessment, formats.assessmentDocument, out);
  }

  /**
   * Reads a JSON Lines stream of assessment documents, one per line, lazily: each line is read,
   * parsed and dropped before the next, so memory stays bounded by the longest line allowed ({@link
   * Builder#maxDocumentLength}) whatever the stream's length. A bad line, including one over the
   * limit, becomes a rejected {@link JsonLine} and the stream goes on. Blank lines are skipped;
   * line numbers count them. The stream must be UTF-8; a leading byte order mark is ignored.
   *
   * <p>The returned stream reads from {@code in} as it is consumed and does not close it; it is
   * not thread-safe. I/O failures surface as {@link UncheckedIOException}.
   *
   * @param in the JSON Lines input
   * @return one element per non-blank line, in order
   */
  public Stream<JsonLine<Assessment>> readAssessmentLines(InputStream in) {
    Objects.requireNonNull(in, "in");
    return JsonLinesReader.lines(in, limits.maxDocumentLength(), (line, length, number) -> {
      try {
        return JsonLine.read(number, read(() -> factory.createParser(line, 0, length), formats.assessmentDocument));
      } catch (JsonDocumentException e) {
        return JsonLine.rejected(number, e.onStreamLine(number));
      }
    }, number -> JsonLine.rejected(number, tooLong().onStreamLine(number)));
  }

  // ---- policy

  /**
   * Reads a scoring policy document. Settings left out take their defaults.
   *
   * @param json the document
   * @return the policy
   * @throws JsonDocumentException if the document is not a valid policy document
   */
  public ScoringPolicy readPolicy(String json) {
    return read(json, formats.policyDocument);
  }

  /**
   * Reads a scoring policy document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the policy
   * @throws JsonDocumentException if the document is not a valid policy document
   */
  public ScoringPolicy readPolicy(InputStream in) {
    return read(in, formats.policyDocument);
  }

  /**
   * Writes a scoring policy document, naming every setting.
   *
   * @param policy the policy
   * @return the document
   */
  public String write(ScoringPolicy policy) {
    return write(policy, formats.policyDocument);
  }

  /**
   * Writes a scoring policy document as UTF-8; the stream is flushed, not closed.
   *
   * @param policy the policy
   * @param out where to write
   */
  public void write(ScoringPolicy policy, OutputStream out) {
    write(policy, formats.policyDocument, out);
  }

  // ---- report

  /**
   * Reads a report document of format 1.5, 1.4, 1.3, 1.2 or 1.1 ({@link #reportFormatVersion()}).
   *
   * @param json the document
   * @return the report
   * @throws JsonDocumentException if the document is not a valid report document
   */
  public AlignmentReport readReport(String json) {
    return read(json, formats.reportDocument);
  }

  /**
   * Reads a report document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the report
   * @throws JsonDocumentException if the document is not a valid report document
   */
  public AlignmentReport readReport(InputStream in) {
    return read(in, formats.reportDocument);
  }

  /**
   * Writes a report document, always of format {@link #reportFormatVersion()}; the perceptions'
   * ledger, if any, is written last.
   *
   * @param report the report
   * @return the document
   */
  public String write(AlignmentReport report) {
    return write(report, formats.reportDocument);
  }

  /**
   * Writes a report document as UTF-8; the stream is flushed, not closed.
   *
   * @param report the report
   * @param out where to write
   */
  public void write(AlignmentReport report, OutputStream out) {
    write(report, formats.reportDocument, out);
  }

  // ---- norms

  /**
   * Reads a norms document of format {@link #formatVersion()}.
   *
   * @param json the document
   * @return the norms
   * @throws JsonDocumentException if the document is not a valid norms document: percentiles not 101,
   *     out of 0 to 100 or out of order, or a norm of fewer organizations than the minimum, among others
   */
  public Norms readNorms(String json) {
    return read(json, formats.normsDocument);
  }

  /**
   * Reads a norms document from UTF-8 bytes; the stream is read to its end and not closed.
   *
   * @param in the document
   * @return the norms
   * @throws JsonDocumentException if the document is not a valid norms document
   */
  public Norms readNorms(InputStream in) {
    return read(in, formats.normsDocument);
  }

  /**
   * Writes a norms document of format {@link #formatVersion()}.
   *
   * @param norms the norms
   * @return the document
   */
  public String write(Norms norms) {
    return write(norms, formats.normsDocument);
  }

  /**
   * Writes a norms document as UTF-8; the stream is flushed, not closed.
   *
   * @param norms the norms
   * @param out where to write
   */
  public void write(Norms norms, OutputStream out) {
    write(norms, formats.normsDocument, out);
  }

  // ---- aggregation

  /**
   * Writes an aggregation document of format {@link #formatVersion()}: the instrument, the grouping
   * attribute when the units are groups, the number of units, and per dimension the ANOVA between units
   * ({@code icc}) and the distributions of rwg(j) and AD over them. It is an output for other programs,
   * described by {@code aggregation.schema.json}; this library does not read it back, since an
   * aggregation is computed from its reports ({@link Aggregation#of}).
   *
   * @param aggregation the aggregation
   * @return the document
   */
  public String write(Aggregation aggregation) {
    return write(aggregation, formats.aggregationDocument);
  }

  /**
   * Writes an aggregation document as UTF-8; the stream is flushed, not closed.
   *
   * @param aggregation the aggregation
   * @param out where to write
   */
  public void write(Aggregation aggregation, OutputStream out) {
    write(aggregation, formats.aggregationDocument, out);
  }

  // ---- comparison

  /**
   * The format version of the comparison documents this library writes ({@link
   * #write(ReportComparison)}).
   *
   * <p>1.1 added the items' changes ({@code itemChanges}, each change with its {@code itemId}) and the
   * items not compared ({@code itemsNotComparable}, item id to reason, with the reason {@code
   * SPREAD_NOT_REPORTED}).
   *
   * @return the version, {@code "1.1"}
   * @since 0.1.0
   */
  public static String comparisonFormatVersion() {
    return ComparisonCodec.COMPARISON_FORMAT_VERSION;
  }

  /**
   * Writes a comparison document of two waves, of format {@link #comparisonFormatVersion()}: the two
   * waves' metadata, the rule, the changes, the dimensions not comparable, the items' changes, the
   * items not comparable and the findings (schema
   * {@code comparison.schema.json}). A comparison is derived from its two reports, the documents to
   * keep, so there is no reader of comparisons.
   *
   * @param comparison the comparison
   * @return the document
   */
  public String write(ReportComparison comparison) {
    return write(comparison, formats.comparisonDocument);
  }

  /**
   * Writes a comparison document as UTF-8; the stream is flushed, not closed.
   *
   * @param comparison the comparison
   * @param out where to write
   */
  public void write(ReportComparison comparison, OutputStream out) {
    write(comparison, formats.comparisonDocument, out);
  }

  // ---- plumbing

  private <T> T read(String json, Document<T> document) {
    Objects.requireNonNull(json, "json");
    return read(() -> factory.createParser(json), document);
  }

  private <T> T read(InputStream in, Document<T> document) {
    Objects.requireNonNull(in, "in");
    Bytes bytes = readBounded(in);
    return read(() -> factory.createParser(bytes.array, 0, bytes.length), document);
  }

  /** The bytes read from a stream: the first {@code length} of {@code array}. */
  private static final class Bytes {
    final byte[] array;
    final int length;

    Bytes(byte[] array, int length) {
      this.array = array;
      this.length = length;
    }
  }

  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  private <T> T read(Source source, Document<T> document) {
    try {
      return readOnce(source, document);
    } catch (JsonDocumentException e) {
      if (!JsonDocumentException.DUPLICATE_PROPERTY.equals(e.code())) {
        throw e;
      }
      // The codecs stand in for Jackson's duplicate check (Repeats) and place a repeated name by its
      // plain spelling. Read once more with Jackson's own check, which places it exactly: a parser
      // wrapped in a delegate is not taken over. Only a document in error pays for this.
      return readOnce(() -> new JsonParserDelegate(source.open()), document);
    }
  }

  private <T> T readOnce(Source source, Document<T> document) {
    try {
      return parse(source, p -> document.read(p, null));
    } catch (Document.VersionNotFirst e) {
      String version = parse(source, document::checkVersion);
      return parse(source, p -> document.read(p, version));
    }
  }

  @FunctionalInterface
  private interface ParserAction<R> {
    R run(JsonParser p) throws IOException;
  }

  // Jackson errors become document errors with the parser at hand: constraint errors don't name it.
  private <R> R parse(Source source, ParserAction<R> action) {
    JsonParser opened;
    try {
      opened = source.open();
    } catch (JsonProcessingException e) {
      // A parser over a String or byte array checks the document length when it is created.
      throw Failures.fromJackson(e, null, limits);
    } catch (CharConversionException e) {
      // Creating a parser over bytes detects the encoding, and rejects a UCS-4 byte order it can't read.
      throw Failures.badEncoding(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JsonParser p = opened) {
      try {
        return action.run(p);
      } catch (JsonProcessingException e) {
        throw Failures.fromJackson(e, p, limits);
      } catch (CharConversionException e) {
        // Jackson reads UTF-16 and UTF-32 when the first bytes say so, and fails like this on bad units.
        throw Failures.badEncoding(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The whole document is needed in memory to look for a late formatVersion; the limit bounds it.
  // The buffer starts at the size the stream announces (all of a byte array's) and is handed to the
  // parser as it is: growing a ByteArrayOutputStream and copying it out cost about 6% of a read.
  private Bytes readBounded(InputStream in) {
    long max = limits.maxDocumentLength();
    // One byte over the limit is enough to tell that a document is too long.
    long cap = Math.min(max, MAX_ARRAY_LENGTH - 1L) + 1;
    try {
      byte[] array = new byte[(int) Math.min(cap, Math.max(8192, in.available() + 1L))];
      int length = 0;
      while (true) {
        if (length == array.length) {
          if (length == MAX_ARRAY_LENGTH) {
            throw new OutOfMemoryError("a document of more than " + MAX_ARRAY_LENGTH + " bytes");
          }
          array = Arrays.copyOf(array, (int) Math.min(cap, 2L * length));
        }
        int n = in.read(array, length, array.length - length);
        if (n < 0) {
          return new Bytes(array, length);
        }
        length += n;
        if (length > max) {
          throw tooLong();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonDocumentException tooLong() {
    return Failures.at("", JsonLocation.NA, JsonDocumentException.DOCUMENT_TOO_LARGE,
        limits.describe("document length"));
  }

  private <T> String write(T value, Document<T> document) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = configure(factory.createGenerator(out))) {
      document.write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private <T> void write(T value, Document<T> document, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = configure(factory.createGenerator(out, JsonEncoding.UTF8))) {
      document.write(value, g);
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonGenerator configure(JsonGenerator g) {
    if (prettyPrint) {
      // A fixed "\n", not the platform's line separator: output must not depend on the machine.
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter));
    }
    return g;
  }

  /**
   * Configures an {@link AlignmentJson}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Instrument> instruments = new ArrayList<>();
    private boolean prettyPrint;
    private long maxDocumentLength = Limits.DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /**
     * Makes an instrument known by reference, in addition to the default instrument: readers
     * resolve {@code instrumentRef} to it and writers send it by reference. A later instrument with
     * the same id and version replaces an earlier one.
     *
     * @param instrument the instrument
     * @return this builder
     */
    public Builder instrument(Instrument instrument) {
      instruments.add(Objects.requireNonNull(instrument, "instrument"));
      return this;
    }

    /**
     * Whether to write indented output, two spaces per level and {@code \n} line ends, instead of a
     * single line. Either way the output is canonical.
     *
     * @param prettyPrint true for indented output; false by default
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Sets the longest document this reader accepts, and for JSON Lines the longest line.
     *
     * @param bytes the limit in bytes; positive; 64 MiB by default
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Builder maxDocumentLength(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive, was " + bytes);
      }
      this.maxDocumentLength = bytes;
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return the configured instance
     */
    public AlignmentJson build() {
      return new AlignmentJson(this);
    }
  }

}
