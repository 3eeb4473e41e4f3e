package io.github.serviceculture.alignment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.serviceculture.alignment.model.Goal;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks, as a user would see it, what alignment-core's module exports and opens. */
class CoreModuleDescriptorTest {

  private static ModuleDescriptor coreDescriptor() throws URISyntaxException {
    Path location = Path.of(Goal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(location).findAll().iterator().next().descriptor();
  }

  @Test
  void coreIsANamedModuleThatExportsOnlyItsApiPackages() throws Exception {
    ModuleDescriptor descriptor = coreDescriptor();
    assertEquals("io.github.serviceculture.alignment", descriptor.name());
    Set<String> exported = descriptor.exports().stream()
        .peek(e -> assertTrue(!e.isQualified(), "qualified export " + e))
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of(
        "io.github.serviceculture.alignment",
        "io.github.serviceculture.alignment.model",
        "io.github.serviceculture.alignment.norms",
        "io.github.serviceculture.alignment.perception",
        "io.github.serviceculture.alignment.rules",
        "io.github.serviceculture.alignment.scoring",
        "io.github.serviceculture.alignment.stats",
        "io.github.serviceculture.alignment.survey"), exported);
    assertTrue(descriptor.packages().contains("io.github.serviceculture.alignment.internal"));
  }

  @Test
  void coreOpensNothingToReflection() throws Exception {
    // alignment-json maps the values through their public builders, so nothing needs deep reflection.
    assertEquals(Set.of(), coreDescriptor().opens());
    assertTrue(!coreDescriptor().isOpen());
  }
}
