/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A partner whose key has as many unexpired signatures as the platform remembers gets a 429. */
class SignatureFloodTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Ed25519KeyPair KEY = Ed25519Keys.generate();

  private final PlatformSecurity.PartnerKeys keys =
      keyId ->
          keyId.equals("key-1")
              ? Optional.of(
                  new PlatformSecurity.PartnerKeys.Registered("partner-1", KEY.publicKey()))
              : Optional.empty();
  private final PlatformSecurity security = PlatformSecurity.create(1, CLOCK, keys, 1);
  private final Ed25519RequestSigner signer = Ed25519RequestSigner.create("key-1", KEY, CLOCK);

  private static TransportRequest get(String path) {
    return TransportRequest.builder().uri(URI.create("http://localhost" + path)).build();
  }

  @Test
  void signatureBeyondTheBoundIsRateLimitedWithRetryAfter() {
    security.verifySignature("partner-1", keys, signer.sign(get("/v1/wallets/a")));

    ApiProblem problem =
        catchThrowableOfType(
            ApiProblem.class,
            () -> security.verifySignature("partner-1", keys, signer.sign(get("/v1/wallets/b"))));

    assertThat(problem.status()).isEqualTo(429);
    assertThat(problem.code()).isEqualTo("rate_limited");
    assertThat(problem.retryAfterSeconds()).isEqualTo(301);
    assertThat(problem.getMessage())
        .isEqualTo(
            "keyid \"key-1\" already has 1 unexpired signatures, the most this verifier remembers"
                + " per key; retry in 301 seconds");
  }
}
