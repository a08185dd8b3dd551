/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.nonEmpty;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server's detached signature over the canonical JSON of a resource that reports a money
 * movement (payment, refund, transfer, split bill, bill payment, rewards redemption), as sent in
 * the resource's {@code receipt} member. Verify it with the server's receipt-signing key ({@link
 * KeyUse#RECEIPT_SIGNING}) named by {@link #keyId()}.
 *
 * <p>Immutable and thread-safe. A signature is not a secret, so {@link #toString()} shows it.
 */
public final class Receipt {
  private final String keyId;
  private final String algorithm;
  private final String signature;

  private Receipt(String keyId, String algorithm, String signature) {
    this.keyId = keyId;
    this.algorithm = algorithm;
    this.signature = signature;
  }

  /**
   * Creates a receipt.
   *
   * @param keyId the id ({@code kid}) of the key that signed
   * @param algorithm the signature algorithm, for example {@code "ed25519"}
   * @param signature the signature, base64url without padding
   * @return the receipt
   * @throws InvalidRequestException if a value is missing ({@code required}) or empty ({@code
   *     invalid_length})
   */
  public static Receipt of(
      @Nullable String keyId, @Nullable String algorithm, @Nullable String signature) {
    return new Receipt(
        nonEmpty(keyId, "Receipt.keyId"),
        nonEmpty(algorithm, "Receipt.algorithm"),
        nonEmpty(signature, "Receipt.signature"));
  }

  /**
   * Returns the id of the key that signed.
   *
   * @return the key id, as published at {@code GET /v1/keys}
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns the signature algorithm.
   *
   * @return the algorithm, for example {@code "ed25519"}
   */
  public String algorithm() {
    return algorithm;
  }

  /**
   * Returns the signature.
   *
   * @return the signature, base64url without padding
   */
  public String signature() {
    return signature;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Receipt other
        && keyId.equals(other.keyId)
        && algorithm.equals(other.algorithm)
        && signature.equals(other.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyId, algorithm, signature);
  }

  @Override
  public String toString() {
    return "Receipt{keyId=" + keyId + ", algorithm=" + algorithm + ", signature=" + signature + "}";
  }
}
