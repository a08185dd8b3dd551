/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Wallet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mock's JUnit extension injects a WalletClient through core's ClientFactory service. */
@ExtendWith(MockWalletExtension.class)
class MockExtensionTest {
  @Test
  void clientIsBoundToTheInjectedMock(MockWalletServer mock, WalletClient wallet) {
    Wallet alice = wallet.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("12.00", "EUR"));

    assertThat(wallet.balances().get(alice.id(), CurrencyCode.EUR).total())
        .isEqualTo(Money.of("12.00", "EUR"));
  }
}
