/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mock's layers depend downwards only: the engine and the ledger know nothing of the view
 * (rendering) or the HTTP routes, and the stores know nothing of any other layer. Read from the
 * sources, so any use, imported or fully qualified, counts.
 */
class ArchitectureTest {
  private static final Path INTERNAL = Path.of("src/main/java/dev/walletsdk/mock/internal");
  private static final Pattern UPPER_LAYER =
      Pattern.compile("dev\\.walletsdk\\.mock\\.internal\\.(view|http)\\.[A-Za-z_.*]+");

  private static final Pattern ANY_OTHER_LAYER =
      Pattern.compile("dev\\.walletsdk\\.mock\\.internal\\.(?!store\\.)[a-z]+\\.[A-Za-z_.*]+");

  private static List<String> upwardUses(String layer) {
    return uses(layer, UPPER_LAYER);
  }

  private static List<String> uses(String layer, Pattern forbidden) {
    try (Stream<Path> files = Files.walk(INTERNAL.resolve(layer))) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .flatMap(file -> uses(file, forbidden))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> uses(Path file, Pattern forbidden) {
    try {
      Matcher matcher = forbidden.matcher(Files.readString(file));
      return matcher.results().map(match -> file.getFileName() + " uses " + match.group());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void engineUsesNeitherViewNorHttp() {
    assertThat(upwardUses("engine")).isEmpty();
  }

  @Test
  void ledgerUsesNeitherViewNorHttp() {
    assertThat(upwardUses("ledger")).isEmpty();
  }

  @Test
  void storesUseNoOtherLayer() {
    assertThat(uses("store", ANY_OTHER_LAYER)).isEmpty();
  }

  @Test
  void theLayersBeingCheckedExist() {
    assertThat(INTERNAL.resolve("engine").resolve("Engine.java")).exists();
    assertThat(INTERNAL.resolve("ledger").resolve("Ledger.java")).exists();
    assertThat(INTERNAL.resolve("store").resolve("Store.java")).exists();
  }
}
