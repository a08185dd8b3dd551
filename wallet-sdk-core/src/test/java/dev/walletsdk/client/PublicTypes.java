/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Finds the public types of a module's exported packages, their builders and setters. */
final class PublicTypes {
  private PublicTypes() {}

  /**
   * Loads every public class (nested ones included) of the given packages from the directory or jar
   * that holds {@code anchor}.
   */
  static List<Class<?>> in(Class<?> anchor, List<String> packages) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isDirectory(root)) {
      return in(root, anchor, packages);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root)) {
      return in(jar.getPath("/"), anchor, packages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Class<?>> in(Path root, Class<?> anchor, List<String> packages) {
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : packages) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            Class<?> type = load(pkg + "." + name.substring(0, name.length() - 6), anchor);
            if (isPublic(type)) {
              types.add(type);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** Returns the builder of {@code type} from its public no-argument static factory, if any. */
  static Optional<Object> newBuilder(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getDeclaringClass() == type
          && m.getReturnType().getSimpleName().endsWith("Builder")) {
        try {
          return Optional.of(m.invoke(null));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(m + " failed", e);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether parameter {@code index} of {@code method} is declared {@code @Nullable}. */
  static boolean isNullable(Method method, int index) {
    AnnotatedType type = method.getAnnotatedParameterTypes()[index];
    return type.isAnnotationPresent(Nullable.class);
  }

  /** Names a method as {@code Type.method}, with the enclosing type for nested ones. */
  static String name(Method method) {
    return method.getDeclaringClass().getName().replaceFirst("^.*\\.", "").replace('$', '.')
        + "."
        + method.getName();
  }

  private static Class<?> load(String name, Class<?> anchor) {
    try {
      return Class.forName(name, false, anchor.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }
}
