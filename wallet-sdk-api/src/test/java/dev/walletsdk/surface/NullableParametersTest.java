/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A parameter declared {@code @Nullable} accepts null: every public builder setter and public
 * static method of the API module's exported packages whose only parameter is {@code @Nullable} is
 * called with null and must not throw, so JSpecify tools see what the code does.
 */
class NullableParametersTest {
  static final List<String> EXPORTED =
      List.of("dev.walletsdk", "dev.walletsdk.model", "dev.walletsdk.qr", "dev.walletsdk.spi");

  @Test
  void everyNullableBuilderSetterAcceptsNull() {
    List<String> rejecting = new ArrayList<>();
    int builders = 0;
    int checked = 0;
    for (Class<?> type : PublicTypes.in(ApiKey.class, EXPORTED)) {
      Optional<Object> builder = PublicTypes.newBuilder(type);
      if (builder.isEmpty()) {
        continue;
      }
      builders++;
      for (Method setter : builder.get().getClass().getMethods()) {
        if (isNullableSingleParameter(setter) && !Modifier.isStatic(setter.getModifiers())) {
          checked++;
          Object fresh = PublicTypes.newBuilder(type).orElseThrow();
          throwsOnNull(fresh, setter).ifPresent(e -> rejecting.add(describe(setter, e)));
        }
      }
    }

    assertThat(builders).as("builders found").isGreaterThanOrEqualTo(30);
    assertThat(checked).as("@Nullable setters called with null").isPositive();
    assertThat(rejecting).as("@Nullable setters that reject null").isEmpty();
  }

  @Test
  void everyNullableStaticMethodParameterAcceptsNull() {
    List<String> rejecting = new ArrayList<>();
    for (Class<?> type : PublicTypes.in(ApiKey.class, EXPORTED)) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers())
            && Modifier.isPublic(method.getModifiers())
            && isNullableSingleParameter(method)) {
          throwsOnNull(null, method).ifPresent(e -> rejecting.add(describe(method, e)));
        }
      }
    }

    assertThat(rejecting).as("@Nullable static parameters that reject null").isEmpty();
  }

  private static boolean isNullableSingleParameter(Method method) {
    return method.getParameterCount() == 1
        && !method.getParameterTypes()[0].isPrimitive()
        && PublicTypes.isNullable(method, 0)
        && !method.getName().equals("equals");
  }

  private static Optional<Throwable> throwsOnNull(Object target, Method method) {
    try {
      method.invoke(target, new Object[] {null});
      return Optional.empty();
    } catch (InvocationTargetException e) {
      return Optional.of(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method + " is not accessible", e);
    }
  }

  private static String describe(Method method, Throwable e) {
    return PublicTypes.name(method) + " throws " + e.getClass().getSimpleName();
  }
}
