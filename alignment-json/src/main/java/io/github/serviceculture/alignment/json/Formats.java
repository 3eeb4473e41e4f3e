package io.github.serviceculture.alignment.json;

import static io.github.serviceculture.alignment.json.Codecs.DATE;

import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
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

  Formats(Instruments instruments) {
    this.instruments = instruments;
    this.responseSet = new ResponseSetCodec(instruments);
    this.assessment = ObjectCodec.of("Assessment", Assessment::builder, Assessment.Builder::build)
        .optional("assessedOn", DATE, Assessment::assessedOn, Assessment.Builder::assessedOn)
        .optional("practices", Codec.lazy(() -> ModelCodecs.ORGANIZATION), Assessment::practices,
            Assessment.Builder::practices)
        .optional("responses", responseSet, Assessment::responses, Assessment.Builder::responses)
        .build();
    this.organizationDocument = new Document<>("organization", Codec.lazy(() -> ModelCodecs.ORGANIZATION));
    this.instrumentDocument = new Document<>("instrument", Codec.lazy(() -> SurveyCodecs.INSTRUMENT));
    this.responsesDocument = new Document<>("responses", responseSet);
    this.assessmentDocument = new Document<>("assessment", assessment);
    this.policyDocument = new Document<>("policy", Codec.lazy(() -> PolicyCodecs.SCORING));
    this.reportDocument = new Document<>("report", Document.REPORT_FORMAT_VERSION, Codec.lazy(() -> ReportCodecs.REPORT));
  }

}
