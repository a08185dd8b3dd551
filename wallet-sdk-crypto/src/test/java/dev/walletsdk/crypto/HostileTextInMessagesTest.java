/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.DecryptionException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.server.HpkeFieldDecryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.spi.EncryptedField;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Values that came over the wire (a receipt's algorithm and key id, an envelope's scheme and key
 * id) reach exception messages escaped and bounded, also when the crypto module is used directly: a
 * terminal escape or a line break cannot forge log lines, and a huge value stays out.
 */
class HostileTextInMessagesTest {
  private static final String ESC = "\u001b[2J";
  private static final String SIG =
      Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);

  private final Ed25519ReceiptVerifier receipts =
      Ed25519ReceiptVerifier.forPublicKey("rcpt-1", new byte[32]);

  @Test
  void receiptAlgorithmIsEscaped() {
    Receipt receipt = Receipt.of("rcpt-1", "ed" + ESC + "\n25519", SIG);

    assertThatThrownBy(() -> receipts.verify("{}".getBytes(StandardCharsets.UTF_8), receipt))
        .isExactlyInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt algorithm \"ed\\u001b[2J\\u000a25519\" is not ed25519");
  }

  @Test
  void receiptKeyIdIsEscapedAndBounded() {
    Receipt receipt = Receipt.of("k" + ESC + "x".repeat(500), "ed25519", SIG);

    assertThatThrownBy(() -> receipts.verify("{}".getBytes(StandardCharsets.UTF_8), receipt))
        .isExactlyInstanceOf(SignatureVerificationException.class)
        .hasMessage(
            "receipt names key \"k\\u001b[2J"
                + "x".repeat(190)
                + "... [505 chars in all]\", which is not a known receipt key");
  }

  @Test
  void envelopeSchemeAndKeyIdAreEscaped() {
    HpkeFieldDecryptor decryptor = HpkeFieldDecryptor.over(HpkeKeyRing.create(Clock.systemUTC()));

    assertThatThrownBy(
            () ->
                decryptor.decrypt(
                    "/description", EncryptedField.of("hpke" + ESC, "enc-1", new byte[16])))
        .isExactlyInstanceOf(DecryptionException.class)
        .hasMessageStartingWith(
            "encrypted field at /description uses scheme \"hpke\\u001b[2J\", not ");
    assertThatThrownBy(
            () ->
                decryptor.decrypt(
                    "/description",
                    EncryptedField.of(
                        EncryptedField.HPKE_X25519_SHA256_AES256GCM, "enc\u2028-1", new byte[16])))
        .isExactlyInstanceOf(DecryptionException.class)
        .hasMessage(
            "encrypted field at /description names key \"enc\\u2028-1\", which is not in the key"
                + " ring");
  }
}
