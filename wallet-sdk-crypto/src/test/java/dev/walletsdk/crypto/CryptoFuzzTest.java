/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.crypto.tink.Aead;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.server.Rfc9421Verifier;
import dev.walletsdk.crypto.server.SigningKeyResolver;
import dev.walletsdk.crypto.server.WebhookSigner;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the parsers of outside input in the crypto module: webhook deliveries, signed requests and
 * stored keysets. Each either accepts or throws its one documented exception; nothing else escapes,
 * and nothing unsigned is ever accepted.
 *
 * <p>Inputs are text split into lines, so the seeds in {@code CryptoFuzzTestInputs} are readable. A
 * first line {@code SIGN} asks the target to sign the rest itself, which puts genuinely signed
 * inputs in reach of the fuzzer's mutations.
 */
class CryptoFuzzTest {
  private static final Instant NOW = Instant.ofEpochSecond(1_795_000_000L);
  private static final WebhookSecret SECRET =
      WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  private static final StandardWebhookVerifier WEBHOOKS =
      StandardWebhookVerifier.create(List.of(SECRET), new MutableClock(NOW));
  private static final Ed25519KeyPair PARTNER_KEY = Ed25519Keys.generate();
  private static final Ed25519RequestSigner SIGNER =
      Ed25519RequestSigner.create("partner-1", PARTNER_KEY, new MutableClock(NOW));
  private static final Rfc9421Verifier REQUESTS =
      Rfc9421Verifier.builder()
          .keys(SigningKeyResolver.of(Map.of("partner-1", PARTNER_KEY.publicKey())))
          .clock(new MutableClock(NOW))
          .build();

  /** A wrapping key that does not encrypt, so the fuzzer reaches the keyset parser behind it. */
  private static final KeysetWrappingKey CLEAR =
      KeysetWrappingKey.fromTinkAead(
          new Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
              return plaintext.clone();
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
              return ciphertext.clone();
            }
          });

  private static String[] lines(byte[] input, int parts) {
    String[] lines = new String(input, UTF_8).split("\n", parts);
    return Arrays.copyOf(lines, parts);
  }

  /**
   * Lines: webhook-id, webhook-timestamp, webhook-signature ({@code SIGN} to sign here), body. A
   * delivery is accepted only if one of its signatures is the genuine one.
   */
  @FuzzTest(maxDuration = "5m")
  void webhookDelivery(byte[] input) {
    String[] line = lines(input, 4);
    byte[] body = line[3] == null ? new byte[0] : line[3].getBytes(UTF_8);
    String genuine = genuineSignature(line[0], line[1], body);
    String signature = "SIGN".equals(line[2]) && genuine != null ? genuine : line[2];
    try {
      WEBHOOKS.verify(line[0], line[1], signature, body);
      assertThat(genuine).as("accepted a delivery with an unparseable timestamp").isNotNull();
      assertThat(signature.split(" ")).as("accepted a forged signature").contains(genuine);
    } catch (SignatureVerificationException e) {
      assertThat(e.getMessage()).doesNotContain(SECRET.reveal());
    }
  }

  private static String genuineSignature(String id, String timestamp, byte[] body) {
    if (id == null || timestamp == null) {
      return null;
    }
    try {
      return WebhookSigner.of(List.of(SECRET))
          .sign(id, Instant.ofEpochSecond(Long.parseLong(timestamp)), body);
    } catch (NumberFormatException | InvalidRequestException | java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * Lines: {@code SIGN} or not, then Signature-Input, Signature, Content-Digest, body. Signed here,
   * the request must verify; otherwise the fuzzed headers are verified as they are.
   */
  @FuzzTest(maxDuration = "5m")
  void signedRequest(byte[] input) {
    String[] line = lines(input, 5);
    byte[] body = line[4] == null ? new byte[0] : line[4].getBytes(UTF_8);
    TransportRequest.Builder builder =
        TransportRequest.builder()
            .method("POST")
            .uri(URI.create("https://wallet.bank.example/v1/transfers"))
            .headers(Headers.of("Content-Type", "application/json", "Idempotency-Key", "k-1"))
            .body(body);
    if ("SIGN".equals(line[0])) {
      // A verifier of its own: on the fixed clock no nonce ever expires, so a long fuzzing run
      // would fill the shared verifier's bound of nonces per key and be refused as a flood.
      Rfc9421Verifier fresh =
          Rfc9421Verifier.builder()
              .keys(SigningKeyResolver.of(Map.of("partner-1", PARTNER_KEY.publicKey())))
              .clock(new MutableClock(NOW))
              .build();
      assertThat(fresh.verify(SIGNER.sign(builder.build())).keyId()).contains("partner-1");
      return;
    }
    try {
      header(builder, "Signature-Input", line[1]);
      header(builder, "Signature", line[2]);
      header(builder, "Content-Digest", line[3]);
    } catch (InvalidRequestException e) {
      return; // a header no HTTP stack would deliver
    }
    try {
      REQUESTS.verify(builder.build());
    } catch (SignatureVerificationException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static void header(TransportRequest.Builder builder, String name, String value) {
    if (value != null && !value.isEmpty()) {
      builder.header(name, value);
    }
  }

  /** The input is a stored keyset, as {@link SigningKeyset#toEncryptedJson} writes it. */
  @FuzzTest(maxDuration = "5m")
  void storedKeyset(byte[] input) {
    try {
      SigningKeyset keyset = SigningKeyset.fromEncryptedJson(new String(input, UTF_8), CLEAR);
      assertThat(keyset.publicKeys()).isNotEmpty();
      // What was accepted writes back and reads again as the same keys.
      assertThat(SigningKeyset.fromEncryptedJson(keyset.toEncryptedJson(CLEAR), CLEAR).publicKeys())
          .isEqualTo(keyset.publicKeys());
    } catch (DecryptionException | InvalidRequestException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
