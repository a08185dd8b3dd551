/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.PublicKeyVerify;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.Base64Url;
import dev.walletsdk.crypto.internal.Checks;
import dev.walletsdk.crypto.internal.Failures;
import dev.walletsdk.crypto.internal.InvalidJsonException;
import dev.walletsdk.crypto.internal.Jcs;
import dev.walletsdk.crypto.server.Ed25519ReceiptSigner;
import dev.walletsdk.internal.UntrustedText;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.ReceiptVerifier;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's side of receipts: checks the server's Ed25519 signature over the RFC 8785 canonical
 * JSON of a resource, with the receipt-signing key named by the receipt's {@code kid}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ed25519ReceiptVerifier implements ReceiptVerifier {
  private final Map<String, PublicKeyVerify> keys;

  private Ed25519ReceiptVerifier(Map<String, PublicKeyVerify> keys) {
    this.keys = Map.copyOf(keys);
  }

  /**
   * Trusts every key of use {@link KeyUse#RECEIPT_SIGNING} and algorithm {@code ed25519} that the
   * server publishes at {@code GET /v1/keys}; several may be listed during a rotation.
   *
   * @param serverKeys the server's keys, of any use
   * @return the verifier
   * @throws InvalidRequestException if there is no such key, or one is not 32 bytes
   */
  public static Ed25519ReceiptVerifier forServerKeys(List<ServerKey> serverKeys) {
    Map<String, PublicKeyVerify> keys = new LinkedHashMap<>();
    for (ServerKey key : serverKeys) {
      if (key.use() == KeyUse.RECEIPT_SIGNING
          && Ed25519ReceiptSigner.ALGORITHM.equals(key.algorithm())) {
        keys.put(key.keyId(), Ed25519Keys.verifier("serverKeys", key.publicKey()));
      }
    }
    if (keys.isEmpty()) {
      throw Failures.invalid(
          "serverKeys",
          "no_usable_key",
          "no receipt_signing key with algorithm ed25519 among "
              + serverKeys.size()
              + " server keys");
    }
    return new Ed25519ReceiptVerifier(keys);
  }

  /**
   * Trusts one key.
   *
   * @param keyId the key's id, as receipts name it
   * @param ed25519PublicKey the raw 32-byte public key
   * @return the verifier
   * @throws InvalidRequestException if the key id is malformed or the key is not 32 bytes
   */
  public static Ed25519ReceiptVerifier forPublicKey(String keyId, byte[] ed25519PublicKey) {
    Checks.keyId("keyId", keyId);
    return new Ed25519ReceiptVerifier(
        Map.of(keyId, Ed25519Keys.verifier("publicKey", ed25519PublicKey)));
  }

  /**
   * Checks a receipt.
   *
   * @param resourceJson the UTF-8 JSON of the resource as received, without its {@code receipt}
   *     member
   * @param receipt the receipt that came with it
   * @throws SignatureVerificationException (code {@code signature_verification_failed}) if the
   *     algorithm is not ed25519, the key is unknown, the signature is malformed, the JSON cannot
   *     be canonicalized, or the signature does not match
   */
  @Override
  public void verify(byte[] resourceJson, Receipt receipt) {
    if (!Ed25519ReceiptSigner.ALGORITHM.equals(receipt.algorithm())) {
      throw Failures.signature(
          "receipt algorithm \"" + UntrustedText.of(receipt.algorithm()) + "\" is not ed25519");
    }
    PublicKeyVerify key = keys.get(receipt.keyId());
    if (key == null) {
      throw Failures.signature(
          "receipt names key \""
              + UntrustedText.of(receipt.keyId())
              + "\", which is not a known receipt key");
    }
    byte[] signature = signatureBytes(receipt);
    byte[] canonical;
    try {
      canonical = Jcs.canonicalize(resourceJson);
    } catch (InvalidJsonException e) {
      throw Failures.signature("resource JSON cannot be canonicalized: " + e.getMessage(), e);
    }
    try {
      key.verify(signature, canonical);
    } catch (GeneralSecurityException e) {
      throw Failures.signature("receipt signature does not match the resource", e);
    }
  }

  private static byte[] signatureBytes(Receipt receipt) {
    byte[] signature =
        Base64Url.decode(receipt.signature())
            .orElseThrow(() -> Failures.signature("receipt signature is not unpadded base64url"));
    if (signature.length != Ed25519Keys.SIGNATURE_BYTES) {
      throw Failures.signature("receipt signature must be 64 bytes but has " + signature.length);
    }
    return signature;
  }

  @Override
  public String toString() {
    return "Ed25519ReceiptVerifier" + keys.keySet().stream().sorted().toList();
  }
}
