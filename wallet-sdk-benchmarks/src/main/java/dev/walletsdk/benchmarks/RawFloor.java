/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig2026;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.subtle.Ed25519Sign;
import com.google.crypto.tink.subtle.Ed25519Verify;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.EncryptedField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The floor a transfer call cannot go below: the same Jackson serialization and parsing and the
 * same Tink operations as the client performs, called directly, with nothing else — no validation,
 * no pipeline, no model objects. The signature base is formatted by hand for this one request
 * shape; the receipt's canonical form comes from Jackson writing the tree with sorted properties,
 * which for these responses equals RFC 8785 (checked when the floor is created).
 */
final class RawFloor {
  static final String BASE_URL = "https://wallet.bank.example";
  private static final String TARGET = BASE_URL + "/v1/transfers";
  private static final byte[] FIELD_INFO =
      "wallet-api-v1 field /destinationAccount/accountNumber".getBytes(StandardCharsets.UTF_8);

  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final ObjectMapper canonical =
      JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
  private final CannedExchanges canned;
  private final String fieldKeyId;
  private final HybridEncrypt encrypter;
  private final String signingKeyId;
  private final PublicKeySign signer;
  private final PublicKeyVerify receiptKey;

  RawFloor(CannedExchanges canned, String signingKeyId, byte[] signingSeed) {
    this.canned = canned;
    this.signingKeyId = signingKeyId;
    ServerKey fieldKey = canned.key(KeyUse.FIELD_ENCRYPTION);
    this.fieldKeyId = fieldKey.keyId();
    try {
      this.encrypter = hpkeEncrypter(fieldKey.publicKey());
      byte[] publicKey = Ed25519Sign.KeyPair.newKeyPairFromSeed(signingSeed).getPublicKey();
      this.signer =
          Ed25519Sign.create(
              Ed25519PrivateKey.create(
                  Ed25519PublicKey.create(Bytes.copyFrom(publicKey)),
                  SecretBytes.copyFrom(signingSeed, InsecureSecretKeyAccess.get())));
      this.receiptKey =
          Ed25519Verify.create(
              Ed25519PublicKey.create(
                  Bytes.copyFrom(canned.key(KeyUse.RECEIPT_SIGNING).publicKey())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink rejected a key of the mock", e);
    }
  }

  private static HybridEncrypt hpkeEncrypter(byte[] publicKey) throws GeneralSecurityException {
    HpkeParameters parameters =
        HpkeParameters.builder()
            .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
            .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
            .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
            .setVariant(HpkeParameters.Variant.NO_PREFIX)
            .build();
    HpkePublicKey key = HpkePublicKey.create(parameters, Bytes.copyFrom(publicKey), null);
    KeysetHandle handle =
        KeysetHandle.newBuilder()
            .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
            .build();
    return handle.getPrimitive(HybridConfig2026.get(), HybridEncrypt.class);
  }

  /**
   * A wallet-to-wallet transfer: serialize the body, make an idempotency key, parse the response.
   *
   * @return the transfer's id, so that nothing is optimized away
   */
  String plainTransfer() {
    ObjectNode body = mapper.createObjectNode();
    body.put("sourceWalletId", canned.from().value());
    body.put("destinationWalletId", canned.to().value());
    amount(body);
    body.put("reference", CannedExchanges.REFERENCE);
    byte[] bytes = write(mapper, body);
    String idempotencyKey = UUID.randomUUID().toString();
    JsonNode response = read(canned.transfer().body());
    return response.get("id").textValue() + bytes.length + idempotencyKey.length();
  }

  /**
   * A payout with every protection: the account number encrypted with HPKE, the request digested
   * and signed with Ed25519, the response parsed and its receipt verified.
   *
   * @return the payout's id, so that nothing is optimized away
   */
  String securePayout() {
    ObjectNode body = mapper.createObjectNode();
    body.put("sourceWalletId", canned.from().value());
    ObjectNode account = body.putObject("destinationAccount");
    account.put("holderName", CannedExchanges.ACCOUNT.holderName());
    ObjectNode envelope = account.putObject("accountNumber");
    envelope.put("enc", EncryptedField.HPKE_X25519_SHA256_AES256GCM);
    envelope.put("kid", fieldKeyId);
    envelope.put("ct", base64Url(encrypt(CannedExchanges.ACCOUNT.accountNumber())));
    account.put("bankCode", CannedExchanges.ACCOUNT.bankCode().orElseThrow());
    amount(body);
    body.put("reference", CannedExchanges.REFERENCE);
    byte[] bytes = write(mapper, body);
    String idempotencyKey = UUID.randomUUID().toString();
    String signature = sign(bytes, idempotencyKey);
    JsonNode response = read(canned.payout().body());
    verifyReceipt((ObjectNode) response);
    return response.get("id").textValue() + signature.length();
  }

  private static void amount(ObjectNode body) {
    ObjectNode amount = body.putObject("amount");
    amount.put("amount", CannedExchanges.AMOUNT.toAmountString());
    amount.put("currency", CannedExchanges.AMOUNT.currency().code());
  }

  private byte[] encrypt(String value) {
    try {
      return encrypter.encrypt(value.getBytes(StandardCharsets.UTF_8), FIELD_INFO);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String sign(byte[] body, String idempotencyKey) {
    String digest = "sha-256=:" + Base64.getEncoder().encodeToString(sha256(body)) + ":";
    String params =
        "(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\" \"idempotency-key\")"
            + ";created="
            + Instant.now().getEpochSecond()
            + ";keyid=\""
            + signingKeyId
            + "\";alg=\"ed25519\"";
    String base =
        "\"@method\": POST\n\"@target-uri\": "
            + TARGET
            + "\n\"content-digest\": "
            + digest
            + "\n\"content-type\": application/json\n\"idempotency-key\": "
            + idempotencyKey
            + "\n\"@signature-params\": "
            + params;
    try {
      return Base64.getEncoder()
          .encodeToString(signer.sign(base.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void verifyReceipt(ObjectNode resource) {
    JsonNode receipt = resource.remove("receipt");
    byte[] signature = Base64.getUrlDecoder().decode(receipt.get("sig").textValue());
    try {
      receiptKey.verify(signature, write(canonical, resource));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("receipt does not verify", e);
    }
  }

  /**
   * Returns the canonical bytes the floor verifies a receipt over, to check them against RFC 8785.
   */
  byte[] canonicalPayoutWithoutReceipt() {
    ObjectNode resource = (ObjectNode) read(canned.payout().body());
    resource.remove("receipt");
    return write(canonical, resource);
  }

  private JsonNode read(byte[] body) {
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(ObjectMapper mapper, JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
