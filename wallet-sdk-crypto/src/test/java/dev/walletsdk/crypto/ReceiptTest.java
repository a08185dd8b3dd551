/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.InvalidJsonException;
import dev.walletsdk.crypto.server.Ed25519ReceiptSigner;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.ServerKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTest {
  private static final Ed25519KeyPair RFC_8032_TEST_1 =
      Ed25519Keys.fromSeed(
          HexFormat.of()
              .parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
  private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
  private static final String TRANSFER =
      "{\"id\":\"tr_1\",\"amount\":{\"amount\":\"12.34\",\"currency\":\"EUR\"},"
          + "\"status\":\"completed\",\"reference\":\"invoice-42\"}";

  private final Ed25519ReceiptSigner signer = Ed25519ReceiptSigner.create("rs-1", RFC_8032_TEST_1);
  private final Ed25519ReceiptVerifier verifier =
      Ed25519ReceiptVerifier.forServerKeys(List.of(signer.serverKey(CREATED)));

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  /**
   * The signature over {"a":"x","b":1} with the RFC 8032 TEST 1 key, computed independently with
   * OpenSSL 3 ({@code openssl pkeyutl -sign -rawin}) over the canonical bytes.
   */
  @Test
  void signsTheCanonicalJsonAsOpenSslDoes() {
    Receipt receipt = signer.sign(utf8("{ \"b\": 1, \"a\": \"x\" }"));

    assertThat(receipt)
        .isEqualTo(
            Receipt.of(
                "rs-1",
                "ed25519",
                "bgzCuJIbRTkdJBvADsQHp8gui-yOmiBpg6FgAWN28YHvLAMEdRM3Gn8wc-8_guX0E9W-F85UMVWGdW6ReNNdBw"));
  }

  @Test
  void receiptMadeByTheSignerVerifies() {
    Receipt receipt = signer.sign(utf8(TRANSFER));

    assertThatCode(() -> verifier.verify(utf8(TRANSFER), receipt)).doesNotThrowAnyException();
  }

  @Test
  void reorderedMembersAndOtherWhitespaceStillVerify() {
    Receipt receipt = signer.sign(utf8(TRANSFER));
    String reordered =
        "{\n  \"reference\": \"invoice-42\",\n  \"status\": \"completed\",\n"
            + "  \"amount\": { \"currency\": \"EUR\", \"amount\": \"12.34\" },\n  \"id\": \"tr_1\"\n}";

    assertThatCode(() -> verifier.verify(utf8(reordered), receipt)).doesNotThrowAnyException();
  }

  @Test
  void oneChangedCharacterFails() {
    Receipt receipt = signer.sign(utf8(TRANSFER));

    assertThatThrownBy(() -> verifier.verify(utf8(TRANSFER.replace("12.34", "12.35")), receipt))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt signature does not match the resource")
        .satisfies(
            e -> {
              SignatureVerificationException failure = (SignatureVerificationException) e;
              assertThat(failure.code()).isEqualTo("signature_verification_failed");
              assertThat(failure.httpStatus()).isZero();
            });
  }

  @Test
  void receiptOfAnUnknownKeyFails() {
    Receipt receipt = Receipt.of("rs-9", "ed25519", signer.sign(utf8(TRANSFER)).signature());

    assertThatThrownBy(() -> verifier.verify(utf8(TRANSFER), receipt))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt names key \"rs-9\", which is not a known receipt key");
  }

  @Test
  void receiptOfAnotherAlgorithmFails() {
    Receipt receipt = Receipt.of("rs-1", "rs256", signer.sign(utf8(TRANSFER)).signature());

    assertThatThrownBy(() -> verifier.verify(utf8(TRANSFER), receipt))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt algorithm \"rs256\" is not ed25519");
  }

  @Test
  void signatureThatIsNotBase64UrlFails() {
    String standardBase64 = signer.sign(utf8(TRANSFER)).signature().replace('-', '+') + "==";

    assertThatThrownBy(
            () -> verifier.verify(utf8(TRANSFER), Receipt.of("rs-1", "ed25519", standardBase64)))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt signature is not unpadded base64url");
  }

  @Test
  void signatureOfTheWrongLengthFails() {
    assertThatThrownBy(() -> verifier.verify(utf8(TRANSFER), Receipt.of("rs-1", "ed25519", "AAAA")))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt signature must be 64 bytes but has 3");
  }

  @Test
  void resourceThatIsNotJsonFails() {
    Receipt receipt = signer.sign(utf8(TRANSFER));

    assertThatThrownBy(() -> verifier.verify(utf8("{\"id\":"), receipt))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage(
            "resource JSON cannot be canonicalized: invalid JSON at 6: expected a value but the"
                + " input ended");
  }

  @Test
  void verifierTrustsEveryPublishedReceiptKeyDuringARotation() {
    Ed25519ReceiptSigner next = Ed25519ReceiptSigner.create("rs-2", Ed25519Keys.generate());
    Ed25519ReceiptVerifier rotating =
        Ed25519ReceiptVerifier.forServerKeys(
            List.of(signer.serverKey(CREATED), next.serverKey(CREATED.plusSeconds(60))));

    assertThatCode(() -> rotating.verify(utf8(TRANSFER), signer.sign(utf8(TRANSFER))))
        .doesNotThrowAnyException();
    assertThatCode(() -> rotating.verify(utf8(TRANSFER), next.sign(utf8(TRANSFER))))
        .doesNotThrowAnyException();
  }

  @Test
  void verifierForOnePublicKeyChecksItsReceipts() {
    Ed25519ReceiptVerifier single =
        Ed25519ReceiptVerifier.forPublicKey("rs-1", RFC_8032_TEST_1.publicKey());

    assertThatCode(() -> single.verify(utf8(TRANSFER), signer.sign(utf8(TRANSFER))))
        .doesNotThrowAnyException();
  }

  @Test
  void serverKeysWithoutAReceiptKeyAreRejected() {
    ServerKey encryptionKey =
        ServerKey.builder()
            .keyId("fe-1")
            .use(KeyUse.FIELD_ENCRYPTION)
            .algorithm("hpke-x25519-sha256-aes256gcm")
            .publicKey(new byte[32])
            .createdAt(CREATED)
            .build();

    assertThatThrownBy(() -> Ed25519ReceiptVerifier.forServerKeys(List.of(encryptionKey)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("no receipt_signing key with algorithm ed25519 among 1 server keys");
  }

  @Test
  void signerPublishesItsPublicKeyForReceiptSigning() {
    ServerKey key = signer.serverKey(CREATED);

    assertThat(key.keyId()).isEqualTo("rs-1");
    assertThat(key.use()).isEqualTo(KeyUse.RECEIPT_SIGNING);
    assertThat(key.algorithm()).isEqualTo("ed25519");
    assertThat(key.publicKey()).isEqualTo(RFC_8032_TEST_1.publicKey());
    assertThat(key.createdAt()).isEqualTo(CREATED);
  }

  @Test
  void signerRejectsJsonItCannotCanonicalize() {
    assertThatThrownBy(() -> signer.sign(utf8("{\"a\":1,\"a\":2}")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessage("invalid JSON at 7: duplicate member name");
  }
}
