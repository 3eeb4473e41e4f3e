package io.github.serviceculture.alignment.testing;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import io.github.serviceculture.alignment.survey.Respondent;
import io.github.serviceculture.alignment.survey.Response;
import io.github.serviceculture.alignment.survey.ResponseSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Survey data for scoring tests. */
public final class SurveyFixtures {
  private SurveyFixtures() {}

  /**
   * A seeded survey on the default instrument: each respondent has a latent level per dimension,
   * shifted by {@code levelShift} points of the scale for executives, and a few per cent missing.
   */
  public static ResponseSet generated(long seed, int respondents, double executiveShift) {
    Instrument instrument = DefaultInstrument.instrument();
    SplittableRandom random = new SplittableRandom(seed);
    String[] departments = {"support", "sales", "accounting", "IT"};
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      Level level = r % 10 == 0 ? Level.EXECUTIVE : r % 5 == 0 ? Level.MANAGER : Level.FRONTLINE;
      String department = departments[random.nextInt(departments.length)];
      Respondent respondent = Respondent.builder().id(String.format("r%05d", r)).level(level)
          .department(department).customerFacing(!department.equals("accounting")).build();
      double shift = level == Level.EXECUTIVE ? executiveShift : 0;
      Map<Dimension, Double> latent = new HashMap<>();
      for (Dimension d : Dimension.values()) {
        latent.put(d, 3.2 + shift + random.nextGaussian() * 0.6);
      }
      Map<String, Integer> answers = new HashMap<>();
      for (Item item : instrument.items()) {
        if (random.nextDouble() < 0.03) {
          continue;
        }
        double x = latent.get(item.dimension()) + random.nextGaussian() * 0.7;
        int answer = (int) Math.max(1, Math.min(5, Math.round(x)));
        answers.put(item.id(), item.isReverseKeyed() ? 6 - answer : answer);
      }
      responses.add(Response.of(respondent, answers));
    }
    return ResponseSet.of(instrument, responses);
  }
}
