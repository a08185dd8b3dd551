/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exported packages of every SDK module, read from the compiled module-info, are exactly the
 * public surface decided in docs/decisions/0028-public-surface.md: a package leaves or joins the
 * public API only by changing this test with it. Internal packages are never exported to everyone,
 * and every qualified export names an SDK module.
 */
class ModuleExportsTest {
  private static final Map<String, Set<String>> PUBLIC_EXPORTS =
      Map.of(
          "dev.walletsdk",
          Set.of("dev.walletsdk", "dev.walletsdk.model", "dev.walletsdk.qr", "dev.walletsdk.spi"),
          "dev.walletsdk.crypto",
          Set.of("dev.walletsdk.crypto"),
          "dev.walletsdk.client",
          Set.of("dev.walletsdk.client", "dev.walletsdk.client.okhttp"),
          "dev.walletsdk.mock",
          Set.of("dev.walletsdk.mock", "dev.walletsdk.mock.junit"),
          "dev.walletsdk.micrometer",
          Set.of("dev.walletsdk.micrometer"),
          "dev.walletsdk.opentelemetry",
          Set.of("dev.walletsdk.opentelemetry"));

  private static final Map<String, Set<String>> QUALIFIED_EXPORTS =
      Map.of(
          "dev.walletsdk.internal",
              Set.of("dev.walletsdk.client", "dev.walletsdk.crypto", "dev.walletsdk.mock"),
          "dev.walletsdk.spi.testing", Set.of("dev.walletsdk.client", "dev.walletsdk.mock"),
          "dev.walletsdk.crypto.server", Set.of("dev.walletsdk.mock"));

  @Test
  void everyModuleExportsExactlyItsPublicPackages() throws IOException {
    Map<String, ModuleDescriptor> modules = sdkModules();
    Map<String, Set<String>> exported = new TreeMap<>();
    modules.forEach(
        (name, d) ->
            exported.put(
                name,
                d.exports().stream()
                    .filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new))));

    assertThat(exported).isEqualTo(new TreeMap<>(PUBLIC_EXPORTS));
  }

  @Test
  void qualifiedExportsAreExactlyTheDecidedOnes() throws IOException {
    Map<String, Set<String>> qualified = new TreeMap<>();
    for (ModuleDescriptor d : sdkModules().values()) {
      d.exports().stream()
          .filter(ModuleDescriptor.Exports::isQualified)
          .forEach(e -> qualified.put(e.source(), new TreeSet<>(e.targets())));
    }

    assertThat(qualified).isEqualTo(new TreeMap<>(QUALIFIED_EXPORTS));
  }

  @Test
  void everyPackageIsExportedOrInternal() throws IOException {
    Set<String> unexported = new TreeSet<>();
    for (ModuleDescriptor d : sdkModules().values()) {
      Set<String> exports =
          d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      d.packages().stream()
          .filter(p -> !exports.contains(p) && !p.contains(".internal"))
          .forEach(unexported::add);
    }

    assertThat(unexported).as("packages neither exported nor internal").isEmpty();
  }

  /** Reads the module descriptors of the SDK's modules on the test class path. */
  private static Map<String, ModuleDescriptor> sdkModules() throws IOException {
    Map<String, ModuleDescriptor> modules = new TreeMap<>();
    for (URL url : Collections.list(ClassLoader.getSystemResources("module-info.class"))) {
      Path root = rootOf(url);
      for (ModuleReference ref : ModuleFinder.of(root).findAll()) {
        String name = ref.descriptor().name();
        if (name.equals("dev.walletsdk") || name.startsWith("dev.walletsdk.")) {
          modules.put(name, ref.descriptor());
        }
      }
    }
    assertThat(modules).as("SDK modules on the class path").hasSize(PUBLIC_EXPORTS.size());
    return modules;
  }

  private static Path rootOf(URL url) {
    try {
      String s = url.toString();
      if (s.startsWith("jar:")) {
        return Path.of(new URL(s.substring(4, s.indexOf("!/"))).toURI());
      }
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException | java.net.MalformedURLException e) {
      throw new IllegalStateException(url.toString(), e);
    }
  }
}
