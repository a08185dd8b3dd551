/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.server.Ed25519ReceiptSigner;
import dev.walletsdk.crypto.server.HpkeFieldDecryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.crypto.server.Rfc9421Verifier;
import dev.walletsdk.crypto.server.SignatureInput;
import dev.walletsdk.crypto.server.SigningKeyResolver;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.TokenSigner;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.TransportRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's keys and the checks made with them: the HPKE key ring that opens encrypted request
 * fields, the Ed25519 key that signs receipts, and the RFC 9421 verifier of partners' request
 * signatures. Key material belongs to the running process: it survives snapshot restores, not
 * restarts (clients fetch {@code GET /v1/keys} again). The receipt key is derived from the seed, so
 * it is stable across restarts with the same seed.
 *
 * <p>Thread-safe.
 */
public final class PlatformSecurity implements TokenSigner {
  private final HpkeKeyRing fieldKeys;
  private final HpkeFieldDecryptor decryptor;
  private final Ed25519ReceiptSigner receipts;
  private final Instant receiptKeyCreatedAt;
  private final Rfc9421Verifier verifier;
  private final AtomicInteger fieldKeyCount = new AtomicInteger();
  private final long seed;

  /** Who registered a signing key: resolves key ids to partners and public keys. */
  public interface PartnerKeys {
    /**
     * Finds a partner's signing key.
     *
     * @param keyId the key id
     * @return the partner id and raw public key, if registered
     */
    Optional<Registered> find(String keyId);

    /**
     * A registered key.
     *
     * @param partnerId the owner
     * @param publicKey the raw Ed25519 public key
     */
    record Registered(String partnerId, byte[] publicKey) {}
  }

  private PlatformSecurity(long seed, Clock clock, PartnerKeys partnerKeys, int noncesPerKey) {
    this.seed = seed;
    this.fieldKeys = HpkeKeyRing.create(clock);
    this.decryptor = HpkeFieldDecryptor.over(fieldKeys);
    this.receipts =
        Ed25519ReceiptSigner.create(
            "rcpt-1", Ed25519Keys.fromSeed(derived("wallet-sdk-mock receipt key", seed, 0)));
    this.receiptKeyCreatedAt = clock.instant();
    SigningKeyResolver resolver =
        keyId -> partnerKeys.find(keyId).map(PartnerKeys.Registered::publicKey);
    this.verifier =
        Rfc9421Verifier.builder().keys(resolver).clock(clock).noncesPerKey(noncesPerKey).build();
    rotateFieldKey();
  }

  /**
   * Creates the platform's keys.
   *
   * @param seed the mock's seed, from which the receipt key is derived
   * @param clock the virtual clock, for key dates and the signature window
   * @param partnerKeys the partners' registered signing keys
   * @return the keys
   */
  public static PlatformSecurity create(long seed, Clock clock, PartnerKeys partnerKeys) {
    return new PlatformSecurity(seed, clock, partnerKeys, Rfc9421Verifier.DEFAULT_NONCES_PER_KEY);
  }

  /** As {@link #create}, with another bound on the nonces remembered per signing key. */
  static PlatformSecurity create(
      long seed, Clock clock, PartnerKeys partnerKeys, int noncesPerKey) {
    return new PlatformSecurity(seed, clock, partnerKeys, noncesPerKey);
  }

  /**
   * Derives 32 bytes of key material from the mock's seed, so a server restarted with the same seed
   * has the same keys: it can replay journaled requests whose fields were encrypted to them, and
   * clients' cached keys stay valid. The mock is a test double; its keys are as secret as its seed.
   */
  private static byte[] derived(String purpose, long seed, int counter) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(purpose.getBytes(StandardCharsets.UTF_8));
      ByteBuffer input = ByteBuffer.allocate(Long.BYTES + (counter == 0 ? 0 : Integer.BYTES));
      input.putLong(seed);
      if (counter != 0) {
        input.putInt(counter);
      }
      return sha256.digest(input.array());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Adds a new field-encryption key, which clients then encrypt to; older keys keep decrypting
   * until retired.
   *
   * @return the new key's id
   */
  public String rotateFieldKey() {
    int count = fieldKeyCount.incrementAndGet();
    String keyId = "enc-" + count;
    fieldKeys.add(keyId, derived("wallet-sdk-mock field key", seed, count));
    return keyId;
  }

  /**
   * Retires a field-encryption key: it is no longer published and no longer decrypts.
   *
   * @param keyId the key id
   * @return {@code true} if the key existed
   */
  public boolean retireFieldKey(String keyId) {
    return fieldKeys.retire(keyId);
  }

