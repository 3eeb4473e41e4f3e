package io.github.serviceculture.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each public {@code X.Builder} is handwritten around the generated {@code ImmutableX.Builder} so
 * that its methods carry Javadoc and null checks. These tests make a new field fail the build until
 * its builder methods are written and documented.
 */
class BuilderCoverageTest {

  private static final Path SOURCES = Path.of("src/main/java");

  /** The public classes whose value is generated: those with an {@code ImmutableX} next to them. */
  private static List<Class<?>> generatedValueTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    for (Method factory : BadValuesTest.builderFactories()) {
      Class<?> type = factory.getDeclaringClass();
      if (generatedBuilder(type) != null) {
        types.add(type);
      }
    }
    assertTrue(types.size() >= 30, "found only " + types.size() + " generated value types");
    return types;
  }

  private static Class<?> generatedBuilder(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder", false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** Name and generic parameter types of each public instance method, without the return type. */
  private static Set<String> signatures(Class<?> builder) {
    return Arrays.stream(builder.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
        .map(m -> m.getName() + Arrays.stream(m.getGenericParameterTypes()).map(Type::getTypeName)
            .collect(Collectors.joining(", ", "(", ")")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyPublicBuilderHasExactlyTheGeneratedBuildersMethods() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Class<?> type : generatedValueTypes()) {
      Class<?> publicBuilder = type.getMethod("builder").getReturnType();
      Set<String> generated = signatures(generatedBuilder(type));
      Set<String> written = signatures(publicBuilder);
      Set<String> missing = new TreeSet<>(generated);
      missing.removeAll(written);
      Set<String> extra = new TreeSet<>(written);
      extra.removeAll(generated);
      if (!missing.isEmpty()) {
        failures.add(type.getSimpleName() + ".Builder lacks " + missing);
      }
      if (!extra.isEmpty()) {
        failures.add(type.getSimpleName() + ".Builder has methods the generated builder has not: " + extra);
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  /** The with* methods of the value type, and the generatedWith* ones of its generated class, named alike. */
  private static Set<String> withSignatures(Class<?> c, String prefix) {
    return signatures(c).stream().filter(s -> s.startsWith(prefix))
        .map(s -> "with" + s.substring(prefix.length()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyValueTypeHasAWithMethodForEachGeneratedOne() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : generatedValueTypes()) {
      Class<?> generated = generatedBuilder(type).getEnclosingClass();
      Set<String> wanted = withSignatures(generated, "generatedWith");
      Set<String> written = withSignatures(type, "with");
      checked += wanted.size();
      if (!wanted.equals(written)) {
        failures.add(type.getSimpleName() + ": generated " + wanted + ", written " + written);
      }
    }
    assertTrue(checked > 250, "checked only " + checked + " with methods");
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  @Test
  void everyWithMethodChecksItsArgumentForNullAndHasAJavadocComment() throws Exception {
    Pattern method = Pattern.compile(
        "\\n(.*)\\n  public (?:final )?\\w+ (with\\w+)\\(([\\w.<>?, ]+) (\\w+)\\) \\{\\n((?s:.*?))\\n  }\\n");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : generatedValueTypes()) {
      Path file = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
      Matcher m = method.matcher(Files.readString(file));
      while (m.find()) {
        checked++;
        String where = type.getSimpleName() + "." + m.group(2) + "(" + m.group(3) + ")";
        if (!m.group(1).trim().equals("*/")) {
          failures.add(where + " has no Javadoc comment");
        }
        boolean primitive = Set.of("int", "long", "double", "boolean").contains(m.group(3));
        if (!primitive && !m.group(5).contains("Checks.notNull(\"" + type.getSimpleName() + "\", ")) {
          failures.add(where + " does not check " + m.group(4) + " for null: " + m.group(5).trim());
        }
      }
    }
    assertTrue(checked > 250, "checked only " + checked + " with methods");
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  @Test
  void everyPublicBuilderMethodHasAJavadocComment() throws Exception {
    Pattern method = Pattern.compile("\\n(.*)\\n    public (Builder|\\w+) (\\w+)\\(");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : generatedValueTypes()) {
      String source = builderSource(type);
      Matcher m = method.matcher(source);
      while (m.find()) {
        checked++;
        if (!m.group(1).trim().equals("*/")) {
          failures.add(type.getSimpleName() + ".Builder." + m.group(3) + " has no Javadoc comment");
        }
      }
      int declared = signatures(type.getMethod("builder").getReturnType()).size();
      assertEquals(declared, count(source, "\n    public "), type.getSimpleName() + ": methods in source vs class");
    }
    assertTrue(checked > 350, "checked only " + checked + " builder methods");
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  /** The text of {@code type}'s nested Builder class, from its opening line to its closing brace. */
  private static String builderSource(Class<?> type) throws IOException {
    Path file = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
    String source = Files.readString(file);
    int start = source.indexOf("\n  public static final class Builder {");
    assertTrue(start >= 0, file + " declares no public static final class Builder");
    int end = source.indexOf("\n  }\n", start);
    return source.substring(start, end);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
