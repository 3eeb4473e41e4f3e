package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Frequency;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.rules.RuleThresholds;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.survey.Scale;
import io.github.serviceculture.alignment.testing.ModelGenerators;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Write then read gives an equal value, and read then write gives the same bytes, for every document
 * type, in compact and pretty form and through streams.
 */
class RoundTripPropertiesTest {
  private static final AlignmentJson COMPACT = AlignmentJson.withDefaults();
  private static final AlignmentJson PRETTY = AlignmentJson.builder().prettyPrint(true).build();

  /** Any text a person might type, beyond ASCII: quotes, backslashes, controls, emoji; never a lone surrogate. */
  static Gen<String> anyText() {
    Gen<Integer> codePoint = integers().between(1, 0x10FFFF).map(c -> c >= 0xD800 && c <= 0xDFFF ? c - 0x800 : c);
    Gen<Integer> special = integers().between(0, 6).map(i -> (int) "\"\\\n\t/\u0001\u2028".charAt(i));
    Gen<Integer> mixed = in -> booleans().all().generate(in) ? codePoint.generate(in) : special.generate(in);
    return lists().of(mixed).ofSizeBetween(0, 12).map(cps -> {
      StringBuilder s = new StringBuilder("x");
      cps.forEach(s::appendCodePoint);
      return s.toString();
    });
  }

  /** Finite doubles of every magnitude, including those whose shortest form differs between JDKs. */
  static Gen<Double> anyPositiveDouble() {
    Gen<Double> awkward = integers().between(0, 5).map(i -> new double[] {
        2.0E-3, 1.0E23, 0.1 + 0.2, 4.9E-324, 1.7976931348623157E308, 9.999999999999999E22}[i]);
    Gen<Double> any = doubles().between(Double.MIN_VALUE, Double.MAX_VALUE);
    return in -> booleans().all().generate(in) ? any.generate(in) : awkward.generate(in);
  }

  static Gen<Instrument> instruments() {
    return in -> {
      int lowest = integers().between(-2, 2).generate(in);
      int highest = lowest + integers().between(1, 9).generate(in);
      Scale.Builder scale = Scale.builder().lowest(lowest).highest(highest);
      if (booleans().all().generate(in)) {
        for (int code = lowest; code <= highest; code++) {
          scale.addLabel(anyText().generate(in));
        }
      }
      if (booleans().all().generate(in)) {
        scale.dontKnowCode(highest + integers().between(1, 10).generate(in));
      }
      List<Item> items = new ArrayList<>();
      for (Dimension dimension : Dimension.values()) {
        if (booleans().all().generate(in) && dimension != Dimension.VISION) {
          continue;
        }
        int count = integers().between(2, 3).generate(in);
        for (int i = 0; i < count; i++) {
          Item.Builder item = Item.builder().id(dimension.name().charAt(0) + "_" + items.size())
              .dimension(dimension).text(anyText().generate(in)).reverseKeyed(booleans().all().generate(in));
          if (booleans().all().generate(in)) {
            item.weight(anyPositiveDouble().generate(in));
          }
          ModelGenerators.optional(anyText()).generate(in).ifPresent(item::probes);
          items.add(item.build());
        }
      }
      if (booleans().all().generate(in)) {
        items.add(Item.builder().id("ENG_1").dimension(Dimension.VISION).text(anyText().generate(in))
            .engagementQuestion(EngagementQuestion.values()[integers().between(0, 2).generate(in)]).build());
      }
      return Instrument.builder().id("custom-" + integers().between(0, 99).generate(in))
          .version(integers().between(1, 9).generate(in) + ".0").scale(scale.build()).items(items).build();
    };
  }

