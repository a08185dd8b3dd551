/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.ContentDigest;
import dev.walletsdk.crypto.internal.InvalidJsonException;
import dev.walletsdk.crypto.internal.Jcs;
import dev.walletsdk.crypto.server.Rfc9421Verifier;
import dev.walletsdk.crypto.server.SigningKeyResolver;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every parser of outside input either accepts or throws its one documented exception, whatever the
 * input: random sequences of each grammar's own tokens, which reach far deeper than random
 * characters.
 */
class ParserRobustnessTest {
  private static final int EXAMPLES = 3_000;

  private static Gen<String> sequencesOf(String... tokens) {
    return lists()
        .of(Generate.pick(List.of(tokens)))
        .ofSizeBetween(0, 24)
        .map(parts -> String.join("", parts));
  }

  private static final Gen<String> JSONISH =
      sequencesOf(
          "{", "}", "[", "]", ":", ",", "\"", "\"a\"", "\\", "\\u00e9", "\\ud83d", "\\ude00", "0",
          "-", "1", ".5", "e9", "E-400", "true", "null", " ", "\n", "é", "\u0001");

  private static final Gen<String> STRUCTURED =
      sequencesOf(
          "sig1",
          "=",
          "(",
          ")",
          "\"@method\"",
          "\"",
          ";",
          "created",
          "=1618884473",
          "keyid",
          "=\"k\"",
          ":",
          "AQID",
          ",",
          " ",
          "?1",
          "-",
          "1.5",
          "*",
          "\\",
          "A");

  @Test
  void jcsEitherReachesAFixedPointOrRejectsAsInvalidJson() {
    qt().withExamples(EXAMPLES)
        .forAll(JSONISH)
        .checkAssert(
            text -> {
              byte[] canonical;
              try {
                canonical = Jcs.canonicalize(text.getBytes(UTF_8));
              } catch (InvalidJsonException e) {
                return;
              }
              assertThat(Jcs.canonicalize(canonical)).isEqualTo(canonical);
            });
  }

  @Test
  void requestVerifierRejectsAnyMalformedSignatureFieldsWithItsOwnException() {
    Rfc9421Verifier verifier =
        Rfc9421Verifier.builder()
            .keys(SigningKeyResolver.of(Map.of("k", Ed25519Keys.generate().publicKey())))
            .clock(new MutableClock(Instant.ofEpochSecond(1618884473)))
            .build();
    qt().withExamples(EXAMPLES)
        .forAll(STRUCTURED, STRUCTURED)
        .checkAssert(
            (input, signature) -> {
              TransportRequest request =
                  TransportRequest.builder()
                      .uri(URI.create("https://wallet.bank.example/v1/keys"))
                      .header("Signature-Input", input)
                      .header("Signature", signature)
                      .build();
              assertThat(catchThrowable(() -> verifier.verify(request)))
                  .isInstanceOf(SignatureVerificationException.class);
            });
  }

  @Test
  void contentDigestRejectsAnyMalformedFieldWithItsOwnException() {
    qt().withExamples(EXAMPLES)
        .forAll(STRUCTURED)
        .checkAssert(
            field ->
                assertThat(catchThrowable(() -> ContentDigest.verify(field, new byte[0])))
                    .isInstanceOf(SignatureVerificationException.class));
  }

  @Test
  void webhookVerifierRejectsAnyMalformedHeaderWithItsOwnException() {
    StandardWebhookVerifier verifier =
        StandardWebhookVerifier.create(
            List.of(WebhookSecret.random()), new MutableClock(Instant.ofEpochSecond(1614265330)));
    Gen<String> headers = sequencesOf("v1,", "v2,", " ", "g0hM", "==", ",", "1614265330", "-", "x");
    qt().withExamples(EXAMPLES)
        .forAll(headers, headers)
        .checkAssert(
            (timestamp, signature) ->
                assertThat(
                        catchThrowable(
                            () -> verifier.verify("msg_1", timestamp, signature, new byte[0])))
                    .isInstanceOf(SignatureVerificationException.class));
  }
}
