/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptTest {
  @Test
  void receiptKeepsItsParts() {
    Receipt receipt = Receipt.of("key_2026", "ed25519", "c2lnbmF0dXJl");

    assertThat(receipt.keyId()).isEqualTo("key_2026");
    assertThat(receipt.algorithm()).isEqualTo("ed25519");
    assertThat(receipt.signature()).isEqualTo("c2lnbmF0dXJl");
  }

  @Test
  void emptySignatureIsRejected() {
    assertRejected(
        () -> Receipt.of("key_2026", "ed25519", ""),
        "Receipt.signature",
        "invalid_length",
        "Receipt.signature must not be empty");
  }

  @Test
  void missingKeyIdIsRejected() {
    assertRejected(
        () -> Receipt.of(null, "ed25519", "c2lnbmF0dXJl"),
        "Receipt.keyId",
        "required",
        "Receipt.keyId is required");
  }
}
