package io.github.serviceculture.alignment.benchmarks;

import io.github.serviceculture.alignment.model.Dimension;
import io.github.serviceculture.alignment.model.Level;
import io.github.serviceculture.alignment.survey.DefaultInstrument;
import io.github.serviceculture.alignment.survey.Instrument;
import io.github.serviceculture.alignment.survey.Item;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a seeded, realistic multi-organization survey CSV in the layout of {@code alignment batch}
 * for the default instrument: {@code organization,respondent,level,department,customerFacing} and one
 * column per item, rows grouped and sorted by organization.
 *
 * <p>The model, per organization: a base level of agreement, a shift per dimension, an "executive
 * optimism" shift that is largest for executives and fades down the hierarchy, and a shift per
 * department. Per respondent: a general factor shared by all dimensions plus a factor per dimension,
 * so items of a dimension correlate; per answer an item offset and noise, rounded and clamped to the
 * 1-5 scale, then written reversed (6 - x) for reverse-keyed items. About 2.75 % of answers are blank,
 * and about 1 % of respondents break off for the last quarter of the questionnaire (about 3 % missing
 * in all); about 1 % leave the department blank.
 *
 * <p>Streaming: memory does not depend on the file's size. Deterministic: the same arguments give
 * the same bytes.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.serviceculture.alignment.benchmarks.SurveyCsvGenerator \
 *     --organizations 10000 --respondents 100 --seed 42 --out survey.csv [--items items.csv]
 * </pre>
 *
 * <p>{@code --items FILE} also writes the instrument's items ({@code item,dimension,reversed,scale_item})
 * for scripts in other languages.
 */
public final class SurveyCsvGenerator {
  private static final String[] DEPARTMENTS = {"support", "sales", "operations", "finance", "IT", "marketing"};
  private static final double[] DEPARTMENT_WEIGHTS = {0.30, 0.20, 0.20, 0.10, 0.10, 0.10};
  private static final Level[] LEVELS = {Level.EXECUTIVE, Level.MANAGER, Level.SUPERVISOR, Level.FRONTLINE};
  private static final double[] LEVEL_WEIGHTS = {0.04, 0.11, 0.17, 0.68};
  /** Share of the executives' optimism that each level keeps. */
  private static final double[] LEVEL_OPTIMISM = {1.0, 0.6, 0.3, 0.0};

  private final Instrument instrument = DefaultInstrument.instrument();
  private final List<Item> items = instrument.items();
  private final int[] dimensionOf;
  private final boolean[] reversed;
  private final double[] itemOffset;
  private final int lowest = instrument.scale().lowest();
  private final int highest = instrument.scale().highest();
  private final long seed;
  private final double missing;

