/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public signatures of the integration modules (wallet-sdk-micrometer,
 * wallet-sdk-opentelemetry, wallet-sdk-spring-boot-starter) name only JDK types, the SDK's own
 * public types and the one library each module integrates with: never an SDK internal type, nor
 * Jackson, OkHttp, Tink or SLF4J. The same rule as wallet-sdk-core's ArchitectureTest, per module.
 */
public class PublicSurfaceTest {
  private static final Set<String> ALWAYS_FORBIDDEN =
      Set.of(
          "com.fasterxml.jackson.",
          "tools.jackson.",
          "okhttp3.",
          "okio.",
          "kotlin.",
          "com.google.crypto.tink.",
          "com.google.protobuf.",
          "org.slf4j.");

  private static final Set<String> LIBRARIES =
      Set.of("io.micrometer.", "io.opentelemetry.", "org.springframework.", "jakarta.");

  static Stream<Arguments> modules() {
    return Stream.of(
        Arguments.of("dev.walletsdk.micrometer", Set.of("io.micrometer.")),
        Arguments.of("dev.walletsdk.opentelemetry", Set.of("io.opentelemetry.")),
        // The starter wires the two adapters, so its conditional configurations name their types.
        Arguments.of(
            "dev.walletsdk.spring",
            Set.of("org.springframework.", "jakarta.", "io.micrometer.", "io.opentelemetry.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void publicSignaturesNameOnlyOwnJdkAndTheIntegratedLibrarysTypes(
      String pkg, Set<String> allowed) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(pkg);
    assertThat(classes).as("classes of %s", pkg).isNotEmpty();

    List<String> violations = new ArrayList<>();
    classes.stream()
        .filter(c -> c.getPackageName().equals(pkg))
        .forEach(c -> violations.addAll(violations(c, allowed)));

    assertThat(violations).isEmpty();
  }

  @Test
  void theCheckSeesThirdPartyInternalAndOtherLibrariesTypes() {
    JavaClass leaky = new ClassFileImporter().importClass(LeakyFixture.class);
    List<String> violations = violations(leaky, Set.of("io.opentelemetry."));

    assertThat(violations)
        .containsExactlyInAnyOrder(
            "method LeakyFixture.mapper() exposes com.fasterxml.jackson.databind.ObjectMapper",
            "method LeakyFixture.config() exposes"
                + " dev.walletsdk.client.internal.pipeline.ClientConfig",
            "method LeakyFixture.registry() exposes io.micrometer.core.instrument.MeterRegistry");
  }

  static List<String> violations(JavaClass javaClass, Set<String> allowed) {
    List<String> found = new ArrayList<>();
    if (!publiclyVisible(javaClass)) {
      return found;
    }
    String name = javaClass.getSimpleName();
    javaClass.getRawSuperclass().ifPresent(s -> check(s, "superclass of " + name, allowed, found));
    javaClass.getInterfaces().forEach(i -> check(i, "interface of " + name, allowed, found));
    for (JavaField field : javaClass.getFields()) {
      if (exposed(field.getModifiers())) {
        check(field.getType(), "field " + name + "." + field.getName(), allowed, found);
      }
    }
    for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
      if (exposed(unit.getModifiers()) && !unit.getName().startsWith("lambda$")) {
        String where = "method " + name + "." + unit.getName() + "()";
        check(unit.getReturnType(), where, allowed, found);
        unit.getParameterTypes().forEach(p -> check(p, where, allowed, found));
        unit.getExceptionTypes().forEach(e -> check(e, where, allowed, found));
      }
    }
    return found;
  }

  private static void check(JavaType type, String where, Set<String> allowed, List<String> found) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      String name = raw.getName();
      boolean internal = name.startsWith("dev.walletsdk.") && name.contains(".internal.");
      boolean forbidden = ALWAYS_FORBIDDEN.stream().anyMatch(name::startsWith);
      boolean foreignLibrary =
          LIBRARIES.stream().anyMatch(name::startsWith)
              && allowed.stream().noneMatch(name::startsWith);
      if (internal || forbidden || foreignLibrary) {
        found.add(where + " exposes " + name);
      }
    }
  }

  private static boolean publiclyVisible(JavaClass javaClass) {
    for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  /** A public type that leaks a third-party and an internal type: the check must see both. */
  public static final class LeakyFixture {
    /**
     * Leaks Jackson.
     *
     * @return nothing useful
     */
    public com.fasterxml.jackson.databind.ObjectMapper mapper() {
      return new com.fasterxml.jackson.databind.ObjectMapper();
    }

    /**
     * Leaks an internal type.
     *
     * @return nothing
     */
    public dev.walletsdk.client.internal.pipeline.@org.jspecify.annotations.Nullable ClientConfig
        config() {
      return null;
    }

    /**
     * Leaks Micrometer.
     *
     * @return a registry
     */
    public io.micrometer.core.instrument.MeterRegistry registry() {
      return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    }
  }
}
