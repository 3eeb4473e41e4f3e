package io.github.serviceculture.alignment.perception;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.stats.Estimate;
import io.github.serviceculture.alignment.stats.UndefinedReason;
import io.github.serviceculture.alignment.survey.EngagementQuestion;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Releases built by the threshold rule that issue 17 shows to leak, independently of the scorer: the
 * organization's figures when at least k have a value, each group with at least k, and (optionally) the
 * complementary suppression of main before issue 17 (when exactly one unit of an attribute is hidden, the
 * smallest shown group is hidden too). Only counts are filled in: the auditor reads which figures are
 * released and their n, never their values.
 */
final class OldRuleRelease {
  private OldRuleRelease() {}

  /** The threshold rule alone: every set with at least k members is shown. */
  static PerceptionReport naive(ResponseSet responses, PerceptionPolicy policy) {
    return build(responses, policy, false);
  }

  /** The rule of main before issue 17: threshold, plus complementary suppression of exactly one hidden unit. */
  static PerceptionReport withComplementarySuppression(ResponseSet responses, PerceptionPolicy policy) {
    return build(responses, policy, true);
  }

  private static PerceptionReport build(ResponseSet responses, PerceptionPolicy policy, boolean complementary) {
    Instrument instrument = responses.instrument();
    int k = policy.anonymityThreshold();
    List<Response> rs = responses.responses();
    PerceptionReport.Builder report = PerceptionReport.builder().instrumentId(instrument.id())
        .instrumentVersion(instrument.version()).respondentCount(rs.size());
    // (attribute, value) -> group builder, in policy then value order.
    Map<List<String>, GroupPerception.Builder> groups = new LinkedHashMap<>();
    Map<List<String>, Boolean> anyShown = new LinkedHashMap<>();
    for (String attribute : policy.groupBy()) {
      new TreeMap<String, Boolean>(valuesOf(rs, attribute)).keySet().forEach(value -> {
        groups.put(List.of(attribute, value), GroupPerception.builder().attribute(attribute).value(value));
        anyShown.put(List.of(attribute, value), false);
      });
    }

    for (Dimension d : instrument.dimensions()) {
      List<Item> items = instrument.scaleItems(d);
      double needed = policy.minimumAnsweredShare() * items.size();
      Predicate<Response> scored = r -> {
        long answered = items.stream().filter(i -> r.answers().containsKey(i.id())
            && instrument.scale().contains(r.answers().get(i.id()))).count();
        return answered > 0 && answered >= needed - 1e-9;
      };
      long n = rs.stream().filter(scored).count();
      if (n >= k) {
        report.putDimension(d, figures((int) n));
      } else {
        report.putNotReported(d, NotReportedReason.SUPPRESSED_FOR_ANONYMITY);
      }
      for (Map.Entry<List<String>, Integer> shown : shown(rs, policy, scored, complementary).entrySet()) {
        groups.get(shown.getKey()).putDimension(d, figures(shown.getValue()));
        anyShown.put(shown.getKey(), true);
      }
    }
    Map<EngagementQuestion, Item> first = new EnumMap<>(EngagementQuestion.class);
    instrument.engagementItems().forEach(i -> first.putIfAbsent(i.engagementQuestion().orElseThrow(), i));
    for (Map.Entry<EngagementQuestion, Item> q : first.entrySet()) {
      String id = q.getValue().id();
      Predicate<Response> answered = r -> r.answers().containsKey(id)
          && instrument.scale().contains(r.answers().get(id));
      long n = rs.stream().filter(answered).count();
      if (n >= k) {
        report.putEngagement(q.getKey(), share(q.getKey(), id, (int) n));
      }
      for (Map.Entry<List<String>, Integer> shown : shown(rs, policy, answered, complementary).entrySet()) {
        groups.get(shown.getKey()).putEngagement(q.getKey(), share(q.getKey(), id, shown.getValue()));
        anyShown.put(shown.getKey(), true);
      }
    }
    groups.forEach((key, group) -> {
      if (anyShown.get(key)) {
        report.addGroup(group.build());
      }
    });
    return report.build();
  }

  /** The groups shown for one figure, with their n. */
  private static Map<List<String>, Integer> shown(List<Response> rs, PerceptionPolicy policy,
      Predicate<Response> member, boolean complementary) {
    int k = policy.anonymityThreshold();
    Map<List<String>, Integer> out = new LinkedHashMap<>();
    for (String attribute : policy.groupBy()) {
      TreeMap<String, Integer> counts = new TreeMap<>();
      int withoutValue = 0;
      for (Response r : rs) {
        if (member.test(r)) {
          Optional<String> value = r.respondent().groupValue(attribute);
          if (value.isPresent()) {
            counts.merge(value.get(), 1, Integer::sum);
          } else {
            withoutValue++;
          }
        }
      }
      int hiddenUnits = withoutValue > 0 ? 1 : 0;
      String smallest = null;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() < k) {
          hiddenUnits++;
        } else if (smallest == null || e.getValue() < counts.get(smallest)) {
          smallest = e.getKey();
        }
      }
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        boolean hiddenToo = complementary && hiddenUnits == 1 && e.getKey().equals(smallest);
        if (e.getValue() >= k && !hiddenToo) {
          out.put(List.of(attribute, e.getKey()), e.getValue());
        }
      }
    }
    return out;
  }

  private static Map<String, Boolean> valuesOf(List<Response> rs, String attribute) {
    Map<String, Boolean> values = new TreeMap<>();
    rs.forEach(r -> r.respondent().groupValue(attribute).ifPresent(v -> values.put(v, true)));
    return values;
  }

  private static PerceptionFigures figures(int n) {
    Estimate none = Estimate.undefined(UndefinedReason.NO_DATA);
    return PerceptionFigures.builder().n(n).mean(none).score(none).sd(none).alpha(none).rwgJ(none).ad(none)
        .build();
  }

  private static EngagementShare share(EngagementQuestion question, String itemId, int n) {
    return EngagementShare.builder().question(question).itemId(itemId).n(n)
        .agreePercent(Estimate.undefined(UndefinedReason.NO_DATA)).build();
  }

  /** The groups of a report that show anything, as {@code attribute=value}. */
  static List<String> keys(PerceptionReport report) {
    List<String> keys = new ArrayList<>();
    report.groups().forEach(g -> keys.add(g.attribute() + "=" + g.value()));
    return keys;
  }
}
