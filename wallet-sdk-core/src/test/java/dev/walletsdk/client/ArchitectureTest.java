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
 * The public API of wallet-sdk-api and wallet-sdk-core exposes no third-party or internal type:
 * users can rely on it without depending on Jackson, OkHttp, Tink or SLF4J, and internals can
 * change freely.
 */
class ArchitectureTest {
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
        .resideInAnyPackage("dev.walletsdk", "dev.walletsdk.model", "dev.walletsdk.spi")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..", "dev.walletsdk", "dev.walletsdk.model", "dev.walletsdk.spi", "org.jspecify..")
        .check(API_AND_CORE);
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
    javaClass
        .getRawSuperclass()
        .ifPresent(s -> check(s, "superclass of " + javaClass.getSimpleName(), violations));
    javaClass
        .getInterfaces()
        .forEach(i -> checkType(i, "interface of " + javaClass.getSimpleName(), violations));
    for (JavaField field : javaClass.getFields()) {
      if (isExposed(field.getModifiers())) {
        checkType(field.getType(), "field " + describe(javaClass, field.getName()), violations);
      }
    }
    for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
      if (isExposed(unit.getModifiers()) && !unit.getName().startsWith("lambda$")) {
        String where = "method " + describe(javaClass, unit.getName()) + "()";
        checkType(unit.getReturnType(), where, violations);
        unit.getParameterTypes().forEach(p -> checkType(p, where, violations));
        unit.getExceptionTypes().forEach(e -> check(e, where, violations));
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

  private static void checkType(JavaType type, String where, List<String> violations) {
    type.getAllInvolvedRawTypes().forEach(raw -> check(raw, where, violations));
  }

  private static void check(JavaClass type, String where, List<String> violations) {
    String name = type.getName();
    boolean forbidden = FORBIDDEN_PREFIXES.stream().anyMatch(name::startsWith);
    boolean internal = name.startsWith("dev.walletsdk.") && name.contains(".internal.");
    if (forbidden || internal) {
      violations.add(where + " exposes " + name);
    }
  }
}
