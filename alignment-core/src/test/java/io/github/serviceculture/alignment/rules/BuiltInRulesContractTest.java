package io.github.serviceculture.alignment.rules;

import io.github.serviceculture.alignment.testing.RuleContractTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule keeps the rule contract. The factories are overridden because this module's
 * tests compile the contract into the module, whose testing package JUnit may not reflect on.
 */
class BuiltInRulesContractTest extends RuleContractTest {
  @Override
  protected List<Rule> rules() {
    return BuiltInRules.all();
  }

  @Override
  @TestFactory
  protected Stream<DynamicTest> eachRuleKeepsTheContractOnTheFixedContexts() {
    return super.eachRuleKeepsTheContractOnTheFixedContexts();
  }

  @Override
  @TestFactory
  protected Stream<DynamicTest> eachRuleKeepsTheContractOnGeneratedOrganizations() {
    return super.eachRuleKeepsTheContractOnGeneratedOrganizations();
  }
}
