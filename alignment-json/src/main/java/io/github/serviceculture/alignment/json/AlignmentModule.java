package io.github.serviceculture.alignment.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.serviceculture.alignment.model.CommitmentCheck;
import io.github.serviceculture.alignment.model.DraftingGroup;
import io.github.serviceculture.alignment.model.EmpowermentPolicy;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GutCheck;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.LeadershipPractice;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ProfileTrait;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.model.TrainingProgram;
import io.github.serviceculture.alignment.model.TurnoverFigures;
import io.github.serviceculture.alignment.perception.EngagementShare;
import io.github.serviceculture.alignment.perception.GroupDifferences;
import io.github.serviceculture.alignment.perception.GroupPerception;
import io.github.serviceculture.alignment.perception.ItemStatistics;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.Psychometrics;
import io.github.serviceculture.alignment.perception.PerceptionGap;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.perception.PerceptionReport;
import io.github.serviceculture.alignment.perception.ReleaseLedger;
import io.github.serviceculture.alignment.rules.Evidence;
import io.github.serviceculture.alignment.rules.Finding;
import io.github.serviceculture.alignment.rules.RuleThresholds;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.DimensionResult;
import io.github.serviceculture.alignment.scoring.ReportMetadata;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * A Jackson module that maps the library's values (practices, instruments, responses, assessments,
 * policies and reports) in an application's own {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new AlignmentModule()).build();
 * Organization practices = mapper.readValue(body, Organization.class);
 * }</pre>
 *
 * <p>It is also found by {@code ObjectMapper.findAndRegisterModules()} through {@link
 * java.util.ServiceLoader}. Values have the same JSON shape as the bodies of {@link AlignmentJson}'s
 * documents, without the document's {@code formatVersion}; their reading is equally strict whatever
 * the mapper's settings, and bad input fails with {@link JsonDocumentException} (which Jackson may
 * wrap in its own exception). Instrument references resolve to the default instrument; use {@link
 * AlignmentJson#module()} for a module that knows more instruments.
 *
 * <p>Immutable once registered; thread-safe.
 *
 * @since 0.1.0
 */
public final class AlignmentModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with the default instrument known by reference. */
  public AlignmentModule() {
    this(new Formats(Instruments.DEFAULT));
  }

  AlignmentModule(Formats formats) {
    super("AlignmentModule", libraryVersion());
    add(Organization.class, () -> ModelCodecs.ORGANIZATION);
    add(ServiceVision.class, () -> ModelCodecs.VISION);
    add(DraftingGroup.class, () -> ModelCodecs.DRAFTING_GROUP);
    add(GutCheck.class, () -> ModelCodecs.GUT_CHECK);
    add(Goal.class, () -> ModelCodecs.GOAL);
    add(HiringPractice.class, () -> ModelCodecs.HIRING);
    add(ProfileTrait.class, () -> ModelCodecs.PROFILE_TRAIT);
    add(CommitmentCheck.class, () -> ModelCodecs.COMMITMENT_CHECK);
    add(TurnoverFigures.class, () -> ModelCodecs.TURNOVER);
    add(TrainingProgram.class, () -> ModelCodecs.TRAINING);
    add(EmpowermentPolicy.class, () -> ModelCodecs.EMPOWERMENT);
    add(LeadershipPractice.class, () -> ModelCodecs.LEADERSHIP);
    add(Scale.class, () -> SurveyCodecs.SCALE);
    add(Item.class, () -> SurveyCodecs.ITEM);
    add(Instrument.class, () -> SurveyCodecs.INSTRUMENT);
    add(Respondent.class, () -> SurveyCodecs.RESPONDENT);
    add(Response.class, () -> SurveyCodecs.RESPONSE);
    add(ResponseSet.class, formats.responseSet);
    add(Assessment.class, formats.assessment);
    add(PerceptionPolicy.class, () -> PolicyCodecs.PERCEPTION);
    add(RuleThresholds.class, () -> PolicyCodecs.THRESHOLDS);
    add(ScoringPolicy.class, () -> PolicyCodecs.SCORING);
    add(Estimate.class, Codecs.ESTIMATE);
    add(PerceptionFigures.class, () -> ReportCodecs.FIGURES);
    add(Psychometrics.class, () -> ReportCodecs.PSYCHOMETRICS);
    add(ItemStatistics.class, () -> ReportCodecs.ITEM_STATISTICS);
    add(EngagementShare.class, () -> ReportCodecs.ENGAGEMENT);
    add(GroupPerception.class, () -> ReportCodecs.GROUP);
    add(PerceptionGap.class, () -> ReportCodecs.GAP);
    add(GroupDifferences.class, () -> ReportCodecs.DIFFERENCES);
    add(PerceptionReport.class, () -> ReportCodecs.PERCEPTIONS);
    add(ReleaseLedger.class, () -> ReportCodecs.LEDGER);
    add(Evidence.class, () -> ReportCodecs.EVIDENCE);
    add(Finding.class, () -> ReportCodecs.FINDING);
    add(DimensionResult.class, () -> ReportCodecs.DIMENSION);
    add(ReportMetadata.class, () -> ReportCodecs.METADATA);
    add(AlignmentReport.class, () -> ReportCodecs.REPORT);
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  /** Registers a codec of a codec class, which is initialized when a value of one of its kinds is first read or written. */
  private <T> void add(Class<T> type, Supplier<Codec<T>> codec) {
    add(type, Codec.lazy(codec));
  }

  private static Version libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = AlignmentModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version", "0.0.0"),
        "io.github.serviceculture", "alignment-json");
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      codec.write(value, g);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      try {
        // With strict duplicate detection, keep Jackson's check (Repeats takes over no delegate):
        // an application's parser cannot be read a second time to place a repeated name exactly.
        return codec.read(p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
            ? new JsonParserDelegate(p) : p);
      } catch (DatabindException e) {
        throw e;
      } catch (JsonProcessingException e) {
        // A parser error inside one of our values: Jackson's message would quote the input.
        throw Failures.fromJackson(e, p, null);
      } catch (CharConversionException e) {
        throw Failures.badEncoding(p);
      }
    }
  }
}
