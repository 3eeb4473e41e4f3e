package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the repository's README, compiled and run verbatim as a user who pasted
 * it would: a class of its own with a {@code main}, run in a new JVM from the repository root on this
 * module's test class path. What it prints must equal the {@code text} block the README shows after
 * it, and it must write nothing to stderr.
 */
class ReadmeJavaBlocksTest {
  private static final Pattern BLOCK = Pattern.compile(
      "```java\\n(.*?)```\\s*\\n(?:[^`\\n][^\\n]*\\n|\\n)*?```text\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("^public class (\\w+)", Pattern.MULTILINE);

  static Path readme() {
    return Path.of(System.getProperty("alignment.readme", "../README.md")).toAbsolutePath().normalize();
  }

  record Example(String className, String source, String output) {}

  static List<Example> examples() throws IOException {
    String text = Files.readString(readme(), StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    Matcher block = BLOCK.matcher(text);
    while (block.find()) {
      Matcher name = CLASS.matcher(block.group(1));
      assertTrue(name.find(), () -> "a README java block declares no public class:\n" + block.group(1));
      examples.add(new Example(name.group(1), block.group(1), block.group(2)));
    }
    return examples;
  }

  @Test
  void everyJavaBlockOfTheReadmeIsFollowedByTheOutputItPrints() throws IOException {
    String text = Files.readString(readme(), StandardCharsets.UTF_8);
    int javaBlocks = text.split("```java\\n", -1).length - 1;
    assertTrue(javaBlocks >= 3, "the README's quick start, JSON and survey examples: " + javaBlocks);
    assertEquals(javaBlocks, examples().size(), "java blocks without a text block of their output");
  }

  @TestFactory
  List<DynamicTest> eachJavaBlockCompilesAndPrintsWhatTheReadmeShows(@TempDir Path classes)
      throws IOException {
    List<Example> examples = examples();
    Path sources = Files.createDirectories(classes.resolve("src"));
    List<Path> files = new ArrayList<>();
    for (Example example : examples) {
      files.add(Files.writeString(sources.resolve(example.className() + ".java"), example.source()));
    }
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    compile(files, classes, classPath);
    List<DynamicTest> tests = new ArrayList<>();
    for (Example example : examples) {
      tests.add(DynamicTest.dynamicTest(example.className(),
          () -> run(example, classes + java.io.File.pathSeparator + classPath)));
    }
    return tests;
  }

  static void compile(List<Path> files, Path classes, String classPath) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
      List<String> options = List.of("-d", classes.toString(), "-classpath", classPath, "-Xlint:all", "-Werror");
      boolean compiled = compiler.getTask(diagnostics, manager, null, options, null, units).call();
      assertTrue(compiled, () -> "the README's java blocks do not compile:\n" + diagnostics);
    }
  }

  private static void run(Example example, String classPath) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = Files.createTempFile("readme-" + example.className(), ".out");
    Path err = Files.createTempFile("readme-" + example.className(), ".err");
    try {
      Process process = new ProcessBuilder(java.toString(), "-cp", classPath, example.className())
          .directory(readme().getParent().toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), example.className() + " did not finish in 60 s");
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), () -> example.className() + " failed:\n" + stderr);
      assertEquals("", stderr, example.className() + " wrote to stderr");
      assertEquals(example.output(), Files.readString(out, StandardCharsets.UTF_8),
          example.className() + " printed something other than the README shows");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
