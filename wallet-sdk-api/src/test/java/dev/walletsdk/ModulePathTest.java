/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.Money;
import org.junit.jupiter.api.Test;

/**
 * This module's tests run on the module path (surefire useModulePath, decision 0027), so the tests
 * see the module's encapsulation as a partner's modular application does.
 */
class ModulePathTest {
  @Test
  void testsRunInsideTheNamedApiModule() {
    assertThat(getClass().getModule().isNamed()).isTrue();
    assertThat(getClass().getModule().getName()).isEqualTo("dev.walletsdk");
  }

  @Test
  void internalPackageIsNotExportedToEveryone() {
    Module module = Money.class.getModule();
    assertThat(module.isExported("dev.walletsdk.model")).isTrue();
    assertThat(module.isExported("dev.walletsdk.internal")).isFalse();
  }
}
