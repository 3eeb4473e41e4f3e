package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.rules.Rule;
import io.github.serviceculture.alignment.testing.RuleContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's custom rule keeps the rule contract: its {@code CustomRule} block is compiled as
 * the README shows it, and the rule it declares is run through {@link RuleContractTest}.
 */
class ReadmeCustomRuleContractTest extends RuleContractTest {
  private static final String BLOCK = "CustomRule";
  private static final String RULE = "CustomRule$GoalsHaveOwners";
  private static List<Rule> rules;

  @Override
  protected synchronized List<Rule> rules() {
    if (rules == null) {
      rules = List.of(readmeRule());
    }
    return rules;
  }

  private static Rule readmeRule() {
    try {
      ReadmeJavaBlocksTest.Example block = ReadmeJavaBlocksTest.examples().stream()
          .filter(e -> e.className().equals(BLOCK)).findFirst()
          .orElseThrow(() -> new AssertionError("the README has no " + BLOCK + " block"));
      assertTrue(block.source().contains("extends PracticeFactRule"), "the README's rule uses a shape");
      Path classes = Files.createTempDirectory("readme-rule");
      Path source = Files.writeString(Files.createDirectories(classes.resolve("src")).resolve(BLOCK + ".java"),
          block.source());
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      ReadmeJavaBlocksTest.compile(List.of(source), classes, classPath);
      // Not closed: the rule's class must stay loadable while the contract runs it.
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          ReadmeCustomRuleContractTest.class.getClassLoader());
      return (Rule) loader.loadClass(RULE).getConstructor().newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot make the README's rule " + RULE, e);
    }
  }
}
