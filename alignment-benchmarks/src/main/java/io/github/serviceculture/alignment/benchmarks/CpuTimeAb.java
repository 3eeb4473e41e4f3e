package io.github.serviceculture.alignment.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares one benchmark method of two or more builds in one JVM: each build's {@code benchmarks.jar} in a
 * class loader of its own, the method called in interleaved rounds (the order alternating), timed in the
 * thread's CPU time. On a machine shared with other work JMH's wall-clock figures move by factors; CPU time
 * and interleaving keep a ratio between builds steady, though not the absolute figures of a quiet machine.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.github.serviceculture.alignment.benchmarks.CpuTimeAb \
 *     io.github.serviceculture.alignment.benchmarks.EngineBenchmark perceptions 100 11 old.jar new.jar
 * }</pre>
 *
 * <p>Arguments: the benchmark class (public, with a public no-argument constructor and {@code setUp()}), the
 * method, the value of its {@code respondents} field if it has one, the number of measured rounds (after five
 * of warm-up, each about 0.3 s of CPU per build), then the jars, the first the baseline. Prints each build's
 * median, least and most CPU microseconds per call, and per round the baseline's time over each other's.
 */
public final class CpuTimeAb {
  private static final long ROUND_NANOS = 300_000_000L;
  private static final int WARM_UP_ROUNDS = 5;
  /** Where the results go, so that the JIT cannot drop the calls. */
  static volatile Object sink;

  private CpuTimeAb() {}

  /**
   * Runs the comparison.
   *
   * @param args class, method, respondents, rounds, jars...
   * @throws Exception if a jar, the class or the method cannot be used
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 6) {
      System.err.println("usage: CpuTimeAb CLASS METHOD RESPONDENTS ROUNDS BASELINE.jar OTHER.jar...");
      System.exit(2);
    }
    String className = args[0];
    String method = args[1];
    int respondents = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<String> jars = Arrays.asList(args).subList(4, args.length);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Object> benchmarks = new ArrayList<>();
    List<Method> methods = new ArrayList<>();
    for (String jar : jars) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> type = Class.forName(className, true, loader);
      Object benchmark = type.getConstructor().newInstance();
      try {
        type.getField("respondents").setInt(benchmark, respondents);
      } catch (NoSuchFieldException none) {
        // A benchmark without the parameter.
      }
      type.getMethod("setUp").invoke(benchmark);
      benchmarks.add(benchmark);
      methods.add(type.getMethod(method));
    }
    int builds = jars.size();
    double[][] micros = new double[builds][rounds];
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      for (int k = 0; k < builds; k++) {
        int b = (round & 1) == 0 ? k : builds - 1 - k;
        long start = threads.getCurrentThreadCpuTime();
        long calls = 0;
        while (threads.getCurrentThreadCpuTime() - start < ROUND_NANOS) {
          for (int i = 0; i < 20; i++) {
            sink = methods.get(b).invoke(benchmarks.get(b));
          }
          calls += 20;
        }
        if (round >= 0) {
          micros[b][round] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / calls;
        }
      }
    }
    String name = className.substring(className.lastIndexOf('.') + 1) + "." + method + "(" + respondents + ")";
    for (int b = 0; b < builds; b++) {
      double[] sorted = micros[b].clone();
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%s %s: median %.1f us CPU per call (least %.1f, most %.1f)%n", jars.get(b),
          name, sorted[rounds / 2], sorted[0], sorted[rounds - 1]);
    }
    for (int b = 1; b < builds; b++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = micros[0][r] / micros[b][r];
      }
      Arrays.sort(ratio);
      System.out.printf(Locale.ROOT, "%s over %s per round: median %.3f (least %.3f, most %.3f)%n", jars.get(0),
          jars.get(b), ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
  }
}