  /** Responses to a generated instrument: random answers, gaps, don't-knows and respondent attributes. */
  static Gen<ResponseSet> responseSets() {
    return in -> {
      Instrument instrument = instruments().generate(in);
      Scale scale = instrument.scale();
      int n = integers().between(0, 12).generate(in);
      List<Response> responses = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        Respondent.Builder respondent = Respondent.builder().id("r" + r + anyText().generate(in));
        ModelGenerators.optional(integers().between(0, Level.values().length - 1)).generate(in)
            .ifPresent(i -> respondent.level(Level.values()[i]));
        ModelGenerators.optional(anyText()).generate(in).ifPresent(respondent::department);
        ModelGenerators.optional(booleans().all()).generate(in).ifPresent(respondent::customerFacing);
        if (booleans().all().generate(in)) {
          respondent.putAttribute("site", anyText().generate(in));
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
          int pick = integers().between(0, 9).generate(in);
          if (pick == 0) {
            continue;
          }
          answers.put(item.id(), pick == 1 && scale.dontKnowCode().isPresent()
              ? scale.dontKnowCode().getAsInt()
              : integers().between(scale.lowest(), scale.highest()).generate(in));
        }
        responses.add(Response.of(respondent.build(), answers));
      }
      return ResponseSet.of(instrument, responses);
    };
  }

  static Gen<ScoringPolicy> policies() {
    return in -> {
      double aligned = doubles().between(0, 100).generate(in);
      Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        if (booleans().all().generate(in)) {
          weights.put(d, anyPositiveDouble().generate(in));
        }
      }
      PerceptionPolicy.Builder perception = PerceptionPolicy.builder()
          .minimumAnsweredShare(doubles().between(0.01, 1).generate(in))
          .anonymityThreshold(integers().between(3, 50).generate(in))
          .groupBy(List.of("level", "site"))
          .confidenceLevel(doubles().between(0.5, 0.999).generate(in));
      if (booleans().all().generate(in)) {
        perception.agreementNullVariance(anyPositiveDouble().generate(in));
      }
      int minSize = integers().between(1, 10).generate(in);
      return ScoringPolicy.builder()
          .perception(perception.build())
          .thresholds(RuleThresholds.builder()
              .visionMaxWords(integers().between(1, 60).generate(in))
              .visionMinReadingEase(doubles().between(-50, 120).generate(in))
              .draftingGroupMinSize(minSize)
              .draftingGroupMaxSize(minSize + integers().between(0, 10).generate(in))
              .gutCheckMinPercent(doubles().between(0, 100).generate(in))
              .visionDiscussionMinFrequency(Frequency.values()[integers().between(0, Frequency.values().length - 1)
                  .generate(in)])
              .sharedPerceptionMinRwgJ(doubles().between(0, 1).generate(in))
              .build())
          .practiceWeight(doubles().between(0, 1).generate(in))
          .alignedAt(aligned)
          .driftingAt(doubles().between(0, aligned).generate(in))
          .dimensionWeights(weights)
          .disabledRules(lists().of(integers().between(0, 3).map(i -> List.of(
              "VISION.GUT_CHECK", "GOALS.SMART", "HIRING.TURNOVER", "TRAINING.EVERYONE").get(i)))
              .ofSizeBetween(0, 3).generate(in))
          .build();
    };
  }

  static Gen<Assessment> assessments() {
    return in -> {
      int kind = integers().between(0, 2).generate(in);
      Assessment.Builder assessment = Assessment.builder();
      if (kind != 1) {
        assessment.practices(organizations().generate(in));
      }
      if (kind != 0) {
        assessment.responses(booleans().all().generate(in)
            ? SurveyFixtures.generated(longs().all().generate(in), integers().between(0, 30).generate(in), 10)
            : responseSets().generate(in));
      }
      if (booleans().all().generate(in)) {
        assessment.assessedOn(LocalDate.of(2000, 1, 1).plusDays(integers().between(0, 20_000).generate(in)));
      }
      return assessment.build();
    };
  }

  static Gen<Organization> organizations() {
    return in -> {
      Organization organization = ModelGenerators.organizations().generate(in);
      return booleans().all().generate(in) ? organization.withName(anyText().generate(in)) : organization;
    };
  }

  /** Reports of real scoring runs: practices, surveys large enough for groups, and their findings. */
  static Gen<AlignmentReport> reports() {
    return in -> {
      Assessment.Builder assessment = Assessment.builder()
          .practices(organizations().generate(in))
          .assessedOn(LocalDate.of(2026, 11, 23));
      if (booleans().all().generate(in)) {
        assessment.responses(SurveyFixtures.generated(longs().all().generate(in),
            integers().between(1, 60).generate(in), doubles().between(-30, 30).generate(in)));
      }
      return AlignmentEngine.withDefaults().assess(assessment.build());
    };
  }

  private static <T> void assertRoundTrip(T value, Function<T, String> write, Function<String, T> read) {
    String written = write.apply(value);
    T back = read.apply(written);
    assertEquals(value, back);
    assertEquals(written, write.apply(back), "read then write must give the same bytes");
  }

  @Test
  void organizationsSurviveWriteAndRead() {
    qt().withExamples(200).forAll(organizations()).checkAssert(organization -> {
      assertRoundTrip(organization, COMPACT::write, COMPACT::readOrganization);
      assertRoundTrip(organization, PRETTY::write, PRETTY::readOrganization);
    });
  }

  @Test
  void instrumentsSurviveWriteAndRead() {
    qt().withExamples(200).forAll(instruments()).checkAssert(instrument -> {
      assertRoundTrip(instrument, COMPACT::write, COMPACT::readInstrument);
      assertRoundTrip(instrument, PRETTY::write, PRETTY::readInstrument);
    });
  }

  @Test
  void responseSetsSurviveWriteAndRead() {
    qt().withExamples(200).forAll(responseSets()).checkAssert(responses -> {
      assertRoundTrip(responses, COMPACT::write, COMPACT::readResponses);
      assertRoundTrip(responses, PRETTY::write, PRETTY::readResponses);
    });
  }

  @Test
  void assessmentsSurviveWriteAndRead() {
    qt().withExamples(150).forAll(assessments()).checkAssert(assessment -> {
      assertRoundTrip(assessment, COMPACT::write, COMPACT::readAssessment);
      assertRoundTrip(assessment, PRETTY::write, PRETTY::readAssessment);
    });
  }

  @Test
  void policiesSurviveWriteAndRead() {
    qt().withExamples(300).forAll(policies()).checkAssert(policy -> {
      assertRoundTrip(policy, COMPACT::write, COMPACT::readPolicy);
      assertRoundTrip(policy, PRETTY::write, PRETTY::readPolicy);
    });
  }

  @Test
  void reportsSurviveWriteAndRead() {
    qt().withExamples(60).forAll(reports()).checkAssert(report -> {
      assertRoundTrip(report, COMPACT::write, COMPACT::readReport);
      assertRoundTrip(report, PRETTY::write, PRETTY::readReport);
    });
  }

  @Test
  void compactAndPrettyFormsReadToTheSameValue() {
    qt().withExamples(100).forAll(assessments()).checkAssert(assessment -> assertEquals(
        COMPACT.readAssessment(PRETTY.write(assessment)), PRETTY.readAssessment(COMPACT.write(assessment))));
  }

  @Test
  void streamsCarryTheSameBytesAsStrings() {
    qt().withExamples(100).forAll(assessments()).checkAssert(assessment -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      COMPACT.write(assessment, out);
      assertEquals(COMPACT.write(assessment), out.toString(StandardCharsets.UTF_8));
      assertEquals(assessment, COMPACT.readAssessment(new ByteArrayInputStream(out.toByteArray())));
    });
  }

  @Test
  void equalValuesBuiltInDifferentOrdersGiveIdenticalBytes() {
    qt().withExamples(100).forAll(policies()).checkAssert(policy -> {
      Map<Dimension, Double> reversed = new LinkedHashMap<>();
      List<Dimension> keys = new ArrayList<>(policy.dimensionWeights().keySet());
      for (int i = keys.size() - 1; i >= 0; i--) {
        reversed.put(keys.get(i), policy.dimensionWeights().get(keys.get(i)));
      }
      List<String> rules = new ArrayList<>(policy.disabledRules());
      java.util.Collections.reverse(rules);
      ScoringPolicy reordered = policy.withDimensionWeights(reversed).withDisabledRules(rules);
      assertEquals(COMPACT.write(policy), COMPACT.write(reordered));
    });
  }

  @Test
  void oneLineDocumentsStayOnOneLine() {
    qt().withExamples(100).forAll(assessments()).checkAssert(assessment ->
        assertEquals(Optional.empty(), COMPACT.write(assessment).chars().filter(c -> c == '\n').boxed().findAny()));
  }
}
