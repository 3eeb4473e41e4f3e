package io.github.serviceculture.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.serviceculture.alignment.model.Organization;
import io.github.serviceculture.alignment.perception.PerceptionFigures;
import io.github.serviceculture.alignment.perception.PerceptionPolicy;
import io.github.serviceculture.alignment.scoring.AlignmentEngine;
import io.github.serviceculture.alignment.scoring.AlignmentReport;
import io.github.serviceculture.alignment.scoring.Assessment;
import io.github.serviceculture.alignment.scoring.ScoringPolicy;
import io.github.serviceculture.alignment.testing.SurveyFixtures;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Walks every public class of every exported package and checks that bad values (a missing
 * required field, a {@code null} argument) raise {@link InvalidValueException} naming the type and
 * the field, and never a bare exception from generated code.
 */
class BadValuesTest {

  /** The public classes of the exported packages, nested ones included. */
  static List<Class<?>> publicClasses() throws IOException, URISyntaxException {
    Path root = Path.of(InvalidValueException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> packages = exportedPackages();
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg : packages) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().collect(Collectors.toList())) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".class") || name.equals("package-info.class")) {
            continue;
          }
          Class<?> c = load(pkg + "." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(c.getModifiers()) && isPubliclyReachable(c)) {
            classes.add(c);
          }
        }
      }
    }
    assertTrue(classes.size() > 50, "found only " + classes.size() + " public classes under " + root);
    return classes;
  }

  private static List<String> exportedPackages() {
    Module module = InvalidValueException.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor().exports().stream().map(e -> e.source()).sorted().collect(Collectors.toList());
    }
    // On the class path: the packages that module-info exports.
    return List.of("io.github.serviceculture.alignment", "io.github.serviceculture.alignment.model",
        "io.github.serviceculture.alignment.stats", "io.github.serviceculture.alignment.survey",
        "io.github.serviceculture.alignment.perception", "io.github.serviceculture.alignment.rules",
        "io.github.serviceculture.alignment.scoring");
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BadValuesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  private static boolean isPubliclyReachable(Class<?> c) {
    for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      if (!Modifier.isPublic(outer.getModifiers())) {
        return false;
      }
    }
    return !c.isAnonymousClass() && !c.isLocalClass();
  }

  /** The public static no-argument {@code builder()} of each public class that has one. */
  static List<Method> builderFactories() throws IOException, URISyntaxException {
    List<Method> factories = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals("builder") && m.getParameterCount() == 0 && Modifier.isStatic(m.getModifiers())
            && Modifier.isPublic(m.getModifiers())) {
          factories.add(m);
        }
      }
    }
    assertTrue(factories.size() >= 30, "found only " + factories.size() + " builders");
    return factories;
  }

  /** The public setters of a builder: every public instance method but {@code build()} and Object's. */
  static List<Method> setters(Class<?> builder) {
    return Arrays.stream(builder.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> !m.getName().equals("build"))
        .sorted((a, b) -> a.toString().compareTo(b.toString()))
        .collect(Collectors.toList());
  }

  @Test
  void buildingWithNothingSetNamesTheTypeAndAMissingField() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Method factory : builderFactories()) {
      String type = factory.getDeclaringClass().getSimpleName();
      Object builder = factory.invoke(null);
      Method build = builder.getClass().getMethod("build");
      Throwable thrown = thrownBy(() -> build.invoke(builder));
      if (thrown == null) {
        continue; // every field is optional or has a default: nothing is missing
      }
      String problem = check(thrown, type);
      if (problem == null) {
        InvalidValueException e = (InvalidValueException) thrown;
        if (e.problem().equals("is required") || e.problem().startsWith("is required (")) {
          continue;
        }
        if (!e.problem().isBlank()) {
          continue; // an invariant of a defaulted field, still named by type and field
        }
        problem = "no problem stated";
      }
      failures.add(type + ".builder().build(): " + problem);
    }
    assertNoFailures(failures);
  }

  @Test
  void everyBuilderSetterRejectsNullNamingTheTypeAndField() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Method factory : builderFactories()) {
      String type = factory.getDeclaringClass().getSimpleName();
      for (Method setter : setters(factory.getReturnType())) {
        if (Arrays.stream(setter.getParameterTypes()).allMatch(Class::isPrimitive)) {
          continue;
        }
        checked++;
        Object builder = factory.invoke(null);
        Throwable thrown = thrownBy(() -> setter.invoke(builder, nullArguments(setter)));
        String problem = check(thrown, type);
        if (problem == null) {
          problem = checkField((InvalidValueException) thrown, setter.getName());
        }
        if (problem != null) {
          failures.add(type + ".Builder." + signature(setter) + " given null: " + problem);
        }
      }
    }
    assertTrue(checked > 300, "checked only " + checked + " setters");
    assertNoFailures(failures);
  }

  @Test
  void everyStaticFactoryRejectsNullNamingTheType() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : publicClasses()) {
      if (c.isEnum()) {
        continue; // valueOf(null) is the JDK's own NullPointerException
      }
      for (Method m : c.getDeclaredMethods()) {
        // Factories: of(...) and every other public static method that returns its own type.
        if (m.getReturnType() != c || m.getName().equals("builder") || !Modifier.isStatic(m.getModifiers())
            || !Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        Class<?>[] parameters = m.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].isPrimitive()) {
            continue;
          }
          checked++;
          Object[] arguments = sampleArguments(m);
          arguments[i] = null;
          Throwable thrown = thrownBy(() -> m.invoke(null, arguments));
          String problem = check(thrown, c.getSimpleName());
          if (problem == null && !((InvalidValueException) thrown).problem().contains("must not be null")) {
            problem = "the problem does not say 'must not be null': " + thrown.getMessage();
          }
          if (problem != null) {
            failures.add(c.getSimpleName() + "." + signature(m) + " given null as argument " + i + ": " + problem);
          }
        }
      }
    }
    assertTrue(checked >= 25, "checked only " + checked + " factory arguments");
    assertNoFailures(failures);
  }

  @Test
  void everyWithMethodRejectsNullNamingTheTypeAndField() throws Exception {
    List<String> failures = new ArrayList<>();
    Map<Class<?>, Object> fromReport = valuesOfAReport();
    List<String> unbuilt = new ArrayList<>();
    int checked = 0;
    for (Method factory : builderFactories()) {
      Class<?> type = factory.getDeclaringClass();
      Object instance = fromReport.containsKey(type) ? fromReport.get(type) : sampleInstance(type, 0);
      if (instance == null) {
        unbuilt.add(type.getSimpleName());
        continue;
      }
      for (Method with : type.getMethods()) {
        if (!with.getName().startsWith("with") || Modifier.isStatic(with.getModifiers())
            || with.getParameterCount() != 1 || with.getParameterTypes()[0].isPrimitive()) {
          continue;
        }
        checked++;
        Throwable thrown = thrownBy(() -> with.invoke(instance, (Object) null));
        String problem = check(thrown, type.getSimpleName());
        if (problem == null) {
          String attribute = with.getName().substring("with".length());
          problem = checkField((InvalidValueException) thrown, "add" + attribute);
        }
        if (problem != null) {
          failures.add(type.getSimpleName() + "." + signature(with) + " given null: " + problem);
        }
      }
    }
    // A new type whose invariants the samples break, and that no report holds, needs a sample here.
    assertTrue(unbuilt.isEmpty(), "no sample value of " + unbuilt);
    assertTrue(checked > 200, "checked only " + checked + " with methods");
    assertNoFailures(failures);
  }

  /**
   * The values that an assessment of a generated survey holds, one of each class, found through
   * their public accessors: the types whose invariants tie fields together, such as {@code
   * PerceptionFigures}, are hard to build from samples.
   */
  private static Map<Class<?>, Object> valuesOfAReport() throws Exception {
    Assessment assessment = Assessment.builder().practices(Organization.builder().name("x").build())
        .responses(SurveyFixtures.generated(7, 60, 0.5)).build();
    Map<Class<?>, Object> found = new HashMap<>();
    // With an outcome, so that the report holds a drivers analysis too, and with the psychometrics, so
    // that it holds every value type of the perceptions. They sit in the organization's figures only,
    // which the walk below may reach after a group's.
    ScoringPolicy policy = ScoringPolicy.builder()
        .perception(PerceptionPolicy.builder().driversOutcome("ENG_STATE").driversMinimumRespondents(20).build()).build();
    AlignmentReport report = AlignmentEngine.of(policy).withPsychometrics().assess(assessment);
    for (PerceptionFigures figures : report.perceptions().orElseThrow().dimensions().values()) {
      collect(figures.psychometrics(), found);
    }
    collect(report, found);
    collect(assessment, found);
    return found;
  }

  private static void collect(@Nullable Object value, Map<Class<?>, Object> found) throws Exception {
    if (value instanceof Optional) {
      collect(((Optional<?>) value).orElse(null), found);
    } else if (value instanceof Collection) {
      for (Object element : (Collection<?>) value) {
        collect(element, found);
      }
    } else if (value instanceof Map) {
      collect(((Map<?, ?>) value).values(), found);
    } else if (value != null && !value.getClass().isEnum()
        && value.getClass().getPackageName().startsWith("io.github.serviceculture.alignment.")) {
      // Keyed by the public type, such as Goal for an ImmutableGoal.
      Class<?> type = value.getClass();
      while (!Modifier.isPublic(type.getModifiers())) {
        type = type.getSuperclass();
      }
      if (found.putIfAbsent(type, value) != null) {
        return;
      }
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.getReturnType().isPrimitive()
            && m.getDeclaringClass() != Object.class && !m.getName().equals("builder")) {
          collect(m.invoke(value), found);
        }
      }
    }
  }

  /**
   * A value of {@code type} built through its public builder with a sample for each required field,
   * or null when a sample breaks one of its invariants.
   */
  private static @Nullable Object sampleInstance(Class<?> type, int depth) throws Exception {
    if (depth > 4) {
      return null;
    }
    Object builder = type.getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");
    for (int attempt = 0; attempt < 30; attempt++) {
      Throwable thrown = thrownBy(() -> build.invoke(builder));
      if (thrown == null) {
        return build.invoke(builder);
      }
      if (!(thrown instanceof InvalidValueException)
          || !((InvalidValueException) thrown).problem().startsWith("is required")) {
        return null; // a sample broke an invariant
      }
      String field = ((InvalidValueException) thrown).field();
      Method setter = Arrays.stream(builder.getClass().getMethods())
          .filter(m -> m.getName().equals(field) && m.getParameterCount() == 1)
          .filter(m -> m.getParameterTypes()[0] != Optional.class && m.getParameterTypes()[0] != OptionalDouble.class)
          .findFirst().orElse(null);
      Object sample = setter == null ? null : sample(setter.getParameterTypes()[0], depth);
      if (sample == null) {
        return null;
      }
      setter.invoke(builder, sample);
    }
    return null;
  }

  private static @Nullable Object sample(Class<?> type, int depth) throws Exception {
    if (type == String.class) {
      return "x";
    } else if (type == int.class) {
      return 1;
    } else if (type == long.class) {
      return 1L;
    } else if (type == double.class) {
      return 1.0;
    } else if (type == boolean.class) {
      return false;
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (type == LocalDate.class) {
      return LocalDate.of(2026, 1, 1);
    }
    try {
      type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return null;
    }
    return sampleInstance(type, depth + 1);
  }

  /** Returns why {@code thrown} is not an InvalidValueException naming {@code type}, or null if it is. */
  private static @Nullable String check(@Nullable Throwable thrown, String type) {
    if (thrown == null) {
      return "nothing was thrown";
    }
    if (!(thrown instanceof InvalidValueException)) {
      return "threw " + thrown;
    }
    InvalidValueException e = (InvalidValueException) thrown;
    if (!e.type().equals(type)) {
      return "names type " + e.type() + ", not " + type + ": " + e.getMessage();
    }
    if (e.field().isBlank()) {
      return "names no field: " + e.getMessage();
    }
    if (!e.getMessage().startsWith(type + "." + e.field() + ": ")) {
      return "the message does not start with " + type + "." + e.field() + ": " + e.getMessage();
    }
    return null;
  }

  /** The field of a null-argument failure must be the setter's attribute, such as items for addItem. */
  private static @Nullable String checkField(InvalidValueException e, String setter) {
    if (!e.problem().contains("must not be null") && !e.problem().contains("must not contain null")) {
      return "the problem does not say 'must not be null': " + e.getMessage();
    }
    if (setter.equals("from")) {
      return e.field().equals("from") ? null : "names field " + e.field() + ", not from";
    }
    String attribute = setter.replaceFirst("^(addAll|add|putAll|put)(?=[A-Z])", "");
    attribute = attribute.substring(0, 1).toLowerCase(Locale.ROOT) + attribute.substring(1);
    String stem = attribute.replaceFirst("(ies|s|y)$", "");
    if (e.field().equals(attribute) || e.field().startsWith(stem)) {
      return null;
    }
    return "names field " + e.field() + ", not " + attribute;
  }

  private static Object[] nullArguments(Method m) {
    Object[] arguments = new Object[m.getParameterCount()];
    Class<?>[] parameters = m.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = primitiveZero(parameters[i]);
    }
    return arguments;
  }

  /** Arguments that the factory accepts, so that the one null argument is the only bad value. */
  private static Object[] sampleArguments(Method m) {
    Object[] arguments = nullArguments(m);
    Class<?>[] parameters = m.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == String.class) {
        arguments[i] = "x";
      } else if (parameters[i] == double.class) {
        arguments[i] = 0.95; // a valid confidence level
      }
    }
    return arguments;
  }

  private static @Nullable Object primitiveZero(Class<?> type) {
    if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == double.class) {
      return 0.0;
    } else if (type == boolean.class) {
      return false;
    } else if (type.isPrimitive()) {
      throw new AssertionError("no zero for " + type);
    }
    return null;
  }

  private interface Call {
    void run() throws Exception;
  }

  private static @Nullable Throwable thrownBy(Call call) {
    try {
      call.run();
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static void assertNoFailures(List<String> failures) {
    if (!failures.isEmpty()) {
      fail(failures.size() + " failures:\n" + String.join("\n", failures));
    }
  }

  @Test
  void theWalkFindsTheKnownBuildersAndFactories() throws Exception {
    List<String> builders = builderFactories().stream().map(m -> m.getDeclaringClass().getSimpleName())
        .collect(Collectors.toList());
    assertTrue(builders.contains("Goal"), builders.toString());
    assertTrue(builders.contains("Instrument"), builders.toString());
    assertEquals(1, builders.stream().filter("Goal"::equals).count());
  }
}
