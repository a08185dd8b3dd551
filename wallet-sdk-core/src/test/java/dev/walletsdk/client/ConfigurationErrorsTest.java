/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.Ed25519Keys;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule for configuration errors (docs/decisions/0028-public-surface.md), checked on every
 * public builder setter of the API, client and crypto modules' exported packages:
 *
 * <ul>
 *   <li>a value parameter (text, numbers, {@code java.time}, URIs, paths, collections and the SDK's
 *       own value types) that is missing or bad throws {@link InvalidRequestException} naming the
 *       field, from the setter or, for a missing value, at the latest from {@code build()};
 *   <li>a null collaborator (anything else: SPI implementations, clocks, executors, TLS material,
 *       configuration objects) throws {@link NullPointerException} whose message is the parameter's
 *       name;
 *   <li>a {@code @Nullable} parameter accepts null;
 *   <li>nothing throws {@link IllegalArgumentException}.
 * </ul>
 *
 * <p>The SPI's plumbing types ({@code dev.walletsdk.spi}) follow the JDK's conventions instead and
 * are not checked here.
 */
class ConfigurationErrorsTest {
  private static final List<String> VALUE_PACKAGES =
      List.of("dev.walletsdk", "dev.walletsdk.model", "dev.walletsdk.qr");

  private static final Map<Class<?>, List<String>> MODULES =
      Map.of(
          ApiKey.class, VALUE_PACKAGES,
          WalletClient.class, List.of("dev.walletsdk.client", "dev.walletsdk.client.okhttp"),
          Ed25519Keys.class, List.of("dev.walletsdk.crypto"));

  @Test
  void nullFollowsTheRuleInEveryBuilderSetter() {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Class<?>, List<String>> module : MODULES.entrySet()) {
      for (Class<?> type : PublicTypes.in(module.getKey(), module.getValue())) {
        for (Method setter : setters(type)) {
          if (setter.getParameterTypes()[0].isPrimitive()) {
            continue;
          }
          checked++;
          Optional<Throwable> thrown = call(type, setter, null);
          expectedOnNull(setter, thrown).ifPresent(violations::add);
        }
      }
    }

    assertThat(checked).as("builder setters called with null").isGreaterThan(150);
    assertThat(violations).as("setters breaking the rule on null").isEmpty();
  }

  @Test
  void badValuesThrowInvalidRequestExceptionOnly() {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Class<?>, List<String>> module : MODULES.entrySet()) {
      for (Class<?> type : PublicTypes.in(module.getKey(), module.getValue())) {
        for (Method setter : setters(type)) {
          Object bad = badValue(setter.getParameterTypes()[0]);
          if (bad == null) {
            continue;
          }
          checked++;
          call(type, setter, bad)
              .filter(e -> !(e instanceof InvalidRequestException))
              .ifPresent(e -> violations.add(PublicTypes.name(setter) + " throws " + e.getClass()));
        }
      }
    }

    assertThat(checked).as("builder setters called with a bad value").isGreaterThan(50);
    assertThat(violations).as("setters throwing something else on a bad value").isEmpty();
  }

  @Test
  void eventDispatcherReportsABadBoundAsAFieldError() {
    Optional<Throwable> thrown =
        call(EventDispatcher.class, method(EventDispatcher.Builder.class, "deduplicate"), 0);

    assertThat(thrown).get().isInstanceOf(InvalidRequestException.class);
    assertThat(((InvalidRequestException) thrown.orElseThrow()).fieldErrors().get(0).field())
        .isEqualTo("maxRemembered");
  }

  private static Optional<String> expectedOnNull(Method setter, Optional<Throwable> thrown) {
    String name = PublicTypes.name(setter);
    if (PublicTypes.isNullable(setter, 0)) {
      return thrown.map(e -> name + " is @Nullable but throws " + e.getClass().getSimpleName());
    }
    if (isValue(setter.getParameterTypes()[0])) {
      // A missing value is reported by the setter or, for the resources' builders, by build().
      return thrown.isEmpty()
              || thrown.get() instanceof InvalidRequestException e && !e.fieldErrors().isEmpty()
          ? Optional.empty()
          : Optional.of(name + " must throw InvalidRequestException on null but " + what(thrown));
    }
    String parameter = setter.getParameters()[0].getName();
    return thrown.isPresent()
            && thrown.get() instanceof NullPointerException
            && parameter.equals(thrown.get().getMessage())
        ? Optional.empty()
        : Optional.of(
            name + " must throw NullPointerException(\"" + parameter + "\") but " + what(thrown));
  }

  private static String what(Optional<Throwable> thrown) {
    return thrown
        .map(e -> "throws " + e.getClass().getSimpleName() + "(" + e.getMessage() + ")")
        .orElse("accepts it");
  }

  static boolean isValue(Class<?> type) {
    return type == String.class
        || CharSequence.class.isAssignableFrom(type)
        || Number.class.isAssignableFrom(type)
        || Temporal.class.isAssignableFrom(type)
        || type == Duration.class
        || type == URI.class
        || type == java.nio.file.Path.class
        || Collection.class.isAssignableFrom(type)
        || type.isArray()
        || VALUE_PACKAGES.contains(type.getPackageName());
  }

  private static Object badValue(Class<?> type) {
    if (type == String.class) {
      return "\u0000";
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(-1);
    }
    if (type == int.class) {
      return -1;
    }
    if (type == long.class) {
      return -1L;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("-1");
    }
    if (type == URI.class) {
      return URI.create("relative/path");
    }
    return null;
  }

  private static List<Method> setters(Class<?> type) {
    Optional<Object> builder = PublicTypes.newBuilder(type);
    if (builder.isEmpty()) {
      return List.of();
    }
    List<Method> setters = new ArrayList<>();
    for (Method m : builder.get().getClass().getMethods()) {
      if (!Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 1
          && m.getDeclaringClass() == builder.get().getClass()
          && !m.getName().equals("equals")) {
        setters.add(m);
      }
    }
    setters.sort((a, b) -> a.toString().compareTo(b.toString()));
    return setters;
  }

  private static Method method(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new IllegalStateException(type + " has no " + name);
  }

  private static Optional<Throwable> call(Class<?> type, Method setter, Object argument) {
    Object builder = PublicTypes.newBuilder(type).orElseThrow();
    try {
      setter.invoke(builder, argument);
      return Optional.empty();
    } catch (InvocationTargetException e) {
      return Optional.of(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(setter + " is not accessible", e);
    }
  }
}
