package io.github.serviceculture.alignment.report;

import io.github.serviceculture.alignment.model.Cadence;
import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.GoalFocus;
import io.github.serviceculture.alignment.model.GoalScope;
import io.github.serviceculture.alignment.model.Incentive;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.model.MetricKind;
import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.model.ServiceVision;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Headcounts;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Reports to render in tests: a realistic one, and one whose every name from the input is hostile. */
final class SampleReports {
  /** Names that break HTML, SVG or a terminal if they reach the output unescaped. */
  static final String HOSTILE_ORGANIZATION = "Acme <script>alert('org')</script> & \"Sons\" </svg></title>\u0007";
  static final String HOSTILE_DEPARTMENT = "<img src=x onerror=alert(1)>\"'</svg><b>dept";
  static final String HOSTILE_SMALL_DEPARTMENT = "</desc></svg><script>alert(2)</script>";
  static final String BIG_DEPARTMENT = "stores";
  static final String PARTIAL_DEPARTMENT = "e-commerce";

  private SampleReports() {}

  /** A retailer with practices and a survey of 240, where one department is hidden for one dimension. */
  static AlignmentReport sample() {
    return report("Larkspur Outfitters", BIG_DEPARTMENT, "support", null, 240);
  }

  /** The same shape with hostile names for the organization, a goal and two departments. */
  static AlignmentReport hostile() {
    return report(HOSTILE_ORGANIZATION, BIG_DEPARTMENT, HOSTILE_DEPARTMENT, HOSTILE_SMALL_DEPARTMENT, 240);
  }

  /** {@link #hostile()} with harmless names of the same kinds: the same data, so the same page structure. */
  static AlignmentReport harmlessTwin() {
    return report("Acme and Sons", BIG_DEPARTMENT, "warehouse", "tiny", 240);
  }

  private static AlignmentReport report(String name, String big, String other, @Nullable String small, int n) {
    Organization org = Organization.builder()
        .name(name)
        .vision(ServiceVision.of("Make it easy <b>to</b> join the clean vehicle movement"))
        .addGoal(Goal.builder().statement("Each agent <script>x</script> who averages 95% CSAT earns a $100 bonus")
            .metricKind(MetricKind.CUSTOMER_SATISFACTION).target(95).cadence(Cadence.MONTHLY)
            .scope(GoalScope.INDIVIDUAL).focus(GoalFocus.CUSTOMER_OUTCOME).incentive(Incentive.MONETARY).build())
        .build();
    return AlignmentEngine.withDefaults().assess(Assessment.builder().practices(org)
        .responses(survey(n, big, other, small)).assessedOn(LocalDate.of(2026, 11, 23)).build());
  }

  /**
   * The sample's survey alone, scored with a drivers analysis of {@code outcome} (an item id, or a
   * respondent attribute that then holds each respondent's answer to ENG_MEANING plus one).
   */
  static AlignmentReport withDrivers(String outcome, int respondents) {
    ResponseSet survey = survey(respondents, BIG_DEPARTMENT, "support", null);
    if (survey.instrument().item(outcome).isEmpty()) {
      List<Response> responses = new ArrayList<>();
      for (Response r : survey.responses()) {
        Integer a = r.answers().get("ENG_MEANING");
        responses.add(Response.of(a == null ? r.respondent()
            : r.respondent().withAttributes(Map.of(outcome, String.valueOf(a + 1))), r.answers()));
      }
      survey = ResponseSet.of(survey.instrument(), responses);
    }
    ScoringPolicy policy = ScoringPolicy.builder()
        .perception(PerceptionPolicy.builder().driversOutcome(outcome).build()).build();
    return AlignmentEngine.of(policy).assess(Assessment.builder().responses(survey)
        .assessedOn(LocalDate.of(2026, 11, 23)).build());
  }

  /**
   * The hostile sample's survey alone, scored with headcounts: the organization's (300), the big
   * department's (200), the hostile one's (90), the small hostile one's (4; its 3 respondents are under
   * the threshold, so its rate is withheld) and one where nobody answered (5).
   */
  static AlignmentReport withHeadcounts() {
    ResponseSet survey = survey(240, BIG_DEPARTMENT, HOSTILE_DEPARTMENT, HOSTILE_SMALL_DEPARTMENT);
    Headcounts headcounts = Headcounts.ofOrganization(300).withGroup(Respondent.DEPARTMENT, BIG_DEPARTMENT, 200)
        .withGroup(Respondent.DEPARTMENT, HOSTILE_DEPARTMENT, 90)
        .withGroup(Respondent.DEPARTMENT, HOSTILE_SMALL_DEPARTMENT, 4)
        .withGroup(Respondent.DEPARTMENT, "nobody <i>here</i>", 5);
    return AlignmentEngine.withDefaults().assess(Assessment.builder().responses(survey).headcounts(headcounts)
        .assessedOn(LocalDate.of(2026, 11, 23)).build());
  }

  /**
   * Seeded answers: {@code small}, unless null, gets 3 respondents (under the anonymity threshold of 5);
   * {@link #PARTIAL_DEPARTMENT} about 20, who answer no training item.
   */
  static ResponseSet survey(int respondents, String big, String other, @Nullable String small) {
    Instrument instrument = DefaultInstrument.instrument();
    SplittableRandom random = new SplittableRandom(7);
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      Level level = r % 12 == 0 ? Level.EXECUTIVE : r % 5 == 0 ? Level.MANAGER : Level.FRONTLINE;
      String department = r < 3 && small != null ? small : r < 23 ? PARTIAL_DEPARTMENT
          : r % 3 == 0 ? other : big;
      // The partial department answers no training item: that group is hidden for TRAINING only.
      boolean skipsTraining = department.equals(PARTIAL_DEPARTMENT);
      Respondent respondent = Respondent.builder().id(String.format("T-%04d", r)).level(level)
          .department(department).customerFacing(!department.equals(small)).build();
      double outlook = random.nextGaussian() * 0.5 + (level == Level.EXECUTIVE ? 0.9 : 0);
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : instrument.items()) {
        if (random.nextDouble() < 0.03 || (skipsTraining && item.dimension() == Dimension.TRAINING)) {
          continue;
        }
        double shift = item.dimension() == Dimension.TRAINING ? -0.6 : 0;
        int answer = (int) Math.max(1, Math.min(5, Math.round(3.4 + outlook + shift + random.nextGaussian() * 0.8)));
        answers.put(item.id(), item.isReverseKeyed() ? 6 - answer : answer);
      }
      responses.add(Response.of(respondent, answers));
    }
    return ResponseSet.of(instrument, responses);
  }
}