  /**
   * Returns the public keys of {@code GET /v1/keys}.
   *
   * @return the field-encryption keys and the receipt-signing key
   */
  public List<ServerKey> serverKeys() {
    List<ServerKey> keys = new ArrayList<>(fieldKeys.serverKeys());
    keys.add(receipts.serverKey(receiptKeyCreatedAt));
    return keys;
  }

  /**
   * Adds a receipt to an object that reports a money movement: a signature over the canonical JSON
   * of the resource as it is.
   *
   * @param resource the resource without a receipt
   * @return the same object, with its {@code receipt} member
   */
  public ObjectNode withReceipt(ObjectNode resource) {
    resource.remove("receipt");
    Receipt receipt = receipts.sign(MockJson.write(resource));
    resource
        .putObject("receipt")
        .put("kid", receipt.keyId())
        .put("alg", receipt.algorithm())
        .put("sig", receipt.signature());
    return resource;
  }

  /** Signs payment-token claims with the receipt key, the platform's Ed25519 signing key. */
  @Override
  public String sign(byte[] claimsJson) {
    return receipts.sign(claimsJson).signature();
  }

  /** Verifies payment-token claims against the receipt key. */
  @Override
  public boolean verify(byte[] claimsJson, String signature) {
    ServerKey key = receipts.serverKey(receiptKeyCreatedAt);
    try {
      Ed25519ReceiptVerifier.forPublicKey(key.keyId(), key.publicKey())
          .verify(claimsJson, Receipt.of(key.keyId(), Ed25519ReceiptSigner.ALGORITHM, signature));
      return true;
    } catch (SignatureVerificationException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Tells whether a JSON value has the shape of an encrypted field: an object of exactly the text
   * members {@code enc}, {@code kid} and {@code ct}.
   *
   * @param node the value
   * @return whether it is shaped as an envelope (its algorithm is not checked)
   */
  public static boolean isEnvelope(JsonNode node) {
    return node.isObject()
        && node.size() == 3
        && node.path("enc").isTextual()
        && node.path("kid").isTextual()
        && node.path("ct").isTextual();
  }

  /**
   * Opens an encrypted request field.
   *
   * @param pointer the field's JSON pointer
   * @param envelope {@code {"enc", "kid", "ct"}}
   * @return the plain text
   * @throws ApiProblem {@code 400 field_decryption_failed} if it cannot be opened
   */
  public String decrypt(String pointer, JsonNode envelope) {
    if (!isEnvelope(envelope)
        || !envelope.get("enc").textValue().equals(EncryptedField.HPKE_X25519_SHA256_AES256GCM)) {
      throw decryptionFailed(pointer, "is not an hpke-x25519-sha256-aes256gcm envelope");
    }
    try {
      byte[] ciphertext = Base64.getUrlDecoder().decode(envelope.get("ct").textValue());
      EncryptedField field =
          EncryptedField.of(
              envelope.get("enc").textValue(), envelope.get("kid").textValue(), ciphertext);
      return new String(decryptor.decrypt(pointer, field), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw decryptionFailed(pointer, "has a ciphertext that is not base64url");
    } catch (DecryptionException e) {
      throw decryptionFailed(pointer, "could not be decrypted: " + e.getMessage());
    }
  }

  private static ApiProblem decryptionFailed(String pointer, String detail) {
    return ApiProblem.of(
            400, "field_decryption_failed", "Field decryption failed", pointer + " " + detail)
        .withField(pointer, "field_decryption_failed", detail);
  }

  /**
   * Verifies a request's RFC 9421 signature, made with a key the partner registered.
   *
   * @param partnerId the authenticated partner
   * @param partnerKeys the registered keys
   * @param request the request as received
   * @throws ApiProblem {@code 401 signature_invalid} if the signature is missing, stale, replayed,
   *     wrong, or made with another partner's key; {@code 429 rate_limited} with {@code
   *     Retry-After} if the key already has as many unexpired signatures as the verifier remembers
   *     per key
   */
  public void verifySignature(String partnerId, PartnerKeys partnerKeys, TransportRequest request) {
    SignatureInput input;
    try {
      input = verifier.verify(request);
    } catch (SignatureVerificationException e) {
      throw signatureInvalid(e.getMessage());
    } catch (RateLimitedException e) {
      throw ApiProblem.of(429, "rate_limited", "Rate limited", e.getMessage())
          .retryAfter(e.retryAfter().orElseThrow().toSeconds());
    }
    String keyId = input.keyId().orElse("");
    boolean own = partnerKeys.find(keyId).map(k -> k.partnerId().equals(partnerId)).orElse(false);
    if (!own) {
      throw signatureInvalid("key " + keyId + " is not registered to this partner");
    }
  }

  private static ApiProblem signatureInvalid(String detail) {
    return ApiProblem.of(401, "signature_invalid", "Signature invalid", detail);
  }
}
