/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.RateLimitedException;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.MutableClock;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier remembers a bounded number of nonces per key: a flood of valid signatures is refused
 * once the bound is reached, never by forgetting an unexpired nonce, and never at the cost of
 * another key's requests.
 */
class NonceBoundTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final int BOUND = 20;
  private static final int FLOOD = 100;
  private static final Ed25519KeyPair FLOODING_KEY = Ed25519Keys.generate();
  private static final Ed25519KeyPair QUIET_KEY = Ed25519Keys.generate();

  private final MutableClock clock = new MutableClock(NOW);
  private final Ed25519RequestSigner flooder =
      Ed25519RequestSigner.create("flooder", FLOODING_KEY, clock);
  private final Ed25519RequestSigner quiet = Ed25519RequestSigner.create("quiet", QUIET_KEY, clock);
  private final Rfc9421Verifier verifier =
      Rfc9421Verifier.builder()
          .keys(
              SigningKeyResolver.of(
                  Map.of(
                      "flooder", FLOODING_KEY.publicKey(),
                      "quiet", QUIET_KEY.publicKey())))
          .clock(clock)
          .noncesPerKey(BOUND)
          .build();

  private static TransportRequest get(int i) {
    return TransportRequest.builder()
        .uri(URI.create("https://wallet.bank.example/v1/wallets/w_" + i))
        .build();
  }

  @Test
  void floodOfValidSignaturesIsRefusedBeyondTheBoundAndMemoryStaysBounded() {
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < FLOOD; i++) {
      try {
        verifier.verify(flooder.sign(get(i)));
        accepted++;
      } catch (RateLimitedException e) {
        refused++;
      }
    }

    assertThat(accepted).isEqualTo(BOUND);
    assertThat(refused).isEqualTo(FLOOD - BOUND);
    assertThat(verifier.rememberedNonces()).isEqualTo(BOUND);
  }

  @Test
  void refusalOnAFullCacheIsRetryableAndSaysWhen() {
    for (int i = 0; i < BOUND; i++) {
      verifier.verify(flooder.sign(get(i)));
    }
    clock.advanceSeconds(120);

    assertThatThrownBy(() -> verifier.verify(flooder.sign(get(BOUND))))
        .isInstanceOf(RateLimitedException.class)
        .hasMessage(
            "keyid \"flooder\" already has 20 unexpired signatures, the most this verifier"
                + " remembers per key; retry in 181 seconds")
        .satisfies(
            e -> {
              RateLimitedException limited = (RateLimitedException) e;
              assertThat(limited.isRetryable()).isTrue();
              assertThat(limited.code()).isEqualTo("rate_limited");
              assertThat(limited.retryAfter()).contains(Duration.ofSeconds(181));
            });
  }

  @Test
  void anotherKeyIsAcceptedWhileOneKeyIsFull() {
    for (int i = 0; i < BOUND; i++) {
      verifier.verify(flooder.sign(get(i)));
    }

    assertThat(verifier.verify(quiet.sign(get(0))).keyId()).contains("quiet");
  }

  @Test
  void aFullKeyIsAcceptedAgainOnceItsSignaturesLeaveTheWindow() {
    for (int i = 0; i < BOUND; i++) {
      verifier.verify(flooder.sign(get(i)));
    }
    clock.advanceSeconds(301);

    assertThat(verifier.verify(flooder.sign(get(BOUND))).keyId()).contains("flooder");
    assertThat(verifier.rememberedNonces()).isEqualTo(1);
  }
}
