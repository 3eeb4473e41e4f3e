package io.github.serviceculture.alignment.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.survey.ResponseSet;
import io.github.serviceculture.alignment.testing.ModelGenerators;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaAgreementPropertiesTest {
  private static final AlignmentJson JSON = AlignmentJson.withDefaults();

  @Test
  void everyWrittenOrganizationIsValidAgainstTheSchemaAndReadsBackEqual() {
    qt().withExamples(300).forAll(ModelGenerators.organizations()).checkAssert(organization -> {
      String document = JSON.write(organization);
      assertEquals(Set.of(), Schemas.validate("organization", document), document);
      assertEquals(organization, JSON.readOrganization(document));
    });
  }

  @Test
  void everyWrittenSurveyIsValidAgainstTheResponsesAndAssessmentSchemas() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 30), doubles().between(-1.5, 1.5))
        .checkAssert((seed, respondents, shift) -> {
          ResponseSet responses = SurveyFixtures.generated(seed, respondents, shift);
          String document = JSON.write(responses);
          assertEquals(Set.of(), Schemas.validate("responses", document));
          assertEquals(Set.of(), Schemas.validate("assessment",
              JSON.write(Assessment.builder().responses(responses).build())));
        });
  }

  @Test
  void everyReportTheEngineWritesIsValidAgainstTheReportSchema() {
    qt().withExamples(30)
        .forAll(ModelGenerators.organizations(), longs().all(), integers().between(0, 60))
        .checkAssert((Organization practices, Long seed, Integer respondents) -> {
          Assessment.Builder assessment = Assessment.builder().practices(practices);
          if (respondents > 0) {
            assessment.responses(SurveyFixtures.generated(seed, respondents, 0.5));
          }
          String document = JSON.write(AlignmentEngine.withDefaults().assess(assessment.build()));
          assertEquals(Set.of(), Schemas.validate("report", document), document);
        });
  }
}
