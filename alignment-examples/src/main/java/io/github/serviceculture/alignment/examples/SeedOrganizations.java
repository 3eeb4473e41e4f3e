package io.github.serviceculture.alignment.examples;

import io.github.serviceculture.alignment.model.Goal;
import io.github.serviceculture.alignment.model.HiringPractice;
import io.github.serviceculture.alignment.model.ServiceVision;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Prints the practices of the organizations in the source articles: the two support teams' goals,
 * three visions and Zappos's hiring offer. Run it with {@code mvn -B -q -pl alignment-examples -am
 * compile exec:java -Dexec.mainClass=io.github.serviceculture.alignment.examples.SeedOrganizations}.
 */
public final class SeedOrganizations {
  private SeedOrganizations() {}

  /**
   * Prints the seed practices to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    out.println("Customer service visions");
    for (var entry : List.of(
        List.<Object>of("REI", SeedPractices.rei()),
        List.<Object>of("JetBlue", SeedPractices.jetBlue()),
        List.<Object>of("Clean Vehicle Rebate Project", SeedPractices.cleanVehicleRebateProject()))) {
      ServiceVision vision = (ServiceVision) entry.get(1);
      out.printf(Locale.ROOT, "  %-30s \"%s\" (%d words)%n",
          entry.get(0), vision.statement(), vision.statement().split("\\s+").length);
    }

    out.println();
    out.println("Support team goals");
    describe(out, "Team A (individual bonus)", SeedPractices.individualCsatBonus());
    describe(out, "Team B (shared goal)", SeedPractices.sharedTeamCsatGoal(LocalDate.of(2026, 11, 30)));

    out.println();
    out.println("Zappos hiring");
    HiringPractice zappos = SeedPractices.zappos();
    zappos.serviceTraits().forEach(t -> out.printf(Locale.ROOT, "  service trait: %s, assessed by %s%n",
        t.name(), t.assessedBy()));
    zappos.commitmentCheck().ifPresent(c -> out.printf(Locale.ROOT,
        "  commitment check: %s (offered on day %d, %.0f offered)%n",
        c.description(), c.offeredOnDay().orElse(0), c.paymentOffered().orElse(0)));
  }

  private static void describe(PrintStream out, String label, Goal goal) {
    out.printf(Locale.ROOT, "  %s%n", label);
    out.printf(Locale.ROOT, "    %s%n", goal.statement());
    out.printf(Locale.ROOT, "    scope %s, focus %s, incentive %s%s%n",
        goal.scope(), goal.focus(), goal.incentive(),
        goal.incentiveDescription().map(d -> " (" + d + ")").orElse(""));
    out.printf(Locale.ROOT, "    metric %s, baseline %s, target %s, time-bound %s%n",
        goal.metric().orElse("none"),
        goal.baseline().isPresent() ? String.format(Locale.ROOT, "%.0f", goal.baseline().getAsDouble()) : "unknown",
        goal.target().isPresent() ? String.format(Locale.ROOT, "%.0f", goal.target().getAsDouble()) : "none",
        goal.isTimeBound() ? "yes" : "no");
  }
}
