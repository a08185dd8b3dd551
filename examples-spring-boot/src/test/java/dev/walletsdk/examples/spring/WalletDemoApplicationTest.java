/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalletDemoApplicationTest {
  @Test
  void theDemoMovesMoneyAndReceivesItsWebhooksThroughTheApplicationsEndpoint() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WalletDemoApplication.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("Health of the wallet platform: UP")
        .contains("  Alice  available  74.50 EUR\n")
        .contains("  Bob    available  25.50 EUR\n")
        .contains("  wallet.created: Alice\n")
        .contains("  wallet.created: Bob\n")
        .contains("  transfer.completed: 25.50 EUR, reference invoice-42\n")
        .contains("Ledger audit: clean");
  }
}
