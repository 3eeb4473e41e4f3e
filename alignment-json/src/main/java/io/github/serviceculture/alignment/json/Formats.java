package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.DATE;

import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.norms.Norms;
import io.github.serviceculture.alignment.scoring.Aggregation;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ReportComparison;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.ResponseSet;

/**
 * The codecs and documents of one reader configuration: those that resolve instruments depend on it.
 * The codec classes are referred to lazily ({@link Codec#lazy}), so that making a reader builds only
 * what its documents need.
 */
final class Formats {
  final Instruments instruments;
  final Codec<ResponseSet> responseSet;
  final Codec<Assessment> assessment;
  final Document<Organization> organizationDocument;
  final Document<Instrument> instrumentDocument;
  final Document<ResponseSet> responsesDocument;
  final Document<Assessment> assessmentDocument;
  final Document<ScoringPolicy> policyDocument;
  final Document<AlignmentReport> reportDocument;
  final Document<Norms> normsDocument;
  /** Written only ({@link AggregationCodec}). */
  final Document<Aggregation> aggregationDocument;
  final Document<ReportComparison> comparisonDocument;

  Formats(Instruments instruments) {
    this.instruments = instruments;
    this.responseSet = new ResponseSetCodec(instruments);
    this.assessment = assessment(responseSet, Codec.lazy(() -> ModelCodecs.ORGANIZATION))
        .optional("previousRelease", Codec.lazy(() -> ReportCodecs.LEDGER), Assessment::previousRelease,
            Assessment.Builder::previousRelease)
        .optional("headcounts", Codec.lazy(() -> SurveyCodecs.HEADCOUNTS), Assessment::headcounts,
            Assessment.Builder::headcounts)
        .build();
    this.organizationDocument = new Document<>("organization", Document.ORGANIZATION_FORMAT_VERSION,
            Codec.lazy(() -> ModelCodecs.ORGANIZATION))
        .alsoReads("1.0", Codec.lazy(() -> ModelCodecs.ORGANIZATION_1_0));
    this.instrumentDocument = new Document<>("instrument", Codec.lazy(() -> SurveyCodecs.INSTRUMENT));
    this.responsesDocument = new Document<>("responses", responseSet);
    // Assessments of 1.1 and 1.0 embed organizations of format 1.0; an assessment of format 1.0 has no
    // previous release, so reading it with the 1.0 table rejects one.
    Codec<Organization> practices10 = Codec.lazy(() -> ModelCodecs.ORGANIZATION_1_0);
    // An assessment of 1.2 has no headcounts; reading it with the 1.2 table rejects them.
    this.assessmentDocument = new Document<>("assessment", Document.ASSESSMENT_FORMAT_VERSION, assessment)
        .alsoReads("1.2", assessment(responseSet, Codec.lazy(() -> ModelCodecs.ORGANIZATION))
            .optional("previousRelease", Codec.lazy(() -> ReportCodecs.LEDGER), Assessment::previousRelease,
                Assessment.Builder::previousRelease)
            .build())
        .alsoReads("1.1", assessment(responseSet, practices10)
            .optional("previousRelease", Codec.lazy(() -> ReportCodecs.LEDGER), Assessment::previousRelease,
                Assessment.Builder::previousRelease)
            .build())
        .alsoReads("1.0", assessment(responseSet, practices10).build());
    this.policyDocument = new Document<>("policy", Codec.lazy(() -> PolicyCodecs.SCORING));
    this.reportDocument = new Document<>("report", Document.REPORT_FORMAT_VERSION,
            Codec.lazy(() -> ReportCodecs.REPORT))
        .alsoReads("1.4", Codec.lazy(() -> ReportCodecs.REPORT_1_4))
        .alsoReads("1.3", Codec.lazy(() -> ReportCodecs.REPORT_1_3))
        .alsoReads("1.2", Codec.lazy(() -> ReportCodecs.REPORT_1_2))
        .alsoReads("1.1", Codec.lazy(() -> ReportCodecs.REPORT_1_1))
        .refuses("1.0", "a 1.0 report cannot say why a perception figure is missing: assess again to get a "
            + Document.REPORT_FORMAT_VERSION + " report");
    this.aggregationDocument = new Document<>("aggregation", AggregationCodec.AGGREGATION);
    this.normsDocument = new Document<>("norms", Codec.lazy(() -> NormsCodecs.NORMS));
    this.comparisonDocument = new Document<>("comparison", ComparisonCodec.COMPARISON_FORMAT_VERSION,
        ComparisonCodec.COMPARISON);
  }

  /**
   * The properties of an assessment of format 1.0, which later versions add to, with the practices
   * of the organization format it embeds.
   */
  private static ObjectCodec.Builder<Assessment, Assessment.Builder> assessment(
      Codec<ResponseSet> responseSet, Codec<Organization> practices) {
    return ObjectCodec.of("Assessment", Assessment::builder, Assessment.Builder::build)
        .optional("assessedOn", DATE, Assessment::assessedOn, Assessment.Builder::assessedOn)
        .optional("practices", practices, Assessment::practices, Assessment.Builder::practices)
        .optional("responses", responseSet, Assessment::responses, Assessment.Builder::responses);
  }

}
