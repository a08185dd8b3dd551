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

/** The production integration example runs against the embedded mock and prints what it shows. */
class ProductionIntegrationExampleTest {
  @Test
  void exampleReportsTheRequestIdAndTheReplay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      ProductionIntegrationExample.run(out);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Transfer 25.50 EUR created with status 201, request id present: true\n"
                + "Sent again with the same key: same transfer true, replayed true\n");
  }
}