  /**
   * @param seed the seed
   * @param missing the share of answers left blank at random (break-offs come on top)
   */
  public SurveyCsvGenerator(long seed, double missing) {
    this.seed = seed;
    this.missing = missing;
    int k = items.size();
    dimensionOf = new int[k];
    reversed = new boolean[k];
    itemOffset = new double[k];
    SplittableRandom itemRandom = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < k; i++) {
      Item item = items.get(i);
      dimensionOf[i] = item.dimension().ordinal();
      reversed[i] = item.isReverseKeyed();
      itemOffset[i] = itemRandom.nextGaussian() * 0.25;
    }
  }

  /** The header row, as {@code alignment instrument --csv-template} prints it. */
  public String header() {
    StringBuilder b = new StringBuilder("organization,respondent,level,department,customerFacing");
    for (Item item : items) {
      b.append(',').append(item.id());
    }
    return b.toString();
  }

  /**
   * Writes the CSV.
   *
   * @param out where to write; not closed
   * @param organizations the number of organizations
   * @param respondents respondents per organization
   * @throws IOException if writing fails
   */
  public void write(Writer out, int organizations, int respondents) throws IOException {
    out.write(header());
    out.write('\n');
    SplittableRandom master = new SplittableRandom(seed);
    int dimensions = Dimension.values().length;
    double[] dimensionShift = new double[dimensions];
    double[] departmentShift = new double[DEPARTMENTS.length];
    double[] latent = new double[dimensions];
    int orgDigits = Math.max(6, String.valueOf(organizations).length());
    int respondentDigits = Math.max(5, String.valueOf(respondents).length());
    StringBuilder row = new StringBuilder(256);
    for (int o = 0; o < organizations; o++) {
      SplittableRandom random = master.split();
      String organization = "org-" + pad(o + 1, orgDigits);
      double base = 3.2 + random.nextGaussian() * 0.35;
      for (int d = 0; d < dimensions; d++) {
        dimensionShift[d] = random.nextGaussian() * 0.25;
      }
      double optimism = 0.5 + random.nextGaussian() * 0.2;
      for (int d = 0; d < DEPARTMENTS.length; d++) {
        departmentShift[d] = random.nextGaussian() * 0.15;
      }
      for (int r = 0; r < respondents; r++) {
        int level = pick(random, LEVEL_WEIGHTS);
        int department = pick(random, DEPARTMENT_WEIGHTS);
        boolean noDepartment = random.nextDouble() < 0.01;
        boolean facing = department <= 1 || (department == 2 && random.nextDouble() < 0.6);
        row.setLength(0);
        row.append(organization).append(",r").append(pad(r + 1, respondentDigits)).append(',')
            .append(LEVELS[level].name()).append(',');
        if (!noDepartment) {
          row.append(DEPARTMENTS[department]);
        }
        row.append(',').append(facing);
        double general = random.nextGaussian() * 0.45;
        for (int d = 0; d < dimensions; d++) {
          latent[d] = base + dimensionShift[d] + optimism * LEVEL_OPTIMISM[level]
              + (noDepartment ? 0 : departmentShift[department]) + general + random.nextGaussian() * 0.35;
        }
        int breakOff = random.nextDouble() < 0.01 ? items.size() - items.size() / 4 : items.size();
        for (int i = 0; i < items.size(); i++) {
          row.append(',');
          double noise = random.nextGaussian() * 0.65;
          if (i >= breakOff || random.nextDouble() < missing) {
            continue;
          }
          long x = Math.round(latent[dimensionOf[i]] + itemOffset[i] + noise);
          int answer = (int) Math.max(lowest, Math.min(highest, x));
          row.append(reversed[i] ? lowest + highest - answer : answer);
        }
        row.append('\n');
        out.append(row);
      }
    }
  }

  /** Writes the instrument's items: {@code item,dimension,reversed,scale_item}. */
  public void writeItems(Writer out) throws IOException {
    out.write("item,dimension,reversed,scale_item\n");
    for (Item item : items) {
      out.write(item.id() + "," + item.dimension().name() + "," + (item.isReverseKeyed() ? "TRUE" : "FALSE") + ","
          + (item.isScaleItem() ? "TRUE" : "FALSE") + "\n");
    }
  }

  private static int pick(SplittableRandom random, double[] weights) {
    double u = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String pad(int value, int digits) {
    String s = Integer.toString(value);
    return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
  }

  /**
   * Runs the generator.
   *
   * @param args {@code --organizations N --respondents M --seed S --out FILE [--missing SHARE] [--items FILE]}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    int organizations = 10_000;
    int respondents = 100;
    long seed = 42;
    double missing = 0.0275;
    Path out = null;
    Path itemsFile = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("-h") || option.equals("--help")) {
        System.out.println("usage: SurveyCsvGenerator --out FILE [--organizations N (10000)] [--respondents M (100)] "
            + "[--seed S (42)] [--missing SHARE (0.0275)] [--items FILE]");
        return;
      }
      if (i + 1 >= args.length) {
        throw usage(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--organizations" -> organizations = positive(option, value);
        case "--respondents" -> respondents = positive(option, value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--missing" -> missing = Double.parseDouble(value);
        case "--out" -> out = Path.of(value);
        case "--items" -> itemsFile = Path.of(value);
        default -> throw usage("unknown option " + option);
      }
    }
    if (out == null) {
      throw usage("--out FILE is required");
    }
    if (!(missing >= 0 && missing < 1)) {
      throw usage("--missing must be in [0, 1)");
    }
    SurveyCsvGenerator generator = new SurveyCsvGenerator(seed, missing);
    long started = System.nanoTime();
    try (Writer w = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      generator.write(w, organizations, respondents);
    }
    if (itemsFile != null) {
      try (Writer w = Files.newBufferedWriter(itemsFile, StandardCharsets.UTF_8)) {
        generator.writeItems(w);
      }
    }
    System.err.printf(Locale.ROOT, "wrote %s: %d organizations x %d respondents x %d items, seed %d, %.1f MiB in %.1f s%n",
        out, organizations, respondents, generator.items.size(), seed, Files.size(out) / 1048576.0,
        (System.nanoTime() - started) / 1e9);
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw usage(option + " must be at least 1");
    }
    return n;
  }

  private static IllegalArgumentException usage(String message) {
    return new IllegalArgumentException(message + " (see --help)");
  }
}
