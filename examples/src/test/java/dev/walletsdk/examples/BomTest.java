/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The bill of materials as a partner's build reads it (decision 0027): it manages exactly the
 * modules this reactor publishes, at the reactor's version, so a new published module cannot be
 * left out of it, and every published module either has an API baseline or says why it has none.
 */
class BomTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String GROUP = "dev.walletsdk";

  @Test
  void bomManagesExactlyThePublishedModulesOfTheReactor() throws Exception {
    assertThat(bomManagedArtifacts())
        .containsExactlyInAnyOrderElementsOf(publishedModules())
        .contains("wallet-sdk-api", "wallet-sdk-core", "wallet-sdk-spring-boot-starter");
  }

  @Test
  void bomPinsEverySdkModuleToTheReactorVersionAndNothingElse() throws Exception {
    for (Element dependency : bomDependencies()) {
      assertThat(text(dependency, "groupId")).contains(GROUP);
      assertThat(text(dependency, "version")).contains("${project.version}");
      assertThat(text(dependency, "scope")).isEmpty();
      assertThat(text(dependency, "type")).isEmpty();
    }
  }

  @Test
  void bomHasNoParentAndTheReactorVersion() throws Exception {
    Element bom = pom(ROOT.resolve("wallet-sdk-bom")).getDocumentElement();
    Element parent = pom(ROOT).getDocumentElement();
    assertThat(child(bom, "parent")).isEmpty();
    assertThat(text(bom, "groupId")).isEqualTo(text(parent, "groupId"));
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
  }

  @Test
  void bomDeclaresTheParentsPluginVersions() throws Exception {
    Map<String, String> parentProperties = properties(pom(ROOT).getDocumentElement());
    Map<String, String> parentVersions = new TreeMap<>();
    for (Element plugin : pluginManagement(pom(ROOT).getDocumentElement())) {
      String version = text(plugin, "version").orElseThrow();
      String key = version.replaceAll("^\\$\\{(.*)}$", "$1");
      parentVersions.put(
          text(plugin, "artifactId").orElseThrow(), parentProperties.getOrDefault(key, version));
    }
    Map<String, String> bomVersions = new TreeMap<>();
    for (Element plugin :
        pluginManagement(pom(ROOT.resolve("wallet-sdk-bom")).getDocumentElement())) {
      bomVersions.put(
          text(plugin, "artifactId").orElseThrow(), text(plugin, "version").orElseThrow());
    }
    assertThat(parentVersions).containsAllEntriesOf(bomVersions);
  }

  @Test
  void everyPublishedModuleHasAnApiBaselineAndNoUnpublishedOneRunsTheGate() throws Exception {
    Map<String, String> rootProperties = properties(pom(ROOT).getDocumentElement());
    String version = rootProperties.get("api.baseline.version");
    for (String module : modules()) {
      Element project = pom(ROOT.resolve(module)).getDocumentElement();
      if (!text(project, "packaging").orElse("jar").equals("jar")) {
        continue; // the BOM: no classes, no API gate
      }
      Map<String, String> properties = properties(project);
      boolean gateSkipped = "true".equals(properties.get("japicmp.skip"));
      if (publishedModules().contains(module)) {
        assertThat(ROOT.resolve("api-baseline/" + version + "/" + module + "-" + version + ".jar"))
            .as("API baseline of %s (scripts/update-api-baseline.sh)", module)
            .isRegularFile();
        assertThat(gateSkipped).as("%s skips the API gate", module).isFalse();
      } else {
        assertThat(gateSkipped).as("unpublished %s skips the API gate", module).isTrue();
      }
    }
  }

  /** Modules of the root pom, in every profile, that are jars and not marked maven.deploy.skip. */
  private static TreeSet<String> publishedModules() throws Exception {
    TreeSet<String> published = new TreeSet<>();
    for (String module : modules()) {
      Element project = pom(ROOT.resolve(module)).getDocumentElement();
      boolean jar = text(project, "packaging").orElse("jar").equals("jar");
      boolean deployed = !"true".equals(properties(project).get("maven.deploy.skip"));
      if (jar && deployed) {
        published.add(text(project, "artifactId").orElseThrow());
      }
    }
    return published;
  }

  private static List<String> modules() throws Exception {
    List<String> modules = new ArrayList<>();
    var nodes = pom(ROOT).getElementsByTagName("module");
    for (int i = 0; i < nodes.getLength(); i++) {
      modules.add(nodes.item(i).getTextContent().trim());
    }
    assertThat(modules).contains("wallet-sdk-bom", "wallet-sdk-api");
    return modules;
  }

  private static TreeSet<String> bomManagedArtifacts() throws Exception {
    TreeSet<String> artifacts = new TreeSet<>();
    for (Element dependency : bomDependencies()) {
      artifacts.add(text(dependency, "artifactId").orElseThrow());
    }
    return artifacts;
  }

  private static List<Element> bomDependencies() throws Exception {
    Element project = pom(ROOT.resolve("wallet-sdk-bom")).getDocumentElement();
    Element management = child(project, "dependencyManagement").orElseThrow();
    return children(child(management, "dependencies").orElseThrow(), "dependency");
  }

  private static List<Element> pluginManagement(Element project) {
    return child(project, "build")
        .flatMap(build -> child(build, "pluginManagement"))
        .flatMap(management -> child(management, "plugins"))
        .map(plugins -> children(plugins, "plugin"))
        .orElse(List.of());
  }

  private static Map<String, String> properties(Element project) {
    Map<String, String> properties = new TreeMap<>();
    child(project, "properties")
        .ifPresent(
            element -> {
              for (Node node = element.getFirstChild();
                  node != null;
                  node = node.getNextSibling()) {
                if (node instanceof Element property) {
                  properties.put(property.getTagName(), property.getTextContent().trim());
                }
              }
            });
    return properties;
  }

  private static Document pom(Path directory)
      throws ParserConfigurationException, IOException, SAXException {
    Path file = directory.resolve("pom.xml");
    assertThat(file).isRegularFile();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static Optional<String> text(Element element, String name) {
    return child(element, name).map(child -> child.getTextContent().trim());
  }

  private static Optional<Element> child(Element element, String name) {
    List<Element> found = children(element, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element element, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(name)) {
        found.add(child);
      }
    }
    return found;
  }
}
