/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API of wallet-sdk-api, wallet-sdk-core and wallet-sdk-crypto (including the
 * server-side package the mock uses) exposes no third-party or internal type: users can rely on it
 * without depending on Jackson, OkHttp, Tink or SLF4J, and internals can change freely. One
 * exemption (docs/decisions/0003-okhttp-in-public-api.md): the package {@value #OKHTTP_PACKAGE} may
 * name {@value #OKHTTP_CLIENT}, and nothing else of OkHttp.
 */
class ArchitectureTest {
  static final String OKHTTP_PACKAGE = "dev.walletsdk.client.okhttp";
  static final String OKHTTP_CLIENT = "okhttp3.OkHttpClient";

  /**
   * The crypto package may name the two Tink types its adoption factories take, {@code
   * SigningKeyset.fromTinkKeysetHandle} and {@code KeysetWrappingKey.fromTinkAead}, for partners
   * that already keep their keys in Tink (docs/decisions/0028-public-surface.md); nothing else of
   * Tink.
   */
  static final Set<String> TINK_ADOPTION =
      Set.of("com.google.crypto.tink.KeysetHandle", "com.google.crypto.tink.Aead");

  private static final Set<String> FORBIDDEN_PREFIXES =
      Set.of(
          "com.fasterxml.jackson.",
          "okhttp3.",
          "okio.",
          "kotlin.",
          "com.google.crypto.tink.",
          "com.google.protobuf.",
          "org.slf4j.");

  private static final JavaClasses API_AND_CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "dev.walletsdk", "dev.walletsdk.model", "dev.walletsdk.spi", "dev.walletsdk.client")
          .that(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "in wallet-sdk-api or wallet-sdk-core",
                  (JavaClass c) ->
                      !c.getPackageName().startsWith("dev.walletsdk.mock")
                          && !c.getPackageName().startsWith("dev.walletsdk.crypto")));

  private static final JavaClasses CRYPTO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.walletsdk.crypto");

  /** Finds every public signature that names a forbidden or internal type. */
  static final ArchCondition<JavaClass> EXPOSE_ONLY_OWN_PUBLIC_TYPES =
      new ArchCondition<>("expose only JDK and own public types in public signatures") {
        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
          for (String violation : violations(javaClass)) {
            events.add(SimpleConditionEvent.violated(javaClass, violation));
          }
        }
      };

  @Test
  void publicSignaturesExposeNoThirdPartyOrInternalType() {
    ArchRule rule =
        ArchRuleDefinition.classes()
            .that()
            .resideOutsideOfPackage("..internal..")
            .and()
            .arePublic()
            .should(EXPOSE_ONLY_OWN_PUBLIC_TYPES);
    rule.check(API_AND_CORE);
  }

  @Test
  void cryptoPublicSignaturesExposeNoTinkSlf4jOrInternalType() {
    assertThat(CRYPTO.stream().map(JavaClass::getPackageName).distinct())
        .contains("dev.walletsdk.crypto", "dev.walletsdk.crypto.server");
    ArchRule rule =
        ArchRuleDefinition.classes()
            .that()
            .resideOutsideOfPackage("..internal..")
            .and()
            .arePublic()
            .should(EXPOSE_ONLY_OWN_PUBLIC_TYPES);
    rule.check(CRYPTO);
  }

  @Test
  void cryptoNeverDependsOnTheClientOrTheMock() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.walletsdk.client..", "dev.walletsdk.mock..")
        .check(CRYPTO);
  }

  @Test
  void partnerFacingCryptoNamesNoServerSideTypeInItsSignatures() {
    List<String> violations = new ArrayList<>();
    CRYPTO.stream()
        .filter(c -> c.getPackageName().equals("dev.walletsdk.crypto") && isPubliclyVisible(c))
        .forEach(
            c -> {
              for (JavaCodeUnit unit : c.getCodeUnits()) {
                if (isExposed(unit.getModifiers())) {
                  List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                  types.add(unit.getReturnType());
                  types.stream()
                      .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                      .filter(t -> t.getPackageName().equals("dev.walletsdk.crypto.server"))
                      .forEach(t -> violations.add(describe(c, unit.getName()) + " " + t));
                }
              }
            });

    assertThat(violations).isEmpty();
  }

  @Test
  void apiAndCoreNeverDependOnTheMock() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.walletsdk.mock..")
        .check(API_AND_CORE);
  }

  @Test
  void apiDependsOnTheJdkAndJSpecifyOnly() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.walletsdk",
            "dev.walletsdk.model",
            "dev.walletsdk.qr",
            "dev.walletsdk.spi",
            "dev.walletsdk.internal")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..",
            "dev.walletsdk",
            "dev.walletsdk.model",
            "dev.walletsdk.qr",
            "dev.walletsdk.spi",
            "dev.walletsdk.internal",
            "org.jspecify..")
        .check(API_AND_CORE);
  }

  @Test
  void okHttpIntegrationPackageMayNameOkHttpClient() {
    JavaClass wrap =
        new ClassFileImporter().importClass(dev.walletsdk.client.okhttp.OkHttpTransports.class);

    assertThat(violations(wrap)).isEmpty();
  }

  @Test
  void okHttpExemptionDoesNotCoverOtherOkHttpTypes() {
    JavaClass leaky =
        new ClassFileImporter().importClass(dev.walletsdk.client.okhttp.LeakyOkHttpFixture.class);

    assertThat(violations(leaky))
        .containsExactly("method LeakyOkHttpFixture.request() exposes okhttp3.Request");
  }

  @Test
  void okHttpExemptionDoesNotCoverOtherPackages() {
    JavaClass leaky = new ClassFileImporter().importClass(LeakyOkHttpClientFixture.class);

    assertThat(violations(leaky))
        .containsExactly("method LeakyOkHttpClientFixture.client() exposes okhttp3.OkHttpClient");
  }

  @Test
  void conditionDetectsAnExposedJacksonType() {
    JavaClass leaky = new ClassFileImporter().importClass(LeakyApiFixture.class);

    assertThat(violations(leaky))
        .containsExactly(
            "method LeakyApiFixture.tree() exposes com.fasterxml.jackson.databind.JsonNode");
  }

  static List<String> violations(JavaClass javaClass) {
    List<String> violations = new ArrayList<>();
    if (!isPubliclyVisible(javaClass)) {
      return violations;
    }
    String owner = javaClass.getPackageName();
    javaClass
        .getRawSuperclass()
        .ifPresent(s -> check(owner, s, "superclass of " + javaClass.getSimpleName(), violations));
    javaClass
        .getInterfaces()
        .forEach(i -> checkType(owner, i, "interface of " + javaClass.getSimpleName(), violations));
    for (JavaField field : javaClass.getFields()) {
      if (isExposed(field.getModifiers())) {
        String where = "field " + describe(javaClass, field.getName());
        checkType(owner, field.getType(), where, violations);
      }
    }
    for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
      if (isExposed(unit.getModifiers()) && !unit.getName().startsWith("lambda$")) {
        String where = "method " + describe(javaClass, unit.getName()) + "()";
        checkType(owner, unit.getReturnType(), where, violations);
        unit.getParameterTypes().forEach(p -> checkType(owner, p, where, violations));
        unit.getExceptionTypes().forEach(e -> check(owner, e, where, violations));
      }
    }
    return violations;
  }

  private static String describe(JavaClass javaClass, String member) {
    return javaClass.getSimpleName() + "." + member;
  }

  private static boolean isPubliclyVisible(JavaClass javaClass) {
    for (JavaClass c = javaClass; c != null; c = c.getEnclosingClass().orElse(null)) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isExposed(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void checkType(
      String owner, JavaType type, String where, List<String> violations) {
    type.getAllInvolvedRawTypes().forEach(raw -> check(owner, raw, where, violations));
  }

  private static void check(String owner, JavaClass type, String where, List<String> violations) {
    String name = type.getName();
    boolean exempt =
        owner.equals(OKHTTP_PACKAGE) && name.equals(OKHTTP_CLIENT)
            || owner.equals("dev.walletsdk.crypto") && TINK_ADOPTION.contains(name);
    boolean forbidden = !exempt && FORBIDDEN_PREFIXES.stream().anyMatch(name::startsWith);
    boolean internal = name.startsWith("dev.walletsdk.") && name.contains(".internal.");
    if (forbidden || internal) {
      violations.add(where + " exposes " + name);
    }
  }
}
