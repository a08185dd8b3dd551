/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void printsBalancesBeforeAndAfterTheTransfer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains(
            "Balances before the transfer:\n"
                + "  Alice  available 100.00 EUR   pending   0.00 EUR   total 100.00 EUR\n"
                + "  Bob    available   0.00 EUR   pending   0.00 EUR   total   0.00 EUR\n")
        .containsPattern("Transfer trf_[A-Za-z0-9]+ completed: 25.50 EUR from Alice to Bob")
        .contains(
            "Balances after the transfer:\n"
                + "  Alice  available  74.50 EUR   pending   0.00 EUR   total  74.50 EUR\n"
                + "  Bob    available  25.50 EUR   pending   0.00 EUR   total  25.50 EUR\n")
        .contains("Ledger audit: clean");
  }
}
