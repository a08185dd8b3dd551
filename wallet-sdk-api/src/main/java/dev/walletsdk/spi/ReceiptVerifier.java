/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.model.Receipt;

/**
 * Verifies the server's signed receipt on a resource that reports a money movement (payment,
 * refund, transfer, split bill, bill payment, rewards redemption), so that a partner holds proof of
 * what the platform confirmed.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ReceiptVerifier {
  /**
   * Checks a receipt.
   *
   * @param resourceJson the UTF-8 JSON of the resource as received, without its {@code receipt}
   *     member; the verifier canonicalizes it (RFC 8785) before checking the signature
   * @param receipt the receipt that came with the resource
   * @throws SignatureVerificationException if the key is unknown or the signature does not match
   */
  void verify(byte[] resourceJson, Receipt receipt);
}
