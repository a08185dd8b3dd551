/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.internal.Base64Url;
import dev.walletsdk.crypto.internal.Checks;
import dev.walletsdk.crypto.internal.InvalidJsonException;
import dev.walletsdk.crypto.internal.Jcs;
import dev.walletsdk.crypto.internal.KeyAccess;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.ServerKey;
import java.time.Instant;

/**
 * The server's side of receipts: signs the RFC 8785 canonical JSON of a payment, refund or transfer
 * with Ed25519, giving the {@code receipt} member {@code {"kid", "alg": "ed25519", "sig":
 * base64url(signature)}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ed25519ReceiptSigner {
  /** The value of the receipt's {@code alg} member. */
  public static final String ALGORITHM = "ed25519";

  private final String keyId;
  private final Ed25519KeyPair keyPair;

  private Ed25519ReceiptSigner(String keyId, Ed25519KeyPair keyPair) {
    this.keyId = keyId;
    this.keyPair = keyPair;
  }

  /**
   * Creates a signer.
   *
   * @param keyId the id ({@code kid}) the server publishes the public key under
   * @param keyPair the signing key
   * @return the signer
   * @throws InvalidRequestException if the key id is not 1 to 64 visible ASCII characters
   */
  public static Ed25519ReceiptSigner create(String keyId, Ed25519KeyPair keyPair) {
    return new Ed25519ReceiptSigner(Checks.keyId("keyId", keyId), keyPair);
  }

  /**
   * Signs a resource.
   *
   * @param resourceJsonWithoutReceipt the UTF-8 JSON of the resource, without its {@code receipt}
   *     member; canonicalized before signing, so member order and whitespace do not matter
   * @return the receipt to add to the resource
   * @throws InvalidJsonException if the JSON cannot be canonicalized
   */
  public Receipt sign(byte[] resourceJsonWithoutReceipt) {
    byte[] signature = KeyAccess.sign(keyPair, Jcs.canonicalize(resourceJsonWithoutReceipt));
    return Receipt.of(keyId, ALGORITHM, Base64Url.encode(signature));
  }

  /**
   * Returns the public key as {@code GET /v1/keys} publishes it.
   *
   * @param createdAt when the key was created, in server time
   * @return the key, of use {@link KeyUse#RECEIPT_SIGNING} and algorithm {@value #ALGORITHM}
   */
  public ServerKey serverKey(Instant createdAt) {
    return ServerKey.builder()
        .keyId(keyId)
        .use(KeyUse.RECEIPT_SIGNING)
        .algorithm(ALGORITHM)
        .publicKey(keyPair.publicKey())
        .createdAt(createdAt)
        .build();
  }

  /**
   * Returns the id of the signing key.
   *
   * @return the {@code kid} of every receipt this signer makes
   */
  public String keyId() {
    return keyId;
  }

  @Override
  public String toString() {
    return "Ed25519ReceiptSigner{keyId=" + keyId + "}";
  }
}
